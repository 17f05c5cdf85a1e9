/**
 * 许政〔2019〕3号, seed 000: the notice issuing 9 industry action plans (rows carry the notice's number).
 *
 * - Figures printed with a year: smart power equipment 2019–2022 (incl. the annex's 2019 procurement platform),
 *   recycled metals 2018–2021, industrial robots 2019–2021, smart manufacturing 2020 (AI plan), NEV 2020 targets, the
 *   2019 planned investment of the energy-saving plan, the silicon plan's 2021 R&D-centre target, and the
 *   "2019 年一季度开工项目 N 个" count of every plan, checked against the list printed next to it (hook `q1Projects`).
 * - Industrial parks/clusters, characteristic towns and research bases named in the plans are places; a 2019 Q1
 *   project is a place only where its county is printed in its name or is the only local government in the
 *   责任单位 cell.
 * - Left out on purpose (no year): "通过 3—5 年" goals, annual growth rates of the annex task lists, national/global
 *   forecasts, design capacities of single projects (no year they refer to).
 */
import { CITY, defineDocument, resolveArea, tryResolveArea, type Area, type DocContext, type FigureSpec, type PlaceSpec } from '../../engine/index.ts';
import type { PlaceStatus } from '../../lib/types.ts';

/** The 9 plans attached to the notice, in printed order. */
export const PLANS = [
  { key: 'power', title: '许昌市智能电力装备产业发展行动方案', slug: 'smart_power_equipment' },
  { key: 'nev', title: '许昌市新能源及网联汽车产业发展行动方案', slug: 'nev_connected_vehicle' },
  { key: 'envequip', title: '许昌市节能环保装备和服务产业发展行动方案', slug: 'energy_saving_env_equipment' },
  { key: 'silicon', title: '许昌市高纯硅材料产业发展行动方案', slug: 'high_purity_silicon' },
  { key: 'metal', title: '许昌市再生金属及制品产业发展行动方案', slug: 'recycled_metal' },
  { key: 'fiveg', title: '许昌市5G产业发展行动方案', slug: 'fiveg' },
  { key: 'bio', title: '许昌市现代生物和生命健康产业发展行动方案', slug: 'biotech_health' },
  { key: 'robot', title: '许昌市工业机器人产业发展行动方案', slug: 'industrial_robot' },
  { key: 'ai', title: '许昌市新一代人工智能产业发展行动方案', slug: 'ai' },
] as const;
type PlanKey = (typeof PLANS)[number]['key'];
/** the section of a plan */
const P = (key: PlanKey) => `plan/${PLANS.find((p) => p.key === key)!.title}`;

const N = String.raw`\d+(?:[．.]\d+)?`;
const CITYWIDE = 'text states no county: city-wide 411000';
const R2021 = "year from the paragraph's opening 到2021年";

/** a figure the 发展形势 section states as current: the year before the notice (2019-01-30) */
const NOW = { kind: 'actual', year_basis: 'before_issue', note: 'stated as current in the plan\'s 发展形势 (development situation)' } as const;
/** the firms of 襄城县循环经济产业集聚区 (循环经济产业集聚区内企业) */
const XC_CLUSTER = { area: '襄城县', place: 'park-xiangcheng-circular-cluster-xz2019-3' } as const;

const revenue = (y: number): FigureSpec[] => {
  const t = new RegExp(String.raw`(?<y>${y})\s*年实现销售收入\s*(?<v>${N})\s*亿元(?:以上)?，利税\s*(?<t>${N})\s*亿元`);
  return [
    { id: 'smart_power_equipment_sales_revenue', in: P('power'), t },
    { id: 'smart_power_equipment_profit_tax', in: P('power'), t, v: 't' },
  ];
};
const metalRevenue = (y: number): FigureSpec => ({
  id: 'recycled_metal_main_business_revenue', in: P('metal'),
  t: new RegExp(String.raw`(?<y>${y})\s*年，再生金属及制品实现主营业务收入达到\s*(?<v>\d+)\s*亿元左右`),
});
const SMART_2020 = '到{y}年，建设{v:l}条智能化示范生产线、{v:w}个智能车间、{v:f}个智能工厂、{v:p}个智能化示范园区';
const ROBOT_2020 = '{y}年，工业机器人产业体系进一步完善。…自主品牌工业机器人年产量达到{v:u}台，产业产值达{v:o}亿元';
const ROBOT_2021 = '到{y}年，工业机器人产业体系比较完备。产业规模持续增长，自主品牌工业机器人年产量达到{v:u}万台，产业产值达到{v:o}亿元';
const POWER_2022 = '到{y}年以后，打造{v:big}家销售收入超 500 亿元及 3—5 家超百亿平台型企业；形成上下游配套企业{v:sup}家';
const METAL_FIRMS = '{y}年，再生金属及制品实现主营业务收入达到{v:r}亿元左右，打造 400 亿企业{v:n40}家（金汇集团）、50 亿企业{v:n5}家（长海不锈钢、宇龙实业、金阳铝业）';

// contexts in the plans, verbatim
const IL = {
  powerFocus: '产业发展重点在中原电气谷核心区，市城乡一体化示范区和魏都产业集聚区',
  testBase: '试验基地：高压设备试验中心；低压电器试验中心；新能源试验中心、襄城县风光储研究基地；中试及新产品试作中心',
  cluster: '“一集群”：重点依托中原电气谷核心区、长葛市产业集聚区，打造千亿级新能源及网联汽车产业集群',
  battery: '以长葛黄河工业园、示范区动力电池产业园为重点的动力电池生产基地',
  silicon: '我市的高纯硅材料产业主要分布在襄城县循环经济产业集聚区和襄城县产业集聚区',
  fiveg: '我市在城乡一体化示范区着力打造 5G 泛在小镇，建设了网络与交换技术国家重点实验室（北邮）许昌基地，运营了许昌市智慧信息产业园',
  iot: '在禹州市着力打造颍云物联网小镇，建设中国电科国家级物联网基础设施中原节点',
  bio: '支持建安区精细化工园区、禹州市产业集聚区、经济技术产业集聚区等',
};

/** A site named inside `t` in plan `key`; with no `area` it is city-wide and the note says so. */
const site = (key: PlanKey, id: string, t: string | RegExp, name: string, category: string, status: PlaceStatus,
  o: { area?: string; note?: string; town?: string; year?: number } = {}): PlaceSpec => ({
  id, name, t, in: P(key), category, status, area: o.area, town: o.town, year: o.year,
  note: [o.area ? '' : CITYWIDE, o.note ?? ''].filter(Boolean).join('; '),
});

export default defineDocument({
  file: import.meta.url,
  doc: '许政〔2019〕3号',
  seed: '000_e340f357b4b28fe7.txt',
  series: [{ prefix: 'plan', line: /^\s*(?<name>许昌市\s*\S+\s*产业发展行动方案)\s*$/, names: PLANS.map((p) => p.title) }],
  sections: [
    // 工业机器人 发展目标: 到 2021 年，工业机器人产业体系比较完备。<one sentence of targets>
    { name: 'robot2021', start: '到{y}年，工业机器人产业体系比较完备。', end: '。' },
  ],
  figures: [
    // ===== 智能电力装备
    ...revenue(2019), ...revenue(2020), ...revenue(2021),
    { id: 'smart_power_equipment_procurement_platforms', in: P('power'), t: '{y}年，建成{v}个许昌市电力装备采购平台', note: 'annex task 4 (提升创新能力) of the plan' },
    {
      id: 'smart_power_equipment_firms_revenue_over_50bn', in: P('power'), t: POWER_2022, v: 'big',
      note: 'year: the text says 到2022年以后 (by 2022 and after); the 3—5 家超百亿 range is not emitted',
    },
    { id: 'smart_power_equipment_supporting_firms', in: P('power'), t: POWER_2022, v: 'sup', note: 'year: the text says 到2022年以后 (by 2022 and after)' },
    // ===== 新能源及网联汽车
    {
      id: 'nev_share_new_service_vehicles_pct', in: P('nev'),
      t: '新增及更新的邮政、出租、通勤、轻型物流配送、平原地区旅游景区等作业车辆新能源车比例{y}年不低于{v}％',
      note: 'city-wide: the sentence opens 原则上全市新增及更新的公交车辆…',
    },
    {
      id: 'public_charging_service_radius_core_km', in: P('nev'), t: '{y}年建成服务于新能源汽车的城市充电网络，实现许昌市城市核心区公共充电服务半径小于{v}公里',
      area: '中心城区', note: '许昌市城市核心区 (the urban core) lies inside the central city: scoped to 中心城区, not the whole city',
    },
    // ===== 节能环保
    {
      id: 'energy_saving_env_industry_planned_investment', in: P('envequip'), kind: 'plan',
      t: '谋划推进节能环保产业专项项目 36 个，计划总投资 200 亿元以上，{y}年计划投资{v}亿元以上',
      note: 'the 36 projects / 200 亿元以上 total carry no year and are not emitted',
    },
    // ===== 高纯硅材料
    { id: 'silicon_material_national_rd_centres', in: P('silicon'), t: '到{y}年，建立{v}家国家级企业技术中心或工程技术研究中心' },
    // ===== 再生金属及制品
    { id: 'recycled_metal_main_business_revenue', in: P('metal'), t: '{y}年，再生金属及制品产业实现主营业务收入预计达到{v}亿元', kind: 'baseline', note: 'an estimate: 预计' },
    metalRevenue(2019), metalRevenue(2020), metalRevenue(2021),
    { id: 'recycled_metal_firms_40bn', in: P('metal'), t: METAL_FIRMS, v: 'n40', note: 'the firm is named: 金汇集团' },
    { id: 'recycled_metal_firms_5bn', in: P('metal'), t: METAL_FIRMS, v: 'n5', note: 'the firms are named: 长海不锈钢、宇龙实业、金阳铝业' },
    // ===== 工业机器人
    { id: 'industrial_robot_annual_output', in: P('robot'), t: ROBOT_2020, v: 'u' },
    { id: 'industrial_robot_industry_output_value', in: P('robot'), t: ROBOT_2020, v: 'o' },
    { id: 'industrial_robot_industry_output_value', in: P('robot'), t: ROBOT_2021, v: 'o' },
    { id: 'manufacturing_firms_using_robots_pct', in: 'robot2021', t: '全市{v}％以上的制造业企业应用工业机器人', year_basis: 'section', note: R2021 },
    {
      id: 'robot_density_key_industries', in: 'robot2021', t: '电力装备、汽车零部件、食品加工等重点行业机器人密度达到{v}台／万人以上',
      year_basis: 'section', note: R2021,
    },
    // ===== 新一代人工智能 (its headline goals run over "3—5 年": no year)
    { id: 'smart_demo_production_lines', in: P('ai'), t: SMART_2020, v: 'l' },
    { id: 'smart_workshops', in: P('ai'), t: SMART_2020, v: 'w' },
    { id: 'smart_factories', in: P('ai'), t: SMART_2020, v: 'f' },
    { id: 'smart_demo_parks', in: P('ai'), t: SMART_2020, v: 'p' },

    // ===== figures stated as current in the plans' 发展形势 (a notice of 2019-01-30: year 2018, before_issue)
    { id: 'smart_power_equipment_firms_over_10bn', in: P('power'), t: '区域内拥有{zh}家超 100 亿元及{v:n}多家中小型制造企业', ...NOW },
    { id: 'smart_power_equipment_sme_firms', in: P('power'), t: '区域内拥有{zh}家超 100 亿元及{v:n}多家中小型制造企业', v: 'n', ...NOW },
    {
      id: 'silicon_cluster_hydrogen_output', in: P('silicon'), t: '循环经济产业集聚区内企业年产氢气{v}亿立方米', ...NOW, ...XC_CLUSTER,
      note: `${NOW.note}; 产业整合后可达 5—6 亿立方米 (after consolidation) has no year and is not emitted`,
    },
    { id: 'silane_gas_annual_output', in: P('silicon'), t: '硅烷气年产量达{v}吨', ...NOW, ...XC_CLUSTER },
    { id: 'silane_gas_domestic_market_share_pct', in: P('silicon'), t: '硅烷气年产量达 3600 吨，占国内市场份额的{v}％', ...NOW, ...XC_CLUSTER },
    {
      id: 'park_firms_settled', in: P('fiveg'), t: '许昌市智慧信息产业园目前已完成{v}家高新技术企业落地', ...NOW,
      area: '示范区', place: 'park-xuchang-smart-info-xz2019-3', note: `${NOW.note}; high-tech firms (高新技术企业)`,
    },
    {
      id: 'park_firms_settled', in: P('fiveg'), t: '颍云物联网小镇已完成{v}家物联网龙头企业落地', ...NOW,
      area: '禹州市', place: 'town-yingyun-iot-xz2019-3', note: `${NOW.note}; leading IoT firms (物联网龙头企业)`,
    },
    { id: 'recycled_metal_scrap_collected', in: P('metal'), t: '年回收各种废旧金属总量达到{v}万吨', ...NOW },
    { id: 'recycled_metal_scrap_processed', in: P('metal'), t: '年回收各种废旧金属总量达到 360 万吨，加工{v}万吨', ...NOW },
  ],
  places: [
    // 智能电力装备
    site('power', 'park-zhongyuan-electric-valley-xz2019-3', IL.powerFocus, '中原电气谷核心区', 'industrial_park', 'existing'),
    site('power', 'park-jinian-hitech-xz2019-3', '将纪年高新技术产业园区打造成中国电力三次装备和建筑电气特色园区', '纪年高新技术产业园区', 'industrial_park', 'existing'),
    site('power', 'park-weidu-cluster-xz2019-3', IL.powerFocus, '魏都产业集聚区', 'industrial_park', 'existing', { area: '魏都' }),
    site('power', 'base-xiangcheng-wind-solar-storage-xz2019-3', IL.testBase, '襄城县风光储研究基地', 'research_base', 'planned', {
      area: '襄城县', note: 'status planned: listed under 重点建设一试验基地',
    }),
    // 新能源及网联汽车
    site('nev', 'park-changge-cluster-xz2019-3', IL.cluster, '长葛市产业集聚区', 'industrial_park', 'existing', { area: '长葛市' }),
    site('nev', 'park-changge-huanghe-xz2019-3', IL.battery, '长葛黄河工业园', 'industrial_park', 'existing', { area: '长葛' }),
    site('nev', 'park-sfq-power-battery-xz2019-3', IL.battery, '示范区动力电池产业园', 'industrial_park', 'existing', { area: '示范区' }),
    site('nev', 'park-yanling-smart-info-xz2019-3', '重点加快鄢陵智慧信息产业园建设，积极推进入驻项目', '鄢陵智慧信息产业园', 'industrial_park', 'existing', {
      area: '鄢陵', note: 'status existing: projects are moving in (积极推进入驻项目)',
    }),
    site('nev', 'park-senyuan-ev-xz2019-3', '以森源电动汽车产业园为依托', '森源电动汽车产业园', 'industrial_park', 'existing'),
    // 节能环保
    site('envequip', 'park-jkq-cluster-xz2019-3', '支持长葛市、经济技术开发区等县（市、区），依托长葛市产业集聚区、许昌经济技术产业集聚区',
      '许昌经济技术产业集聚区', 'industrial_park', 'existing', {
        area: '经济技术开发区',
        note: 'zone: the sentence pairs 经济技术开发区 with 许昌经济技术产业集聚区; also named 经济技术产业集聚区 in the biotech plan',
      }),
    site('envequip', 'park-zhongyuan-silicon-xz2019-3', '支持襄城县依托高纯度硅烷气龙头企业…着力打造国际一流的中原硅材料产业园', '中原硅材料产业园',
      'industrial_park', 'planned', { area: '襄城县' }),
    site('envequip', 'park-zhongyuan-elevator-xz2019-3', '重点支持经济技术开发区依托电梯制造龙头企业…加快中原电梯产业园内重点项目建设', '中原电梯产业园',
      'industrial_park', 'existing', { area: '经济技术开发区' }),
    site('envequip', 'park-yuzhou-huanjia-circular-xz2019-3', '加快静脉产业园、禹州环嘉循环经济产业园等园区建设', '禹州环嘉循环经济产业园', 'industrial_park', 'planned', { area: '禹州' }),
    site('envequip', 'park-dazhou-recycled-metal-xz2019-3', '支持长葛市依托大周再生金属循环产业集聚区', '大周再生金属循环产业集聚区', 'industrial_park', 'existing', {
      area: '长葛市', town: '大周',
      note: 'also named 大周产业集聚区 (recycled-metal plan: 主要集中在长葛市大周产业集聚区); town: named after 大周 (printed without 镇)',
    }),
    // 高纯硅材料
    site('silicon', 'park-xiangcheng-circular-cluster-xz2019-3', IL.silicon, '襄城县循环经济产业集聚区', 'industrial_park', 'existing', { area: '襄城县' }),
    site('silicon', 'park-xiangcheng-cluster-xz2019-3', IL.silicon, '襄城县产业集聚区', 'industrial_park', 'existing', { area: '襄城县' }),
    // 再生金属及制品
    site('metal', 'park-sino-german-sme-xz2019-3', '以中德（许昌）中小企业合作区为抓手', '中德（许昌）中小企业合作区', 'industrial_park', 'existing'),
    site('metal', 'park-sino-eu-recycled-metal-city-xz2019-3', '以中德（许昌）中小企业合作区为抓手，加快编制中欧（德）再生金属生态城总体规划',
      '中欧（德）再生金属生态城', 'industrial_park', 'planned', { note: 'the task\'s 责任单位 names 长葛市政府 as the only local government' }),
    site('metal', 'market-changge-dazhou-recycled-metal-xz2019-3', '建设长葛大周再生金属回收交易市场', '长葛大周再生金属回收交易市场', 'market', 'planned', {
      area: '长葛', town: '大周', note: 'town: named after 大周 (printed without 镇)',
    }),
    // 5G
    site('fiveg', 'town-5g-ubiquitous-xz2019-3', IL.fiveg, '5G泛在小镇', 'characteristic_town', 'planned', { area: '城乡一体化示范区' }),
    site('fiveg', 'base-bupt-network-lab-xz2019-3', IL.fiveg, '网络与交换技术国家重点实验室（北邮）许昌基地', 'research_base', 'existing', { area: '城乡一体化示范区' }),
    site('fiveg', 'park-xuchang-smart-info-xz2019-3', IL.fiveg, '许昌市智慧信息产业园', 'industrial_park', 'existing', { area: '城乡一体化示范区' }),
    site('fiveg', 'town-yingyun-iot-xz2019-3', IL.iot, '颍云物联网小镇', 'characteristic_town', 'planned', { area: '禹州市' }),
    site('fiveg', 'node-cetc-iot-zhongyuan-xz2019-3', `${IL.iot}，成功入选`, '中国电科国家级物联网基础设施中原节点', 'digital_infrastructure', 'existing', {
      area: '禹州市', note: 'status existing: already selected as a 2018 demonstration project (成功入选)',
    }),
    site('fiveg', 'campus-intl-engineers-university-city-xz2019-3', '2021 年，完善国际工程师大学城项目', '国际工程师大学城', 'education_campus', 'planned', {
      year: 2021, note: 'year: 2021 年，完善国际工程师大学城项目',
    }),
    site('fiveg', 'park-sino-eu-sci-tech-xz2019-3', '联合编制国际工程师大学城、中欧科技产业园的工作计划', '中欧科技产业园', 'industrial_park', 'planned'),
    site('fiveg', 'zone-yanling-health-eldercare-xz2019-3', '结合禹州市中医药产业及鄢陵县国家级健康养老示范区资源', '鄢陵县国家级健康养老示范区', 'demonstration_zone', 'existing', {
      area: '鄢陵县',
    }),
    // 现代生物和生命健康
    site('bio', 'park-jianan-fine-chemical-xz2019-3', IL.bio, '建安区精细化工园区', 'industrial_park', 'existing', { area: '建安区' }),
    site('bio', 'park-yuzhou-cluster-xz2019-3', IL.bio, '禹州市产业集聚区', 'industrial_park', 'existing', { area: '禹州市' }),
    site('bio', 'base-yuzhou-tcm-seedling-xz2019-3', '支持禹州建设河南省中药材种子种苗繁育中心', '河南省中药材种子种苗繁育中心', 'research_base', 'planned', { area: '禹州' }),
    // 工业机器人 (the AI plan names the same park: 经济技术开发区工业机器人及智能装备产业园)
    site('robot', 'park-jkq-robot-xz2019-3', '依托许昌市开发区工业机器人及智能装备产业园', '许昌市开发区工业机器人及智能装备产业园', 'industrial_park', 'existing', {
      area: '开发区', note: 'also named 经济技术开发区工业机器人及智能装备产业园 in the AI plan',
    }),
  ],
  hooks: { robot2021Output, alsoNamed, q1Projects, siliconAnnex, fivegAnnex },
});

/** 2021 robot output is printed in 万台: converted to the indicator's 台 (× 10000), the printed form kept in `printed`. */
function robot2021Output(ctx: DocContext): void {
  const hit = ctx.find(ROBOT_2021, 'figure industrial_robot_annual_output 2021', P('robot'));
  const printed = ctx.num(hit.slots.u.text, 'robot 2021');
  ctx.emit({
    id: 'industrial_robot_annual_output', year: Number(hit.slots.y.text), value: String(Number(printed) * 10000), line: hit.slots.u.line,
    quote: hit.text, printed: `${printed} 万台`,
  });
}

/** Other mentions of a merged site that must still be in the text (else a note above would be stale). */
function alsoNamed(ctx: DocContext): void {
  ctx.find('主要集中在长葛市大周产业集聚区', '大周产业集聚区 in the recycled-metal plan', P('metal'));
  ctx.find('禹州市产业集聚区、经济技术产业集聚区等', '经济技术产业集聚区 in the biotech plan', P('bio'));
  ctx.find('加快经济技术开发区工业机器人及智能装备产业园建设', 'the robot park in the AI plan', P('ai'));
}

// ---------------------------------------------------------------------------------------------------------------
// 2019 Q1 construction starts ("2019 年一季度开工项目 N 个" + the list + the 责任单位 cell), the last annex row

/** How each plan separates its project list (names themselves contain 、 where the separator is ，). */
const Q1_SEPARATOR: Record<PlanKey, '，' | '、'> = {
  power: '，', nev: '、', envequip: '、', silicon: '，', metal: '、', fiveg: '、', bio: '、', robot: '、', ai: '、',
};
/** Projects that become places (their county is known), by name with whitespace removed → place_id. */
const Q1_PROJECTS: Record<string, string> = {
  平煤隆基高效单晶硅电池片项目二期工程: 'proj-pingmei-longi-mono-cells-phase2-xz2019-3',
  '平煤隆基银粉、银浆生产项目': 'proj-pingmei-longi-silver-paste-xz2019-3',
  '首山化工氮气、氧气项目': 'proj-shoushan-nitrogen-oxygen-xz2019-3',
  河南汇达印通科技股份有限公司年产1700万平方米双涂CTP版材智能化生产线项目: 'proj-huida-yintong-ctp-plates-xz2019-3',
  长葛市宇龙宏兴管业有限公司年产20000米保温管项目: 'proj-yulong-hongxing-insulated-pipes-xz2019-3',
  鄢陵建业蝴蝶兰和非洲菊工厂化快繁生产及产业化推广项目: 'proj-jianye-yanling-orchids-xz2019-3',
  韩国现代年产1000台套机器人项目: 'proj-hyundai-robots-xz2019-3',
  河南润文电子科技有限公司纳米电容智慧黑板项目: 'proj-runwen-smart-blackboard-xz2019-3',
};
const Q1 = /(?<cq>(?<y>\d{4})\s*年\s*一\s*季\s*度\s*开\s*工\s*项\s*目\s*(?<n>\d+)\s*个)(?<list>[^。]+)。(?<resp>[^]*)$/;
const squash = (s: string) => s.replace(/\s+/g, '');

/** A county/zone at the start of a project name (鄢陵建业…, 长葛市宇龙…); the city (许昌…) does not count. */
function countyPrefix(name: string): Area | undefined {
  for (let k = Math.min(9, name.length); k >= 2; k--) {
    const a = tryResolveArea(name.slice(0, k));
    if (a && a.code !== CITY.code) return a;
  }
  return undefined;
}

function q1Projects(ctx: DocContext): void {
  const used = new Set<string>();
  for (const p of PLANS) {
    const what = `${p.key}: 2019 Q1 projects`;
    const hit = ctx.find(Q1, what, P(p.key));
    const { n, list, resp, cq, y } = hit.slots;
    const sep = Q1_SEPARATOR[p.key];
    const items: { name: string; printed: string; at: number }[] = [];
    let at = list.at;
    for (const part of list.text.split(sep)) {
      const lead = part.length - part.trimStart().length;
      items.push({ name: squash(part), printed: part.trim(), at: at + lead });
      at += part.length + sep.length;
    }
    if (items.some((i) => !i.name)) ctx.fail(what, 'empty item in the 2019 Q1 project list');
    const localGovs: { unit: string; area: Area }[] = [];
    for (const unit of squash(resp.text).split(/[、，,]/)) {
      const g = /^(.+?)(政府|管委会)$/.exec(unit);
      if (!g) continue; // a 市 department, a company or a university: not an area
      localGovs.push({ unit, area: resolveArea(g[1]) }); // an unknown county throws
    }
    if (!localGovs.length) ctx.fail(what, 'the 责任单位 cell of the 2019 Q1 projects names no local government');
    const id = `${p.slug}_q1_project_starts`;
    const value = ctx.num(n.text, what);
    const year = Number(y.text);
    ctx.emit({
      id, year, value, kind: 'plan', line: n.line, quote: cq.text,
      note: `the plan's whole list, city-wide; local governments in its 责任单位 cell: ${localGovs.map((g) => g.area.name_zh).join('、')}`,
    });
    const found = String(items.length);
    ctx.addCheck({
      check: `seed000_${p.slug}_q1_projects_vs_list`, doc: ctx.doc, seed: ctx.seed.name, line: n.line, expected: value, found, indicators: id,
      note: found === value
        ? `ok: the annex of ${p.title} lists ${found} project(s) next to "${squash(cq.text)}"`
        : `${p.title}: the annex says ${value} projects start in 2019 Q1 but lists ${found}: ${items.map((i) => i.name).join(' | ')}`,
      note_zh: found === value
        ? `一致：${p.title}附件在“${squash(cq.text)}”旁列出${found}个项目`
        : `${p.title}：附件称2019年一季度开工项目${value}个，但列出${found}个：${items.map((i) => i.name).join('｜')}`,
    });
    const govAreas = [...new Map(localGovs.map((g) => [g.area.code, g])).values()];
    for (const it of items) {
      const prefix = countyPrefix(it.name);
      if (prefix && !govAreas.some((g) => g.area.code === prefix.code)) {
        ctx.fail(what, `project ${it.name} names ${prefix.name_zh}, which the 责任单位 cell does not list`);
      }
      const area = prefix ?? (govAreas.length === 1 ? govAreas[0].area : undefined);
      if (!area) continue; // several counties responsible and none in the name: the county is not known
      const placeId = Q1_PROJECTS[it.name];
      if (!placeId) ctx.fail(what, `2019 Q1 project "${it.name}" (${area.name_zh}) has no id in Q1_PROJECTS`);
      used.add(it.name);
      ctx.place({
        id: placeId, name: it.name, category: 'industrial_project', area, year, status: 'planned',
        line: ctx.flat.lineAt(it.at), quote: it.printed,
        note: (prefix ? 'county from the project name' :
          `county: ${govAreas[0].unit} is the only local government in the 责任单位 cell of the plan's 2019 Q1 projects`) +
          `; listed among the ${year} Q1 construction starts (${year} 年一季度开工项目)`,
      });
    }
  }
  for (const name of Object.keys(Q1_PROJECTS)) {
    if (!used.has(name)) ctx.fail('Q1_PROJECTS', `"${name}" not found among the 2019 Q1 projects`);
  }
}

/** The silicon plan's annex restates the 2021 R&D-centre target without the year. */
function siliconAnnex(ctx: DocContext): void {
  const hit = ctx.find(/研发平台建立\s*(?<v>\d+)\s*家国家级企业技术中心或工程技术研究中心，1—2\s*家省级/, 'silicon annex task 4', P('silicon'));
  const text = ctx.row('silicon_material_national_rd_centres', 2021);
  const annex = ctx.num(hit.slots.v.text, 'silicon annex task 4');
  ctx.addCheck({
    check: 'seed000_silicon_rd_centres_annex_vs_text', doc: ctx.doc, seed: ctx.seed.name, line: text.line, expected: text.value, found: annex,
    indicators: 'silicon_material_national_rd_centres',
    note: annex === text.value
      ? `ok: annex task 4 (line ${hit.slots.v.line}) restates 建立 ${annex} 家国家级企业技术中心或工程技术研究中心 (without the year)`
      : `the text (到${text.year}年) says ${text.value}, annex task 4 (line ${hit.slots.v.line}) says ${annex}`,
    note_zh: annex === text.value
      ? `一致：附件任务4（第${hit.slots.v.line}行）重述建立${annex}家国家级企业技术中心或工程技术研究中心（未写年份）`
      : `正文（到${text.year}年）为${text.value}，附件任务4（第${hit.slots.v.line}行）为${annex}`,
  });
}

/** The 5G plan's task list restates the firms already settled in 颍云物联网小镇 (current, without a year). */
function fivegAnnex(ctx: DocContext): void {
  const hit = ctx.find('等{v}家物联网龙头企业的基础上', '5G annex task 10', P('fiveg'));
  const [text] = ctx.rows((r) => r.indicator === 'park_firms_settled' && r.place_id === 'town-yingyun-iot-xz2019-3');
  const annex = ctx.num(hit.slots.v.text, '5G annex task 10');
  const ok = annex === text.value;
  ctx.addCheck({
    check: 'seed000_yingyun_iot_firms_annex_vs_text', doc: ctx.doc, seed: ctx.seed.name, line: hit.slots.v.line, expected: annex, found: text.value,
    indicators: 'park_firms_settled',
    note: ok
      ? `ok: the 5G plan's task 10 restates the ${annex} leading IoT firms already in 颍云物联网小镇 (line ${text.line})`
      : `the 5G plan's task 10 says ${annex} leading IoT firms are in 颍云物联网小镇, its 发展形势 (line ${text.line}) says ${text.value}`,
    note_zh: ok
      ? `一致：5G方案任务清单第10项重述颍云物联网小镇已落地${annex}家物联网龙头企业（第${text.line}行）`
      : `5G方案任务清单第10项称颍云物联网小镇已有${annex}家物联网龙头企业，发展形势（第${text.line}行）称${text.value}家`,
  });
}
