/**
 * Seed 001 (许昌市人民政府公报 2023 年第 4 期), second part: 许政〔2023〕16号 … 25号 and 许政办〔2023〕11号 … 14号,
 * 16号 (许政办〔2023〕15号, fire protection, and everything before 许政〔2023〕16号 are other extractors').
 *
 * - 许政〔2023〕16号 (6th batch of intangible heritage items): the 52 items (2023); the annex categories are checks only
 *   (the items are practices, not sites, and no per-county count is printed).
 * - 许政〔2023〕17号 (2022 manufacturing awards): per-county counts and amounts as printed in the decision; the annex
 *   enterprises as places (category enterprise) with their award amount; text vs annex headings vs rows as checks.
 * - 许政〔2023〕18号 (2022 S&T innovation awards): city totals and the five section totals of the decision; the annex units
 *   as places (award_unit) with one amount row per printed row (0 = repeated award); 市直 (not an area) → 411000 with a
 *   note; 通报表扬 rows (no money) are not places; section 4 (project prizes, abbreviated units, no area) is a check only.
 * - 许政〔2023〕19号 / 20号: the counts of persons named (2023), checked against the annex lists.
 * - 许政〔2023〕23号: roads named (city and per area headings, 2023) and the four roads as places.
 * - 许政〔2023〕24号: Mayor Quality Award 2021－2022 counts and the five enterprises with their amounts (no county printed).
 * - 许政〔2023〕25号: 50 battery-swap stations planned in the 14th FYP (→ 2025).
 * - 许政办〔2023〕11号: 2022 cluster baseline and the 2025 cluster class targets (十四五末). Enterprise targets of the
 *   cluster sections carry no year and are left out.
 * - 许政办〔2023〕14号 / 16号: the 2025 targets of the plans' goal sections (year inferred where a clause prints none).
 * - 许政〔2023〕21号, 22号, 许政办〔2023〕12号, 13号: policy parameters / procedures only, nothing emitted.
 *
 * Every figure is found by a regex that must match exactly once inside its document; tables and award lists are
 * parsed structurally and throw on anything unexpected. A seed change that breaks a match throws.
 */
import type { CheckRow, ExtractResult, IndicatorDef, IndicatorRow, Kind, PlaceDraft, Topic } from '../lib/types.ts';
import type { Seed, SeedSet } from '../lib/seeds.ts';
import { decimalSum, normaliseNumber, quoteContainsValue } from '../lib/numbers.ts';
import { resolveArea, type Area } from '../lib/areas.ts';
import { cite, flatten, joinLines, matchAll, matchOnce, type Flat } from '../lib/quote.ts';
import { numberedDocuments, type NumberedDoc } from '../segment.ts';

export const SEED001 = '001_a0efda9bb81cc2fd.txt';
const CITY = resolveArea('许昌市');

// ---------------------------------------------------------------------------------------------------------------
// Document layout

/** The documents this extractor reads, in printed order. */
export const DOCS = [
  '许政〔2023〕16号', '许政〔2023〕17号', '许政〔2023〕18号', '许政〔2023〕19号', '许政〔2023〕20号', '许政〔2023〕21号',
  '许政〔2023〕22号', '许政〔2023〕23号', '许政〔2023〕24号', '许政〔2023〕25号',
  '许政办〔2023〕11号', '许政办〔2023〕12号', '许政办〔2023〕13号', '许政办〔2023〕14号', '许政办〔2023〕16号',
] as const;
export type DocId = (typeof DOCS)[number];

/** The documents of DOCS, each from its number line to its last line (numberedDocuments). */
export function locateSeed001b(seed: Seed): Map<string, NumberedDoc> {
  const all = new Map(numberedDocuments(seed).map((d) => [d.doc, d]));
  const out = new Map<string, NumberedDoc>();
  for (const d of DOCS) {
    const r = all.get(d);
    if (!r) throw new Error(`${seed.name}: document ${d} not found`);
    out.set(d, r);
  }
  return out;
}

function num(printed: string, what: string): string {
  const v = normaliseNumber(printed);
  if (v === null) throw new Error(`${SEED001}: ${what}: "${printed}" is not a number`);
  return v;
}

const isBlank = (s: string) => s.trim() === '';

// ---------------------------------------------------------------------------------------------------------------
// Indicator definitions

const D = (id: string, topic: Topic, name_zh: string, name_en: string, unit: string, description: string): IndicatorDef =>
  ({ id, topic, name_zh, name_en, unit, description });

const DEFS: IndicatorDef[] = [
  D('intangible_heritage_items_listed', 'culture', '市级非物质文化遗产代表性项目公布数', 'Municipal intangible cultural heritage items listed', '项',
    'Items in a batch of the municipal list of representative intangible cultural heritage items (许昌市市级非物质文化遗产代表性项目名录), ' +
    'by the year the batch was published (actual). 许政〔2023〕16号: the 6th batch, 2023.'),
  D('mfg_hq_award_enterprises', 'industry', '制造业高质量发展突出贡献奖励企业数',
    'Enterprises rewarded for outstanding contributions to high-quality manufacturing development', '家',
    'Number of enterprises rewarded by the city for the award year (许政〔2023〕17号: 2022 年度, decided 2023-04-24), per county as printed ' +
    'in the decision and the annex section headings (actual).'),
  D('mfg_hq_award_amount', 'industry', '制造业高质量发展突出贡献奖励资金', 'Reward money for outstanding contributions to high-quality manufacturing development', '万元',
    'Reward money granted by the city for the award year (许政〔2023〕17号: 2022 年度). Rows with place_id: the amount granted to one ' +
    'enterprise (annex list); rows without: the county total as printed (actual).'),
  D('sci_award_units', 'science', '科技创新突出贡献奖励单位数', 'Units rewarded for outstanding contributions to S&T innovation', '家',
    'Number of units the city rewards for their contribution to science and technology innovation in the award year ' +
    '(许政〔2023〕18号: 2022 年度, decided 2023-04-24), city-wide as printed in the decision (actual).'),
  D('sci_award_amount', 'science', '科技创新奖励资金', 'S&T innovation reward money', '万元',
    'Reward money granted for the award year (许政〔2023〕18号: 2022 年度), city-wide total as printed in the decision (actual). ' +
    'The per-section ids sci_award_<section>_amount carry the section totals and the amount per unit.'),
  D('sci_award_entity_units', 'science', '科技创新奖励单位数（创新主体培育）', 'Units rewarded for S&T innovation: innovation entities (high-tech enterprises, green-tech demonstration firms)', '家',
    'Units rewarded in the section 创新主体培育 of the 2022 S&T innovation awards (许政〔2023〕18号), city-wide as printed in the decision (actual).'),
  D('sci_award_entity_amount', 'science', '科技创新奖励资金（创新主体培育）', 'S&T innovation reward money: innovation entities (high-tech enterprises, green-tech demonstration firms)', '万元',
    'Reward money of the section 创新主体培育 of the 2022 S&T innovation awards (许政〔2023〕18号; actual). Rows without place_id: the ' +
    'section total printed in the decision; rows with place_id: the amount printed for one unit in the annex (0 = a repeated ' +
    'award, not paid again; a unit may have several rows, one per award item).'),
  D('sci_award_carrier_units', 'science', '科技创新奖励单位数（创新载体建设）', 'Units rewarded for S&T innovation: innovation carriers (incubators, pilot bases, workstations, maker spaces)', '家',
    'Units rewarded in the section 创新载体建设 of the 2022 S&T innovation awards (许政〔2023〕18号), city-wide as printed in the decision (actual).'),
  D('sci_award_carrier_amount', 'science', '科技创新奖励资金（创新载体建设）', 'S&T innovation reward money: innovation carriers (incubators, pilot bases, workstations, maker spaces)', '万元',
    'Reward money of the section 创新载体建设 of the 2022 S&T innovation awards (许政〔2023〕18号; actual). Rows without place_id: the ' +
    'section total printed in the decision; rows with place_id: the amount printed for one unit in the annex (0 = a repeated ' +
    'award, not paid again; a unit may have several rows, one per award item).'),
  D('sci_award_platform_units', 'science', '科技创新奖励单位数（创新平台建设）', 'Units rewarded for S&T innovation: innovation platforms (engineering and technology centres, key laboratories)', '家',
    'Units rewarded in the section 创新平台建设 of the 2022 S&T innovation awards (许政〔2023〕18号), city-wide as printed in the decision (actual).'),
  D('sci_award_platform_amount', 'science', '科技创新奖励资金（创新平台建设）', 'S&T innovation reward money: innovation platforms (engineering and technology centres, key laboratories)', '万元',
    'Reward money of the section 创新平台建设 of the 2022 S&T innovation awards (许政〔2023〕18号; actual). Rows without place_id: the ' +
    'section total printed in the decision; rows with place_id: the amount printed for one unit in the annex (0 = a repeated ' +
    'award, not paid again; a unit may have several rows, one per award item).'),
  D('sci_award_achievement_units', 'science', '科技创新奖励单位数（创新成果）', 'Units rewarded for S&T innovation: innovation achievements (Henan S&T prizes)', '家',
    'Units rewarded in the section 创新成果 of the 2022 S&T innovation awards (许政〔2023〕18号), city-wide as printed in the decision (actual).'),
  D('sci_award_achievement_amount', 'science', '科技创新奖励资金（创新成果）', 'S&T innovation reward money: innovation achievements (Henan S&T prizes)', '万元',
    'Reward money of the section 创新成果 of the 2022 S&T innovation awards (许政〔2023〕18号; actual). Rows without place_id: the ' +
    'section total printed in the decision; rows with place_id: the amount printed for one unit in the annex (0 = a repeated ' +
    'award, not paid again; a unit may have several rows, one per award item).'),
  D('sci_award_ip_units', 'science', '科技创新奖励单位数（知识产权）', 'Units rewarded for S&T innovation: intellectual property (IP demonstration enterprises)', '家',
    'Units rewarded in the section 知识产权 of the 2022 S&T innovation awards (许政〔2023〕18号), city-wide as printed in the decision (actual).'),
  D('sci_award_ip_amount', 'science', '科技创新奖励资金（知识产权）', 'S&T innovation reward money: intellectual property (IP demonstration enterprises)', '万元',
    'Reward money of the section 知识产权 of the 2022 S&T innovation awards (许政〔2023〕18号; actual). Rows without place_id: the ' +
    'section total printed in the decision; rows with place_id: the amount printed for one unit in the annex (0 = a repeated ' +
    'award, not paid again; a unit may have several rows, one per award item).'),
  // --- 许政〔2023〕19号 / 20号
  D('govt_special_allowance_experts_named', 'science', '享受许昌市政府特殊津贴人员公布数', 'Experts granted the Xuchang government special allowance', '人',
    'Persons named in a batch of experts granted the Xuchang government special allowance (许政〔2023〕19号: 4th batch), by the year ' +
    'the batch was published (actual).'),
  D('academic_technical_leaders_named', 'science', '许昌市优秀学术技术带头人命名数', 'Outstanding academic and technical leaders named', '人',
    'Persons named 许昌市优秀学术技术带头人 in a batch (许政〔2023〕20号: 11th batch), by the year the batch was published (actual).'),
  // --- 许政〔2023〕23号
  D('roads_named', 'transport', '道路命名数', 'Roads named', '条',
    'Roads given an official name by the city government in the year (许政〔2023〕23号, 2023-06-30), city-wide (text) and per area ' +
    '(annex headings) (actual).'),
  // --- 许政〔2023〕24号
  D('mayor_quality_award_enterprises', 'industry', '许昌市市长质量奖获奖企业数', 'Enterprises awarded the Xuchang Mayor Quality Award', '家',
    'Enterprises awarded the Mayor Quality Award for an award period (许政〔2023〕24号: 2021－2022 年度; rows carry 2022, the end of the period).'),
  D('mayor_quality_nomination_award_enterprises', 'industry', '许昌市市长质量提名奖获奖企业数',
    'Enterprises awarded the Xuchang Mayor Quality Nomination Award', '家',
    'Enterprises awarded the Mayor Quality Nomination Award for an award period (许政〔2023〕24号: 2021－2022 年度; rows carry 2022).'),
  D('mayor_quality_award_amount', 'industry', '许昌市市长质量奖（提名奖）奖励资金', 'Mayor Quality Award money per enterprise', '万元',
    'Money granted to one enterprise (place_id) with the Mayor Quality Award (100 万元) or Nomination Award (20 万元), printed as ' +
    '各奖励 (each), 许政〔2023〕24号, award period 2021－2022 (rows carry 2022).'),
  // --- 许政〔2023〕25号
  D('heavy_truck_battery_swap_stations_planned', 'energy', '重卡换电站布局数', 'Heavy-truck battery-swap stations planned', '座',
    'Heavy-truck battery-swap stations the city plans to lay out (重点布局) during the 14th Five-Year Plan (2021–2025); the row ' +
    'carries 2025, the end of that period (plan).'),
  // --- 许政办〔2023〕11号
  D('ten_industry_clusters_revenue', 'industry', '十大产业集群营业收入', 'Revenue of the ten industry clusters', '亿元',
    'Total revenue (营收总规模) of Xuchang\'s ten industry clusters; 2022 is an estimate (据测算…约为), 许政办〔2023〕11号.'),
  D('ten_industry_clusters_share_of_industry_pct', 'industry', '十大产业集群占全市工业比重', 'Ten industry clusters: share of city industry', '%',
    'Share of the ten industry clusters in the city\'s industry, 2022, 许政办〔2023〕11号.'),
  D('cluster_smart_power_equipment_revenue', 'industry', '智能电力装备产业集群营业收入', 'Industry cluster revenue: smart power equipment', '亿元',
    'Revenue of the 智能电力装备 industry cluster (许政办〔2023〕11号). 2025 targets are the class the plan aims at by the end of the 14th ' +
    'Five-Year Plan (力争“十四五”末…N 亿级产业集群): read as a revenue scale of that many 亿元. 2022 values printed with 突破 are floors.'),
  D('cluster_recycled_metal_revenue', 'industry', '再生金属产业集群营业收入', 'Industry cluster revenue: recycled metals', '亿元',
    'Revenue of the 再生金属 industry cluster (许政办〔2023〕11号). 2025 targets are the class the plan aims at by the end of the 14th ' +
    'Five-Year Plan (力争“十四五”末…N 亿级产业集群): read as a revenue scale of that many 亿元. 2022 values printed with 突破 are floors.'),
  D('cluster_silicon_carbon_materials_revenue', 'industry', '硅碳新材料产业集群营业收入', 'Industry cluster revenue: silicon-carbon new materials', '亿元',
    'Revenue of the 硅碳新材料 industry cluster (许政办〔2023〕11号). 2025 targets are the class the plan aims at by the end of the 14th ' +
    'Five-Year Plan (力争“十四五”末…N 亿级产业集群): read as a revenue scale of that many 亿元. 2022 values printed with 突破 are floors.'),
  D('cluster_biomedicine_revenue', 'industry', '生物医药产业集群营业收入', 'Industry cluster revenue: biomedicine', '亿元',
    'Revenue of the 生物医药 industry cluster (许政办〔2023〕11号). 2025 targets are the class the plan aims at by the end of the 14th ' +
    'Five-Year Plan (力争“十四五”末…N 亿级产业集群): read as a revenue scale of that many 亿元. 2022 values printed with 突破 are floors.'),
  D('cluster_nev_and_parts_revenue', 'industry', '新能源汽车及零部件产业集群营业收入', 'Industry cluster revenue: new-energy vehicles and parts', '亿元',
    'Revenue of the 新能源汽车及零部件 industry cluster (许政办〔2023〕11号). 2025 targets are the class the plan aims at by the end of the 14th ' +
    'Five-Year Plan (力争“十四五”末…N 亿级产业集群): read as a revenue scale of that many 亿元. 2022 values printed with 突破 are floors.'),
  D('cluster_hair_products_revenue', 'industry', '发制品产业集群营业收入', 'Industry cluster revenue: hair products', '亿元',
    'Revenue of the 发制品 industry cluster (许政办〔2023〕11号). 2025 targets are the class the plan aims at by the end of the 14th ' +
    'Five-Year Plan (力争“十四五”末…N 亿级产业集群): read as a revenue scale of that many 亿元. 2022 values printed with 突破 are floors.'),
  D('cluster_food_revenue', 'industry', '食品产业集群营业收入', 'Industry cluster revenue: food', '亿元',
    'Revenue of the 食品 industry cluster (许政办〔2023〕11号). 2025 targets are the class the plan aims at by the end of the 14th ' +
    'Five-Year Plan (力争“十四五”末…N 亿级产业集群): read as a revenue scale of that many 亿元. 2022 values printed with 突破 are floors.'),
  D('cluster_superhard_materials_revenue', 'industry', '超硬材料产业集群营业收入', 'Industry cluster revenue: superhard materials', '亿元',
    'Revenue of the 超硬材料 industry cluster (许政办〔2023〕11号). 2025 targets are the class the plan aims at by the end of the 14th ' +
    'Five-Year Plan (力争“十四五”末…N 亿级产业集群): read as a revenue scale of that many 亿元. 2022 values printed with 突破 are floors.'),
  D('cluster_ai_revenue', 'industry', '人工智能产业集群营业收入', 'Industry cluster revenue: artificial intelligence', '亿元',
    'Revenue of the 人工智能 industry cluster (许政办〔2023〕11号). 2025 targets are the class the plan aims at by the end of the 14th ' +
    'Five-Year Plan (力争“十四五”末…N 亿级产业集群): read as a revenue scale of that many 亿元. 2022 values printed with 突破 are floors.'),
  D('cluster_elevator_revenue', 'industry', '电梯产业集群营业收入', 'Industry cluster revenue: elevators', '亿元',
    'Revenue of the 电梯 industry cluster (许政办〔2023〕11号). 2025 targets are the class the plan aims at by the end of the 14th ' +
    'Five-Year Plan (力争“十四五”末…N 亿级产业集群): read as a revenue scale of that many 亿元. 2022 values printed with 突破 are floors.'),
  // --- 许政办〔2023〕14号 (2025 targets of （二）发展目标)
  D('central_urban_public_transport_motorised_share_pct', 'transport', '中心城区公共交通机动化出行分担率', 'Public transport share of motorised trips, central urban area', '%',
    '2025 target of 许政办〔2023〕14号 (城市公共交通高质量发展实施方案): floor (达到…以上); 中心城区 has no boundary of its own, rows carry 411000.'),
  D('county_public_transport_motorised_share_pct', 'transport', '县（市、区）公共交通机动化出行分担率', 'Public transport share of motorised trips, each county', '%',
    '2025 target of 许政办〔2023〕14号 (城市公共交通高质量发展实施方案): floor (不低于) each county (市、区) must reach; one 411000 row, a standard for every county, not an average.'),
  D('urban_green_travel_share_pct', 'transport', '城市绿色出行比例', 'Green travel share', '%',
    '2025 target of 许政办〔2023〕14号 (城市公共交通高质量发展实施方案): floor (不低于).'),
  D('central_urban_bus_stop_500m_coverage_pct', 'transport', '中心城区公共交通站点500米覆盖率', 'Public transport stop 500 m coverage, central urban area', '%',
    '2025 target of 许政办〔2023〕14号 (城市公共交通高质量发展实施方案): to reach (达到).'),
  D('bay_bus_stop_share_new_trunk_roads_pct', 'transport', '新建或改扩建城市主干道港湾式公交停靠站设置比例', 'Bay-type bus stops on new or rebuilt trunk roads', '%',
    '2025 target of 许政办〔2023〕14号 (城市公共交通高质量发展实施方案): to reach (达到).'),
  D('bus_depot_entry_rate_pct', 'transport', '城市公共汽电车进场率', 'Buses and trolleybuses parked in depots (进场率)', '%',
    '2025 target of 许政办〔2023〕14号 (城市公共交通高质量发展实施方案): to reach (达到).'),
  D('new_accessible_bus_platform_share_pct', 'transport', '新增无障碍城市公交站台设置比例', 'Share of new bus platforms that are barrier-free', '%',
    '2025 target of 许政办〔2023〕14号 (城市公共交通高质量发展实施方案): floor (达到…以上).'),
  D('bus_lane_share_pct', 'transport', '公交专用车道设置比率', 'Bus lane provision rate', '%',
    '2025 target of 许政办〔2023〕14号 (城市公共交通高质量发展实施方案): floor (达到…以上).'),
  D('new_energy_share_new_buses_pct', 'transport', '新增和更新新能源城市公交车比例', 'New-energy share of new and replaced buses', '%',
    '2025 target of 许政办〔2023〕14号 (城市公共交通高质量发展实施方案): to reach (达到), excluding emergency rescue vehicles.'),
  D('low_floor_share_new_buses_pct', 'transport', '新增和更新低地板及低入口城市公交车比例', 'Low-floor and low-entry share of new and replaced buses', '%',
    '2025 target of 许政办〔2023〕14号 (城市公共交通高质量发展实施方案): floor (不低于).'),
  D('bus_video_surveillance_rate_pct', 'transport', '城市公交车载智能视频监控系统安装率', 'Buses with on-board smart video surveillance', '%',
    '2025 target of 许政办〔2023〕14号 (城市公共交通高质量发展实施方案): to reach (达到).'),
  D('peak_bus_operating_speed_kmh', 'transport', '早晚高峰城市公共汽电车平均运营时速', 'Average bus operating speed at morning and evening peaks', '公里/小时',
    '2025 target of 许政办〔2023〕14号 (城市公共交通高质量发展实施方案): floor (达到…以上).'),
  D('bus_departure_punctuality_pct', 'transport', '发车正点率', 'Bus departure punctuality', '%',
    '2025 target of 许政办〔2023〕14号 (城市公共交通高质量发展实施方案): floor (不低于).'),
  D('bus_realtime_arrival_info_coverage_pct', 'transport', '来车信息实时预报覆盖率', 'Real-time bus arrival information coverage', '%',
    '2025 target of 许政办〔2023〕14号 (城市公共交通高质量发展实施方案): to reach (达到).'),
  D('bus_cashless_payment_share_pct', 'transport', '非现金支付比例', 'Cashless payment share (public transport)', '%',
    '2025 target of 许政办〔2023〕14号 (城市公共交通高质量发展实施方案): floor (达到…以上).'),
  D('public_transport_fatality_rate', 'transport', '城市公共交通行车责任事故死亡率', 'Public transport liable-accident death rate', '人/百万车公里',
    '2025 target of 许政办〔2023〕14号 (城市公共交通高质量发展实施方案): cap (不高于).'),
  D('public_transport_dual_prevention_coverage_pct', 'transport', '城市公共交通企业双重预防体系建设覆盖率', 'Public transport firms with the dual prevention system', '%',
    '2025 target of 许政办〔2023〕14号 (城市公共交通高质量发展实施方案): to reach (达到).'),
  D('bus_driver_barrier_installation_pct', 'transport', '公交车驾驶区域防护隔离设施安装率', 'Buses with a driver protection barrier', '%',
    '2025 target of 许政办〔2023〕14号 (城市公共交通高质量发展实施方案): to reach (达到).'),
  D('public_transport_subsidy_payment_rate_pct', 'transport', '城市公共交通运营补贴补偿到位率', 'Public transport operating subsidies paid in full', '%',
    '2025 target of 许政办〔2023〕14号 (城市公共交通高质量发展实施方案): to reach (达到).'),
  // --- 许政办〔2023〕16号 (专精特新 plan 2023－2025)
  D('innovative_smes_cultivated_cum', 'industry', '创新型中小企业累计培育数', 'Innovative SMEs cultivated (cumulative)', '家',
    '2025 target of 许昌市专精特新企业培育方案（2023－2025 年） (许政办〔2023〕16号), city-wide; 累计 counts are cumulative over the plan period.'),
  D('provincial_srdi_smes_cum', 'industry', '省级专精特新中小企业累计数', 'Provincial specialised-refined-distinctive-innovative (SRDI) SMEs (cumulative)', '家',
    '2025 target of 许昌市专精特新企业培育方案（2023－2025 年） (许政办〔2023〕16号), city-wide; 累计 counts are cumulative over the plan period.'),
  D('national_little_giant_enterprises_cum', 'industry', '国家级专精特新“小巨人”企业累计数', 'National SRDI "little giant" enterprises (cumulative)', '家',
    '2025 target of 许昌市专精特新企业培育方案（2023－2025 年） (许政办〔2023〕16号), city-wide; 累计 counts are cumulative over the plan period.'),
  D('srdi_rd_intensity_growth_pct', 'industry', '省级以上专精特新企业研发投入强度增长', 'Growth of R&D intensity of provincial-and-above SRDI enterprises', '%',
    '2025 target of 许昌市专精特新企业培育方案（2023－2025 年） (许政办〔2023〕16号), city-wide; 累计 counts are cumulative over the plan period.'),
  D('srdi_cloud_adoption_pct', 'industry', '专精特新企业上云率', 'SRDI enterprises using cloud services', '%',
    '2025 target of 许昌市专精特新企业培育方案（2023－2025 年） (许政办〔2023〕16号), city-wide; 累计 counts are cumulative over the plan period.'),
  D('provincial_quality_benchmarks_cum', 'industry', '省级以上质量标杆累计创建数', 'Provincial-and-above quality benchmarks (cumulative)', '个',
    '2025 target of 许昌市专精特新企业培育方案（2023－2025 年） (许政办〔2023〕16号), city-wide; 累计 counts are cumulative over the plan period.'),
  D('provincial_smart_factories_workshops_cum', 'industry', '省级以上智能工厂（车间）累计创建数', 'Provincial-and-above smart factories and workshops (cumulative)', '个',
    '2025 target of 许昌市专精特新企业培育方案（2023－2025 年） (许政办〔2023〕16号), city-wide; 累计 counts are cumulative over the plan period.'),
  D('green_manufacturing_system_enterprises_cum', 'industry', '省级以上绿色制造体系企业累计创建数', 'Provincial-and-above green manufacturing system enterprises (cumulative)', '个',
    '2025 target of 许昌市专精特新企业培育方案（2023－2025 年） (许政办〔2023〕16号), city-wide; 累计 counts are cumulative over the plan period.'),
  D('sme_characteristic_industry_clusters_cum', 'industry', '省级以上中小企业特色产业集群累计创建数', 'Provincial-and-above SME characteristic industry clusters (cumulative)', '个',
    '2025 target of 许昌市专精特新企业培育方案（2023－2025 年） (许政办〔2023〕16号), city-wide; 累计 counts are cumulative over the plan period.'),
  D('small_micro_entrepreneurship_demo_bases_cum', 'industry', '省级以上小微企业创业创新示范基地累计创建数', 'Provincial-and-above small and micro business entrepreneurship demonstration bases (cumulative)', '家',
    '2025 target of 许昌市专精特新企业培育方案（2023－2025 年） (许政办〔2023〕16号), city-wide; 累计 counts are cumulative over the plan period.'),
  D('sme_public_service_demo_platforms_cum', 'industry', '省级以上中小企业公共服务示范平台累计创建数', 'Provincial-and-above SME public service demonstration platforms (cumulative)', '家',
    '2025 target of 许昌市专精特新企业培育方案（2023－2025 年） (许政办〔2023〕16号), city-wide; 累计 counts are cumulative over the plan period.'),
];

// ---------------------------------------------------------------------------------------------------------------
// Extraction context

interface Ctx {
  seed: Seed;
  docs: Map<string, NumberedDoc>;
  flats: Map<string, Flat>;
  indicators: IndicatorRow[];
  places: PlaceDraft[];
  checks: CheckRow[];
}

const UNIT: Record<string, string> = Object.fromEntries(DEFS.map((d) => [d.id, d.unit]));

function addRow(c: Ctx, r: {
  id: string; area: Area; year: number; value: string; kind: Kind; doc: string; line: number; quote: string; note?: string; place_id?: string;
  unit?: string;
}): void {
  const unit = r.unit ?? UNIT[r.id];
  if (unit === undefined) throw new Error(`indicator ${r.id} has no def`);
  if (!quoteContainsValue(r.quote, r.value)) throw new Error(`${r.doc} ${r.id}: value ${r.value} not in quote "${r.quote}"`);
  c.indicators.push({
    indicator: r.id, area_code: r.area.code, area: r.area.name_zh, year: r.year, value: r.value, unit, kind: r.kind, doc: r.doc,
    ...cite(c.seed, r.line, r.quote), note: r.note ?? '', place_id: r.place_id ?? '',
  });
}

function addCheck(c: Ctx, check: string, doc: string, line: number, expected: string, found: string, okNote: string, badNote: string): void {
  const ok = Number(expected) === Number(found);
  c.checks.push({ check, doc, seed: c.seed.name, line, expected, found, note: ok ? `ok: ${okNote}` : badNote });
}

// ---------------------------------------------------------------------------------------------------------------
// Text specs: one regex per figure (or group of figures), anchored in its document, matching exactly once

interface ValSpec {
  /** named group holding the value */
  g: string;
  id: string;
  kind: Kind;
  /** fixed year; or take it from named group `yg` */
  year?: number;
  yg?: string;
  /** printed area name (default 许昌市) or named group `ag` holding it */
  area?: string;
  ag?: string;
  note?: string;
  /** a unit other than the def's */
  unit?: string;
  /** an inferred year: the anchor (YEAR_ANCHORS) that states it must match once in the document, before the value */
  anchor?: keyof typeof YEAR_ANCHORS;
}

/** Sentences that state the year of a block of clauses that print none. */
const YEAR_ANCHORS = {
  y14: { re: /（二）发展目标.{0,80}?到\s*(?<y>\d{4})\s*年，全市城市公共交通高质量发展政策体系基本健全/, year: 2025 },
  y16: { re: /许昌市专精特新企业培育方案（2023－(?<y>\d{4})\s*年）.*二、培育目标.{0,80}?力争到\s*\d{4}\s*年/, year: 2025 },
};
interface TextSpec {
  doc: DocId;
  re: RegExp;
  vals: ValSpec[];
}

const TEXT_SPECS: TextSpec[] = [
  // 许政〔2023〕16号: 第六批市级非物质文化遗产代表性项目名录（共计 52 项）已经市政府批准，现予以公布 (notice dated 2023-04-30)
  { doc: '许政〔2023〕16号', re: /许昌市第六批市级非物质文化遗产代表性项目名录（共计\s*(?<v>\d+)\s*项）已经市政府批准/,
    vals: [{ g: 'v', id: 'intangible_heritage_items_listed', kind: 'actual', year: 2023,
      note: 'year: the notice publishing the batch is dated 2023-04-30' }] },
  // 许政〔2023〕19号 (2023-05-06): 现将 19 名第四批享受许昌市政府特殊津贴人员名单予以公布
  { doc: '许政〔2023〕19号', re: /现将\s*(?<v>\d+)\s*名第四批享受许昌市政府特殊津贴人员名单予以公布/,
    vals: [{ g: 'v', id: 'govt_special_allowance_experts_named', kind: 'actual', year: 2023, note: 'year: the notice is dated 2023-05-06' }] },
  // 许政〔2023〕20号 (2023-05-06): 同意马玉朝等 27 名同志为“许昌市第十一批优秀学术技术带头人”
  { doc: '许政〔2023〕20号', re: /同意马玉朝等\s*(?<v>\d+)\s*名同志为“许昌市第十一批优秀学术技术带头人”/,
    vals: [{ g: 'v', id: 'academic_technical_leaders_named', kind: 'actual', year: 2023, note: 'year: the decision is dated 2023-05-06' }] },
  // 许政〔2023〕23号 (2023-06-30): 决定对 4 条道路进行命名; annex 1: 一、东城区 2 条道路 / 二、建安区 2 条道路
  { doc: '许政〔2023〕23号', re: /决定对\s*(?<v>\d+)\s*条道路进行命名/,
    vals: [{ g: 'v', id: 'roads_named', kind: 'actual', year: 2023, note: 'year: the notice is dated 2023-06-30' }] },
  { doc: '许政〔2023〕23号', re: /一、(?<a>东城区)\s*(?<v>\d+)\s*条道路/,
    vals: [{ g: 'v', id: 'roads_named', kind: 'actual', year: 2023, ag: 'a', note: 'year: the notice is dated 2023-06-30' }] },
  { doc: '许政〔2023〕23号', re: /二、(?<a>建安区)\s*(?<v>\d+)\s*条道路/,
    vals: [{ g: 'v', id: 'roads_named', kind: 'actual', year: 2023, ag: 'a', note: 'year: the notice is dated 2023-06-30' }] },
  // 许政〔2023〕25号: “十四五”期间，全市重点布局 50 座重卡换电站
  { doc: '许政〔2023〕25号', re: /“十四五”期间，全市重点布局\s*(?<v>\d+)\s*座重卡换电站/,
    vals: [{ g: 'v', id: 'heavy_truck_battery_swap_stations_planned', kind: 'plan', year: 2025,
      note: 'year: “十四五”期间 (the 14th Five-Year Plan, 2021–2025): the row carries its end year' }] },
  // 许政办〔2023〕11号 （一）发展基础
  { doc: '许政办〔2023〕11号',
    re: /据测算，(?<y>\d{4})\s*年十大产业集群营收总规模约为\s*(?<r>\d+)\s*亿元，占全市工业比重为\s*(?<s>\d+)％/,
    vals: [
      { g: 'r', yg: 'y', id: 'ten_industry_clusters_revenue', kind: 'baseline', note: 'an estimate: 据测算…约为 (about)' },
      { g: 's', yg: 'y', id: 'ten_industry_clusters_share_of_industry_pct', kind: 'baseline' },
    ] },
  { doc: '许政办〔2023〕11号',
    re: /(?<y>\d{4})\s*年十大产业集群营收总规模[^。]*?其中，智能电力装备、再生金属产业集群营业收入突破\s*(?<v>\d+)\s*亿元/,
    vals: [
      { g: 'v', yg: 'y', id: 'cluster_smart_power_equipment_revenue', kind: 'baseline',
        note: 'a floor: 突破 (exceeded); the value is printed once for two clusters (智能电力装备、再生金属…突破 1000 亿元)' },
      { g: 'v', yg: 'y', id: 'cluster_recycled_metal_revenue', kind: 'baseline',
        note: 'a floor: 突破 (exceeded); the value is printed once for two clusters (智能电力装备、再生金属…突破 1000 亿元)' },
    ] },
  // 许政办〔2023〕14号 （二）发展目标: 到 2025 年，… then items 1–6 without a year of their own
  { doc: '许政办〔2023〕14号', re: /中心城区公共交通机动化出行分担率达到\s*(?<v>\d+)％以上/, vals: [{ g: 'v', id: 'central_urban_public_transport_motorised_share_pct', kind: 'target', year: 2025, anchor: 'y14', note: '以上 (a floor); 中心城区 (central urban area) has no boundary of its own: 411000; year: （二）发展目标 opens with 到 2025 年; the clause itself prints no year' }] },
  { doc: '许政办〔2023〕14号', re: /各县（市、区）公共交通机动化出行分担率不低于\s*(?<v>\d+)％/, vals: [{ g: 'v', id: 'county_public_transport_motorised_share_pct', kind: 'target', year: 2025, anchor: 'y14', note: '不低于 (a floor) for each county (市、区), emitted once at 411000; year: （二）发展目标 opens with 到 2025 年; the clause itself prints no year' }] },
  { doc: '许政办〔2023〕14号', re: /城市绿色出行比例不低于\s*(?<v>\d+)％/, vals: [{ g: 'v', id: 'urban_green_travel_share_pct', kind: 'target', year: 2025, anchor: 'y14', note: '不低于 (a floor); year: （二）发展目标 opens with 到 2025 年; the clause itself prints no year' }] },
  { doc: '许政办〔2023〕14号', re: /中心城区公共交通站点\s*500\s*米覆盖率、新建或改扩建城市主干道港湾式公交停靠站设置比例、城市公共汽电车进场率达到\s*(?<v>\d+)％/, vals: [{ g: 'v', id: 'central_urban_bus_stop_500m_coverage_pct', kind: 'target', year: 2025, anchor: 'y14', note: 'one value printed for three indicators (…、…、…达到 100％); year: （二）发展目标 opens with 到 2025 年; the clause itself prints no year' }, { g: 'v', id: 'bay_bus_stop_share_new_trunk_roads_pct', kind: 'target', year: 2025, anchor: 'y14', note: 'one value printed for three indicators (…、…、…达到 100％); year: （二）发展目标 opens with 到 2025 年; the clause itself prints no year' }, { g: 'v', id: 'bus_depot_entry_rate_pct', kind: 'target', year: 2025, anchor: 'y14', note: 'one value printed for three indicators (…、…、…达到 100％); year: （二）发展目标 opens with 到 2025 年; the clause itself prints no year' }] },
  { doc: '许政办〔2023〕14号', re: /新增无障碍城市公交站台设置比例达到\s*(?<v>\d+)％以上/, vals: [{ g: 'v', id: 'new_accessible_bus_platform_share_pct', kind: 'target', year: 2025, anchor: 'y14', note: '以上 (a floor); year: （二）发展目标 opens with 到 2025 年; the clause itself prints no year' }] },
  { doc: '许政办〔2023〕14号', re: /公交专用车道设置比率达到\s*(?<v>\d+)％以上/, vals: [{ g: 'v', id: 'bus_lane_share_pct', kind: 'target', year: 2025, anchor: 'y14', note: '以上 (a floor); year: （二）发展目标 opens with 到 2025 年; the clause itself prints no year' }] },
  { doc: '许政办〔2023〕14号', re: /新增和更新新能源城市公交车比例达到\s*(?<v>\d+)％（不包括应急救援车辆）/, vals: [{ g: 'v', id: 'new_energy_share_new_buses_pct', kind: 'target', year: 2025, anchor: 'y14', note: 'year: （二）发展目标 opens with 到 2025 年; the clause itself prints no year' }] },
  { doc: '许政办〔2023〕14号', re: /新增和更新低地板及低入口城市公交车比例不低于\s*(?<v>\d+)％/, vals: [{ g: 'v', id: 'low_floor_share_new_buses_pct', kind: 'target', year: 2025, anchor: 'y14', note: '不低于 (a floor); year: （二）发展目标 opens with 到 2025 年; the clause itself prints no year' }] },
  { doc: '许政办〔2023〕14号', re: /城市公交车载智能视频监控系统安装率达到\s*(?<v>\d+)％/, vals: [{ g: 'v', id: 'bus_video_surveillance_rate_pct', kind: 'target', year: 2025, anchor: 'y14', note: 'year: （二）发展目标 opens with 到 2025 年; the clause itself prints no year' }] },
  { doc: '许政办〔2023〕14号', re: /早晚高峰时段城市公共汽电车平均运营时速达到\s*(?<v>\d+)\s*公里／\s*小时以上/, vals: [{ g: 'v', id: 'peak_bus_operating_speed_kmh', kind: 'target', year: 2025, anchor: 'y14', note: '以上 (a floor); year: （二）发展目标 opens with 到 2025 年; the clause itself prints no year' }] },
  { doc: '许政办〔2023〕14号', re: /发车正点率不低于\s*(?<v>\d+)％/, vals: [{ g: 'v', id: 'bus_departure_punctuality_pct', kind: 'target', year: 2025, anchor: 'y14', note: '不低于 (a floor); year: （二）发展目标 opens with 到 2025 年; the clause itself prints no year' }] },
  { doc: '许政办〔2023〕14号', re: /来车信息实时预报覆盖率达到\s*(?<v>\d+)％/, vals: [{ g: 'v', id: 'bus_realtime_arrival_info_coverage_pct', kind: 'target', year: 2025, anchor: 'y14', note: 'year: （二）发展目标 opens with 到 2025 年; the clause itself prints no year' }] },
  { doc: '许政办〔2023〕14号', re: /非现金支付比例达到\s*(?<v>\d+)％以上/, vals: [{ g: 'v', id: 'bus_cashless_payment_share_pct', kind: 'target', year: 2025, anchor: 'y14', note: '以上 (a floor); year: （二）发展目标 opens with 到 2025 年; the clause itself prints no year' }] },
  { doc: '许政办〔2023〕14号', re: /城市公共交通行车责任事故死亡率不高于\s*(?<v>\d+[．.]\d+)\s*人／百万车公里/, vals: [{ g: 'v', id: 'public_transport_fatality_rate', kind: 'target', year: 2025, anchor: 'y14', note: '不高于 (a cap); year: （二）发展目标 opens with 到 2025 年; the clause itself prints no year' }] },
  { doc: '许政办〔2023〕14号', re: /城市公共交通企业双重预防体系建设覆盖率达到\s*(?<v>\d+)％/, vals: [{ g: 'v', id: 'public_transport_dual_prevention_coverage_pct', kind: 'target', year: 2025, anchor: 'y14', note: 'year: （二）发展目标 opens with 到 2025 年; the clause itself prints no year' }] },
  { doc: '许政办〔2023〕14号', re: /公交车驾驶区域防护隔离设施安装率达到\s*(?<v>\d+)％/, vals: [{ g: 'v', id: 'bus_driver_barrier_installation_pct', kind: 'target', year: 2025, anchor: 'y14', note: 'year: （二）发展目标 opens with 到 2025 年; the clause itself prints no year' }] },
  { doc: '许政办〔2023〕14号', re: /城市公共交通运营补贴补偿到位率达到\s*(?<v>\d+)％/, vals: [{ g: 'v', id: 'public_transport_subsidy_payment_rate_pct', kind: 'target', year: 2025, anchor: 'y14', note: 'year: （二）发展目标 opens with 到 2025 年; the clause itself prints no year' }] },
  // 许政办〔2023〕16号 二、培育目标
  { doc: '许政办〔2023〕16号',
    re: /力争到\s*(?<y>\d{4})\s*年，累计培育创新型中小企业\s*(?<a>\d+)\s*家、省级专精特新中小企业\s*(?<b>\d+)\s*家、国家级专精特新“小巨人”企业\s*(?<c>\d+)\s*家/,
    vals: [
      { g: 'a', yg: 'y', id: 'innovative_smes_cultivated_cum', kind: 'target' },
      { g: 'b', yg: 'y', id: 'provincial_srdi_smes_cum', kind: 'target' },
      { g: 'c', yg: 'y', id: 'national_little_giant_enterprises_cum', kind: 'target' },
    ] },
  { doc: '许政办〔2023〕16号', re: /省级以上专精特新企业研发投入强度增长\s*(?<v>\d+)％以上/, vals: [{ g: 'v', id: 'srdi_rd_intensity_growth_pct', kind: 'target', year: 2025, anchor: 'y16', note: '以上 (a floor); the growth is over the plan period, the text gives no base value; year: the plan runs 2023－2025 and its 二、培育目标 open with 力争到 2025 年; this clause prints no year' }] },
  { doc: '许政办〔2023〕16号', re: /专精特新企业上云率达到\s*(?<v>\d+)％/, vals: [{ g: 'v', id: 'srdi_cloud_adoption_pct', kind: 'target', year: 2025, anchor: 'y16', note: 'year: the plan runs 2023－2025 and its 二、培育目标 open with 力争到 2025 年; this clause prints no year' }] },
  { doc: '许政办〔2023〕16号', re: /累计创建省级以上质量标杆\s*(?<a>\d+)\s*个、智能工厂（车间）\s*(?<b>\d+)\s*个、绿色制造体系企业\s*(?<c>\d+)\s*个/,
    vals: [
      { g: 'a', id: 'provincial_quality_benchmarks_cum', kind: 'target', year: 2025, anchor: 'y16', note: 'year: the plan runs 2023－2025 and its 二、培育目标 open with 力争到 2025 年; this clause prints no year' },
      { g: 'b', id: 'provincial_smart_factories_workshops_cum', kind: 'target', year: 2025, anchor: 'y16', note: 'year: the plan runs 2023－2025 and its 二、培育目标 open with 力争到 2025 年; this clause prints no year' },
      { g: 'c', id: 'green_manufacturing_system_enterprises_cum', kind: 'target', year: 2025, anchor: 'y16', note: 'year: the plan runs 2023－2025 and its 二、培育目标 open with 力争到 2025 年; this clause prints no year' },
    ] },
  { doc: '许政办〔2023〕16号', re: /累计创建省级以上中小企业特色产业集群\s*(?<v>\d+)\s*个/,
    vals: [{ g: 'v', id: 'sme_characteristic_industry_clusters_cum', kind: 'target', year: 2025, anchor: 'y16', note: 'year: the plan runs 2023－2025 and its 二、培育目标 open with 力争到 2025 年; this clause prints no year' }] },
  { doc: '许政办〔2023〕16号', re: /累计创建省级以上小微企业创业创新示范基地\s*(?<a>\d+)\s*家、中小企业公共服务示范平台\s*(?<b>\d+)\s*家/,
    vals: [
      { g: 'a', id: 'small_micro_entrepreneurship_demo_bases_cum', kind: 'target', year: 2025, anchor: 'y16', note: 'year: the plan runs 2023－2025 and its 二、培育目标 open with 力争到 2025 年; this clause prints no year' },
      { g: 'b', id: 'sme_public_service_demo_platforms_cum', kind: 'target', year: 2025, anchor: 'y16', note: 'year: the plan runs 2023－2025 and its 二、培育目标 open with 力争到 2025 年; this clause prints no year' },
    ] },
];

function runTextSpecs(c: Ctx): void {
  for (const s of TEXT_SPECS) {
    const flat = c.flats.get(s.doc)!;
    const m = matchOnce(flat.text, s.re, `${SEED001}: ${s.doc} ${s.vals.map((v) => v.id).join(',')}`);
    for (const v of s.vals) {
      const span = m.indices.groups?.[v.g];
      const printed = m.groups?.[v.g];
      if (!span || printed === undefined) throw new Error(`${s.doc}: group ${v.g} did not match`);
      const year = v.year ?? Number(m.groups?.[v.yg ?? '']);
      if (!Number.isInteger(year) || year < 2000) throw new Error(`${s.doc} ${v.id}: no year`);
      if (v.anchor) {
        const a = YEAR_ANCHORS[v.anchor];
        const am = matchOnce(flat.text, a.re, `${SEED001}: ${s.doc} year anchor ${v.anchor}`);
        if (Number(am.groups!.y) !== year || year !== a.year) throw new Error(`${s.doc} ${v.id}: anchor year ${am.groups!.y} vs ${year}`);
        if (am.index > span[0]) throw new Error(`${s.doc} ${v.id}: the year anchor stands after the value`);
      }
      const area = v.ag ? resolveArea(m.groups![v.ag]) : resolveArea(v.area ?? '许昌市');
      addRow(c, { id: v.id, area, year, value: num(printed, v.id), kind: v.kind, doc: s.doc, line: flat.lineAt(span[0]),
        quote: m[0], note: v.note, unit: v.unit });
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 许政〔2023〕17号: manufacturing awards 2022 (decision text + annex list)

const MFG_DOC = '许政〔2023〕17号';
const MFG_YEAR = 2022;
const AREA_SLUG: Record<string, string> = {
  '411000': 'city', '411002': 'weidu', '411003': 'jianan', '411024': 'yanling', '411025': 'xiangcheng', '411081': 'yuzhou',
  '411082': 'changge', 'XC-SFQ': 'sfq', 'XC-JKQ': 'jkq', 'XC-DCQ': 'dcq',
};
const ZH_SERIAL = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

export interface AwardRow {
  line: number;
  serial: number;
  project: string;
  name: string;
  /** former name printed as （原…） */
  formerName: string;
  amount: string;
  quote: string;
}
export interface AwardSection {
  line: number;
  printedArea: string;
  area: Area;
  count: string;
  amount: string;
  quote: string;
  rows: AwardRow[];
}

/**
 * The annex of 许政〔2023〕17号: title, header "序号 奖励项目 企业名称 奖励金额（万元）", then per area a heading
 * "一、禹州市，共 22 家企业，奖励资金共 530 万元。" and rows "serial project enterprise amount" (space-separated; the
 * project may contain spaces, the enterprise name does not; a row may wrap onto the next line).
 */
export function parseMfgAnnex(seed: Seed, from: number, to: number): { titleLine: number; sections: AwardSection[] } {
  const where = (n: number) => `${seed.name}:${n} (${MFG_DOC} annex)`;
  let n = from;
  while (n <= to && !/^\s*附\s*件\s*$/.test(seed.line(n))) n++;
  if (n > to) throw new Error(`${where(from)}: no 附件 line`);
  const next = () => {
    n++;
    while (n <= to && isBlank(seed.line(n))) n++;
    return n;
  };
  const titleLine = next();
  if (seed.line(titleLine).trim() !== '许昌市 2022 年度制造业高质量发展作出突出贡献奖励企业名单') {
    throw new Error(`${where(titleLine)}: unexpected annex title "${seed.line(titleLine).trim()}"`);
  }
  const headerLine = next();
  if (seed.line(headerLine).trim().split(/\s+/).join('|') !== '序号|奖励项目|企业名称|奖励金额（万元）') {
    throw new Error(`${where(headerLine)}: unexpected header "${seed.line(headerLine).trim()}"`);
  }
  const sections: AwardSection[] = [];
  next();
  while (n <= to) {
    const t = seed.line(n).trim();
    const h = /^([一二三四五六七八九十]+)、(\S+?)，共\s*(\d+)\s*家企业，奖励资金共\s*(\d+)\s*万元。$/.exec(t);
    if (h) {
      if (h[1] !== ZH_SERIAL[sections.length]) throw new Error(`${where(n)}: expected section ${ZH_SERIAL[sections.length]}, got ${h[1]}`);
      const area = resolveArea(h[2]);
      if (area.code === CITY.code || sections.some((s) => s.area.code === area.code)) throw new Error(`${where(n)}: bad section area ${h[2]}`);
      sections.push({ line: n, printedArea: h[2], area, count: num(h[3], 'count'), amount: num(h[4], 'amount'), quote: t, rows: [] });
      next();
      continue;
    }
    const sec = sections.at(-1);
    if (!sec) throw new Error(`${where(n)}: a row before the first section heading: "${t}"`);
    // a row; join a wrapped continuation line when the line does not end in an amount
    let text = t;
    const first = n;
    while (!/\s\d+$/.test(text)) {
      next();
      if (n > to) throw new Error(`${where(first)}: row without an amount: "${text}"`);
      text += seed.line(n).trim();
    }
    const tokens = text.split(/\s+/);
    if (tokens.length < 4) throw new Error(`${where(n)}: expected serial, project, enterprise, amount: "${text}"`);
    const serial = Number(tokens[0]);
    if (!/^\d+$/.test(tokens[0]) || serial !== sec.rows.length + 1) throw new Error(`${where(first)}: expected serial ${sec.rows.length + 1}, got "${tokens[0]}"`);
    const amount = num(tokens.at(-1)!, 'amount');
    const full = tokens.at(-2)!;
    const nm = /^(.+?(?:公司|厂|研究所))(?:（原(.+?)）)?$/.exec(full);
    if (!nm) throw new Error(`${where(first)}: "${full}" does not look like an enterprise name`);
    sec.rows.push({ line: n, serial, project: tokens.slice(1, -2).join(' '), name: nm[1], formerName: nm[2] ?? '', amount, quote: text });
    next();
  }
  if (!sections.length) throw new Error(`${where(from)}: no sections`);
  return { titleLine, sections };
}

function extractMfgAwards(c: Ctx): void {
  const doc = MFG_DOC;
  const r = c.docs.get(doc)!;
  const flat = c.flats.get(doc)!;
  // the decision text: 对禹州市河南省湖波灵威水泥集团有限责任公司等 22 家企业奖励 530 万元；…
  const annexAt = flat.text.indexOf('附件：');
  if (annexAt < 0) throw new Error(`${doc}: no 附件： line`);
  const body = flat.text.slice(0, annexAt);
  const clauses = matchAll(body, /对(?<a>\S{2,8}?[市县区])(?<e>[^；。]+?)等\s*(?<n>\d+)\s*家企业奖励\s*(?<v>\d+)\s*万元/);
  const annex = parseMfgAnnex(c.seed, flat.lineAt(annexAt) + 1, r.end);
  if (clauses.length !== annex.sections.length) {
    throw new Error(`${doc}: ${clauses.length} award clauses in the text, ${annex.sections.length} annex sections`);
  }
  clauses.forEach((m, i) => {
    const area = resolveArea(m.groups!.a);
    const sec = annex.sections[i];
    if (sec.area.code !== area.code) throw new Error(`${doc}: clause ${i + 1} is ${m.groups!.a}, annex section is ${sec.printedArea}`);
    if (!sec.rows.some((x) => x.name === m.groups!.e.replace(/\s+/g, ''))) {
      throw new Error(`${doc}: clause names ${m.groups!.e}, not listed in the annex section of ${sec.printedArea}`);
    }
    const count = num(m.groups!.n, 'count');
    const amount = num(m.groups!.v, 'amount');
    const base = { area, year: MFG_YEAR, kind: 'actual' as Kind, doc, quote: m[0] };
    addRow(c, { ...base, id: 'mfg_hq_award_enterprises', value: count, line: flat.lineAt(m.indices.groups!.n[0]) });
    addRow(c, { ...base, id: 'mfg_hq_award_amount', value: amount, line: flat.lineAt(m.indices.groups!.v[0]) });
    const slug = AREA_SLUG[area.code];
    addCheck(c, `mfg2022_${slug}_count_text_vs_annex_heading`, doc, sec.line, count, sec.count,
      'the decision text and the annex heading give the same number of enterprises', `text ${count}, annex heading ${sec.count}`);
    addCheck(c, `mfg2022_${slug}_amount_text_vs_annex_heading`, doc, sec.line, amount, sec.amount,
      'the decision text and the annex heading give the same amount', `text ${amount}, annex heading ${sec.amount}`);
    addCheck(c, `mfg2022_${slug}_count_heading_vs_rows`, doc, sec.line, sec.count, String(sec.rows.length),
      'the annex lists as many enterprises as its heading says', `heading ${sec.count}, ${sec.rows.length} rows listed`);
    const sum = decimalSum(sec.rows.map((x) => x.amount));
    addCheck(c, `mfg2022_${slug}_amount_heading_vs_rows`, doc, sec.line, sec.amount, sum,
      'the listed amounts add up to the heading', `heading ${sec.amount} 万元, rows add up to ${sum} 万元`);
    for (const row of sec.rows) {
      const place_id = `mfg2022-${slug}-${String(row.serial).padStart(2, '0')}`;
      const note = row.formerName ? `formerly ${row.formerName} (printed （原…）)` : '';
      c.places.push({
        place_id, name: row.name, category: 'enterprise', area_code: area.code, area: area.name_zh, year: MFG_YEAR, status: 'existing',
        doc, ...cite(c.seed, row.line, row.quote), note,
      });
      addRow(c, { id: 'mfg_hq_award_amount', area, year: MFG_YEAR, value: row.amount, kind: 'actual', doc, line: row.line,
        quote: row.quote, place_id });
    }
  });
}

// ---------------------------------------------------------------------------------------------------------------
// 许政〔2023〕18号: science and technology innovation awards 2022 (decision text + annex list)

const SCI_DOC = '许政〔2023〕18号';
/** The five award sections: name in the decision text, name in the annex heading, id slug. */
export const SCI_SECTIONS = [
  { text: '创新主体培育', annex: '创新主体培育', slug: 'entity', en: 'innovation entities (high-tech enterprises etc.)' },
  { text: '创新载体建设', annex: '创新载体建设', slug: 'carrier', en: 'innovation carriers (incubators, workstations etc.)' },
  { text: '创新平台建设', annex: '创新平台建设', slug: 'platform', en: 'innovation platforms (R&D centres, labs etc.)' },
  { text: '创新成果', annex: '创新成果激励', slug: 'achievement', en: 'innovation achievements (provincial S&T prizes)' },
  { text: '知识产权', annex: '知识产权激励', slug: 'ip', en: 'intellectual property (IP demonstration enterprises)' },
] as const;
type SciSlug = (typeof SCI_SECTIONS)[number]['slug'];

/** Area column values of the science annex. 市直 (units directly under the city) is not an area of lib/areas.ts. */
const SCI_AREA_COLUMN = ['禹州市', '长葛市', '鄢陵县', '襄城县', '魏都区', '建安区', '示范区', '开发区', '东城区', '市直'];
const SHIZHI_NOTE = 'area column printed 市直 (a unit directly under the city government, no county given): 411000';
const ORG_END = /(公司|厂|研究所|中心|学院|管委会|人民政府|合作社)$/;
const ORG_START = /^(河南|许昌|禹州|长葛|鄢陵|襄城|许继|联桥|万杰|维秘特|宝润达|平煤|黄河|迅达|利锐特|德通|天瑞|百正)/;

export interface SciRow {
  section: SciSlug;
  /** line where the area and amount stand */
  line: number;
  /** first line of the row (a wrapped unit name starts above) */
  firstLine: number;
  unit: string;
  /** a former or later name printed next to the unit, e.g. （企业已更名为：…） */
  renamed: string;
  /** person printed before the unit (中原科技创业领军人才 rows) */
  person: string;
  printedArea: string;
  /** canonical decimal, or null for 通报表扬 (commendation without money) */
  amount: string | null;
  quote: string;
}
export interface SciSection {
  slug: SciSlug;
  line: number;
  amount: string;
  quote: string;
  rows: SciRow[];
  /** section 4 only: the amounts standing at line ends (the table has no area column) */
  bareAmounts: { line: number; value: string }[];
}

/** Parse the annex of 许政〔2023〕18号 (lines from..to). */
export function parseSciAnnex(seed: Seed, from: number, to: number): { totalLine: number; total: string; sections: SciSection[] } {
  const where = (n: number) => `${seed.name}:${n} (${SCI_DOC} annex)`;
  let n = from;
  while (n <= to && !/^\s*附\s*件\s*$/.test(seed.line(n))) n++;
  if (n > to) throw new Error(`${where(from)}: no 附件 line`);
  const nextNonBlank = (k: number) => {
    k++;
    while (k <= to && isBlank(seed.line(k))) k++;
    return k;
  };
  const titleLine = nextNonBlank(n);
  if (seed.line(titleLine).trim() !== '许昌市 2022 年度科技创新奖励名单') throw new Error(`${where(titleLine)}: unexpected title`);
  const totalLine = nextNonBlank(titleLine);
  const tm = /^（共计\s*(\d+)\s*万元）$/.exec(seed.line(totalLine).trim());
  if (!tm) throw new Error(`${where(totalLine)}: expected （共计 … 万元）`);
  // section headings
  const heads: { line: number; idx: number; amount: string; quote: string }[] = [];
  let endLine = to;
  for (let k = totalLine + 1; k <= to; k++) {
    const t = seed.line(k).trim();
    const h = /^([一二三四五六七八九十]+)、(\S+?)[（(](\d+)\s*万元[）)]$/.exec(t);
    if (h) {
      const idx = heads.length;
      const sec = SCI_SECTIONS[idx];
      if (!sec || h[1] !== ZH_SERIAL[idx] || h[2] !== sec.annex) throw new Error(`${where(k)}: unexpected section heading "${t}"`);
      heads.push({ line: k, idx, amount: num(h[3], 'section amount'), quote: t });
    }
    if (t === '特别说明：') {
      endLine = k - 1;
      break;
    }
  }
  if (heads.length !== SCI_SECTIONS.length) throw new Error(`${where(totalLine)}: found ${heads.length} section headings`);
  if (endLine === to) throw new Error(`${where(to)}: no 特别说明： after the table`);
  const sections: SciSection[] = heads.map((h, i) => {
    const sec = SCI_SECTIONS[h.idx];
    const last = i + 1 < heads.length ? heads[i + 1].line - 1 : endLine;
    const out: SciSection = { slug: sec.slug, line: h.line, amount: h.amount, quote: h.quote, rows: [], bareAmounts: [] };
    // header: 奖励事项 获奖单位 县市区 金额 (sections 1–3) or 奖励事项 获奖项目及等级 完成 / 单位 金额 (sections 4–5)
    let k = nextNonBlank(h.line);
    const head1 = seed.line(k).trim().split(/\s+/).join('|');
    if (head1 === '奖励事项|获奖单位|县市区|金额') {
      k = nextNonBlank(k);
    } else if (head1 === '奖励事项|获奖项目及等级|完成' && seed.line(nextNonBlank(k)).trim().split(/\s+/).join('|') === '单位|金额') {
      k = nextNonBlank(nextNonBlank(k));
    } else {
      throw new Error(`${where(k)}: unexpected table header "${seed.line(k).trim()}"`);
    }
    if (sec.slug === 'achievement') {
      // no area column: award project | abbreviated unit names spread over lines | amount. Only the amounts are read.
      for (; k <= last; k++) {
        const m = /(?:^|\s)(\d+)$/.exec(seed.line(k).trim());
        if (m) out.bareAmounts.push({ line: k, value: num(m[1], 'achievement amount') });
      }
      return out;
    }
    /** non-row lines since the last row (label fragments, or the start of a wrapped unit name) */
    let pending: number[] = [];
    for (; k <= last; k++) {
      const t = seed.line(k).trim();
      if (!t) continue;
      const tokens = t.split(/\s+/);
      let ai = -1;
      for (let j = 0; j < tokens.length; j++) {
        if (!SCI_AREA_COLUMN.includes(tokens[j])) continue;
        const rest = tokens.slice(j + 1);
        const amt = rest[0] === '连续三次' ? rest[1] : rest[0];
        if (amt !== undefined && (/^\d+$/.test(amt) || amt === '通报表扬')) {
          if (ai >= 0) throw new Error(`${where(k)}: two rows on one line: "${t}"`);
          ai = j;
        }
      }
      if (ai < 0) {
        // a label fragment (奖励事项 cell) or a wrapped unit name: Chinese text, brackets and counts only
        if (!/^[\u4e00-\u9fa5（）()：:\d\s]+$/.test(t)) throw new Error(`${where(k)}: unexpected line "${t}"`);
        pending.push(k);
        continue;
      }
      const after = tokens.slice(ai + 1);
      const amountTok = after[0] === '连续三次' ? after[1] : after[0];
      const post = tokens.slice(ai + 1 + (after[0] === '连续三次' ? 2 : 1));
      let unit = ai > 0 ? tokens[ai - 1] : '';
      let pre = tokens.slice(0, Math.max(0, ai - 1));
      let firstLine = k;
      let renamed = '';
      if (!unit) {
        // the unit name wrapped above the area/amount line (河南万里交通科技集团无损检测加固技术 / 有限公司 / 魏都区 3)
        let name = '';
        let used = 0;
        for (let p = pending.length - 1; p >= 0 && used < 3; p--, used++) {
          name = seed.line(pending[p]).trim() + name;
          if (ORG_START.test(name) && ORG_END.test(name)) {
            firstLine = pending[p];
            pending = pending.slice(0, p);
            break;
          }
        }
        if (firstLine === k) throw new Error(`${where(k)}: no unit name for "${t}"`);
        unit = name;
      } else if (unit.endsWith('）') && !unit.includes('（')) {
        // 河南天元煤业有限公司（企业已更名为： / 河南天元清洁能源有限公司） 建安区 10
        const p = pending.at(-1);
        const prev = p === undefined ? '' : seed.line(p).trim();
        const rm = /^(.+?)（企业已更名为：$/.exec(prev);
        if (!rm || p === undefined) throw new Error(`${where(k)}: unbalanced "${unit}" without its opening line`);
        renamed = rm[1];
        unit = unit.slice(0, -1);
        firstLine = p;
        pending = pending.slice(0, -1);
      }
      if (!ORG_END.test(unit)) throw new Error(`${where(k)}: "${unit}" does not look like a unit name`);
      // what stands before the unit: label fragments, or a person (中原科技创业领军人才)
      let person = '';
      if (pre.length === 1 && /^[\u4e00-\u9fa5]{2,3}$/.test(pre[0]) && !/[（）()]/.test(pre[0]) && k > 0) {
        // a 2–3 character name before the unit on a row of the 领军人才 block
        const around = joinLines(seed, Math.max(from, k - 4), Math.min(to, k + 4));
        if (around.includes('领军人才')) {
          person = pre[0];
          pre = [];
        }
      }
      for (const x of [...pre, ...post]) {
        if (ORG_END.test(x) && !/^(究中心|监督检验中心|技术创新中心|省级工程研究中心|省级工程技术研究中心)$/.test(x)) {
          throw new Error(`${where(k)}: "${x}" beside the row looks like another unit`);
        }
      }
      pending = [];
      const quote = firstLine === k ? t : joinLines(seed, firstLine, k);
      out.rows.push({
        section: sec.slug, line: k, firstLine, unit, renamed, person, printedArea: tokens[ai],
        amount: amountTok === '通报表扬' ? null : num(amountTok, 'amount'), quote,
      });
    }
    return out;
  });
  return { totalLine, total: num(tm[1], 'total'), sections };
}

function sciArea(printed: string): { area: Area; note: string } {
  if (printed === '市直') return { area: CITY, note: SHIZHI_NOTE };
  return { area: resolveArea(printed), note: '' };
}

function extractSciAwards(c: Ctx): void {
  const doc = SCI_DOC;
  const r = c.docs.get(doc)!;
  const flat = c.flats.get(doc)!;
  const annexAt = flat.text.indexOf('附件：');
  if (annexAt < 0) throw new Error(`${doc}: no 附件： line`);
  const body = flat.text.slice(0, annexAt);
  const annex = parseSciAnnex(c.seed, flat.lineAt(annexAt) + 1, r.end);

  const tot = matchOnce(body, /决定对\s*(?<y>\d{4})\s*年度为我市科技创新作出突出贡献的\s*(?<n>\d+)\s*家单位给予奖励\s*(?<v>\d+)\s*万元/, `${SEED001}: ${doc} total`);
  const year = Number(tot.groups!.y);
  if (year !== 2022) throw new Error(`${doc}: award year ${year}`);
  const totN = num(tot.groups!.n, 'units');
  const totV = num(tot.groups!.v, 'amount');
  addRow(c, { id: 'sci_award_units', area: CITY, year, value: totN, kind: 'actual', doc, line: flat.lineAt(tot.indices.groups!.n[0]), quote: tot[0] });
  addRow(c, { id: 'sci_award_amount', area: CITY, year, value: totV, kind: 'actual', doc, line: flat.lineAt(tot.indices.groups!.v[0]), quote: tot[0] });
  addCheck(c, 'sci2022_total_text_vs_annex', doc, annex.totalLine, totV, annex.total,
    'the decision text and the annex （共计） give the same total', `text ${totV} 万元, annex ${annex.total} 万元`);

  const clauses = matchAll(body, /对在(?<s>\S+?)方面取得突出成绩的(?<e>\S+?)等\s*(?<n>\d+)\s*家单位给予奖励\s*(?<v>\d+)\s*万元/);
  if (clauses.length !== SCI_SECTIONS.length) throw new Error(`${doc}: ${clauses.length} section clauses`);
  const units = new Map<string, PlaceDraft>();
  let nSum = 0;
  const vSum: string[] = [];
  clauses.forEach((m, i) => {
    const spec = SCI_SECTIONS[i];
    if (m.groups!.s !== spec.text) throw new Error(`${doc}: clause ${i + 1} is ${m.groups!.s}, expected ${spec.text}`);
    const sec = annex.sections[i];
    const n = num(m.groups!.n, 'units');
    const v = num(m.groups!.v, 'amount');
    nSum += Number(n);
    vSum.push(v);
    const base = { area: CITY, year, kind: 'actual' as Kind, doc, quote: m[0] };
    addRow(c, { ...base, id: `sci_award_${spec.slug}_units`, value: n, line: flat.lineAt(m.indices.groups!.n[0]) });
    addRow(c, { ...base, id: `sci_award_${spec.slug}_amount`, value: v, line: flat.lineAt(m.indices.groups!.v[0]) });
    addCheck(c, `sci2022_${spec.slug}_amount_text_vs_annex_heading`, doc, sec.line, v, sec.amount,
      'the decision text and the annex section heading give the same amount', `text ${v} 万元, annex heading ${sec.amount} 万元`);
    const named = m.groups!.e.replace(/\s+/g, '');
    if (spec.slug === 'achievement') {
      addCheck(c, `sci2022_${spec.slug}_count_text_vs_annex`, doc, sec.line, n, String(sec.bareAmounts.length),
        'the annex lists as many awarded projects as the text counts units', `text ${n} units, annex lists ${sec.bareAmounts.length} amounts`);
      const s = decimalSum(sec.bareAmounts.map((x) => x.value));
      addCheck(c, `sci2022_${spec.slug}_amount_heading_vs_rows`, doc, sec.line, sec.amount, s,
        'the amounts of the listed projects add up to the heading', `heading ${sec.amount} 万元, rows add up to ${s} 万元`);
      return;
    }
    if (!sec.rows.some((x) => x.unit === named)) throw new Error(`${doc}: clause names ${named}, not in annex section ${spec.annex}`);
    const paid = sec.rows.filter((x) => x.amount !== null);
    addCheck(c, `sci2022_${spec.slug}_count_text_vs_annex`, doc, sec.line, n, String(paid.length),
      'the annex lists as many rows with an amount as the text counts units',
      `text ${n} units, annex lists ${paid.length} rows with an amount`);
    const s = decimalSum(paid.map((x) => x.amount!));
    addCheck(c, `sci2022_${spec.slug}_amount_heading_vs_rows`, doc, sec.line, sec.amount, s,
      'the listed amounts add up to the heading', `heading ${sec.amount} 万元, rows add up to ${s} 万元`);
    for (const row of paid) {
      const { area, note: areaNote } = sciArea(row.printedArea);
      // keyed by unit and printed area: a unit printed under two areas becomes two places (a finding, see checks)
      const ukey = `${row.unit}|${area.code}`;
      let place = units.get(ukey);
      if (!place) {
        const notes = [areaNote];
        if (row.renamed) notes.push(`renamed: printed ${row.renamed}（企业已更名为：${row.unit}）`);
        place = {
          place_id: `sci2022-${String(units.size + 1).padStart(3, '0')}`, name: row.unit, category: 'award_unit',
          area_code: area.code, area: area.name_zh, year, status: 'existing', doc, ...cite(c.seed, row.line, row.quote),
          note: notes.filter(Boolean).join('; '),
        };
        units.set(ukey, place);
        c.places.push(place);
      }
      const notes = [areaNote];
      if (row.amount === '0') notes.push('0 万元: a repeated award (特别说明: 奖励金额为 0 的为重复奖励单位, 按就高原则不重复奖励)');
      if (row.person) notes.push(`the row names a person before the unit (${row.person})`);
      addRow(c, { id: `sci_award_${spec.slug}_amount`, area, year, value: row.amount!, kind: 'actual', doc, line: row.line,
        quote: row.quote, place_id: place.place_id, note: notes.filter(Boolean).join('; ') });
    }
  });
  // units printed under more than one area
  const byUnit = new Map<string, PlaceDraft[]>();
  for (const p of units.values()) byUnit.set(p.name, [...(byUnit.get(p.name) ?? []), p]);
  for (const [name, ps] of byUnit) {
    if (ps.length < 2) continue;
    const printed = ps.map((p) => `${p.area} (line ${p.line})`).join(', ');
    for (const p of ps) {
      p.note = [p.note, `the annex prints this unit under ${ps.length} areas: ${printed}; one place per printed area`].filter(Boolean).join('; ');
    }
    c.checks.push({
      check: `sci2022_unit_area_${ps[0].place_id.replace(/-/g, '_')}`, doc, seed: c.seed.name, line: ps[1].line,
      expected: ps[0].area, found: ps.slice(1).map((p) => p.area).join(','),
      note: `${name} is printed under ${printed}`,
    });
  }
  const vs = decimalSum(vSum);
  addCheck(c, 'sci2022_total_vs_sections_amount', doc, flat.lineAt(tot.indices.groups!.v[0]), totV, vs,
    'the five section amounts add up to the total', `total ${totV} 万元, sections add up to ${vs} 万元`);
  const commended = annex.sections.flatMap((s) => s.rows).filter((x) => x.amount === null).length;
  addCheck(c, 'sci2022_total_vs_sections_units', doc, flat.lineAt(tot.indices.groups!.n[0]), totN, String(nSum),
    'the five section unit counts add up to the total',
    `the text's total is ${totN} units, its five section counts add up to ${nSum}; the annex also lists ${commended} ` +
    `commendation rows (通报表扬, no money) — ${nSum} + ${commended} = ${nSum + commended}`);
}

// ---------------------------------------------------------------------------------------------------------------
// 许政办〔2023〕11号 （三）培育目标: 力争“十四五”末，培育形成智能电力装备、再生金属 2 个两千亿级，硅碳新材料 1 个千亿级，…

const CLUSTER_SLUG: Record<string, string> = {
  智能电力装备: 'smart_power_equipment', 再生金属: 'recycled_metal', 硅碳新材料: 'silicon_carbon_materials', 生物医药: 'biomedicine',
  新能源汽车及零部件: 'nev_and_parts', 发制品: 'hair_products', 食品: 'food', 超硬材料: 'superhard_materials', 人工智能: 'ai', 电梯: 'elevator',
};

function extractClusterTargets(c: Ctx): void {
  const doc = '许政办〔2023〕11号';
  const flat = c.flats.get(doc)!;
  const m = matchOnce(flat.text, /力争“十四五”末，培育形成(?<body>[^。]+?)产业集群，/, `${SEED001}: ${doc} cluster targets`);
  const body = m.groups!.body;
  let at = m.indices.groups!.body[0];
  const seen = new Set<string>();
  for (const part of body.split('，')) {
    const g = /^(?<names>[^\d\s]+?)\s*(?<n>\d+)\s*个\s*(?<scale>[\d两千百十]+?)\s*亿级$/.exec(part);
    if (!g) throw new Error(`${doc}: unexpected cluster target group "${part}"`);
    const names = g.groups!.names.split('、');
    const scale = num(g.groups!.scale.trim(), 'cluster scale');
    // the group's quote: from 力争“十四五”末 to the end of this group (the year is in the quote)
    const quote = flat.text.slice(m.index, at + part.length);
    addCheck(c, `cluster2025_${scale}_count`, doc, flat.lineAt(at + part.indexOf(g.groups!.n)), g.groups!.n, String(names.length),
      `the text names as many clusters as it counts for the ${scale} 亿 class`, `the text counts ${g.groups!.n}, names ${names.length}`);
    let off = at;
    for (const name of names) {
      const slug = CLUSTER_SLUG[name];
      if (!slug) throw new Error(`${doc}: unknown cluster "${name}"`);
      if (seen.has(slug)) throw new Error(`${doc}: cluster ${name} twice`);
      seen.add(slug);
      addRow(c, { id: `cluster_${slug}_revenue`, area: CITY, year: 2025, value: scale, kind: 'target', doc, line: flat.lineAt(off), quote,
        note: `printed ${g.groups!.scale.trim()}亿级 (a cluster of the ${scale}-亿-yuan class), read as revenue of that scale; ` +
          'year: 十四五末 = the end of 2025' });
      off += name.length + 1;
    }
    at += part.length + 1;
  }
  if (seen.size !== Object.keys(CLUSTER_SLUG).length) throw new Error(`${doc}: ${seen.size} clusters in the targets`);
}

// ---------------------------------------------------------------------------------------------------------------
// 许政〔2023〕24号: Mayor Quality Award 2021－2022 (5 enterprises, no county printed)

function extractMayorQuality(c: Ctx): void {
  const doc = '许政〔2023〕24号';
  const flat = c.flats.get(doc)!;
  const classes = [
    { re: /授予(?<list>[^；“]+?)\s*(?<n>\d+)\s*家企业“(?<p>\d{4})－(?<y>\d{4})\s*年度许昌市市长质量奖”，各奖励\s*(?<v>\d+)\s*万元/,
      id: 'mayor_quality_award_enterprises', slug: 'mqa', zh: '市长质量奖' },
    { re: /授予(?<list>[^；“]+?)\s*(?<n>\d+)\s*家企业“(?<p>\d{4})－(?<y>\d{4})\s*年度许昌市市长质量提名奖”，各奖励\s*(?<v>\d+)\s*万元/,
      id: 'mayor_quality_nomination_award_enterprises', slug: 'mqn', zh: '市长质量提名奖' },
  ];
  for (const k of classes) {
    const m = matchOnce(flat.text, k.re, `${SEED001}: ${doc} ${k.zh}`);
    const year = Number(m.groups!.y);
    const period = `${m.groups!.p}－${m.groups!.y}`;
    const yearNote = `award period ${period} 年度: the row carries its end year`;
    const n = num(m.groups!.n, 'count');
    addRow(c, { id: k.id, area: CITY, year, value: n, kind: 'actual', doc, line: flat.lineAt(m.indices.groups!.n[0]), quote: m[0], note: yearNote });
    const names = m.groups!.list.split('、');
    addCheck(c, `${k.slug}${m.groups!.y}_count_vs_names`, doc, flat.lineAt(m.indices.groups!.n[0]), n, String(names.length),
      'the text names as many enterprises as it counts', `the text counts ${n}, names ${names.length}`);
    let off = m.indices.groups!.list[0];
    const amount = num(m.groups!.v, 'amount');
    const vEnd = m.index + m[0].length; // the match ends with 万元
    names.forEach((name, i) => {
      if (!/(公司)$/.test(name)) throw new Error(`${doc}: "${name}" does not look like an enterprise name`);
      const place_id = `${k.slug}${m.groups!.y}-${String(i + 1).padStart(2, '0')}`;
      const nameLine = flat.lineAt(off);
      c.places.push({
        place_id, name, category: 'enterprise', area_code: CITY.code, area: CITY.name_zh, year, status: 'existing', doc,
        ...cite(c.seed, nameLine, flat.text.slice(off, off + name.length)),
        note: `${k.zh} ${period}; the notice prints no county: 411000`,
      });
      // the amount is printed once for the group (各奖励 N 万元): quote from the name to the amount
      addRow(c, { id: 'mayor_quality_award_amount', area: CITY, year, value: amount, kind: 'actual', doc,
        line: flat.lineAt(m.indices.groups!.v[0]), quote: flat.text.slice(off, vEnd), place_id,
        note: `printed once for the ${names.length} enterprises (各奖励 ${amount} 万元); ${yearNote}; the notice prints no county: 411000` });
      off += name.length + 1;
    });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 许政〔2023〕23号: four roads named (annex 1), per area heading

function extractRoads(c: Ctx): void {
  const doc = '许政〔2023〕23号';
  const r = c.docs.get(doc)!;
  const seed = c.seed;
  const start = findIn(seed, /^\s*附件\s*1\s*$/, r.numberLine, r.end);
  const stop = findIn(seed, /^\s*附件\s*2\s*$/, start, r.end);
  let area: Area | null = null;
  let serial = 0;
  const counts: { area: Area; line: number; printed: number; found: number }[] = [];
  for (let n = start + 1; n < stop; n++) {
    const t = seed.line(n).trim();
    if (!t || t === '许昌市部分地名') continue;
    const h = /^[一二三四五六七八九十]+、(\S+?)\s*(\d+)\s*条道路$/.exec(t);
    if (h) {
      area = resolveArea(h[1]);
      counts.push({ area, line: n, printed: Number(h[2]), found: 0 });
      continue;
    }
    const m = /^(\d+)．(\S+?(?:路|街|大道|巷))。(位于.+。)$/.exec(t);
    if (!m || !area) throw new Error(`${seed.name}:${n} (${doc} annex 1): unexpected line "${t}"`);
    if (Number(m[1]) !== ++serial) throw new Error(`${seed.name}:${n}: expected road ${serial}`);
    counts.at(-1)!.found++;
    c.places.push({
      place_id: `road2023-${String(serial).padStart(2, '0')}`, name: m[2], category: 'road', area_code: area.code, area: area.name_zh,
      year: 2023, status: 'unknown', doc, ...cite(seed, n, t),
      note: 'named by the notice of 2023-06-30 (year = naming year); the text does not say whether the road is built',
    });
  }
  for (const k of counts) {
    addCheck(c, `roads2023_${AREA_SLUG[k.area.code]}_heading_vs_list`, doc, k.line, String(k.printed), String(k.found),
      'the annex lists as many roads as its heading says', `heading ${k.printed}, ${k.found} roads listed`);
  }
  const city = c.indicators.find((x) => x.doc === doc && x.indicator === 'roads_named' && x.area_code === CITY.code);
  if (!city) throw new Error(`${doc}: city-wide roads_named row missing`);
  addCheck(c, 'roads2023_text_vs_annex', doc, city.line, city.value, String(counts.reduce((a, k) => a + k.printed, 0)),
    'the text total equals the annex headings', 'the annex headings add up to a different number');
}

function findIn(seed: Seed, re: RegExp, from: number, to: number): number {
  const hits: number[] = [];
  for (let n = from; n <= to; n++) if (re.test(seed.line(n))) hits.push(n);
  if (hits.length !== 1) throw new Error(`${seed.name}: ${String(re)} found ${hits.length} times in ${from}..${to}`);
  return hits[0];
}

// ---------------------------------------------------------------------------------------------------------------
// 许政〔2023〕16号 annex (categories of the 52 items) and the name lists of 19号 / 20号: checks only

const PAGE_FURNITURE = /^(许昌市人民政府公报（\d{4}\s*年第\s*\d+\s*期）|-\s*\d+\s*-)$/;

function checkHeritageAnnex(c: Ctx): void {
  const doc = '许政〔2023〕16号';
  const r = c.docs.get(doc)!;
  const seed = c.seed;
  const totalLine = findIn(seed, /^\s*（共计：\s*\d+\s*项）\s*$/, r.numberLine, r.end);
  const total = /（共计：\s*(\d+)\s*项）/.exec(seed.line(totalLine))![1];
  const cats: { line: number; name: string; printed: string; rows: number }[] = [];
  let serial = 0;
  for (let n = totalLine + 1; n <= r.end; n++) {
    const t = seed.line(n).trim();
    if (!t || PAGE_FURNITURE.test(t) || t.split(/\s+/).join('|') === '序号|项目编号|项目名称|申报地区或单位') continue;
    const h = /^[一二三四五六七八九十]+、(\S+?)（(\d+)\s*项）$/.exec(t);
    if (h) {
      cats.push({ line: n, name: h[1], printed: h[2], rows: 0 });
      continue;
    }
    const m = /^(\d+)\s+\S+\s+\S+\s+\S+$/.exec(t);
    if (!m || !cats.length || Number(m[1]) !== ++serial) throw new Error(`${seed.name}:${n} (${doc} annex): unexpected line "${t}"`);
    cats.at(-1)!.rows++;
  }
  cats.forEach((k, i) => addCheck(c, `ich_batch6_cat${i + 1}_heading_vs_rows`, doc, k.line, k.printed, String(k.rows),
    `${k.name}: the annex lists as many items as its heading says`, `${k.name}: heading ${k.printed}, ${k.rows} items listed`));
  addCheck(c, 'ich_batch6_total_vs_categories', doc, totalLine, total, String(cats.reduce((a, k) => a + Number(k.printed), 0)),
    'the category headings add up to the annex total', 'the category headings add up to a different number');
  const text = c.indicators.find((x) => x.doc === doc && x.indicator === 'intangible_heritage_items_listed')!;
  addCheck(c, 'ich_batch6_text_vs_annex', doc, text.line, text.value, total, 'the text and the annex give the same total',
    `text ${text.value}, annex ${total}`);
}

/** 19号 / 20号: the annex lists one person per line (姓名 性别 工作单位 职称): count them against the text. */
function checkNameList(c: Ctx, doc: string, id: string, check: string): void {
  const r = c.docs.get(doc)!;
  const seed = c.seed;
  const head = findIn(seed, /^\s*姓名\s+性别\s+工作单位\s+职称或技术等级\s*$/, r.numberLine, r.end);
  let n = 0;
  let wrapped = false;
  for (let k = head + 1; k <= r.end; k++) {
    const t = seed.line(k).trim();
    if (!t || PAGE_FURNITURE.test(t)) continue;
    if (/^\S+(?:\s{1,3}\S)?\s+[男女]\s+\S+\s+\S+$/.test(t)) {
      n++;
      wrapped = false;
    } else if (/^\S+(?:\s{1,3}\S)?\s+[男女]\s+\S+$/.test(t)) {
      // the work unit wraps: its end and the title stand on the next line
      n++;
      wrapped = true;
    } else if (wrapped && /^\S+\s+\S+$/.test(t) && !/\s[男女]\s/.test(` ${t} `)) {
      wrapped = false;
    } else {
      throw new Error(`${seed.name}:${k} (${doc} annex): unexpected line "${t}"`);
    }
  }
  if (wrapped) throw new Error(`${seed.name}: ${doc} annex ends inside a wrapped row`);
  const text = c.indicators.find((x) => x.doc === doc && x.indicator === id)!;
  addCheck(c, check, doc, text.line, text.value, String(n), 'the annex lists as many persons as the text says',
    `text ${text.value}, annex lists ${n}`);
}

// ---------------------------------------------------------------------------------------------------------------

export function extractSeed001b(seeds: SeedSet): ExtractResult {
  const seed = seeds.get(SEED001);
  if (!seed) throw new Error(`seed ${SEED001} missing`);
  const docs = locateSeed001b(seed);
  const flats = new Map<string, Flat>();
  for (const [d, r] of docs) flats.set(d, flatten(seed, r.numberLine, r.end));
  const c: Ctx = { seed, docs, flats, indicators: [], places: [], checks: [] };
  runTextSpecs(c);
  extractMfgAwards(c);
  extractSciAwards(c);
  extractClusterTargets(c);
  extractMayorQuality(c);
  extractRoads(c);
  checkHeritageAnnex(c);
  checkNameList(c, '许政〔2023〕19号', 'govt_special_allowance_experts_named', 'special_allowance_batch4_text_vs_annex');
  checkNameList(c, '许政〔2023〕20号', 'academic_technical_leaders_named', 'academic_leaders_batch11_text_vs_annex');

  const key = (r: IndicatorRow) => `${r.doc}|${r.indicator}|${r.area_code}|${r.year}|${r.place_id}|${r.kind}|${r.line}`;
  const seen = new Set<string>();
  for (const r of c.indicators) {
    if (seen.has(key(r))) throw new Error(`duplicate row ${key(r)}`);
    seen.add(key(r));
  }
  const ids = new Set(c.places.map((p) => p.place_id));
  if (ids.size !== c.places.length) throw new Error('duplicate place_id');
  const used = new Set(c.indicators.map((r) => r.indicator));
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    indicators: c.indicators.sort((a, b) => a.line - b.line || cmp(a.indicator, b.indicator) || cmp(a.area_code, b.area_code) || cmp(a.place_id, b.place_id)),
    places: c.places.sort((a, b) => a.line - b.line || cmp(a.place_id, b.place_id)),
    checks: c.checks.sort((a, b) => a.line - b.line || cmp(a.check, b.check)),
    defs: DEFS.filter((d) => used.has(d.id)),
  };
}
