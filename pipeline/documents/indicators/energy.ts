/** Indicator definitions, topic energy: [id, unit, name_zh, name_en, description]. */
import { defineIndicators } from '../../engine/index.ts';

export default defineIndicators(import.meta.url, 'energy', [
  ['new_energy_grid_capacity', '万千瓦', '新能源并网装机', 'Grid-connected new-energy capacity',
    '以上: a floor; a stock (达到). 2023 target of 许政〔2023〕15号 (三、2023年经济社会发展的主要任务; the year is the heading\'s).'],
  ['distribution_areas_upgraded', '个', '配电台区升级改造', 'Power distribution transformer areas upgraded',
    '2023 plan of 专栏2 2023年许昌市重点民生实事 (许政〔2023〕15号).'],
  ['distribution_lines_built_km', '公里', '新建改造10千伏及以下线路', 'Distribution lines (10 kV and below) built or rebuilt',
    'Printed 千米. 2023 plan of 专栏2 2023年许昌市重点民生实事 (许政〔2023〕15号).'],
  ['heating_network_built_km', '公里', '新建改建热力管网', 'Heating network built or rebuilt',
    '2023 plan of 专栏2 2023年许昌市重点民生实事 (许政〔2023〕15号).'],
  ['heating_area_renovated_or_new', '万平方米', '改造和新增供暖面积', 'Heated floor area renovated or added',
    '2023 plan of 专栏2 2023年许昌市重点民生实事 (许政〔2023〕15号).'],
  ['heavy_truck_battery_swap_stations_planned', '座', '重卡换电站布局数', 'Heavy-truck battery-swap stations planned',
    'Heavy-truck battery-swap stations the city plans to lay out (重点布局) during the 14th Five-Year Plan (2021–2025); the row carries 2025, the end of that period (plan).'],
]);
