/** Indicator definitions, topic air: [id, unit, name_zh, name_en, description]. */
import { defineIndicators } from '../../engine/index.ts';

export default defineIndicators(import.meta.url, 'air', [
  ['air_quality_good_days', '天', '空气优良天数', 'Days with good air quality',
    'Days in the year with good or excellent air quality. 许政〔2023〕15号 (2023 plan report): 2022 = actual (执行情况), 2023 = target (主要预期目标).'],
]);
