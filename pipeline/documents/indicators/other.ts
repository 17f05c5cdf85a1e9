/** Other (population, governance, …): [id, unit, name_zh, name_en, description, binding?] — each id once (a second definition anywhere fails the build). */
import { defineIndicators } from '../../engine/index.ts';

export default defineIndicators(import.meta.url, 'other', [
  ['gov_service_items_accuracy_pct', '%', '政务服务事项准确率', 'Accuracy of government service items', '确保: a commitment; the text gives one figure for completeness and accuracy (完整度、准确率达到100%). 2023 target of 许政〔2023〕15号 (三、2023年经济社会发展的主要任务; the year is the heading\'s).'],
  ['gov_service_items_completeness_pct', '%', '政务服务事项完整度', 'Completeness of government service items', '确保: a commitment; the text gives one figure for completeness and accuracy (完整度、准确率达到100%). 2023 target of 许政〔2023〕15号 (三、2023年经济社会发展的主要任务; the year is the heading\'s).'],
  ['one_card_subsidy_beneficiaries', '万人', '“一卡通”补贴惠及群众', 'People benefiting from one-card subsidies', '以上: a floor. 2023 plan of 专栏2 2023年许昌市重点民生实事 (许政〔2023〕15号).'],
  ['one_card_subsidy_items', '项', '“一卡通”发放补贴项目', 'Subsidy items paid through the one-card system', '超过: more than. 2023 plan of 专栏2 2023年许昌市重点民生实事 (许政〔2023〕15号).'],
  ['preschool_projects', '个', '学前教育新建、改扩建及民转公项目', 'Pre-school projects (new, expanded, private-to-public)', 'Projects to be sped up in the year (加快…项目建设). 2023 target of 许政〔2023〕15号 (三、2023年经济社会发展的主要任务; the year is the heading\'s).'],
  ['public_preschool_places_new', '个', '新增公办学位（学前教育）', 'New public pre-school places', 'The sentence is about pre-school education (学前教育…47个新建、改扩建及民转公项目…新增公办学位). 2023 target of 许政〔2023〕15号 (三、2023年经济社会发展的主要任务; the year is the heading\'s).'],
  ['quality_education_groups', '个', '市级以上优质教育集团', 'Municipal-and-above quality education groups', '2023 plan of 专栏2 2023年许昌市重点民生实事 (许政〔2023〕15号).'],
  ['resident_population', '万人', '常住人口数', 'Resident population', 'Resident (常住) population. The health plan prints it without a year; read as 2020 (see note and checks).'],
  ['rural_boarding_primary_schools_built', '所', '新建、改扩建农村寄宿制小学', 'Rural boarding primary schools built or expanded', 'Part of schools_built_or_expanded (其中). 2023 plan of 专栏2 2023年许昌市重点民生实事 (许政〔2023〕15号).'],
  ['schools_built_or_expanded', '所', '新建、改扩建中小学', 'Primary and secondary schools built or expanded', '2023 plan of 专栏2 2023年许昌市重点民生实事 (许政〔2023〕15号).'],
  ['secondary_vocational_schools_supported', '所', '促进快速发展的中等职业学校', 'Secondary vocational schools to be developed', 'The schools the task covers (促进12所中等职业学校快速发展), not new schools. 2023 target of 许政〔2023〕15号 (三、2023年经济社会发展的主要任务; the year is the heading\'s).'],
  ['social_security_cards_issued', '万张', '发放社会保障卡', 'Social security cards issued', '以上: a floor; the text does not say whether the figure is for the year or a running total. 2023 target of 许政〔2023〕15号 (三、2023年经济社会发展的主要任务; the year is the heading\'s).'],
  ['teachers_trained', '人', '培训市级名师、骨干教师', 'Municipal master and key teachers trained', '左右: approximate. 2023 target of 许政〔2023〕15号 (三、2023年经济社会发展的主要任务; the year is the heading\'s).'],
  ['waste_sorting_coverage_pct', '%', '生活垃圾分类覆盖率（中心城区）', 'Household-waste sorting coverage (central city)', 'Coverage of household-waste sorting in the central city (中心城区); the 411000 row stands for the central city.'],
  ['waste_sorting_pilot_households', '万户', '生活垃圾分类试点户数（中心城区）', 'Households in waste-sorting pilots (central city)', 'Households in household-waste sorting pilots in the central city (中心城区); the 411000 row stands for the central city.'],
  ['youth_service_sites_new', '个', '新建“青翼家园”工作阵地', 'New 青翼家园 youth service sites', '2023 plan of 专栏2 2023年许昌市重点民生实事 (许政〔2023〕15号).'],
]);
