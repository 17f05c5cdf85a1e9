/**
 * The terms the data files use, each with its Chinese and English name: topics, kinds, place statuses,
 * location precisions, place categories, units, qualifiers, year bases, bindings. The pipeline emits only
 * these terms (the validator rejects others) and the app names them from here.
 */

export interface Names { zh: string; en: string }
export type Lang = 'zh' | 'en';
export const nameIn = (lang: Lang, n: Names) => (lang === 'zh' ? n.zh : n.en);

// ---- topics ---------------------------------------------------------------------------------------------------
export const TOPICS = [
  'coal', 'fire', 'tourism_road', 'wetland', 'water', 'forest', 'air', 'energy', 'industry', 'digital',
  'transport', 'health', 'housing', 'eldercare', 'agriculture', 'culture', 'economy', 'science', 'other',
] as const;
export type Topic = (typeof TOPICS)[number];
export const TOPIC_NAMES: Record<Topic, Names> = {
  coal: { zh: '煤炭消费', en: 'Coal consumption' },
  fire: { zh: '消防', en: 'Fire protection' },
  tourism_road: { zh: '旅游公路', en: 'Tourism roads' },
  wetland: { zh: '湿地', en: 'Wetlands' },
  water: { zh: '水利与水环境', en: 'Water' },
  forest: { zh: '森林与绿化', en: 'Forests and greening' },
  air: { zh: '大气', en: 'Air quality' },
  energy: { zh: '能源', en: 'Energy' },
  industry: { zh: '工业与制造业', en: 'Industry' },
  digital: { zh: '数字经济', en: 'Digital economy' },
  transport: { zh: '交通', en: 'Transport' },
  health: { zh: '医疗卫生', en: 'Health' },
  housing: { zh: '住房与城建', en: 'Housing and urban development' },
  eldercare: { zh: '养老', en: 'Elderly care' },
  agriculture: { zh: '农业农村', en: 'Agriculture and rural' },
  culture: { zh: '文化旅游', en: 'Culture and tourism' },
  economy: { zh: '经济', en: 'Economy' },
  science: { zh: '科技创新', en: 'Science and innovation' },
  other: { zh: '其他', en: 'Other' },
};

// ---- kinds of value -------------------------------------------------------------------------------------------
export const KINDS = ['baseline', 'actual', 'target', 'plan'] as const;
export type Kind = (typeof KINDS)[number];
export const KIND_NAMES: Record<Kind, Names> = {
  baseline: { zh: '基数', en: 'Baseline' },
  actual: { zh: '实际', en: 'Actual' },
  target: { zh: '目标', en: 'Target' },
  plan: { zh: '计划', en: 'Plan' },
};

// ---- places ---------------------------------------------------------------------------------------------------
export const PLACE_STATUSES = ['existing', 'planned', 'upgrading', 'pilot', 'unknown'] as const;
export type PlaceStatus = (typeof PLACE_STATUSES)[number];
export const STATUS_NAMES: Record<PlaceStatus, Names> = {
  existing: { zh: '现有', en: 'Existing' },
  planned: { zh: '规划', en: 'Planned' },
  upgrading: { zh: '改造提升', en: 'Upgrading' },
  pilot: { zh: '试点', en: 'Pilot' },
  unknown: { zh: '文件未说明', en: 'Not stated' },
};

export const LOCATION_PRECISIONS = ['exact', 'town', 'county', 'none'] as const;
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];
export const PRECISION_NAMES: Record<LocationPrecision, Names> = {
  exact: { zh: '位置为来源给出的坐标', en: 'Position as given by a source' },
  town: { zh: '位置为乡镇驻地（近似）', en: 'Position is the town seat (approximate)' },
  county: { zh: '位置为县区标注点（近似）', en: 'Position is the county label point (approximate)' },
  none: { zh: '无位置信息', en: 'No position' },
};

export interface Category extends Names { topic: Topic }
/** Every place category the pipeline may emit, with the topic whose layer group lists it. */
export const PLACE_CATEGORIES = {
  coal_enterprise: { topic: 'coal', zh: '重点耗煤企业', en: 'Key coal-consuming enterprises' },
  fire_station: { topic: 'fire', zh: '消防站', en: 'Fire stations' },
  fire_training_hall: { topic: 'fire', zh: '消防训练馆', en: 'Fire training halls' },
  emergency_center: { topic: 'fire', zh: '应急救援中心', en: 'Emergency centres' },
  tourism_road: { topic: 'tourism_road', zh: '旅游公路线路', en: 'Tourism road routes' },
  wetland_park: { topic: 'wetland', zh: '湿地公园', en: 'Wetland parks' },
  wetland: { topic: 'wetland', zh: '湿地工程', en: 'Wetland works' },
  water_project: { topic: 'water', zh: '水利工程', en: 'Water projects' },
  sewage_plant: { topic: 'water', zh: '污水处理厂', en: 'Sewage plants' },
  reservoir: { topic: 'water', zh: '水库', en: 'Reservoirs' },
  forest_park: { topic: 'forest', zh: '森林公园', en: 'Forest parks' },
  weather_station: { topic: 'air', zh: '气象站', en: 'Weather stations' },
  weather_radar: { topic: 'air', zh: '天气雷达', en: 'Weather radars' },
  meteorological_facility: { topic: 'air', zh: '气象服务设施', en: 'Meteorological facilities' },
  power_plant: { topic: 'energy', zh: '电厂', en: 'Power plants' },
  industrial_park: { topic: 'industry', zh: '产业园区', en: 'Industrial parks' },
  industrial_cluster: { topic: 'industry', zh: '产业集群', en: 'Industrial clusters' },
  industrial_project: { topic: 'industry', zh: '产业项目', en: 'Industrial projects' },
  enterprise: { topic: 'industry', zh: '企业', en: 'Enterprises' },
  award_unit: { topic: 'industry', zh: '受表彰单位', en: 'Award-winning units' },
  market: { topic: 'industry', zh: '交易市场', en: 'Trading markets' },
  data_center: { topic: 'digital', zh: '数据中心', en: 'Data centres' },
  digital_infrastructure: { topic: 'digital', zh: '数字基础设施', en: 'Digital infrastructure' },
  characteristic_town: { topic: 'digital', zh: '特色小镇', en: 'Characteristic towns' },
  road: { topic: 'transport', zh: '道路', en: 'Roads' },
  port: { topic: 'transport', zh: '港口', en: 'Ports' },
  hospital: { topic: 'health', zh: '医院', en: 'Hospitals' },
  cdc: { topic: 'health', zh: '疾病预防控制中心', en: 'Centres for disease control' },
  disease_control_centre: { topic: 'health', zh: '疾病预防控制中心', en: 'Centres for disease control' },
  blood_station: { topic: 'health', zh: '血站', en: 'Blood stations' },
  public_health_institution: { topic: 'health', zh: '公共卫生机构', en: 'Public health institutions' },
  health_industry_project: { topic: 'health', zh: '健康产业项目', en: 'Health industry projects' },
  eldercare_facility: { topic: 'eldercare', zh: '养老设施', en: 'Elderly care facilities' },
  demonstration_zone: { topic: 'eldercare', zh: '示范区（园区）', en: 'Demonstration zones' },
  agri_park: { topic: 'agriculture', zh: '现代农业产业园', en: 'Modern agricultural parks' },
  agri_industry_town: { topic: 'agriculture', zh: '农业产业强镇', en: 'Agricultural industry towns' },
  museum: { topic: 'culture', zh: '博物馆', en: 'Museums' },
  scenic_area: { topic: 'culture', zh: '景区', en: 'Scenic areas' },
  heritage_site: { topic: 'culture', zh: '文物遗址', en: 'Heritage sites' },
  research_base: { topic: 'science', zh: '科研基地', en: 'Research bases' },
  education_campus: { topic: 'science', zh: '大学城', en: 'Education campuses' },
  ip_service_center: { topic: 'science', zh: '知识产权服务中心', en: 'IP service centres' },
  town: { topic: 'other', zh: '重点镇', en: 'Key towns' },
} as const satisfies Record<string, Category>;
export type PlaceCategory = keyof typeof PLACE_CATEGORIES;
export const isPlaceCategory = (c: string): c is PlaceCategory => Object.hasOwn(PLACE_CATEGORIES, c);

// ---- units ----------------------------------------------------------------------------------------------------
export interface UnitNames extends Names {
  /** a Chinese measure word of a plain count (个, 座): English shows the number alone */
  countWord?: true;
}
const count = (zh: string): UnitNames => ({ zh, en: '', countWord: true });
/**
 * Every unit the pipeline may emit: `zh` as printed, `en` its English symbol or name. '' (a pure number,
 * e.g. an index or a coefficient) is allowed and needs no entry.
 */
export const UNITS: Record<string, UnitNames> = {
  个: count('个'), 座: count('座'), 张: { zh: '张', en: 'beds' }, 家: { zh: '家', en: 'firms' }, 项: { zh: '项', en: 'items' },
  件: { zh: '件', en: 'items' }, 所: { zh: '所', en: 'institutions' }, 处: { zh: '处', en: 'sites' }, 条: { zh: '条', en: 'lines' },
  支: { zh: '支', en: 'teams' }, 名: { zh: '名', en: 'persons' }, 人: { zh: '人', en: 'persons' }, 人次: { zh: '人次', en: 'person-times' },
  户: { zh: '户', en: 'households' }, 套: { zh: '套', en: 'sets' }, 台: { zh: '台', en: 'units' }, 种: { zh: '种', en: 'types' },
  场次: { zh: '场次', en: 'events' }, 天: { zh: '天', en: 'days' }, 岁: { zh: '岁', en: 'years' },
  万人: { zh: '万人', en: '10k persons' }, 万人次: { zh: '万人次', en: '10k person-times' }, 万户: { zh: '万户', en: '10k households' },
  万家: { zh: '万家', en: '10k firms' }, 万辆: { zh: '万辆', en: '10k vehicles' }, 万头: { zh: '万头', en: '10k head' },
  万只: { zh: '万只', en: '10k head' }, 万羽: { zh: '万羽', en: '10k birds' }, 万台: { zh: '万台', en: '10k units' },
  万架: { zh: '万架', en: '10k racks' }, 万件: { zh: '万件', en: '10k items' }, 万张: { zh: '万张', en: '10k cards' },
  项次: { zh: '项次', en: 'item-times' }, 万个: { zh: '万个', en: '10k units' },
  吨: { zh: '吨', en: 't' }, 万吨: { zh: '万吨', en: '10k t' }, '吨/年': { zh: '吨/年', en: 't/yr' }, '蒸吨/时': { zh: '蒸吨/时', en: 't/h (steam)' },
  亩: { zh: '亩', en: 'mu' }, 万亩: { zh: '万亩', en: '10k mu' }, 平方公里: { zh: '平方公里', en: 'km²' }, 万平方米: { zh: '万平方米', en: '10k m²' },
  亿立方米: { zh: '亿立方米', en: '100M m³' }, '立方米/万元': { zh: '立方米/万元', en: 'm³ per 10k yuan' },
  元: { zh: '元', en: 'yuan' }, 万元: { zh: '万元', en: '10k yuan' }, 亿元: { zh: '亿元', en: '100M yuan' },
  '万元/亩': { zh: '万元/亩', en: '10k yuan/mu' }, '元/人·月': { zh: '元/人·月', en: 'yuan per person-month' },
  公里: { zh: '公里', en: 'km' }, 千米: { zh: '千米', en: 'km' }, 米: { zh: '米', en: 'm' }, '公里/小时': { zh: '公里/小时', en: 'km/h' },
  万千瓦: { zh: '万千瓦', en: '10 MW' }, 亿千瓦时: { zh: '亿千瓦时', en: '100M kWh' }, '大卡/千克': { zh: '大卡/千克', en: 'kcal/kg' },
  '克标准煤/千瓦时': { zh: '克标准煤/千瓦时', en: 'gce/kWh' },
  '%': { zh: '%', en: '%' }, '‰': { zh: '‰', en: '‰' }, 百分点: { zh: '百分点', en: 'pct. points' }, 比值: { zh: '比值', en: 'ratio' },
  '1/10万': { zh: '1/10万', en: 'per 100k' }, '台/万人': { zh: '台/万人', en: 'units per 10k persons' },
  '人/百万车公里': { zh: '人/百万车公里', en: 'persons per M vehicle-km' },
  G: { zh: 'G', en: 'G' }, PFlops: { zh: 'PFlops', en: 'PFlops' },
};
export const isKnownUnit = (u: string) => u === '' || Object.hasOwn(UNITS, u);

// ---- qualifiers, year bases, bindings (issue 11's data model) -------------------------------------------------
export const QUALIFIERS = ['at_least', 'at_most', 'about', 'aim', 'over', 'under'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];
export interface QualifierNames extends Names {
  /** the words the documents print for it */
  printed: string[];
  /** where the Chinese word stands next to the value: 40 个以上 (after), 力争 40 个 (before) */
  zhAt: 'before' | 'after';
  /** a compact sign for charts and tables */
  sign: string;
}
export const QUALIFIER_NAMES: Record<Qualifier, QualifierNames> = {
  at_least: { zh: '以上', en: 'at least', printed: ['以上', '不低于', '至少', '不少于'], zhAt: 'after', sign: '≥' },
  at_most: { zh: '以内', en: 'at most', printed: ['以内', '不超过', '控制在'], zhAt: 'after', sign: '≤' },
  about: { zh: '左右', en: 'about', printed: ['左右', '约'], zhAt: 'after', sign: '≈' },
  aim: { zh: '力争', en: 'aiming for', printed: ['力争', '争取'], zhAt: 'before', sign: '↗' },
  over: { zh: '超过', en: 'over', printed: ['超过', '突破'], zhAt: 'before', sign: '>' },
  under: { zh: '低于', en: 'under', printed: ['低于'], zhAt: 'before', sign: '<' },
};

/** How a year not printed in the sentence was inferred ('' = printed). */
export const YEAR_BASES = ['section', 'horizon', 'before_issue'] as const;
export type YearBasis = (typeof YEAR_BASES)[number];
export const YEAR_BASIS_NAMES: Record<YearBasis, Names> = {
  section: { zh: '年份按该段所述时期推定（如“十三五”回顾 → 2020 年）', en: 'year of the period the passage describes (e.g. a 13th Five-Year review → 2020)' },
  horizon: { zh: '年份按规划期末年推定（标题或章节所述规划期）', en: "the plan's horizon year (from its title or section)" },
  before_issue: { zh: '年份按文件印发前一年推定', en: 'the year before the document was issued' },
};

/** 指标性质 as a document's table states it ('' = not stated). */
export const BINDINGS = ['binding', 'expected'] as const;
export type Binding = (typeof BINDINGS)[number];
export const BINDING_NAMES: Record<Binding, Names> = {
  binding: { zh: '约束性', en: 'binding' },
  expected: { zh: '预期性', en: 'expected' },
};

/** `x` is '' or one of `terms`. */
export const isOptionalTerm = (terms: readonly string[], x: string) => x === '' || terms.includes(x);
