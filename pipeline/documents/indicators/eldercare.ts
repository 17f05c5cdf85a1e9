/** Elderly care and social assistance: [id, unit, name_zh, name_en, description, binding?] — each id once (a second definition anywhere fails the build). */
import { defineIndicators } from '../../engine/index.ts';

export default defineIndicators(import.meta.url, 'eldercare', [
  ['county_public_care_facilities', '所', '县级公办供养服务设施（养老床位不低于100张）', 'County public care facilities with at least 100 beds', 'At least this many per county, city or district (每个县（市、区）至少建成), mainly for disabled 特困 persons.'],
  ['demo_rural_happiness_homes', '个', '示范性农村幸福院', 'Model rural happiness homes', 'To build by the end of the year.'],
  ['disability_subsidy_yuan_month', '元/人·月', '困难残疾人生活补贴和重度残疾人护理补贴标准', 'Disability living/care subsidy', 'Monthly minimum (不低于) per person, stated once for both subsidies; current standard (当前标准).'],
  ['elderly_care_beds_per_1000_elderly', '张', '每千名老年人拥有养老床位数', 'Elderly-care beds per 1,000 older people', 'Target (达到; the health plan table prints ≥: a floor) from 许政〔2020〕12号 and the table of 许政〔2020〕17号.'],
  ['elderly_home_adaptations', '户', '特殊困难老年人家庭适老化改造', 'Age-friendly home adaptations for elderly households in difficulty', '不少于: a floor. 2023 plan of 专栏2 2023年许昌市重点民生实事 (许政〔2023〕15号).'],
  ['old_age_allowance_100plus_yuan_month', '元/人·月', '高龄津贴（百岁以上）', 'Old-age allowance, aged 100+', 'Monthly minimum (不低于) per person; standard in force (许政〔2020〕12号: 2020; 许政办〔2023〕30号: 当前标准, 2023).'],
  ['old_age_allowance_80_89_yuan_month', '元/人·月', '高龄津贴（80—89岁）', 'Old-age allowance, aged 80–89', 'Monthly minimum (不低于) per person; standard in force (许政〔2020〕12号: 2020; 许政办〔2023〕30号: 当前标准, 2023).'],
  ['old_age_allowance_90_99_yuan_month', '元/人·月', '高龄津贴（90—99岁）', 'Old-age allowance, aged 90–99', 'Monthly minimum (不低于) per person; standard in force (许政〔2020〕12号: 2020; 许政办〔2023〕30号: 当前标准, 2023).'],
  ['public_care_home_occupancy_pct', '%', '公办养老机构入住率', 'Occupancy of public care homes', 'Incl. 特困人员供养服务设施（敬老院）; 2025 target printed 60%左右 (about).'],
  ['resident_pension_insured', '万人', '城乡居民基本养老保险参保人数', 'People insured in the basic pension scheme for urban and rural residents', '2023 target of 许政〔2023〕15号 (三、2023年经济社会发展的主要任务; the year is the heading\'s).'],
  ['special_needs_elderly_monthly_visit_pct', '%', '特殊困难老年人月探访率', 'Monthly visits to elderly people in special difficulty', 'Share visited at least monthly.'],
  ['subdistricts_with_eldercare_centre', '个', '建成综合养老服务中心的街道办事处', 'Sub-districts with a comprehensive elderly-care service centre', 'Sub-districts (街道办事处) with at least one 综合养老服务中心; the 2025 target covers all of them.'],
  ['township_eldercare_centre_coverage_pct', '%', '区域养老服务中心乡镇覆盖率', 'Townships covered by a regional elderly-care centre', 'Share (以上: a floor); printed for “十四五”末 (end of 2025).'],
  ['township_nursing_homes_upgraded', '所', '乡镇敬老院升级改造', 'Township nursing homes upgraded', 'To upgrade by mid-2020 (2020年6月底前).'],
]);
