/**
 * 许政〔2023〕15号 许昌市2023年国民经济和社会发展计划 (seed 001, gazette 2023 年第 4 期).
 *
 * - 2022 actuals (section p2022: the paragraph 2022年，全市生产总值…), kind actual; the 2023 main targets (t2023:
 *   2023年经济社会发展主要预期目标是：…), kind target; 专栏1 (k2023: key projects by sector, kind plan) and 专栏2
 *   (m2023: 民生实事, kind plan/target); figures under 三、2023年经济社会发展的主要任务 (tasks2023) take 2023 from
 *   that heading (noted in each row).
 * - 下降 3.6% (retail sales 2022) has no sign in the quote, so it is retail_sales_decline_pct = 3.6.
 * - Checks (hook `crossChecks`): 专栏1 sector sums vs 380个以上 / 1800亿元以上, restatements, rural roads 150 公里
 *   (text) vs 220 千米 (专栏2).
 * - Figures that share one printed number (完整度、准确率达到100%; 各完成筛查…) give one row per measure, noted.
 * - Left out: ranges (1－2 个, 3－5 个), figures of single projects (许信高速 6 月通车), counts of the plan's own parts
 *   (8 个方面, 9 大行动).
 * - Places: the industrial parks, and the 禹州颍河 and 鄢陵鹤鸣湖 national wetland park pilots (places of their own,
 *   each the same park as a pilot of 许政〔2019〕1号: hook `sameWetlandParks` proves those were emitted).
 */
import { decimalSum, defineDocument, normaliseNumber, type DocContext, type EngineRow, type PlaceSpec } from '../../engine/index.ts';
import { annotateChecks, type CheckText } from '../checkText.ts';

const DOC = '许政〔2023〕15号';
const N = String.raw`[0-9０-９]+(?:[.．][0-9０-９]+)?`;
const PCT = '[％%]';

const RESTATED: Record<string, string> = { new_jobs: 'urban_new_jobs', grain: 'grain_output', skilled_workers: 'skilled_workers_new' };
const CHECK_TEXT: readonly CheckText[] = [
  { id: /^plan2023_box1_projects_sum$/, indicators: () => ['key_projects'],
    zh: (c, ok) => `专栏1各领域项目数合计${c.found}个，${ok ? '达到' : '少于'}“${c.expected.replace('>=', '')}个以上”` },
  { id: /^plan2023_box1_investment_sum$/, indicators: () => ['key_project_investment'],
    zh: (c, ok) => `专栏1各领域年度投资合计${c.found}亿元，${ok ? '达到' : '少于'}“${c.expected.replace('>=', '')}亿元以上”` },
  { id: /^plan2023_key_(projects|investment)_text_vs_box1$/, indicators: (m) => [m[1] === 'projects' ? 'key_projects' : 'key_project_investment'],
    zh: (c, ok) => ok ? `正文与专栏1所述总量相同（${c.expected}${c.check.includes('projects') ? '个' : '亿元'}以上）` : `正文为${c.found}，专栏1为${c.expected}` },
  { id: /^plan2023_box1_fai_growth_vs_target$/, indicators: () => ['fixed_asset_investment_growth_pct'],
    zh: (c, ok) => ok ? `专栏1与主要预期目标的固定资产投资增速均为${c.expected}%` : `专栏1为${c.found}%，主要预期目标为${c.expected}%` },
  { id: /^plan2023_(new_jobs|grain|skilled_workers)_task_vs_(target|box2)$/, indicators: (m) => [RESTATED[m[1]]],
    zh: (c, ok) => ok ? `第${c.line}行重述${c.found}，与已录入的数值相同` : `第${c.line}行为${c.found}，已录入的数值为${c.expected}` },
  { id: /^plan2023_rural_roads_text_vs_box2$/, indicators: () => ['rural_roads_upgraded_km'],
    zh: (c, ok) => ok ? '正文与专栏2的农村公路改造里程相同' : `2023年农村公路改造里程：正文为${c.expected}公里，专栏2为${c.found}千米，两值均保留` },
];

/** The sentence naming both wetland park pilots (（试点）: status pilot), quoted whole. */
const WETLAND_PILOTS_SENTENCE = '全面推进禹州颍河国家湿地公园（试点）和鄢陵鹤鸣湖国家湿地公园（试点）建设，做好国家验收准备。';
/** [place id, name, county, the pilot of 许政〔2019〕1号 it is the same park as, why (when that is a judgement)] */
const WETLAND_PILOTS: readonly [string, string, string, string, string][] = [
  ['wetland-park-yuzhou-yinghe-xz2023-15', '禹州颍河国家湿地公园', '禹州市', 'wetland-park-yuzhou-yinghe-xz2019-1', ''],
  ['wetland-park-yanling-heminghu-xz2023-15', '鄢陵鹤鸣湖国家湿地公园', '鄢陵县', 'wetland-park-yanling-xz2019-1',
    ' (judgement: 许政〔2019〕1号 names only "鄢陵县国家湿地公园（试点）"; 鄢陵 has one national wetland park pilot in the seeds)'],
];
const wetlandPilot = ([id, name, area, samePark, why]: readonly [string, string, string, string, string]): PlaceSpec => ({
  id, name, t: WETLAND_PILOTS_SENTENCE, in: 'tasks2023', category: 'wetland_park', area, status: 'pilot', year: 2023,
  note: `year: plan year of the 2023 annual plan (section 三、2023 年经济社会发展的主要任务), not printed in the sentence; same park as ${samePark}${why}`,
});

export default defineDocument({
  file: import.meta.url,
  doc: DOC,
  seed: '001_a0efda9bb81cc2fd.txt',
  title: '许昌市 2023 年国民经济和社会发展计划',
  horizon: 2023,
  sections: [
    { name: 'p2022', what: 'the paragraph opening 2022年，全市生产总值… (一、2022年国民经济和社会发展计划执行情况)', start: /(?<y>2022)\s*年，全市生产总值/, end: /同时，也要清醒看到/ },
    { name: 't2023', what: 'the sentence opening 2023年经济社会发展主要预期目标是：', start: /(?<y>2023)\s*年经济社会发展主要预期目标是：/, end: /三、2023\s*年经济社会发展的主要任务/ },
    { name: 'k2023', what: 'the box title 专栏1 2023年全市重点建设项目安排', start: /专栏\s*1\s*(?<y>2023)\s*年全市重点建设项目安排/, end: /加快激活消费潜力/ },
    { name: 'tasks2023', what: 'the heading 三、2023年经济社会发展的主要任务', start: /三、(?<y>2023)\s*年经济社会发展的主要任务/, end: /专栏\s*2\s*2023\s*年许昌市重点民生实事/ },
    { name: 'm2023', what: 'the box title 专栏2 2023年许昌市重点民生实事', start: /专栏\s*2\s*(?<y>2023)\s*年许昌市重点民生实事/ },
  ],
  figures: [
    { id: 'gdp', t: /(?<y>2022)\s*年，全市生产总值\s*(?<v>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*亿元/, in: 'p2022', kind: 'actual' },
    { id: 'gdp_growth_pct', t: /(?<y>2022)\s*年，全市生产总值\s*[0-9０-９]+(?:[.．][0-9０-９]+)?\s*亿元、增长\s*(?<v>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*[％%]/, in: 'p2022', kind: 'actual' },
    { id: 'industrial_value_added_growth_pct', t: /规上工业增加值增长\s*(?<v>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*[％%]/, in: 'p2022', year_basis: 'section', kind: 'actual' },
    { id: 'fixed_asset_investment_growth_pct', t: /固定资产投资增长\s*(?<v>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*[％%]/, in: 'p2022', year_basis: 'section', kind: 'actual' },
    { id: 'retail_sales_decline_pct', t: /社会消费品零售总额下降\s*(?<v>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*[％%]/, in: 'p2022', year_basis: 'section', kind: 'actual', note: 'printed as a decline (下降); the value is the size of the fall, i.e. retail_sales_growth_pct = −value' },
    { id: 'foreign_trade_growth_pct', t: /进出口增长\s*(?<v>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*[％%]/, in: 'p2022', year_basis: 'section', kind: 'actual' },
    { id: 'general_budget_revenue', t: /一般公共预算收入\s*(?<v>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*亿元/, in: 'p2022', year_basis: 'section', kind: 'actual' },
    { id: 'general_budget_revenue_growth_pct', t: /一般公共预算收入\s*[0-9０-９]+(?:[.．][0-9０-９]+)?\s*亿元、增长\s*(?<v>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*[％%]/, in: 'p2022', year_basis: 'section', kind: 'actual' },
    { id: 'urbanisation_rate_increase_pp', t: /常住人口城镇化率提高\s*(?<v>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*个百分点/, in: 'p2022', year_basis: 'section', kind: 'actual' },
    { id: 'urban_new_jobs', t: /城镇新增就业\s*(?<v>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*万人/, in: 'p2022', year_basis: 'section', kind: 'actual' },
    { id: 'disposable_income_per_capita', t: /居民人均可支配收入达到\s*(?<v>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*元/, in: 'p2022', year_basis: 'section', kind: 'actual' },
    { id: 'disposable_income_growth_pct', t: /居民人均可支配收入达到\s*[0-9０-９]+(?:[.．][0-9０-９]+)?\s*元，增长\s*(?<v>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*[％%]/, in: 'p2022', year_basis: 'section', kind: 'actual' },
    { id: 'cpi_increase_pct', t: /居民消费价格总指数上涨\s*(?<v>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*[％%]/, in: 'p2022', year_basis: 'section', kind: 'actual' },
    { id: 'grain_output', t: /粮食总产量完成\s*(?<v>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*万吨/, in: 'p2022', year_basis: 'section', kind: 'actual' },
    { id: 'air_quality_good_days', t: '全年空气优良天数达{v}天', in: 'p2022', year_basis: 'section', kind: 'actual' },
    { id: 'gdp_growth_pct', t: '{y}年经济社会发展主要预期目标是：生产总值增长{v}％', in: 't2023' },
    { id: 'industrial_value_added_growth_pct', t: '规模以上工业增加值增长{v}％以上', in: 't2023', year_basis: 'section', note: 'a floor: 以上 (at least)' },
    { id: 'fixed_asset_investment_growth_pct', t: /固定资产投资增长\s*(?<v>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*[％%]/, in: 't2023', year_basis: 'section' },
    { id: 'retail_sales_growth_pct', t: /社会消费品零售总额增长\s*(?<v>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*[％%]/, in: 't2023', year_basis: 'section' },
    { id: 'cpi_increase_pct', t: 'CPI 涨幅控制在{v}％左右', in: 't2023', year_basis: 'section', note: 'a cap, approximate: 控制在…左右 (to be kept at about)' },
    { id: 'general_budget_revenue_growth_pct', t: '一般公共预算收入增长{v}％', in: 't2023', year_basis: 'section' },
    { id: 'rd_intensity_pct', t: '研发经费投入强度达{v}％以上', in: 't2023', year_basis: 'section', note: 'a floor: 以上 (at least)' },
    { id: 'urbanisation_rate_increase_pp', t: /常住人口城镇化率提高\s*(?<v>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*个百分点左右/, in: 't2023', year_basis: 'section', note: 'approximate: 左右' },
    { id: 'urban_new_jobs', t: /城镇新增就业\s*(?<v>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*万人/, in: 't2023', year_basis: 'section' },
    { id: 'urban_surveyed_unemployment_rate_pct', t: /城镇调查失业率控制在\s*(?<v>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*[％%]以下/, in: 't2023', year_basis: 'section', note: 'a cap: 以下 (at most)' },
    { id: 'grain_output', t: '粮食产量稳定在{v}万吨以上', in: 't2023', year_basis: 'section', note: 'a floor: 以上 (at least)' },
    { id: 'key_projects', t: '安排{v}个以上重点项目', in: 'k2023', year_basis: 'section', kind: 'plan', note: 'a floor: 以上 (at least)' },
    { id: 'key_project_investment', t: /安排\s*[0-9０-９]+(?:[.．][0-9０-９]+)?\s*个以上重点项目，完成年度投资\s*(?<v>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*亿元以上/, in: 'k2023', year_basis: 'section', kind: 'plan', note: 'a floor: 以上 (at least)' },
    { id: 'key_projects_industry', t: '加快实施{v}个工业重点项目', in: 'k2023', year_basis: 'section', kind: 'plan' },
    { id: 'key_project_investment_industry', t: '加快实施…个工业重点项目，计划完成年度投资{v}亿元', in: 'k2023', year_basis: 'section', kind: 'plan' },
    { id: 'key_projects_services', t: '加快实施{v}个现代服务业重点项目', in: 'k2023', year_basis: 'section', kind: 'plan' },
    { id: 'key_project_investment_services', t: '加快实施…个现代服务业重点项目，计划完成年度投资{v}亿元', in: 'k2023', year_basis: 'section', kind: 'plan' },
    { id: 'key_projects_social', t: '加快实施{v}个社会事业重点项目', in: 'k2023', year_basis: 'section', kind: 'plan' },
    { id: 'key_project_investment_social', t: '加快实施…个社会事业重点项目，计划完成年度投资{v}亿元', in: 'k2023', year_basis: 'section', kind: 'plan' },
    { id: 'key_projects_agri_water', t: '加快实施{v}个农林水利重点项目', in: 'k2023', year_basis: 'section', kind: 'plan' },
    { id: 'key_project_investment_agri_water', t: '加快实施…个农林水利重点项目，计划完成年度投资{v}亿元', in: 'k2023', year_basis: 'section', kind: 'plan' },
    { id: 'key_projects_transport_energy', t: '加快实施{v}个交通能源重点项目', in: 'k2023', year_basis: 'section', kind: 'plan' },
    { id: 'key_project_investment_transport_energy', t: '加快实施…个交通能源重点项目，计划完成年度投资{v}亿元', in: 'k2023', year_basis: 'section', kind: 'plan' },
    { id: 'key_projects_urban', t: '加快实施{v}个城建重点项目', in: 'k2023', year_basis: 'section', kind: 'plan' },
    { id: 'key_project_investment_urban', t: '加快实施…个城建重点项目，计划完成年度投资{v}亿元', in: 'k2023', year_basis: 'section', kind: 'plan' },
    { id: 'provincial_innovation_platforms_new', t: '力争全年新增省级以上工程（技术）研究中心、重点实验室、企业技术中心等创新平台{v}家', in: 'tasks2023', year_basis: 'section', note: 'an aspiration: 力争 (strive for)' },
    { id: 'provincial_innovation_platforms', t: '等创新平台…家，总量达到{v}家以上', in: 'tasks2023', year_basis: 'section', note: 'a floor: 以上 (at least)' },
    { id: 'tech_smes_new', t: '力争全年新培育科技型中小企业{v}家', in: 'tasks2023', year_basis: 'section', note: 'an aspiration: 力争 (strive for)' },
    { id: 'tech_smes', t: '新培育科技型中小企业…家，总量达到{v}家以上', in: 'tasks2023', year_basis: 'section', note: 'a floor: 以上 (at least)' },
    { id: 'high_tech_enterprises_new', t: '新培育高新技术企业{v}家', in: 'tasks2023', year_basis: 'section' },
    { id: 'high_tech_enterprises', t: '新培育高新技术企业…家，总量达到{v}家以上', in: 'tasks2023', year_basis: 'section', note: 'a floor: 以上 (at least)' },
    { id: 'high_level_talent_teams_introduced', t: '引进高层次创新创业人才（团队）{v}个以上', in: 'tasks2023', year_basis: 'section', note: 'a floor: 以上 (at least)' },
    { id: 'academician_workstations_new', t: '力争新建院士工作站、中原学者工作站{v}家', in: 'tasks2023', year_basis: 'section', note: 'an aspiration: 力争 (strive for)' },
    { id: 'tech_loans_amount', t: /力争省“科技贷”“科技保”放贷金额突破\s*(?<v>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*亿元/, in: 'tasks2023', year_basis: 'section', note: 'an aspiration: 力争 (strive for); a floor: 突破 (to exceed)' },
    { id: 'rd_expenditure_growth_pct', t: '力争全社会研发经 费投入增长{v}％以上', in: 'tasks2023', year_basis: 'section', note: 'an aspiration: 力争 (strive for); a floor: 以上 (at least)' },
    { id: 'smart_workshops_new', t: '培育建设{v}个智能车间（工厂）', in: 'tasks2023', year_basis: 'section' },
    { id: 'strategic_emerging_industry_share_pct', t: '力争战略性新兴产业占比稳定在{v}％左右', in: 'tasks2023', year_basis: 'section', note: 'an aspiration: 力争 (strive for); approximate: 左右' },
    { id: 'expressways_under_construction', t: '加快{v}条高速建设', in: 'tasks2023', year_basis: 'section', kind: 'plan' },
    { id: 'main_board_listed_firms_new', t: '新增主板上市企业{v}家以上', in: 'tasks2023', year_basis: 'section', note: 'a floor: 以上 (at least)' },
    { id: 'srdi_enterprises_new', t: '新增主板上市企业…家以上、“专精特新”企业{v}家', in: 'tasks2023', year_basis: 'section', note: 'new in the year: 新增 opens the list (新增主板上市企业…、“专精特新”企业…、规上工业企业…)' },
    { id: 'industry_enterprises_above_scale_new', t: '新增主板上市企业…家以上、“专精特新”企业…家、规上 工业企业{v}家', in: 'tasks2023', year_basis: 'section', note: 'new in the year: 新增 opens the list (新增主板上市企业…、“专精特新”企业…、规上工业企业…)' },
    { id: 'market_entities', t: '市场主体规模突破{v}万户', in: 'tasks2023', year_basis: 'section', note: 'a floor: 突破 (to exceed)' },
    { id: 'hundred_billion_industry_clusters', t: '培育形成新一代信息技术、新材料、节能环保、装 备制造{v}大千亿级产业集群', in: 'tasks2023', year_basis: 'section', note: 'printed 4 大千亿级产业集群 (新一代信息技术、新材料、节能环保、装备制造); unit 个 supplied' },
    { id: 'development_zones_revenue_over_50bn_new', t: '新增{v}个营业收 入突破 500 亿元的开发区', in: 'tasks2023', year_basis: 'section' },
    { id: 'intranet_5g_factory_benchmarks', t: '打造{v}家以上企业内网升级改造标杆和 5G 全连接工厂', in: 'tasks2023', year_basis: 'section', note: 'a floor: 以上 (at least); year inferred: the sentence gives none; it stands under the heading 三、2023年经济社会发展的主要任务 of the 2023 plan; one figure for both: 企业内网升级改造标杆和5G全连接工厂' },
    { id: 'digital_transformation_solutions_new', t: '培育{v}家可复制推广的“优秀数字化转型解决方案”', in: 'tasks2023', year_basis: 'section' },
    { id: 'cloud_enterprises_new', t: '年内新增上云企业{v}家以上', in: 'tasks2023', year_basis: 'section', note: 'a floor: 以上 (at least)' },
    { id: 'city_quality_projects', t: '高标准建设{v}个百城建设提质工程', in: 'tasks2023', year_basis: 'section', kind: 'plan' },
    { id: 'digital_urban_management_closure_rate_pct', t: '确保数字化城管案件结案率达到{v}％以上', in: 'tasks2023', year_basis: 'section', note: 'a commitment: 确保 (ensure); a floor: 以上 (at least)' },
    { id: 'seed_breeding_base_area', t: '确保良种繁育基地面积稳定在{v}万亩以上', in: 'tasks2023', year_basis: 'section', note: 'a commitment: 确保 (ensure); a floor: 以上 (at least)' },
    { id: 'high_standard_farmland_new', t: /建设高标准农\s*田\s*(?<v>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*万亩/, in: 'tasks2023', year_basis: 'section', kind: 'plan' },
    { id: 'grain_sown_area', t: '确保全市粮食面积稳定在{v}万亩以上', in: 'tasks2023', year_basis: 'section', note: 'a commitment: 确保 (ensure); a floor: 以上 (at least)' },
    { id: 'rural_toilet_renovations', t: /整村推进农村户厕\s*改造\s*(?<v>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*万户/, in: 'tasks2023', year_basis: 'section', kind: 'plan' },
    { id: 'rural_sewage_treatment_rate_pct', t: '农村生活污水治理率达{v}％以上', in: 'tasks2023', year_basis: 'section', note: 'a floor: 以上 (at least)' },
    { id: 'rural_roads_upgraded_km', t: '改造提升农村公路{v}公里', in: 'tasks2023', year_basis: 'section', kind: 'plan', note: '专栏2 of the same document gives 220 千米 (see check plan2023_rural_roads_text_vs_box2)' },
    { id: 'contaminated_farmland_safe_use_pct', t: '确保受污染耕地安全利用率保持{v}％', in: 'tasks2023', year_basis: 'section', note: 'a commitment: 确保 (ensure)' },
    { id: 'new_energy_grid_capacity', t: '力争全市新能源并网达到{v}万千瓦以上', in: 'tasks2023', year_basis: 'section', note: 'an aspiration: 力争 (strive for); a floor: 以上 (at least)' },
    { id: 'green_manufacturing_firms_new', t: '全年创建绿色制造体系企业{v}家', in: 'tasks2023', year_basis: 'section' },
    { id: 'green_retrofit_firms', t: '力 争再完成企业绿色化改造{v}家以上', in: 'tasks2023', year_basis: 'section', note: 'an aspiration: 力争 (strive for); a floor: 以上 (at least)' },
    { id: 'afforestation_planted_mu', t: '力争全年新增人工造林{v}亩', in: 'tasks2023', year_basis: 'section', note: 'an aspiration: 力争 (strive for)' },
    { id: 'afforestation_aerial_seeding_mu', t: '新增人工造林…亩、飞播造林{v}亩', in: 'tasks2023', year_basis: 'section', note: 'an aspiration: 力争 (strive for)' },
    { id: 'forest_tending_mu', t: '飞播造林…亩、森林抚育{v}亩', in: 'tasks2023', year_basis: 'section', note: 'an aspiration: 力争 (strive for)' },
    { id: 'gov_service_items_completeness_pct', t: '确保全市政务服务事项 完整度、准确率达到{v}％', in: 'tasks2023', year_basis: 'section', note: 'a commitment: 确保 (ensure); year inferred: the sentence gives none; it stands under the heading 三、2023年经济社会发展的主要任务 of the 2023 plan; 完整度、准确率 share one printed figure' },
    { id: 'gov_service_items_accuracy_pct', t: '确保全市政务服务事项 完整度、准确率达到{v}％', in: 'tasks2023', year_basis: 'section', note: 'a commitment: 确保 (ensure); year inferred: the sentence gives none; it stands under the heading 三、2023年经济社会发展的主要任务 of the 2023 plan; 完整度、准确率 share one printed figure' },
    { id: 'social_security_cards_issued', t: '发放社会保障卡{v}万张以上', in: 'tasks2023', year_basis: 'section', note: 'a floor: 以上 (at least)' },
    { id: 'graduate_employment_rate_pct', t: '确保应届高校毕业生综合就业率达到{v}％以上', in: 'tasks2023', year_basis: 'section', note: 'a commitment: 确保 (ensure); a floor: 以上 (at least)' },
    { id: 'rural_labour_transfer_new', t: '新 增农村劳动力转移就业{v}万人', in: 'tasks2023', year_basis: 'section' },
    { id: 'teachers_trained', t: '全年培训市级名师、骨干教师{v}人左右', in: 'tasks2023', year_basis: 'section', kind: 'plan', note: 'approximate: 左右' },
    { id: 'public_preschool_places_new', t: '继续推进学前教育普及普惠发展，加快…个新建、改扩建及民转公项目建设，新增公办学位{v}个', in: 'tasks2023', year_basis: 'section', kind: 'plan' },
    { id: 'preschool_projects', t: '继续推进学前教育普及普惠发展，加快{v}个新建、改扩建及民转公项目建设', in: 'tasks2023', year_basis: 'section', kind: 'plan' },
    { id: 'secondary_vocational_schools_supported', t: '促进{v}所中 等职业学校快速发展', in: 'tasks2023', year_basis: 'section', kind: 'plan' },
    { id: 'resident_pension_insured', t: /确保全市城乡居\s*民基本养老保险参保人数达\s*(?<v>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*万人/, in: 'tasks2023', year_basis: 'section', note: 'a commitment: 确保 (ensure)' },
    { id: 'old_residential_compounds_renovated', t: '突出抓好{v}个城镇老旧小区改造', in: 'tasks2023', year_basis: 'section', kind: 'plan' },
    { id: 'shantytown_units_started', t: '全年新开工{v}套', in: 'tasks2023', year_basis: 'section', kind: 'plan' },
    { id: 'shantytown_units_completed', t: '全年新开工…套、基本建成{v}套', in: 'tasks2023', year_basis: 'section', kind: 'plan' },
    { id: 'skills_training_person_times', t: '全年完成技能培训{v}万人次', in: 'm2023', year_basis: 'section', kind: 'plan' },
    { id: 'skilled_workers_new', t: '新增技能人才{v}万人（含高技能人才', in: 'm2023', year_basis: 'section', kind: 'plan' },
    { id: 'high_skilled_workers_new', t: '新增技能人才…万人（含高技能人才{v}万人）', in: 'm2023', year_basis: 'section', kind: 'plan' },
    { id: 'schools_built_or_expanded', t: '新建、改扩建中小学{v}所', in: 'm2023', year_basis: 'section', kind: 'plan' },
    { id: 'rural_boarding_primary_schools_built', t: '（其 中农村寄宿制小学{v}所', in: 'm2023', year_basis: 'section', kind: 'plan' },
    { id: 'quality_education_groups', t: '打造{v}个市级以上优质 教育集团', in: 'm2023', year_basis: 'section', kind: 'plan' },
    { id: 'family_doctor_teams_trained', t: '{y}年全年共培训{v}个家庭医生团队', in: 'm2023', kind: 'plan' },
    { id: 'primary_health_technicians_trained', t: '{y}年全年共培训…个家庭医生团队和{v}名基层卫生技术人员', in: 'm2023', kind: 'plan' },
    { id: 'village_clinics_subsidised', t: '{y}年年底前实现{v}个村卫生 室经费补助全覆盖', in: 'm2023', kind: 'plan' },
    { id: 'elderly_home_adaptations', t: '全年完成改造不少于{v}户', in: 'm2023', year_basis: 'section', kind: 'plan', note: 'a floor: 不少于 (not less than)' },
    { id: 'cervical_cancer_screenings', t: '宫颈癌、乳腺癌筛查，各完成筛查{v}人', in: 'm2023', year_basis: 'section', kind: 'plan', note: '各 (each): the same figure for cervical and breast cancer screening' },
    { id: 'breast_cancer_screenings', t: '宫颈癌、乳腺癌筛查，各完成筛查{v}人。', in: 'm2023', year_basis: 'section', kind: 'plan', note: '各 (each): the same figure for cervical and breast cancer screening' },
    { id: 'prenatal_screening_coverage_pct', t: /(?<y>2023)\s*年年底前\s*全市孕早中期产前筛查覆盖率达到\s*(?<v>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*[％%]/, in: 'm2023' },
    { id: 'newborn_disease_screening_rate_pct', t: /新生儿“两病”筛查率达到\s*(?<v>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*[％%]/, in: 'm2023', year_basis: 'section' },
    { id: 'newborn_hearing_screening_rate_pct', t: /新生儿听力筛\s*查率达到\s*(?<v>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*[％%]/, in: 'm2023', year_basis: 'section' },
    { id: 'youth_mental_health_sessions', t: '全年组 织不少于{v}场次青少年心理健康服务进村（社区）活动', in: 'm2023', year_basis: 'section', kind: 'plan', note: 'a floor: 不少于 (not less than)' },
    { id: 'youth_counselling_cases', t: '实现超{v}人次青少年个案 咨询', in: 'm2023', year_basis: 'section', kind: 'plan', note: 'a floor: 超 (more than)' },
    { id: 'youth_counselling_cases_key_groups', t: '其中留守儿童、困境儿童等重点青少年群体个案 咨询{v}人次', in: 'm2023', year_basis: 'section', kind: 'plan' },
    { id: 'youth_service_sites_new', t: '新建{v}个“青翼 家园”工作阵地', in: 'm2023', year_basis: 'section', kind: 'plan' },
    { id: 'disabled_children_rehab_aided', t: '全年救助{v}人', in: 'm2023', year_basis: 'section', kind: 'plan' },
    { id: 'gas_safety_devices_installed', t: '全年完成燃气用户安全装置加装{v}户', in: 'm2023', year_basis: 'section', kind: 'plan' },
    { id: 'old_compound_households_renovated', t: '全年新开工改造{v}户', in: 'm2023', year_basis: 'section', kind: 'plan' },
    { id: 'manholes_repaired', t: '全年完成{v}座窨井设施的维修改造任务', in: 'm2023', year_basis: 'section', kind: 'plan' },
    { id: 'rural_roads_upgraded_km', t: '改造农村公路{v}千米', in: 'm2023', year_basis: 'section', kind: 'plan', note: 'printed 千米 (= 公里); the text of the same document gives 150 公里 (see check plan2023_rural_roads_text_vs_box2)' },
    { id: 'villages_with_delivery_station_pct', t: /(?<y>2023)\s*年年底前\s*实现\s*(?<v>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*[％%]行政村设立村级寄递物流服务站/, in: 'm2023' },
    { id: 'distribution_areas_upgraded', t: '完成{v}个配电台区升级改造', in: 'm2023', year_basis: 'section', kind: 'plan' },
    { id: 'distribution_lines_built_km', t: '新建改造 10 千伏及以下线路{v}千米', in: 'm2023', year_basis: 'section', kind: 'plan', note: 'printed 千米 (= 公里)' },
    { id: 'one_card_subsidy_items', t: '全年通过“一卡通” 发放补贴项目超过{v}项', in: 'm2023', year_basis: 'section', kind: 'plan', note: 'a floor: 超过 (more than)' },
    { id: 'one_card_subsidy_beneficiaries', t: '发放补贴项目超过…项，惠及群众{v}万人以上', in: 'm2023', year_basis: 'section', kind: 'plan', note: 'a floor: 以上 (at least)' },
    { id: 'heating_network_built_km', t: '全市新建改建热力管网{v}公里', in: 'm2023', year_basis: 'section', kind: 'plan' },
    { id: 'heating_area_renovated_or_new', t: '改造和新增供暖面积{v}万平方米', in: 'm2023', year_basis: 'section', kind: 'plan' },
    { id: 'smart_onstreet_parking_spaces', t: '智慧化改造路内停车泊位{v}个', in: 'm2023', year_basis: 'section', kind: 'plan', area: '中心城区', note: 'area: 实施中心城区智慧交通建设 heads the list' },
    { id: 'offstreet_car_parks_new', t: '新建路外停车场{v}个', in: 'm2023', year_basis: 'section', kind: 'plan', area: '中心城区', note: 'area: 实施中心城区智慧交通建设 heads the list' },
    { id: 'pocket_car_parks_renovated', t: '改造口袋停车场{v}个', in: 'm2023', year_basis: 'section', kind: 'plan', area: '中心城区', note: 'area: 实施中心城区智慧交通建设 heads the list' },
    { id: 'traffic_signal_systems_new', t: '包括{v}处交通信号灯 系统', in: 'm2023', year_basis: 'section', kind: 'plan', area: '中心城区', note: 'area: 实施中心城区智慧交通建设 heads the list' },
    { id: 'electronic_police_systems_new', t: '{v}处电子警察系统', in: 'm2023', year_basis: 'section', kind: 'plan', area: '中心城区', note: 'area: 实施中心城区智慧交通建设 heads the list' },
    { id: 'illegal_parking_camera_systems_new', t: '{v}处违法停车自动抓拍系统', in: 'm2023', year_basis: 'section', kind: 'plan', area: '中心城区', note: 'area: 实施中心城区智慧交通建设 heads the list' },
    { id: 'crosswalk_yield_camera_systems_new', t: '{v}处机动车不礼让斑马线抓 拍系统', in: 'm2023', year_basis: 'section', kind: 'plan', area: '中心城区', note: 'area: 实施中心城区智慧交通建设 heads the list' },
  ],
  places: [
    { id: 'xuchang-national-high-tech-zone', name: '许昌国家高新区', category: 'industrial_park', t: /稳步推进(?<n>许昌国家高新区)建设/, status: 'existing', year: 2023, note: 'year: the 2023 plan (稳步推进…建设); also named 许昌高新技术产业开发区 in the same document; the text names no county: recorded city-wide (411000)' },
    { id: 'yuzhou-provincial-high-tech-zone', name: '禹州省级高新区', category: 'industrial_park', t: /支持\s*(?<a>禹州)(?<n>省级高新区)提档升级/, a: 'a', status: 'upgrading', year: 2023, note: 'status upgrading: 提档升级; year: the 2023 plan' },
    { id: 'changge-economic-technological-development-zone', name: '长葛经济技术开发区', category: 'industrial_park', t: /以(?<a>长葛)(?<n>经济技术开发区)、许昌高新技\s*术产业开发区的省级数字化转型示范区为平台/, a: 'a', status: 'existing', year: 2023, note: 'a provincial digital-transformation demonstration zone (省级数字化转型示范区); year: the 2023 plan' },
    { id: 'dazhou-circular-economy-industrial-park', name: '大周循环经济产业园', category: 'industrial_park', t: /加快(?<n>大周循环经济产业园)建设/, status: 'planned', year: 2023, note: 'status planned: 加快…建设 (under construction); year: the 2023 plan; the text names no county: recorded city-wide (411000) (大周 is not given a county in the text)' },
    { id: 'sino-german-xuchang-industrial-park', name: '中德（许昌）产业园', category: 'industrial_park', t: /加快(?<n>中德（许昌）产业园)建设/, status: 'planned', year: 2023, note: 'status planned: 加快…建设; year: the 2023 plan; the text names no county: recorded city-wide (411000)' },
    { id: 'jianan-comprehensive-bonded-zone', name: '建安综保区', category: 'industrial_park', t: /(?<a>建安)(?<n>综保区)申建/, a: 'a', status: 'planned', year: 2023, note: 'a comprehensive bonded zone being applied for (申建); status planned; year: the 2023 plan' },
    ...WETLAND_PILOTS.map(wetlandPilot),
  ],
  hooks: { crossChecks, sameWetlandParks, checkText: (ctx) => annotateChecks(ctx, CHECK_TEXT) },
});

/** Each 2023 wetland park pilot names (in its note) a park of 许政〔2019〕1号: it must have been emitted, in the same county. */
function sameWetlandParks(ctx: DocContext): void {
  for (const [id, , , earlier] of WETLAND_PILOTS) {
    const later = ctx.emitted.places.get(id) ?? ctx.fail(`place ${id}`, 'not emitted');
    const prev = ctx.emitted.places.get(earlier);
    if (!prev || prev.doc !== '许政〔2019〕1号' || prev.category !== 'wetland_park') ctx.fail(`place ${id}`, `same park as ${earlier}: no such wetland park of 许政〔2019〕1号`);
    if (prev.area_code !== later.area_code) ctx.fail(`place ${id}`, `same park as ${earlier}, but in ${later.area}, not ${prev.area}`);
  }
}

/** 专栏1 sums against its totals, the text's restatements, and the two rural-road lengths: a CheckRow each. */
function crossChecks(ctx: DocContext): void {
  const check = (check: string, line: number, expected: string, found: string, note: string) =>
    ctx.addCheck({ check, doc: DOC, seed: ctx.seed.name, line, expected, found, note });
  const row = (id: string): EngineRow => ctx.row(id, 2023);
  /** a value printed in the text but not emitted as a row (a restatement) */
  const textValue = (section: string, re: string, what: string) => {
    const h = ctx.find(new RegExp(re), what, section);
    const s = h.slots.v ?? ctx.fail(what, 'no group v');
    const value = normaliseNumber(s.text) ?? ctx.fail(what, `"${s.text}" is not a number`);
    return { value, line: s.line };
  };
  {
    // 专栏1: sector counts / investments vs the totals (floors)
    const sectors = ['industry', 'services', 'social', 'agri_water', 'transport_energy', 'urban'];
    const sum = (prefix: string) => decimalSum(sectors.map((x) => row(`${prefix}_${x}`).value));
    const projects = row('key_projects');
    const inv = row('key_project_investment');
    const ps = sum('key_projects');
    const is = sum('key_project_investment');
    check('plan2023_box1_projects_sum', projects.line, `>=${projects.value}`, ps,
      Number(ps) >= Number(projects.value)
        ? `ok: the six sector lines of 专栏1 add up to ${ps} projects, meeting 380个以上`
        : `the six sector lines of 专栏1 add up to ${ps} projects, fewer than the ${projects.value}个以上 stated`);
    check('plan2023_box1_investment_sum', inv.line, `>=${inv.value}`, is,
      Number(is) >= Number(inv.value)
        ? `ok: the six sector lines of 专栏1 add up to ${is} 亿元, meeting 1800亿元以上`
        : `the six sector lines of 专栏1 add up to ${is} 亿元, less than the ${inv.value}亿元以上 stated`);
    // the text before the box restates both totals
    const tp = textValue('tasks2023', String.raw`全力推进\s*(?<v>${N})\s*个以上省市重点项目建设`, 'key projects text');
    const ti = textValue('tasks2023', String.raw`力争全年完成投资\s*(?<v>${N})\s*亿元以\s*上`, 'key investment text');
    check('plan2023_key_projects_text_vs_box1', tp.line, projects.value, tp.value,
      tp.value === projects.value ? `ok: the text (line ${tp.line}) and 专栏1 (line ${projects.line}) both say ${tp.value}个以上` : `the text says ${tp.value}个以上, 专栏1 says ${projects.value}个以上`);
    check('plan2023_key_investment_text_vs_box1', ti.line, inv.value, ti.value,
      ti.value === inv.value ? `ok: the text (line ${ti.line}) and 专栏1 (line ${inv.line}) both say ${ti.value}亿元以上` : `the text says ${ti.value}亿元以上, 专栏1 says ${inv.value}亿元以上`);
    // the box's investment growth vs the main target
    const bf = textValue('k2023', String.raw`力争带动全市固定资产投资增速达到\s*(?<v>${N})\s*${PCT}`, 'box1 FAI growth');
    const tf = row('fixed_asset_investment_growth_pct');
    check('plan2023_box1_fai_growth_vs_target', bf.line, tf.value, bf.value,
      bf.value === tf.value ? `ok: 专栏1 (line ${bf.line}) and the main targets (line ${tf.line}) both give ${bf.value}% fixed-asset investment growth` : `专栏1 gives ${bf.value}%, the main targets ${tf.value}%`);
  }
  {
    // restatements inside 许政〔2023〕15号: [check id, indicator of the emitted 2023 row, section, regex of the restatement]
    const pairs: [string, string, string, string][] = [
      ['plan2023_new_jobs_task_vs_target', 'urban_new_jobs', 'tasks2023', String.raw`全市城镇新增就业\s*(?<v>${N})\s*万人`],
      ['plan2023_grain_task_vs_target', 'grain_output', 'tasks2023', String.raw`产量保持\s*在\s*(?<v>${N})\s*万吨以上`],
      ['plan2023_skilled_workers_task_vs_box2', 'skilled_workers_new', 'tasks2023', String.raw`全年新增技能人才\s*(?<v>${N})\s*万人`],
    ];
    for (const [id, indicator, section, re] of pairs) {
      const h = row(indicator);
      const x = textValue(section, re, id);
      check(id, x.line, h.value, x.value,
        h.value === x.value
          ? `ok: line ${x.line} restates ${x.value} (the row is cited at line ${h.line})`
          : `line ${x.line} says ${x.value}, line ${h.line} says ${h.value}`);
    }
    const [a, b] = ctx.figureRows.get('rural_roads_upgraded_km') ?? [];
    check('plan2023_rural_roads_text_vs_box2', a.line, a.value, b.value,
      a.value === b.value
        ? `ok: the text and 专栏2 give the same rural-road length`
        : `the text (line ${a.line}: 改造提升农村公路${a.value}公里) and 专栏2 (line ${b.line}: 改造农村公路${b.value}千米) give different 2023 rural-road upgrade lengths; both rows are kept`);
  }
}
