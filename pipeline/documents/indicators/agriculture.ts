/** Indicator definitions, topic agriculture: [id, unit, name_zh, name_en, description]. */
import { defineIndicators } from '../../engine/index.ts';

export default defineIndicators(import.meta.url, 'agriculture', [
  ['grain_output', '万吨', '粮食总产量', 'Grain output',
    'Total grain output. 许政〔2023〕15号 (2023 plan report): 2022 = actual (执行情况), 2023 = target (主要预期目标). The 2023 target is a floor (稳定在…以上).'],
  ['key_projects_agri_water', '个', '农林水利重点项目数', 'Key agriculture, forestry and water projects',
    '2023 plan of 专栏1 2023年全市重点建设项目安排 (许政〔2023〕15号).'],
  ['key_project_investment_agri_water', '亿元', '农林水利重点项目年度投资', 'Annual investment in key agriculture, forestry and water projects',
    'Planned annual investment. 2023 plan of 专栏1 2023年全市重点建设项目安排 (许政〔2023〕15号).'],
  ['seed_breeding_base_area', '万亩', '良种繁育基地面积', 'Area of improved-seed breeding bases',
    '以上: a floor. 2023 target of 许政〔2023〕15号 (三、2023年经济社会发展的主要任务; the year is the heading\'s).'],
  ['high_standard_farmland_new', '万亩', '新建高标准农田', 'New high-standard farmland',
    'To build in the year.'],
  ['grain_sown_area', '万亩', '粮食面积', 'Grain sown area',
    '以上: a floor. 2023 target of 许政〔2023〕15号 (三、2023年经济社会发展的主要任务; the year is the heading\'s).'],
  ['contaminated_farmland_safe_use_pct', '%', '受污染耕地安全利用率', 'Safe-use rate of contaminated farmland',
    '2023 target of 许政〔2023〕15号 (三、2023年经济社会发展的主要任务; the year is the heading\'s).'],
]);
