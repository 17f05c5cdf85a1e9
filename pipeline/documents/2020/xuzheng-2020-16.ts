/**
 * 许政〔2020〕16号, seed 004 (gazette 2020 年第 2 期): the notice issuing the plan 关于打造中原文化高地…; rows carry
 * the notice's number, also for values in the attached plan.
 */
import { defineDocument } from '../../engine/index.ts';

export default defineDocument({
  file: import.meta.url,
  doc: '许政〔2020〕16号',
  seed: '004_52965add714eecf8.txt',
  title: '打造中原文化高地',
  sections: [
    { name: 'goals2021', start: /(?<y>\d{4})年年底，市、县两级公共图书馆、文化馆全部达到国家二级馆以上标准，乡、村两级/, end: /\d{4}年年底，市、县、乡、村四级公共文化设施/, what: 'the 主要目标 paragraph opening 2021年年底' },
    { name: 'goals2025', start: /(?<y>\d{4})年年底，市、县、乡、村四级公共文化设施/, end: /二、重点任务/, what: 'the 主要目标 paragraph opening 2025年年底' },
    { name: 'task16', start: /16\.\s*打造(?<a>禹州)钧瓷文化品牌。/, end: /17\.\s*打造鄢陵生态文化品牌/, what: 'task 16 (打造禹州钧瓷文化品牌)' },
  ],
  figures: [
    { id: 'public_culture_spending_per_capita', t: /人均公共文化财政支出达到(?<v>\d+)元以上/, in: 'goals2021', year_basis: 'section' },
    { id: 'culture_entertainment_consumption_share_pct', t: /城乡居民文化娱乐消费支出占家庭消费支出的比重达到(?<v>[\d.]+)%以上/, in: 'goals2021', year_basis: 'section' },
    { id: 'culture_industry_value_added', t: /全市文化及相关产业增加值突破(?<a>\d+)亿元，占GDP比重达(?<b>[\d.]+)%以上/, in: 'goals2021', v: 'a', year_basis: 'section' },
    { id: 'culture_industry_gdp_share_pct', t: /全市文化及相关产业增加值突破(?<a>\d+)亿元，占GDP比重达(?<b>[\d.]+)%以上/, in: 'goals2021', v: 'b', year_basis: 'section' },
    { id: 'culture_industry_value_added', t: /全市文化及相关产业增加值突破(?<v>\d+)亿元/, in: 'goals2025', year_basis: 'section' },
    { id: 'special_culture_branches', t: /(?<y>\d{4})年年底，市、县两级公共图书馆、文化馆全部达到国家二级馆以上标准，全市乡（镇、办）、村（社区）综合性文化服务中心全部达标，建设特色文化分馆(?<v>\d+)个以上/ },
    { id: 'grassroots_culture_participation_pct', t: /基层群众参与文化活动覆盖率(?<ya>\d{4})年年底达到(?<a>\d+)%以上，(?<yb>\d{4})年年底达到(?<b>\d+)%以上/, v: 'a', y: 'ya' },
    { id: 'grassroots_culture_participation_pct', t: /基层群众参与文化活动覆盖率(?<ya>\d{4})年年底达到(?<a>\d+)%以上，(?<yb>\d{4})年年底达到(?<b>\d+)%以上/, v: 'b', y: 'yb' },
    { id: 'culture_backbones_per_village', t: /到(?<ya>\d{4})年，基本实现每个村（社区）有(?<a>\d+)名以上宣传文化骨干，到(?<yb>\d{4})年，每个村（社区）有(?<b>\d+)支品牌文化团队/, v: 'a', y: 'ya' },
    { id: 'brand_culture_teams_per_village', t: /到(?<ya>\d{4})年，基本实现每个村（社区）有(?<a>\d+)名以上宣传文化骨干，到(?<yb>\d{4})年，每个村（社区）有(?<b>\d+)支品牌文化团队/, v: 'b', y: 'yb' },
    { id: 'a_grade_scenic_areas_added', t: /到(?<y>\d{4})年年底，全市A级旅游景区新增(?<a>\d+)个以上，至少达到(?<b>\d+)个/, v: 'a' },
    { id: 'a_grade_scenic_areas', t: /到(?<y>\d{4})年年底，全市A级旅游景区新增(?<a>\d+)个以上，至少达到(?<b>\d+)个/, v: 'b' },
    { id: 'provincial_eco_tourism_demo_towns', t: /(?<y>\d{4})年年底，全市省级特色生态旅游示范乡镇达到(?<a>\d+)个以上、乡村旅游特色村达到(?<b>\d+)个以上/, v: 'a' },
    { id: 'rural_tourism_featured_villages', t: /(?<y>\d{4})年年底，全市省级特色生态旅游示范乡镇达到(?<a>\d+)个以上、乡村旅游特色村达到(?<b>\d+)个以上/, v: 'b' },
    { id: 'culture_tourism_platform_firms', t: /(?<y>\d{4})年实现平台入驻企业(?<v>\d+)家/ },
    { id: 'cultural_creative_park_firms', t: /提升文化创意产业园管理运营水平[^。]*?(?<y>\d{4})年入驻企业过(?<v>百)家/, note: '过百家 read as more than 100 (百 = 100)' },
    { id: 'museums', t: /(?<y>\d{4})年我市博物馆总数达到(?<v>\d+)家以上/ },
  ],
  places: [
    { id: 'scenic-shenhou-old-town-xz2020', category: 'scenic_area', t: /加快(?<n>神垕古镇)保护开发建设，以创建国家5A级景区为抓手/, in: 'task16', g: 'n', status: 'upgrading', town: '神垕', note: 'to become a national 5A scenic area (以创建国家5A级景区为抓手)', repeat: true },
    { id: 'scenic-caowei-old-city-xz2020', category: 'scenic_area', t: /打造(?<a>魏都)文化旅游品牌。依托(?<n>曹魏古城)打造/, g: 'n', a: 'a', status: 'existing', note: 'area: the sentence builds the 魏都 tourism brand on the old city (task 15 is led by 魏都区政府)', repeat: true },
    { id: 'scenic-zhongyuan-dream-city-xz2020', category: 'scenic_area', t: /加快推进(?<a>鄢陵)国家全域旅游示范区、黄河故道国家健康养老示范区、国家级旅游度假区、(?<n>中原梦想城)等重点项目建设/, g: 'n', a: 'a', status: 'planned', note: 'area: listed among the 鄢陵 key projects of task 17 (打造鄢陵生态文化品牌)', repeat: true },
    { id: 'heritage-lingjing-park-xz2020', category: 'heritage_site', t: /推进实施(?<n>灵井“许昌人”考古遗址公园)/, g: 'n', status: 'planned', town: '灵井', note: 'the text states no county: 411000 (the township is located from the gazetteer)', repeat: true },
    { id: 'heritage-yuzhou-wadian-xz2020', category: 'heritage_site', t: /做好夏文化研究和(?<n>(?<a>禹州)瓦店遗址)的考古发掘/, g: 'n', a: 'a', status: 'existing', repeat: true },
    { id: 'museum-changge-county-xz2020', name: '长葛市县级博物馆', composed: true, category: 'museum', t: /完成(?<a1>长葛市)、(?<a2>鄢陵县)和(?<a3>襄城县)3个县级博物馆和4家特色非国有博物馆建设/, g: 'a1', a: 'a1', status: 'planned', note: 'the text names the county, not the museum: name = county + 县级博物馆', repeat: true },
    { id: 'museum-yanling-county-xz2020', name: '鄢陵县县级博物馆', composed: true, category: 'museum', t: /完成(?<a1>长葛市)、(?<a2>鄢陵县)和(?<a3>襄城县)3个县级博物馆和4家特色非国有博物馆建设/, g: 'a2', a: 'a2', status: 'planned', note: 'the text names the county, not the museum: name = county + 县级博物馆', repeat: true },
    { id: 'museum-xiangcheng-county-xz2020', name: '襄城县县级博物馆', composed: true, category: 'museum', t: /完成(?<a1>长葛市)、(?<a2>鄢陵县)和(?<a3>襄城县)3个县级博物馆和4家特色非国有博物馆建设/, g: 'a3', a: 'a3', status: 'planned', note: 'the text names the county, not the museum: name = county + 县级博物馆', repeat: true },
  ],
});
