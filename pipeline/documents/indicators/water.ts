/** Indicator definitions, topic water: [id, unit, name_zh, name_en, description]. */
import { defineIndicators } from '../../engine/index.ts';

export default defineIndicators(import.meta.url, 'water', [
  ['rural_sewage_treatment_rate_pct', '%', '农村生活污水治理率', 'Rural domestic sewage treatment rate',
    'Target floor (以上: at least).'],
]);
