/**
 * 许政〔2020〕13号, seed 004 (gazette 2020 年第 2 期): the notice issuing the plan 关于推进乡村振兴…; rows carry
 * the notice's number, also for values in the attached plan.
 */
import { defineDocument } from '../../engine/index.ts';

export default defineDocument({
  file: import.meta.url,
  doc: '许政〔2020〕13号',
  seed: '004_52965add714eecf8.txt',
  title: '推进乡村振兴',
  figures: [
    { id: 'green_agri_standard_bases', t: /(?<y>\d{4})年全市建设(?<v>\d+)个绿色优质农产品标准化种养基地/ },
    { id: 'green_food_products_new', t: /(?<y>\d{4})年力争新增(?<a>\d+)个绿色食品、培育(?<b>\d+)个知名农业品牌/, v: 'a' },
    { id: 'known_agri_brands_new', t: /(?<y>\d{4})年力争新增(?<a>\d+)个绿色食品、培育(?<b>\d+)个知名农业品牌/, v: 'b' },
    { id: 'national_standard_livestock_farms', t: /(?<y>\d{4})年，建成国家级标准化示范场(?<v>\d+)个/ },
    { id: 'high_standard_farmland_new', t: /(?<y>\d{4})年全市新建高标准农田(?<v>[\d.]+)万亩/ },
    { id: 'efficient_irrigation_demo_area', t: /(?<y>\d{4})年全市力争按照每亩不低于3000元的标准，打造(?<v>[\d.]+)万亩高标准农田高效灌溉示范区/ },
    { id: 'green_pest_control_coverage_pct', t: /(?<y>\d{4})年，全市主要农作物农药使用量实现负增长，绿色防控覆盖率达到(?<a>\d+)%以上，专业化统防统治覆盖率达到(?<b>\d+)%/, v: 'a' },
    { id: 'professional_pest_control_coverage_pct', t: /(?<y>\d{4})年，全市主要农作物农药使用量实现负增长，绿色防控覆盖率达到(?<a>\d+)%以上，专业化统防统治覆盖率达到(?<b>\d+)%/, v: 'b' },
    { id: 'farm_film_recovery_rate_pct', t: /(?<y>\d{4})年年底前，全市废弃农膜回收率达(?<v>\d+)%以上/ },
    { id: 'pesticide_packaging_recycling_counties', t: /(?<y>\d{4})年，全市(?<v>\d+)个产粮（油）大县全面推广实施农药包装废弃物回收处理/ },
    { id: 'villages_treating_household_waste_pct', t: /(?<y>\d{4})年，县（市、区）普遍开展[^；。]*对生活垃圾进行处理的村占比达到(?<v>\d+)%以上/ },
    { id: 'villages_treating_household_waste_pct', t: /到(?<y>\d{4})年，形成稳定有效的处理机制，对生活垃圾进行处理的村占比达到(?<v>\d+)%以上/ },
    { id: 'rural_sewage_treatment_rate_pct', t: /(?<y>\d{4})年年底全市农村生活污水治理率达到(?<v>\d+)%以上/ },
    { id: 'rural_toilet_renovation_villages', t: /(?<y>\d{4})年完成(?<a>\d+)个村、(?<b>[\d.]+)万户农村户用卫生厕所改造工作，全市农村无害化卫生厕所普及率达到(?<c>\d+)%以上/, v: 'a' },
    { id: 'rural_toilet_renovations', t: /(?<y>\d{4})年完成(?<a>\d+)个村、(?<b>[\d.]+)万户农村户用卫生厕所改造工作，全市农村无害化卫生厕所普及率达到(?<c>\d+)%以上/, v: 'b' },
    { id: 'rural_sanitary_toilet_coverage_pct', t: /(?<y>\d{4})年完成(?<a>\d+)个村、(?<b>[\d.]+)万户农村户用卫生厕所改造工作，全市农村无害化卫生厕所普及率达到(?<c>\d+)%以上/, v: 'c' },
    { id: 'soil_erosion_control_area_new', t: /(?<y>\d{4})年，全市新增水土流失治理面积(?<v>[\d.]+)平方公里/ },
    { id: 'forest_towns', t: /(?<y>\d{4})年建成(?<a>\d+)个森林特色小镇、(?<b>\d+)个森林乡村、(?<c>\d+)个绿化模范村（果树进村示范村）/, v: 'a' },
    { id: 'forest_villages', t: /(?<y>\d{4})年建成(?<a>\d+)个森林特色小镇、(?<b>\d+)个森林乡村、(?<c>\d+)个绿化模范村（果树进村示范村）/, v: 'b' },
    { id: 'fruit_tree_demo_villages', t: /(?<y>\d{4})年建成(?<a>\d+)个森林特色小镇、(?<b>\d+)个森林乡村、(?<c>\d+)个绿化模范村（果树进村示范村）/, v: 'c', note: 'printed 绿化模范村（果树进村示范村）' },
  ],
});
