/** Housing and urban construction: [id, unit, name_zh, name_en, description, binding?] — each id once (a second definition anywhere fails the build). */
import { defineIndicators } from '../../engine/index.ts';

export default defineIndicators(import.meta.url, 'housing', [
  ['central_heating_coverage_pct', '%', '集中供热普及率', 'Central heating coverage', 'Target floor (以上: at least). Of the built-up area (建成区 / 城区): the XC-ZXCQ row is the central city (许昌市建成区), county rows their own built-up areas.'],
  ['city_quality_projects', '个', '百城建设提质工程项目', 'City-quality improvement (百城建设提质) projects', '2023 target of 许政〔2023〕15号 (三、2023年经济社会发展的主要任务; the year is the heading\'s).'],
  ['gas_coverage_pct', '%', '燃气普及率', 'Gas supply coverage', 'Target floor (以上: at least). The XC-ZXCQ row is the central city (中心城区); county rows are each county and county-level city (各县（市）).'],
  ['gas_safety_devices_installed', '户', '燃气用户安全装置加装', 'Households fitted with gas safety devices', '2023 plan of 专栏2 2023年许昌市重点民生实事 (许政〔2023〕15号).'],
  ['key_project_investment_urban', '亿元', '城建重点项目年度投资', 'Annual investment in key urban-construction projects', 'Planned annual investment. 2023 plan of 专栏1 2023年全市重点建设项目安排 (许政〔2023〕15号).'],
  ['key_projects_urban', '个', '城建重点项目数', 'Key urban-construction projects', 'New-urbanisation (城建) key projects. 2023 plan of 专栏1 2023年全市重点建设项目安排 (许政〔2023〕15号).'],
  ['manholes_repaired', '座', '窨井设施维修改造', 'Manholes repaired or replaced', '2023 plan of 专栏2 2023年许昌市重点民生实事 (许政〔2023〕15号).'],
  ['old_compound_households_renovated', '户', '城镇老旧小区新开工改造户数', 'Households in old compounds where renovation starts', 'Households, not compounds (see old_residential_compounds_renovated). 2023 plan of 专栏2 2023年许昌市重点民生实事 (许政〔2023〕15号).'],
  ['old_residential_compounds_renovated', '个', '城镇老旧小区改造', 'Old urban residential compounds renovated', '2023 target of 许政〔2023〕15号 (三、2023年经济社会发展的主要任务; the year is the heading\'s).'],
  ['rural_toilet_renovations', '万户', '农村户厕改造', 'Rural household toilets renovated', 'Rural household toilets renovated in the year.'],
  ['shantytown_units_completed', '套', '棚户区改造基本建成', 'Shanty-town redevelopment units basically completed', '2023 target of 许政〔2023〕15号 (三、2023年经济社会发展的主要任务; the year is the heading\'s).'],
  ['shantytown_units_started', '套', '棚户区改造新开工', 'Shanty-town redevelopment units started', '2023 target of 许政〔2023〕15号 (三、2023年经济社会发展的主要任务; the year is the heading\'s).'],
  ['urbanization_rate_pct', '%', '城镇化率', 'Urbanisation rate', 'Target floor (以上: at least).'],
]);
