/**
 * 许政〔2020〕12号, seed 004 (gazette 2020 年第 2 期): the notice issuing the plan 关于健全完善养老服务体系…; rows carry
 * the notice's number, also for values in the attached plan.
 */
import { defineDocument } from '../../engine/index.ts';

export default defineDocument({
  file: import.meta.url,
  doc: '许政〔2020〕12号',
  seed: '004_52965add714eecf8.txt',
  title: '健全完善养老服务体系',
  figures: [
    { id: 'elderly_care_beds_per_1000_elderly', t: /到\s*(?<y>\d{4})\s*年年底，全面建成[^。]*?力争每千名老年人拥有养老床位数达到\s*(?<v>\d+)\s*张/ },
    { id: 'elderly_care_beds_per_1000_elderly', t: /（其中\s*(?<y>\d{4})\s*年每千名老年人拥有养老床位数达到\s*(?<v>\d+)\s*张）/ },
    { id: 'subdistricts_with_eldercare_centre', t: /到\s*(?<y>\d{4})\s*年年底，全市\s*(?<v>\d+)\s*个街道办事处每个至少建成\s*1\s*个综合养老服务中心/, note: 'all 31 街道办事处 are to have at least one 综合养老服务中心 (每个至少建成1个)' },
    { id: 'demo_rural_happiness_homes', t: /(?<y>\d{4})\s*年年底全市建成\s*(?<v>\d+)\s*个示范性农村幸福院/ },
    { id: 'county_public_care_facilities', t: /(?<y>\d{4})\s*年年底前，每个县（市、区）至少建成\s*(?<v>\d+)\s*所养老床位不低于\s*100\s*张的/, areas: ['魏都区', '建安区', '鄢陵县', '襄城县', '禹州市', '长葛市'], note: '"每个县（市、区）" expanded to the six counties, county-level cities and districts (魏都区、建安区、鄢陵县、襄城县、禹州市、长葛市; the functional zones are not 县（市、区）); the value applies to each' },
    { id: 'township_nursing_homes_upgraded', t: /(?<y>\d{4})年6月底前，完成(?<v>\d+)所乡镇敬老院升级改造/ },
    { id: 'old_age_allowance_80_89_yuan_month', t: /全面落实老年人关爱服务政策，对\s*80\s*岁以上老年人发放高龄津贴，其中\s*80—89\s*岁老年人每人每月不低于\s*(?<a>\d+)\s*元，90—99\s*岁老年人每人每月不低于\s*(?<b>\d+)\s*元，100\s*岁以上老年人每人每月不低于\s*(?<c>\d+)\s*元/, v: 'a', year: 2020, kind: 'actual', note: 'year 2020 inferred: the sentence prints no year; the plan (dated 2020-04-24) says to apply the allowance policy in full (全面落实…政策), read as the standard in force in 2020; 不低于: a floor' },
    { id: 'old_age_allowance_90_99_yuan_month', t: /全面落实老年人关爱服务政策，对\s*80\s*岁以上老年人发放高龄津贴，其中\s*80—89\s*岁老年人每人每月不低于\s*(?<a>\d+)\s*元，90—99\s*岁老年人每人每月不低于\s*(?<b>\d+)\s*元，100\s*岁以上老年人每人每月不低于\s*(?<c>\d+)\s*元/, v: 'b', year: 2020, kind: 'actual', note: 'year 2020 inferred: the sentence prints no year; the plan (dated 2020-04-24) says to apply the allowance policy in full (全面落实…政策), read as the standard in force in 2020; 不低于: a floor' },
    { id: 'old_age_allowance_100plus_yuan_month', t: /全面落实老年人关爱服务政策，对\s*80\s*岁以上老年人发放高龄津贴，其中\s*80—89\s*岁老年人每人每月不低于\s*(?<a>\d+)\s*元，90—99\s*岁老年人每人每月不低于\s*(?<b>\d+)\s*元，100\s*岁以上老年人每人每月不低于\s*(?<c>\d+)\s*元/, v: 'c', year: 2020, kind: 'actual', note: 'year 2020 inferred: the sentence prints no year; the plan (dated 2020-04-24) says to apply the allowance policy in full (全面落实…政策), read as the standard in force in 2020; 不低于: a floor' },
  ],
  places: [
    { id: 'eldercare-xuchang-welfare-building-xz2020', category: 'eldercare_facility', t: /加快推进(?<n>(?<a>许昌市)老年综合福利大楼)公建民营工作/, g: 'n', a: 'a', status: 'existing', note: 'public building to be run by a private operator (公建民营)', repeat: true },
  ],
});
