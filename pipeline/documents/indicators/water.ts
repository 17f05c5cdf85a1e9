/** Water: [id, unit, name_zh, name_en, description, binding?] — each id once (a second definition anywhere fails the build). */
import { defineIndicators } from '../../engine/index.ts';

export default defineIndicators(import.meta.url, 'water', [
  ['central_urban_sewage_treatment_rate_pct', '%', '中心城区污水处理率', 'Sewage treatment rate of the central urban area', 'Sewage treatment rate of Xuchang\'s central urban area (中心城区), target to reach (达到); rows carry the central-city scope XC-ZXCQ (中心城区, not the whole city). 许政〔2019〕1号 （二）主要目标.'],
  ['county_urban_sewage_treatment_rate_pct', '%', '县（市、区）城区污水处理率', 'Sewage treatment rate of county urban areas', 'Target that each county (市、区) urban area must reach (各县（市、区）城区…达到); one city-level row (411000) per year, it is the standard for every county town, not a city-wide average. 许政〔2019〕1号 （二）主要目标.'],
  ['efficient_water_saving_irrigation_area', '万亩', '高效节水灌溉面积', 'Area under efficient water-saving irrigation', 'Targets are floors (达到…以上), 许政〔2019〕1号 （二）主要目标.'],
  ['irrigation_water_use_coefficient', '', '农田灌溉水有效利用系数', 'Effective use coefficient of farmland irrigation water', 'Dimensionless coefficient (0–1), target to raise to (提高到), 许政〔2019〕1号 （二）主要目标.'],
  ['public_water_supply_coverage_pct', '%', '城市公共供水普及率', 'Urban public water supply coverage', 'Target floor (以上: at least).'],
  ['rural_sewage_treatment_rate_pct', '%', '农村生活污水治理率', 'Rural domestic sewage treatment rate', 'Target floor (以上: at least).'],
  ['rural_sewage_treatment_stations', '个', '已建农村污水处理站（厂）数', 'Rural sewage treatment stations built', 'Rural sewage treatment stations (站/厂) already built, to run stably by the end of 2018 (许政〔2019〕1号): a 2018 baseline.'],
  ['rural_tap_water_coverage_pct', '%', '农村自来水普及率', 'Rural tap water coverage', 'Share of rural population with tap water, target to reach (达到), 许政〔2019〕1号 （二）主要目标.'],
  ['soil_erosion_control_area_new', '平方公里', '新增水土流失治理面积', 'Newly controlled soil erosion area', 'Area of soil erosion to bring under control during the year.'],
  ['soil_erosion_control_degree_pct', '%', '水土流失治理度', 'Degree of soil erosion control', 'Target to reach (达到), 许政〔2019〕1号 （二）主要目标.'],
  ['surface_water_class_iii_or_better_pct', '%', '地表水达到Ⅲ类水质断面比例', 'Share of surface water monitoring sections reaching class III', 'Share of sections whose water quality reaches class III (Ⅲ类) or better; target to reach (达到), 许政〔2019〕1号 （二）主要目标.'],
  ['urban_water_supply_leakage_rate_pct', '%', '城镇供水管网基本漏损率', 'Basic leakage rate of urban water supply networks', 'Targets are caps (控制在…以下), 许政〔2019〕1号 （二）主要目标.'],
  ['water_network_leakage_rate_pct', '%', '供水管网漏损率', 'Water supply network leakage rate', 'Target caps (以下: at most). The XC-ZXCQ row is the central city (中心城区); county rows are each county and county-level city (各县（市）).'],
  ['water_saving_society_compliant_counties', '个', '县域节水型社会达标县（市、区）数', 'Counties meeting the water-saving society standard', 'Number of counties (县、市、区) having completed 县域节水型社会达标建设; 2019 target of 许政〔2019〕1号 (all 6 by 2019).'],
  ['water_supply_capacity', '亿立方米', '供水能力', 'Water supply capacity (annual)', 'City-wide annual water supply capacity to reach (达到): targets for 2020 (全市供水能力) and 2025 (年供水能力), 许政〔2019〕1号 （二）主要目标.'],
  ['water_use_per_10k_yuan_gdp', '立方米/万元', '万元GDP用水量', 'Water use per 10,000 yuan of GDP', 'Targets are caps (降到…以下), 许政〔2019〕1号 （二）主要目标.'],
  ['water_use_per_10k_yuan_industrial_value_added', '立方米/万元', '万元工业增加值用水量', 'Water use per 10,000 yuan of industrial value added', 'Targets are caps (降到…以下), 许政〔2019〕1号 （二）主要目标.'],
]);
