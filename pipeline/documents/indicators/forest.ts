/** Indicator definitions, topic forest: [id, unit, name_zh, name_en, description]. */
import { defineIndicators } from '../../engine/index.ts';

export default defineIndicators(import.meta.url, 'forest', [
  ['afforestation_planted_mu', '亩', '新增人工造林', 'New afforestation by planting',
    '2023 target of 许政〔2023〕15号 (三、2023年经济社会发展的主要任务; the year is the heading\'s).'],
  ['afforestation_aerial_seeding_mu', '亩', '飞播造林', 'Afforestation by aerial seeding',
    '2023 target of 许政〔2023〕15号 (三、2023年经济社会发展的主要任务; the year is the heading\'s).'],
  ['forest_tending_mu', '亩', '森林抚育', 'Forest tending',
    '2023 target of 许政〔2023〕15号 (三、2023年经济社会发展的主要任务; the year is the heading\'s).'],
]);
