/**
 * Seed 000 (许昌市人民政府公报 2019 年第 1 期) outside the coal plan: every quantitative fact the text ties to an
 * area and a year, and the named sites with their area.
 *
 * Documents covered (许政〔2019〕2号, the coal plan, has its own extractor; the named wetland parks and wetland
 * works of 许政〔2019〕1号 are the wetlands extractor's):
 * - 许政〔2019〕1号 四水同治 (water): the 2020 and 2025 targets of （二）主要目标 (the paragraph opens with the
 *   year; the quoted clause does not repeat it, so each row's note says where the year stands), the 2019 节水型
 *   社会 compliance count, the 39 rural sewage stations (2018); named water projects as places.
 * - 许政〔2019〕3号: the notice issuing 9 industry action plans (doc = the notice, as the contract asks). Only
 *   figures printed with a year: smart power equipment 2019–2022 (incl. the annex's 2019 procurement platform),
 *   recycled metals 2018–2021, industrial robots
 *   2020–2021, smart manufacturing 2020 (AI plan), NEV 2020 targets, the 2019 planned investment of the
 *   energy-saving plan, the silicon plan's 2021 R&D-centre target, and the "2019 年一季度开工项目 N 个" count of
 *   every plan (checked against the list printed next to it). Industrial parks/clusters, characteristic towns and
 *   research bases named in the plans are places; a 2019 Q1 project is a place only where its county is printed
 *   in its name or is the only local government in the 责任单位 cell.
 *   Left out on purpose (no year): "通过 3—5 年" goals, annual growth rates of the annex task lists, current
 *   figures printed without a year (目前…, 年产氢气 3 亿立方米 …), ranges (3—5 家 …), national/global forecasts,
 *   design capacities of single projects (no year they refer to).
 * - 许政办〔2019〕1号 (construction industry): the 2020 targets of 二、工作目标 and the 2020 skilled-worker target.
 *   Reward amounts are policy parameters, not facts about an area, and are left out.
 * - 许政办〔2019〕2号 (市建投公司 reform): the company's 2020/2021 scale, as rows of the company place.
 *
 * Every figure is found by a regex that must match exactly once inside its document (or attached plan), or inside
 * a paragraph that opens with the year (SCOPES); a seed change that breaks a match throws. Values with
 * 以上/以下/左右/预计… carry that qualifier in their note. No statement is printed twice with different numbers
 * (checked by reading); the checks reconcile each plan's Q1 project count with its list and the silicon plan's
 * annex with its text.
 */
import type { CheckRow, ExtractResult, IndicatorDef, IndicatorRow, Kind, PlaceDraft, PlaceStatus, Topic } from '../lib/types.ts';
import type { Seed, SeedSet } from '../lib/seeds.ts';
import { normaliseNumber, quoteContainsValue } from '../lib/numbers.ts';
import { resolveArea, tryResolveArea, type Area } from '../lib/areas.ts';
import { cite, flatten, matchOnce, type Flat, type Match } from '../lib/quote.ts';
import { numberedDocuments, type NumberedDoc } from '../segment.ts';

export const SEED000 = '000_e340f357b4b28fe7.txt';
const CITY = resolveArea('许昌市');

// ---------------------------------------------------------------------------------------------------------------
// Document layout

export type SectionKey =
  | 'water' | 'construction' | 'jiantou'
  | 'power' | 'nev' | 'envequip' | 'silicon' | 'metal' | 'fiveg' | 'bio' | 'robot' | 'ai';

const DOC_OF_SECTION: Record<SectionKey, string> = {
  water: '许政〔2019〕1号',
  construction: '许政办〔2019〕1号',
  jiantou: '许政办〔2019〕2号',
  power: '许政〔2019〕3号', nev: '许政〔2019〕3号', envequip: '许政〔2019〕3号', silicon: '许政〔2019〕3号',
  metal: '许政〔2019〕3号', fiveg: '许政〔2019〕3号', bio: '许政〔2019〕3号', robot: '许政〔2019〕3号', ai: '许政〔2019〕3号',
};

/** The 9 plans attached to 许政〔2019〕3号, in printed order. */
export const PLANS: readonly { key: SectionKey; title: string; slug: string; zh: string; en: string }[] = [
  { key: 'power', title: '许昌市智能电力装备产业发展行动方案', slug: 'smart_power_equipment', zh: '智能电力装备', en: 'smart power equipment' },
  { key: 'nev', title: '许昌市新能源及网联汽车产业发展行动方案', slug: 'nev_connected_vehicle', zh: '新能源及网联汽车', en: 'new-energy and connected vehicles' },
  { key: 'envequip', title: '许昌市节能环保装备和服务产业发展行动方案', slug: 'energy_saving_env_equipment', zh: '节能环保装备和服务', en: 'energy-saving and environmental equipment and services' },
  { key: 'silicon', title: '许昌市高纯硅材料产业发展行动方案', slug: 'high_purity_silicon', zh: '高纯硅材料', en: 'high-purity silicon materials' },
  { key: 'metal', title: '许昌市再生金属及制品产业发展行动方案', slug: 'recycled_metal', zh: '再生金属及制品', en: 'recycled metals and products' },
  { key: 'fiveg', title: '许昌市5G产业发展行动方案', slug: 'fiveg', zh: '5G', en: '5G' },
  { key: 'bio', title: '许昌市现代生物和生命健康产业发展行动方案', slug: 'biotech_health', zh: '现代生物和生命健康', en: 'modern biotech and life health' },
  { key: 'robot', title: '许昌市工业机器人产业发展行动方案', slug: 'industrial_robot', zh: '工业机器人', en: 'industrial robots' },
  { key: 'ai', title: '许昌市新一代人工智能产业发展行动方案', slug: 'ai', zh: '新一代人工智能', en: 'new-generation artificial intelligence' },
];

export interface Layout {
  /** every numbered document of the seed (numberedDocuments), by number */
  docs: Map<string, NumberedDoc>;
  /** line ranges of the sections searched */
  sections: Record<SectionKey, { from: number; to: number }>;
}

const squash = (s: string) => s.replace(/\s+/g, '');

export function locateSeed000(seed: Seed): Layout {
  const docs = new Map<string, NumberedDoc>(numberedDocuments(seed).map((d) => [d.doc, d]));
  const need = (doc: string) => {
    const r = docs.get(doc);
    if (!r) throw new Error(`${seed.name}: document ${doc} not found`);
    return r;
  };
  const water = need('许政〔2019〕1号');
  const plans = need('许政〔2019〕3号');
  const constr = need('许政办〔2019〕1号');
  const jt = need('许政办〔2019〕2号');
  need('许政〔2019〕2号'); // the coal plan sits between them: not searched here

  // attached plans: each title on a line of its own, once, inside 许政〔2019〕3号
  const titleLines = PLANS.map((p) => {
    const hits: number[] = [];
    for (let n = plans.numberLine + 1; n <= plans.end; n++) if (squash(seed.line(n)) === p.title) hits.push(n);
    if (hits.length !== 1) {
      throw new Error(`${seed.name}: plan title ${p.title} found ${hits.length} times as a line in 许政〔2019〕3号`);
    }
    return hits[0];
  });
  titleLines.forEach((l, i) => {
    if (i > 0 && l <= titleLines[i - 1]) throw new Error(`${seed.name}:${l}: plan ${PLANS[i].title} out of order`);
  });
  const sections = {
    water: { from: water.numberLine, to: water.end },
    construction: { from: constr.numberLine, to: constr.end },
    jiantou: { from: jt.numberLine, to: jt.end },
  } as Layout['sections'];
  PLANS.forEach((p, i) => {
    sections[p.key] = { from: titleLines[i], to: i + 1 < PLANS.length ? titleLines[i + 1] - 1 : plans.end };
  });
  return { docs, sections };
}

function span(m: Match, g: string, what: string): [number, number] {
  const s = m.indices.groups?.[g];
  if (!s) throw new Error(`${what}: regex has no group "${g}" or it did not match`);
  return s;
}

// ---------------------------------------------------------------------------------------------------------------
// Indicator definitions

const D = (id: string, topic: Topic, name_zh: string, name_en: string, unit: string, description: string): IndicatorDef =>
  ({ id, topic, name_zh, name_en, unit, description });

const W1 = '许政〔2019〕1号 （二）主要目标';
const DEFS: IndicatorDef[] = [
  // --- water (许政〔2019〕1号)
  D('water_supply_capacity', 'water', '供水能力', 'Water supply capacity (annual)', '亿立方米',
    `City-wide annual water supply capacity to reach (达到): targets for 2020 (全市供水能力) and 2025 (年供水能力), ${W1}.`),
  D('urban_water_supply_leakage_rate_pct', 'water', '城镇供水管网基本漏损率', 'Basic leakage rate of urban water supply networks', '%',
    `Targets are caps (控制在…以下), ${W1}.`),
  D('rural_tap_water_coverage_pct', 'water', '农村自来水普及率', 'Rural tap water coverage', '%',
    `Share of rural population with tap water, target to reach (达到), ${W1}.`),
  D('efficient_water_saving_irrigation_area', 'water', '高效节水灌溉面积', 'Area under efficient water-saving irrigation', '万亩',
    `Targets are floors (达到…以上), ${W1}.`),
  D('irrigation_water_use_coefficient', 'water', '农田灌溉水有效利用系数', 'Effective use coefficient of farmland irrigation water', '',
    `Dimensionless coefficient (0–1), target to raise to (提高到), ${W1}.`),
  D('water_use_per_10k_yuan_gdp', 'water', '万元GDP用水量', 'Water use per 10,000 yuan of GDP', '立方米/万元',
    `Targets are caps (降到…以下), ${W1}.`),
  D('water_use_per_10k_yuan_industrial_value_added', 'water', '万元工业增加值用水量', 'Water use per 10,000 yuan of industrial value added', '立方米/万元',
    `Targets are caps (降到…以下), ${W1}.`),
  D('surface_water_class_iii_or_better_pct', 'water', '地表水达到Ⅲ类水质断面比例', 'Share of surface water monitoring sections reaching class III', '%',
    `Share of sections whose water quality reaches class III (Ⅲ类) or better; target to reach (达到), ${W1}.`),
  D('central_urban_sewage_treatment_rate_pct', 'water', '中心城区污水处理率', 'Sewage treatment rate of the central urban area', '%',
    `Sewage treatment rate of Xuchang's central urban area (中心城区), target to reach (达到); rows carry 411000 because ` +
    `中心城区 has no boundary of its own. ${W1}.`),
  D('county_urban_sewage_treatment_rate_pct', 'water', '县（市、区）城区污水处理率', 'Sewage treatment rate of county urban areas', '%',
    `Target that each county (市、区) urban area must reach (各县（市、区）城区…达到); one city-level row (411000) per ` +
    `year, it is the standard for every county town, not a city-wide average. ${W1}.`),
  D('soil_erosion_control_degree_pct', 'water', '水土流失治理度', 'Degree of soil erosion control', '%',
    `Target to reach (达到), ${W1}.`),
  D('water_saving_society_compliant_counties', 'water', '县域节水型社会达标县（市、区）数', 'Counties meeting the water-saving society standard', '个',
    'Number of counties (县、市、区) having completed 县域节水型社会达标建设; 2019 target of 许政〔2019〕1号 (all 6 by 2019).'),
  D('rural_sewage_treatment_stations', 'water', '已建农村污水处理站（厂）数', 'Rural sewage treatment stations built', '个',
    'Rural sewage treatment stations (站/厂) already built, to run stably by the end of 2018 (许政〔2019〕1号): a 2018 baseline.'),
  // --- transport / energy (NEV plan)
  D('nev_share_new_service_vehicles_pct', 'transport', '新增及更新作业车辆新能源车比例',
    'New-energy share of new and replaced service vehicles', '%',
    'Share of new-energy vehicles among new and replaced postal, taxi, commuter, light logistics and scenic-area service ' +
    'vehicles; 2020 floor (不低于), 许昌市新能源及网联汽车产业发展行动方案 (许政〔2019〕3号).'),
  D('public_charging_service_radius_core_km', 'transport', '城市核心区公共充电服务半径', 'Public EV charging service radius in the city core', '公里',
    'Public charging service radius in Xuchang\'s urban core area (城市核心区); 2020 cap (小于), NEV plan of 许政〔2019〕3号.'),
  // --- industry plans (许政〔2019〕3号)
  D('smart_power_equipment_sales_revenue', 'industry', '智能电力装备产业销售收入', 'Smart power equipment industry: sales revenue', '亿元',
    'City-wide sales revenue of the smart power equipment industry; targets 2019–2021 (2021: 以上), 许昌市智能电力装备产业发展行动方案.'),
  D('smart_power_equipment_profit_tax', 'industry', '智能电力装备产业利税', 'Smart power equipment industry: profits and taxes', '亿元',
    'Profits and taxes (利税) of the smart power equipment industry; targets 2019–2021, 许昌市智能电力装备产业发展行动方案.'),
  D('smart_power_equipment_firms_revenue_over_50bn', 'industry', '销售收入超500亿元智能电力装备企业数',
    'Smart power equipment firms with sales revenue over 50 bn yuan', '家',
    'Target for 到2022年以后 (by 2022 and after; the row carries 2022), 许昌市智能电力装备产业发展行动方案.'),
  D('smart_power_equipment_supporting_firms', 'industry', '智能电力装备上下游配套企业数', 'Smart power equipment upstream/downstream supporting firms', '家',
    'Target for 到2022年以后 (by 2022 and after; the row carries 2022), 许昌市智能电力装备产业发展行动方案.'),
  D('smart_power_equipment_procurement_platforms', 'industry', '电力装备采购平台数', 'Power equipment procurement platforms', '个',
    '2019 target (建成 1 个许昌市电力装备采购平台), annex task list of 许昌市智能电力装备产业发展行动方案.'),
  D('energy_saving_env_industry_planned_investment', 'industry', '节能环保产业专项项目年度计划投资',
    'Energy-saving and environmental industry projects: planned investment in the year', '亿元',
    'Planned investment of the 36 special energy-saving/environmental projects within the year (2019: 以上), ' +
    '许昌市节能环保装备和服务产业发展行动方案.'),
  D('silicon_material_national_rd_centres', 'industry', '高纯硅材料国家级企业技术中心或工程技术研究中心数',
    'High-purity silicon: national-level enterprise technology / engineering research centres', '家',
    'Number to establish by 2021 (建立), 许昌市高纯硅材料产业发展行动方案.'),
  D('recycled_metal_main_business_revenue', 'industry', '再生金属及制品产业主营业务收入',
    'Recycled metals and products industry: main business revenue', '亿元',
    '2018 baseline (预计, an estimate) and targets 2019–2021 (左右, approximate), 许昌市再生金属及制品产业发展行动方案.'),
  D('recycled_metal_firms_40bn', 'industry', '400亿级再生金属企业数', 'Recycled metal firms of the 40 bn yuan class', '家',
    '2021 target (打造 400 亿企业 1 家（金汇集团）); the text does not say which measure the 400 亿 refers to.'),
  D('recycled_metal_firms_5bn', 'industry', '50亿级再生金属企业数', 'Recycled metal firms of the 5 bn yuan class', '家',
    '2021 target (50 亿企业 3 家（长海不锈钢、宇龙实业、金阳铝业）); the text does not say which measure the 50 亿 refers to.'),
  D('industrial_robot_annual_output', 'industry', '自主品牌工业机器人年产量', 'Annual output of own-brand industrial robots', '台',
    'Targets: 2020 5000 台, 2021 1 万台 (that row\'s unit is 万台), 许昌市工业机器人产业发展行动方案.'),
  D('industrial_robot_industry_output_value', 'industry', '工业机器人产业产值', 'Industrial robot industry output value', '亿元',
    'Targets 2020 and 2021, 许昌市工业机器人产业发展行动方案.'),
  D('manufacturing_firms_using_robots_pct', 'industry', '应用工业机器人的制造业企业比例',
    'Share of manufacturing firms using industrial robots', '%', '2021 floor (以上), 许昌市工业机器人产业发展行动方案.'),
  D('robot_density_key_industries', 'industry', '重点行业机器人密度', 'Robot density in key industries', '台/万人',
    'Robots per 10,000 workers in key industries (电力装备、汽车零部件、食品加工等); 2021 floor (以上), 许昌市工业机器人产业发展行动方案.'),
  D('smart_demo_production_lines', 'industry', '智能化示范生产线数', 'Smart demonstration production lines', '条',
    '2020 target (建设), 许昌市新一代人工智能产业发展行动方案.'),
  D('smart_workshops', 'industry', '智能车间数', 'Smart workshops', '个', '2020 target (建设), 许昌市新一代人工智能产业发展行动方案.'),
  D('smart_factories', 'industry', '智能工厂数', 'Smart factories', '个', '2020 target (建设), 许昌市新一代人工智能产业发展行动方案.'),
  D('smart_demo_parks', 'industry', '智能化示范园区数', 'Smart demonstration industrial parks', '个',
    '2020 target (建设), 许昌市新一代人工智能产业发展行动方案.'),
  ...PLANS.map((p) => D(`${p.slug}_q1_project_starts`, 'industry', `${p.zh}产业一季度开工项目数`,
    `${p.en[0].toUpperCase()}${p.en.slice(1)}: projects starting construction in Q1`, '个',
    `Projects listed to start construction in the first quarter (2019 年一季度开工项目) in the annex task list of ${p.title} ` +
    '(许政〔2019〕3号); checked against the projects listed next to the count.')),
  // --- construction (许政办〔2019〕1号)
  D('construction_output_value', 'economy', '建筑业总产值', 'Gross output value of the construction industry', '亿元',
    '2020 target (到2020年年底，力争…达到), 许政办〔2019〕1号.'),
  D('construction_value_added_share_gdp_pct', 'economy', '建筑业增加值占GDP比重', 'Construction value added as a share of GDP', '%',
    '2020 target (左右, approximate), 许政办〔2019〕1号.'),
  D('construction_special_grade_firms', 'economy', '特级资质建筑业企业数', 'Construction firms with special-grade qualification', '家',
    '2020 target, 许政办〔2019〕1号.'),
  D('construction_grade1_general_contractors', 'economy', '一级总承包建筑业企业数', 'Grade-1 general contracting construction firms', '家',
    '2020 target, 许政办〔2019〕1号.'),
  D('construction_firms_output_over_2bn', 'economy', '年产值超20亿元建筑企业数', 'Construction firms with annual output over 2 bn yuan', '家',
    '2020 target, 许政办〔2019〕1号.'),
  D('construction_firms_output_over_1bn', 'economy', '年产值超10亿元建筑业企业数', 'Construction firms with annual output over 1 bn yuan', '家',
    '2020 target, 许政办〔2019〕1号.'),
  D('construction_skilled_workers', 'economy', '中级工技能水平以上建筑工人数量',
    'Construction workers at intermediate skill level or above', '人', '2020 target, 许政办〔2019〕1号.'),
  // --- 市建投公司 (许政办〔2019〕2号)
  D('enterprise_scale', 'economy', '公司规模', 'Company scale', '亿元',
    'Scale of one company (place_id), as printed (公司规模); the text does not define it (total assets presumably). ' +
    'Targets of 许政办〔2019〕2号 for 许昌市建设投资有限责任公司.'),
];
const DEF_BY_ID = new Map(DEFS.map((d) => [d.id, d]));

// ---------------------------------------------------------------------------------------------------------------
// Figures: one regex per statement, values by named group

type Qual = '以上' | '以下' | '以内' | '左右' | '不低于' | '小于' | '预计';
const QUAL_NOTE: Record<Qual, string> = {
  以上: 'a floor: 以上 (at least)',
  以下: 'a cap: 以下 (at most)',
  以内: 'a cap: 以内 (at most)',
  左右: 'approximate: 左右',
  不低于: 'a floor: 不低于 (not below)',
  小于: 'a cap: 小于 (below)',
  预计: 'an estimate: 预计',
};

interface ValueSpec {
  /** named group holding the printed number */
  g: string;
  id: string;
  kind: Kind;
  /** defaults to the def's unit */
  unit?: string;
  qual?: Qual;
  /** printed area name; default 许昌市 (city-wide) */
  area?: string;
  place?: string;
  note?: string;
}
interface FigureSpec {
  key: string;
  sec: SectionKey;
  /**
   * Without `scope`: must match exactly once in the section, with group `y` (the year) inside the match, which is
   * the quote. With `scope`: must match exactly once inside that paragraph/sentence, whose opening gives the year.
   */
  re: RegExp;
  scope?: ScopeKey;
  vals: ValueSpec[];
}

/**
 * Paragraphs / sentences that open with their year (group `yp`, year `y`) and run too long for one quote: the
 * figures inside are quoted clause by clause and the row note says where the year stands.
 */
const SCOPES = {
  // 许政〔2019〕1号 （二）主要目标: the 2020 paragraph and the 2025 paragraph, each up to the next 到 YYYY 年
  w2020: { sec: 'water', what: 'paragraph', re: /主要目标。(?<yp>到\s*(?<y>\d{4})\s*年)，(?:(?!到\s*\d{4}\s*年)[^])*/ },
  w2025: { sec: 'water', what: 'paragraph', re: /(?<yp>到\s*(?<y>\d{4})\s*年)，节水型社会基本建立(?:(?!到\s*\d{4}\s*年)[^])*/ },
  // 工业机器人 发展目标: 到 2021 年，工业机器人产业体系比较完备。<one sentence of targets>。
  r2021: { sec: 'robot', what: 'paragraph', re: /(?<yp>到\s*(?<y>\d{4})\s*年)，工业机器人产业体系比较完备。[^。]*。/ },
  // 许政办〔2019〕1号 二、工作目标: one sentence
  c2020: { sec: 'construction', what: 'sentence', re: /(?<yp>到\s*(?<y>\d{4})\s*年年底)，[^。]*。/ },
} as const satisfies Record<string, { sec: SectionKey; what: string; re: RegExp }>;
type ScopeKey = keyof typeof SCOPES;

const N = String.raw`\d+(?:[．.]\d+)?`;
const CENTRAL = '中心城区 (Xuchang\'s central urban area) has no area code of its own: emitted at 411000';

const FIGURES: FigureSpec[] = [
  // ===== 许政〔2019〕1号: 2020 and 2025 targets (the paragraph opens with the year)
  { key: 'water-2020-supply', sec: 'water', scope: 'w2020', re: new RegExp(String.raw`全市供水能力达到\s*(?<v>${N})\s*亿立方米`),
    vals: [{ g: 'v', id: 'water_supply_capacity', kind: 'target' }] },
  { key: 'water-2020-leakage', sec: 'water', scope: 'w2020', re: new RegExp(String.raw`城镇供水管网基本漏损率控制在\s*(?<v>${N})\s*％以下`),
    vals: [{ g: 'v', id: 'urban_water_supply_leakage_rate_pct', kind: 'target', qual: '以下' }] },
  { key: 'water-2020-rural-tap', sec: 'water', scope: 'w2020', re: new RegExp(String.raw`农村自来水普及率达到\s*(?<v>${N})\s*％`),
    vals: [{ g: 'v', id: 'rural_tap_water_coverage_pct', kind: 'target' }] },
  { key: 'water-2020-irrigation-area', sec: 'water', scope: 'w2020', re: new RegExp(String.raw`高效节水灌溉面积达到\s*(?<v>${N})\s*万亩以上`),
    vals: [{ g: 'v', id: 'efficient_water_saving_irrigation_area', kind: 'target', qual: '以上' }] },
  { key: 'water-2020-coefficient', sec: 'water', scope: 'w2020', re: new RegExp(String.raw`农田灌溉水有效利用系数提高到\s*(?<v>${N})`),
    vals: [{ g: 'v', id: 'irrigation_water_use_coefficient', kind: 'target' }] },
  { key: 'water-2020-gdp', sec: 'water', scope: 'w2020', re: new RegExp(String.raw`万元\s*GDP\s*用水量降到\s*(?<v>${N})\s*立方米／万元以下`),
    vals: [{ g: 'v', id: 'water_use_per_10k_yuan_gdp', kind: 'target', qual: '以下' }] },
  { key: 'water-2020-industry', sec: 'water', scope: 'w2020', re: new RegExp(String.raw`万元工业增加值用水量降到\s*(?<v>${N})\s*立方米／万元以下`),
    vals: [{ g: 'v', id: 'water_use_per_10k_yuan_industrial_value_added', kind: 'target', qual: '以下' }] },
  { key: 'water-2020-surface', sec: 'water', scope: 'w2020', re: new RegExp(String.raw`全市地表水质量达到Ⅲ类水质断面总体比例达到\s*(?<v>${N})\s*％`),
    vals: [{ g: 'v', id: 'surface_water_class_iii_or_better_pct', kind: 'target' }] },
  { key: 'water-2020-sewage', sec: 'water', scope: 'w2020',
    re: new RegExp(String.raw`中心城区、各县（市、区）城区污水处理率分别达到\s*(?<c>${N})\s*％、\s*(?<k>${N})\s*％`),
    vals: [
      { g: 'c', id: 'central_urban_sewage_treatment_rate_pct', kind: 'target', note: CENTRAL },
      { g: 'k', id: 'county_urban_sewage_treatment_rate_pct', kind: 'target', note: 'the target for each county (市、区) urban area, emitted once at 411000' },
    ] },
  { key: 'water-2020-erosion', sec: 'water', scope: 'w2020', re: new RegExp(String.raw`水土流失治理度达到\s*(?<v>${N})\s*％`),
    vals: [{ g: 'v', id: 'soil_erosion_control_degree_pct', kind: 'target' }] },

  { key: 'water-2025-supply', sec: 'water', scope: 'w2025', re: new RegExp(String.raw`年\s*供水能力达到\s*(?<v>${N})\s*亿立方米`),
    vals: [{ g: 'v', id: 'water_supply_capacity', kind: 'target' }] },
  { key: 'water-2025-leakage', sec: 'water', scope: 'w2025', re: new RegExp(String.raw`城镇供水管网基本漏损率控制在\s*(?<v>${N})\s*％以下`),
    vals: [{ g: 'v', id: 'urban_water_supply_leakage_rate_pct', kind: 'target', qual: '以下' }] },
  { key: 'water-2025-rural-tap', sec: 'water', scope: 'w2025', re: new RegExp(String.raw`农村自来水普及率达到\s*(?<v>${N})\s*％`),
    vals: [{ g: 'v', id: 'rural_tap_water_coverage_pct', kind: 'target' }] },
  { key: 'water-2025-irrigation-area', sec: 'water', scope: 'w2025', re: new RegExp(String.raw`高效节水灌溉面积达到\s*(?<v>${N})\s*万亩以上`),
    vals: [{ g: 'v', id: 'efficient_water_saving_irrigation_area', kind: 'target', qual: '以上' }] },
  { key: 'water-2025-coefficient', sec: 'water', scope: 'w2025', re: new RegExp(String.raw`农田灌溉水有效利用系数提高到\s*(?<v>${N})`),
    vals: [{ g: 'v', id: 'irrigation_water_use_coefficient', kind: 'target' }] },
  { key: 'water-2025-gdp', sec: 'water', scope: 'w2025', re: new RegExp(String.raw`万元\s*GDP\s*用水量降到\s*(?<v>${N})\s*立方米／万元以下`),
    vals: [{ g: 'v', id: 'water_use_per_10k_yuan_gdp', kind: 'target', qual: '以下' }] },
  { key: 'water-2025-industry', sec: 'water', scope: 'w2025', re: new RegExp(String.raw`万元工业增加值用水量降到\s*(?<v>${N})\s*立方米／万元以下`),
    vals: [{ g: 'v', id: 'water_use_per_10k_yuan_industrial_value_added', kind: 'target', qual: '以下' }] },
  { key: 'water-2025-sewage', sec: 'water', scope: 'w2025',
    re: new RegExp(String.raw`中心城区、各县（市、区）城区污水处理率分别达到\s*(?<c>${N})\s*％、\s*(?<k>${N})\s*％`),
    vals: [
      { g: 'c', id: 'central_urban_sewage_treatment_rate_pct', kind: 'target', note: CENTRAL },
      { g: 'k', id: 'county_urban_sewage_treatment_rate_pct', kind: 'target', note: 'the target for each county (市、区) urban area, emitted once at 411000' },
    ] },
  { key: 'water-2025-erosion', sec: 'water', scope: 'w2025', re: new RegExp(String.raw`水土流失治理度达到\s*(?<v>${N})\s*％`),
    vals: [{ g: 'v', id: 'soil_erosion_control_degree_pct', kind: 'target' }] },
  // 2019 年建安区、鄢陵县完成达标创建工作，实现市辖区内 6 个县（市、区）全部完成达标创建工作
  { key: 'water-2019-compliant-counties', sec: 'water',
    re: /(?<y>\d{4})\s*年建安区、鄢陵县完成达标创建工作，实现市辖区内\s*(?<v>\d+)\s*个县（市、区）全部完成达标创建工作/,
    vals: [{ g: 'v', id: 'water_saving_society_compliant_counties', kind: 'target',
      note: 'with 建安区、鄢陵县 completing in 2019, all 6 counties (县、市、区) have completed the standard' }] },
  // 39 个已建设的农村污水处理站（厂）应于 2018 年年底前稳定运行
  { key: 'water-2018-rural-stations', sec: 'water',
    re: /(?<v>\d+)\s*个已建设的农村污水处理站（厂）应于\s*(?<y>\d{4})\s*年年底前稳定运行/,
    vals: [{ g: 'v', id: 'rural_sewage_treatment_stations', kind: 'baseline',
      note: 'stations already built when the notice was issued (Jan 2019), to run stably by the end of 2018: year 2018' }] },

  // ===== 智能电力装备
  ...(['2019', '2020', '2021'] as const).map((y): FigureSpec => ({
    key: `power-${y}-revenue`, sec: 'power',
    re: new RegExp(String.raw`(?<y>${y})\s*年实现销售收入\s*(?<v>${N})\s*亿元(?<up>以上)?，利税\s*(?<t>${N})\s*亿元`),
    vals: [
      { g: 'v', id: 'smart_power_equipment_sales_revenue', kind: 'target', qual: y === '2021' ? '以上' : undefined },
      { g: 't', id: 'smart_power_equipment_profit_tax', kind: 'target' },
    ],
  })),
  // annex task 4: 2019 年，建成 1 个许昌市电力装备采购平台
  { key: 'power-2019-procurement-platform', sec: 'power', re: /(?<y>\d{4})\s*年，建成\s*(?<v>\d+)\s*个许昌市电力装备采购平台/,
    vals: [{ g: 'v', id: 'smart_power_equipment_procurement_platforms', kind: 'target', note: 'annex task 4 (提升创新能力) of the plan' }] },
  { key: 'power-2022-firms', sec: 'power',
    re: /到\s*(?<y>\d{4})\s*年以后，打造\s*(?<big>\d+)\s*家销售收入超\s*500\s*亿元及\s*3—5\s*家超百亿平台型企业；形成上下游配套企业\s*(?<sup>\d+)\s*家/,
    vals: [
      { g: 'big', id: 'smart_power_equipment_firms_revenue_over_50bn', kind: 'target',
        note: 'year: the text says 到2022年以后 (by 2022 and after); the 3—5 家超百亿 range is not emitted' },
      { g: 'sup', id: 'smart_power_equipment_supporting_firms', kind: 'target', note: 'year: the text says 到2022年以后 (by 2022 and after)' },
    ] },
  // ===== 新能源及网联汽车
  { key: 'nev-2020-share', sec: 'nev',
    re: /新增及更新的邮政、出租、通勤、轻型物流配送、平原地区旅游景区等作业车辆新能源车比例\s*(?<y>\d{4})\s*年不低于\s*(?<v>\d+)\s*％/,
    vals: [{ g: 'v', id: 'nev_share_new_service_vehicles_pct', kind: 'target', qual: '不低于',
      note: 'city-wide: the sentence opens 原则上全市新增及更新的公交车辆…' }] },
  { key: 'nev-2020-charging', sec: 'nev',
    re: /(?<y>\d{4})\s*年建成服务于新能源汽车的城市充电网络，实现许昌市城市核心区公共充电服务半径小于\s*(?<v>\d+)\s*公里/,
    vals: [{ g: 'v', id: 'public_charging_service_radius_core_km', kind: 'target', qual: '小于',
      note: '许昌市城市核心区 (the urban core) has no area code of its own: emitted at 411000' }] },
  // ===== 节能环保
  { key: 'envequip-2019-investment', sec: 'envequip',
    re: /谋划推进节能环保产业专项项目\s*36\s*个，计划总投资\s*200\s*亿元以上，(?<y>\d{4})\s*年计划投资\s*(?<v>\d+)\s*亿元以上/,
    vals: [{ g: 'v', id: 'energy_saving_env_industry_planned_investment', kind: 'plan', qual: '以上',
      note: 'the 36 projects / 200 亿元以上 total carry no year and are not emitted' }] },
  // ===== 高纯硅材料
  { key: 'silicon-2021-rd-centres', sec: 'silicon',
    re: /到\s*(?<y>\d{4})\s*年，建立\s*(?<v>\d+)\s*家国家级企业技术中心或工程技术研究中心/,
    vals: [{ g: 'v', id: 'silicon_material_national_rd_centres', kind: 'target' }] },
  // ===== 再生金属及制品
  { key: 'metal-2018-revenue', sec: 'metal',
    re: /(?<y>\d{4})\s*年，再生金属及制品产业实现主营业务收入预计达到\s*(?<v>\d+)\s*亿元/,
    vals: [{ g: 'v', id: 'recycled_metal_main_business_revenue', kind: 'baseline', qual: '预计' }] },
  ...(['2019', '2020', '2021'] as const).map((y): FigureSpec => ({
    key: `metal-${y}-revenue`, sec: 'metal',
    re: new RegExp(String.raw`(?<y>${y})\s*年，再生金属及制品实现主营业务收入达到\s*(?<v>\d+)\s*亿元左右`),
    vals: [{ g: 'v', id: 'recycled_metal_main_business_revenue', kind: 'target', qual: '左右' }],
  })),
  { key: 'metal-2021-firms', sec: 'metal',
    re: /(?<y>\d{4})\s*年，再生金属及制品实现主营业务收入达到\s*\d+\s*亿元左右，打造\s*400\s*亿企业\s*(?<a>\d+)\s*家（金汇集团）、50\s*亿企业\s*(?<b>\d+)\s*家（长海不锈钢、宇龙实业、金阳铝业）/,
    vals: [
      { g: 'a', id: 'recycled_metal_firms_40bn', kind: 'target', note: 'the firm is named: 金汇集团' },
      { g: 'b', id: 'recycled_metal_firms_5bn', kind: 'target', note: 'the firms are named: 长海不锈钢、宇龙实业、金阳铝业' },
    ] },
  // ===== 工业机器人
  { key: 'robot-2020', sec: 'robot',
    re: /(?<y>\d{4})\s*年，工业机器人产业体系进一步完善。[^。]*?自主品牌工业机器人年产量达到\s*(?<u>\d+)\s*台，产业产值达\s*(?<o>\d+)\s*亿元/,
    vals: [
      { g: 'u', id: 'industrial_robot_annual_output', kind: 'target' },
      { g: 'o', id: 'industrial_robot_industry_output_value', kind: 'target' },
    ] },
  { key: 'robot-2021-output', sec: 'robot',
    re: /到\s*(?<y>\d{4})\s*年，工业机器人产业体系比较完备。产业规模持续增长，自主品牌工业机器人年产量达到\s*(?<u>\d+)\s*万台，产业产值达到\s*(?<o>\d+)\s*亿元/,
    vals: [
      { g: 'u', id: 'industrial_robot_annual_output', kind: 'target', unit: '万台', note: 'printed 1 万台: the unit carries the magnitude (= 10000 台)' },
      { g: 'o', id: 'industrial_robot_industry_output_value', kind: 'target' },
    ] },
  { key: 'robot-2021-use', sec: 'robot', scope: 'r2021', re: /全市\s*(?<v>\d+)\s*％以上的制造业企业应用工业机器人/,
    vals: [{ g: 'v', id: 'manufacturing_firms_using_robots_pct', kind: 'target', qual: '以上' }] },
  { key: 'robot-2021-density', sec: 'robot', scope: 'r2021',
    re: /电力装备、汽车零部件、食品加工等重点行业机器人密度达到\s*(?<v>\d+)\s*台／万人以上/,
    vals: [{ g: 'v', id: 'robot_density_key_industries', kind: 'target', qual: '以上' }] },
  // ===== 新一代人工智能
  { key: 'ai-2020-smart-manufacturing', sec: 'ai',
    re: /到\s*(?<y>\d{4})\s*年，建设\s*(?<l>\d+)\s*条智能化示范生产线、(?<w>\d+)\s*个智能车间、(?<f>\d+)\s*个智能工厂、(?<p>\d+)\s*个智能化示范园区/,
    vals: [
      { g: 'l', id: 'smart_demo_production_lines', kind: 'target' },
      { g: 'w', id: 'smart_workshops', kind: 'target' },
      { g: 'f', id: 'smart_factories', kind: 'target' },
      { g: 'p', id: 'smart_demo_parks', kind: 'target' },
    ] },
  // ===== 许政办〔2019〕1号 建筑业: one sentence opening 到 2020 年年底
  ...([
    ['output', String.raw`力争实现全市建筑业总产值达到\s*(?<v>\d+)\s*亿元`, 'construction_output_value', undefined],
    ['va-share', String.raw`建筑业增加值占\s*GDP\s*比重达到\s*(?<v>\d+)\s*％左右`, 'construction_value_added_share_gdp_pct', '左右'],
    ['special', String.raw`特级资质企业达到\s*(?<v>\d+)\s*家`, 'construction_special_grade_firms', undefined],
    ['grade1', String.raw`一级总承包企业达到\s*(?<v>\d+)\s*家`, 'construction_grade1_general_contractors', undefined],
    ['over2bn', String.raw`年产值超\s*20\s*亿元建筑企业达到\s*(?<v>\d+)\s*家`, 'construction_firms_output_over_2bn', undefined],
    ['over1bn', String.raw`年产值超\s*10\s*亿元建筑业企业达到\s*(?<v>\d+)\s*家`, 'construction_firms_output_over_1bn', undefined],
  ] as const).map(([k, inner, id, qual]): FigureSpec => ({
    key: `construction-2020-${k}`, sec: 'construction', scope: 'c2020', re: new RegExp(inner),
    vals: [{ g: 'v', id, kind: 'target', qual }],
  })),
  { key: 'construction-2020-workers', sec: 'construction',
    re: /到\s*(?<y>\d{4})\s*年，我市建筑业中级工技能水平以上的建筑工人数量达到\s*(?<v>\d+)\s*人/,
    vals: [{ g: 'v', id: 'construction_skilled_workers', kind: 'target' }] },
  // ===== 许政办〔2019〕2号 市建投公司
  { key: 'jiantou-2020-scale', sec: 'jiantou', re: /(?<y>\d{4})\s*年，公司规模达到\s*(?<v>\d+)\s*亿元/,
    vals: [{ g: 'v', id: 'enterprise_scale', kind: 'target', place: 'ent-xuchang-construction-investment-xzb2019-2' }] },
  { key: 'jiantou-2021-scale', sec: 'jiantou', re: /(?<y>\d{4})\s*年使\s*公司规模达到\s*(?<v>\d+)\s*亿元/,
    vals: [{ g: 'v', id: 'enterprise_scale', kind: 'target', place: 'ent-xuchang-construction-investment-xzb2019-2' }] },
];

// ---------------------------------------------------------------------------------------------------------------
// Named sites

interface SiteSpec {
  id: string;
  sec: SectionKey;
  /** must match once; group `n` the name as printed; optional group `a` the printed area; optional `y` a year */
  re: RegExp;
  category: string;
  status: PlaceStatus;
  /** printed area when the regex has no `a` group (must appear in the quote); omitted → city-wide 411000 */
  area?: string;
  /** the name when it is composed (the printed text has no single name); the note says so */
  name?: string;
  town?: string;
  note?: string;
}

const CITYWIDE = 'text states no county: city-wide 411000';
const CENTRAL_SITE = '中心城区 (the central urban area) has no area code of its own';

const escRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*');
/**
 * A regex for `name` standing inside the verbatim `context` (a space in either matches any whitespace), with
 * group `n` around the name and, when `area` is given, group `a` around that printed area (inside the name if
 * it is there, else its first occurrence in the context).
 */
function at(context: string, name: string, area?: string): RegExp {
  const ni = context.indexOf(name);
  if (ni < 0 || context.indexOf(name, ni + 1) >= 0) throw new Error(`site spec: "${name}" must occur once in "${context}"`);
  const cuts: { i: number; s: string }[] = [{ i: ni, s: '(?<n>' }, { i: ni + name.length, s: ')' }];
  if (area) {
    const inName = name.indexOf(area);
    const ai = inName >= 0 ? ni + inName : context.indexOf(area);
    if (ai < 0) throw new Error(`site spec: area "${area}" not in "${context}"`);
    cuts.push({ i: ai, s: '(?<a>' }, { i: ai + area.length, s: ')' });
  }
  // a group that closes at i sorts before one that opens at i; an outer group opens before an inner one
  cuts.sort((x, y) => x.i - y.i || (x.s === ')' ? -1 : 1) - (y.s === ')' ? -1 : 1) || (x.s === '(?<n>' ? -1 : 1));
  let out = '';
  let pos = 0;
  for (const c of cuts) {
    out += escRe(context.slice(pos, c.i)) + c.s;
    pos = c.i;
  }
  return new RegExp(out + escRe(context.slice(pos)));
}

// the lists of water works in 许政〔2019〕1号, verbatim
const WL = {
  snwd: '积极推进南水北调禹州沙陀湖调蓄工程、建安区肖庄南水北调调蓄池建设',
  build: '建设颍汝干渠综合整治工程、襄城县大陈闸扩容工程、魏都区调蓄工程、建安区颍汝干渠下游湿地工程和建安区颍河湿地工程',
  barrage: '积极推进禹州市颍河拦蓄工程、建安区石梁河石寨段拦蓄工程、石梁河东张闸拦蓄工程、建安区颍河椹涧段拦蓄工程和建安区西水东引工程',
  reclaimed: '建设中心城区再生水输送工程、开发区调蓄工程',
  transfer: '完善引黄入长济许工程和引佛入长工程管理机制',
  rivers: '实施长葛市清潩河综合治理工程、小洪河综合治理工程',
  links: '适时推进许扶运河综合治理工程、引禹州沙陀水入许工程、引贾鲁河入鄢陵县引黄干渠工程、新增南水北调鄢陵县供水工程至引黄调蓄池供水线路工程等连通工程建设',
  restore: '积极推进颍汝总干渠生态修复工程，适时推进中心城区河湖水系生态修复工程',
  small: '加快实施长葛市石梁河、鄢陵县双洎河等重点中小河流治理工程建设',
  sluices: '实施大陈闸、化行闸等一批大中型病险水闸除险加固工程',
};
const COMPOSED_SMALL = 'name composed from the list 长葛市石梁河、鄢陵县双洎河等重点中小河流治理工程';
const COMPOSED_SLUICE = 'name composed from 实施大陈闸、化行闸等一批大中型病险水闸除险加固工程';

/** Named water works of 许政〔2019〕1号 (its two wetland works are the wetlands extractor's). */
const WATER_SITES: SiteSpec[] = [
  { id: 'water-caozhai-waterworks-xz2019-1', sec: 'water', re: at('完成许昌市曹寨水厂及配套管网工程建设任务', '许昌市曹寨水厂及配套管网工程', '许昌市'),
    category: 'water_project', status: 'planned' },
  { id: 'water-yuzhou-shatuohu-storage-xz2019-1', sec: 'water', re: at(WL.snwd, '南水北调禹州沙陀湖调蓄工程', '禹州'),
    category: 'water_project', status: 'planned' },
  { id: 'water-jianan-xiaozhuang-storage-xz2019-1', sec: 'water', re: at(WL.snwd, '建安区肖庄南水北调调蓄池', '建安区'),
    category: 'water_project', status: 'planned' },
  { id: 'water-yingru-canal-remediation-xz2019-1', sec: 'water', re: at(WL.build, '颍汝干渠综合整治工程'),
    category: 'water_project', status: 'planned' },
  { id: 'water-dachen-sluice-expansion-xz2019-1', sec: 'water', re: at(WL.build, '襄城县大陈闸扩容工程', '襄城县'),
    category: 'water_project', status: 'upgrading', note: 'status upgrading: 扩容 (capacity expansion of an existing sluice)' },
  { id: 'water-weidu-storage-xz2019-1', sec: 'water', re: at(WL.build, '魏都区调蓄工程', '魏都区'),
    category: 'water_project', status: 'planned' },
  { id: 'water-yanling-zhaokou-irrigation-xz2019-1', sec: 'water',
    re: at('完成鄢陵县赵口灌区续建配套与节水改造项目建设任务', '鄢陵县赵口灌区续建配套与节水改造项目', '鄢陵县'),
    category: 'water_project', status: 'upgrading', note: 'status upgrading: 续建配套与节水改造 of an existing irrigation district' },
  { id: 'water-yuzhou-yinghe-barrage-xz2019-1', sec: 'water', re: at(WL.barrage, '禹州市颍河拦蓄工程', '禹州市'),
    category: 'water_project', status: 'planned' },
  { id: 'water-jianan-shiliang-shizhai-barrage-xz2019-1', sec: 'water', re: at(WL.barrage, '建安区石梁河石寨段拦蓄工程', '建安区'),
    category: 'water_project', status: 'planned' },
  { id: 'water-shiliang-dongzhang-barrage-xz2019-1', sec: 'water', re: at(WL.barrage, '石梁河东张闸拦蓄工程'),
    category: 'water_project', status: 'planned', note: 'listed between 建安区 works, but the text prints no county for it' },
  { id: 'water-jianan-yinghe-zhenjian-barrage-xz2019-1', sec: 'water', re: at(WL.barrage, '建安区颍河椹涧段拦蓄工程', '建安区'),
    category: 'water_project', status: 'planned', town: '椹涧',
    note: 'town: 颍河椹涧段 is the 颍河 section at 椹涧 (printed without 乡)' },
  { id: 'water-jianan-west-to-east-xz2019-1', sec: 'water', re: at(WL.barrage, '建安区西水东引工程', '建安区'),
    category: 'water_project', status: 'planned' },
  { id: 'water-central-reclaimed-water-xz2019-1', sec: 'water', re: at(WL.reclaimed, '中心城区再生水输送工程'),
    category: 'water_project', status: 'planned', note: CENTRAL_SITE },
  { id: 'water-jkq-storage-xz2019-1', sec: 'water', re: at(WL.reclaimed, '开发区调蓄工程', '开发区'),
    category: 'water_project', status: 'planned' },
  { id: 'water-yinhuang-changge-xuchang-xz2019-1', sec: 'water', re: at(WL.transfer, '引黄入长济许工程'),
    category: 'water_project', status: 'existing', note: 'status existing: the text improves its 管理机制' },
  { id: 'water-yinfo-changge-xz2019-1', sec: 'water', re: at(WL.transfer, '引佛入长工程'),
    category: 'water_project', status: 'existing', note: 'status existing: the text improves its 管理机制' },
  { id: 'water-changge-qingyi-river-xz2019-1', sec: 'water', re: at(WL.rivers, '长葛市清潩河综合治理工程', '长葛市'),
    category: 'water_project', status: 'planned' },
  { id: 'water-xiaohong-river-xz2019-1', sec: 'water', re: at(WL.rivers, '小洪河综合治理工程'),
    category: 'water_project', status: 'planned',
    note: 'follows 长葛市清潩河综合治理工程 in the list; whether 长葛市 covers it too the text leaves open' },
  { id: 'water-xufu-canal-xz2019-1', sec: 'water', re: at(WL.links, '许扶运河综合治理工程'),
    category: 'water_project', status: 'planned' },
  { id: 'water-yuzhou-shatuo-to-xu-xz2019-1', sec: 'water', re: at(WL.links, '引禹州沙陀水入许工程'),
    category: 'water_project', status: 'planned', note: 'a transfer from 禹州 (source) into 许 (the city)' },
  { id: 'water-jialu-to-yanling-xz2019-1', sec: 'water', re: at(WL.links, '引贾鲁河入鄢陵县引黄干渠工程', '鄢陵县'),
    category: 'water_project', status: 'planned',
    note: 'county: the receiving canal (引黄干渠) is in 鄢陵县 as printed; the intake on 贾鲁河 may lie outside' },
  { id: 'water-yanling-snwd-supply-line-xz2019-1', sec: 'water', re: at(WL.links, '新增南水北调鄢陵县供水工程至引黄调蓄池供水线路工程', '鄢陵县'),
    category: 'water_project', status: 'planned' },
  { id: 'water-yingru-main-canal-restoration-xz2019-1', sec: 'water', re: at(WL.restore, '颍汝总干渠生态修复工程'),
    category: 'water_project', status: 'planned' },
  { id: 'water-central-rivers-restoration-xz2019-1', sec: 'water', re: at(WL.restore, '中心城区河湖水系生态修复工程'),
    category: 'water_project', status: 'planned', note: CENTRAL_SITE },
  { id: 'water-changge-shiliang-river-xz2019-1', sec: 'water', re: at(WL.small, '长葛市石梁河', '长葛市'),
    name: '长葛市石梁河重点中小河流治理工程', category: 'water_project', status: 'planned', note: COMPOSED_SMALL },
  { id: 'water-yanling-shuangji-river-xz2019-1', sec: 'water', re: at(WL.small, '鄢陵县双洎河', '鄢陵县'),
    name: '鄢陵县双洎河重点中小河流治理工程', category: 'water_project', status: 'planned', note: COMPOSED_SMALL },
  { id: 'water-dachen-sluice-reinforcement-xz2019-1', sec: 'water', re: at(WL.sluices, '大陈闸'),
    name: '大陈闸除险加固工程', area: '襄城县', category: 'water_project', status: 'upgrading',
    note: `${COMPOSED_SLUICE}; county from 襄城县大陈闸扩容工程 earlier in the text (this sentence prints none); ` +
      'status upgrading: 除险加固 of an existing sluice' },
  { id: 'water-huaxing-sluice-reinforcement-xz2019-1', sec: 'water', re: at(WL.sluices, '化行闸'),
    name: '化行闸除险加固工程', category: 'water_project', status: 'upgrading',
    note: `${COMPOSED_SLUICE}; status upgrading: 除险加固 of an existing sluice` },
];

// contexts in the plans of 许政〔2019〕3号, verbatim
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

/** Parks, clusters, towns and bases named in the 9 plans of 许政〔2019〕3号 and the company of 许政办〔2019〕2号. */
const INDUSTRY_SITES: SiteSpec[] = [
  // 智能电力装备
  { id: 'park-zhongyuan-electric-valley-xz2019-3', sec: 'power', re: at(IL.powerFocus, '中原电气谷核心区'),
    category: 'industrial_park', status: 'existing' },
  { id: 'park-jinian-hitech-xz2019-3', sec: 'power', re: /将(?<n>纪年高新技术产业园区)打造成中国电力三次装备和建筑电气特色园区/,
    category: 'industrial_park', status: 'existing' },
  { id: 'park-weidu-cluster-xz2019-3', sec: 'power', re: at(IL.powerFocus, '魏都产业集聚区', '魏都'),
    category: 'industrial_park', status: 'existing' },
  { id: 'base-xiangcheng-wind-solar-storage-xz2019-3', sec: 'power', re: at(IL.testBase, '襄城县风光储研究基地', '襄城县'),
    category: 'research_base', status: 'planned', note: 'status planned: listed under 重点建设一试验基地' },
  // 新能源及网联汽车
  { id: 'park-changge-cluster-xz2019-3', sec: 'nev', re: at(IL.cluster, '长葛市产业集聚区', '长葛市'),
    category: 'industrial_park', status: 'existing' },
  { id: 'park-changge-huanghe-xz2019-3', sec: 'nev', re: at(IL.battery, '长葛黄河工业园', '长葛'),
    category: 'industrial_park', status: 'existing' },
  { id: 'park-sfq-power-battery-xz2019-3', sec: 'nev', re: at(IL.battery, '示范区动力电池产业园', '示范区'),
    category: 'industrial_park', status: 'existing' },
  { id: 'park-yanling-smart-info-xz2019-3', sec: 'nev', re: at('重点加快鄢陵智慧信息产业园建设，积极推进入驻项目', '鄢陵智慧信息产业园', '鄢陵'),
    category: 'industrial_park', status: 'existing', note: 'status existing: projects are moving in (积极推进入驻项目)' },
  { id: 'park-senyuan-ev-xz2019-3', sec: 'nev', re: at('以森源电动汽车产业园为依托', '森源电动汽车产业园'),
    category: 'industrial_park', status: 'existing' },
  // 节能环保
  { id: 'park-jkq-cluster-xz2019-3', sec: 'envequip',
    re: at('支持长葛市、经济技术开发区等县（市、区），依托长葛市产业集聚区、许昌经济技术产业集聚区', '许昌经济技术产业集聚区'),
    area: '经济技术开发区', category: 'industrial_park', status: 'existing',
    note: 'zone: the sentence pairs 经济技术开发区 with 许昌经济技术产业集聚区; also named 经济技术产业集聚区 in the biotech plan' },
  { id: 'park-zhongyuan-silicon-xz2019-3', sec: 'envequip',
    re: /支持(?<a>襄城县)依托高纯度硅烷气龙头企业[^。]*?着力打造国际一流的(?<n>中原硅材料产业园)/,
    category: 'industrial_park', status: 'planned' },
  { id: 'park-zhongyuan-elevator-xz2019-3', sec: 'envequip',
    re: /重点支持(?<a>经济技术开发区)依托电梯制造龙头企业[^。]*?加快(?<n>中原电梯产业园)内重点项目建设/,
    category: 'industrial_park', status: 'existing' },
  { id: 'park-yuzhou-huanjia-circular-xz2019-3', sec: 'envequip', re: at('加快静脉产业园、禹州环嘉循环经济产业园等园区建设', '禹州环嘉循环经济产业园', '禹州'),
    category: 'industrial_park', status: 'planned' },
  { id: 'park-dazhou-recycled-metal-xz2019-3', sec: 'envequip', re: at('支持长葛市依托大周再生金属循环产业集聚区', '大周再生金属循环产业集聚区', '长葛市'),
    category: 'industrial_park', status: 'existing', town: '大周',
    note: 'also named 大周产业集聚区 (recycled-metal plan: 主要集中在长葛市大周产业集聚区); town: named after 大周 (printed without 镇)' },
  // 高纯硅材料
  { id: 'park-xiangcheng-circular-cluster-xz2019-3', sec: 'silicon', re: at(IL.silicon, '襄城县循环经济产业集聚区', '襄城县'),
    category: 'industrial_park', status: 'existing' },
  { id: 'park-xiangcheng-cluster-xz2019-3', sec: 'silicon', re: at(IL.silicon, '襄城县产业集聚区', '襄城县'),
    category: 'industrial_park', status: 'existing' },
  // 再生金属及制品
  { id: 'park-sino-german-sme-xz2019-3', sec: 'metal', re: at('以中德（许昌）中小企业合作区为抓手', '中德（许昌）中小企业合作区'),
    category: 'industrial_park', status: 'existing' },
  { id: 'park-sino-eu-recycled-metal-city-xz2019-3', sec: 'metal',
    re: at('以中德（许昌）中小企业合作区为抓手，加快编制中欧（德）再生金属生态城总体规划', '中欧（德）再生金属生态城'),
    category: 'industrial_park', status: 'planned', note: 'the task\'s 责任单位 names 长葛市政府 as the only local government' },
  { id: 'market-changge-dazhou-recycled-metal-xz2019-3', sec: 'metal', re: at('建设长葛大周再生金属回收交易市场', '长葛大周再生金属回收交易市场', '长葛'),
    category: 'market', status: 'planned', town: '大周', note: 'town: named after 大周 (printed without 镇)' },
  // 5G
  { id: 'town-5g-ubiquitous-xz2019-3', sec: 'fiveg', re: at(IL.fiveg, '5G 泛在小镇', '城乡一体化示范区'),
    category: 'characteristic_town', status: 'planned' },
  { id: 'base-bupt-network-lab-xz2019-3', sec: 'fiveg', re: at(IL.fiveg, '网络与交换技术国家重点实验室（北邮）许昌基地', '城乡一体化示范区'),
    category: 'research_base', status: 'existing' },
  { id: 'park-xuchang-smart-info-xz2019-3', sec: 'fiveg', re: at(IL.fiveg, '许昌市智慧信息产业园', '城乡一体化示范区'),
    category: 'industrial_park', status: 'existing' },
  { id: 'town-yingyun-iot-xz2019-3', sec: 'fiveg', re: at(IL.iot, '颍云物联网小镇', '禹州市'),
    category: 'characteristic_town', status: 'planned' },
  { id: 'node-cetc-iot-zhongyuan-xz2019-3', sec: 'fiveg', re: at(`${IL.iot}，成功入选`, '中国电科国家级物联网基础设施中原节点', '禹州市'),
    category: 'digital_infrastructure', status: 'existing', note: 'status existing: already selected as a 2018 demonstration project (成功入选)' },
  { id: 'campus-intl-engineers-university-city-xz2019-3', sec: 'fiveg', re: /(?<y>\d{4})\s*年，完善(?<n>国际工程师大学城)项目/,
    category: 'education_campus', status: 'planned', note: 'year: 2021 年，完善国际工程师大学城项目' },
  { id: 'park-sino-eu-sci-tech-xz2019-3', sec: 'fiveg', re: at('联合编制国际工程师大学城、中欧科技产业园的工作计划', '中欧科技产业园'),
    category: 'industrial_park', status: 'planned' },
  { id: 'zone-yanling-health-eldercare-xz2019-3', sec: 'fiveg',
    re: at('结合禹州市中医药产业及鄢陵县国家级健康养老示范区资源', '鄢陵县国家级健康养老示范区', '鄢陵县'),
    category: 'demonstration_zone', status: 'existing' },
  // 现代生物和生命健康
  { id: 'park-jianan-fine-chemical-xz2019-3', sec: 'bio', re: at(IL.bio, '建安区精细化工园区', '建安区'),
    category: 'industrial_park', status: 'existing' },
  { id: 'park-yuzhou-cluster-xz2019-3', sec: 'bio', re: at(IL.bio, '禹州市产业集聚区', '禹州市'),
    category: 'industrial_park', status: 'existing' },
  { id: 'base-yuzhou-tcm-seedling-xz2019-3', sec: 'bio', re: at('支持禹州建设河南省中药材种子种苗繁育中心', '河南省中药材种子种苗繁育中心', '禹州'),
    category: 'research_base', status: 'planned' },
  // 工业机器人 (the AI plan names the same park: 经济技术开发区工业机器人及智能装备产业园)
  { id: 'park-jkq-robot-xz2019-3', sec: 'robot', re: at('依托许昌市开发区工业机器人及智能装备产业园', '许昌市开发区工业机器人及智能装备产业园', '开发区'),
    category: 'industrial_park', status: 'existing', note: 'also named 经济技术开发区工业机器人及智能装备产业园 in the AI plan' },
  // 市建投公司
  { id: 'ent-xuchang-construction-investment-xzb2019-2', sec: 'jiantou',
    re: /加快(?<n>(?<a>许昌市)建\s*设投资有限责任公司)（以下简称公司）/,
    category: 'enterprise', status: 'existing', note: 'city-owned company (市属国有独资公司)' },
];

/** Other mentions of a merged site that must still be in the text (else a note above would be stale). */
const ALSO_NAMED: { sec: SectionKey; re: RegExp; what: string }[] = [
  { sec: 'metal', re: /主要集中在长葛市大周产业集聚区/, what: '大周产业集聚区 in the recycled-metal plan' },
  { sec: 'bio', re: /禹州市产业集聚区、经济技术产业集聚区等/, what: '经济技术产业集聚区 in the biotech plan' },
  { sec: 'ai', re: /加快经济技术开发区工业机器人及智能装备产业园建设/, what: 'the robot park in the AI plan' },
  { sec: 'water', re: /襄城县大陈闸扩容工程/, what: 'the county of 大陈闸' },
];

// ---------------------------------------------------------------------------------------------------------------
// 2019 Q1 construction starts ("2019 年一季度开工项目 N 个" + the list + the 责任单位 cell), the last annex row

/** How each plan separates its project list (names themselves contain 、 where the separator is ，). */
const Q1_SEPARATOR: Record<string, '，' | '、'> = {
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

export interface Q1Row {
  plan: SectionKey;
  count: string;
  countLine: number;
  countQuote: string;
  year: number;
  items: { name: string; printed: string; at: number }[];
  /** local governments named in the 责任单位 cell (printed unit, area) */
  localGovs: { unit: string; area: Area }[];
}

function parseQ1(flat: Flat, plan: SectionKey): Q1Row {
  const m = matchOnce(flat.text,
    /(?<cq>(?<y>\d{4})\s*年\s*一\s*季\s*度\s*开\s*工\s*项\s*目\s*(?<n>\d+)\s*个)(?<list>[^。]+)。(?<resp>[^]*)$/,
    `${SEED000}: ${plan}: 2019 Q1 projects`);
  const [ns] = span(m, 'n', plan);
  const [ls] = span(m, 'list', plan);
  const sep = Q1_SEPARATOR[plan];
  const items: Q1Row['items'] = [];
  let at = ls;
  for (const part of m.groups!.list.split(sep)) {
    const lead = part.length - part.trimStart().length;
    items.push({ name: squash(part), printed: part.trim(), at: at + lead });
    at += part.length + sep.length;
  }
  if (items.some((i) => !i.name)) throw new Error(`${SEED000}: ${plan}: empty item in the 2019 Q1 project list`);
  const localGovs: Q1Row['localGovs'] = [];
  for (const unit of squash(m.groups!.resp).split(/[、，,]/)) {
    const g = /^(.+?)(政府|管委会)$/.exec(unit);
    if (!g) continue; // a 市 department, a company or a university: not an area
    localGovs.push({ unit, area: resolveArea(g[1]) }); // an unknown county throws
  }
  if (!localGovs.length) throw new Error(`${SEED000}: ${plan}: the 责任单位 cell of the 2019 Q1 projects names no local government`);
  const countLine = flat.lineAt(ns);
  return {
    plan, count: m.groups!.n, countLine, countQuote: m.groups!.cq,
    year: Number(m.groups!.y), items, localGovs,
  };
}

/** A county/zone at the start of a project name (鄢陵建业…, 长葛市宇龙…); the city (许昌…) does not count. */
function countyPrefix(name: string): Area | undefined {
  for (let k = Math.min(9, name.length); k >= 2; k--) {
    const a = tryResolveArea(name.slice(0, k));
    if (a && a.code !== CITY.code) return a;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------

export function extractSeed000(seeds: SeedSet): ExtractResult {
  const seed = seeds.get(SEED000);
  if (!seed) throw new Error(`seed ${SEED000} missing`);
  const layout = locateSeed000(seed);
  const flats = new Map<SectionKey, Flat>();
  const flatOf = (k: SectionKey) => {
    let f = flats.get(k);
    if (!f) {
      f = flatten(seed, layout.sections[k].from, layout.sections[k].to);
      flats.set(k, f);
    }
    return f;
  };
  const indicators: IndicatorRow[] = [];
  const places: PlaceDraft[] = [];
  const checks: CheckRow[] = [];

  // --- figures
  for (const f of FIGURES) {
    const flat = flatOf(f.sec);
    // the text searched: the whole section, or the scope (paragraph / sentence) found once in it
    let base = 0;
    let text = flat.text;
    let yearNote = '';
    let year: number;
    if (f.scope) {
      const sc = SCOPES[f.scope];
      if (sc.sec !== f.sec) throw new Error(`${f.key}: scope ${f.scope} is in section ${sc.sec}, not ${f.sec}`);
      const sm = matchOnce(flat.text, sc.re, `${SEED000}: scope ${f.scope}`);
      base = sm.index;
      text = sm[0];
      year = Number(sm.groups!.y);
      yearNote = `year ${year}: the ${sc.what} opens with ${squash(sm.groups!.yp)} (line ${flat.lineAt(span(sm, 'y', f.scope)[0])}); ` +
        'the quoted clause prints no year';
    }
    const m = matchOnce(text, f.re, `${SEED000}: ${f.key}`);
    if (!f.scope) year = Number(text.slice(...span(m, 'y', f.key)));
    if (f.scope && m.groups?.y) throw new Error(`${f.key}: a scoped figure prints its own year; drop the scope`);
    const quote = m[0];
    for (const v of f.vals) {
      const [vs, ve] = span(m, v.g, f.key).map((x) => x + base);
      const printed = flat.text.slice(vs, ve);
      const value = normaliseNumber(printed);
      if (value === null) throw new Error(`${f.key}: "${printed}" is not a number`);
      const line = flat.lineAt(vs);
      if (flat.lineAt(ve - 1) !== line) throw new Error(`${f.key}: value "${printed}" runs over a line break`);
      const def = DEF_BY_ID.get(v.id);
      if (!def) throw new Error(`${f.key}: no definition for ${v.id}`);
      if (v.qual && !quote.includes(v.qual)) throw new Error(`${f.key}: qualifier ${v.qual} not in "${quote}"`);
      if (!quoteContainsValue(quote, value)) throw new Error(`${f.key}: quote lacks ${value}: ${quote}`);
      const area = resolveArea(v.area ?? '许昌市');
      const note = [v.qual ? QUAL_NOTE[v.qual] : '', yearNote, v.note ?? ''].filter(Boolean).join('; ');
      indicators.push({
        indicator: v.id, area_code: area.code, area: area.name_zh, year: year!, value, unit: v.unit ?? def.unit, kind: v.kind,
        doc: DOC_OF_SECTION[f.sec], ...cite(seed, line, quote), note, place_id: v.place ?? '',
      });
    }
  }

  // --- named sites
  for (const s of [...WATER_SITES, ...INDUSTRY_SITES]) {
    const flat = flatOf(s.sec);
    const m = matchOnce(flat.text, s.re, `${SEED000}: ${s.id}`);
    const [ns, ne] = span(m, 'n', s.id);
    const quote = m[0];
    const printedName = squash(flat.text.slice(ns, ne));
    let area: Area = CITY;
    const notes: string[] = [];
    if (m.groups?.a) {
      area = resolveArea(m.groups.a);
    } else if (s.area) {
      area = resolveArea(s.area);
      if (!squash(quote).includes(s.area) && !s.note) throw new Error(`${s.id}: area ${s.area} neither in the quote nor explained`);
    } else {
      notes.push(CITYWIDE);
    }
    if (s.note) notes.push(s.note);
    const year: number | '' = m.groups?.y ? Number(m.groups.y) : '';
    const draft: PlaceDraft = {
      place_id: s.id, name: s.name ?? printedName, category: s.category, area_code: area.code, area: area.name_zh,
      year, status: s.status, doc: DOC_OF_SECTION[s.sec], ...cite(seed, flat.lineAt(ns), quote), note: notes.join('; '),
    };
    if (s.town) draft.town = s.town;
    places.push(draft);
  }
  for (const a of ALSO_NAMED) matchOnce(flatOf(a.sec).text, a.re, `${SEED000}: ${a.what}`);

  // --- 2019 Q1 construction starts of the 9 plans
  const usedProjects = new Set<string>();
  for (const p of PLANS) {
    const flat = flatOf(p.key);
    const r = parseQ1(flat, p.key);
    const id = `${p.slug}_q1_project_starts`;
    const value = normaliseNumber(r.count)!;
    indicators.push({
      indicator: id, area_code: CITY.code, area: CITY.name_zh, year: r.year, value, unit: DEF_BY_ID.get(id)!.unit, kind: 'plan',
      doc: DOC_OF_SECTION[p.key], ...cite(seed, r.countLine, r.countQuote),
      note: `the plan's whole list, city-wide; local governments in its 责任单位 cell: ${r.localGovs.map((g) => g.area.name_zh).join('、')}`,
      place_id: '',
    });
    const found = String(r.items.length);
    checks.push({
      check: `seed000_${p.slug}_q1_projects_vs_list`, doc: DOC_OF_SECTION[p.key], seed: seed.name, line: r.countLine,
      expected: value, found,
      note: found === value
        ? `ok: the annex of ${p.title} lists ${found} project(s) next to "${squash(r.countQuote)}"`
        : `${p.title}: the annex says ${value} projects start in 2019 Q1 but lists ${found}: ${r.items.map((i) => i.name).join(' | ')}`,
    });
    const govAreas = [...new Map(r.localGovs.map((g) => [g.area.code, g])).values()];
    for (const it of r.items) {
      const prefix = countyPrefix(it.name);
      if (prefix && !govAreas.some((g) => g.area.code === prefix.code)) {
        throw new Error(`${p.key}: project ${it.name} names ${prefix.name_zh}, which the 责任单位 cell does not list`);
      }
      const area = prefix ?? (govAreas.length === 1 ? govAreas[0].area : undefined);
      if (!area) continue; // several counties responsible and none in the name: the county is not known
      const placeId = Q1_PROJECTS[it.name];
      if (!placeId) throw new Error(`${p.key}: 2019 Q1 project "${it.name}" (${area.name_zh}) has no id in Q1_PROJECTS`);
      usedProjects.add(it.name);
      const line = flat.lineAt(it.at);
      places.push({
        place_id: placeId, name: it.name, category: 'industrial_project', area_code: area.code, area: area.name_zh,
        year: r.year, status: 'planned', doc: DOC_OF_SECTION[p.key], ...cite(seed, line, it.printed),
        note: (prefix ? 'county from the project name' :
          `county: ${govAreas[0].unit} is the only local government in the 责任单位 cell of the plan's 2019 Q1 projects`) +
          `; listed among the ${r.year} Q1 construction starts (${r.year} 年一季度开工项目)`,
      });
    }
  }
  for (const name of Object.keys(Q1_PROJECTS)) {
    if (!usedProjects.has(name)) throw new Error(`Q1_PROJECTS: "${name}" not found among the 2019 Q1 projects`);
  }

  // --- the silicon plan's annex restates the 2021 target without a year
  {
    const flat = flatOf('silicon');
    const m = matchOnce(flat.text, /研发平台建立\s*(?<v>\d+)\s*家国家级企业技术中心或工程技术研究中心，1—2\s*家省级/, `${SEED000}: silicon annex task 4`);
    const [vs] = span(m, 'v', 'silicon annex');
    const text = indicators.find((r) => r.indicator === 'silicon_material_national_rd_centres')!;
    const annex = normaliseNumber(m.groups!.v)!;
    checks.push({
      check: 'seed000_silicon_rd_centres_annex_vs_text', doc: DOC_OF_SECTION.silicon, seed: seed.name, line: text.line,
      expected: text.value, found: annex,
      note: annex === text.value
        ? `ok: annex task 4 (line ${flat.lineAt(vs)}) restates 建立 ${annex} 家国家级企业技术中心或工程技术研究中心 (without the year)`
        : `the text (到${text.year}年) says ${text.value}, annex task 4 (line ${flat.lineAt(vs)}) says ${annex}`,
    });
  }

  indicators.sort((a, b) =>
    a.indicator.localeCompare(b.indicator) || a.year - b.year || a.line - b.line || a.area_code.localeCompare(b.area_code) ||
    a.place_id.localeCompare(b.place_id));
  places.sort((a, b) => a.line - b.line || a.place_id.localeCompare(b.place_id));
  checks.sort((a, b) => a.check.localeCompare(b.check));
  const ids = new Set<string>();
  for (const p of places) {
    if (ids.has(p.place_id)) throw new Error(`place_id ${p.place_id} emitted twice`);
    ids.add(p.place_id);
  }
  for (const r of indicators) if (r.place_id && !ids.has(r.place_id)) throw new Error(`${r.indicator}: unknown place ${r.place_id}`);
  const used = new Set(indicators.map((r) => r.indicator));
  return { indicators, places, checks, defs: DEFS.filter((d) => used.has(d.id)) };
}
