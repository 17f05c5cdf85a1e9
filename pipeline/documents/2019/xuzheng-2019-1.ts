/**
 * 许政〔2019〕1号 关于实施四水同治深入推进水生态文明建设的实施意见 (water), seed 000.
 *
 * - the 2020 and 2025 targets of （二）主要目标: each paragraph opens with its year (到 2020 年 / 到 2025 年) and the
 *   clauses quoted do not repeat it, so each figure takes the year of its paragraph (a section);
 * - the 2019 节水型社会 compliance count and the 39 rural sewage stations already built (2018);
 * - the named water works as places;
 * - the wetlands: four national wetland park pilots (禹州市颍河, 长葛市双洎河, 襄城县北汝河, 鄢陵县 — the last one
 *   printed without a name; 许政〔2023〕15号 calls it 鹤鸣湖) and two wetland works to be built in 建安区; every other
 *   湿地 of the text is generic (人工湿地, 河道湿地, 生态湿地 …). No wetland figure (area, 湿地保护率, park count) is
 *   printed with a number. One place per (wetland, document): the 2023 plan's mentions are places of their own.
 *   tests/unit/extract-wetlands.test.ts fails on any 湿地 of the seeds that is neither a place nor listed as generic.
 */
import { defineDocument, resolveArea, type DocContext, type FigureSpec, type PlaceSpec } from '../../engine/index.ts';
import type { PlaceStatus } from '../../lib/types.ts';

const CITYWIDE = 'text states no county: city-wide 411000';

/**
 * One target clause of （二）主要目标, in the paragraph (section) of its year: the year is the paragraph's
 * (year_basis section); the qualifier (以下/以上) is read from the clause by the engine.
 */
const target = (section: 'y2020' | 'y2025', id: string, t: string, o: { note?: string; v?: string; area?: string } = {}): FigureSpec => {
  const year = section === 'y2020' ? 2020 : 2025;
  return {
    id, t, in: section, year_basis: 'section', v: o.v, area: o.area,
    note: [`year from the paragraph's opening 到${year}年`, o.note].filter(Boolean).join('; '),
  };
};
const SEWAGE = '中心城区、各县（市、区）城区污水处理率分别达到{v:c}％、{v:k}％';
const COUNTY_SEWAGE = 'the target for each county (市、区) urban area, emitted once at 411000';
/** The clauses of both paragraphs (2020, 2025): [id, template, only in one paragraph, options]. */
const TARGETS: readonly [string, string, ('y2020' | 'y2025')?, { note?: string; v?: string; area?: string }?][] = [
  ['water_supply_capacity', '全市供水能力达到{v}亿立方米', 'y2020'],
  ['water_supply_capacity', '年 供水能力达到{v}亿立方米', 'y2025'],
  ['urban_water_supply_leakage_rate_pct', '城镇供水管网基本漏损率控制在{v}％以下'],
  ['rural_tap_water_coverage_pct', '农村自来水普及率达到{v}％'],
  ['efficient_water_saving_irrigation_area', '高效节水灌溉面积达到{v}万亩以上'],
  ['irrigation_water_use_coefficient', '农田灌溉水有效利用系数提高到{v}'],
  ['water_use_per_10k_yuan_gdp', '万元 GDP 用水量降到{v}立方米／万元以下'],
  ['water_use_per_10k_yuan_industrial_value_added', '万元工业增加值用水量降到{v}立方米／万元以下'],
  ['surface_water_class_iii_or_better_pct', '全市地表水质量达到Ⅲ类水质断面总体比例达到{v}％', 'y2020'],
  ['central_urban_sewage_treatment_rate_pct', SEWAGE, undefined, { v: 'c', area: '中心城区' }],
  ['county_urban_sewage_treatment_rate_pct', SEWAGE, undefined, { v: 'k', note: COUNTY_SEWAGE }],
  ['soil_erosion_control_degree_pct', '水土流失治理度达到{v}％'],
];

// the lists of water works, verbatim
const WL = {
  snwd: '积极推进南水北调禹州沙陀湖调蓄工程、建安区肖庄南水北调调蓄池建设',
  build: '建设颍汝干渠综合整治工程、襄城县大陈闸扩容工程、魏都区调蓄工程、建安区颍汝干渠下游湿地工程和建安区颍河湿地工程',
  /** the national wetland park pilots (（试点）: status pilot) */
  pilots: '加快推进禹州市颍河国家湿地公园（试点）、长葛市双洎河国家湿地公园（试点）、襄城县北汝河国家湿地公园（试点）、鄢陵县国家湿地公园（试点）范围内湿地保护和系统修复',
  barrage: '积极推进禹州市颍河拦蓄工程、建安区石梁河石寨段拦蓄工程、石梁河东张闸拦蓄工程、建安区颍河椹涧段拦蓄工程和建安区西水东引工程',
  reclaimed: '建设中心城区再生水输送工程、开发区调蓄工程',
  transfer: '完善引黄入长济许工程和引佛入长工程管理机制',
  rivers: '实施长葛市清潩河综合治理工程、小洪河综合治理工程',
  links: '适时推进许扶运河综合治理工程、引禹州沙陀水入许工程、引贾鲁河入鄢陵县引黄干渠工程、新增南水北调鄢陵县供水工程至引黄调蓄池供水线路工程等连通工程建设',
  restore: '积极推进颍汝总干渠生态修复工程，适时推进中心城区河湖水系生态修复工程',
  small: '加快实施长葛市石梁河、鄢陵县双洎河等重点中小河流治理工程建设',
  sluices: '实施大陈闸、化行闸等一批大中型病险水闸除险加固工程',
};

/** A water work named inside `t`; with no `area` it is city-wide and the note says so. */
const work = (id: string, t: string, name: string, o: { area?: string; status?: PlaceStatus; note?: string; town?: string } = {}): PlaceSpec => ({
  id, name, t, category: 'water_project', status: o.status ?? 'planned', area: o.area, town: o.town,
  note: [o.area ? '' : CITYWIDE, o.note ?? ''].filter(Boolean).join('; '),
});

/** A wetland park or wetland works named in the sentence `t` (quoted up to its 。). */
const wetland = (id: string, category: 'wetland' | 'wetland_park', t: string, name: string, area: string, status: PlaceStatus, note?: string): PlaceSpec =>
  ({ id, name, t: `${t}。`, category, area, status, note });

export default defineDocument({
  file: import.meta.url,
  doc: '许政〔2019〕1号',
  seed: '000_e340f357b4b28fe7.txt',
  sections: [
    // （二）主要目标: the 2020 paragraph and the 2025 paragraph, each up to the next 到 YYYY 年
    { name: 'y2020', start: '主要目标。到{y}年，', end: /到\s*\d{4}\s*年/ },
    { name: 'y2025', start: '到{y}年，节水型社会基本建立', end: /到\s*\d{4}\s*年/ },
  ],
  figures: [
    ...(['y2020', 'y2025'] as const).flatMap((sec) => TARGETS.filter(([, , only]) => !only || only === sec)
      .map(([id, t, , o]) => target(sec, id, t, o))),

    {
      id: 'water_saving_society_compliant_counties', t: '{y}年建安区、鄢陵县完成达标创建工作，实现市辖区内{v}个县（市、区）全部完成达标创建工作',
      note: 'with 建安区、鄢陵县 completing in 2019, all 6 counties (县、市、区) have completed the standard',
    },
    {
      id: 'rural_sewage_treatment_stations', t: '{v}个已建设的农村污水处理站（厂）应于{y}年年底前稳定运行', kind: 'baseline',
      note: 'stations already built when the notice was issued (Jan 2019), to run stably by the end of 2018: year 2018',
    },
  ],
  places: [
    work('water-caozhai-waterworks-xz2019-1', '完成许昌市曹寨水厂及配套管网工程建设任务', '许昌市曹寨水厂及配套管网工程', { area: '许昌市' }),
    work('water-yuzhou-shatuohu-storage-xz2019-1', WL.snwd, '南水北调禹州沙陀湖调蓄工程', { area: '禹州' }),
    work('water-jianan-xiaozhuang-storage-xz2019-1', WL.snwd, '建安区肖庄南水北调调蓄池', { area: '建安区' }),
    work('water-yingru-canal-remediation-xz2019-1', WL.build, '颍汝干渠综合整治工程'),
    work('water-dachen-sluice-expansion-xz2019-1', WL.build, '襄城县大陈闸扩容工程', {
      area: '襄城县', status: 'upgrading', note: 'status upgrading: 扩容 (capacity expansion of an existing sluice)',
    }),
    work('water-weidu-storage-xz2019-1', WL.build, '魏都区调蓄工程', { area: '魏都区' }),
    work('water-yanling-zhaokou-irrigation-xz2019-1', '完成鄢陵县赵口灌区续建配套与节水改造项目建设任务', '鄢陵县赵口灌区续建配套与节水改造项目', {
      area: '鄢陵县', status: 'upgrading', note: 'status upgrading: 续建配套与节水改造 of an existing irrigation district',
    }),
    work('water-yuzhou-yinghe-barrage-xz2019-1', WL.barrage, '禹州市颍河拦蓄工程', { area: '禹州市' }),
    work('water-jianan-shiliang-shizhai-barrage-xz2019-1', WL.barrage, '建安区石梁河石寨段拦蓄工程', { area: '建安区' }),
    work('water-shiliang-dongzhang-barrage-xz2019-1', WL.barrage, '石梁河东张闸拦蓄工程', {
      note: 'listed between 建安区 works, but the text prints no county for it',
    }),
    work('water-jianan-yinghe-zhenjian-barrage-xz2019-1', WL.barrage, '建安区颍河椹涧段拦蓄工程', {
      area: '建安区', town: '椹涧', note: 'town: 颍河椹涧段 is the 颍河 section at 椹涧 (printed without 乡)',
    }),
    work('water-jianan-west-to-east-xz2019-1', WL.barrage, '建安区西水东引工程', { area: '建安区' }),
    work('water-central-reclaimed-water-xz2019-1', WL.reclaimed, '中心城区再生水输送工程', { area: '中心城区' }),
    work('water-jkq-storage-xz2019-1', WL.reclaimed, '开发区调蓄工程', { area: '开发区' }),
    work('water-yinhuang-changge-xuchang-xz2019-1', WL.transfer, '引黄入长济许工程', {
      status: 'existing', note: 'status existing: the text improves its 管理机制',
    }),
    work('water-yinfo-changge-xz2019-1', WL.transfer, '引佛入长工程', { status: 'existing', note: 'status existing: the text improves its 管理机制' }),
    work('water-changge-qingyi-river-xz2019-1', WL.rivers, '长葛市清潩河综合治理工程', { area: '长葛市' }),
    work('water-xiaohong-river-xz2019-1', WL.rivers, '小洪河综合治理工程', {
      note: 'follows 长葛市清潩河综合治理工程 in the list; whether 长葛市 covers it too the text leaves open',
    }),
    work('water-xufu-canal-xz2019-1', WL.links, '许扶运河综合治理工程'),
    work('water-yuzhou-shatuo-to-xu-xz2019-1', WL.links, '引禹州沙陀水入许工程', { note: 'a transfer from 禹州 (source) into 许 (the city)' }),
    work('water-jialu-to-yanling-xz2019-1', WL.links, '引贾鲁河入鄢陵县引黄干渠工程', {
      area: '鄢陵县', note: 'county: the receiving canal (引黄干渠) is in 鄢陵县 as printed; the intake on 贾鲁河 may lie outside',
    }),
    work('water-yanling-snwd-supply-line-xz2019-1', WL.links, '新增南水北调鄢陵县供水工程至引黄调蓄池供水线路工程', { area: '鄢陵县' }),
    work('water-yingru-main-canal-restoration-xz2019-1', WL.restore, '颍汝总干渠生态修复工程'),
    work('water-central-rivers-restoration-xz2019-1', WL.restore, '中心城区河湖水系生态修复工程', { area: '中心城区' }),
    // the wetlands, each quoted with its whole sentence
    wetland('wetland-jianan-yingru-canal-lower-xz2019-1', 'wetland', WL.build, '建安区颍汝干渠下游湿地工程', '建安区', 'planned'),
    wetland('wetland-jianan-yinghe-xz2019-1', 'wetland', WL.build, '建安区颍河湿地工程', '建安区', 'planned'),
    wetland('wetland-park-yuzhou-yinghe-xz2019-1', 'wetland_park', WL.pilots, '禹州市颍河国家湿地公园', '禹州市', 'pilot'),
    wetland('wetland-park-changge-shuangjihe-xz2019-1', 'wetland_park', WL.pilots, '长葛市双洎河国家湿地公园', '长葛市', 'pilot'),
    wetland('wetland-park-xiangcheng-beiruhe-xz2019-1', 'wetland_park', WL.pilots, '襄城县北汝河国家湿地公园', '襄城县', 'pilot'),
    wetland('wetland-park-yanling-xz2019-1', 'wetland_park', WL.pilots, '鄢陵县国家湿地公园', '鄢陵县', 'pilot',
      'the text gives no wetland name; 许政〔2023〕15号 calls the 鄢陵 pilot 鹤鸣湖 (see wetland-park-yanling-heminghu-xz2023-15)'),
  ],
  hooks: { composedWorks },
});

const COMPOSED_SMALL = 'name composed from the list 长葛市石梁河、鄢陵县双洎河等重点中小河流治理工程';
const COMPOSED_SLUICE = 'name composed from 实施大陈闸、化行闸等一批大中型病险水闸除险加固工程';

/**
 * Works a list names by a shared tail (…等重点中小河流治理工程, …等病险水闸除险加固工程): the place name is composed
 * from the printed item and the tail; the place stands on the item's line.
 */
function composedWorks(ctx: DocContext): void {
  const items: { id: string; list: string; item: string; name: string; area?: string; note: string }[] = [
    { id: 'water-changge-shiliang-river-xz2019-1', list: WL.small, item: '长葛市石梁河', name: '长葛市石梁河重点中小河流治理工程', area: '长葛市', note: COMPOSED_SMALL },
    { id: 'water-yanling-shuangji-river-xz2019-1', list: WL.small, item: '鄢陵县双洎河', name: '鄢陵县双洎河重点中小河流治理工程', area: '鄢陵县', note: COMPOSED_SMALL },
    {
      id: 'water-dachen-sluice-reinforcement-xz2019-1', list: WL.sluices, item: '大陈闸', name: '大陈闸除险加固工程', area: '襄城县',
      note: `${COMPOSED_SLUICE}; county from 襄城县大陈闸扩容工程 earlier in the text (this sentence prints none); ` +
        'status upgrading: 除险加固 of an existing sluice',
    },
    {
      id: 'water-huaxing-sluice-reinforcement-xz2019-1', list: WL.sluices, item: '化行闸', name: '化行闸除险加固工程',
      note: `${CITYWIDE}; ${COMPOSED_SLUICE}; status upgrading: 除险加固 of an existing sluice`,
    },
  ];
  // the county of 大陈闸 comes from the other mention: it must still be printed
  ctx.find('襄城县大陈闸扩容工程', 'the county of 大陈闸');
  for (const it of items) {
    const hit = ctx.find(it.list, `place ${it.id}`);
    const at = hit.text.indexOf(it.item);
    if (at < 0) ctx.fail(`place ${it.id}`, `item ${it.item} not in its list`);
    ctx.place({
      id: it.id, name: it.name, category: 'water_project', area: resolveArea(it.area ?? '许昌市'), status: it.list === WL.sluices ? 'upgrading' : 'planned',
      line: ctx.flat.lineAt(hit.index + at), quote: hit.text, note: it.note,
    });
  }
}
