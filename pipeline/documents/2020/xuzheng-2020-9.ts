/**
 * 许政〔2020〕9号, seed 004 (gazette 2020 年第 2 期): the notice issuing the plan 关于深入推进污染防治…; rows carry
 * the notice's number, also for values in the attached plan.
 */
import { defineDocument } from '../../engine/index.ts';

export default defineDocument({
  file: import.meta.url,
  doc: '许政〔2020〕9号',
  seed: '004_52965add714eecf8.txt',
  title: '深入推进污染防治',
  figures: [
    { id: 'central_urban_sewage_treatment_rate_pct', t: /(?<y>\d{4})年年底，市区和县城污水处理率分别达到(?<a>\d+)%以上和(?<b>\d+)%以上/, v: 'a', area: '中心城区', note: 'printed 市区 (the central city): area XC-ZXCQ; 以上: a floor' },
    { id: 'county_urban_sewage_treatment_rate_pct', t: /(?<y>\d{4})年年底，市区和县城污水处理率分别达到(?<a>\d+)%以上和(?<b>\d+)%以上/, v: 'b', note: 'printed 县城: the standard for every county seat, one city-level row (not a city-wide average); 以上: a floor' },
    { id: 'waste_sorting_pilot_households', t: /(?<y>\d{4})年中心城区生活垃圾分类试点达到(?<a>[\d.]+)万户，中心城区生活垃圾分类覆盖率达到(?<b>\d+)%/, v: 'a', area: '中心城区', note: '"中心城区" is the central city, not the whole municipality: area XC-ZXCQ (county values have their own rows)' },
    { id: 'waste_sorting_coverage_pct', t: /(?<y>\d{4})年中心城区生活垃圾分类试点达到(?<a>[\d.]+)万户，中心城区生活垃圾分类覆盖率达到(?<b>\d+)%/, v: 'b', area: '中心城区', note: '"中心城区" is the central city, not the whole municipality: area XC-ZXCQ (county values have their own rows)' },
    { id: 'coke_oven_phaseout_height_threshold', t: /(?<y>\d{4})年年底前，淘汰炭化室高度(?<v>[\d.]+)米及以下的焦炉/ },
    { id: 'green_retrofit_industries', t: /(?<y>\d{4})年分行业制定绿色化改造技术指南，重点推进[^。]*?等(?<v>\d+)个行业绿色化改造/ },
  ],
  places: [
    { id: 'sewage-yanling-no2-xz2020', category: 'sewage_plant', t: /(?<y>\d{4})年12月底前，基本完成(?<n1>(?<a1>鄢陵县)第二污水处理厂)二期工程、(?<n2>(?<a2>建安区)三达污水处理厂)三期工程建设/, g: 'n1', a: 'a1', status: 'upgrading', y: 'y', note: 'status upgrading: phase 2 (二期工程) of an existing plant, basically complete by the end of 2020', repeat: true },
    { id: 'sewage-jianan-sanda-xz2020', category: 'sewage_plant', t: /(?<y>\d{4})年12月底前，基本完成(?<n1>(?<a1>鄢陵县)第二污水处理厂)二期工程、(?<n2>(?<a2>建安区)三达污水处理厂)三期工程建设/, g: 'n2', a: 'a2', status: 'upgrading', y: 'y', note: 'status upgrading: phase 3 (三期工程) of an existing plant, basically complete by the end of 2020; also named in 许政〔2020〕7号 and 10号', repeat: true },
  ],
});
