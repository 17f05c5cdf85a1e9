/** Forests and greening: [id, unit, name_zh, name_en, description, binding?] — each id once (a second definition anywhere fails the build). */
import { defineIndicators } from '../../engine/index.ts';

export default defineIndicators(import.meta.url, 'forest', [
  ['afforestation_aerial_seeding_mu', '亩', '飞播造林', 'Afforestation by aerial seeding', '2023 target of 许政〔2023〕15号 (三、2023年经济社会发展的主要任务; the year is the heading\'s).'],
  ['afforestation_area', '万亩', '营造林面积', 'Afforestation and forest management area', 'Area to afforest or manage over 2020—2025 (利用五年时间), total by the year, 许政〔2020〕11号.'],
  ['afforestation_planted_mu', '亩', '新增人工造林', 'New afforestation by planting', '2023 target of 许政〔2023〕15号 (三、2023年经济社会发展的主要任务; the year is the heading\'s).'],
  ['eco_corridor_greening_area', '万亩', '生态廊道绿化工程面积', 'Ecological corridor greening works', 'Area to complete by the year (2020—2025).'],
  ['eco_corridor_greening_rate_pct', '%', '生态廊道平均绿化率', 'Average greening rate of ecological corridors', 'Target floor (以上: at least). All corridors.'],
  ['eco_corridor_l1_greening_rate_pct', '%', 'I级生态廊道绿化率', 'Greening rate of level-I ecological corridors', 'Target (达): level I = 南水北调中线干渠, high-speed rail, expressways, 颍汝总干渠.'],
  ['eco_corridor_l2_greening_rate_pct', '%', 'II级生态廊道绿化率', 'Greening rate of level-II ecological corridors', 'Target floor (以上: at least). Level II = national and provincial roads, intercity expressways, ring roads and the main rivers.'],
  ['eco_corridor_l3_greening_rate_pct', '%', 'III级生态廊道绿化率', 'Greening rate of level-III ecological corridors', 'Target floor (以上: at least). Level III = county and township roads and other rivers.'],
  ['eco_corridor_l4_greening_rate_pct', '%', 'IV级生态廊道绿化率', 'Greening rate of level-IV ecological corridors', 'Target floor (以上: at least). Level IV = other roads and ditches.'],
  ['farmland_shelterbelt_area', '万亩', '农田防护林工程面积', 'Farmland shelterbelt works', 'Area to complete by the year (2020—2025).'],
  ['forest_tending_mu', '亩', '森林抚育', 'Forest tending', '2023 target of 许政〔2023〕15号 (三、2023年经济社会发展的主要任务; the year is the heading\'s).'],
  ['forest_towns', '个', '森林特色小镇', 'Forest featured towns', 'Forest featured towns to build: the 2020 row is the number for 2020 (许政〔2020〕13号), the 2025 row the total for 2020—2025 (许政〔2020〕11号).'],
  ['forest_villages', '个', '森林乡村', 'Forest villages', 'Forest villages to build: the 2020 row is the number for 2020 (许政〔2020〕13号), the 2025 row the total for 2020—2025 (许政〔2020〕11号).'],
  ['fruit_tree_demo_villages', '个', '果树进村示范村', 'Fruit-trees-into-villages demonstration villages', 'Demonstration villages to build: the 2020 row (printed 绿化模范村（果树进村示范村）) is the number for 2020 (许政〔2020〕13号), the 2025 row the total for 2020—2025 (许政〔2020〕11号).'],
  ['mountain_eco_forest_area', '万亩', '山区生态林工程面积', 'Mountain ecological forest works', 'Area to complete by the year (2020—2025).'],
  ['provincial_forest_cities', '个', '省级森林城市', 'Provincial forest cities', 'Provincial forest cities to build by the year.'],
  ['rural_greening_area', '万亩', '乡村绿化美化工程面积', 'Rural greening works', 'Area to complete by the year (2020—2025).'],
]);
