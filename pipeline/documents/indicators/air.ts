/** Air quality and emissions: [id, unit, name_zh, name_en, description, binding?] — each id once (a second definition anywhere fails the build). */
import { defineIndicators } from '../../engine/index.ts';

export default defineIndicators(import.meta.url, 'air', [
  ['air_quality_good_days', '天', '空气优良天数', 'Days with good air quality', 'Days in the year with good or excellent air quality. 许政〔2023〕15号 (2023 plan report): 2022 = actual (执行情况), 2023 = target (主要预期目标).'],
  ['coke_oven_phaseout_height_threshold', '米', '淘汰焦炉炭化室高度上限', 'Chamber-height threshold for phasing out coke ovens', 'By the end of 2020 coke ovens with a carbonisation chamber of this height and below (及以下) are to be eliminated (许政〔2020〕9号 and 14号).'],
  ['smart_emission_monitoring_units_new', '家', '排污智慧监管单位新增', 'New units under smart emission monitoring', 'Additional polluting units put under online smart monitoring (以上: a floor).'],
]);
