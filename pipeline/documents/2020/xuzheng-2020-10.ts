/**
 * 许政〔2020〕10号, seed 004 (gazette 2020 年第 2 期): the notice issuing the plan 关于高水平推进城乡建设发展…; rows carry
 * the notice's number, also for values in the attached plan.
 */
import { CITY, defineDocument, joinNotes, listItems, type DocContext } from '../../engine/index.ts';

export default defineDocument({
  file: import.meta.url,
  doc: '许政〔2020〕10号',
  seed: '004_52965add714eecf8.txt',
  title: '高水平推进城乡建设发展',
  sections: [
    {
      name: 'central', start: /（二）加强建设，提升中心城区城市品质。/, end: /（三）创新管理，推动城市绿色发展。/, horizon: 2025,
      what: 'section （二） 提升中心城区城市品质, under 主要目标 staged 2021年年底 and 2025年年底 (the last stage: the task names none)',
    },
    { name: 'goals2025', start: /(?<y>\d{4})年年底，彰显特色提品质。/, end: /二、重点工作/, what: 'the paragraph opening 2025年年底，彰显特色提品质' },
  ],
  figures: [
    { id: 'urbanization_rate_pct', t: /城镇化率达到(?<v>\d+)%以上/, in: 'goals2025', year_basis: 'section' },
    { id: 'central_heating_coverage_pct', t: /到(?<y>\d{4})年年底，许昌市建成区集中供暖普及率达到(?<a>\d+)%以上，(?<ab>禹州市)、(?<ac>长葛市)建成区集中供热普及率达到(?<b>\d+)%以上，(?<ad>鄢陵县)、(?<ae>襄城县)城区集中供热普及率达到(?<c>\d+)%以上/, v: 'a', area: '中心城区', note: '"许昌市建成区" (the built-up area) is the central city, not the whole municipality: area XC-ZXCQ (county values have their own rows)' },
    { id: 'central_heating_coverage_pct', t: /到(?<y>\d{4})年年底，许昌市建成区集中供暖普及率达到(?<a>\d+)%以上，(?<ab>禹州市)、(?<ac>长葛市)建成区集中供热普及率达到(?<b>\d+)%以上，(?<ad>鄢陵县)、(?<ae>襄城县)城区集中供热普及率达到(?<c>\d+)%以上/, v: 'b', areas: ['禹州市', '长葛市'] },
    { id: 'central_heating_coverage_pct', t: /到(?<y>\d{4})年年底，许昌市建成区集中供暖普及率达到(?<a>\d+)%以上，(?<ab>禹州市)、(?<ac>长葛市)建成区集中供热普及率达到(?<b>\d+)%以上，(?<ad>鄢陵县)、(?<ae>襄城县)城区集中供热普及率达到(?<c>\d+)%以上/, v: 'c', areas: ['鄢陵县', '襄城县'] },
    { id: 'gas_coverage_pct', t: /(?<y>\d{4})年年底前中心城区燃气普及率达到(?<a>\d+)%以上，各县（市）达到(?<b>\d+)%以上/, v: 'a', area: '中心城区', note: '"中心城区" is the central city, not the whole municipality: area XC-ZXCQ (county values have their own rows)' },
    { id: 'gas_coverage_pct', t: /(?<y>\d{4})年年底前中心城区燃气普及率达到(?<a>\d+)%以上，各县（市）达到(?<b>\d+)%以上/, v: 'b', areas: ['禹州市', '长葛市', '鄢陵县', '襄城县'], note: '"各县（市）" expanded to the four counties and county-level cities (禹州市、长葛市、鄢陵县、襄城县); the value applies to each' },
    { id: 'public_water_supply_coverage_pct', t: /(?<y>\d{4})年年底前，城市公共供水普及率达到(?<v>\d+)%以上/ },
    { id: 'water_network_leakage_rate_pct', t: /(?<y>\d{4})年年底前中心城区和各县（市）供水管网漏损率控制在(?<a>\d+)%、(?<b>\d+)%以下/, v: 'a', area: '中心城区', note: '"中心城区" is the central city, not the whole municipality: area XC-ZXCQ (county values have their own rows)' },
    { id: 'water_network_leakage_rate_pct', t: /(?<y>\d{4})年年底前中心城区和各县（市）供水管网漏损率控制在(?<a>\d+)%、(?<b>\d+)%以下/, v: 'b', areas: ['禹州市', '长葛市', '鄢陵县', '襄城县'], note: '"各县（市）" expanded to the four counties and county-level cities (禹州市、长葛市、鄢陵县、襄城县); the value applies to each' },
    { id: 'central_urban_public_transport_motorised_share_pct', t: /城市公共交通出行机动化分担率达(?<v>\d+)%以上/, in: 'central', year_basis: 'horizon', area: '中心城区', note: 'area: the section is about the central city (提升中心城区城市品质); 以上: a floor' },
    { id: 'peak_bus_operating_speed_kmh', t: /早晚高峰时段公共汽电车运送乘客的平均运营速度达到(?<v>\d+)公里\/小时以上/, in: 'central', year_basis: 'horizon', area: '中心城区', note: 'area: the section is about the central city (提升中心城区城市品质); 以上: a floor' },
    { id: 'urban_road_intact_rate_pct', t: /确保道路完好率(?<v>\d+)%以上/, in: 'central', year_basis: 'horizon', area: '中心城区', note: 'area: the section is about the central city (提升中心城区城市品质); 以上: a floor' },
  ],
  places: [
    { id: 'park-changge-dazhou-xz2020', category: 'industrial_park', t: /以(?<n>(?<a>长葛)大周产业集聚区)向北至市界/, g: 'n', a: 'a', status: 'existing', town: '大周', repeat: true },
    { id: 'forest-park-jkq-xz2020', category: 'forest_park', t: /扎实推进(?<n>(?<a>开发区)森林公园)建设/, g: 'n', a: 'a', status: 'planned', repeat: true },
    { id: 'sewage-jkq-tunnan-xz2020', category: 'sewage_plant', t: /建安区三达污水处理厂、(?<n>(?<a>开发区)屯南污水处理厂)、长葛市污水净化站/, g: 'n', a: 'a', status: 'upgrading', note: 'upgrade to a higher discharge standard (提标改造工程)', repeat: true },
    { id: 'town-chenhuadian-xz2020', category: 'town', t: /强化(?<a>鄢陵县)生态环境优势，突出(?<t1>陈化店)的茶、(?<t2>柏梁镇)的温泉/, g: 't1', a: 'a', status: 'existing', town: '陈化店', note: 'featured town (特色小镇) of 鄢陵县: tea (茶)', repeat: true },
    { id: 'town-bailiang-xz2020', category: 'town', t: /强化(?<a>鄢陵县)生态环境优势，突出(?<t1>陈化店)的茶、(?<t2>柏梁镇)的温泉/, g: 't2', a: 'a', status: 'existing', town: '柏梁镇', note: 'featured town (特色小镇) of 鄢陵县: hot springs (温泉)', repeat: true },
  ],
  hooks: { townLists },
});

const TOWN_NOTE_CITY = 'the text states no county: 411000 (the township is located from the gazetteer)';
/** Lists of townships (、-separated, slot list); every name needs an id in TOWN_IDS. */
const TOWN_LISTS: readonly { re: RegExp; role: string }[] = [
  { re: /以城市快速路沿线(?<list>[^，。等]+)等乡镇为重点/, role: 'key township along the urban expressway (城市快速路沿线…等乡镇为重点)' },
  { re: /以(?<list>[^，。等]+)等全省百强乡镇为重点/, role: 'one of the province\'s top-100 townships (全省百强乡镇), to develop as an industrial featured town' },
  { re: /以(?<list>[^，。等]+)等具有百年或千年历史的古镇为重点/, role: 'historic town (具有百年或千年历史的古镇) to develop as a cultural featured town' },
];
const TOWN_IDS: Record<string, string> = {
  五女店: 'town-wunvdian-xz2020', 陈化店: 'town-chenhuadian-xz2020', 桂村: 'town-guicun-xz2020', 小召: 'town-xiaozhao-xz2020',
  灵井: 'town-lingjing-xz2020', 褚河: 'town-chuhe-xz2020', 颍阳: 'town-yingyang-xz2020', 大周: 'town-dazhou-xz2020',
  和尚桥: 'town-heshangqiao-xz2020', 神垕: 'town-shenhou-xz2020', 张潘: 'town-zhangpan-xz2020', 官亭: 'town-guanting-xz2020',
  彭店: 'town-pengdian-xz2020',
};

/** The townships of the three lists as places (the text gives no county: 411000, located from the gazetteer). */
function townLists(ctx: DocContext): void {
  for (const tl of TOWN_LISTS) {
    const m = ctx.find(tl.re, 'town list');
    for (const { item: name, at } of listItems(m.slots.list)) {
      const id = TOWN_IDS[name] ?? ctx.fail('town list', `township "${name}" has no id in TOWN_IDS`);
      ctx.place({
        id, name, category: 'town', area: CITY, year: '', status: 'existing', line: ctx.flat.lineAt(at), quote: m.text,
        note: joinNotes(tl.role, TOWN_NOTE_CITY), town: name, repeat: true,
      });
    }
  }
  // 神垕镇 as a national featured town (same township as in the 古镇 list)
  const sh = ctx.find(/发挥(?<n>神垕镇)国家级特色小镇优势/, '神垕镇');
  const p = ctx.emitted.places.get(TOWN_IDS['神垕']) ?? ctx.fail('神垕镇', 'town 神垕 missing');
  p.note = joinNotes(p.note, `also named at line ${sh.slots.n.line} as 神垕镇, a national featured town (国家级特色小镇)`);
}
