/** Indicator definitions, topic health: [id, unit, name_zh, name_en, description]. */
import { defineIndicators } from '../../engine/index.ts';

export default defineIndicators(import.meta.url, 'health', [
  ['family_doctor_teams_trained', '个', '培训家庭医生团队', 'Family-doctor teams trained',
    '2023 plan of 专栏2 2023年许昌市重点民生实事 (许政〔2023〕15号).'],
  ['primary_health_technicians_trained', '名', '培训基层卫生技术人员', 'Primary-care health technicians trained',
    '2023 plan of 专栏2 2023年许昌市重点民生实事 (许政〔2023〕15号).'],
  ['village_clinics_subsidised', '个', '村卫生室经费补助', 'Village clinics receiving operating subsidies',
    'By the end of 2023, full coverage. 2023 plan of 专栏2 2023年许昌市重点民生实事 (许政〔2023〕15号).'],
  ['cervical_cancer_screenings', '人', '宫颈癌筛查', 'Cervical cancer screenings',
    'Free screenings for eligible women. 2023 plan of 专栏2 2023年许昌市重点民生实事 (许政〔2023〕15号).'],
  ['breast_cancer_screenings', '人', '乳腺癌筛查', 'Breast cancer screenings',
    'Free screenings for eligible women. 2023 plan of 专栏2 2023年许昌市重点民生实事 (许政〔2023〕15号).'],
  ['prenatal_screening_coverage_pct', '%', '孕早中期产前筛查覆盖率', 'Coverage of early/mid-pregnancy prenatal screening',
    '2023 plan of 专栏2 2023年许昌市重点民生实事 (许政〔2023〕15号).'],
  ['newborn_disease_screening_rate_pct', '%', '新生儿“两病”筛查率', 'Newborn screening rate for the two diseases',
    '2023 plan of 专栏2 2023年许昌市重点民生实事 (许政〔2023〕15号).'],
  ['newborn_hearing_screening_rate_pct', '%', '新生儿听力筛查率', 'Newborn hearing screening rate',
    '2023 plan of 专栏2 2023年许昌市重点民生实事 (许政〔2023〕15号).'],
  ['youth_mental_health_sessions', '场次', '青少年心理健康服务进村（社区）活动', 'Youth mental-health outreach events in villages/communities',
    '不少于: a floor. 2023 plan of 专栏2 2023年许昌市重点民生实事 (许政〔2023〕15号).'],
  ['youth_counselling_cases', '人次', '青少年个案咨询', 'Youth individual counselling cases',
    '超: more than. 2023 plan of 专栏2 2023年许昌市重点民生实事 (许政〔2023〕15号).'],
  ['youth_counselling_cases_key_groups', '人次', '重点青少年群体个案咨询', 'Individual counselling of key youth groups (left-behind and vulnerable children)',
    'Part of youth_counselling_cases (其中). 2023 plan of 专栏2 2023年许昌市重点民生实事 (许政〔2023〕15号).'],
  ['disabled_children_rehab_aided', '人', '残疾儿童康复救助', 'Disabled children receiving rehabilitation aid',
    '2023 plan of 专栏2 2023年许昌市重点民生实事 (许政〔2023〕15号).'],
]);
