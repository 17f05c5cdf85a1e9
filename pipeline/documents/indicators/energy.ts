/** Energy and charging infrastructure: [id, unit, name_zh, name_en, description, binding?] — each id once (a second definition anywhere fails the build). */
import { defineIndicators } from '../../engine/index.ts';

export default defineIndicators(import.meta.url, 'energy', [
  ['biomass_power_capacity', '万千瓦', '生物质发电装机容量', 'Installed biomass power capacity', 'Cumulative installed capacity to reach by 2020 (累计达到), from 许政〔2019〕2号.'],
  ['distribution_areas_upgraded', '个', '配电台区升级改造', 'Power distribution transformer areas upgraded', '2023 plan of 专栏2 2023年许昌市重点民生实事 (许政〔2023〕15号).'],
  ['distribution_lines_built_km', '公里', '新建改造10千伏及以下线路', 'Distribution lines (10 kV and below) built or rebuilt', 'Printed 千米. 2023 plan of 专栏2 2023年许昌市重点民生实事 (许政〔2023〕15号).'],
  ['ev_charging_facilities', '个', '充换电基础设施', 'EV charging and swapping facilities (all)', '2025 target of the plan 许昌市培育壮大新能源汽车产业链行动方案（2023—2025年） (许政办〔2023〕25号); 突破: more than; all charging/swapping facilities, not only public ones.'],
  ['external_power_import', '亿千瓦时', '外电入许规模', 'Electricity imported into Xuchang', 'Target for 2020 (力争达到…左右; approximate), from the coal reduction plan 许政〔2019〕2号.'],
  ['heating_area_renovated_or_new', '万平方米', '改造和新增供暖面积', 'Heated floor area renovated or added', '2023 plan of 专栏2 2023年许昌市重点民生实事 (许政〔2023〕15号).'],
  ['heating_network_built_km', '公里', '新建改建热力管网', 'Heating network built or rebuilt', '2023 plan of 专栏2 2023年许昌市重点民生实事 (许政〔2023〕15号).'],
  ['heavy_truck_battery_swap_stations_planned', '座', '重卡换电站布局数', 'Heavy-truck battery-swap stations planned', 'Heavy-truck battery-swap stations the city plans to lay out (重点布局) during the 14th Five-Year Plan (2021–2025); the row carries 2025, the end of that period (plan).'],
  ['heavy_truck_swap_stations', '座', '重卡换电站', 'Heavy-truck battery-swap stations', 'Heavy-truck battery-swap stations (以上: floors). Two documents of this issue give different 2025 figures (see checks).'],
  ['natural_gas_energy_share', '%', '天然气占能源消费总量比重', 'Natural gas share of total energy consumption', 'Target share to reach by 2020 (达到), from 许政〔2019〕2号.'],
  ['natural_gas_primary_energy_share_pct', '%', '天然气占一次能源消费比重', 'Natural gas share of primary energy consumption', 'Target floor (以上: at least). Printed 天然气在一次性能源消费结构中…达到 (力争), 许政〔2020〕7号.'],
  ['new_energy_grid_capacity', '万千瓦', '新能源并网装机', 'Grid-connected new-energy capacity', '以上: a floor; a stock (达到). 2023 target of 许政〔2023〕15号 (三、2023年经济社会发展的主要任务; the year is the heading\'s).'],
  ['public_charging_piles', '个', '新能源公共充电桩（枪）累计量', 'Public EV charging points (cumulative)', 'Cumulative public charging piles (guns) for new-energy vehicles.'],
  ['public_charging_stations', '座', '集中式公用充电站', 'Centralised public charging stations', 'Cumulative number of centralised public charging stations.'],
  ['renewable_energy_share', '%', '可再生能源占能源消费总量比重', 'Renewable energy share of total energy consumption', 'Target share to reach by 2020 (达到), from 许政〔2019〕2号.'],
  ['wind_power_capacity', '万千瓦', '风电装机容量', 'Installed wind power capacity', 'Cumulative installed capacity to reach by 2020 (累计达到), from 许政〔2019〕2号.'],
]);
