/**
 * Seed 001 (许昌市人民政府公报 2023 年第 4 期), first part: the two documents before 许政〔2023〕16号.
 *
 * 许政〔2023〕14号 许昌市“十四五”数字经济和信息化发展规划
 * - The targets table (许昌市“十四五”数字经济和信息化发展目标: 类别 | 指标 | 单位 | 2020年 | 2025年), parsed
 *   structurally (known row labels in order, expected unit, cells number / [number] / —): 2020 = baseline,
 *   2025 = target. Judgements: [4] is a cumulative increase (table note) → percentage points; 公共数据归集率 is
 *   printed with % but 0.65/0.95 → kept as a fraction (unit 比值).
 * - Text figures that print their year (到2025年…). The 5G figure of the 十三五 review (全市已开通5G基站4804座) has
 *   no year; it is kept as a 2020 baseline next to the table's 1901, with a CheckRow (the brief asks for both).
 * - Checks: 5G 2020 table vs text; e-commerce 2025 table 1562 vs text 超1200; 上云企业 2025 table 1.3万家 vs text
 *   3－4万家; software revenue table (12 → 20) vs the yearless text target 10亿元.
 * - Left out: the other 十三五 review figures (目前…: 千兆小区 6032, NB-IOT 572, 益农信息社 1824, 政务服务 items…),
 *   and targets without a year (电子监控农机深松面积80万亩以上, 农业生产信息化水平30%左右, 新增高新技术企业250家以上…).
 *
 * 许政〔2023〕15号 许昌市2023年国民经济和社会发展计划
 * - 2022 actuals (the paragraph 2022年，全市生产总值…), kind actual; the 2023 main targets (2023年经济社会发展主要
 *   预期目标是：…), kind target; 专栏1 (key projects by sector, kind plan) and 专栏2 (民生实事, kind plan/target);
 *   figures under 三、2023年经济社会发展的主要任务 take 2023 from that heading (noted in each row).
 * - 下降 3.6% (retail sales 2022) has no sign in the quote, so it is retail_sales_decline_pct = 3.6.
 * - Checks: 专栏1 sector sums vs 380个以上 / 1800亿元以上, restatements, rural roads 150 公里 (text) vs 220 千米 (专栏2).
 * - Figures that share one printed number (完整度、准确率达到100%; 各完成筛查…) give one row per measure, noted.
 * - Left out: ranges (1－2 个, 3－5 个), figures of single projects (许信高速 6 月通车), counts of the plan's own parts
 *   (8 个方面, 9 大行动), 鄢陵/禹州 wetland parks (the wetlands extractor).
 *
 * Named sites (industrial parks, data centres, an enterprise base) are places in their printed area, else city-wide.
 * Every figure is found by a regex that must match exactly once inside its scope (a document, a paragraph, a box);
 * a seed change that breaks a match throws. Qualifiers (以上/左右/超/力争/…) are recorded in the row's note.
 */
import type { CheckRow, ExtractResult, IndicatorDef, IndicatorRow, Kind, PlaceDraft, PlaceStatus, Topic } from '../lib/types.ts';
import type { Seed, SeedSet } from '../lib/seeds.ts';
import { decimalSum, normaliseNumber, quoteContainsValue } from '../lib/numbers.ts';
import { resolveArea, type Area } from '../lib/areas.ts';
import { cite, flatten, type Flat, type Match } from '../lib/quote.ts';
import { numberedDocument, type NumberedDoc } from '../segment.ts';

export const SEED001 = '001_a0efda9bb81cc2fd.txt';
export const DOC_DIGITAL = '许政〔2023〕14号';
export const DOC_PLAN2023 = '许政〔2023〕15号';
const DIGITAL_TITLE = '许昌市“十四五”数字经济和信息化发展规划';
const PLAN_TITLE = '许昌市2023年国民经济和社会发展计划';
const CITY = resolveArea('许昌市');

type DocKey = 'd14' | 'd15';
const DOC_OF: Record<DocKey, string> = { d14: DOC_DIGITAL, d15: DOC_PLAN2023 };

const squash = (s: string) => s.replace(/\s+/g, '');

// ---------------------------------------------------------------------------------------------------------------
// Document layout

/** 许政〔2023〕14号 and 15号, each with its title inside. */
export function locateSeed001a(seed: Seed): Record<DocKey, NumberedDoc> {
  const d14 = numberedDocument(seed, DOC_DIGITAL);
  const d15 = numberedDocument(seed, DOC_PLAN2023);
  const hasTitle = (r: NumberedDoc, t: string) => {
    for (let n = r.numberLine; n <= r.end; n++) if (squash(seed.line(n)) === t) return;
    throw new Error(`${seed.name}: title ${t} not found as a line inside ${r.doc}`);
  };
  hasTitle(d14, DIGITAL_TITLE);
  hasTitle(d15, PLAN_TITLE);
  return { d14, d15 };
}

function num(printed: string, what: string): string {
  const v = normaliseNumber(printed);
  if (v === null) throw new Error(`${what}: "${printed}" is not a number`);
  return v;
}

// ---------------------------------------------------------------------------------------------------------------
// Indicator definitions

type D = [id: string, topic: Topic, unit: string, zh: string, en: string, description: string];
const T14 = 'Table 许昌市“十四五”数字经济和信息化发展目标 of 许政〔2023〕14号: 2020 column = baseline, 2025 column = target.';
const T23 = '2023 target of 许政〔2023〕15号 (三、2023年经济社会发展的主要任务; the year is the heading\'s).';
const M23 = '2023 plan of 专栏2 2023年许昌市重点民生实事 (许政〔2023〕15号).';
const K1 = '2023 plan of 专栏1 2023年全市重点建设项目安排 (许政〔2023〕15号).';
const P15 = '许政〔2023〕15号 (2023 plan report): 2022 = actual (执行情况), 2023 = target (主要预期目标).';

const DEF_LIST: D[] = [
  // 许政〔2023〕14号 table
  ['digital_economy_core_share_gdp_increase_pp', 'digital', '百分点', '数字经济核心产业增加值占生产总值的比重（五年累计提升）',
    'Digital-economy core industries: cumulative increase of their share of GDP', `${T14} The table prints [4] in the 2025 column and — for 2020; its note says figures in [ ] are the cumulative increase over the 5-year plan (5 年规划累计提升数), so the 2025 target is an increase of the share by 4 percentage points over 2020.`],
  ['it_industry_revenue_above_scale', 'digital', '亿元', '规模以上新一代信息技术产业营业收入', 'Revenue of the new-generation IT industry (above designated size)', T14],
  ['software_it_services_revenue', 'digital', '亿元', '软件和信息技术服务业主营业务收入', 'Main-business revenue of software and IT services', T14],
  ['ict_industrialisation_integration_index', 'digital', '', '“两化”融合发展水平指数', 'Informatisation–industrialisation integration index', `${T14} An index (no unit printed).`],
  ['cloud_enterprises', 'digital', '万家', '上云企业数量', 'Enterprises using cloud services', T14],
  ['industrial_equipment_digitalisation_rate_pct', 'digital', '%', '工业企业生产设备数字化率', 'Digitalisation rate of industrial production equipment', T14],
  // shared with seed003004: its definition, verbatim (merged defs must be identical)
  ['key_process_nc_rate_pct', 'digital', '%', '工业企业关键工序数控化率', 'Numerical-control rate of key industrial processes', 'Share of key processes under numerical control in industrial enterprises (the manufacturing plans: above designated size). Targets are floors (超过 / 达到).'],
  ['ecommerce_transaction_volume', 'digital', '亿元', '电子商务交易额', 'E-commerce transaction volume', T14],
  ['yushiban_registered_users', 'digital', '万户', '“豫事办”注册用户数', 'Registered users of the 豫事办 government-service app', T14],
  ['public_data_aggregation_ratio', 'digital', '比值', '公共数据归集率', 'Public data aggregation rate (as a fraction)', `${T14} The table prints the unit % but the values 0.65 and 0.95; they are kept as printed and read as fractions of 1 (65%, 95%), unit 比值 — see the row notes.`],
  // shared with seed002 (许政〔2023〕38号): the merged defs must be identical, so its definition is repeated verbatim;
  // the source of this document's rows is in their notes and in the check
  ['base_stations_5g', 'digital', '个', '5G基站累计数量', '5G base stations (cumulative)', 'Cumulative number of 5G base stations. 2023 基础 (baseline) and 2025 目标 (target) from the table of 许政〔2023〕38号.'],
  ['mobile_5g_user_penetration_pct', 'digital', '%', '5G用户普及率', '5G user penetration rate', T14],
  ['ftth_share_of_broadband_pct', 'digital', '%', '光纤入户用户占宽带用户比重', 'Fibre-to-the-home users as a share of broadband users', T14],
  ['backbone_direct_link_bandwidth_g', 'digital', 'G', '互联网骨干直联点总带宽', 'Total bandwidth of the internet backbone direct-connection point', `${T14} Unit G as printed (bandwidth, presumably Gbps).`],
  ['internet_egress_bandwidth_g', 'digital', 'G', '互联网出口总带宽', 'Total internet egress bandwidth', `${T14} Unit G as printed (bandwidth, presumably Gbps).`],
  ['mobile_data_per_user_month_g', 'digital', 'G', '月户均移动数据流量', 'Monthly mobile data traffic per user', `${T14} Unit G as printed (presumably GB per user per month).`],
  ['data_center_racks', 'digital', '万架', '数据中心机架数', 'Data-centre racks', `${T14} Counted in 万架 (10,000 racks); the table says 机架, not 标准机架 (data_center_standard_racks, 许政〔2023〕38号).`],
  // 许政〔2023〕14号 text
  // shared with seed003004: its definition, verbatim (merged defs must be identical)
  ['cross_border_ecommerce_volume', 'digital', '亿元', '跨境电商交易额', 'Cross-border e-commerce transaction volume', 'Annual cross-border e-commerce turnover; targets: more than this (超).'],
  ['provincial_digital_village_demo_counties', 'digital', '个', '省级数字乡村示范县', 'Provincial digital-village demonstration counties', 'Number of counties to be approved as provincial digital-village demonstration counties (力争成功申报). 2025 target of 许政〔2023〕14号.'],
  ['digital_tech_innovation_platforms_new', 'science', '家', '省级以上数字技术领域科技创新平台新增数', 'New provincial-level-and-above innovation platforms in digital technology', 'New provincial-and-above key (engineering) laboratories, technology innovation centres, engineering (technology) research centres, enterprise technology centres etc. in digital technology, over the plan period to 2025 (不少于: a floor). 许政〔2023〕14号.'],
  // 许政〔2023〕15号
  ['gdp', 'economy', '亿元', '地区生产总值', 'Gross domestic product (GDP)', `Gross regional product at current prices. ${P15}`],
  ['gdp_growth_pct', 'economy', '%', '地区生产总值增长', 'GDP growth', `Annual real growth of gross regional product. ${P15}`],
  ['industrial_value_added_growth_pct', 'industry', '%', '规模以上工业增加值增长', 'Growth of industrial value added (above designated size)', `Annual growth of the value added of industrial enterprises above designated size (规上). ${P15} The 2023 target is a floor (以上).`],
  ['fixed_asset_investment_growth_pct', 'economy', '%', '固定资产投资增长', 'Fixed-asset investment growth', `Annual growth of fixed-asset investment. ${P15}`],
  ['retail_sales_growth_pct', 'economy', '%', '社会消费品零售总额增长', 'Retail sales of consumer goods, growth', `Annual growth of total retail sales of consumer goods. ${P15} The 2022 fall is in retail_sales_decline_pct.`],
  ['retail_sales_decline_pct', 'economy', '%', '社会消费品零售总额下降', 'Retail sales of consumer goods, decline', `Annual fall (下降) of total retail sales of consumer goods, as a positive number: growth = −value. ${P15} Kept apart from retail_sales_growth_pct because the text prints the fall without a sign.`],
  // shared with seed003004: its definition, verbatim (merged defs must be identical)
  ['foreign_trade_growth_pct', 'economy', '%', '进出口增长', 'Growth of imports and exports', 'Annual growth of the value of imports and exports; rows from 许政〔2020〕15号 are the average annual growth over 2020–2022 (year = the end of the period).'],
  ['general_budget_revenue', 'economy', '亿元', '一般公共预算收入', 'General public budget revenue', `Local general public budget revenue. ${P15}`],
  ['general_budget_revenue_growth_pct', 'economy', '%', '一般公共预算收入增长', 'Growth of general public budget revenue', `Annual growth of local general public budget revenue. ${P15}`],
  ['urbanisation_rate_increase_pp', 'economy', '百分点', '常住人口城镇化率提高', 'Increase of the urbanisation rate (resident population)', `Annual increase of the urbanisation rate of the resident population, in percentage points. ${P15} The 2023 target is approximate (左右).`],
  ['urban_new_jobs', 'economy', '万人', '城镇新增就业', 'New urban jobs', `New urban employment in the year. ${P15}`],
  ['disposable_income_per_capita', 'economy', '元', '居民人均可支配收入', 'Per-capita disposable income of residents', `Per-capita disposable income of all residents. ${P15}`],
  ['disposable_income_growth_pct', 'economy', '%', '居民人均可支配收入增长', 'Growth of per-capita disposable income', `Annual growth of per-capita disposable income. ${P15} The 2023 target is not numeric (与经济增长同步).`],
  ['cpi_increase_pct', 'economy', '%', '居民消费价格总指数涨幅', 'Consumer price index (CPI) increase', `Annual rise of the consumer price index. ${P15} The 2023 target is a cap, approximate (控制在3%左右).`],
  // shared with seed003004: its definition, verbatim (merged defs must be identical)
  ['rd_intensity_pct', 'science', '%', '研发经费投入强度', 'R&D expenditure intensity', 'R&D expenditure as a share of GDP. Targets are floors (以上). The final manufacturing plan 许政〔2020〕14号 gives no figure (高于全省平均水平), its draft and 许政〔2020〕18号 2.1%.'],
  ['urban_surveyed_unemployment_rate_pct', 'economy', '%', '城镇调查失业率', 'Surveyed urban unemployment rate', `${P15} The 2023 target is a cap (以下).`],
  ['grain_output', 'agriculture', '万吨', '粮食总产量', 'Grain output', `Total grain output. ${P15} The 2023 target is a floor (稳定在…以上).`],
  ['air_quality_good_days', 'air', '天', '空气优良天数', 'Days with good air quality', `Days in the year with good or excellent air quality. ${P15}`],
  // 许政〔2023〕15号 专栏1
  ['key_projects', 'economy', '个', '重点建设项目数', 'Key construction projects', `Number of key (省市重点) construction projects arranged for the year (以上: a floor). ${K1}`],
  ['key_project_investment', 'economy', '亿元', '重点项目年度投资', 'Annual investment in key projects', `Investment to be completed in the year in key projects (以上: a floor). ${K1}`],
  ['key_projects_industry', 'industry', '个', '工业重点项目数', 'Key industrial projects', `Advanced-manufacturing (工业) key projects. ${K1}`],
  ['key_project_investment_industry', 'industry', '亿元', '工业重点项目年度投资', 'Annual investment in key industrial projects', `Planned annual investment. ${K1}`],
  ['key_projects_services', 'economy', '个', '现代服务业重点项目数', 'Key modern-services projects', K1],
  ['key_project_investment_services', 'economy', '亿元', '现代服务业重点项目年度投资', 'Annual investment in key modern-services projects', `Planned annual investment. ${K1}`],
  ['key_projects_social', 'economy', '个', '社会事业重点项目数', 'Key social-sector projects', K1],
  ['key_project_investment_social', 'economy', '亿元', '社会事业重点项目年度投资', 'Annual investment in key social-sector projects', `Planned annual investment. ${K1}`],
  ['key_projects_agri_water', 'agriculture', '个', '农林水利重点项目数', 'Key agriculture, forestry and water projects', K1],
  ['key_project_investment_agri_water', 'agriculture', '亿元', '农林水利重点项目年度投资', 'Annual investment in key agriculture, forestry and water projects', `Planned annual investment. ${K1}`],
  ['key_projects_transport_energy', 'transport', '个', '交通能源重点项目数', 'Key transport and energy projects', K1],
  ['key_project_investment_transport_energy', 'transport', '亿元', '交通能源重点项目年度投资', 'Annual investment in key transport and energy projects', `Planned annual investment. ${K1}`],
  ['key_projects_urban', 'housing', '个', '城建重点项目数', 'Key urban-construction projects', `New-urbanisation (城建) key projects. ${K1}`],
  ['key_project_investment_urban', 'housing', '亿元', '城建重点项目年度投资', 'Annual investment in key urban-construction projects', `Planned annual investment. ${K1}`],
  // 许政〔2023〕15号 三、主要任务 and 专栏2
  ['provincial_innovation_platforms_new', 'science', '家', '新增省级以上创新平台', 'New provincial-and-above innovation platforms', `New provincial-and-above engineering (technology) research centres, key laboratories, enterprise technology centres etc. in the year. ${T23}`],
  ['provincial_innovation_platforms', 'science', '家', '省级以上创新平台总量', 'Provincial-and-above innovation platforms (total)', `Stock of such platforms (以上: a floor). ${T23}`],
  ['tech_smes_new', 'science', '家', '新培育科技型中小企业', 'Newly fostered tech-based SMEs', T23],
  // shared with seed003004: its definition, verbatim (merged defs must be identical)
  ['tech_smes', 'science', '家', '科技型中小企业总量', 'Tech-based SMEs (total)', 'Stock of registered (备案) technology-based SMEs in the city. Targets: floors or approximate (左右) as noted per row.'],
  ['high_tech_enterprises_new', 'science', '家', '新培育高新技术企业', 'Newly fostered high-tech enterprises', T23],
  // shared with seed003004: its definition, verbatim (merged defs must be identical)
  ['high_tech_enterprises', 'science', '家', '高新技术企业总量', 'High-tech enterprises (total)', 'Stock of high-tech enterprises in the city. Targets: floors (以上) or approximate (左右) as noted per row; for 2022 许政〔2020〕14号 and 18号 differ (see checks).'],
  ['high_level_talent_teams_introduced', 'science', '个', '引进高层次创新创业人才（团队）', 'High-level innovation/entrepreneurship talents (teams) introduced', `以上: a floor. ${T23}`],
  ['academician_workstations_new', 'science', '家', '新建院士工作站、中原学者工作站', 'New academician / Zhongyuan-scholar workstations', T23],
  ['tech_loans_amount', 'science', '亿元', '“科技贷”“科技保”放贷金额', 'Loans under the provincial 科技贷/科技保 schemes', `突破: a floor. ${T23}`],
  ['rd_expenditure_growth_pct', 'science', '%', '全社会研发经费投入增长', 'Growth of R&D expenditure', `以上: a floor. ${T23}`],
  ['smart_workshops_new', 'industry', '个', '培育建设智能车间（工厂）', 'Smart workshops (factories) to be built', T23],
  ['expressways_under_construction', 'transport', '条', '加快建设的高速公路', 'Expressways under accelerated construction', `Expressway projects whose construction is to be sped up in the year (加快5条高速建设). ${T23}`],
  ['main_board_listed_firms_new', 'economy', '家', '新增主板上市企业', 'New main-board listed enterprises', `以上: a floor. ${T23}`],
  ['srdi_enterprises_new', 'industry', '家', '新增“专精特新”企业', 'New specialised, refined, distinctive and innovative (专精特新) enterprises', `New in the year (the clause 新增… governs the list). ${T23}`],
  ['industry_enterprises_above_scale_new', 'industry', '家', '新增规上工业企业', 'New industrial enterprises above designated size', `New in the year (the clause 新增… governs the list); not the stock (industry_enterprises_above_scale). ${T23}`],
  ['market_entities', 'economy', '万户', '市场主体规模', 'Market entities (registered businesses, total)', `Stock of market entities; 突破: a floor. ${T23}`],
  ['hundred_billion_industry_clusters', 'industry', '个', '千亿级产业集群', 'Industry clusters of the 100-billion-yuan class', `Number of 千亿级 (100 bn yuan class) industry clusters to be formed; printed "4 大" without a counter, unit 个 supplied. ${T23}`],
  ['development_zones_revenue_over_50bn_new', 'industry', '个', '新增营业收入突破500亿元的开发区', 'New development zones with operating revenue over 50 bn yuan', T23],
  ['intranet_5g_factory_benchmarks', 'digital', '家', '企业内网升级改造标杆和5G全连接工厂', 'Enterprise intranet-upgrade benchmarks and 5G fully-connected factories', `The text counts both together (打造1家以上企业内网升级改造标杆和5G全连接工厂); 以上: a floor. ${T23}`],
  ['digital_transformation_solutions_new', 'digital', '家', '培育可复制推广的优秀数字化转型解决方案', 'Replicable model digital-transformation solutions fostered', `Counted in 家 as printed. ${T23}`],
  ['gov_service_items_completeness_pct', 'other', '%', '政务服务事项完整度', 'Completeness of government service items', `确保: a commitment; the text gives one figure for completeness and accuracy (完整度、准确率达到100%). ${T23}`],
  ['gov_service_items_accuracy_pct', 'other', '%', '政务服务事项准确率', 'Accuracy of government service items', `确保: a commitment; the text gives one figure for completeness and accuracy (完整度、准确率达到100%). ${T23}`],
  ['social_security_cards_issued', 'other', '万张', '发放社会保障卡', 'Social security cards issued', `以上: a floor; the text does not say whether the figure is for the year or a running total. ${T23}`],
  ['preschool_projects', 'other', '个', '学前教育新建、改扩建及民转公项目', 'Pre-school projects (new, expanded, private-to-public)', `Projects to be sped up in the year (加快…项目建设). ${T23}`],
  ['secondary_vocational_schools_supported', 'other', '所', '促进快速发展的中等职业学校', 'Secondary vocational schools to be developed', `The schools the task covers (促进12所中等职业学校快速发展), not new schools. ${T23}`],
  ['strategic_emerging_industry_share_pct', 'industry', '%', '战略性新兴产业占比', 'Share of strategic emerging industries', `左右: approximate; the text does not say of what total the share is. ${T23}`],
  ['cloud_enterprises_new', 'digital', '家', '新增上云企业', 'New enterprises moving to the cloud', `In the year (年内); 以上: a floor. Not the same unit as cloud_enterprises (万家, a stock). ${T23}`],
  ['city_quality_projects', 'housing', '个', '百城建设提质工程项目', 'City-quality improvement (百城建设提质) projects', T23],
  ['digital_urban_management_closure_rate_pct', 'digital', '%', '数字化城管案件结案率', 'Case closure rate of digital urban management', `以上: a floor. ${T23}`],
  ['seed_breeding_base_area', 'agriculture', '万亩', '良种繁育基地面积', 'Area of improved-seed breeding bases', `以上: a floor. ${T23}`],
  // same definition as seed003004's (merged defs must be identical)
  ['high_standard_farmland_new', 'agriculture', '万亩', '新建高标准农田', 'New high-standard farmland', 'To build in the year.'],
  ['grain_sown_area', 'agriculture', '万亩', '粮食面积', 'Grain sown area', `以上: a floor. ${T23}`],
  // shared with seed003004: its definition, verbatim (merged defs must be identical)
  ['rural_toilet_renovations', 'housing', '万户', '农村户厕改造', 'Rural household toilets renovated', 'Rural household toilets renovated in the year.'],
  // same definition as seed003004's (merged defs must be identical)
  ['rural_sewage_treatment_rate_pct', 'water', '%', '农村生活污水治理率', 'Rural domestic sewage treatment rate', 'Target floor (以上: at least).'],
  ['rural_roads_upgraded_km', 'transport', '公里', '改造提升农村公路', 'Rural roads upgraded', `${T23} The text says 150 公里, 专栏2 says 220 千米 (see checks).`],
  ['contaminated_farmland_safe_use_pct', 'agriculture', '%', '受污染耕地安全利用率', 'Safe-use rate of contaminated farmland', T23],
  ['new_energy_grid_capacity', 'energy', '万千瓦', '新能源并网装机', 'Grid-connected new-energy capacity', `以上: a floor; a stock (达到). ${T23}`],
  ['green_manufacturing_firms_new', 'industry', '家', '创建绿色制造体系企业', 'Green-manufacturing-system enterprises created', T23],
  ['green_retrofit_firms', 'industry', '家', '企业绿色化改造', 'Enterprises completing green retrofits', `以上: a floor. ${T23}`],
  ['afforestation_planted_mu', 'forest', '亩', '新增人工造林', 'New afforestation by planting', T23],
  ['afforestation_aerial_seeding_mu', 'forest', '亩', '飞播造林', 'Afforestation by aerial seeding', T23],
  ['forest_tending_mu', 'forest', '亩', '森林抚育', 'Forest tending', T23],
  ['graduate_employment_rate_pct', 'economy', '%', '应届高校毕业生综合就业率', 'Employment rate of new university graduates', `以上: a floor. ${T23}`],
  ['rural_labour_transfer_new', 'economy', '万人', '新增农村劳动力转移就业', 'New transfer employment of rural labour', T23],
  ['teachers_trained', 'other', '人', '培训市级名师、骨干教师', 'Municipal master and key teachers trained', `左右: approximate. ${T23}`],
  ['public_preschool_places_new', 'other', '个', '新增公办学位（学前教育）', 'New public pre-school places', `The sentence is about pre-school education (学前教育…47个新建、改扩建及民转公项目…新增公办学位). ${T23}`],
  ['resident_pension_insured', 'eldercare', '万人', '城乡居民基本养老保险参保人数', 'People insured in the basic pension scheme for urban and rural residents', T23],
  ['old_residential_compounds_renovated', 'housing', '个', '城镇老旧小区改造', 'Old urban residential compounds renovated', T23],
  ['shantytown_units_started', 'housing', '套', '棚户区改造新开工', 'Shanty-town redevelopment units started', T23],
  ['shantytown_units_completed', 'housing', '套', '棚户区改造基本建成', 'Shanty-town redevelopment units basically completed', T23],
  ['skills_training_person_times', 'economy', '万人次', '技能培训', 'Vocational skills training', M23],
  ['skilled_workers_new', 'economy', '万人', '新增技能人才', 'New skilled workers', M23],
  ['high_skilled_workers_new', 'economy', '万人', '新增高技能人才', 'New highly skilled workers', `Part of skilled_workers_new (含). ${M23}`],
  ['schools_built_or_expanded', 'other', '所', '新建、改扩建中小学', 'Primary and secondary schools built or expanded', M23],
  ['rural_boarding_primary_schools_built', 'other', '所', '新建、改扩建农村寄宿制小学', 'Rural boarding primary schools built or expanded', `Part of schools_built_or_expanded (其中). ${M23}`],
  ['quality_education_groups', 'other', '个', '市级以上优质教育集团', 'Municipal-and-above quality education groups', M23],
  ['family_doctor_teams_trained', 'health', '个', '培训家庭医生团队', 'Family-doctor teams trained', M23],
  ['primary_health_technicians_trained', 'health', '名', '培训基层卫生技术人员', 'Primary-care health technicians trained', M23],
  ['village_clinics_subsidised', 'health', '个', '村卫生室经费补助', 'Village clinics receiving operating subsidies', `By the end of 2023, full coverage. ${M23}`],
  ['elderly_home_adaptations', 'eldercare', '户', '特殊困难老年人家庭适老化改造', 'Age-friendly home adaptations for elderly households in difficulty', `不少于: a floor. ${M23}`],
  ['cervical_cancer_screenings', 'health', '人', '宫颈癌筛查', 'Cervical cancer screenings', `Free screenings for eligible women. ${M23}`],
  ['breast_cancer_screenings', 'health', '人', '乳腺癌筛查', 'Breast cancer screenings', `Free screenings for eligible women. ${M23}`],
  ['prenatal_screening_coverage_pct', 'health', '%', '孕早中期产前筛查覆盖率', 'Coverage of early/mid-pregnancy prenatal screening', M23],
  ['newborn_disease_screening_rate_pct', 'health', '%', '新生儿“两病”筛查率', 'Newborn screening rate for the two diseases', M23],
  ['newborn_hearing_screening_rate_pct', 'health', '%', '新生儿听力筛查率', 'Newborn hearing screening rate', M23],
  ['youth_mental_health_sessions', 'health', '场次', '青少年心理健康服务进村（社区）活动', 'Youth mental-health outreach events in villages/communities', `不少于: a floor. ${M23}`],
  ['youth_counselling_cases', 'health', '人次', '青少年个案咨询', 'Youth individual counselling cases', `超: more than. ${M23}`],
  ['youth_counselling_cases_key_groups', 'health', '人次', '重点青少年群体个案咨询', 'Individual counselling of key youth groups (left-behind and vulnerable children)', `Part of youth_counselling_cases (其中). ${M23}`],
  ['youth_service_sites_new', 'other', '个', '新建“青翼家园”工作阵地', 'New 青翼家园 youth service sites', M23],
  ['disabled_children_rehab_aided', 'health', '人', '残疾儿童康复救助', 'Disabled children receiving rehabilitation aid', M23],
  ['gas_safety_devices_installed', 'housing', '户', '燃气用户安全装置加装', 'Households fitted with gas safety devices', M23],
  ['old_compound_households_renovated', 'housing', '户', '城镇老旧小区新开工改造户数', 'Households in old compounds where renovation starts', `Households, not compounds (see old_residential_compounds_renovated). ${M23}`],
  ['manholes_repaired', 'housing', '座', '窨井设施维修改造', 'Manholes repaired or replaced', M23],
  ['villages_with_delivery_station_pct', 'transport', '%', '设立村级寄递物流服务站的行政村比例', 'Administrative villages with a village delivery/logistics station', M23],
  ['distribution_areas_upgraded', 'energy', '个', '配电台区升级改造', 'Power distribution transformer areas upgraded', M23],
  ['distribution_lines_built_km', 'energy', '公里', '新建改造10千伏及以下线路', 'Distribution lines (10 kV and below) built or rebuilt', `Printed 千米. ${M23}`],
  ['one_card_subsidy_items', 'other', '项', '“一卡通”发放补贴项目', 'Subsidy items paid through the one-card system', `超过: more than. ${M23}`],
  ['one_card_subsidy_beneficiaries', 'other', '万人', '“一卡通”补贴惠及群众', 'People benefiting from one-card subsidies', `以上: a floor. ${M23}`],
  ['heating_network_built_km', 'energy', '公里', '新建改建热力管网', 'Heating network built or rebuilt', M23],
  ['heating_area_renovated_or_new', 'energy', '万平方米', '改造和新增供暖面积', 'Heated floor area renovated or added', M23],
  ['smart_onstreet_parking_spaces', 'transport', '个', '智慧化改造路内停车泊位', 'On-street parking spaces converted to smart parking', `Central urban area (中心城区), recorded city-wide. ${M23}`],
  ['offstreet_car_parks_new', 'transport', '个', '新建路外停车场', 'New off-street car parks', `Central urban area (中心城区), recorded city-wide. ${M23}`],
  ['pocket_car_parks_renovated', 'transport', '个', '改造口袋停车场', 'Pocket car parks renovated', `Central urban area (中心城区), recorded city-wide. ${M23}`],
  ['illegal_parking_camera_systems_new', 'transport', '处', '新建违法停车自动抓拍系统', 'New automatic illegal-parking camera systems', `Central urban area (中心城区), recorded city-wide. ${M23}`],
  ['crosswalk_yield_camera_systems_new', 'transport', '处', '新建机动车不礼让斑马线抓拍系统', 'New cameras for vehicles not yielding at zebra crossings', `Central urban area (中心城区), recorded city-wide. ${M23}`],
  ['traffic_signal_systems_new', 'transport', '处', '新建交通信号灯系统', 'New traffic-signal systems', `Central urban area (中心城区), recorded city-wide. ${M23}`],
  ['electronic_police_systems_new', 'transport', '处', '新建电子警察系统', 'New traffic-enforcement camera (电子警察) systems', `Central urban area (中心城区), recorded city-wide. ${M23}`],
];

// ---------------------------------------------------------------------------------------------------------------
// 许政〔2023〕14号: the targets table

const TABLE_TITLE = '许昌市“十四五”数字经济和信息化发展目标';
const TABLE_HEADER = '类别指标单位2020年2025年';
const TABLE_NOTE = /^注：\[\s*\]内数据为\s*5\s*年规划累计提升数$/;
/** Category labels of the first column, broken over two lines by the PDF text ("数字产" / "业化"). */
const CATEGORY_FRAGMENTS = new Set(['数字产', '业化', '产业数', '字化', '治理数', '新型基', '础设施']);

/** Table rows in printed order: label as printed (spaces removed), indicator id, unit cell as printed. */
const TABLE_ROWS: readonly [label: string, id: string, unit: string][] = [
  ['数字经济核心产业增加值占生产总值的比重', 'digital_economy_core_share_gdp_increase_pp', '%'],
  ['规模以上新一代信息技术产业营业收入', 'it_industry_revenue_above_scale', '亿元'],
  ['软件和信息技术服务业主营业务收入', 'software_it_services_revenue', '亿元'],
  ['“两化”融合发展水平指数', 'ict_industrialisation_integration_index', ''],
  ['上云企业数量', 'cloud_enterprises', '万家'],
  ['工业企业生产设备数字化率', 'industrial_equipment_digitalisation_rate_pct', '%'],
  ['工业企业关键工序数控化率', 'key_process_nc_rate_pct', '%'],
  ['电子商务交易额', 'ecommerce_transaction_volume', '亿元'],
  ['“豫事办”注册用户数', 'yushiban_registered_users', '万户'],
  ['公共数据归集率', 'public_data_aggregation_ratio', '%'],
  ['5G基站数量', 'base_stations_5g', '个'],
  ['5G用户普及率', 'mobile_5g_user_penetration_pct', '%'],
  ['光纤入户用户占宽带用户比重', 'ftth_share_of_broadband_pct', '%'],
  ['互联网骨干直联点总带宽', 'backbone_direct_link_bandwidth_g', 'G'],
  ['互联网出口总带宽', 'internet_egress_bandwidth_g', 'G'],
  ['月户均移动数据流量', 'mobile_data_per_user_month_g', 'G'],
  ['数据中心机架数', 'data_center_racks', '万架'],
];

export interface TableCell {
  printed: string;
  /** canonical decimal, or null for "—" */
  value: string | null;
  /** printed in [ ]: a cumulative increase over the plan period (table note) */
  bracketed: boolean;
}
export interface TableRow {
  line: number;
  label: string;
  id: string;
  unit: string;
  y2020: TableCell;
  y2025: TableCell;
}
export interface DigitalTable {
  titleLine: number;
  headerLine: number;
  noteLine: number;
  rows: TableRow[];
}

function tableCell(printed: string, where: string): TableCell {
  if (printed === '—') return { printed, value: null, bracketed: false };
  const b = /^\[(\d+(?:\.\d+)?)\]$/.exec(printed);
  if (b) return { printed, value: num(b[1], where), bracketed: true };
  if (!/^\d+(\.\d+)?$/.test(printed)) throw new Error(`${where}: cell "${printed}" is neither a number, [number] nor "—"`);
  return { printed, value: num(printed, where), bracketed: false };
}

/**
 * The table lost its borders: each data row is one line "label unit 2020 2025"; the 类别 column's labels are
 * broken over two lines ("数字产" / "业化") that stand on lines of their own, or (治理数字化) glued to the end of
 * one data row and the start of the next. Those fragments are dropped (they carry no value); every other line
 * must be a known row with the expected unit and two cells (number, [number] or —). Anything else throws.
 */
export function parseDigitalTable(seed: Seed, from: number, to: number): DigitalTable {
  const where = (n: number) => `${seed.name}:${n} (${DOC_DIGITAL} table)`;
  const titles: number[] = [];
  for (let n = from; n <= to; n++) if (squash(seed.line(n)) === TABLE_TITLE) titles.push(n);
  if (titles.length !== 1) throw new Error(`${seed.name}: table title found ${titles.length} times in ${DOC_DIGITAL}`);
  const titleLine = titles[0];
  let n = titleLine + 1;
  while (n <= to && !seed.line(n).trim()) n++;
  const headerLine = n;
  if (squash(seed.line(headerLine)) !== TABLE_HEADER) {
    throw new Error(`${where(headerLine)}: unexpected header "${seed.line(headerLine).trim()}"`);
  }
  const rows: TableRow[] = [];
  let noteLine = 0;
  for (n = headerLine + 1; n <= to; n++) {
    let t = seed.line(n).trim();
    if (!t) continue;
    if (TABLE_NOTE.test(t)) {
      noteLine = n;
      break;
    }
    if (CATEGORY_FRAGMENTS.has(t)) continue;
    // a category fragment glued to a data row: "字化 公共数据归集率 …" / "… 123 310 治理数"
    const lead = /^(\S+)\s+/.exec(t);
    if (lead && CATEGORY_FRAGMENTS.has(lead[1])) t = t.slice(lead[0].length);
    const trail = /\s+(\S+)$/.exec(t);
    if (trail && CATEGORY_FRAGMENTS.has(trail[1])) t = t.slice(0, trail.index);
    const spec = TABLE_ROWS[rows.length];
    if (!spec) throw new Error(`${where(n)}: more rows than expected: "${t}"`);
    const [label, id, unit] = spec;
    // the label may contain a space ("5G 基站数量"): match it with optional whitespace between characters
    const labelRe = new RegExp('^' + [...label].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'));
    const lm = labelRe.exec(t);
    if (!lm) throw new Error(`${where(n)}: expected row "${label}", got "${t}"`);
    const rest = t.slice(lm[0].length);
    // cells are separated by one space; an empty unit cell leaves two spaces ("“两化”融合发展水平指数  55 64")
    const cells = rest.replace(/^\s/, '').split(/\s/);
    if (cells.length !== 3) throw new Error(`${where(n)}: expected unit + 2 cells after "${label}", got [${cells.join(' | ')}]`);
    if (cells[0] !== unit) throw new Error(`${where(n)}: expected unit "${unit}" for "${label}", got "${cells[0]}"`);
    rows.push({ line: n, label, id, unit, y2020: tableCell(cells[1], where(n)), y2025: tableCell(cells[2], where(n)) });
  }
  if (!noteLine) throw new Error(`${where(headerLine)}: table note 注：[ ]内数据… not found`);
  if (rows.length !== TABLE_ROWS.length) throw new Error(`${where(noteLine)}: ${rows.length} rows, expected ${TABLE_ROWS.length}`);
  return { titleLine, headerLine, noteLine, rows };
}

// ---------------------------------------------------------------------------------------------------------------
// Text figures

const N = String.raw`[0-9０-９]+(?:[.．][0-9０-９]+)?`;
const PCT = '[％%]';

/**
 * A scope is the stretch of a document a spec is searched in, and the year its figures refer to. `start`/`end` are
 * regexes on the flattened document text (end exclusive; end omitted = end of the document).
 */
type ScopeKey = 'd14' | 'd15' | 'p2022' | 't2023' | 'k2023' | 'tasks2023' | 'm2023';
interface Scope {
  doc: DocKey;
  start?: string;
  end?: string;
  /** the year of every figure in the scope; undefined = each spec states its year (group y in the regex) */
  year?: number;
  /** why the year holds, used in a row's note when the quote does not show the year itself */
  yearWhy?: string;
}
const SCOPES: Record<ScopeKey, Scope> = {
  d14: { doc: 'd14' },
  d15: { doc: 'd15' },
  p2022: {
    doc: 'd15', start: String.raw`2022\s*年，全市生产总值`, end: '同时，也要清醒看到', year: 2022,
    yearWhy: 'year 2022 from the paragraph opening 2022年，全市生产总值… (一、2022年国民经济和社会发展计划执行情况)',
  },
  t2023: {
    doc: 'd15', start: String.raw`2023\s*年经济社会发展主要预期目标是：`, end: String.raw`三、2023\s*年经济社会发展的主要任务`, year: 2023,
    yearWhy: 'year 2023 from the sentence opening 2023年经济社会发展主要预期目标是：',
  },
  k2023: {
    doc: 'd15', start: String.raw`专栏\s*1\s*2023\s*年全市重点建设项目安排`, end: '加快激活消费潜力', year: 2023,
    yearWhy: 'year 2023 from the box title 专栏1 2023年全市重点建设项目安排',
  },
  tasks2023: {
    doc: 'd15', start: String.raw`三、2023\s*年经济社会发展的主要任务`, end: String.raw`专栏\s*2\s*2023\s*年许昌市重点民生实事`, year: 2023,
    yearWhy: 'year inferred: the sentence gives none; it stands under the heading 三、2023年经济社会发展的主要任务 of the 2023 plan',
  },
  m2023: {
    doc: 'd15', start: String.raw`专栏\s*2\s*2023\s*年许昌市重点民生实事`, year: 2023,
    yearWhy: 'year 2023 from the box title 专栏2 2023年许昌市重点民生实事',
  },
};

/** Qualifiers printed with a value, recorded in the row's note. */
const QUAL: Record<string, string> = {
  以上: 'a floor: 以上 (at least)',
  超: 'a floor: 超 (more than)',
  突破: 'a floor: 突破 (to exceed)',
  不少于: 'a floor: 不少于 (not less than)',
  以下: 'a cap: 以下 (at most)',
  左右: 'approximate: 左右',
  控制在左右: 'a cap, approximate: 控制在…左右 (to be kept at about)',
  力争: 'an aspiration: 力争 (strive for)',
  确保: 'a commitment: 确保 (ensure)',
  超过: 'a floor: 超过 (more than)',
  中心城区: 'area: the text says 中心城区 (the central urban area), recorded city-wide (411000)',
};

interface Spec {
  key: string;
  scope: ScopeKey;
  /** regex source; named group v is the value, optional y the printed year, optional a the printed area */
  re: string;
  id: string;
  kind: Kind;
  /** for scopes without a year: the year, checked against group y */
  year?: number;
  /** qualifier keys of QUAL, joined by + */
  qual?: string;
  /** printed area name when not in the match; default 许昌市 */
  area?: string;
  note?: string;
  place?: string;
}

const S = (key: string, scope: ScopeKey, re: string, id: string, kind: Kind, o: Partial<Spec> = {}): Spec =>
  ({ key, scope, re, id, kind, ...o });

const SPECS: Spec[] = [
  // ----- 许政〔2023〕14号 text
  S('d14-5g-text', 'd14', String.raw`全市已开通\s*5G\s*基站\s*(?<v>${N})\s*座`, 'base_stations_5g', 'baseline', {
    year: 2020,
    note: 'the text gives no year: the figure stands in 5．新型数字基础设施建设成效明显 of the “十三五”期间 (2016–2020) review, read as 2020; the same paragraph says 目前 (at present), so it may be of a later date. The table gives 1901 for 2020 (see check digital_5g_base_stations_2020_table_vs_text)',
  }),
  S('d14-ecommerce-2025', 'd14', String.raw`到\s*(?<y>2025)\s*年，电子商务年交易额超\s*(?<v>${N})\s*亿元`, 'ecommerce_transaction_volume', 'target', {
    year: 2025, qual: '超', note: 'the table gives 1562 for 2025 (see check digital_ecommerce_2025_table_vs_text)',
  }),
  S('d14-crossborder-2025', 'd14', String.raw`到\s*(?<y>2025)\s*年，电子商务年交易额超\s*${N}\s*亿元，其中跨境电商交易额超\s*(?<v>${N})\s*亿元`,
    'cross_border_ecommerce_volume', 'target', { year: 2025, qual: '超' }),
  S('d14-digital-village-2025', 'd14', String.raw`到\s*(?<y>2025)\s*年，力争成功申报省级数字乡村示范县\s*(?<v>${N})\s*个`,
    'provincial_digital_village_demo_counties', 'target', { year: 2025, qual: '力争' }),
  S('d14-innovation-platforms-2025', 'd14',
    String.raw`到\s*(?<y>2025)\s*年，全市省级以上数字技术领域[^。]*?各类科技创新平台新增不少于\s*(?<v>${N})\s*家`,
    'digital_tech_innovation_platforms_new', 'target', { year: 2025, qual: '不少于' }),

  // ----- 许政〔2023〕15号: 2022 actuals (one paragraph)
  S('d15-gdp-2022', 'p2022', String.raw`2022\s*年，全市生产总值\s*(?<v>${N})\s*亿元`, 'gdp', 'actual'),
  S('d15-gdp-growth-2022', 'p2022', String.raw`2022\s*年，全市生产总值\s*${N}\s*亿元、增长\s*(?<v>${N})\s*${PCT}`, 'gdp_growth_pct', 'actual'),
  S('d15-industry-va-2022', 'p2022', String.raw`规上工业增加值增长\s*(?<v>${N})\s*${PCT}`, 'industrial_value_added_growth_pct', 'actual'),
  S('d15-fai-2022', 'p2022', String.raw`固定资产投资增长\s*(?<v>${N})\s*${PCT}`, 'fixed_asset_investment_growth_pct', 'actual'),
  S('d15-retail-2022', 'p2022', String.raw`社会消费品零售总额下降\s*(?<v>${N})\s*${PCT}`, 'retail_sales_decline_pct', 'actual', {
    note: 'printed as a decline (下降); the value is the size of the fall, i.e. retail_sales_growth_pct = −value',
  }),
  S('d15-trade-2022', 'p2022', String.raw`进出口增长\s*(?<v>${N})\s*${PCT}`, 'foreign_trade_growth_pct', 'actual'),
  S('d15-budget-rev-2022', 'p2022', String.raw`一般公共预算收入\s*(?<v>${N})\s*亿元`, 'general_budget_revenue', 'actual'),
  S('d15-budget-rev-growth-2022', 'p2022', String.raw`一般公共预算收入\s*${N}\s*亿元、增长\s*(?<v>${N})\s*${PCT}`, 'general_budget_revenue_growth_pct', 'actual'),
  S('d15-urbanisation-2022', 'p2022', String.raw`常住人口城镇化率提高\s*(?<v>${N})\s*个百分点`, 'urbanisation_rate_increase_pp', 'actual'),
  S('d15-jobs-2022', 'p2022', String.raw`城镇新增就业\s*(?<v>${N})\s*万人`, 'urban_new_jobs', 'actual'),
  S('d15-income-2022', 'p2022', String.raw`居民人均可支配收入达到\s*(?<v>${N})\s*元`, 'disposable_income_per_capita', 'actual'),
  S('d15-income-growth-2022', 'p2022', String.raw`居民人均可支配收入达到\s*${N}\s*元，增长\s*(?<v>${N})\s*${PCT}`, 'disposable_income_growth_pct', 'actual'),
  S('d15-cpi-2022', 'p2022', String.raw`居民消费价格总指数上涨\s*(?<v>${N})\s*${PCT}`, 'cpi_increase_pct', 'actual'),
  S('d15-grain-2022', 'p2022', String.raw`粮食总产量完成\s*(?<v>${N})\s*万吨`, 'grain_output', 'actual'),
  S('d15-air-days-2022', 'p2022', String.raw`全年空气优良天数达\s*(?<v>${N})\s*天`, 'air_quality_good_days', 'actual'),

  // ----- 2023 targets (主要预期目标)
  S('d15-gdp-growth-2023', 't2023', String.raw`2023\s*年经济社会发展主要预期目标是：生产总值增长\s*(?<v>${N})\s*${PCT}`, 'gdp_growth_pct', 'target'),
  S('d15-industry-va-2023', 't2023', String.raw`规模以上工业增加值增长\s*(?<v>${N})\s*${PCT}以上`, 'industrial_value_added_growth_pct', 'target', { qual: '以上' }),
  S('d15-fai-2023', 't2023', String.raw`固定资产投资增长\s*(?<v>${N})\s*${PCT}`, 'fixed_asset_investment_growth_pct', 'target'),
  S('d15-retail-2023', 't2023', String.raw`社会消费品零售总额增长\s*(?<v>${N})\s*${PCT}`, 'retail_sales_growth_pct', 'target'),
  S('d15-cpi-2023', 't2023', String.raw`CPI\s*涨幅控制在\s*(?<v>${N})\s*${PCT}左右`, 'cpi_increase_pct', 'target', { qual: '控制在左右' }),
  S('d15-budget-rev-growth-2023', 't2023', String.raw`一般公共预算收入增长\s*(?<v>${N})\s*${PCT}`, 'general_budget_revenue_growth_pct', 'target'),
  S('d15-rd-2023', 't2023', String.raw`研发经费投入强度达\s*(?<v>${N})\s*${PCT}以上`, 'rd_intensity_pct', 'target', { qual: '以上' }),
  S('d15-urbanisation-2023', 't2023', String.raw`常住人口城镇化率提高\s*(?<v>${N})\s*个百分点左右`, 'urbanisation_rate_increase_pp', 'target', { qual: '左右' }),
  S('d15-jobs-2023', 't2023', String.raw`城镇新增就业\s*(?<v>${N})\s*万人`, 'urban_new_jobs', 'target'),
  S('d15-unemployment-2023', 't2023', String.raw`城镇调查失业率控制在\s*(?<v>${N})\s*${PCT}以下`, 'urban_surveyed_unemployment_rate_pct', 'target', { qual: '以下' }),
  S('d15-grain-2023', 't2023', String.raw`粮食产量稳定在\s*(?<v>${N})\s*万吨以上`, 'grain_output', 'target', { qual: '以上' }),
  // ----- 专栏1 2023年全市重点建设项目安排 (plan)
  S('d15-key-projects', 'k2023', String.raw`安排\s*(?<v>${N})\s*个以上重点项目`, 'key_projects', 'plan', { qual: '以上' }),
  S('d15-key-investment', 'k2023', String.raw`安排\s*${N}\s*个以上重点项目，完成年度投资\s*(?<v>${N})\s*亿元以上`, 'key_project_investment', 'plan', { qual: '以上' }),
  ...([
    ['industry', '工业'], ['services', '现代服务业'], ['social', '社会事业'], ['agri_water', '农林水利'],
    ['transport_energy', '交通能源'], ['urban', '城建'],
  ] as const).flatMap(([slug, zh]) => [
    S(`d15-key-projects-${slug}`, 'k2023', String.raw`加快实施\s*(?<v>${N})\s*个${zh}重点项目`, `key_projects_${slug}`, 'plan'),
    S(`d15-key-investment-${slug}`, 'k2023', String.raw`加快实施\s*${N}\s*个${zh}重点项目，计划完成年度投资\s*(?<v>${N})\s*亿元`, `key_project_investment_${slug}`, 'plan'),
  ]),

  // ----- 三、2023年经济社会发展的主要任务 (targets; the year is the heading's)
  S('d15-innov-platforms-new', 'tasks2023', String.raw`力争全年新增省级以上工程（技术）研究中心、重点实验室、企业技术中心等创新平台\s*(?<v>${N})\s*家`, 'provincial_innovation_platforms_new', 'target', { qual: '力争' }),
  S('d15-innov-platforms', 'tasks2023', String.raw`等创新平台\s*${N}\s*家，总量达到\s*(?<v>${N})\s*家以上`, 'provincial_innovation_platforms', 'target', { qual: '以上' }),
  S('d15-tech-smes-new', 'tasks2023', String.raw`力争全年新培育科技型中小企业\s*(?<v>${N})\s*家`, 'tech_smes_new', 'target', { qual: '力争' }),
  S('d15-tech-smes', 'tasks2023', String.raw`新培育科技型中小企业\s*${N}\s*家，总量达到\s*(?<v>${N})\s*家以上`, 'tech_smes', 'target', { qual: '以上' }),
  S('d15-hte-new', 'tasks2023', String.raw`新培育高新技术企业\s*(?<v>${N})\s*家`, 'high_tech_enterprises_new', 'target'),
  S('d15-hte', 'tasks2023', String.raw`新培育高新技术企业\s*${N}\s*家，总量达到\s*(?<v>${N})\s*家以上`, 'high_tech_enterprises', 'target', { qual: '以上' }),
  S('d15-talent-teams', 'tasks2023', String.raw`引进高层次创新创业人才（团队）\s*(?<v>${N})\s*个以上`, 'high_level_talent_teams_introduced', 'target', { qual: '以上' }),
  S('d15-workstations', 'tasks2023', String.raw`力争新建院士工作站、中原学者工作站\s*(?<v>${N})\s*家`, 'academician_workstations_new', 'target', { qual: '力争' }),
  S('d15-tech-loans', 'tasks2023', String.raw`力争省“科技贷”“科技保”放贷金额突破\s*(?<v>${N})\s*亿元`, 'tech_loans_amount', 'target', { qual: '力争+突破' }),
  S('d15-rd-growth', 'tasks2023', String.raw`力争全社会研发经\s*费投入增长\s*(?<v>${N})\s*${PCT}以上`, 'rd_expenditure_growth_pct', 'target', { qual: '力争+以上' }),
  S('d15-smart-workshops', 'tasks2023', String.raw`培育建设\s*(?<v>${N})\s*个智能车间（工厂）`, 'smart_workshops_new', 'target'),
  S('d15-sei-share', 'tasks2023', String.raw`力争战略性新兴产业占比稳定在\s*(?<v>${N})\s*${PCT}左右`, 'strategic_emerging_industry_share_pct', 'target', { qual: '力争+左右' }),
  S('d15-expressways', 'tasks2023', String.raw`加快\s*(?<v>${N})\s*条高速建设`, 'expressways_under_construction', 'plan'),
  S('d15-listed-new', 'tasks2023', String.raw`新增主板上市企业\s*(?<v>${N})\s*家以上`, 'main_board_listed_firms_new', 'target', { qual: '以上' }),
  S('d15-srdi-new', 'tasks2023', String.raw`新增主板上市企业\s*${N}\s*家以上、“专精特新”企业\s*(?<v>${N})\s*家`, 'srdi_enterprises_new', 'target', {
    note: 'new in the year: 新增 opens the list (新增主板上市企业…、“专精特新”企业…、规上工业企业…)',
  }),
  S('d15-above-scale-new', 'tasks2023', String.raw`新增主板上市企业\s*${N}\s*家以上、“专精特新”企业\s*${N}\s*家、规上\s*工业企业\s*(?<v>${N})\s*家`, 'industry_enterprises_above_scale_new', 'target', {
    note: 'new in the year: 新增 opens the list (新增主板上市企业…、“专精特新”企业…、规上工业企业…)',
  }),
  S('d15-market-entities', 'tasks2023', String.raw`市场主体规模突破\s*(?<v>${N})\s*万户`, 'market_entities', 'target', { qual: '突破' }),
  S('d15-100bn-clusters', 'tasks2023', String.raw`培育形成新一代信息技术、新材料、节能环保、装\s*备制造\s*(?<v>${N})\s*大千亿级产业集群`, 'hundred_billion_industry_clusters', 'target', {
    note: 'printed 4 大千亿级产业集群 (新一代信息技术、新材料、节能环保、装备制造); unit 个 supplied',
  }),
  S('d15-500bn-zone', 'tasks2023', String.raw`新增\s*(?<v>${N})\s*个营业收\s*入突破\s*500\s*亿元的开发区`, 'development_zones_revenue_over_50bn_new', 'target'),
  S('d15-intranet-5g', 'tasks2023', String.raw`打造\s*(?<v>${N})\s*家以上企业内网升级改造标杆和\s*5G\s*全连接工厂`, 'intranet_5g_factory_benchmarks', 'target', {
    qual: '以上', note: 'one figure for both: 企业内网升级改造标杆和5G全连接工厂',
  }),
  S('d15-dx-solutions', 'tasks2023', String.raw`培育\s*(?<v>${N})\s*家可复制推广的“优秀数字化转型解决方案”`, 'digital_transformation_solutions_new', 'target'),
  S('d15-cloud-new', 'tasks2023', String.raw`年内新增上云企业\s*(?<v>${N})\s*家以上`, 'cloud_enterprises_new', 'target', { qual: '以上' }),
  S('d15-city-quality-projects', 'tasks2023', String.raw`高标准建设\s*(?<v>${N})\s*个百城建设提质工程`, 'city_quality_projects', 'plan'),
  S('d15-digital-cg-closure', 'tasks2023', String.raw`确保数字化城管案件结案率达到\s*(?<v>${N})\s*${PCT}以上`, 'digital_urban_management_closure_rate_pct', 'target', { qual: '确保+以上' }),
  S('d15-seed-base', 'tasks2023', String.raw`确保良种繁育基地面积稳定在\s*(?<v>${N})\s*万亩以上`, 'seed_breeding_base_area', 'target', { qual: '确保+以上' }),
  S('d15-hs-farmland', 'tasks2023', String.raw`建设高标准农\s*田\s*(?<v>${N})\s*万亩`, 'high_standard_farmland_new', 'plan'),
  S('d15-grain-area', 'tasks2023', String.raw`确保全市粮食面积稳定在\s*(?<v>${N})\s*万亩以上`, 'grain_sown_area', 'target', { qual: '确保+以上' }),
  S('d15-toilets', 'tasks2023', String.raw`整村推进农村户厕\s*改造\s*(?<v>${N})\s*万户`, 'rural_toilet_renovations', 'plan'),
  S('d15-rural-sewage', 'tasks2023', String.raw`农村生活污水治理率达\s*(?<v>${N})\s*${PCT}以上`, 'rural_sewage_treatment_rate_pct', 'target', { qual: '以上' }),
  S('d15-rural-roads-text', 'tasks2023', String.raw`改造提升农村公路\s*(?<v>${N})\s*公里`, 'rural_roads_upgraded_km', 'plan', {
    note: '专栏2 of the same document gives 220 千米 (see check plan2023_rural_roads_text_vs_box2)',
  }),
  S('d15-farmland-safe-use', 'tasks2023', String.raw`确保受污染耕地安全利用率保持\s*(?<v>${N})\s*${PCT}`, 'contaminated_farmland_safe_use_pct', 'target', { qual: '确保' }),
  S('d15-new-energy-grid', 'tasks2023', String.raw`力争全市新能源并网达到\s*(?<v>${N})\s*万千瓦以上`, 'new_energy_grid_capacity', 'target', { qual: '力争+以上' }),
  S('d15-green-mfg', 'tasks2023', String.raw`全年创建绿色制造体系企业\s*(?<v>${N})\s*家`, 'green_manufacturing_firms_new', 'target'),
  S('d15-green-retrofit', 'tasks2023', String.raw`力\s*争再完成企业绿色化改造\s*(?<v>${N})\s*家以上`, 'green_retrofit_firms', 'target', { qual: '力争+以上' }),
  S('d15-afforestation', 'tasks2023', String.raw`力争全年新增人工造林\s*(?<v>${N})\s*亩`, 'afforestation_planted_mu', 'target', { qual: '力争' }),
  S('d15-aerial-seeding', 'tasks2023', String.raw`新增人工造林\s*${N}\s*亩、飞播造林\s*(?<v>${N})\s*亩`, 'afforestation_aerial_seeding_mu', 'target', { qual: '力争' }),
  S('d15-forest-tending', 'tasks2023', String.raw`飞播造林\s*${N}\s*亩、森林抚育\s*(?<v>${N})\s*亩`, 'forest_tending_mu', 'target', { qual: '力争' }),
  S('d15-gov-service-completeness', 'tasks2023', String.raw`确保全市政务服务事项\s*完整度、准确率达到\s*(?<v>${N})\s*${PCT}`, 'gov_service_items_completeness_pct', 'target', {
    qual: '确保', note: '完整度、准确率 share one printed figure',
  }),
  S('d15-gov-service-accuracy', 'tasks2023', String.raw`确保全市政务服务事项\s*完整度、准确率达到\s*(?<v>${N})\s*${PCT}`, 'gov_service_items_accuracy_pct', 'target', {
    qual: '确保', note: '完整度、准确率 share one printed figure',
  }),
  S('d15-social-security-cards', 'tasks2023', String.raw`发放社会保障卡\s*(?<v>${N})\s*万张以上`, 'social_security_cards_issued', 'target', { qual: '以上' }),
  S('d15-graduate-employment', 'tasks2023', String.raw`确保应届高校毕业生综合就业率达到\s*(?<v>${N})\s*${PCT}以上`, 'graduate_employment_rate_pct', 'target', { qual: '确保+以上' }),
  S('d15-rural-labour-transfer', 'tasks2023', String.raw`新\s*增农村劳动力转移就业\s*(?<v>${N})\s*万人`, 'rural_labour_transfer_new', 'target'),
  S('d15-teachers-trained', 'tasks2023', String.raw`全年培训市级名师、骨干教师\s*(?<v>${N})\s*人左右`, 'teachers_trained', 'plan', { qual: '左右' }),
  S('d15-public-kg-places', 'tasks2023', String.raw`继续推进学前教育普及普惠发展，加快\s*${N}\s*个新建、改扩建及民转公项目建设，新增公办学位\s*(?<v>${N})\s*个`, 'public_preschool_places_new', 'plan'),
  S('d15-preschool-projects', 'tasks2023', String.raw`继续推进学前教育普及普惠发展，加快\s*(?<v>${N})\s*个新建、改扩建及民转公项目建设`, 'preschool_projects', 'plan'),
  S('d15-vocational-schools', 'tasks2023', String.raw`促进\s*(?<v>${N})\s*所中\s*等职业学校快速发展`, 'secondary_vocational_schools_supported', 'plan'),
  S('d15-pension-insured', 'tasks2023', String.raw`确保全市城乡居\s*民基本养老保险参保人数达\s*(?<v>${N})\s*万人`, 'resident_pension_insured', 'target', { qual: '确保' }),
  S('d15-old-compounds', 'tasks2023', String.raw`突出抓好\s*(?<v>${N})\s*个城镇老旧小区改造`, 'old_residential_compounds_renovated', 'plan'),
  S('d15-shanty-started', 'tasks2023', String.raw`全年新开工\s*(?<v>${N})\s*套`, 'shantytown_units_started', 'plan'),
  S('d15-shanty-completed', 'tasks2023', String.raw`全年新开工\s*${N}\s*套、基本建成\s*(?<v>${N})\s*套`, 'shantytown_units_completed', 'plan'),

  // ----- 专栏2 2023年许昌市重点民生实事 (plan)
  S('d15-skills-training', 'm2023', String.raw`全年完成技能培训\s*(?<v>${N})\s*万人次`, 'skills_training_person_times', 'plan'),
  S('d15-skilled-new', 'm2023', String.raw`新增技能人才\s*(?<v>${N})\s*万人（含高技能人才`, 'skilled_workers_new', 'plan'),
  S('d15-high-skilled-new', 'm2023', String.raw`新增技能人才\s*${N}\s*万人（含高技能人才\s*(?<v>${N})\s*万人）`, 'high_skilled_workers_new', 'plan'),
  S('d15-schools', 'm2023', String.raw`新建、改扩建中小学\s*(?<v>${N})\s*所`, 'schools_built_or_expanded', 'plan'),
  S('d15-boarding-schools', 'm2023', String.raw`（其\s*中农村寄宿制小学\s*(?<v>${N})\s*所`, 'rural_boarding_primary_schools_built', 'plan'),
  S('d15-edu-groups', 'm2023', String.raw`打造\s*(?<v>${N})\s*个市级以上优质\s*教育集团`, 'quality_education_groups', 'plan'),
  S('d15-fd-teams', 'm2023', String.raw`(?<y>2023)\s*年全年共培训\s*(?<v>${N})\s*个家庭医生团队`, 'family_doctor_teams_trained', 'plan'),
  S('d15-primary-health-trained', 'm2023', String.raw`(?<y>2023)\s*年全年共培训\s*${N}\s*个家庭医生团队和\s*(?<v>${N})\s*名基层卫生技术人员`, 'primary_health_technicians_trained', 'plan'),
  S('d15-village-clinics', 'm2023', String.raw`(?<y>2023)\s*年年底前实现\s*(?<v>${N})\s*个村卫生\s*室经费补助全覆盖`, 'village_clinics_subsidised', 'plan'),
  S('d15-elderly-adapt', 'm2023', String.raw`全年完成改造不少于\s*(?<v>${N})\s*户`, 'elderly_home_adaptations', 'plan', { qual: '不少于' }),
  S('d15-cervical', 'm2023', String.raw`宫颈癌、乳腺癌筛查，各完成筛查\s*(?<v>${N})\s*人`, 'cervical_cancer_screenings', 'plan', { note: '各 (each): the same figure for cervical and breast cancer screening' }),
  S('d15-breast', 'm2023', String.raw`宫颈癌、乳腺癌筛查，各完成筛查\s*(?<v>${N})\s*人。`, 'breast_cancer_screenings', 'plan', { note: '各 (each): the same figure for cervical and breast cancer screening' }),
  S('d15-prenatal', 'm2023', String.raw`(?<y>2023)\s*年年底前\s*全市孕早中期产前筛查覆盖率达到\s*(?<v>${N})\s*${PCT}`, 'prenatal_screening_coverage_pct', 'target'),
  S('d15-newborn-disease', 'm2023', String.raw`新生儿“两病”筛查率达到\s*(?<v>${N})\s*${PCT}`, 'newborn_disease_screening_rate_pct', 'target'),
  S('d15-newborn-hearing', 'm2023', String.raw`新生儿听力筛\s*查率达到\s*(?<v>${N})\s*${PCT}`, 'newborn_hearing_screening_rate_pct', 'target'),
  S('d15-youth-sessions', 'm2023', String.raw`全年组\s*织不少于\s*(?<v>${N})\s*场次青少年心理健康服务进村（社区）活动`, 'youth_mental_health_sessions', 'plan', { qual: '不少于' }),
  S('d15-youth-cases', 'm2023', String.raw`实现超\s*(?<v>${N})\s*人次青少年个案\s*咨询`, 'youth_counselling_cases', 'plan', { qual: '超' }),
  S('d15-youth-cases-key-groups', 'm2023', String.raw`其中留守儿童、困境儿童等重点青少年群体个案\s*咨询\s*(?<v>${N})\s*人次`, 'youth_counselling_cases_key_groups', 'plan'),
  S('d15-qingyi', 'm2023', String.raw`新建\s*(?<v>${N})\s*个“青翼\s*家园”工作阵地`, 'youth_service_sites_new', 'plan'),
  S('d15-disabled-children', 'm2023', String.raw`全年救助\s*(?<v>${N})\s*人`, 'disabled_children_rehab_aided', 'plan'),
  S('d15-gas-safety', 'm2023', String.raw`全年完成燃气用户安全装置加装\s*(?<v>${N})\s*户`, 'gas_safety_devices_installed', 'plan'),
  S('d15-old-compound-households', 'm2023', String.raw`全年新开工改造\s*(?<v>${N})\s*户`, 'old_compound_households_renovated', 'plan'),
  S('d15-manholes', 'm2023', String.raw`全年完成\s*(?<v>${N})\s*座窨井设施的维修改造任务`, 'manholes_repaired', 'plan'),
  S('d15-rural-roads-box', 'm2023', String.raw`改造农村公路\s*(?<v>${N})\s*千米`, 'rural_roads_upgraded_km', 'plan', {
    note: 'printed 千米 (= 公里); the text of the same document gives 150 公里 (see check plan2023_rural_roads_text_vs_box2)',
  }),
  S('d15-delivery-stations', 'm2023', String.raw`(?<y>2023)\s*年年底前\s*实现\s*(?<v>${N})\s*${PCT}行政村设立村级寄递物流服务站`, 'villages_with_delivery_station_pct', 'target'),
  S('d15-distribution-areas', 'm2023', String.raw`完成\s*(?<v>${N})\s*个配电台区升级改造`, 'distribution_areas_upgraded', 'plan'),
  S('d15-distribution-lines', 'm2023', String.raw`新建改造\s*10\s*千伏及以下线路\s*(?<v>${N})\s*千米`, 'distribution_lines_built_km', 'plan', { note: 'printed 千米 (= 公里)' }),
  S('d15-one-card-items', 'm2023', String.raw`全年通过“一卡通”\s*发放补贴项目超过\s*(?<v>${N})\s*项`, 'one_card_subsidy_items', 'plan', { qual: '超过' }),
  S('d15-one-card-people', 'm2023', String.raw`发放补贴项目超过\s*${N}\s*项，惠及群众\s*(?<v>${N})\s*万人以上`, 'one_card_subsidy_beneficiaries', 'plan', { qual: '以上' }),
  S('d15-heating-network', 'm2023', String.raw`全市新建改建热力管网\s*(?<v>${N})\s*公里`, 'heating_network_built_km', 'plan'),
  S('d15-heating-area', 'm2023', String.raw`改造和新增供暖面积\s*(?<v>${N})\s*万平方米`, 'heating_area_renovated_or_new', 'plan'),
  S('d15-onstreet-parking', 'm2023', String.raw`智慧化改造路内停车泊位\s*(?<v>${N})\s*个`, 'smart_onstreet_parking_spaces', 'plan', { qual: '中心城区' }),
  S('d15-offstreet-parks', 'm2023', String.raw`新建路外停车场\s*(?<v>${N})\s*个`, 'offstreet_car_parks_new', 'plan', { qual: '中心城区' }),
  S('d15-pocket-parks', 'm2023', String.raw`改造口袋停车场\s*(?<v>${N})\s*个`, 'pocket_car_parks_renovated', 'plan', { qual: '中心城区' }),
  S('d15-signals', 'm2023', String.raw`包括\s*(?<v>${N})\s*处交通信号灯\s*系统`, 'traffic_signal_systems_new', 'plan', { qual: '中心城区' }),
  S('d15-e-police', 'm2023', String.raw`(?<v>${N})\s*处电子警察系统`, 'electronic_police_systems_new', 'plan', { qual: '中心城区' }),
  S('d15-parking-cameras', 'm2023', String.raw`(?<v>${N})\s*处违法停车自动抓拍系统`, 'illegal_parking_camera_systems_new', 'plan', { qual: '中心城区' }),
  S('d15-crosswalk-cameras', 'm2023', String.raw`(?<v>${N})\s*处机动车不礼让斑马线抓\s*拍系统`, 'crosswalk_yield_camera_systems_new', 'plan', { qual: '中心城区' }),
];

interface Hit {
  spec: Spec;
  value: string;
  year: number;
  line: number;
  quote: string;
  area: Area;
  note: string;
}

function scopeRange(flat: Flat, key: ScopeKey): { from: number; to: number } {
  const sc = SCOPES[key];
  const find = (re: string, from: number) => {
    const r = new RegExp(re, 'g');
    const all = [...flat.text.matchAll(r)];
    if (all.length !== 1) throw new Error(`scope ${key}: /${re}/ found ${all.length} times in ${DOC_OF[sc.doc]}`);
    if (all[0].index! < from) throw new Error(`scope ${key}: /${re}/ before the scope start`);
    return all[0].index!;
  };
  const from = sc.start ? find(sc.start, 0) : 0;
  const to = sc.end ? find(sc.end, from) : flat.text.length;
  return { from, to };
}

/** The one match of `re` inside scope `key`; throws unless there is exactly one. */
function findOnce(seed: Seed, flats: Record<DocKey, Flat>, key: ScopeKey, re: string, what: string): { m: Match; flat: Flat } {
  const sc = SCOPES[key];
  const flat = flats[sc.doc];
  const { from, to } = scopeRange(flat, key);
  const ms = [...flat.text.slice(0, to).matchAll(new RegExp(re, 'gd'))].filter((m) => m.index! >= from);
  if (ms.length !== 1) {
    throw new Error(`${seed.name}: ${what} matched ${ms.length} times in scope ${key} of ${DOC_OF[sc.doc]} (${re})`);
  }
  return { m: ms[0] as Match, flat };
}

function runSpec(seed: Seed, flats: Record<DocKey, Flat>, s: Spec): Hit {
  const sc = SCOPES[s.scope];
  const { m, flat } = findOnce(seed, flats, s.scope, s.re, `spec ${s.key}`);
  const g = m.groups?.v;
  const gi = m.indices?.groups?.v;
  if (g === undefined || !gi) throw new Error(`spec ${s.key}: no value group`);
  const value = num(g, s.key);
  const year = sc.year ?? s.year;
  if (year === undefined) throw new Error(`spec ${s.key}: no year`);
  if (m.groups?.y !== undefined && Number(m.groups.y) !== year) throw new Error(`spec ${s.key}: printed year ${m.groups.y}, expected ${year}`);
  if (sc.year !== undefined && s.year !== undefined && s.year !== sc.year) throw new Error(`spec ${s.key}: year conflicts with scope`);
  const line = flat.lineAt(gi[0]);
  const quote = m[0];
  if (!quoteContainsValue(quote, value)) throw new Error(`spec ${s.key}: quote does not show ${value}`);
  const area = resolveArea(m.groups?.a ?? s.area ?? '许昌市');
  const notes: string[] = [];
  for (const q of s.qual ? s.qual.split('+') : []) {
    if (!QUAL[q]) throw new Error(`spec ${s.key}: unknown qualifier ${q}`);
    notes.push(QUAL[q]);
  }
  if (!squash(quote).includes(`${year}年`) && sc.yearWhy) notes.push(sc.yearWhy);
  if (s.note) notes.push(s.note);
  return { spec: s, value, year, line, quote, area, note: notes.join('; ') };
}

// ---------------------------------------------------------------------------------------------------------------
// Places

/**
 * Named sites. `re`: regex source with a named group n (the name as printed) and optionally a (the printed area);
 * it must match exactly once in the scope. The area is the printed one (group a), else `area`, else city-wide.
 */
interface PlaceSpec {
  id: string;
  scope: ScopeKey;
  re: string;
  name: string;
  category: string;
  area?: string;
  status: PlaceStatus;
  year: number | '';
  town?: string;
  note?: string;
}
const NO_COUNTY = 'the text names no county: recorded city-wide (411000)';
// 中原人工智能计算中心 (2021年…正式上线投运) and 市中医医院 (强力推进…建设) are named here too, but seed002's extractor
// already emits them as places (zhongyuan-ai-computing-center, xuchang-tcm-hospital); a place_id may be emitted
// only once, so they are left to it.
const PLACES: PlaceSpec[] = [
  // 许政〔2023〕14号
  { id: 'xuchang-smart-info-industrial-park', scope: 'd14', re: String.raw`建设(?<n>许昌市智慧信息产业园)，加快推进\s*5G\s*成果转化，目前园区已入驻企业`,
    name: '许昌市智慧信息产业园', category: 'industrial_park', status: 'existing', year: '', note: `status existing: 目前园区已入驻企业20余家; ${NO_COUNTY}` },
  { id: 'xuchang-kunpeng-manufacturing-base', scope: 'd14', re: String.raw`目前，(?<n>许昌鲲鹏制造基地)\s*已具备年产`,
    name: '许昌鲲鹏制造基地', category: 'enterprise', status: 'existing', year: '', note: `a manufacturing base (PCs, servers, mainboards) of the 鲲鹏 industry; status existing: 已具备…生产能力; ${NO_COUNTY}` },
  { id: 'weidu-hi-tech-industrial-park', scope: 'd14', re: String.raw`(?<a>魏都区)(?<n>高新技术产业园)已具有企业集聚`,
    name: '魏都区高新技术产业园', category: 'industrial_park', status: 'existing', year: '' },
  { id: 'xuchang-5g-innovation-industrial-park', scope: 'd14', re: String.raw`(?<a>城乡一体化示范区)(?<n>许昌\s*5G\s*创新应用产业园)积极推动`,
    name: '许昌5G创新应用产业园', category: 'industrial_park', status: 'existing', year: '' },
  { id: 'xuchang-5g-edge-computing-center', scope: 'd14', re: String.raw`推动中原人工智\s*能计算中心、(?<n>许昌\s*5G\s*边缘计算中心)等项目建设`,
    name: '许昌5G边缘计算中心', category: 'data_center', status: 'planned', year: '', note: `status planned: 推动…等项目建设; ${NO_COUNTY}` },
  { id: 'weidu-it-services-industrial-park', scope: 'd14', re: String.raw`力争把(?<a>魏都区)(?<n>信\s*息技术服务产业园)`,
    name: '魏都区信息技术服务产业园', category: 'industrial_park', status: 'existing', year: '', note: 'status existing: named as a park to be made a leading software park (力争把…打造成全省领先的软件园区)' },
  { id: 'dongcheng-digital-economy-industrial-park', scope: 'd14', re: String.raw`信\s*息技术服务产业园、(?<a>东城区)(?<n>数字经济产业园)等软件产业园`,
    name: '东城区数字经济产业园', category: 'industrial_park', status: 'existing', year: '', note: 'status existing: named as a park to be made a leading software park (力争把…打造成全省领先的软件园区)' },
  { id: 'xuchang-5g-edge-computing-eco-park', scope: 'd14', re: String.raw`依托\s*(?<n>5G\s*边缘计算生态产业园区)，建设\s*5G\s*边缘计算产品研发基地`,
    name: '5G边缘计算生态产业园区', category: 'industrial_park', status: 'existing', year: '', note: `status existing: 依托 (built on); ${NO_COUNTY}` },
  { id: 'xuchang-government-big-data-center', scope: 'd14', re: String.raw`构建(?<n>许昌市政务大数据中心)，实现存量系统逐步迁移上云`,
    name: '许昌市政务大数据中心', category: 'data_center', status: 'planned', year: '', note: `status planned: 建设政务大数据中心; ${NO_COUNTY}` },
  // 许政〔2023〕15号
  { id: 'xuchang-national-high-tech-zone', scope: 'd15', re: String.raw`稳步推进(?<n>许昌国家高新区)建设`,
    name: '许昌国家高新区', category: 'industrial_park', status: 'existing', year: 2023, note: `year: the 2023 plan (稳步推进…建设); also named 许昌高新技术产业开发区 in the same document; ${NO_COUNTY}` },
  { id: 'yuzhou-provincial-high-tech-zone', scope: 'd15', re: String.raw`支持\s*(?<a>禹州)(?<n>省级高新区)提档升级`,
    name: '禹州省级高新区', category: 'industrial_park', status: 'upgrading', year: 2023, note: 'status upgrading: 提档升级; year: the 2023 plan' },
  { id: 'changge-economic-technological-development-zone', scope: 'd15', re: String.raw`以(?<a>长葛)(?<n>经济技术开发区)、许昌高新技\s*术产业开发区的省级数字化转型示范区为平台`,
    name: '长葛经济技术开发区', category: 'industrial_park', status: 'existing', year: 2023, note: 'a provincial digital-transformation demonstration zone (省级数字化转型示范区); year: the 2023 plan' },
  { id: 'dazhou-circular-economy-industrial-park', scope: 'd15', re: String.raw`加快(?<n>大周循环经济产业园)建设`,
    name: '大周循环经济产业园', category: 'industrial_park', status: 'planned', year: 2023, note: `status planned: 加快…建设 (under construction); year: the 2023 plan; ${NO_COUNTY} (大周 is not given a county in the text)` },
  { id: 'sino-german-xuchang-industrial-park', scope: 'd15', re: String.raw`加快(?<n>中德（许昌）产业园)建设`,
    name: '中德（许昌）产业园', category: 'industrial_park', status: 'planned', year: 2023, note: `status planned: 加快…建设; year: the 2023 plan; ${NO_COUNTY}` },
  { id: 'jianan-comprehensive-bonded-zone', scope: 'd15', re: String.raw`(?<a>建安)(?<n>综保区)申建`,
    name: '建安综保区', category: 'industrial_park', status: 'planned', year: 2023, note: 'a comprehensive bonded zone being applied for (申建); status planned; year: the 2023 plan' },
];


// ---------------------------------------------------------------------------------------------------------------

export function extractSeed001a(seeds: SeedSet): ExtractResult {
  const seed = seeds.get(SEED001);
  if (!seed) throw new Error(`seed ${SEED001} missing`);
  const layout = locateSeed001a(seed);
  const flats: Record<DocKey, Flat> = {
    d14: flatten(seed, layout.d14.numberLine, layout.d14.end),
    d15: flatten(seed, layout.d15.numberLine, layout.d15.end),
  };
  const defs = new Map(DEF_LIST.map(([id, topic, unit, name_zh, name_en, description]) =>
    [id, { id, topic, name_zh, name_en, unit, description } satisfies IndicatorDef]));
  const unitOf = (id: string) => {
    const d = defs.get(id);
    if (!d) throw new Error(`no def for ${id}`);
    return d.unit;
  };
  const indicators: IndicatorRow[] = [];
  const checks: CheckRow[] = [];

  // --- table
  const table = parseDigitalTable(seed, layout.d14.numberLine, layout.d14.end);
  for (const r of table.rows) {
    const quote = seed.line(r.line).trim();
    for (const [year, kind, c] of [[2020, 'baseline', r.y2020], [2025, 'target', r.y2025]] as const) {
      if (c.value === null) continue;
      const notes: string[] = [];
      if (c.bracketed) {
        notes.push(`printed [${c.value}]: per the table note (注：[ ]内数据为5年规划累计提升数) a cumulative increase over the plan period, read as percentage points of the share`);
      }
      if (r.id === 'public_data_aggregation_ratio') {
        notes.push(`printed ${c.printed} under the unit %; read as a fraction of 1 (${Math.round(Number(c.value) * 100)}%), since a 0.65%→0.95% aggregation-rate target is implausible`);
      }
      indicators.push({
        indicator: r.id, area_code: CITY.code, area: CITY.name_zh, year, value: c.value, unit: unitOf(r.id), kind,
        doc: DOC_DIGITAL, ...cite(seed, r.line, quote), note: notes.join('; '), place_id: '',
      });
    }
  }

  // --- text figures
  const hits = new Map<string, Hit>();
  for (const s of SPECS) {
    if (hits.has(s.key)) throw new Error(`spec key ${s.key} used twice`);
    const h = runSpec(seed, flats, s);
    hits.set(s.key, h);
    indicators.push({
      indicator: s.id, area_code: h.area.code, area: h.area.name_zh, year: h.year, value: h.value, unit: unitOf(s.id),
      kind: s.kind, doc: DOC_OF[SCOPES[s.scope].doc], ...cite(seed, h.line, h.quote), note: h.note, place_id: s.place ?? '',
    });
  }

  // --- checks
  const check = (id: string, doc: string, line: number, expected: string, found: string, note: string) =>
    checks.push({ check: id, doc, seed: seed.name, line, expected, found, note });
  const tableRow = (id: string) => {
    const r = table.rows.find((x) => x.id === id);
    if (!r) throw new Error(`table row ${id} missing`);
    return r;
  };
  const hit = (key: string) => {
    const h = hits.get(key);
    if (!h) throw new Error(`no hit ${key}`);
    return h;
  };
  /** a value printed in the text but not emitted as a row (no year, a range, or a restatement) */
  const textValue = (key: ScopeKey, re: string, what: string, group = 'v') => {
    const { m, flat } = findOnce(seed, flats, key, re, what);
    const gi = m.indices.groups?.[group];
    if (!gi) throw new Error(`${what}: no group ${group}`);
    return { value: num(m.groups![group], what), line: flat.lineAt(gi[0]), text: m[0] };
  };
  {
    // 5G base stations: table 2020 vs the text of the 十三五 review
    const t = tableRow('base_stations_5g');
    const x = hit('d14-5g-text');
    check('digital_5g_base_stations_2020_table_vs_text', DOC_DIGITAL, t.line, t.y2020.value ?? '—', x.value,
      t.y2020.value === x.value
        ? `ok: the table's 2020 5G base stations equal the text (line ${x.line})`
        : `the table (line ${t.line}) gives ${t.y2020.value} 5G base stations for 2020; the text (line ${x.line}, 全市已开通5G基站${x.value}座, in the “十三五” review, no year printed) gives ${x.value}. The text figure is probably of a later date (目前) than end-2020; both rows are kept`);
  }
  {
    // e-commerce 2025: table target vs the text's floor 超1200
    const t = tableRow('ecommerce_transaction_volume');
    const x = hit('d14-ecommerce-2025');
    const ok = Number(t.y2025.value) > Number(x.value);
    check('digital_ecommerce_2025_table_vs_text', DOC_DIGITAL, t.line, t.y2025.value ?? '—', `>${x.value}`,
      ok
        ? `ok: the table's 2025 target (${t.y2025.value} 亿元) satisfies the text's floor (line ${x.line}: 电子商务年交易额超${x.value}亿元), though the two state different targets`
        : `the table's 2025 target (${t.y2025.value} 亿元) is below the text's floor (line ${x.line}: 超${x.value}亿元)`);
  }
  {
    // cloud enterprises 2025: table 1.3 万家 vs the text's 3–4 万家 (a range, not emitted as a row)
    const t = tableRow('cloud_enterprises');
    const lo = textValue('d14', String.raw`到\s*2025\s*年，推\s*动\s*(?<v>${N})\s*[－-]\s*(?<hi>${N})\s*万家企业上云用云`, 'cloud 3–4万 text');
    const hi = textValue('d14', String.raw`到\s*2025\s*年，推\s*动\s*(?<lo>${N})\s*[－-]\s*(?<v>${N})\s*万家企业上云用云`, 'cloud 3–4万 text');
    const inRange = Number(t.y2025.value) >= Number(lo.value) && Number(t.y2025.value) <= Number(hi.value);
    check('digital_cloud_enterprises_2025_table_vs_text', DOC_DIGITAL, t.line, t.y2025.value ?? '—', `${lo.value}-${hi.value}`,
      inRange
        ? `ok: the table's 2025 target lies in the text's range (line ${lo.line})`
        : `the table gives ${t.y2025.value} 万家 上云企业 for 2025; the text (line ${lo.line}: 到2025年，推动${lo.value}－${hi.value}万家企业上云用云) says ${lo.value}–${hi.value} 万家. The text range is not emitted as a row`);
  }
  {
    // software revenue: text target 10 亿元 (no year) vs the table (2020: 12, 2025: 20)
    const t = tableRow('software_it_services_revenue');
    const x = textValue('d14', String.raw`力争软件和信息服务业主营业务收入达到\s*(?<v>${N})\s*亿元`, 'software revenue text');
    check('digital_software_revenue_table_vs_text', DOC_DIGITAL, x.line, t.y2025.value ?? '—', x.value,
      Number(x.value) === Number(t.y2025.value)
        ? `ok: the text's target equals the table's 2025 target (line ${t.line})`
        : `the text (line ${x.line}) sets 力争软件和信息服务业主营业务收入达到${x.value}亿元 with no year; the table (line ${t.line}) gives ${t.y2020.value} 亿元 for 2020 and ${t.y2025.value} 亿元 for 2025, so the text target is below even the 2020 baseline. The text figure is not emitted as a row (no year)`);
  }
  {
    // 专栏1: sector counts / investments vs the totals (floors)
    const sectors = ['industry', 'services', 'social', 'agri_water', 'transport_energy', 'urban'];
    const sum = (prefix: string) => decimalSum(sectors.map((x) => hit(`${prefix}-${x}`).value));
    const projects = hit('d15-key-projects');
    const inv = hit('d15-key-investment');
    const ps = sum('d15-key-projects');
    const is = sum('d15-key-investment');
    check('plan2023_box1_projects_sum', DOC_PLAN2023, projects.line, `>=${projects.value}`, ps,
      Number(ps) >= Number(projects.value)
        ? `ok: the six sector lines of 专栏1 add up to ${ps} projects, meeting 380个以上`
        : `the six sector lines of 专栏1 add up to ${ps} projects, fewer than the ${projects.value}个以上 stated`);
    check('plan2023_box1_investment_sum', DOC_PLAN2023, inv.line, `>=${inv.value}`, is,
      Number(is) >= Number(inv.value)
        ? `ok: the six sector lines of 专栏1 add up to ${is} 亿元, meeting 1800亿元以上`
        : `the six sector lines of 专栏1 add up to ${is} 亿元, less than the ${inv.value}亿元以上 stated`);
    // the text before the box restates both totals
    const tp = textValue('tasks2023', String.raw`全力推进\s*(?<v>${N})\s*个以上省市重点项目建设`, 'key projects text');
    const ti = textValue('tasks2023', String.raw`力争全年完成投资\s*(?<v>${N})\s*亿元以\s*上`, 'key investment text');
    check('plan2023_key_projects_text_vs_box1', DOC_PLAN2023, tp.line, projects.value, tp.value,
      tp.value === projects.value ? `ok: the text (line ${tp.line}) and 专栏1 (line ${projects.line}) both say ${tp.value}个以上` : `the text says ${tp.value}个以上, 专栏1 says ${projects.value}个以上`);
    check('plan2023_key_investment_text_vs_box1', DOC_PLAN2023, ti.line, inv.value, ti.value,
      ti.value === inv.value ? `ok: the text (line ${ti.line}) and 专栏1 (line ${inv.line}) both say ${ti.value}亿元以上` : `the text says ${ti.value}亿元以上, 专栏1 says ${inv.value}亿元以上`);
    // the box's investment growth vs the main target
    const bf = textValue('k2023', String.raw`力争带动全市固定资产投资增速达到\s*(?<v>${N})\s*${PCT}`, 'box1 FAI growth');
    const tf = hit('d15-fai-2023');
    check('plan2023_box1_fai_growth_vs_target', DOC_PLAN2023, bf.line, tf.value, bf.value,
      bf.value === tf.value ? `ok: 专栏1 (line ${bf.line}) and the main targets (line ${tf.line}) both give ${bf.value}% fixed-asset investment growth` : `专栏1 gives ${bf.value}%, the main targets ${tf.value}%`);
  }
  {
    // restatements inside 许政〔2023〕15号
    const pairs: [string, string, string, string][] = [
      // [check id, spec key of the emitted row, scope, regex of the restatement]
      ['plan2023_new_jobs_task_vs_target', 'd15-jobs-2023', 'tasks2023', String.raw`全市城镇新增就业\s*(?<v>${N})\s*万人`],
      ['plan2023_grain_task_vs_target', 'd15-grain-2023', 'tasks2023', String.raw`产量保持\s*在\s*(?<v>${N})\s*万吨以上`],
      ['plan2023_skilled_workers_task_vs_box2', 'd15-skilled-new', 'tasks2023', String.raw`全年新增技能人才\s*(?<v>${N})\s*万人`],
    ];
    for (const [id, key, scope, re] of pairs) {
      const h = hit(key);
      const x = textValue(scope as ScopeKey, re, id);
      check(id, DOC_PLAN2023, x.line, h.value, x.value,
        h.value === x.value
          ? `ok: line ${x.line} restates ${x.value} (the row is cited at line ${h.line})`
          : `line ${x.line} says ${x.value}, line ${h.line} says ${h.value}`);
    }
    const a = hit('d15-rural-roads-text');
    const b = hit('d15-rural-roads-box');
    check('plan2023_rural_roads_text_vs_box2', DOC_PLAN2023, a.line, a.value, b.value,
      a.value === b.value
        ? `ok: the text and 专栏2 give the same rural-road length`
        : `the text (line ${a.line}: 改造提升农村公路${a.value}公里) and 专栏2 (line ${b.line}: 改造农村公路${b.value}千米) give different 2023 rural-road upgrade lengths; both rows are kept`);
  }

  // --- places
  const places: PlaceDraft[] = [];
  for (const p of PLACES) {
    const { m, flat } = findOnce(seed, flats, p.scope, p.re, `place ${p.id}`);
    const ni = m.indices.groups?.n;
    if (!ni) throw new Error(`place ${p.id}: regex needs a named group n for the name`);
    const printedName = squash(m.groups!.n);
    const printedArea = m.groups?.a;
    // the name is the printed name, or the printed area + name (魏都区 + 高新技术产业园), or 许昌 + a 市… name
    const accepted = [printedName, (printedArea ? squash(printedArea) : '') + printedName, `许昌${printedName}`];
    if (!accepted.includes(p.name)) {
      throw new Error(`place ${p.id}: printed "${printedArea ?? ''}${printedName}" is not ${p.name}`);
    }
    const area = resolveArea(printedArea ?? p.area ?? '许昌市');
    const line = flat.lineAt(printedArea ? m.indices.groups!.a![0] : ni[0]);
    const doc = DOC_OF[SCOPES[p.scope].doc];
    const d: PlaceDraft = {
      place_id: p.id, name: p.name, category: p.category, area_code: area.code, area: area.name_zh, year: p.year,
      status: p.status, doc, ...cite(seed, line, m[0]), note: p.note ?? '',
    };
    if (p.town) d.town = p.town;
    places.push(d);
  }

  indicators.sort((a, b) =>
    a.doc.localeCompare(b.doc) || a.indicator.localeCompare(b.indicator) || a.year - b.year || a.kind.localeCompare(b.kind) ||
    a.area_code.localeCompare(b.area_code) || a.line - b.line || a.place_id.localeCompare(b.place_id));
  places.sort((a, b) => a.place_id.localeCompare(b.place_id));
  checks.sort((a, b) => a.check.localeCompare(b.check));
  const used = new Set(indicators.map((r) => r.indicator));
  for (const id of used) if (!defs.has(id)) throw new Error(`no def for ${id}`);
  return { indicators, places, checks, defs: [...defs.values()].filter((d) => used.has(d.id)).sort((a, b) => a.id.localeCompare(b.id)) };
}
