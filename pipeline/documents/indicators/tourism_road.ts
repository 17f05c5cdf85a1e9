/** Tourism roads (旅游公路): [id, unit, name_zh, name_en, description, binding?] — each id once (a second definition anywhere fails the build). */
import { defineIndicators } from '../../engine/index.ts';

export default defineIndicators(import.meta.url, 'tourism_road', [
  ['tourism_road_branch_km', '公里', '旅游公路支线里程', 'Tourism road branch lines', 'Length of tourism-road branch lines (支线) to be completed by 2025 (target). County rows: Annex 1 of 许政〔2023〕37号 (许昌市旅游公路网路线明细表), which prints no year; 2025 comes from the text (到2025年，打造完成支线146公里…). The city-wide row is the text figure (146, rounded); the annex 合计 is 146.35 (see checks).'],
  ['tourism_road_connector_km', '公里', '旅游公路联络线里程', 'Tourism road connector lines', 'Length of tourism-road connector lines (联络线) to be completed by 2025 (target). County rows: Annex 1 of 许政〔2023〕37号, which prints no year; 2025 comes from the text (…联络线137公里的许昌市旅游公路网). The city-wide row is the text figure (137, rounded); the annex 合计 is 136.83 (see checks).'],
  ['tourism_road_total_km', '公里', '旅游公路总里程', 'Tourism roads, total length', 'Total length of tourism roads to be built city-wide (构筑…的旅游公路). The 2025 target is a floor: 380 公里以上. It is larger than Annex 1\'s branch + connector lines (283.18 km); the document does not say what makes up the rest.'],
]);
