/**
 * Seed 002 (许昌市人民政府公报 2023年第6期): every quantitative fact tied to an area and a year, except
 * 许政〔2023〕37号 (tourism roads, pipeline/extract/tourism.ts).
 *
 * Documents and what they give:
 * - 许政〔2023〕34号 知识产权强市建设行动方案: 2024 targets (patents, trademarks, pledge financing, technology contracts).
 * - 许政〔2023〕38号 新型基础设施建设提速行动方案: the table 新型基础设施中重点建设任务目标 (2023 基础 / 2025 目标),
 *   parsed structurally, and the text's 2025 targets; text figures restating a table cell become CheckRows.
 * - 许政〔2023〕39号 “十四五”医疗卫生服务体系规划: 2020 status figures, the table 主要发展指标 (2020 / 2025), the
 *   county tables 各县（市、区）床位配置规划 and 各县（市、区）执业（助理）医师和注册护士数规划, the text's 2025 targets;
 *   hospitals and public-health institutions as places.
 * - 许政办〔2023〕25号 15 industry-chain action plans (2023—2025年): the 2025 targets of each plan (located inside the plan
 *   by its title), named parks / clusters / enterprises whose area the text gives.
 * - 许政办〔2023〕30号 “12345”养老服务体系: 2025 targets, and the current allowance standards of its annex.
 * - 许政〔2023〕35号 气象: no figures with a year; named meteorological sites as places.
 * Judged out of scope (no area-year figure): 许政〔2023〕33号 (a commendation: 5000元 per person), 许政办〔2023〕23号
 * (heavy-pollution emergency plan: AQI thresholds and per-warning-level reduction ratios, no year), 许政办〔2023〕26号,
 * 27号, 28号 (rules; 28号's 2025 goals carry no number), 29号 (emergency plans: incident-grading thresholds, norms).
 * Permanent norms without a year (e.g. ICU beds ≥ 12%, 每百户 20 平方米) and ranges (10—15所, 3—5家) are left out.
 *
 * Everything is found by searching the text: a document runs from its number line to its last line; each industry-chain
 * plan runs from its title line to the line before the next plan's title. Each text figure is a spec — a template
 * (see `compile`) that must match exactly once inside its document or plan; its match is the row's quote.
 */
import type { CheckRow, ExtractResult, IndicatorDef, IndicatorRow, Kind, PlaceDraft, PlaceStatus, Topic } from '../lib/types.ts';
import { findLine, type Seed, type SeedSet } from '../lib/seeds.ts';
import { decimalSum, normaliseNumber, quoteContainsValue } from '../lib/numbers.ts';
import { resolveArea, tryResolveArea, type Area } from '../lib/areas.ts';
import { cite, flatten, type Flat } from '../lib/quote.ts';
import { numberedDocuments } from '../segment.ts';

export const SEED002 = '002_f07e19463daa5e7b.txt';
export const D34 = '许政〔2023〕34号';
export const D35 = '许政〔2023〕35号';
export const D38 = '许政〔2023〕38号';
export const D39 = '许政〔2023〕39号';
export const D25 = '许政办〔2023〕25号';
export const D30 = '许政办〔2023〕30号';
/** the documents of this issue, in print order; 许政〔2023〕37号 is located (to bound its neighbours) but not extracted */
export const DOC_NUMBERS = [
  '许政〔2023〕33号', D34, D35, '许政〔2023〕37号', D38, D39,
  '许政办〔2023〕23号', D25, '许政办〔2023〕26号', '许政办〔2023〕27号', '许政办〔2023〕28号', '许政办〔2023〕29号', D30,
] as const;
/** the 15 industry-chain plans of 许政办〔2023〕25号, as their titles name them (许昌市培育壮大X产业链行动方案) */
export const CHAINS = [
  '化工材料', '硅碳新材料', '新型建材', '新能源汽车', '新型电力（新能源）装备', '智能电梯', '先进钢铁材料', '高性能铝镁合金',
  '先进铜合金', '节能环保装备及服务', '先进计算', '生物医药', '绿色食品', '预制菜', '纺织服装',
] as const;
export type Chain = (typeof CHAINS)[number];
const chainKey = (c: Chain) => `${D25}/${c}`;

const CITY = resolveArea('许昌市');

// ---------------------------------------------------------------------------------------------------------------
// Document and plan bounds

export interface Span {
  doc: string;
  start: number;
  end: number;
}

/** Each notice: from its number line to its last line (numberedDocuments). The numbers must be exactly DOC_NUMBERS, in order. */
export function locateDocs(seed: Seed): Map<string, Span> {
  const docs = numberedDocuments(seed);
  const found = docs.map((d) => d.doc).join(' ');
  if (found !== DOC_NUMBERS.join(' ')) throw new Error(`${seed.name}: notice numbers changed: ${found}`);
  return new Map(docs.map((d) => [d.doc, { doc: d.doc, start: d.numberLine, end: d.end }]));
}

const CHAIN_TITLE = /^\s*许昌市培育壮大(.+?)产业链\s*行动方案\s*[（(]2023—2025年[）)]\s*$/;

/** The 15 plans of 许政办〔2023〕25号: title line to the line before the next title (the last one: to the notice's end). */
export function locateChains(seed: Seed, docs: Map<string, Span>): Map<Chain, Span> {
  const d = docs.get(D25)!;
  const titles: { chain: string; line: number }[] = [];
  for (let n = d.start; n <= d.end; n++) {
    const m = CHAIN_TITLE.exec(seed.line(n));
    if (m) titles.push({ chain: m[1].replace(/\s+/g, ''), line: n });
  }
  const names = titles.map((t) => t.chain).join(' ');
  if (names !== CHAINS.join(' ')) throw new Error(`${seed.name}: ${D25} plan titles changed: ${names}`);
  const out = new Map<Chain, Span>();
  titles.forEach((t, i) => {
    out.set(t.chain as Chain, { doc: D25, start: t.line, end: i + 1 < titles.length ? titles[i + 1].line - 1 : d.end });
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Text search

const ESCAPE = /[.*+?^${}()|[\]\\]/g;
/**
 * A search template → RegExp (flags g, d). In the template:
 *   {v}  the value (Arabic number, spaces around it allowed), named group v
 *   {zh} a Chinese numeral without 万/亿 (千亿元 → 千 = 1000, unit 亿元), named group v
 *   {y}  a year (20xx, spaces around it allowed), named group y
 *   …    any text inside the sentence (lazy, no 。)
 *   ……   any text, across sentences (lazy)
 *   ' '  optional whitespace (the PDF text puts spaces around numbers and Latin words)
 * Everything else is literal.
 */
export function compile(template: string): RegExp {
  let src = '';
  for (let i = 0; i < template.length;) {
    const rest = template.slice(i);
    if (rest.startsWith('……')) { src += '[\\s\\S]*?'; i += 2; continue; }
    if (rest.startsWith('…')) { src += '[^。]*?'; i += 1; continue; }
    if (rest.startsWith('{v}')) { src += '\\s*(?<v>\\d+(?:\\.\\d+)?)\\s*'; i += 3; continue; }
    if (rest.startsWith('{zh}')) { src += '(?<v>[零〇一二两三四五六七八九十百千]+)'; i += 4; continue; }
    if (rest.startsWith('{y}')) { src += '\\s*(?<y>20\\d\\d)\\s*'; i += 3; continue; }
    if (rest[0] === ' ') { src += '\\s*'; i += 1; continue; }
    src += rest[0].replace(ESCAPE, '\\$&');
    i += 1;
  }
  return new RegExp(src, 'gd');
}

interface Hit {
  text: string;
  /** offset of the match in the flattened span */
  index: number;
  line: number;
  /** the printed value (group v) and its line, if the template has one */
  value?: string;
  valueLine?: number;
  year?: number;
}

/** The one match of `template` inside a span; throws if it matches nowhere or more than once. */
function findOnce(flat: Flat, template: string, where: string): Hit {
  const re = compile(template);
  const ms = [...flat.text.matchAll(re)];
  if (ms.length !== 1) throw new Error(`${where}: template "${template}" matches ${ms.length} times, expected exactly once`);
  const m = ms[0];
  const g = m.groups ?? {};
  const vi = m.indices?.groups?.v;
  return {
    text: m[0],
    index: m.index!,
    line: flat.lineAt(m.index!),
    value: g.v,
    valueLine: vi ? flat.lineAt(vi[0]) : undefined,
    year: g.y ? Number(g.y) : undefined,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Indicator definitions

type D = [id: string, topic: Topic, unit: string, zh: string, en: string, description: string];
const CHAIN_T = '2025 target of the plan 许昌市培育壮大';
const chainDesc = (chain: string, what = '') =>
  `${CHAIN_T}${chain}产业链行动方案（2023—2025年） (许政办〔2023〕25号)${what ? `; ${what}` : ''}.`;
const SCALE = '产业规模 (industry scale: output/revenue of the chain); the plans say 达到 / 力争 / 突破 — a target, floors noted per row';

const DEF_LIST: D[] = [
  // 许政〔2023〕34号
  ['valid_invention_patents', 'science', '件', '有效发明专利拥有量', 'Valid invention patents held', 'Stock of valid invention patents in the area. 2024 target of 许政〔2023〕34号.'],
  ['valid_invention_patents_growth_vs_2022_pct', 'science', '%', '有效发明专利拥有量较2022年增长', 'Growth of valid invention patents over 2022', 'Percentage growth of the stock of valid invention patents over its 2022 level.'],
  ['invention_patents_per_10k', 'science', '件', '每万人有效发明专利拥有量', 'Valid invention patents per 10,000 people', 'Valid invention patents per 10,000 residents.'],
  ['registered_trademarks', 'science', '万件', '有效商标注册总量', 'Valid registered trademarks', 'Total of valid registered trademarks.'],
  ['registered_trademarks_growth_vs_2022_pct', 'science', '%', '有效商标注册总量较2022年增长', 'Growth of valid trademarks over 2022', 'Percentage growth of valid registered trademarks over the 2022 level.'],
  ['ip_pledge_financing', 'science', '亿元', '知识产权质押融资额', 'IP-backed pledge financing', 'Annual amount of loans secured by intellectual property.'],
  ['technology_contract_turnover', 'science', '亿元', '技术合同成交额', 'Technology contract turnover', 'Value of registered technology contracts (all fields).'],
  ['ip_support_funds_secured', 'science', '万元', '争取国家、省知识产权扶持资金', 'National/provincial IP support funds secured', 'Support funds from national and provincial bodies the city aims to secure (以上: a floor). The year is inferred (see note).'],
  // 许政〔2023〕38号
  ['base_stations_5g', 'digital', '个', '5G基站累计数量', '5G base stations (cumulative)', 'Cumulative number of 5G base stations. 2023 基础 (baseline) and 2025 目标 (target) from the table of 许政〔2023〕38号.'],
  ['data_center_standard_racks', 'digital', '个', '数据中心标准机架数量', 'Data-centre standard racks', 'Standard racks in data centres (the text also says 架).'],
  ['public_charging_piles', 'energy', '个', '新能源公共充电桩（枪）累计量', 'Public EV charging points (cumulative)', 'Cumulative public charging piles (guns) for new-energy vehicles.'],
  ['intelligent_computing_capacity_pflops', 'digital', 'PFlops', '智算规模', 'Intelligent (AI) computing capacity', 'City-wide intelligent computing capacity in PFlops.'],
  ['ai_computing_center_capacity_pflops', 'digital', 'PFlops', '人工智能计算中心算力', 'AI computing centre capacity', 'Computing power of an AI computing centre (place_id when the text names it). 300P in 许政办〔2023〕25号 is read as PFlops.'],
  ['national_innovation_platforms', 'science', '家', '国家级（重大科技）创新平台数量', 'National-level innovation platforms', 'Number of national-level (major science and technology) innovation platforms.'],
  ['pon_10g_ports', 'digital', '个', '10G-PON及以上端口数量', '10G-PON (and faster) ports', 'Number of 10G-PON and faster broadband ports.'],
  ['public_charging_stations', 'energy', '座', '集中式公用充电站', 'Centralised public charging stations', 'Cumulative number of centralised public charging stations.'],
  ['heavy_truck_swap_stations', 'energy', '座', '重卡换电站', 'Heavy-truck battery-swap stations', 'Heavy-truck battery-swap stations (以上: floors). Two documents of this issue give different 2025 figures (see checks).'],
  ['smart_emission_monitoring_units_new', 'air', '家', '排污智慧监管单位新增', 'New units under smart emission monitoring', 'Additional polluting units put under online smart monitoring (以上: a floor).'],
  // 许政〔2023〕39号: status 2015/2020 and table
  ['health_institutions', 'health', '家', '医疗卫生机构数', 'Health-care institutions', 'All medical and health institutions.'],
  ['hospitals', 'health', '家', '医院数', 'Hospitals', 'Number of hospitals.'],
  ['primary_health_institutions', 'health', '家', '基层医疗卫生机构数', 'Primary health-care institutions', 'Township hospitals, community health centres/stations, village clinics, etc.'],
  ['public_health_institutions', 'health', '家', '专业公共卫生机构数', 'Specialised public-health institutions', 'CDCs, maternal and child health, emergency centres, blood stations, etc.'],
  ['other_health_institutions', 'health', '家', '其他卫生机构数', 'Other health institutions', 'Health institutions not in the three groups above.'],
  ['hospital_beds', 'health', '张', '医疗卫生机构实有床位', 'Hospital beds (actual)', 'Beds actually in place in medical and health institutions.'],
  ['health_technicians', 'health', '人', '卫生技术人员', 'Health technicians', 'Health technical personnel in medical and health institutions.'],
  ['health_technicians_growth_vs_2015_pct', 'health', '%', '卫生技术人员较2015年增长', 'Growth of health technicians over 2015', 'Percentage growth over the 2015 number.'],
  ['licensed_doctors', 'health', '人', '执业（助理）医师', 'Licensed (assistant) doctors', 'Licensed doctors and licensed assistant doctors.'],
  ['licensed_doctors_growth_vs_2015_pct', 'health', '%', '执业（助理）医师较2015年增长', 'Growth of licensed doctors over 2015', 'Percentage growth over the 2015 number.'],
  ['registered_nurses', 'health', '人', '注册护士', 'Registered nurses', 'Registered nurses.'],
  ['registered_nurses_growth_vs_2015_pct', 'health', '%', '注册护士较2015年增长', 'Growth of registered nurses over 2015', 'Percentage growth over the 2015 number.'],
  ['public_health_staff_per_1000', 'health', '人', '每千常住人口公共卫生人员数', 'Public-health staff per 1,000 residents', 'Per 1,000 resident (常住) population.'],
  ['public_health_staff_per_1000_growth_pct', 'health', '%', '每千人口公共卫生人员数较“十三五”末提高', 'Increase of public-health staff per 1,000 over 2020', 'Target increase over the 2020 (“十三五”末) value; the 2025 target is printed as 比“十三五”末提高30%.'],
  ['hospitals_with_infectious_dept_pct', 'health', '%', '二级以上综合医院设置感染性疾病科的比例', 'General hospitals (grade II+) with an infectious-disease department', 'Share of grade-II-and-above general hospitals (incl. TCM hospitals) with an infectious-disease department.'],
  ['primary_care_with_fever_clinic_pct', 'health', '%', '乡镇卫生院和社区卫生服务中心设置发热诊室的比例', 'Township hospitals / CHCs with a fever clinic', 'Share of township hospitals and community health centres with a fever clinic (门诊、哨点).'],
  ['hospital_beds_per_1000', 'health', '张', '每千常住人口医疗卫生机构床位数', 'Hospital beds per 1,000 residents', 'Beds of medical and health institutions per 1,000 resident population; 2025 values are planned allocations (规划设置).'],
  ['hospital_beds_per_1000_municipal', 'health', '张', '每千人口床位数：市办以上医院', 'Beds per 1,000: municipal-and-above hospitals', 'Part of hospital_beds_per_1000 (其中：市办以上医院); 2025 is printed 1.2左右 (about).'],
  ['hospital_beds_per_1000_county_primary', 'health', '张', '每千人口床位数：县办公立医院及基层医疗卫生机构', 'Beds per 1,000: county public hospitals and primary care', 'Part of hospital_beds_per_1000; 2025 is printed 3.5左右 (about).'],
  ['tcm_hospital_beds_per_1000', 'health', '张', '每千人口公立中医医院床位数', 'Public TCM-hospital beds per 1,000', 'Per 1,000 resident population.'],
  ['doctors_per_1000', 'health', '人', '每千常住人口执业（助理）医师数', 'Licensed doctors per 1,000 residents', 'Licensed (assistant) doctors per 1,000 resident population.'],
  ['nurses_per_1000', 'health', '人', '每千常住人口注册护士数', 'Registered nurses per 1,000 residents', 'Per 1,000 resident population.'],
  ['pharmacists_per_1000', 'health', '人', '每千人口药师（士）数', 'Pharmacists per 1,000', 'Per 1,000 resident population.'],
  ['gps_per_10000', 'health', '人', '每万常住人口全科医生数', 'General practitioners per 10,000', 'Per 10,000 resident population (约束性: binding).'],
  ['nurses_per_doctor', 'health', '人', '医护比（每名医师对应护士数）', 'Nurses per doctor', 'The 医护比 printed as 1:x; the value is x (nurses per licensed doctor).'],
  ['health_staff_per_bed', 'health', '人', '床人（卫生人员）比（每张床对应卫生人员数）', 'Health workers per bed', 'The 床人比 printed as 1:x; the value is x (health workers per bed).'],
  ['tcm_doctors_per_1000', 'health', '人', '每千人口中医类别执业（助理）医师数', 'TCM doctors per 1,000', 'Per 1,000 resident population (the table prints 职业, read as 执业).'],
  ['public_general_hospitals_with_tcm_dept_pct', 'health', '%', '设置中医临床科室的二级以上公立综合医院比例', 'Public general hospitals (grade II+) with a TCM department', 'Share.'],
  ['primary_care_with_tcm_hall_pct', 'health', '%', '设置中医馆的社区卫生服务中心和乡镇卫生院比例', 'CHCs / township hospitals with a TCM hall', 'Share.'],
  ['primary_care_with_demo_tcm_hall_pct', 'health', '%', '建成示范中医馆的乡镇卫生院和社区卫生服务中心比例', 'CHCs / township hospitals with a model TCM hall', 'Share (以上: a floor); year inferred (see note).'],
  ['childcare_places_per_1000', 'health', '个', '每千人口拥有3岁以下婴幼儿托位数', 'Childcare places (under 3) per 1,000', 'Per 1,000 resident population.'],
  ['hospitals_with_geriatrics_dept_pct', 'health', '%', '二级及以上综合性医院设置老年医学科的比例', 'General hospitals (grade II+) with a geriatrics department', 'Share; the 2025 target is printed ≥60 / 60%以上 (a floor).'],
  ['life_expectancy', 'health', '岁', '人均预期寿命', 'Life expectancy at birth', 'Years.'],
  ['life_expectancy_gain_years', 'health', '岁', '人均预期寿命提高', 'Gain in life expectancy over 2020', 'Target increase over the 2020 value (提高1.4岁).'],
  ['infant_mortality_permille', 'health', '‰', '婴儿死亡率', 'Infant mortality rate', 'Per mille.'],
  ['maternal_mortality_per_100k', 'health', '1/10万', '孕产妇死亡率', 'Maternal mortality ratio', 'Per 100,000 (printed 5.72/10万).'],
  ['under5_mortality_permille', 'health', '‰', '5岁以下儿童死亡率', 'Under-5 mortality rate', 'Per mille.'],
  ['resident_population', 'other', '万人', '常住人口数', 'Resident population', 'Resident (常住) population. The health plan prints it without a year; read as 2020 (see note and checks).'],
  ['cdc_senior_post_share_pct', 'health', '%', '疾病预防控制中心高级岗位比例', 'CDC senior-post share', 'Share of senior professional posts at a CDC (place_id set; 以上: a floor).'],
  ['county_cdc_bachelor_share_pct', 'health', '%', '县级疾病预防控制中心本科学历人才占比', 'County CDCs: bachelor-degree staff share', 'Target for each county-level (县、市、区) CDC, stated once for all; emitted city-wide.'],
  ['govt_run_chc_share_pct', 'health', '%', '政府办社区卫生服务中心比例', 'Government-run community health centres', 'Share (以上: a floor).'],
  ['standard_public_village_clinics_pct', 'health', '%', '产权公有化、建设标准化的村卫生室比例', 'Publicly owned standardised village clinics', 'Share (以上: a floor).'],
  ['national_tcm_expert_studios', 'health', '个', '全国名老中医药专家传承工作室', 'National master-TCM-expert studios', 'Number to be built (力争); year inferred (see note).'],
  ['psychiatrists_per_100k', 'health', '名', '每10万人口精神科执业（助理）医师数', 'Psychiatrists per 100,000', 'Floor (不低于).'],
  ['psychiatric_nurses_per_100k', 'health', '名', '每10万人口精神科注册护士数', 'Psychiatric nurses per 100,000', 'Floor (不低于).'],
  ['primary_care_with_rehab_dept_pct', 'health', '%', '设置康复医学科的乡镇卫生院、社区卫生服务中心比例', 'Township hospitals / CHCs with a rehabilitation department', 'Share (以上: a floor).'],
  ['rehab_physicians_per_100k', 'health', '人', '每10万人口康复医师数', 'Rehabilitation physicians per 100,000', 'Target (力争).'],
  ['rehab_therapists_per_100k', 'health', '人', '每10万人口康复治疗师数', 'Rehabilitation therapists per 100,000', 'Target (力争).'],
  // 许政办〔2023〕30号
  ['public_care_home_occupancy_pct', 'eldercare', '%', '公办养老机构入住率', 'Occupancy of public care homes', 'Incl. 特困人员供养服务设施（敬老院）; 2025 target printed 60%左右 (about).'],
  ['special_needs_elderly_monthly_visit_pct', 'eldercare', '%', '特殊困难老年人月探访率', 'Monthly visits to elderly people in special difficulty', 'Share visited at least monthly.'],
  ['township_eldercare_centre_coverage_pct', 'eldercare', '%', '区域养老服务中心乡镇覆盖率', 'Townships covered by a regional elderly-care centre', 'Share (以上: a floor); printed for “十四五”末 (end of 2025).'],
  ['old_age_allowance_80_89_yuan_month', 'eldercare', '元/人·月', '高龄津贴（80—89岁）', 'Old-age allowance, aged 80–89', 'Monthly minimum (不低于) per person; standard in force (许政〔2020〕12号: 2020; 许政办〔2023〕30号: 当前标准, 2023).'],
  ['old_age_allowance_90_99_yuan_month', 'eldercare', '元/人·月', '高龄津贴（90—99岁）', 'Old-age allowance, aged 90–99', 'Monthly minimum (不低于) per person; standard in force (许政〔2020〕12号: 2020; 许政办〔2023〕30号: 当前标准, 2023).'],
  ['old_age_allowance_100plus_yuan_month', 'eldercare', '元/人·月', '高龄津贴（百岁以上）', 'Old-age allowance, aged 100+', 'Monthly minimum (不低于) per person; standard in force (许政〔2020〕12号: 2020; 许政办〔2023〕30号: 当前标准, 2023).'],
  ['disability_subsidy_yuan_month', 'eldercare', '元/人·月', '困难残疾人生活补贴和重度残疾人护理补贴标准', 'Disability living/care subsidy', 'Monthly minimum (不低于) per person, stated once for both subsidies; current standard (当前标准).'],
  // 许政办〔2023〕25号: shared
  ['industrial_cluster_scale', 'industry', '亿元', '产业集群规模', 'Industrial cluster scale', 'Scale of a named industrial cluster (place_id); printed N亿级 (a class of about N 亿元). Year inferred (see note).'],
  // 化工材料
  ['chemical_materials_industry_scale', 'industry', '亿元', '化工材料产业规模', 'Chemical-materials industry scale', chainDesc('化工材料', SCALE)],
  ['chemical_materials_little_giants', 'industry', '家', '化工材料领域省级以上专精特新“小巨人”企业', 'Chemical materials: provincial+ “little giant” firms', chainDesc('化工材料', '以上: a floor')],
  // 硅碳新材料
  ['silicon_carbon_industry_scale', 'industry', '亿元', '硅碳新材料产业规模', 'Silicon-carbon new-materials industry scale', chainDesc('硅碳新材料', `${SCALE}; printed 千亿元 (1000 亿元)`)],
  ['silicon_carbon_above_scale_firms', 'industry', '家', '硅碳新材料规上工业企业', 'Silicon-carbon: industrial firms above designated size', chainDesc('硅碳新材料', '以上: a floor')],
  ['silicon_carbon_high_tech_firms', 'industry', '家', '硅碳新材料产业链高新技术企业', 'Silicon-carbon: high-tech enterprises', chainDesc('硅碳新材料', '超过: more than')],
  ['silicon_carbon_innovation_platforms', 'industry', '家', '硅碳新材料省级以上创新平台', 'Silicon-carbon: provincial+ innovation platforms', chainDesc('硅碳新材料')],
  ['silicon_carbon_projects_introduced', 'industry', '个', '引进落地硅碳新材料上下游项目', 'Silicon-carbon: up/downstream projects landed', chainDesc('硅碳新材料', 'year inferred (see note)')],
  ['high_purity_silane_capacity', 'industry', '吨/年', '高纯硅烷产能', 'High-purity silane capacity', chainDesc('硅碳新材料')],
  ['electronic_polysilicon_capacity', 'industry', '吨/年', '电子级（区熔级）多晶硅产能', 'Electronic-grade (float-zone) polysilicon capacity', chainDesc('硅碳新材料')],
  ['cyclohexanone_capacity', 'industry', '万吨', '环己酮产能', 'Cyclohexanone capacity', 'Existing (现有) capacity stated in the 硅碳新材料 plan of 许政办〔2023〕25号, dated to the plan (2023).'],
  // 新型建材
  ['new_building_materials_industry_scale', 'industry', '亿元', '新型建材产业规模', 'New building-materials industry scale', chainDesc('新型建材', SCALE)],
  ['green_building_materials_national_demo_bases', 'industry', '个', '绿色建材国家新型工业化产业示范基地', 'National green building-materials industrialisation demo bases', chainDesc('新型建材')],
  ['new_building_materials_green_factories', 'industry', '个', '新型建材省级绿色工厂', 'New building materials: provincial green factories', chainDesc('新型建材', 'printed 5个左右 (about)')],
  ['green_building_materials_production_bases', 'industry', '个', '省级绿色建材生产综合基地', 'Provincial green building-materials production bases', chainDesc('新型建材')],
  ['new_building_materials_tech_centers', 'industry', '家', '新型建材国家级、省级企业技术中心', 'New building materials: national/provincial enterprise technology centres', chainDesc('新型建材', '不低于: a floor')],
  // 新能源汽车
  ['nev_industry_scale', 'industry', '亿元', '新能源汽车及零部件产业规模', 'NEV and parts industry scale', chainDesc('新能源汽车', SCALE)],
  ['nev_production', 'industry', '万辆', '新能源汽车生产规模', 'NEV production', chainDesc('新能源汽车')],
  ['nev_passenger_car_production', 'industry', '万辆', '新能源乘用车生产规模', 'NEV passenger-car production', chainDesc('新能源汽车', 'part of nev_production')],
  ['nev_commercial_vehicle_production', 'industry', '万辆', '新能源商用车生产规模', 'NEV commercial-vehicle production', chainDesc('新能源汽车', 'part of nev_production')],
  ['nev_capacity_utilization_pct', 'industry', '%', '新能源汽车产能利用率', 'NEV capacity utilisation', chainDesc('新能源汽车', 'printed 40%左右 (about)')],
  ['nev_local_supply_rate_pct', 'industry', '%', '新能源整车企业本地化配套率', 'NEV makers: local supply rate', chainDesc('新能源汽车', '超过: more than')],
  ['ev_charging_facilities', 'energy', '个', '充换电基础设施', 'EV charging and swapping facilities (all)', chainDesc('新能源汽车', '突破: more than; all charging/swapping facilities, not only public ones')],
  // 新型电力（新能源）装备
  ['power_equipment_industry_scale', 'industry', '亿元', '新型电力（新能源）装备产业规模', 'New power (new-energy) equipment industry scale', chainDesc('新型电力（新能源）装备', SCALE)],
  ['power_equipment_firms_over_500yi', 'industry', '家', '新型电力装备规模超500亿元企业', 'Power equipment: firms over 50 bn yuan', chainDesc('新型电力（新能源）装备')],
  ['power_equipment_firms_over_100yi', 'industry', '家', '新型电力装备规模超100亿元企业', 'Power equipment: firms over 10 bn yuan', chainDesc('新型电力（新能源）装备')],
  ['power_equipment_firms_over_10yi', 'industry', '家', '新型电力装备规模超10亿元企业', 'Power equipment: firms over 1 bn yuan', chainDesc('新型电力（新能源）装备', '以上: a floor')],
  ['power_equipment_firms_over_1yi', 'industry', '家', '新型电力装备规模1亿元以上企业', 'Power equipment: firms over 100 m yuan', chainDesc('新型电力（新能源）装备', '超: more than')],
  // 智能电梯
  ['elevator_industry_revenue', 'industry', '亿元', '电梯产业集群营收', 'Elevator cluster revenue', chainDesc('智能电梯')],
  ['elevator_production_capacity', 'industry', '万台', '整梯生产能力', 'Complete-elevator production capacity', chainDesc('智能电梯')],
  ['elevator_firms_output_100yi', 'industry', '家', '电梯产值百亿级企业', 'Elevator firms with output of 10 bn yuan class', chainDesc('智能电梯')],
  ['elevator_supplier_firms', 'industry', '家', '电梯配套企业', 'Elevator component suppliers', chainDesc('智能电梯')],
  ['elevator_new_rd_platforms', 'industry', '家', '新建省级以上电梯企业研发机构或平台', 'Elevator: new provincial+ R&D institutions', chainDesc('智能电梯')],
  ['elevator_national_rd_centers', 'industry', '个', '电梯国家级研发中心', 'Elevator: national R&D centres', chainDesc('智能电梯', '力争')],
  ['elevator_new_smes_incubated', 'industry', '家', '电梯产业孵化新增中小企业', 'Elevator: new SMEs incubated', chainDesc('智能电梯')],
  ['elevator_leading_talents_introduced', 'industry', '名', '电梯行业领军人才引进', 'Elevator: leading talents introduced', chainDesc('智能电梯')],
  ['elevator_young_talents_introduced', 'industry', '名', '电梯青年高层次人员引进', 'Elevator: young high-level staff introduced', chainDesc('智能电梯')],
  ['elevator_field_engineers_introduced', 'industry', '名', '电梯现场工程师引进', 'Elevator: field engineers introduced', chainDesc('智能电梯')],
  // 先进钢铁材料
  ['recycled_stainless_steel_capacity', 'industry', '万吨', '再生不锈钢生产能力', 'Recycled stainless-steel capacity', chainDesc('先进钢铁材料', '以上: a floor')],
  ['stainless_products_capacity', 'industry', '万吨', '不锈钢制品加工能力', 'Stainless-steel products processing capacity', chainDesc('先进钢铁材料')],
  ['advanced_steel_industry_output', 'industry', '亿元', '先进钢铁材料产值', 'Advanced steel materials output', chainDesc('先进钢铁材料', '以上: a floor')],
  ['advanced_steel_rd_intensity_pct', 'industry', '%', '钢铁骨干企业研发投入占主营业务收入比重', 'Steel key firms: R&D spending / revenue', chainDesc('先进钢铁材料', 'average over key firms')],
  // 高性能铝镁合金
  ['aluminium_magnesium_industry_scale', 'industry', '亿元', '再生铝及镁合金产业规模', 'Recycled aluminium and magnesium alloy industry scale', chainDesc('高性能铝镁合金', SCALE)],
  ['aluminium_auto_lightweight_output_volume', 'industry', '万吨', '汽车轻量化铝基新材料主导产品产量', 'Automotive lightweight aluminium: output volume', chainDesc('高性能铝镁合金')],
  ['aluminium_auto_lightweight_output_value', 'industry', '亿元', '汽车轻量化铝基新材料主导产品产值', 'Automotive lightweight aluminium: output value', chainDesc('高性能铝镁合金')],
  ['aluminium_ctp_foil_output_volume', 'industry', '万吨', 'CTP版基和空调箔主导产品产量', 'CTP plate base and air-conditioner foil: output volume', chainDesc('高性能铝镁合金')],
  ['aluminium_ctp_foil_output_value', 'industry', '亿元', 'CTP版基和空调箔主导产品产值', 'CTP plate base and air-conditioner foil: output value', chainDesc('高性能铝镁合金')],
  ['aluminium_building_furniture_output_volume', 'industry', '万吨', '新型建材工业材和铝制家具主导产品产量', 'Aluminium building profiles and furniture: output volume', chainDesc('高性能铝镁合金')],
  ['aluminium_building_furniture_output_value', 'industry', '亿元', '新型建材工业材和铝制家具主导产品产值', 'Aluminium building profiles and furniture: output value', chainDesc('高性能铝镁合金')],
  ['aluminium_national_projects', 'industry', '项', '铝基材料承担国家项目', 'Aluminium: national projects undertaken', chainDesc('高性能铝镁合金', '力争')],
  ['aluminium_provincial_projects', 'industry', '项', '铝基材料承担省内项目', 'Aluminium: provincial projects undertaken', chainDesc('高性能铝镁合金', '力争')],
  ['aluminium_key_technologies', 'industry', '项', '先进铝基材料突破关键技术', 'Aluminium: key technologies mastered', chainDesc('高性能铝镁合金', 'printed 3项左右 (about)')],
  ['aluminium_tech_contract_turnover', 'industry', '万元', '先进铝基材料领域技术合同成交额', 'Aluminium: technology contract turnover', chainDesc('高性能铝镁合金', '以上: a floor')],
  ['aluminium_new_high_tech_firms', 'industry', '家', '新增再生铝及镁合金高新技术企业', 'Aluminium: new high-tech enterprises', chainDesc('高性能铝镁合金', '以上: a floor')],
  ['scrap_aluminium_recycled', 'industry', '万吨', '废铝回收量', 'Scrap aluminium recovered', chainDesc('高性能铝镁合金')],
  ['aluminium_new_senior_experts', 'industry', '名', '铝镁合金新增高端专家', 'Aluminium: new senior experts', chainDesc('高性能铝镁合金')],
  ['aluminium_new_professionals', 'industry', '名', '铝镁合金新增专业人才', 'Aluminium: new professionals', chainDesc('高性能铝镁合金')],
  ['aluminium_new_high_skill_workers', 'industry', '人', '铝镁合金新增高技能人才', 'Aluminium: new highly skilled workers', chainDesc('高性能铝镁合金')],
  ['aluminium_firms_100yi', 'industry', '家', '100亿级产业链领航企业', 'Aluminium: chain-leading firms of the 10 bn yuan class', chainDesc('高性能铝镁合金', '力争')],
  ['aluminium_little_giants_new', 'industry', '家', '铝基新材料国家级专精特新“小巨人”企业（新培育）', 'Aluminium: new national “little giant” firms', chainDesc('高性能铝镁合金')],
  ['aluminium_single_champions_new', 'industry', '家', '铝基新材料制造业单项冠军（新培育）', 'Aluminium: new manufacturing single champions', chainDesc('高性能铝镁合金')],
  ['aluminium_provincial_specialised_firms_new', 'industry', '家', '铝基新材料省级专精特新企业（新培育）', 'Aluminium: new provincial specialised firms', chainDesc('高性能铝镁合金', 'printed 5家左右 (about)')],
  ['aluminium_above_scale_firms', 'industry', '家', '规上铝基新材料企业', 'Aluminium: firms above designated size', chainDesc('高性能铝镁合金', '以上: a floor')],
  ['aluminium_smart_factories', 'industry', '个', '铝镁合金智能工厂（车间）', 'Aluminium: smart factories (workshops)', chainDesc('高性能铝镁合金', '以上: a floor')],
  ['aluminium_green_factories', 'industry', '家', '铝镁合金绿色工厂', 'Aluminium: green factories', chainDesc('高性能铝镁合金', '以上: a floor')],
  // 先进铜合金
  ['copper_alloy_industry_scale', 'industry', '亿元', '先进铜合金产业规模', 'Advanced copper-alloy industry scale', chainDesc('先进铜合金', SCALE)],
  // 节能环保装备及服务
  ['energy_saving_env_industry_scale', 'industry', '亿元', '节能环保装备及服务产业链规模', 'Energy-saving and environmental equipment/services industry scale', chainDesc('节能环保装备及服务', SCALE)],
  ['energy_saving_env_rd_platforms', 'industry', '个', '省级以上节能环保类科技研发平台', 'Energy/environment: provincial+ R&D platforms', chainDesc('节能环保装备及服务', '以上: a floor')],
  ['energy_saving_env_clusters', 'industry', '个', '节能环保特色优势产业集群', 'Energy/environment: distinctive industrial clusters', chainDesc('节能环保装备及服务')],
  ['energy_saving_env_new_green_factories', 'industry', '家', '节能环保新增绿色工厂', 'Energy/environment: new green factories', chainDesc('节能环保装备及服务', '以上: a floor')],
  // 先进计算
  ['advanced_computing_industry_scale', 'digital', '亿元', '先进计算及相关产业规模', 'Advanced computing industry scale', chainDesc('先进计算', `${SCALE}; 突破: more than`)],
  ['advanced_computing_fusion_benchmarks', 'digital', '项', '先进计算技术融合创新标杆', 'Advanced computing: technology-fusion benchmarks', chainDesc('先进计算', '以上: a floor')],
  // 生物医药
  ['biomedicine_industry_scale', 'industry', '亿元', '生物医药产业链规模', 'Biomedicine industry scale', chainDesc('生物医药', `${SCALE}; 超过: more than`)],
  ['biomedicine_firms_revenue_over_50yi', 'industry', '家', '年营收超50亿元生物医药龙头企业', 'Biomedicine: lead firms with revenue over 5 bn yuan', chainDesc('生物医药')],
  ['biomedicine_firms_revenue_over_10yi', 'industry', '家', '年营收超10亿元医药工业企业', 'Biomedicine: firms with revenue over 1 bn yuan', chainDesc('生物医药')],
  ['biomedicine_renowned_firms_introduced', 'industry', '家', '引进国内外知名医药企业', 'Biomedicine: renowned firms attracted', chainDesc('生物医药', 'printed 10家左右 (about)')],
  ['biomedicine_new_above_scale_firms', 'industry', '家', '新增生物医药规上企业', 'Biomedicine: new firms above designated size', chainDesc('生物医药', '以上: a floor')],
  ['biomedicine_rd_coverage_pct', 'industry', '%', '生物医药规上企业研发覆盖率', 'Biomedicine: R&D coverage of firms above designated size', chainDesc('生物医药')],
  ['biomedicine_rd_platforms', 'industry', '个', '生物医药国家级、省级研发平台', 'Biomedicine: national/provincial R&D platforms', chainDesc('生物医药', '以上: a floor')],
  ['biomedicine_industrial_parks', 'industry', '个', '生物医药园区', 'Biomedicine industrial parks', chainDesc('生物医药', 'printed 6大园区')],
  ['tcm_herb_planting_area', 'agriculture', '万亩', '中药材种植面积', 'Medicinal-herb planting area', 'Area planted with Chinese medicinal herbs. Two plans of 许政办〔2023〕25号 (生物医药, 绿色食品) give different 2025 figures (see checks).'],
  ['tcm_herbaceous_planting_area', 'agriculture', '万亩', '草本药材种植面积', 'Herbaceous medicinal-herb planting area', chainDesc('生物医药', 'part of tcm_herb_planting_area')],
  ['tcm_market_sales_volume', 'economy', '万吨', '中药材交易专业市场年销售量', 'Medicinal-herb market: annual sales volume', chainDesc('生物医药', 'one specialised market to be built; 超: more than')],
  ['tcm_market_turnover', 'economy', '亿元', '中药材交易专业市场交易额', 'Medicinal-herb market: turnover', chainDesc('生物医药', 'one specialised market to be built; 超: more than')],
  // 绿色食品
  ['agri_leading_firms_municipal_plus', 'agriculture', '家', '市级以上农业龙头企业', 'Municipal-and-above leading agricultural enterprises', chainDesc('绿色食品', '培育 (to foster); whether a total or new ones the text does not say')],
  ['green_food_chains_over_100yi', 'agriculture', '个', '百亿级绿色食品重点产业链', 'Green food: key chains of the 10 bn yuan class', chainDesc('绿色食品')],
  ['green_food_firms_over_1yi', 'agriculture', '家', '亿级绿色食品龙头企业', 'Green food: lead firms of the 100 m yuan class', chainDesc('绿色食品')],
  ['provincial_agri_brands', 'agriculture', '个', '省级知名农业品牌', 'Provincial renowned agricultural brands', chainDesc('绿色食品', '以上: a floor')],
  ['green_food_new_rd_platforms', 'agriculture', '个', '新建市级以上绿色食品研发平台', 'Green food: new municipal+ R&D platforms', chainDesc('绿色食品')],
  ['green_food_industry_scale', 'agriculture', '亿元', '绿色食品全产业链产业规模', 'Green food industry scale', chainDesc('绿色食品', `${SCALE}; 突破: more than`)],
  ['strong_gluten_wheat_area', 'agriculture', '万亩', '优质强筋小麦种植面积', 'High-quality strong-gluten wheat area', chainDesc('绿色食品', '保持…稳定在 (to be held at); year inferred (see note)')],
  ['wheat_area', 'agriculture', '万亩', '小麦种植面积', 'Wheat area', chainDesc('绿色食品', '以上: a floor')],
  ['wheat_output', 'agriculture', '万吨', '小麦产量', 'Wheat output', chainDesc('绿色食品', '以上: a floor')],
  ['breeding_sow_stock', 'agriculture', '万头', '能繁母猪存栏保有量', 'Breeding sows in stock', chainDesc('绿色食品', '稳定在 (held at)')],
  ['hogs_slaughtered', 'agriculture', '万头', '生猪出栏', 'Hogs slaughtered / sold (出栏)', chainDesc('绿色食品', '以上: a floor')],
  ['cattle_slaughtered', 'agriculture', '万头', '牛出栏', 'Cattle slaughtered / sold (出栏)', chainDesc('绿色食品', '以上: a floor')],
  ['sheep_slaughtered', 'agriculture', '万只', '羊出栏', 'Sheep and goats slaughtered / sold (出栏)', chainDesc('绿色食品', '以上: a floor')],
  ['poultry_slaughtered', 'agriculture', '万羽', '家禽出栏', 'Poultry slaughtered / sold (出栏)', chainDesc('绿色食品', '以上: a floor')],
  ['meat_output', 'agriculture', '万吨', '肉类产量', 'Meat output', chainDesc('绿色食品')],
  ['egg_output', 'agriculture', '万吨', '蛋类产量', 'Egg output', chainDesc('绿色食品')],
  ['milk_output', 'agriculture', '万吨', '奶类产量', 'Milk output', chainDesc('绿色食品')],
  ['sweet_potato_area', 'agriculture', '万亩', '优质红薯种植面积', 'High-quality sweet-potato area', chainDesc('绿色食品', '以上: a floor')],
  ['soybean_area', 'agriculture', '万亩', '优质大豆种植面积', 'High-quality soybean area', chainDesc('绿色食品')],
  ['flour_products_industry_scale', 'agriculture', '亿元', '面制品全产业链产业规模', 'Flour products industry scale', chainDesc('绿色食品', '力争')],
  ['hog_local_slaughter_pct', 'agriculture', '%', '生猪就地屠宰比例', 'Hogs slaughtered locally', chainDesc('绿色食品', '以上: a floor')],
  ['meat_products_industry_scale', 'agriculture', '亿元', '肉制品全产业链产业规模', 'Meat products industry scale', chainDesc('绿色食品', '力争')],
  ['mushroom_vegetable_products_industry_scale', 'agriculture', '亿元', '菌蔬制品全产业链产业规模', 'Mushroom and vegetable products industry scale', chainDesc('绿色食品', '力争')],
  ['bee_products_industry_scale', 'agriculture', '亿元', '蜂产品产业规模', 'Bee products industry scale', chainDesc('绿色食品', '力争')],
  ['prepared_food_industry_scale', 'agriculture', '亿元', '预制菜产业规模', 'Prepared-food industry scale', `${CHAIN_T}绿色食品产业链行动方案 and of the 预制菜 plan (许政办〔2023〕25号); 突破: more than.`],
  ['agri_traceability_points', 'agriculture', '个', '农产品质量安全追溯点', 'Agricultural product traceability points', chainDesc('绿色食品', '以上: a floor')],
  ['agri_product_test_pass_rate_pct', 'agriculture', '%', '农产品监测合格率', 'Agricultural products passing quality tests', chainDesc('绿色食品', '保持在…以上 (held above)')],
  // 预制菜
  ['prepared_food_above_scale_firms', 'agriculture', '家', '规模以上预制菜企业', 'Prepared food: firms above designated size', chainDesc('预制菜', '超: more than')],
  ['prepared_food_innovation_platforms', 'agriculture', '个', '市级预制菜重点创新平台', 'Prepared food: municipal innovation platforms', chainDesc('预制菜', '不少于: a floor')],
  ['new_provincial_demo_cooperatives', 'agriculture', '家', '新培育省级农民专业合作社示范社', 'New provincial model farmer cooperatives', chainDesc('预制菜', '以上: a floor')],
  ['new_agri_leading_firms_municipal_plus', 'agriculture', '家', '新培育市级以上农业龙头企业', 'New municipal-and-above leading agricultural enterprises', chainDesc('预制菜', '新培育 (newly fostered); 以上: a floor')],
  // 纺织服装
  ['textile_industry_scale', 'industry', '亿元', '纺织服装产业规模', 'Textile and garment industry scale', chainDesc('纺织服装', `${SCALE}; 突破: more than`)],
  ['cotton_spinning_output', 'industry', '亿元', '棉纺产值', 'Cotton spinning output value', chainDesc('纺织服装')],
  ['weaving_output', 'industry', '亿元', '织造业产值', 'Weaving output value', chainDesc('纺织服装')],
  ['dyeing_output', 'industry', '亿元', '印染业产值', 'Printing and dyeing output value', chainDesc('纺织服装')],
  ['garment_output', 'industry', '亿元', '服装产值', 'Garment output value', chainDesc('纺织服装')],
  ['textile_products_output', 'industry', '亿元', '纺织用品业产值', 'Textile products output value', chainDesc('纺织服装')],
];

export const DEFS: IndicatorDef[] = DEF_LIST.map(([id, topic, unit, name_zh, name_en, description]) => ({
  id, topic, name_zh, name_en, unit, description,
}));
const DEF_BY_ID = new Map(DEFS.map((d) => [d.id, d]));

// ---------------------------------------------------------------------------------------------------------------
// Text specs

export interface TextSpec {
  id: string;
  /** a document number, or `${D25}/<chain>` for one of the 15 plans */
  at: string;
  /** search template (see compile); its match is the quote */
  t: string;
  /** when the template has no {y}: the year, with `note` saying why */
  year?: number;
  kind?: Kind;
  /** printed area; default 许昌市 */
  area?: string;
  place?: string;
  note?: string;
}

const C = (c: Chain) => chainKey(c);
const INFER_2025 = (why: string) => `year 2025 inferred: ${why}`;
const PLAN_END = INFER_2025('the sentence gives no year; it stands under the plan’s 战略目标, whose targets are for 2025, and the plan runs 2023—2025');
const FLOOR = '以上: a floor';

export const TEXT_SPECS: TextSpec[] = [
  // ---------------- 许政〔2023〕34号 知识产权
  { id: 'valid_invention_patents', at: D34, t: '到{y}年年底，全市有效发明专利拥有量达到{v}件' },
  { id: 'valid_invention_patents_growth_vs_2022_pct', at: D34, t: '到{y}年年底，全市有效发明专利拥有量达到3600件，较2022年增长{v}%' },
  { id: 'invention_patents_per_10k', at: D34, t: '到{y}年年底，…每万人有效发明专利拥有量达到{v}件' },
  { id: 'registered_trademarks', at: D34, t: '到{y}年年底，…有效商标注册总量{v}万件' },
  { id: 'registered_trademarks_growth_vs_2022_pct', at: D34, t: '到{y}年年底，…有效商标注册总量6.8万件，较2022年增长{v}%' },
  { id: 'ip_pledge_financing', at: D34, t: '到{y}年年底，…知识产权质押融资额达到{v}亿元' },
  { id: 'technology_contract_turnover', at: D34, t: '到{y}年年底，…技术合同成交额{v}亿元' },
  {
    id: 'ip_support_funds_secured', at: D34, t: '争取国家、省扶持资金{v}万元以上', year: 2024,
    note: 'year 2024 inferred: the sentence continues the 实施目标 paragraph that opens 到2024年年底; 以上: a floor',
  },
  // ---------------- 许政〔2023〕38号 新型基础设施 (text figures not in the table)
  {
    id: 'ai_computing_center_capacity_pflops', at: D38, t: '持续拓展中原人工智能计算中心算力应用范围，到{y}年算力规模超过{v}PFlops',
    place: 'zhongyuan-ai-computing-center', note: '超过: more than',
  },
  { id: 'public_charging_stations', at: D38, t: '到{y}年全市累计建成集中式公用充电站{v}座' },
  { id: 'heavy_truck_swap_stations', at: D38, t: '到{y}年市内全域建设完成{v}座以上重卡换电站', note: FLOOR },
  { id: 'smart_emission_monitoring_units_new', at: D38, t: '力争到{y}年，实现排污智慧监管单位新增{v}家以上', note: FLOOR },
  // ---------------- 许政〔2023〕39号 医疗卫生 (status 2020, text targets not in the table)
  { id: 'health_institutions', at: D39, t: '截至{y}年年底，全市共有医疗卫生机构{v}家', kind: 'baseline' },
  { id: 'hospitals', at: D39, t: '截至{y}年年底，…其中医院{v}家', kind: 'baseline' },
  { id: 'primary_health_institutions', at: D39, t: '截至{y}年年底，…基层医疗卫生机构{v}家', kind: 'baseline' },
  { id: 'public_health_institutions', at: D39, t: '截至{y}年年底，…专业公共卫生机构{v}家', kind: 'baseline' },
  { id: 'other_health_institutions', at: D39, t: '截至{y}年年底，…其他卫生机构{v}家', kind: 'baseline' },
  { id: 'hospital_beds', at: D39, t: '截至{y}年年底，…实有床位{v}张', kind: 'baseline' },
  ...([
    ['health_technicians', '共有卫生技术人员{v}人'],
    ['health_technicians_growth_vs_2015_pct', '共有卫生技术人员27598人，较2015年增长{v}%'],
    ['licensed_doctors', '共有卫生技术人员…其中执业（助理）医师{v}人'],
    ['registered_nurses', '共有卫生技术人员…注册护士{v}人'],
    ['licensed_doctors_growth_vs_2015_pct', '共有卫生技术人员…分别较2015年增长{v}%'],
    ['registered_nurses_growth_vs_2015_pct', '共有卫生技术人员…分别较2015年增长21.28%、{v}%'],
  ] as const).map(([id, tail]): TextSpec => ({
    id, at: D39, t: `截至{y}年年底，……全市医疗卫生机构${tail}`, kind: 'baseline',
    note: 'year from the preceding sentence (截至2020年年底), which the quote includes',
  })),
  { id: 'life_expectancy', at: D39, t: '2020年全市人均预期寿命从{y}年的{v}岁', kind: 'actual' },
  { id: 'infant_mortality_permille', at: D39, t: '{y}年全市人均预期寿命…分别为{v}‰', kind: 'baseline' },
  { id: 'maternal_mortality_per_100k', at: D39, t: '{y}年全市人均预期寿命…分别为2.74‰、{v}/10万', kind: 'baseline' },
  { id: 'under5_mortality_permille', at: D39, t: '{y}年全市人均预期寿命…5.72/10万、{v}‰', kind: 'baseline' },
  {
    id: 'cdc_senior_post_share_pct', at: D39, t: '到 {y} 年，许昌市疾病预防控制中心高级岗位比例提高到{v}% 以上',
    place: 'xuchang-cdc', note: FLOOR,
  },
  {
    id: 'county_cdc_bachelor_share_pct', at: D39, t: '到 {y} 年，…县（市、区）疾病预防控制中心本科学历人才达到{v}%',
    note: 'a target for every county-level CDC, stated once; emitted city-wide (411000)',
  },
  { id: 'govt_run_chc_share_pct', at: D39, t: '到{y}年，…政府办社区卫生服务中心比例达到{v}%以上', note: FLOOR },
  { id: 'standard_public_village_clinics_pct', at: D39, t: '到{y}年，…村卫生室比例达到{v}%以上', note: FLOOR },
  {
    id: 'primary_care_with_demo_tcm_hall_pct', at: D39, t: '乡镇卫生院和社区卫生服务中心实现中医馆全覆盖，{v}%以上建成示范中医馆', year: 2025,
    note: `${INFER_2025('the sentence gives no year; it is a goal of the “十四五” plan (2021—2025)')}; ${FLOOR}`,
  },
  {
    id: 'national_tcm_expert_studios', at: D39, t: '“十四五”期间力争创建3-5个省级重点专科。……力争建设{v}个全国名老中医药专家传承工作室', year: 2025,
    note: INFER_2025('the sentence follows “十四五”期间力争…; the plan period ends in 2025'),
  },
  { id: 'psychiatrists_per_100k', at: D39, t: '到{y}年，每10万人口精神科执业（助理）医师数不低于{v}名', note: '不低于: a floor' },
  { id: 'psychiatric_nurses_per_100k', at: D39, t: '到{y}年，…每10万人口精神科注册护士数不低于{v}名', note: '不低于: a floor' },
  { id: 'primary_care_with_rehab_dept_pct', at: D39, t: '力争到{y}年{v}%以上乡镇卫生院、社区卫生服务中心设置康复医学科', note: FLOOR },
  { id: 'rehab_physicians_per_100k', at: D39, t: '力争到{y}年每10万人口康复医师达到{v}人' },
  { id: 'rehab_therapists_per_100k', at: D39, t: '力争到{y}年每10万人口康复医师达到8人、康复治疗师达到{v}人' },
  // ---------------- 许政办〔2023〕30号 养老
  {
    id: 'public_care_home_occupancy_pct', at: D30, t: '到{y}年，实现包括特困人员供养服务设施（敬老院）在内的公办养老机构入住率达到{v}%左右',
    note: '左右: about',
  },
  { id: 'special_needs_elderly_monthly_visit_pct', at: D30, t: '到{y}年，特殊困难老年人月探访率达到{v}%' },
  {
    id: 'township_eldercare_centre_coverage_pct', at: D30, t: '“十四五”末，区域养老服务中心在乡镇的覆盖率达到{v}% 以上', year: 2025,
    note: `year 2025: “十四五”末 is the end of the 14th five-year plan (2021—2025); ${FLOOR}`,
  },
  ...([
    ['old_age_allowance_80_89_yuan_month', '{v}元'],
    ['old_age_allowance_90_99_yuan_month', '50元、{v}元'],
    ['old_age_allowance_100plus_yuan_month', '50元、100元和{v}元'],
  ] as const).map(([id, tail]): TextSpec => ({
    id, at: D30, t: `当前标准为80—89岁、90—99岁和百岁以上老年人每人每月分别不低于${tail}`, year: 2023, kind: 'actual',
    note: 'year 2023: the annex (基本养老服务清单) calls it the current standard (当前标准) of a list issued 2023-12-21; 不低于: a floor',
  })),
  {
    id: 'disability_subsidy_yuan_month', at: D30, t: '困难残疾人生活补贴和重度残疾人护理补贴相关规定执行。当前标准为每人每月不低于{v}元',
    year: 2023, kind: 'actual',
    note: 'year 2023: 当前标准 (current standard) of a list issued 2023-12-21; 不低于: a floor',
  },
  // ---------------- 许政办〔2023〕25号: 化工材料
  {
    id: 'industrial_cluster_scale', at: C('化工材料'), t: '围绕襄城县先进制造业开发区，…形成{v}亿级产业集群', year: 2025,
    area: '襄城县', place: 'xiangcheng-advanced-mfg-zone', note: `${PLAN_END}; 亿级: a class, about this size`,
  },
  {
    id: 'industrial_cluster_scale', at: C('化工材料'), t: '围绕许昌精细化工园区，…形成{v}亿级产业集群', year: 2025,
    place: 'xuchang-fine-chemical-park',
    note: `${PLAN_END}; 亿级: a class, about this size; the text names no county for the park (city-wide 411000)`,
  },
  { id: 'chemical_materials_industry_scale', at: C('化工材料'), t: '到{y}年，实现化工材料产业规模达到{v}亿元' },
  { id: 'chemical_materials_little_giants', at: C('化工材料'), t: '到{y}年，力争化工材料领域省级以上专精特新“小巨人”企业达到{v}家以上', note: FLOOR },
  // 硅碳新材料
  { id: 'silicon_carbon_industry_scale', at: C('硅碳新材料'), t: '到{y}年，…全市硅碳新材料产业规模突破{zh}亿元', note: '突破: more than; printed 千亿元' },
  { id: 'silicon_carbon_above_scale_firms', at: C('硅碳新材料'), t: '到{y}年，硅碳新材料产业集聚规上工业企业{v}家以上', note: FLOOR },
  { id: 'silicon_carbon_high_tech_firms', at: C('硅碳新材料'), t: '到{y}年，硅碳新材料产业链内高新技术企业数量超过{v}家', note: '超过: more than' },
  { id: 'silicon_carbon_innovation_platforms', at: C('硅碳新材料'), t: '到{y}年，…省级以上创新平台达到{v}家' },
  {
    id: 'silicon_carbon_projects_introduced', at: C('硅碳新材料'), t: '3. 产业链生态更优。引进落地硅碳新材料产业上下游项目{v}个以上', year: 2025,
    note: `${PLAN_END} (items 1 and 2 of the list say 到2025年); ${FLOOR}`,
  },
  { id: 'high_purity_silane_capacity', at: C('硅碳新材料'), t: '到{y}年，高纯硅烷产能扩大到{v}吨/年' },
  { id: 'electronic_polysilicon_capacity', at: C('硅碳新材料'), t: '到{y}年，…电子级（区熔级）多晶硅产能达到{v}吨 / 年' },
  {
    id: 'cyclohexanone_capacity', at: C('硅碳新材料'), t: '利用丰富氢气和现有 {v} 万吨环己酮产能', year: 2023, kind: 'actual',
    note: 'year 2023: 现有 (existing) capacity at the plan’s issue (2023-11-14)',
  },
  // 新型建材
  { id: 'new_building_materials_industry_scale', at: C('新型建材'), t: '到{y}年年底，…全市新型建材产业规模力争达到{v}亿元' },
  { id: 'green_building_materials_national_demo_bases', at: C('新型建材'), t: '到{y}年，力争创建绿色建材国家新型工业化产业示范基地{v}个' },
  { id: 'new_building_materials_green_factories', at: C('新型建材'), t: '到{y}年，力争创建…省级绿色工厂{v}个左右', note: '左右: about' },
  { id: 'green_building_materials_production_bases', at: C('新型建材'), t: '到{y}年，力争创建…省级绿色建材生产综合基地{v}个' },
  { id: 'new_building_materials_tech_centers', at: C('新型建材'), t: '到{y}年，创建国家级、省级企业技术中心不低于{v}家', note: '不低于: a floor' },
  // 新能源汽车
  { id: 'nev_industry_scale', at: C('新能源汽车'), t: '到{y}年，全市新能源汽车及零部件产业规模达到{v}亿元' },
  { id: 'nev_production', at: C('新能源汽车'), t: '到{y}年，新能源汽车生产规模达到{v}万辆' },
  { id: 'nev_passenger_car_production', at: C('新能源汽车'), t: '到{y}年，…其中，乘用车{v}万辆' },
  { id: 'nev_commercial_vehicle_production', at: C('新能源汽车'), t: '到{y}年，…商用车{v}万辆' },
  { id: 'nev_capacity_utilization_pct', at: C('新能源汽车'), t: '到{y}年，…产能利用率达到{v}%左右', note: '左右: about' },
  { id: 'nev_local_supply_rate_pct', at: C('新能源汽车'), t: '到{y}年，…新能源整车企业本地化配套率超过{v}%', note: '超过: more than' },
  { id: 'ev_charging_facilities', at: C('新能源汽车'), t: '到{y}年，…全市充换电基础设施突破{v}个', note: '突破: more than' },
  { id: 'heavy_truck_swap_stations', at: C('新能源汽车'), t: '到{y}年，…重卡换电站{v}座以上', note: FLOOR },
  // 新型电力（新能源）装备
  { id: 'power_equipment_industry_scale', at: C('新型电力（新能源）装备'), t: '（二）战略目标。到{y}年，……全市新型电力（新能源）装备产业规模达到{v}亿元', note: 'year from the sentence before (到2025年…), which the quote includes' },
  { id: 'power_equipment_firms_over_500yi', at: C('新型电力（新能源）装备'), t: '到 {y} 年，力争培育新型电力（新能源）装备企业规模超 500 亿元企业 {v} 家' },
  { id: 'power_equipment_firms_over_100yi', at: C('新型电力（新能源）装备'), t: '到 {y} 年，力争培育…超 100 亿元企业 {v} 家' },
  { id: 'power_equipment_firms_over_10yi', at: C('新型电力（新能源）装备'), t: '到 {y} 年，力争培育…超 10 亿元企业 {v} 家以上', note: FLOOR },
  { id: 'power_equipment_firms_over_1yi', at: C('新型电力（新能源）装备'), t: '到 {y} 年，力争培育…1 亿元以上企业超 {v} 家', note: '超: more than' },
  // 智能电梯
  { id: 'elevator_industry_revenue', at: C('智能电梯'), t: '力争到{y}年，……电梯产业集群实现营收{v}亿元', note: 'year from the sentence before (力争到2025年…), which the quote includes' },
  { id: 'elevator_production_capacity', at: C('智能电梯'), t: '力争到{y}年，……形成{v}万台整梯生产能力', note: 'year from the sentence before (力争到2025年…), which the quote includes' },
  { id: 'elevator_firms_output_100yi', at: C('智能电梯'), t: '到{y}年培育产值百亿级企业{v}家' },
  { id: 'elevator_supplier_firms', at: C('智能电梯'), t: '到{y}年培育电梯配套企业{v}家' },
  { id: 'elevator_new_rd_platforms', at: C('智能电梯'), t: '到{y}年，新建{v}家省级以上企业研发机构或研发平台' },
  { id: 'elevator_national_rd_centers', at: C('智能电梯'), t: '到{y}年，新建3家省级以上企业研发机构或研发平台，力争建成{v}个国家级研发中心' },
  { id: 'elevator_new_smes_incubated', at: C('智能电梯'), t: '力争{y}年孵化新增中小企业{v}家' },
  { id: 'elevator_leading_talents_introduced', at: C('智能电梯'), t: '到{y}年，引进{v}名行业领军人才' },
  { id: 'elevator_young_talents_introduced', at: C('智能电梯'), t: '到{y}年，引进2名行业领军人才，{v}名青年高层次人员' },
  { id: 'elevator_field_engineers_introduced', at: C('智能电梯'), t: '到{y}年，引进2名行业领军人才，20名青年高层次人员，{v}名现场工程师' },
  // 先进钢铁材料
  { id: 'recycled_stainless_steel_capacity', at: C('先进钢铁材料'), t: '到{y}年，再生不锈钢生产能力达到{v}万吨以上', note: FLOOR },
  { id: 'stainless_products_capacity', at: C('先进钢铁材料'), t: '到{y}年，再生不锈钢…不锈钢制品加工能力达到{v}万吨' },
  { id: 'advanced_steel_industry_output', at: C('先进钢铁材料'), t: '到{y}年，再生不锈钢…产值达到{v}亿元以上', note: FLOOR },
  { id: 'advanced_steel_rd_intensity_pct', at: C('先进钢铁材料'), t: '到{y}年，骨干企业研发投入占主营业务收入比重平均达到{v}%' },
  // 高性能铝镁合金
  { id: 'aluminium_magnesium_industry_scale', at: C('高性能铝镁合金'), t: '到{y}年，…全市再生铝及镁合金产业规模达到{v}亿元' },
  ...([
    ['aluminium_auto_lightweight', '（四）积极推进汽车轻量化铝基新材料产业链建设。'],
    ['aluminium_ctp_foil', '（五）做专做强CTP版基和空调箔产业链。'],
    ['aluminium_building_furniture', '（六）做强新型建材工业材和铝制家具产业链。'],
  ] as const).flatMap(([id, head]): TextSpec[] => [
    { id: `${id}_output_volume`, at: C('高性能铝镁合金'), t: `${head}……到{y}年，主导产品产量达到{v}万吨` },
    { id: `${id}_output_value`, at: C('高性能铝镁合金'), t: `${head}……到{y}年，主导产品产量达到…产值达到{v}亿元` },
  ]),
  { id: 'aluminium_national_projects', at: C('高性能铝镁合金'), t: '到 {y} 年，力争承担国家项目 {v} 项' },
  { id: 'aluminium_provincial_projects', at: C('高性能铝镁合金'), t: '到 {y} 年，力争承担国家项目 1 项、省内项目 {v} 项' },
  { id: 'aluminium_key_technologies', at: C('高性能铝镁合金'), t: '到 {y} 年，突破关键技术 {v} 项左右', note: '左右: about' },
  { id: 'aluminium_tech_contract_turnover', at: C('高性能铝镁合金'), t: '到 {y} 年，全市先进铝基材料领域技术合同成交额达到 {v} 万元以上', note: FLOOR },
  { id: 'aluminium_new_high_tech_firms', at: C('高性能铝镁合金'), t: '到{y}年，新增再生铝及镁合金材料高新技术企业{v}家以上', note: FLOOR },
  { id: 'scrap_aluminium_recycled', at: C('高性能铝镁合金'), t: '到{y}年，废铝回收达到{v}万吨' },
  { id: 'aluminium_new_senior_experts', at: C('高性能铝镁合金'), t: '到{y}年，新增高端专家{v}名' },
  { id: 'aluminium_new_professionals', at: C('高性能铝镁合金'), t: '到{y}年，新增高端专家5名，专业人才{v}名' },
  { id: 'aluminium_new_high_skill_workers', at: C('高性能铝镁合金'), t: '到{y}年，新增高技能人才{v}人' },
  { id: 'aluminium_firms_100yi', at: C('高性能铝镁合金'), t: '到{y}年，力争培育{v}家100亿级产业链领航企业' },
  { id: 'aluminium_little_giants_new', at: C('高性能铝镁合金'), t: '到{y}年，新培育铝基新材料领域国家级专精特新“小巨人”企业{v}家' },
  { id: 'aluminium_single_champions_new', at: C('高性能铝镁合金'), t: '到{y}年，新培育…制造业单项冠军{v}家' },
  { id: 'aluminium_provincial_specialised_firms_new', at: C('高性能铝镁合金'), t: '到{y}年，新培育…省级专精特新企业{v}家左右', note: '左右: about' },
  { id: 'aluminium_above_scale_firms', at: C('高性能铝镁合金'), t: '到{y}年，全市规上铝基新材料企业数量达到{v}家以上', note: FLOOR },
  { id: 'aluminium_smart_factories', at: C('高性能铝镁合金'), t: '到{y}年，建成智能工厂（车间）{v}个以上', note: FLOOR },
  { id: 'aluminium_green_factories', at: C('高性能铝镁合金'), t: '到{y}年，建成智能工厂（车间）1个以上、绿色工厂{v}家以上', note: FLOOR },
  // 先进铜合金
  { id: 'copper_alloy_industry_scale', at: C('先进铜合金'), t: '到{y}年，产业规模达到{v}亿元' },
  // 节能环保装备及服务
  { id: 'energy_saving_env_industry_scale', at: C('节能环保装备及服务'), t: '到{y}年，…产业链规模达到{v}亿元' },
  {
    id: 'energy_saving_env_rd_platforms', at: C('节能环保装备及服务'), t: '到{y}年，……科技研发平台达到{v}个以上',
    note: `year from the paragraph’s opening 到2025年, which the quote includes; ${FLOOR}`,
  },
  {
    id: 'energy_saving_env_clusters', at: C('节能环保装备及服务'), t: '到{y}年，……培育形成先进环保装备、高效节能装备、资源循环利用{v}个特色优势产业集群',
    note: 'year from the paragraph’s opening 到2025年, which the quote includes',
  },
  { id: 'energy_saving_env_new_green_factories', at: C('节能环保装备及服务'), t: '到{y}年，新增绿色工厂{v}家以上', note: FLOOR },
  // 先进计算
  { id: 'advanced_computing_industry_scale', at: C('先进计算'), t: '到{y}年，先进计算及相关产业规模突破{v}亿元', note: '突破: more than' },
  {
    id: 'ai_computing_center_capacity_pflops', at: C('先进计算'), t: '3. 算力水平大幅提升。算力供给能力进一步提升，人工智能计算中心算力达到{v}P', year: 2025,
    note: `${PLAN_END} (item 1 of the list says 到2025年); printed 300P, read as PFlops; the text does not name the centre (city-wide row)`,
  },
  { id: 'advanced_computing_fusion_benchmarks', at: C('先进计算'), t: '到{y}年，打造{v}项以上技术融合创新标杆', note: FLOOR },
  // 生物医药
  { id: 'biomedicine_industry_scale', at: C('生物医药'), t: '到{y}年，全市生物医药产业链规模力争超过{v}亿元', note: '超过: more than' },
  { id: 'biomedicine_firms_revenue_over_50yi', at: C('生物医药'), t: '到{y}年，全市生物医药产业链规模……培育{v}家年营收超50亿元龙头企业', note: 'year from the sentence before (到2025年…), which the quote includes' },
  { id: 'biomedicine_firms_revenue_over_10yi', at: C('生物医药'), t: '到{y}年，全市生物医药产业链规模……{v}家年营收超10亿元医药工业企业', note: 'year from the sentence before (到2025年…), which the quote includes' },
  { id: 'biomedicine_renowned_firms_introduced', at: C('生物医药'), t: '到{y}年，全市生物医药产业链规模……引进{v}家左右国内外知名企业', note: 'year from the sentence before (到2025年…), which the quote includes; 左右: about' },
  { id: 'biomedicine_new_above_scale_firms', at: C('生物医药'), t: '到{y}年，全市生物医药产业链规模……新增{v}家以上规上企业', note: `year from the sentence before (到2025年…), which the quote includes; ${FLOOR}` },
  { id: 'biomedicine_rd_coverage_pct', at: C('生物医药'), t: '到{y}年，全市生物医药规上企业研发覆盖率达到{v}%' },
  { id: 'biomedicine_rd_platforms', at: C('生物医药'), t: '到{y}年，全市生物医药规上企业研发覆盖率达到100%，建成 {v} 个以上国家级、省级研发平台', note: FLOOR },
  { id: 'biomedicine_industrial_parks', at: C('生物医药'), t: '到 {y} 年，建成生物医药 {v} 大园区' },
  { id: 'tcm_herb_planting_area', at: C('生物医药'), t: '到{y}年，全市中药材种植面积稳定在{v}万亩' },
  { id: 'tcm_herbaceous_planting_area', at: C('生物医药'), t: '到{y}年，全市中药材种植面积稳定在60万亩，其中草本药材种植面积达到{v}万亩' },
  { id: 'tcm_market_sales_volume', at: C('生物医药'), t: '到{y}年，打造一个年销售量超{v}万吨', note: '超: more than; one market to be built, no county given' },
  { id: 'tcm_market_turnover', at: C('生物医药'), t: '到{y}年，打造一个年销售量超20万吨、交易额超{v}亿元的中药材交易专业市场', note: '超: more than; one market to be built, no county given' },
  // 绿色食品
  { id: 'agri_leading_firms_municipal_plus', at: C('绿色食品'), t: '到{y}年，培育市级以上农业龙头企业{v}家' },
  { id: 'green_food_chains_over_100yi', at: C('绿色食品'), t: '到{y}年，培育…百亿级重点产业链{v}个' },
  { id: 'green_food_firms_over_1yi', at: C('绿色食品'), t: '到{y}年，培育…亿级龙头企业{v}家' },
  { id: 'provincial_agri_brands', at: C('绿色食品'), t: '到{y}年，培育…省级知名农业品牌{v}个以上', note: FLOOR },
  { id: 'green_food_new_rd_platforms', at: C('绿色食品'), t: '到{y}年，培育…新建市级以上各类研发平台{v}个' },
  { id: 'green_food_industry_scale', at: C('绿色食品'), t: '到{y}年，培育…绿色食品全产业链产业规模力争突破 {v} 亿元', note: '突破: more than' },
  {
    id: 'strong_gluten_wheat_area', at: C('绿色食品'), t: '扩大优质强筋小麦种植面积，打造集中连片种植基地，保持种植面积稳定在 {v} 万亩', year: 2025,
    note: INFER_2025('the sentence gives no year; the next sentence sets the 2025 wheat targets (到 2025 年，小麦种植面积…) and the plan runs 2023—2025'),
  },
  { id: 'wheat_area', at: C('绿色食品'), t: '到 {y} 年，小麦种植面积持续稳定在 {v} 万亩以上', note: FLOOR },
  { id: 'wheat_output', at: C('绿色食品'), t: '到 {y} 年，小麦种植面积…产量稳定在 {v} 万吨以上', note: FLOOR },
  { id: 'breeding_sow_stock', at: C('绿色食品'), t: '到 {y} 年，确保能繁母猪存栏保有量稳定在 {v} 万头' },
  { id: 'hogs_slaughtered', at: C('绿色食品'), t: '到 {y} 年，确保…生猪出栏稳定在 {v} 万头以上', note: FLOOR },
  { id: 'cattle_slaughtered', at: C('绿色食品'), t: '到 {y} 年，确保…，牛出栏稳定在 {v} 万头以上', note: FLOOR },
  { id: 'sheep_slaughtered', at: C('绿色食品'), t: '到 {y} 年，确保…羊出栏稳定在 {v} 万只以上', note: FLOOR },
  { id: 'poultry_slaughtered', at: C('绿色食品'), t: '到 {y} 年，确保…家禽出栏达到 {v} 万羽以上', note: FLOOR },
  { id: 'meat_output', at: C('绿色食品'), t: '到 {y} 年，确保…肉蛋奶产量分别达到 {v} 万吨' },
  { id: 'egg_output', at: C('绿色食品'), t: '到 {y} 年，确保…肉蛋奶产量分别达到 26 万吨、{v} 万吨' },
  { id: 'milk_output', at: C('绿色食品'), t: '到 {y} 年，确保…肉蛋奶产量分别达到 26 万吨、19 万吨和 {v} 万吨' },
  { id: 'sweet_potato_area', at: C('绿色食品'), t: '到{y}年，优质红薯种植面积达到{v}万亩以上', note: FLOOR },
  { id: 'soybean_area', at: C('绿色食品'), t: '到{y}年，优质大豆种植面积达到{v}万亩' },
  { id: 'tcm_herb_planting_area', at: C('绿色食品'), t: '到{y}年，全市中药材种植面积达到{v}万亩以上', note: `${FLOOR}; the 生物医药 plan says 稳定在60万亩 (see checks)` },
  { id: 'flour_products_industry_scale', at: C('绿色食品'), t: '到{y}年，全市面制品全产业链产业规模力争达到{v}亿元' },
  { id: 'hog_local_slaughter_pct', at: C('绿色食品'), t: '到{y}年，生猪就地屠宰比例达到{v}%以上', note: FLOOR },
  { id: 'meat_products_industry_scale', at: C('绿色食品'), t: '到{y}年，生猪就地屠宰比例…肉制品全产业链产业规模力争达到{v}亿元' },
  { id: 'mushroom_vegetable_products_industry_scale', at: C('绿色食品'), t: '到{y}年，菌蔬制品全产业链产业规模力争达到{v}亿元' },
  { id: 'bee_products_industry_scale', at: C('绿色食品'), t: '到{y}年，蜂蜡…产业规模力争达到{v}亿元' },
  { id: 'prepared_food_industry_scale', at: C('绿色食品'), t: '到{y}年，打造全省核心、全国知名的预制菜产业集群，预制菜产业规模力争突破{v}亿元', note: '突破: more than' },
  { id: 'agri_traceability_points', at: C('绿色食品'), t: '到{y}年，…建成农产品质量安全追溯点达到{v}个以上', note: FLOOR },
  { id: 'agri_product_test_pass_rate_pct', at: C('绿色食品'), t: '到{y}年，…农产品监测合格率保持在{v}%以上', note: FLOOR },
  // 预制菜
  {
    id: 'prepared_food_above_scale_firms', at: C('预制菜'), t: '（四）战略目标。到{y}年，……培育超{v}家规模以上预制菜企业',
    note: 'year from the heading sentence of （四）战略目标 (到2025年), which the quote includes; 超: more than',
  },
  {
    id: 'prepared_food_innovation_platforms', at: C('预制菜'), t: '（四）战略目标。到{y}年，……建设不少于{v}个市级预制菜重点创新平台',
    note: 'year from the heading sentence of （四）战略目标 (到2025年), which the quote includes; 不少于: a floor',
  },
  { id: 'new_provincial_demo_cooperatives', at: C('预制菜'), t: '到{y}年，全市新培育省级农民专业合作社示范社{v}家以上', note: FLOOR },
  { id: 'new_agri_leading_firms_municipal_plus', at: C('预制菜'), t: '到{y}年，全市新培育…市级以上农业龙头企业{v}家以上', note: FLOOR },
  // 纺织服装
  { id: 'textile_industry_scale', at: C('纺织服装'), t: '到{y}年，纺织服装产业规模力争突破{v}亿元', note: '突破: more than' },
  { id: 'cotton_spinning_output', at: C('纺织服装'), t: '到{y}年，全市棉纺产值达到{v}亿元' },
  { id: 'weaving_output', at: C('纺织服装'), t: '到{y}年，全市织造业产值达到{v}亿元' },
  { id: 'dyeing_output', at: C('纺织服装'), t: '到{y}年，全市印染业产值达到{v}亿元' },
  { id: 'garment_output', at: C('纺织服装'), t: '到{y}年，全市服装产值达到{v}亿元' },
  { id: 'textile_products_output', at: C('纺织服装'), t: '到{y}年，全市纺织用品业产值达到{v}亿元' },
];

/**
 * Statements that restate a value already emitted (from a table or another plan): they become CheckRows, not rows.
 * `ref` names the emitted row: indicator|area_code|year|kind (+ optional doc filter).
 */
interface RestatementSpec {
  check: string;
  at: string;
  t: string;
  ref: { id: string; year: number; doc?: string; area?: string };
  what: string;
}
const RESTATEMENTS: RestatementSpec[] = [
  { check: 'infra_text_racks_vs_table', at: D38, t: '力争到{y}年全市标准机架数量达到{v}架', ref: { id: 'data_center_standard_racks', year: 2025 }, what: 'standard racks (text 架, table 个)' },
  { check: 'infra_text_charging_piles_vs_table', at: D38, t: '公共充电桩（枪）{v}个以上', ref: { id: 'public_charging_piles', year: 2025 }, what: 'public charging points (text: 以上)' },
  { check: 'infra_text_innovation_platforms_vs_table', at: D38, t: '到{y}年，全市国家级创新平台数量达到{v}家', ref: { id: 'national_innovation_platforms', year: 2025 }, what: 'national innovation platforms (text 国家级创新平台, table 国家重大科技创新平台)' },
  { check: 'health_text_public_health_staff_2020', at: D39, t: '全市每千常住人口公共卫生人员数为{v}人', ref: { id: 'public_health_staff_per_1000', year: 2020 }, what: 'public-health staff per 1,000 in 2020' },
  { check: 'health_text_gps_2020', at: D39, t: '每万常住人口全科医生数为{v}人', ref: { id: 'gps_per_10000', year: 2020 }, what: 'GPs per 10,000 in 2020' },
  { check: 'health_text_life_expectancy_2020', at: D39, t: '2020年全市人均预期寿命从2015年的76.36岁提高到{v}岁', ref: { id: 'life_expectancy', year: 2020 }, what: 'life expectancy in 2020' },
  { check: 'health_text_beds_2025', at: D39, t: '到{y}年，全市每千常住人口医疗卫生机构床位数按{v}张规划设置', ref: { id: 'hospital_beds_per_1000', year: 2025 }, what: 'beds per 1,000 in 2025' },
  { check: 'health_text_public_health_staff_growth_2025', at: D39, t: '到{y}年，每千常住人口公共卫生人员数较“十三五”末提高{v}%', ref: { id: 'public_health_staff_per_1000_growth_pct', year: 2025 }, what: 'increase of public-health staff per 1,000 by 2025' },
  { check: 'health_text_doctors_2025', at: D39, t: '到{y}年，全市每千人口执业（助理）医师达到{v}人', ref: { id: 'doctors_per_1000', year: 2025 }, what: 'doctors per 1,000 in 2025' },
  { check: 'health_text_nurses_2025', at: D39, t: '到{y}年，全市每千人口执业（助理）医师达到3.29人，每千人口注册护士达到{v}人', ref: { id: 'nurses_per_1000', year: 2025 }, what: 'nurses per 1,000 in 2025' },
  { check: 'health_text_pharmacists_2025', at: D39, t: '到{y}年，全市每千人口执业（助理）医师…每千人口药师（士）达到{v}人', ref: { id: 'pharmacists_per_1000', year: 2025 }, what: 'pharmacists per 1,000 in 2025' },
  { check: 'health_text_gps_2025', at: D39, t: '到{y}年，全市每千人口执业（助理）医师…每万人口全科医生达到{v}人', ref: { id: 'gps_per_10000', year: 2025 }, what: 'GPs per 10,000 in 2025' },
  { check: 'health_text_childcare_2025', at: D39, t: '到{y}年，每千人口拥有3岁以下婴幼儿托位数达到{v}个', ref: { id: 'childcare_places_per_1000', year: 2025 }, what: 'childcare places per 1,000 in 2025' },
  { check: 'health_text_geriatrics_2025', at: D39, t: '到{y}年，二级及以上综合医院设立老年医学科的比例达到{v}%以上', ref: { id: 'hospitals_with_geriatrics_dept_pct', year: 2025 }, what: 'hospitals with a geriatrics department in 2025 (text 60%以上, table ≥60)' },
  { check: 'prepared_food_scale_plan_vs_green_food', at: C('预制菜'), t: '全产业链产值规模达到{v}亿元', ref: { id: 'prepared_food_industry_scale', year: 2025 }, what: 'prepared-food industry scale 2025 (预制菜 plan 全产业链产值规模 vs 绿色食品 plan 预制菜产业规模)' },
  { check: 'biomedicine_text_firms_over_50yi', at: C('生物医药'), t: '到{y}年,培育生物医药产业产值超50亿元龙头企业{v}家', ref: { id: 'biomedicine_firms_revenue_over_50yi', year: 2025 }, what: 'biomedicine lead firms over 50 亿元 (产值 here, 年营收 in the targets)' },
  { check: 'biomedicine_text_firms_over_10yi', at: C('生物医药'), t: '到{y}年,培育生物医药产业产值超50亿元龙头企业2家,10亿元左右企业{v}家以上', ref: { id: 'biomedicine_firms_revenue_over_10yi', year: 2025 }, what: 'biomedicine firms of about 10 亿元 (产值 10亿元左右 here, 年营收超10亿元 in the targets)' },
];

// ---------------------------------------------------------------------------------------------------------------
// Places

export interface PlaceSpec {
  id: string;
  /** the name without whitespace; must occur in the quote unless `composed` */
  name: string;
  category: string;
  at: string;
  /** the quote template (no {v}) */
  t: string;
  area: string;
  status: PlaceStatus;
  year?: number;
  town?: string;
  note?: string;
  /** the name is put together from a list (X、Y国家基本气象站) and does not stand verbatim in the text */
  composed?: boolean;
}

const NO_COUNTY = 'the text names no county: city-wide 411000';
export const PLACE_SPECS: PlaceSpec[] = [
  // 许政〔2023〕34号
  { id: 'yuzhou-ip-rapid-protection-center', name: '中国禹州（钧瓷）知识产权快速维权中心', category: 'ip_service_center', at: D34, t: '加快中国禹州（钧瓷）知识产权快速维权中心建设', area: '禹州市', status: 'planned', note: 'county from the name (禹州)' },
  // 许政〔2023〕35号
  { id: 'xiangcheng-tobacco-met-test-base', name: '襄城县烤烟气象服务科学试验基地', category: 'meteorological_facility', at: D35, t: '加快河南省烤烟气象服务中心、襄城县烤烟气象服务科学试验基地建设', area: '襄城县', status: 'planned' },
  ...([
    ['xiangcheng-national-basic-met-station', '襄城县国家基本气象站', 'weather_station', '襄城县', 'upgrading', 'to be relocated (迁建)'],
    ['yanling-national-basic-met-station', '鄢陵县国家基本气象站', 'weather_station', '鄢陵县', 'upgrading', 'to be relocated (迁建)'],
    ['yuzhou-x-band-weather-radar', '禹州市X波段相控阵天气雷达', 'weather_radar', '禹州市', 'planned', 'to be built (建设及组网应用)'],
    ['xiangcheng-x-band-weather-radar', '襄城县X波段相控阵天气雷达', 'weather_radar', '襄城县', 'planned', 'to be built (建设及组网应用)'],
  ] as const).map(([id, name, category, area, status, what]): PlaceSpec => ({
    id, name, category, at: D35, area, status, composed: true,
    t: '完成襄城县、鄢陵县国家基本气象站迁建和禹州市、襄城县X波段相控阵天气雷达建设及组网应用',
    note: `${what}; name composed from the list 襄城县、鄢陵县国家基本气象站迁建和禹州市、襄城县X波段相控阵天气雷达建设`,
  })),
  // 许政〔2023〕38号
  { id: 'zhongyuan-ai-computing-center', name: '中原人工智能计算中心', category: 'data_center', at: D38, t: '加快中原人工智能计算中心二期、许昌边缘云计算中心项目建设', area: '许昌市', status: 'upgrading', note: `phase 2 (二期) to be built; ${NO_COUNTY}` },
  { id: 'xuchang-edge-cloud-computing-center', name: '许昌边缘云计算中心', category: 'data_center', at: D38, t: '加快中原人工智能计算中心二期、许昌边缘云计算中心项目建设', area: '许昌市', status: 'planned', note: NO_COUNTY },
  { id: 'xiangcheng-port', name: '襄城港', category: 'port', at: D38, t: '打通襄城港水运航道', area: '襄城', status: 'planned', note: 'county from the name (襄城); the plan is to open its waterway (打通…水运航道)' },
  // 许政〔2023〕39号
  { id: 'xuchang-central-hospital', name: '许昌市中心医院', category: 'hospital', at: D39, t: '支持许昌市中心医院探索“一院多区”同质化管理新模式', area: '许昌市', status: 'existing', note: `municipal hospital; ${NO_COUNTY}` },
  { id: 'xuchang-tcm-hospital', name: '许昌市中医医院', category: 'hospital', at: D39, t: '支持许昌市中医医院发挥中医药在疾病预防、治疗、康复中的特色与优势', area: '许昌市', status: 'existing', note: `municipal hospital; ${NO_COUNTY}` },
  { id: 'xuchang-mch-hospital', name: '许昌市妇幼保健院', category: 'hospital', at: D39, t: '支持许昌市妇幼保健院牵头创建儿科、妇产科省级区域医疗中心', area: '许昌市', status: 'existing', note: `municipal maternal and child health hospital; ${NO_COUNTY}` },
  { id: 'xuchang-jianan-hospital', name: '许昌市建安医院', category: 'hospital', at: D39, t: '支持许昌市建安医院发展高水平专科医疗服务，创建精神专科医疗中心', area: '许昌市', status: 'existing', note: `municipal mental-health centre (许昌市建安医院为市级精神卫生中心); 建安 in the name is not read as 建安区; ${NO_COUNTY}` },
  { id: 'xuchang-public-health-medical-center', name: '许昌市公共卫生医疗中心', category: 'hospital', at: D39, t: '加快许昌市公共卫生医疗中心建设', area: '许昌市', status: 'planned', note: `regional base for major epidemics; ${NO_COUNTY}` },
  ...([
    ['yuzhou-peoples-hospital', '禹州市人民医院', '禹州市'],
    ['changge-peoples-hospital', '长葛市人民医院', '长葛市'],
    ['xiangcheng-peoples-hospital', '襄城县人民医院', '襄城县'],
  ] as const).map(([id, name, area]): PlaceSpec => ({
    id, name, category: 'hospital', at: D39, area, status: 'upgrading',
    t: '支持禹州市人民医院、长葛市人民医院、襄城县人民医院创建三级甲等综合医院', note: 'to become a grade-3A general hospital (创建三级甲等)',
  })),
  { id: 'yanling-peoples-hospital', name: '鄢陵县人民医院', category: 'hospital', at: D39, t: '支持鄢陵县人民医院创建三级综合医院', area: '鄢陵县', status: 'upgrading', note: 'to become a grade-3 general hospital (创建三级)' },
  { id: 'yuzhou-tcm-hospital', name: '禹州市中医院', category: 'hospital', at: D39, t: '支持禹州市中医院、鄢陵县中医院创建三级甲等中医医院', area: '禹州市', status: 'upgrading', note: 'to become a grade-3A TCM hospital' },
  { id: 'yanling-tcm-hospital', name: '鄢陵县中医院', category: 'hospital', at: D39, t: '支持禹州市中医院、鄢陵县中医院创建三级甲等中医医院', area: '鄢陵县', status: 'upgrading', note: 'to become a grade-3A TCM hospital' },
  { id: 'xiangcheng-tcm-hospital', name: '襄城县中医院', category: 'hospital', at: D39, t: '襄城县中医院达到三级中医医院水平', area: '襄城县', status: 'upgrading', note: 'to reach grade-3 TCM hospital level' },
  { id: 'xuchang-cdc', name: '许昌市疾病预防控制中心', category: 'cdc', at: D39, t: '许昌市疾病预防控制中心要具备突发急性传染病病原体快速检测能力', area: '许昌市', status: 'existing', note: `municipal CDC; ${NO_COUNTY}` },
  { id: 'xuchang-120-emergency-center', name: '许昌市120急救中心', category: 'emergency_center', at: D39, t: '构建以许昌市 120 急救中心为中心', area: '许昌市', status: 'existing', note: `municipal emergency centre; ${NO_COUNTY}` },
  { id: 'xuchang-occupational-disease-institute', name: '许昌市职业病防治所', category: 'public_health_institution', at: D39, t: '许昌市职业病防治所负责全市职业病诊断工作', area: '许昌市', status: 'existing', note: NO_COUNTY },
  { id: 'xuchang-central-blood-station', name: '许昌市中心血站', category: 'blood_station', at: D39, t: '许昌市中心血站可根据需要设置分支机构', area: '许昌市', status: 'existing', note: NO_COUNTY },
  // 许政办〔2023〕25号
  { id: 'xiangcheng-advanced-mfg-zone', name: '襄城县先进制造业开发区', category: 'industrial_park', at: C('化工材料'), t: '支持襄城县先进制造业开发区、许昌精细化工园区建设', area: '襄城县', status: 'existing' },
  { id: 'xuchang-fine-chemical-park', name: '许昌精细化工园区', category: 'industrial_park', at: C('化工材料'), t: '支持襄城县先进制造业开发区、许昌精细化工园区建设', area: '许昌市', status: 'existing', note: `${NO_COUNTY} (the plan’s 布局重点 are 襄城县、建安区; the 纺织服装 plan names a 建安区精细化工园区, possibly the same park)` },
  { id: 'yuzhou-pingshan-prefab-industrial-park', name: '禹州市坪山绿色装配式产业园', category: 'industrial_park', at: C('新型建材'), t: '持续推进禹州市坪山绿色装配式产业园年产1050万吨骨料等省级重点项目的实施', area: '禹州市', status: 'planned', note: 'a provincial key project under way (持续推进…实施), incl. 年产1050万吨骨料 (no year given)' },
  { id: 'changge-circular-economy-park', name: '长葛循环经济产业园', category: 'industrial_park', at: C('新型建材'), t: '持续推进长葛循环经济产业园建设', area: '长葛', status: 'existing', note: 'county from the name (长葛); also printed 长葛市循环经济产业园区 and 长葛经济技术开发区循环经济产业园 in other plans of 许政办〔2023〕25号' },
  { id: 'yuzhou-jinhui-furnace-materials', name: '金辉炉料', category: 'enterprise', at: C('新型建材'), t: '释放禹州市金辉炉料耐火材料新活力', area: '禹州市', status: 'existing', note: 'refractory materials (耐火材料)' },
  { id: 'weidu-wanli-jiaoke', name: '河南万里交科', category: 'enterprise', at: C('新型建材'), t: '支持魏都区河南万里交科对道路桥梁养护行业新技术', area: '魏都区', status: 'existing', note: 'road and bridge maintenance technology' },
  { id: 'changge-beixin-waterproof', name: '北新防水', category: 'enterprise', at: C('新型建材'), t: '发挥长葛市北新防水等地域品牌优势', area: '长葛市', status: 'existing', note: 'waterproofing materials' },
  { id: 'changge-dongmei-zhisheng', name: '东美致盛', category: 'enterprise', at: C('新型建材'), t: '鼓励河南鼎正、长葛东美致盛等装饰装修企业', area: '长葛', status: 'existing', note: 'decoration; county from 长葛东美致盛' },
  ...([
    ['changge-etdz', '长葛经济技术开发区', '长葛'],
    ['jianan-advanced-mfg-zone', '建安区先进制造业开发区', '建安区'],
    ['changge-casting-industrial-park', '长葛铸造产业园', '长葛'],
  ] as const).map(([id, name, area]): PlaceSpec => ({
    id, name, category: 'industrial_park', at: C('新能源汽车'), area, status: 'existing',
    t: '完善长葛经济技术开发区、建安区先进制造业开发区、长葛铸造产业园等重点园区基础设施', note: `a key park of the 新能源汽车 plan; county from the name (${area})`,
  })),
  { id: 'changge-dazhou-recycled-aluminium-market', name: '再生铝交易市场', category: 'market', at: C('高性能铝镁合金'), t: '支持在长葛大周新建再生铝交易市场', area: '长葛', status: 'planned', town: '大周', note: 'a new recycled-aluminium trading market at 长葛大周 (新建)' },
  { id: 'yanling-jiufa-industrial-park', name: '鄢陵县新区九发工业园', category: 'industrial_park', at: C('先进铜合金'), t: '长葛经济技术开发区循环经济产业园、鄢陵县新区九发工业园等地先进铜产业园区能级', area: '鄢陵县', status: 'existing' },
  { id: 'jianan-electronic-information-park', name: '建安区电子信息产业园', category: 'industrial_park', at: C('先进计算'), t: '依托科创基地、建安区电子信息产业园等载体', area: '建安区', status: 'existing' },
  { id: 'weidu-tcm-health-island', name: '中医药健康岛', category: 'health_industry_project', at: C('生物医药'), t: '加快魏都区“中医药健康岛”等项目建设', area: '魏都区', status: 'planned' },
  { id: 'yuzhou-tcm-modern-agri-park', name: '禹州市中药材现代农业产业园', category: 'agri_park', at: C('绿色食品'), t: '高标准建设禹州市中药材现代农业产业园', area: '禹州市', status: 'planned' },
  { id: 'xiangcheng-sweet-potato-agri-park', name: '襄城县红薯现代农业产业园', category: 'agri_park', at: C('绿色食品'), t: '依托襄城县红薯现代农业产业园', area: '襄城县', status: 'existing' },
  { id: 'changge-foerhu-agri-strong-town', name: '佛耳湖镇国家农业产业强镇', category: 'agri_industry_town', at: C('绿色食品'), t: '支持长葛市佛耳湖镇国家农业产业强镇项目建设', area: '长葛市', status: 'planned', town: '佛耳湖镇', note: 'national agricultural industry strong town project (bee products core area)' },
  { id: 'yanling-water-culture-park', name: '鄢陵县水文化产业园', category: 'industrial_park', at: C('绿色食品'), t: '支持鄢陵县水文化产业园建设', area: '鄢陵县', status: 'planned' },
  ...([
    ['yuzhou-yinmei', '银梅', '禹州'],
    ['yanling-weimite', '维秘特', '鄢陵'],
    ['xiangcheng-changxiangjian', '常相见', '襄城'],
  ] as const).map(([id, name, area]): PlaceSpec => ({
    id, name, category: 'enterprise', at: C('绿色食品'), area, status: 'existing',
    t: '支持禹州银梅、鄢陵维秘特、襄城常相见等企业开发功能保健型饮品', note: `beverage maker; county from the text (${area}${name})`,
  })),
  ...([
    ['yanling-textile-garment-cluster', '鄢陵县纺织服装产业集群', '鄢陵县'],
    ['xiangcheng-garment-shoe-cluster', '襄城县服装制鞋产业集群', '襄城县'],
    ['yuzhou-textile-garment-cluster', '禹州市纺织服装产业集群', '禹州市'],
  ] as const).map(([id, name, area]): PlaceSpec => ({
    id, name, category: 'industrial_cluster', at: C('纺织服装'), area, status: 'planned',
    t: '加快推进鄢陵县纺织服装产业集群、襄城县服装制鞋产业集群、禹州市纺织服装产业集群建设',
  })),
  { id: 'jianan-fine-chemical-park', name: '建安区精细化工园区', category: 'industrial_park', at: C('纺织服装'), t: '依托建安区精细化工园区、襄城县化工园区', area: '建安区', status: 'existing', note: 'possibly the 许昌精细化工园区 of the 化工材料 plan (not merged: the names differ)' },
  { id: 'xiangcheng-chemical-park', name: '襄城县化工园区', category: 'industrial_park', at: C('纺织服装'), t: '依托建安区精细化工园区、襄城县化工园区', area: '襄城县', status: 'existing', note: 'possibly part of 襄城县先进制造业开发区 (not merged: the names differ)' },
  { id: 'xuchang-smart-elevator-base', name: '许昌市智能电梯研发制造基地', category: 'industrial_park', at: C('智能电梯'), t: '新招引产业链配套项目原则落户许昌市智能电梯研发制造基地', area: '许昌市', status: 'planned', note: `${NO_COUNTY} (the 责任单位 is 经济技术开发区管委会); to be built up (加快研发制造基地建设)` },
];

// ---------------------------------------------------------------------------------------------------------------
// Tables

const cellsOf = (seed: Seed, n: number) => seed.line(n).replace(/\r$/, '').split('\t').map((c) => c.trim());
const isBlank = (seed: Seed, n: number) => seed.line(n).trim() === '';
const NUM = /^\d+(\.\d+)?$/;

function num(printed: string, where: string): string {
  const v = normaliseNumber(printed);
  if (v === null) throw new Error(`${where}: "${printed}" is not a number`);
  return v;
}

/** 许政〔2023〕38号 新型基础设施中重点建设任务目标: 指标 | 2023 年基础 | 2025 年目标. */
export const INFRA_ROWS: readonly [label: string, id: string][] = [
  ['5G 基站累计数量（个）', 'base_stations_5g'],
  ['数据中心标准机架数量（个）', 'data_center_standard_racks'],
  ['新能源公共充电桩（枪） 累计量（个）', 'public_charging_piles'],
  ['智算规模（PFlops）', 'intelligent_computing_capacity_pflops'],
  ['国家重大科技创新平台（家）', 'national_innovation_platforms'],
  ['10G-PON 及以上端口数量（个）', 'pon_10g_ports'],
];
export interface InfraRow { line: number; id: string; base: string; target: string; cells: string[] }
export function parseInfraTable(seed: Seed, span: Span): { titleLine: number; rows: InfraRow[] } {
  const where = (n: number) => `${seed.name}:${n} (${D38} table)`;
  const titleLine = findLine(seed, /^\s*新型基础设施中重点建设任务目标\s*$/, span.start, span.end);
  let n = titleLine + 1;
  while (n <= span.end && isBlank(seed, n)) n++;
  const header = cellsOf(seed, n);
  if (header.join('|') !== '指标|2023 年基础|2025 年目标') throw new Error(`${where(n)}: unexpected header [${header.join(' | ')}]`);
  const rows: InfraRow[] = [];
  for (n++; n <= span.end && !isBlank(seed, n); n++) {
    const c = cellsOf(seed, n);
    if (c.length !== 3) throw new Error(`${where(n)}: expected 3 cells, got ${c.length}`);
    const spec = INFRA_ROWS[rows.length];
    if (!spec || c[0] !== spec[0]) throw new Error(`${where(n)}: expected row "${spec?.[0]}", got "${c[0]}"`);
    for (const x of [c[1], c[2]]) if (!NUM.test(x)) throw new Error(`${where(n)}: cell "${x}" is not a number`);
    rows.push({ line: n, id: spec[1], base: num(c[1], where(n)), target: num(c[2], where(n)), cells: c });
  }
  if (rows.length !== INFRA_ROWS.length) throw new Error(`${where(n)}: ${rows.length} rows, expected ${INFRA_ROWS.length}`);
  return { titleLine, rows };
}

/** How a cell of the health plan's 主要发展指标 table is read. */
type Cell =
  | { k: 'num'; id: string }
  | { k: 'approx'; id: string }
  | { k: 'ratio'; id: string }
  | { k: 'geq'; id: string }
  | { k: 'incpct'; id: string }
  | { k: 'incyears'; id: string }
  | { k: 'dash' }
  | { k: 'text'; text: string };
const n_ = (id: string): Cell => ({ k: 'num', id });
const DASH: Cell = { k: 'dash' };
/** serial, label (as printed), 2020 cell, 2025 cell — in print order */
export const HEALTH_ROWS: readonly [string, string, Cell, Cell][] = [
  ['1', '每千人口公共卫生人员数(人)', n_('public_health_staff_per_1000'), { k: 'incpct', id: 'public_health_staff_per_1000_growth_pct' }],
  ['2', '各级疾病预防控制机构标准化基础设施', DASH, { k: 'text', text: '全覆盖' }],
  ['3', '二级以上综合医院(含中医医院，下同)设置感染性疾病科的比例(%)', DASH, n_('hospitals_with_infectious_dept_pct')],
  ['4', '乡镇卫生院和社区卫生服务中心设置发热诊室(门诊、哨点)的比例(%)', DASH, n_('primary_care_with_fever_clinic_pct')],
  ['5', '每千人口医疗卫生机构床位数(张)', n_('hospital_beds_per_1000'), n_('hospital_beds_per_1000')],
  ['5', '其中：市办以上医院', n_('hospital_beds_per_1000_municipal'), { k: 'approx', id: 'hospital_beds_per_1000_municipal' }],
  ['5', '县办公立医院及基层医疗卫生机构', n_('hospital_beds_per_1000_county_primary'), { k: 'approx', id: 'hospital_beds_per_1000_county_primary' }],
  ['6', '每千人口公立中医医院床位数(张)', n_('tcm_hospital_beds_per_1000'), n_('tcm_hospital_beds_per_1000')],
  ['7', '每千人口执业(助理)医师数(人)', n_('doctors_per_1000'), n_('doctors_per_1000')],
  ['8', '每千人口注册护士数(人)', n_('nurses_per_1000'), n_('nurses_per_1000')],
  ['9', '每千人口药师(士)数(人)', n_('pharmacists_per_1000'), n_('pharmacists_per_1000')],
  ['10', '每万人口全科医生数(人)', n_('gps_per_10000'), n_('gps_per_10000')],
  ['11', '医护比', { k: 'ratio', id: 'nurses_per_doctor' }, { k: 'ratio', id: 'nurses_per_doctor' }],
  ['12', '床人(卫生人员)比', { k: 'ratio', id: 'health_staff_per_bed' }, { k: 'ratio', id: 'health_staff_per_bed' }],
  ['13', '每千人口中医类别职业（助理）医师数（人）', n_('tcm_doctors_per_1000'), n_('tcm_doctors_per_1000')],
  ['14', '设置中医临床科室的二级以上公立综合医院比例（%）', n_('public_general_hospitals_with_tcm_dept_pct'), n_('public_general_hospitals_with_tcm_dept_pct')],
  ['15', '设置中医馆的社区卫生服务中心和乡镇卫生院比例（%）', n_('primary_care_with_tcm_hall_pct'), n_('primary_care_with_tcm_hall_pct')],
  ['16', '每千人口拥有3岁以下婴幼儿托位数（个）', n_('childcare_places_per_1000'), n_('childcare_places_per_1000')],
  ['17', '二级及以上综合性医院设置老年医学科的比例（%）', n_('hospitals_with_geriatrics_dept_pct'), { k: 'geq', id: 'hospitals_with_geriatrics_dept_pct' }],
  ['18', '人均预期寿命（岁）', n_('life_expectancy'), { k: 'incyears', id: 'life_expectancy_gain_years' }],
  ['19', '人均健康预期寿命（岁）', DASH, { k: 'text', text: '同比例提高' }],
];
export interface TableValue { line: number; id: string; year: number; kind: Kind; value: string; note: string; quote: string }

function readCell(cell: Cell, printed: string, where: string): { id: string; value: string; note: string } | null {
  const m = (re: RegExp) => {
    const r = re.exec(printed);
    if (!r) throw new Error(`${where}: cell "${printed}" does not read as ${cell.k}`);
    return num(r[1], where);
  };
  switch (cell.k) {
    case 'dash': if (printed !== '—') throw new Error(`${where}: expected "—", got "${printed}"`); return null;
    case 'text': if (printed !== cell.text) throw new Error(`${where}: expected "${cell.text}", got "${printed}"`); return null;
    case 'num': return { id: cell.id, value: m(/^(\d+(?:\.\d+)?)$/), note: '' };
    case 'approx': return { id: cell.id, value: m(/^(\d+(?:\.\d+)?)左右$/), note: `printed ${printed}: 左右 (about)` };
    case 'ratio': return { id: cell.id, value: m(/^1:(\d+(?:\.\d+)?)$/), note: `printed ${printed}; the value is the second term` };
    case 'geq': return { id: cell.id, value: m(/^≥(\d+(?:\.\d+)?)$/), note: `printed ${printed}: a floor` };
    case 'incpct': return { id: cell.id, value: m(/^比“十三五”末提高(\d+(?:\.\d+)?)%$/), note: `printed ${printed}: increase over the 2020 (“十三五”末) value` };
    case 'incyears': return { id: cell.id, value: m(/^提高(\d+(?:\.\d+)?)岁$/), note: `printed ${printed}: increase over 2020` };
  }
}

/** 许政〔2023〕39号 主要发展指标: 领域 | 序号 | 主要指标 | 2020年 | 2025年目标 | 指标性质, rows as HEALTH_ROWS, then 注：. */
export function parseHealthTable(seed: Seed, span: Span): { titleLine: number; values: TableValue[]; rowLines: number[] } {
  const where = (n: number) => `${seed.name}:${n} (${D39} 主要发展指标)`;
  const titleLine = findLine(seed, /^\s*主要发展指标\s*$/, span.start, span.end);
  let n = titleLine + 1;
  while (n <= span.end && isBlank(seed, n)) n++;
  const header = cellsOf(seed, n);
  if (header.join('|') !== '领域|序号|主要指标|2020年|2025年目标|指标性质') throw new Error(`${where(n)}: unexpected header [${header.join(' | ')}]`);
  const values: TableValue[] = [];
  const rowLines: number[] = [];
  let i = 0;
  for (n++; n <= span.end; n++) {
    if (isBlank(seed, n)) continue; // the PDF text breaks the table with blank lines
    if (/^\s*注：/.test(seed.line(n))) break;
    const c = cellsOf(seed, n);
    if (c.length !== 6) throw new Error(`${where(n)}: expected 6 cells, got ${c.length}`);
    const spec = HEALTH_ROWS[i];
    if (!spec || c[1] !== spec[0] || c[2] !== spec[1]) {
      throw new Error(`${where(n)}: expected row ${spec?.[0]} "${spec?.[1]}", got ${c[1]} "${c[2]}"`);
    }
    if (c[5] !== '预期性' && c[5] !== '约束性') throw new Error(`${where(n)}: 指标性质 "${c[5]}"`);
    const quote = seed.line(n).trim();
    for (const [cell, printed, year, kind] of [[spec[2], c[3], 2020, 'baseline'], [spec[3], c[4], 2025, 'target']] as const) {
      const r = readCell(cell, printed, where(n));
      if (r) values.push({ line: n, id: r.id, year, kind, value: r.value, note: r.note, quote });
    }
    rowLines.push(n);
    i++;
  }
  if (i !== HEALTH_ROWS.length) throw new Error(`${where(n)}: ${i} rows, expected ${HEALTH_ROWS.length}`);
  return { titleLine, values, rowLines };
}

export interface CountyTableRow { line: number; area: Area; printed: string; cells: string[]; values: string[] }
/**
 * A county table of the health plan: title, a header line and a year line as given, then 全市 and the six counties
 * (each cell a number), then a blank line.
 */
function parseCountyTable(seed: Seed, span: Span, title: string, header: string[], years: string[]): { titleLine: number; total: CountyTableRow; rows: CountyTableRow[] } {
  const where = (n: number) => `${seed.name}:${n} (${D39} ${title})`;
  const titleLine = findLine(seed, new RegExp(`^\\s*${title.replace(ESCAPE, '\\$&')}\\s*$`), span.start, span.end);
  let n = titleLine + 1;
  while (n <= span.end && isBlank(seed, n)) n++;
  const h = cellsOf(seed, n);
  if (h.join('|') !== header.join('|')) throw new Error(`${where(n)}: unexpected header [${h.join(' | ')}]`);
  const y = cellsOf(seed, ++n);
  if (y.join('|') !== years.join('|')) throw new Error(`${where(n)}: unexpected year line [${y.join(' | ')}]`);
  const width = years.length;
  const rows: CountyTableRow[] = [];
  for (n++; n <= span.end && !isBlank(seed, n); n++) {
    const c = cellsOf(seed, n);
    if (c.length !== width) throw new Error(`${where(n)}: expected ${width} cells, got ${c.length}`);
    const area = resolveArea(c[0]);
    if (rows.some((r) => r.area.code === area.code)) throw new Error(`${where(n)}: ${c[0]} appears twice`);
    for (const x of c.slice(1)) if (!NUM.test(x)) throw new Error(`${where(n)}: cell "${x}" is not a number`);
    rows.push({ line: n, area, printed: c[0], cells: c, values: c.slice(1).map((x) => num(x, where(n))) });
  }
  const [total, ...counties] = rows;
  if (!total || total.printed !== '全市') throw new Error(`${where(n)}: the first row must be 全市`);
  const codes = counties.map((r) => r.area.code).sort().join(',');
  if (codes !== '411002,411003,411024,411025,411081,411082') throw new Error(`${where(n)}: expected the six counties, got ${codes}`);
  return { titleLine, total, rows: counties };
}

export function parseBedTable(seed: Seed, span: Span) {
  return parseCountyTable(seed, span, '各县（市、区）床位配置规划',
    ['地区 指标', '常住人口数（万人）', '每千常住人口医疗卫生机构床位数（张）', ''], ['', '', '2020年', '2025年']);
}
export function parseStaffTable(seed: Seed, span: Span) {
  return parseCountyTable(seed, span, '各县（市、区）执业（助理）医师和注册护士数规划',
    ['地区 指标', '每千常住人口执业 (助理) 医师数(人)', '', '每千常住人口 注册护士数(人)', ''], ['', '2020年', '2025年', '2020年', '2025年']);
}

// ---------------------------------------------------------------------------------------------------------------

export function extractSeed002(seeds: SeedSet): ExtractResult {
  const seed = seeds.get(SEED002);
  if (!seed) throw new Error(`seed ${SEED002} missing`);
  const docs = locateDocs(seed);
  const chains = locateChains(seed, docs);
  const spans = new Map<string, Span & { flat: Flat }>();
  for (const [doc, s] of docs) spans.set(doc, { ...s, flat: flatten(seed, s.start, s.end) });
  for (const [c, s] of chains) spans.set(chainKey(c), { ...s, flat: flatten(seed, s.start, s.end) });
  const span = (at: string) => {
    const s = spans.get(at);
    if (!s) throw new Error(`unknown span ${at}`);
    if (s.doc === '许政〔2023〕37号') throw new Error('许政〔2023〕37号 belongs to the tourism extractor');
    return s;
  };

  const indicators: IndicatorRow[] = [];
  const checks: CheckRow[] = [];

  const emit = (id: string, area: Area, year: number, value: string, kind: Kind, doc: string, line: number, quote: string, note = '', place = '') => {
    const def = DEF_BY_ID.get(id);
    if (!def) throw new Error(`indicator ${id} has no definition`);
    if (!quoteContainsValue(quote, value)) throw new Error(`${id}: value ${value} not in quote "${quote}"`);
    const r: IndicatorRow = {
      indicator: id, area_code: area.code, area: area.name_zh, year, value, unit: def.unit, kind, doc,
      ...cite(seed, line, quote), note, place_id: place,
    };
    indicators.push(r);
    return r;
  };
  const check = (c: string, doc: string, line: number, expected: string, found: string, ok: boolean, okNote: string, badNote: string) => {
    checks.push({ check: c, doc, seed: seed.name, line, expected, found, note: ok ? `ok: ${okNote}` : badNote });
  };

  // --- text specs
  const placeIds = new Set(PLACE_SPECS.map((p) => p.id));
  for (const s of TEXT_SPECS) {
    const sp = span(s.at);
    const where = `${seed.name} ${s.at} ${s.id}`;
    const hit = findOnce(sp.flat, s.t, where);
    if (hit.value === undefined) throw new Error(`${where}: template has no {v}`);
    const year = hit.year ?? s.year;
    if (year === undefined) throw new Error(`${where}: no year`);
    if (hit.year !== undefined && s.year !== undefined) throw new Error(`${where}: year both in the template and the spec`);
    if (hit.year === undefined && !s.note) throw new Error(`${where}: an inferred year needs a note`);
    if (s.place && !placeIds.has(s.place)) throw new Error(`${where}: unknown place ${s.place}`);
    const value = num(hit.value, where);
    emit(s.id, resolveArea(s.area ?? '许昌市'), year, value, s.kind ?? 'target', sp.doc, hit.valueLine!, hit.text, s.note ?? '', s.place ?? '');
  }

  // --- 许政〔2023〕38号 table
  const d38 = span(D38);
  const infra = parseInfraTable(seed, d38);
  for (const r of infra.rows) {
    const quote = seed.line(r.line).trim();
    emit(r.id, CITY, 2023, r.base, 'baseline', D38, r.line, quote);
    emit(r.id, CITY, 2025, r.target, 'target', D38, r.line, quote);
  }

  // --- 许政〔2023〕39号 tables
  const d39 = span(D39);
  const health = parseHealthTable(seed, d39);
  for (const v of health.values) emit(v.id, CITY, v.year, v.value, v.kind, D39, v.line, v.quote, v.note);

  const beds = parseBedTable(seed, d39);
  const popNote = (line: number) =>
    'the 常住人口数（万人） column prints no year; read as 2020, the table’s base year: the 全市 figure with the 2020 bed count ' +
    `(24389 张) gives the 2020 beds per 1,000 printed in the row (see check health_population_2020_vs_beds, line ${line})`;
  for (const r of beds.rows) {
    const q = seed.line(r.line).trim();
    emit('resident_population', r.area, 2020, r.values[0], 'baseline', D39, r.line, q, popNote(beds.total.line));
    emit('hospital_beds_per_1000', r.area, 2020, r.values[1], 'baseline', D39, r.line, q);
    emit('hospital_beds_per_1000', r.area, 2025, r.values[2], 'target', D39, r.line, q, '2025: planned allocation (规划)');
  }
  // the 全市 row: population only (its beds per 1,000 restate the 主要发展指标 table: checks)
  emit('resident_population', CITY, 2020, beds.total.values[0], 'baseline', D39, beds.total.line, seed.line(beds.total.line).trim(), popNote(beds.total.line));
  const staff = parseStaffTable(seed, d39);
  for (const r of staff.rows) {
    const q = seed.line(r.line).trim();
    emit('doctors_per_1000', r.area, 2020, r.values[0], 'baseline', D39, r.line, q);
    emit('doctors_per_1000', r.area, 2025, r.values[1], 'target', D39, r.line, q);
    emit('nurses_per_1000', r.area, 2020, r.values[2], 'baseline', D39, r.line, q);
    emit('nurses_per_1000', r.area, 2025, r.values[3], 'target', D39, r.line, q);
  }

  // --- checks: values restated elsewhere
  const find = (id: string, year: number, area = CITY.code, doc?: string) => {
    const rs = indicators.filter((r) => r.indicator === id && r.year === year && r.area_code === area && !r.place_id && (!doc || r.doc === doc));
    if (rs.length !== 1) throw new Error(`check reference ${id} ${year} ${area}: ${rs.length} rows`);
    return rs[0];
  };
  for (const s of RESTATEMENTS) {
    const sp = span(s.at);
    const hit = findOnce(sp.flat, s.t, `${seed.name} ${s.at} check ${s.check}`);
    cite(seed, hit.valueLine!, hit.text);
    const stated = num(hit.value!, s.check);
    const ref = find(s.ref.id, s.ref.year, s.ref.area, s.ref.doc);
    check(s.check, sp.doc, hit.valueLine!, stated, ref.value, Number(stated) === Number(ref.value),
      `the text restates ${s.what}: ${stated}, as emitted from line ${ref.line}`,
      `${s.what}: this line says ${stated}, line ${ref.line} says ${ref.value}`);
  }
  // the county tables' 全市 rows vs 主要发展指标
  for (const [c, id, year, value, line] of [
    ['health_bed_table_city_2020', 'hospital_beds_per_1000', 2020, beds.total.values[1], beds.total.line],
    ['health_bed_table_city_2025', 'hospital_beds_per_1000', 2025, beds.total.values[2], beds.total.line],
    ['health_staff_table_city_doctors_2020', 'doctors_per_1000', 2020, staff.total.values[0], staff.total.line],
    ['health_staff_table_city_doctors_2025', 'doctors_per_1000', 2025, staff.total.values[1], staff.total.line],
    ['health_staff_table_city_nurses_2020', 'nurses_per_1000', 2020, staff.total.values[2], staff.total.line],
    ['health_staff_table_city_nurses_2025', 'nurses_per_1000', 2025, staff.total.values[3], staff.total.line],
  ] as const) {
    const ref = find(id, year);
    check(c, D39, line, value, ref.value, Number(value) === Number(ref.value),
      `the county table's 全市 row (${year}) equals the 主要发展指标 table (line ${ref.line})`,
      `the county table's 全市 row says ${value} for ${year}, the 主要发展指标 table (line ${ref.line}) says ${ref.value}`);
  }
  // population: counties add up to 全市
  {
    const sum = decimalSum(beds.rows.map((r) => r.values[0]));
    const total = beds.total.values[0];
    check('health_population_counties_vs_city', D39, beds.total.line, total, sum, Number(sum) === Number(total),
      `the six counties' 常住人口数 add up to the 全市 row (${total} 万人)`,
      `the six counties' 常住人口数 add up to ${sum} 万人, the 全市 row says ${total}`);
  }
  // 2020 counts / population = 2020 per-1,000 values (confirms the population year)
  for (const [c, countId, perId] of [
    ['health_population_2020_vs_beds', 'hospital_beds', 'hospital_beds_per_1000'],
    ['health_population_2020_vs_doctors', 'licensed_doctors', 'doctors_per_1000'],
    ['health_population_2020_vs_nurses', 'registered_nurses', 'nurses_per_1000'],
  ] as const) {
    const count = find(countId, 2020);
    const per = find(perId, 2020);
    const pop = Number(beds.total.values[0]);
    const derived = String(Number((Number(count.value) / (pop * 10)).toFixed(2)));
    check(c, D39, beds.total.line, per.value, derived, Number(derived) === Number(per.value),
      `${countId} 2020 (${count.value}, line ${count.line}) / 全市 population ${pop} 万 = ${derived} per 1,000 = the 2020 value (line ${per.line}); the population column is 2020`,
      `${countId} 2020 (${count.value}, line ${count.line}) / 全市 population ${pop} 万 = ${derived} per 1,000, the table says ${per.value} (line ${per.line})`);
  }

  // --- 许政办〔2023〕25号 checks
  {
    const total = find('nev_production', 2025);
    const parts = [find('nev_passenger_car_production', 2025), find('nev_commercial_vehicle_production', 2025)];
    const sum = decimalSum(parts.map((p) => p.value));
    check('nev_production_split', D25, total.line, total.value, sum, Number(sum) === Number(total.value),
      `乘用车 ${parts[0].value} + 商用车 ${parts[1].value} = ${total.value} 万辆`,
      `乘用车 ${parts[0].value} + 商用车 ${parts[1].value} = ${sum} 万辆, the total says ${total.value}`);
  }
  {
    const total = find('textile_industry_scale', 2025);
    const ids = ['cotton_spinning_output', 'weaving_output', 'dyeing_output', 'garment_output', 'textile_products_output'];
    const sum = decimalSum(ids.map((id) => find(id, 2025).value));
    check('textile_subsectors_vs_scale', D25, total.line, total.value, sum, Number(sum) === Number(total.value),
      `棉纺、织造、印染、服装、纺织用品 2025 output values add up to the 纺织服装 industry scale (${total.value} 亿元; printed 突破)`,
      `棉纺、织造、印染、服装、纺织用品 2025 output values add up to ${sum} 亿元, the industry scale says 突破${total.value} 亿元`);
  }
  {
    const rows = indicators.filter((r) => r.indicator === 'tcm_herb_planting_area' && r.year === 2025);
    if (rows.length !== 2) throw new Error(`tcm_herb_planting_area 2025: ${rows.length} rows`);
    const [a, b] = rows.sort((x, y) => x.line - y.line);
    check('tcm_herb_area_biomedicine_vs_green_food', D25, a.line, a.value, b.value, a.value === b.value,
      'both plans give the same 2025 medicinal-herb area',
      `the 生物医药 plan (line ${a.line}) holds the medicinal-herb area at ${a.value} 万亩 in 2025 (稳定在), the 绿色食品 plan (line ${b.line}) says ${b.value} 万亩以上; both rows are kept`);
  }
  {
    const rows = indicators.filter((r) => r.indicator === 'heavy_truck_swap_stations' && r.year === 2025);
    const a = rows.find((r) => r.doc === D25)!;
    const b = rows.find((r) => r.doc === D38)!;
    check('heavy_truck_swap_stations_25_vs_38', D25, a.line, a.value, b.value, a.value === b.value,
      'both documents give the same 2025 number of heavy-truck swap stations',
      `许政办〔2023〕25号 (新能源汽车 plan, line ${a.line}) targets 重卡换电站${a.value}座以上 by 2025; 许政〔2023〕38号 (line ${b.line}) targets ${b.value}座以上 by 2025; both rows are kept`);
  }
  {
    const a = indicators.find((r) => r.indicator === 'ai_computing_center_capacity_pflops' && r.doc === D25)!;
    const b = indicators.find((r) => r.indicator === 'ai_computing_center_capacity_pflops' && r.doc === D38)!;
    check('ai_computing_center_25_vs_38', D25, a.line, a.value, b.value, a.value === b.value,
      'both documents give the same AI computing-centre capacity',
      `许政办〔2023〕25号 (先进计算 plan, line ${a.line}) says 人工智能计算中心算力达到${a.value}P (no year; read as 2025); 许政〔2023〕38号 (line ${b.line}) says 中原人工智能计算中心 算力规模超过${b.value}PFlops by 2025; both rows are kept`);
  }
  {
    const center = indicators.find((r) => r.indicator === 'ai_computing_center_capacity_pflops' && r.doc === D38)!;
    const table = find('intelligent_computing_capacity_pflops', 2025);
    check('infra_text_ai_center_vs_table', D38, center.line, center.value, table.value, center.value === table.value,
      `中原人工智能计算中心 (${center.value} PFlops, 超过) and the table's 2025 智算规模 (${table.value}, line ${table.line}) agree`,
      `中原人工智能计算中心: ${center.value} PFlops (超过); the table's 2025 智算规模: ${table.value} (line ${table.line})`);
  }

  // --- places
  const places: PlaceDraft[] = [];
  for (const p of PLACE_SPECS) {
    const sp = span(p.at);
    const where = `${seed.name} ${p.at} place ${p.id}`;
    const hit = findOnce(sp.flat, p.t, where);
    if (!p.composed && !hit.text.replace(/\s+/g, '').includes(p.name)) throw new Error(`${where}: name ${p.name} not in the quote`);
    const area = resolveArea(p.area);
    // a county named at the start of the place name must be the place's area
    for (let k = Math.min(5, p.name.length); k >= 2; k--) {
      const a = tryResolveArea(p.name.slice(0, k));
      if (a && a.code !== area.code && !(a.code === CITY.code)) throw new Error(`${where}: name says ${a.name_zh}, spec says ${area.name_zh}`);
      if (a) break;
    }
    // the line: where the name stands (first character of the name inside the match), else the match start
    const nameAt = hit.text.indexOf(p.name);
    const line = nameAt >= 0 ? sp.flat.lineAt(hit.index + nameAt) : hit.line;
    const d: PlaceDraft = {
      place_id: p.id, name: p.name, category: p.category, area_code: area.code, area: area.name_zh,
      year: p.year ?? '', status: p.status, doc: sp.doc, ...cite(seed, line, hit.text), note: p.note ?? '',
    };
    if (p.town) d.town = p.town;
    places.push(d);
  }
  const ids = new Set<string>();
  for (const p of places) {
    if (ids.has(p.place_id)) throw new Error(`duplicate place ${p.place_id}`);
    ids.add(p.place_id);
  }
  for (const r of indicators) if (r.place_id && !ids.has(r.place_id)) throw new Error(`${r.indicator}: unknown place ${r.place_id}`);

  indicators.sort((a, b) => a.indicator.localeCompare(b.indicator) || a.year - b.year || a.kind.localeCompare(b.kind) ||
    a.area_code.localeCompare(b.area_code) || a.line - b.line || a.place_id.localeCompare(b.place_id));
  places.sort((a, b) => a.line - b.line || a.place_id.localeCompare(b.place_id));
  checks.sort((a, b) => a.check.localeCompare(b.check));
  const used = new Set(indicators.map((r) => r.indicator));
  for (const d of DEFS) if (!used.has(d.id)) throw new Error(`definition ${d.id} is never emitted`);
  return { indicators, places, checks, defs: DEFS.filter((d) => used.has(d.id)) };
}
