/**
 * 许政办〔2023〕25号, seed 002: the 15 industry-chain action plans (2023—2025年) it issues. Each plan is a section
 * `chain/<name>` (series: from its title line to the line before the next plan's title); its 2025 targets, named
 * parks / clusters / enterprises whose area the text gives, and checks (parts vs totals, the same target in two plans
 * or in 许政〔2023〕38号: hook `crossChecks`).
 */
import { decimalSum, defineDocument, type DocContext, type FigureSpec, type PlaceSpec } from '../../engine/index.ts';
import { FLOOR, INFER_2025, NO_COUNTY } from '../phrases.ts';

/** the 15 plans, as their titles name them (许昌市培育壮大X产业链行动方案) */
export const CHAINS = [
  '化工材料', '硅碳新材料', '新型建材', '新能源汽车', '新型电力（新能源）装备', '智能电梯', '先进钢铁材料', '高性能铝镁合金',
  '先进铜合金', '节能环保装备及服务', '先进计算', '生物医药', '绿色食品', '预制菜', '纺织服装',
] as const;
const D25 = '许政办〔2023〕25号';
const D38 = '许政〔2023〕38号';
const PLAN_END = INFER_2025('the sentence gives no year; it stands under the plan’s 战略目标, whose targets are for 2025, and the plan runs 2023—2025');

export default defineDocument({
  file: import.meta.url,
  doc: D25,
  seed: '002_f07e19463daa5e7b.txt',
  horizon: 2025,
  period: [2023, 2025],
  series: [{ prefix: 'chain', line: /^\s*许昌市培育壮大(?<name>.+?)产业链\s*行动方案\s*[（(]2023—2025年[）)]\s*$/, names: CHAINS }],
  figures: [
    {
      id: 'industrial_cluster_scale', in: 'chain/化工材料', t: '围绕襄城县先进制造业开发区，…形成{v}亿级产业集群', year: 2025, year_basis: 'horizon',
      area: '襄城县', place: 'xiangcheng-advanced-mfg-zone', note: `${PLAN_END}; 亿级: a class, about this size`,
    },
    {
      id: 'industrial_cluster_scale', in: 'chain/化工材料', t: '围绕许昌精细化工园区，…形成{v}亿级产业集群', year: 2025, year_basis: 'horizon',
      place: 'xuchang-fine-chemical-park',
      note: `${PLAN_END}; 亿级: a class, about this size; the text names no county for the park (city-wide 411000)`,
    },
    { id: 'chemical_materials_industry_scale', in: 'chain/化工材料', t: '到{y}年，实现化工材料产业规模达到{v}亿元' },
    { id: 'chemical_materials_little_giants', in: 'chain/化工材料', t: '到{y}年，力争化工材料领域省级以上专精特新“小巨人”企业达到{v}家以上', note: FLOOR },
    // 硅碳新材料
    { id: 'silicon_carbon_industry_scale', in: 'chain/硅碳新材料', t: '到{y}年，…全市硅碳新材料产业规模突破{zh}亿元', note: '突破: more than; printed 千亿元' },
    { id: 'silicon_carbon_above_scale_firms', in: 'chain/硅碳新材料', t: '到{y}年，硅碳新材料产业集聚规上工业企业{v}家以上', note: FLOOR },
    { id: 'silicon_carbon_high_tech_firms', in: 'chain/硅碳新材料', t: '到{y}年，硅碳新材料产业链内高新技术企业数量超过{v}家', note: '超过: more than' },
    { id: 'silicon_carbon_innovation_platforms', in: 'chain/硅碳新材料', t: '到{y}年，…省级以上创新平台达到{v}家' },
    {
      id: 'silicon_carbon_projects_introduced', in: 'chain/硅碳新材料', t: '3. 产业链生态更优。引进落地硅碳新材料产业上下游项目{v}个以上', year: 2025, year_basis: 'horizon',
      note: `${PLAN_END} (items 1 and 2 of the list say 到2025年); ${FLOOR}`,
    },
    { id: 'high_purity_silane_capacity', in: 'chain/硅碳新材料', t: '到{y}年，高纯硅烷产能扩大到{v}吨/年' },
    { id: 'electronic_polysilicon_capacity', in: 'chain/硅碳新材料', t: '到{y}年，…电子级（区熔级）多晶硅产能达到{v}吨 / 年' },
    {
      id: 'cyclohexanone_capacity', in: 'chain/硅碳新材料', t: '利用丰富氢气和现有 {v} 万吨环己酮产能', year: 2023, kind: 'actual',
      note: 'year 2023: 现有 (existing) capacity at the plan’s issue (2023-11-14)',
    },
    // 新型建材
    { id: 'new_building_materials_industry_scale', in: 'chain/新型建材', t: '到{y}年年底，…全市新型建材产业规模力争达到{v}亿元' },
    { id: 'green_building_materials_national_demo_bases', in: 'chain/新型建材', t: '到{y}年，力争创建绿色建材国家新型工业化产业示范基地{v}个' },
    { id: 'new_building_materials_green_factories', in: 'chain/新型建材', t: '到{y}年，力争创建…省级绿色工厂{v}个左右', note: '左右: about' },
    { id: 'green_building_materials_production_bases', in: 'chain/新型建材', t: '到{y}年，力争创建…省级绿色建材生产综合基地{v}个' },
    { id: 'new_building_materials_tech_centers', in: 'chain/新型建材', t: '到{y}年，创建国家级、省级企业技术中心不低于{v}家', note: '不低于: a floor' },
    // 新能源汽车
    { id: 'nev_industry_scale', in: 'chain/新能源汽车', t: '到{y}年，全市新能源汽车及零部件产业规模达到{v}亿元' },
    { id: 'nev_production', in: 'chain/新能源汽车', t: '到{y}年，新能源汽车生产规模达到{v}万辆' },
    { id: 'nev_passenger_car_production', in: 'chain/新能源汽车', t: '到{y}年，…其中，乘用车{v}万辆' },
    { id: 'nev_commercial_vehicle_production', in: 'chain/新能源汽车', t: '到{y}年，…商用车{v}万辆' },
    { id: 'nev_capacity_utilization_pct', in: 'chain/新能源汽车', t: '到{y}年，…产能利用率达到{v}%左右', note: '左右: about' },
    { id: 'nev_local_supply_rate_pct', in: 'chain/新能源汽车', t: '到{y}年，…新能源整车企业本地化配套率超过{v}%', note: '超过: more than' },
    { id: 'ev_charging_facilities', in: 'chain/新能源汽车', t: '到{y}年，…全市充换电基础设施突破{v}个', note: '突破: more than' },
    { id: 'heavy_truck_swap_stations', in: 'chain/新能源汽车', t: '到{y}年，…重卡换电站{v}座以上', note: FLOOR },
    // 新型电力（新能源）装备
    { id: 'power_equipment_industry_scale', in: 'chain/新型电力（新能源）装备', t: '（二）战略目标。到{y}年，……全市新型电力（新能源）装备产业规模达到{v}亿元', note: 'year from the sentence before (到2025年…), which the quote includes' },
    { id: 'power_equipment_firms_over_500yi', in: 'chain/新型电力（新能源）装备', t: '到 {y} 年，力争培育新型电力（新能源）装备企业规模超 500 亿元企业 {v} 家' },
    { id: 'power_equipment_firms_over_100yi', in: 'chain/新型电力（新能源）装备', t: '到 {y} 年，力争培育…超 100 亿元企业 {v} 家' },
    { id: 'power_equipment_firms_over_10yi', in: 'chain/新型电力（新能源）装备', t: '到 {y} 年，力争培育…超 10 亿元企业 {v} 家以上', note: FLOOR },
    { id: 'power_equipment_firms_over_1yi', in: 'chain/新型电力（新能源）装备', t: '到 {y} 年，力争培育…1 亿元以上企业超 {v} 家', note: '超: more than' },
    // 智能电梯
    { id: 'elevator_industry_revenue', in: 'chain/智能电梯', t: '力争到{y}年，……电梯产业集群实现营收{v}亿元', note: 'year from the sentence before (力争到2025年…), which the quote includes' },
    { id: 'elevator_production_capacity', in: 'chain/智能电梯', t: '力争到{y}年，……形成{v}万台整梯生产能力', note: 'year from the sentence before (力争到2025年…), which the quote includes' },
    { id: 'elevator_firms_output_100yi', in: 'chain/智能电梯', t: '到{y}年培育产值百亿级企业{v}家' },
    { id: 'elevator_supplier_firms', in: 'chain/智能电梯', t: '到{y}年培育电梯配套企业{v}家' },
    { id: 'elevator_new_rd_platforms', in: 'chain/智能电梯', t: '到{y}年，新建{v}家省级以上企业研发机构或研发平台' },
    { id: 'elevator_national_rd_centers', in: 'chain/智能电梯', t: '到{y}年，新建3家省级以上企业研发机构或研发平台，力争建成{v}个国家级研发中心' },
    { id: 'elevator_new_smes_incubated', in: 'chain/智能电梯', t: '力争{y}年孵化新增中小企业{v}家' },
    { id: 'elevator_leading_talents_introduced', in: 'chain/智能电梯', t: '到{y}年，引进{v}名行业领军人才' },
    { id: 'elevator_young_talents_introduced', in: 'chain/智能电梯', t: '到{y}年，引进2名行业领军人才，{v}名青年高层次人员' },
    { id: 'elevator_field_engineers_introduced', in: 'chain/智能电梯', t: '到{y}年，引进2名行业领军人才，20名青年高层次人员，{v}名现场工程师' },
    // 先进钢铁材料
    { id: 'recycled_stainless_steel_capacity', in: 'chain/先进钢铁材料', t: '到{y}年，再生不锈钢生产能力达到{v}万吨以上', note: FLOOR },
    { id: 'stainless_products_capacity', in: 'chain/先进钢铁材料', t: '到{y}年，再生不锈钢…不锈钢制品加工能力达到{v}万吨' },
    { id: 'advanced_steel_industry_output', in: 'chain/先进钢铁材料', t: '到{y}年，再生不锈钢…产值达到{v}亿元以上', note: FLOOR },
    { id: 'advanced_steel_rd_intensity_pct', in: 'chain/先进钢铁材料', t: '到{y}年，骨干企业研发投入占主营业务收入比重平均达到{v}%' },
    {
      id: 'advanced_steel_linked_firms', in: 'chain/先进钢铁材料', t: '以金汇集团为“领头雁”，…带动相关企业{v}家以上', year_basis: 'horizon',
      note: `a task (重点任务 （六）实施市场主体培育工程) of the plan titled (2023—2025年); ${FLOOR}`,
    },
    // 高性能铝镁合金
    { id: 'aluminium_magnesium_industry_scale', in: 'chain/高性能铝镁合金', t: '到{y}年，…全市再生铝及镁合金产业规模达到{v}亿元' },
    ...([
      ['aluminium_auto_lightweight', '（四）积极推进汽车轻量化铝基新材料产业链建设。'],
      ['aluminium_ctp_foil', '（五）做专做强CTP版基和空调箔产业链。'],
      ['aluminium_building_furniture', '（六）做强新型建材工业材和铝制家具产业链。'],
    ] as const).flatMap(([id, head]): FigureSpec[] => [
      { id: `${id}_output_volume`, in: 'chain/高性能铝镁合金', t: `${head}……到{y}年，主导产品产量达到{v}万吨` },
      { id: `${id}_output_value`, in: 'chain/高性能铝镁合金', t: `${head}……到{y}年，主导产品产量达到…产值达到{v}亿元` },
    ]),
    { id: 'aluminium_national_projects', in: 'chain/高性能铝镁合金', t: '到 {y} 年，力争承担国家项目 {v} 项' },
    { id: 'aluminium_provincial_projects', in: 'chain/高性能铝镁合金', t: '到 {y} 年，力争承担国家项目 1 项、省内项目 {v} 项' },
    { id: 'aluminium_key_technologies', in: 'chain/高性能铝镁合金', t: '到 {y} 年，突破关键技术 {v} 项左右', note: '左右: about' },
    { id: 'aluminium_tech_contract_turnover', in: 'chain/高性能铝镁合金', t: '到 {y} 年，全市先进铝基材料领域技术合同成交额达到 {v} 万元以上', note: FLOOR },
    { id: 'aluminium_new_high_tech_firms', in: 'chain/高性能铝镁合金', t: '到{y}年，新增再生铝及镁合金材料高新技术企业{v}家以上', note: FLOOR },
    { id: 'scrap_aluminium_recycled', in: 'chain/高性能铝镁合金', t: '到{y}年，废铝回收达到{v}万吨' },
    { id: 'aluminium_new_senior_experts', in: 'chain/高性能铝镁合金', t: '到{y}年，新增高端专家{v}名' },
    { id: 'aluminium_new_professionals', in: 'chain/高性能铝镁合金', t: '到{y}年，新增高端专家5名，专业人才{v}名' },
    { id: 'aluminium_new_high_skill_workers', in: 'chain/高性能铝镁合金', t: '到{y}年，新增高技能人才{v}人' },
    { id: 'aluminium_firms_100yi', in: 'chain/高性能铝镁合金', t: '到{y}年，力争培育{v}家100亿级产业链领航企业' },
    { id: 'aluminium_little_giants_new', in: 'chain/高性能铝镁合金', t: '到{y}年，新培育铝基新材料领域国家级专精特新“小巨人”企业{v}家' },
    { id: 'aluminium_single_champions_new', in: 'chain/高性能铝镁合金', t: '到{y}年，新培育…制造业单项冠军{v}家' },
    { id: 'aluminium_provincial_specialised_firms_new', in: 'chain/高性能铝镁合金', t: '到{y}年，新培育…省级专精特新企业{v}家左右', note: '左右: about' },
    { id: 'aluminium_above_scale_firms', in: 'chain/高性能铝镁合金', t: '到{y}年，全市规上铝基新材料企业数量达到{v}家以上', note: FLOOR },
    { id: 'aluminium_smart_factories', in: 'chain/高性能铝镁合金', t: '到{y}年，建成智能工厂（车间）{v}个以上', note: FLOOR },
    { id: 'aluminium_green_factories', in: 'chain/高性能铝镁合金', t: '到{y}年，建成智能工厂（车间）1个以上、绿色工厂{v}家以上', note: FLOOR },
    // 先进铜合金
    { id: 'copper_alloy_industry_scale', in: 'chain/先进铜合金', t: '到{y}年，产业规模达到{v}亿元' },
    // 节能环保装备及服务
    { id: 'energy_saving_env_industry_scale', in: 'chain/节能环保装备及服务', t: '到{y}年，…产业链规模达到{v}亿元' },
    {
      id: 'energy_saving_env_rd_platforms', in: 'chain/节能环保装备及服务', t: '到{y}年，……科技研发平台达到{v}个以上',
      note: `year from the paragraph’s opening 到2025年, which the quote includes; ${FLOOR}`,
    },
    {
      id: 'energy_saving_env_clusters', in: 'chain/节能环保装备及服务', t: '到{y}年，……培育形成先进环保装备、高效节能装备、资源循环利用{v}个特色优势产业集群',
      note: 'year from the paragraph’s opening 到2025年, which the quote includes',
    },
    { id: 'energy_saving_env_new_green_factories', in: 'chain/节能环保装备及服务', t: '到{y}年，新增绿色工厂{v}家以上', note: FLOOR },
    // 先进计算
    { id: 'advanced_computing_industry_scale', in: 'chain/先进计算', t: '到{y}年，先进计算及相关产业规模突破{v}亿元', note: '突破: more than' },
    {
      id: 'ai_computing_center_capacity_pflops', in: 'chain/先进计算', t: '3. 算力水平大幅提升。算力供给能力进一步提升，人工智能计算中心算力达到{v}P', year: 2025, year_basis: 'horizon',
      note: `${PLAN_END} (item 1 of the list says 到2025年); printed 300P, read as PFlops; the text does not name the centre (city-wide row)`,
    },
    { id: 'advanced_computing_fusion_benchmarks', in: 'chain/先进计算', t: '到{y}年，打造{v}项以上技术融合创新标杆', note: FLOOR },
    // 生物医药
    { id: 'biomedicine_industry_scale', in: 'chain/生物医药', t: '到{y}年，全市生物医药产业链规模力争超过{v}亿元', note: '超过: more than' },
    { id: 'biomedicine_firms_revenue_over_50yi', in: 'chain/生物医药', t: '到{y}年，全市生物医药产业链规模……培育{v}家年营收超50亿元龙头企业', note: 'year from the sentence before (到2025年…), which the quote includes' },
    { id: 'biomedicine_firms_revenue_over_10yi', in: 'chain/生物医药', t: '到{y}年，全市生物医药产业链规模……{v}家年营收超10亿元医药工业企业', note: 'year from the sentence before (到2025年…), which the quote includes' },
    { id: 'biomedicine_renowned_firms_introduced', in: 'chain/生物医药', t: '到{y}年，全市生物医药产业链规模……引进{v}家左右国内外知名企业', note: 'year from the sentence before (到2025年…), which the quote includes; 左右: about' },
    { id: 'biomedicine_new_above_scale_firms', in: 'chain/生物医药', t: '到{y}年，全市生物医药产业链规模……新增{v}家以上规上企业', note: `year from the sentence before (到2025年…), which the quote includes; ${FLOOR}` },
    { id: 'biomedicine_rd_coverage_pct', in: 'chain/生物医药', t: '到{y}年，全市生物医药规上企业研发覆盖率达到{v}%' },
    { id: 'biomedicine_rd_platforms', in: 'chain/生物医药', t: '到{y}年，全市生物医药规上企业研发覆盖率达到100%，建成 {v} 个以上国家级、省级研发平台', note: FLOOR },
    { id: 'biomedicine_industrial_parks', in: 'chain/生物医药', t: '到 {y} 年，建成生物医药 {v} 大园区' },
    { id: 'tcm_herb_planting_area', in: 'chain/生物医药', t: '到{y}年，全市中药材种植面积稳定在{v}万亩' },
    { id: 'tcm_herbaceous_planting_area', in: 'chain/生物医药', t: '到{y}年，全市中药材种植面积稳定在60万亩，其中草本药材种植面积达到{v}万亩' },
    { id: 'tcm_market_sales_volume', in: 'chain/生物医药', t: '到{y}年，打造一个年销售量超{v}万吨', note: '超: more than; one market to be built, no county given' },
    { id: 'tcm_market_turnover', in: 'chain/生物医药', t: '到{y}年，打造一个年销售量超20万吨、交易额超{v}亿元的中药材交易专业市场', note: '超: more than; one market to be built, no county given' },
    // 绿色食品
    { id: 'agri_leading_firms_municipal_plus', in: 'chain/绿色食品', t: '到{y}年，培育市级以上农业龙头企业{v}家' },
    { id: 'green_food_chains_over_100yi', in: 'chain/绿色食品', t: '到{y}年，培育…百亿级重点产业链{v}个' },
    { id: 'green_food_firms_over_1yi', in: 'chain/绿色食品', t: '到{y}年，培育…亿级龙头企业{v}家' },
    { id: 'provincial_agri_brands', in: 'chain/绿色食品', t: '到{y}年，培育…省级知名农业品牌{v}个以上', note: FLOOR },
    { id: 'green_food_new_rd_platforms', in: 'chain/绿色食品', t: '到{y}年，培育…新建市级以上各类研发平台{v}个' },
    { id: 'green_food_industry_scale', in: 'chain/绿色食品', t: '到{y}年，培育…绿色食品全产业链产业规模力争突破 {v} 亿元', note: '突破: more than' },
    {
      id: 'strong_gluten_wheat_area', in: 'chain/绿色食品', t: '扩大优质强筋小麦种植面积，打造集中连片种植基地，保持种植面积稳定在 {v} 万亩', year: 2025, year_basis: 'horizon',
      note: INFER_2025('the sentence gives no year; the next sentence sets the 2025 wheat targets (到 2025 年，小麦种植面积…) and the plan runs 2023—2025'),
    },
    { id: 'wheat_area', in: 'chain/绿色食品', t: '到 {y} 年，小麦种植面积持续稳定在 {v} 万亩以上', note: FLOOR },
    { id: 'wheat_output', in: 'chain/绿色食品', t: '到 {y} 年，小麦种植面积…产量稳定在 {v} 万吨以上', note: FLOOR },
    { id: 'breeding_sow_stock', in: 'chain/绿色食品', t: '到 {y} 年，确保能繁母猪存栏保有量稳定在 {v} 万头' },
    { id: 'hogs_slaughtered', in: 'chain/绿色食品', t: '到 {y} 年，确保…生猪出栏稳定在 {v} 万头以上', note: FLOOR },
    { id: 'cattle_slaughtered', in: 'chain/绿色食品', t: '到 {y} 年，确保…，牛出栏稳定在 {v} 万头以上', note: FLOOR },
    { id: 'sheep_slaughtered', in: 'chain/绿色食品', t: '到 {y} 年，确保…羊出栏稳定在 {v} 万只以上', note: FLOOR },
    { id: 'poultry_slaughtered', in: 'chain/绿色食品', t: '到 {y} 年，确保…家禽出栏达到 {v} 万羽以上', note: FLOOR },
    { id: 'meat_output', in: 'chain/绿色食品', t: '到 {y} 年，确保…肉蛋奶产量分别达到 {v} 万吨' },
    { id: 'egg_output', in: 'chain/绿色食品', t: '到 {y} 年，确保…肉蛋奶产量分别达到 26 万吨、{v} 万吨' },
    { id: 'milk_output', in: 'chain/绿色食品', t: '到 {y} 年，确保…肉蛋奶产量分别达到 26 万吨、19 万吨和 {v} 万吨' },
    { id: 'sweet_potato_area', in: 'chain/绿色食品', t: '到{y}年，优质红薯种植面积达到{v}万亩以上', note: FLOOR },
    { id: 'soybean_area', in: 'chain/绿色食品', t: '到{y}年，优质大豆种植面积达到{v}万亩' },
    { id: 'tcm_herb_planting_area', in: 'chain/绿色食品', t: '到{y}年，全市中药材种植面积达到{v}万亩以上', note: `${FLOOR}; the 生物医药 plan says 稳定在60万亩 (see checks)` },
    { id: 'flour_products_industry_scale', in: 'chain/绿色食品', t: '到{y}年，全市面制品全产业链产业规模力争达到{v}亿元' },
    { id: 'hog_local_slaughter_pct', in: 'chain/绿色食品', t: '到{y}年，生猪就地屠宰比例达到{v}%以上', note: FLOOR },
    { id: 'meat_products_industry_scale', in: 'chain/绿色食品', t: '到{y}年，生猪就地屠宰比例…肉制品全产业链产业规模力争达到{v}亿元' },
    { id: 'mushroom_vegetable_products_industry_scale', in: 'chain/绿色食品', t: '到{y}年，菌蔬制品全产业链产业规模力争达到{v}亿元' },
    { id: 'bee_products_industry_scale', in: 'chain/绿色食品', t: '到{y}年，蜂蜡…产业规模力争达到{v}亿元' },
    { id: 'prepared_food_industry_scale', in: 'chain/绿色食品', t: '到{y}年，打造全省核心、全国知名的预制菜产业集群，预制菜产业规模力争突破{v}亿元', note: '突破: more than' },
    { id: 'agri_traceability_points', in: 'chain/绿色食品', t: '到{y}年，…建成农产品质量安全追溯点达到{v}个以上', note: FLOOR },
    { id: 'agri_product_test_pass_rate_pct', in: 'chain/绿色食品', t: '到{y}年，…农产品监测合格率保持在{v}%以上', note: FLOOR },
    // 预制菜
    {
      id: 'prepared_food_above_scale_firms', in: 'chain/预制菜', t: '（四）战略目标。到{y}年，……培育超{v}家规模以上预制菜企业',
      note: 'year from the heading sentence of （四）战略目标 (到2025年), which the quote includes; 超: more than',
    },
    {
      id: 'prepared_food_innovation_platforms', in: 'chain/预制菜', t: '（四）战略目标。到{y}年，……建设不少于{v}个市级预制菜重点创新平台',
      note: 'year from the heading sentence of （四）战略目标 (到2025年), which the quote includes; 不少于: a floor',
    },
    { id: 'new_provincial_demo_cooperatives', in: 'chain/预制菜', t: '到{y}年，全市新培育省级农民专业合作社示范社{v}家以上', note: FLOOR },
    { id: 'new_agri_leading_firms_municipal_plus', in: 'chain/预制菜', t: '到{y}年，全市新培育…市级以上农业龙头企业{v}家以上', note: FLOOR },
    // 纺织服装
    { id: 'textile_industry_scale', in: 'chain/纺织服装', t: '到{y}年，纺织服装产业规模力争突破{v}亿元', note: '突破: more than' },
    { id: 'cotton_spinning_output', in: 'chain/纺织服装', t: '到{y}年，全市棉纺产值达到{v}亿元' },
    { id: 'weaving_output', in: 'chain/纺织服装', t: '到{y}年，全市织造业产值达到{v}亿元' },
    { id: 'dyeing_output', in: 'chain/纺织服装', t: '到{y}年，全市印染业产值达到{v}亿元' },
    { id: 'garment_output', in: 'chain/纺织服装', t: '到{y}年，全市服装产值达到{v}亿元' },
    { id: 'textile_products_output', in: 'chain/纺织服装', t: '到{y}年，全市纺织用品业产值达到{v}亿元' },
  ],
  places: [
    { id: 'xiangcheng-advanced-mfg-zone', name: '襄城县先进制造业开发区', category: 'industrial_park', in: 'chain/化工材料', t: '支持襄城县先进制造业开发区、许昌精细化工园区建设', area: '襄城县', status: 'existing' },
    { id: 'xuchang-fine-chemical-park', name: '许昌精细化工园区', category: 'industrial_park', in: 'chain/化工材料', t: '支持襄城县先进制造业开发区、许昌精细化工园区建设', area: '许昌市', status: 'existing', note: `${NO_COUNTY} (the plan’s 布局重点 are 襄城县、建安区; the 纺织服装 plan names a 建安区精细化工园区, possibly the same park)` },
    { id: 'yuzhou-pingshan-prefab-industrial-park', name: '禹州市坪山绿色装配式产业园', category: 'industrial_park', in: 'chain/新型建材', t: '持续推进禹州市坪山绿色装配式产业园年产1050万吨骨料等省级重点项目的实施', area: '禹州市', status: 'planned', note: 'a provincial key project under way (持续推进…实施), incl. 年产1050万吨骨料 (no year given)' },
    { id: 'changge-circular-economy-park', name: '长葛循环经济产业园', category: 'industrial_park', in: 'chain/新型建材', t: '持续推进长葛循环经济产业园建设', area: '长葛', status: 'existing', note: 'county from the name (长葛); also printed 长葛市循环经济产业园区 and 长葛经济技术开发区循环经济产业园 in other plans of 许政办〔2023〕25号' },
    { id: 'yuzhou-jinhui-furnace-materials', name: '金辉炉料', category: 'enterprise', in: 'chain/新型建材', t: '释放禹州市金辉炉料耐火材料新活力', area: '禹州市', status: 'existing', note: 'refractory materials (耐火材料)' },
    { id: 'weidu-wanli-jiaoke', name: '河南万里交科', category: 'enterprise', in: 'chain/新型建材', t: '支持魏都区河南万里交科对道路桥梁养护行业新技术', area: '魏都区', status: 'existing', note: 'road and bridge maintenance technology' },
    { id: 'changge-beixin-waterproof', name: '北新防水', category: 'enterprise', in: 'chain/新型建材', t: '发挥长葛市北新防水等地域品牌优势', area: '长葛市', status: 'existing', note: 'waterproofing materials' },
    { id: 'changge-dongmei-zhisheng', name: '东美致盛', category: 'enterprise', in: 'chain/新型建材', t: '鼓励河南鼎正、长葛东美致盛等装饰装修企业', area: '长葛', status: 'existing', note: 'decoration; county from 长葛东美致盛' },
    ...([
      ['changge-etdz', '长葛经济技术开发区', '长葛'],
      ['jianan-advanced-mfg-zone', '建安区先进制造业开发区', '建安区'],
      ['changge-casting-industrial-park', '长葛铸造产业园', '长葛'],
    ] as const).map(([id, name, area]): PlaceSpec => ({
      id, name, category: 'industrial_park', in: 'chain/新能源汽车', area, status: 'existing',
      t: '完善长葛经济技术开发区、建安区先进制造业开发区、长葛铸造产业园等重点园区基础设施', note: `a key park of the 新能源汽车 plan; county from the name (${area})`,
    })),
    { id: 'changge-dazhou-recycled-aluminium-market', name: '再生铝交易市场', category: 'market', in: 'chain/高性能铝镁合金', t: '支持在长葛大周新建再生铝交易市场', area: '长葛', status: 'planned', town: '大周', note: 'a new recycled-aluminium trading market at 长葛大周 (新建)' },
    { id: 'yanling-jiufa-industrial-park', name: '鄢陵县新区九发工业园', category: 'industrial_park', in: 'chain/先进铜合金', t: '长葛经济技术开发区循环经济产业园、鄢陵县新区九发工业园等地先进铜产业园区能级', area: '鄢陵县', status: 'existing' },
    { id: 'jianan-electronic-information-park', name: '建安区电子信息产业园', category: 'industrial_park', in: 'chain/先进计算', t: '依托科创基地、建安区电子信息产业园等载体', area: '建安区', status: 'existing' },
    { id: 'weidu-tcm-health-island', name: '中医药健康岛', category: 'health_industry_project', in: 'chain/生物医药', t: '加快魏都区“中医药健康岛”等项目建设', area: '魏都区', status: 'planned' },
    { id: 'yuzhou-tcm-modern-agri-park', name: '禹州市中药材现代农业产业园', category: 'agri_park', in: 'chain/绿色食品', t: '高标准建设禹州市中药材现代农业产业园', area: '禹州市', status: 'planned' },
    { id: 'xiangcheng-sweet-potato-agri-park', name: '襄城县红薯现代农业产业园', category: 'agri_park', in: 'chain/绿色食品', t: '依托襄城县红薯现代农业产业园', area: '襄城县', status: 'existing' },
    { id: 'changge-foerhu-agri-strong-town', name: '佛耳湖镇国家农业产业强镇', category: 'agri_industry_town', in: 'chain/绿色食品', t: '支持长葛市佛耳湖镇国家农业产业强镇项目建设', area: '长葛市', status: 'planned', town: '佛耳湖镇', note: 'national agricultural industry strong town project (bee products core area)' },
    { id: 'yanling-water-culture-park', name: '鄢陵县水文化产业园', category: 'industrial_park', in: 'chain/绿色食品', t: '支持鄢陵县水文化产业园建设', area: '鄢陵县', status: 'planned' },
    ...([
      ['yuzhou-yinmei', '银梅', '禹州'],
      ['yanling-weimite', '维秘特', '鄢陵'],
      ['xiangcheng-changxiangjian', '常相见', '襄城'],
    ] as const).map(([id, name, area]): PlaceSpec => ({
      id, name, category: 'enterprise', in: 'chain/绿色食品', area, status: 'existing',
      t: '支持禹州银梅、鄢陵维秘特、襄城常相见等企业开发功能保健型饮品', note: `beverage maker; county from the text (${area}${name})`,
    })),
    ...([
      ['yanling-textile-garment-cluster', '鄢陵县纺织服装产业集群', '鄢陵县'],
      ['xiangcheng-garment-shoe-cluster', '襄城县服装制鞋产业集群', '襄城县'],
      ['yuzhou-textile-garment-cluster', '禹州市纺织服装产业集群', '禹州市'],
    ] as const).map(([id, name, area]): PlaceSpec => ({
      id, name, category: 'industrial_cluster', in: 'chain/纺织服装', area, status: 'planned',
      t: '加快推进鄢陵县纺织服装产业集群、襄城县服装制鞋产业集群、禹州市纺织服装产业集群建设',
    })),
    { id: 'jianan-fine-chemical-park', name: '建安区精细化工园区', category: 'industrial_park', in: 'chain/纺织服装', t: '依托建安区精细化工园区、襄城县化工园区', area: '建安区', status: 'existing', note: 'possibly the 许昌精细化工园区 of the 化工材料 plan (not merged: the names differ)' },
    { id: 'xiangcheng-chemical-park', name: '襄城县化工园区', category: 'industrial_park', in: 'chain/纺织服装', t: '依托建安区精细化工园区、襄城县化工园区', area: '襄城县', status: 'existing', note: 'possibly part of 襄城县先进制造业开发区 (not merged: the names differ)' },
    { id: 'xuchang-smart-elevator-base', name: '许昌市智能电梯研发制造基地', category: 'industrial_park', in: 'chain/智能电梯', t: '新招引产业链配套项目原则落户许昌市智能电梯研发制造基地', area: '许昌市', status: 'planned', note: `${NO_COUNTY} (the 责任单位 is 经济技术开发区管委会); to be built up (加快研发制造基地建设)` },
  ],
  hooks: { crossChecks },
  restates: [
    { check: 'prepared_food_scale_plan_vs_green_food', in: 'chain/预制菜', t: '全产业链产值规模达到{v}亿元', ref: { id: 'prepared_food_industry_scale', year: 2025 }, what: 'prepared-food industry scale 2025 (预制菜 plan 全产业链产值规模 vs 绿色食品 plan 预制菜产业规模)' },
    { check: 'biomedicine_text_firms_over_50yi', in: 'chain/生物医药', t: '到{y}年,培育生物医药产业产值超50亿元龙头企业{v}家', ref: { id: 'biomedicine_firms_revenue_over_50yi', year: 2025 }, what: 'biomedicine lead firms over 50 亿元 (产值 here, 年营收 in the targets)' },
    { check: 'biomedicine_text_firms_over_10yi', in: 'chain/生物医药', t: '到{y}年,培育生物医药产业产值超50亿元龙头企业2家,10亿元左右企业{v}家以上', ref: { id: 'biomedicine_firms_revenue_over_10yi', year: 2025 }, what: 'biomedicine firms of about 10 亿元 (产值 10亿元左右 here, 年营收超10亿元 in the targets)' },
  ],
});

function crossChecks(ctx: DocContext): void {
  {
    const total = ctx.row('nev_production', 2025);
    const parts = [ctx.row('nev_passenger_car_production', 2025), ctx.row('nev_commercial_vehicle_production', 2025)];
    const sum = decimalSum(parts.map((p) => p.value));
    ctx.check({
      check: 'nev_production_split', line: total.line, expected: total.value, found: sum, ok: Number(sum) === Number(total.value),
      okNote: `乘用车 ${parts[0].value} + 商用车 ${parts[1].value} = ${total.value} 万辆`,
      badNote: `乘用车 ${parts[0].value} + 商用车 ${parts[1].value} = ${sum} 万辆, the total says ${total.value}`,
    });
  }
  {
    const total = ctx.row('textile_industry_scale', 2025);
    const ids = ['cotton_spinning_output', 'weaving_output', 'dyeing_output', 'garment_output', 'textile_products_output'];
    const sum = decimalSum(ids.map((id) => ctx.row(id, 2025).value));
    ctx.check({
      check: 'textile_subsectors_vs_scale', line: total.line, expected: total.value, found: sum, ok: Number(sum) === Number(total.value),
      okNote: `棉纺、织造、印染、服装、纺织用品 2025 output values add up to the 纺织服装 industry scale (${total.value} 亿元; printed 突破)`,
      badNote: `棉纺、织造、印染、服装、纺织用品 2025 output values add up to ${sum} 亿元, the industry scale says 突破${total.value} 亿元`,
    });
  }
  {
    const rows = ctx.rows((r) => r.indicator === 'tcm_herb_planting_area' && r.year === 2025 && r.doc === D25);
    if (rows.length !== 2) ctx.fail('check tcm_herb_area_biomedicine_vs_green_food', `tcm_herb_planting_area 2025: ${rows.length} rows, expected 2`);
    const [a, b] = rows.sort((x, y) => x.line - y.line);
    ctx.check({
      check: 'tcm_herb_area_biomedicine_vs_green_food', line: a.line, expected: a.value, found: b.value, ok: a.value === b.value,
      okNote: 'both plans give the same 2025 medicinal-herb area',
      badNote: `the 生物医药 plan (line ${a.line}) holds the medicinal-herb area at ${a.value} 万亩 in 2025 (稳定在), the 绿色食品 plan (line ${b.line}) says ${b.value} 万亩以上; both rows are kept`,
    });
  }
  {
    const a = ctx.row('heavy_truck_swap_stations', 2025);
    const b = ctx.row('heavy_truck_swap_stations', 2025, { doc: D38 });
    ctx.check({
      check: 'heavy_truck_swap_stations_25_vs_38', line: a.line, expected: a.value, found: b.value, ok: a.value === b.value,
      okNote: 'both documents give the same 2025 number of heavy-truck swap stations',
      badNote: `许政办〔2023〕25号 (新能源汽车 plan, line ${a.line}) targets 重卡换电站${a.value}座以上 by 2025; 许政〔2023〕38号 (line ${b.line}) targets ${b.value}座以上 by 2025; both rows are kept`,
    });
  }
  {
    const a = ctx.row('ai_computing_center_capacity_pflops', 2025);
    const b = ctx.row('ai_computing_center_capacity_pflops', 2025, { doc: D38, place: 'zhongyuan-ai-computing-center' });
    ctx.check({
      check: 'ai_computing_center_25_vs_38', line: a.line, expected: a.value, found: b.value, ok: a.value === b.value,
      okNote: 'both documents give the same AI computing-centre capacity',
      badNote: `许政办〔2023〕25号 (先进计算 plan, line ${a.line}) says 人工智能计算中心算力达到${a.value}P (no year; read as 2025); 许政〔2023〕38号 (line ${b.line}) says 中原人工智能计算中心 算力规模超过${b.value}PFlops by 2025; both rows are kept`,
    });
  }
}
