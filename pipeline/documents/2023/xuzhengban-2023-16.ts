/**
 * 许政办〔2023〕16号 许昌市专精特新企业培育方案（2023－2025年） (seed 001, gazette 2023 年第 4 期): the 2025 targets of
 * 二、培育目标 (力争到 2025 年; the clauses after the first print no year: year_basis horizon of the section `targets`).
 */
import { defineDocument } from '../../engine/index.ts';

export default defineDocument({
  file: import.meta.url,
  doc: '许政办〔2023〕16号',
  seed: '001_a0efda9bb81cc2fd.txt',
  horizon: 2025,
  period: [2023, 2025],
  sections: [{ name: 'targets', what: '二、培育目标, which opens with 力争到 2025 年 (the plan runs 2023－2025)', start: /二、培育目标[\s\S]{0,80}?力争到\s*2025\s*年/, end: /三、重点任务/, horizon: 2025 }],
  figures: [
    { id: 'innovative_smes_cultivated_cum', t: /力争到\s*(?<y>\d{4})\s*年，累计培育创新型中小企业\s*(?<va>\d+)\s*家、省级专精特新中小企业\s*(?<vb>\d+)\s*家、国家级专精特新“小巨人”企业\s*(?<vc>\d+)\s*家/, v: 'va' },
    { id: 'provincial_srdi_smes_cum', t: /力争到\s*(?<y>\d{4})\s*年，累计培育创新型中小企业\s*(?<va>\d+)\s*家、省级专精特新中小企业\s*(?<vb>\d+)\s*家、国家级专精特新“小巨人”企业\s*(?<vc>\d+)\s*家/, v: 'vb' },
    { id: 'national_little_giant_enterprises_cum', t: /力争到\s*(?<y>\d{4})\s*年，累计培育创新型中小企业\s*(?<va>\d+)\s*家、省级专精特新中小企业\s*(?<vb>\d+)\s*家、国家级专精特新“小巨人”企业\s*(?<vc>\d+)\s*家/, v: 'vc' },
    { id: 'srdi_rd_intensity_growth_pct', t: '省级以上专精特新企业研发投入强度增长{v}％以上', in: 'targets', year_basis: 'horizon', note: '以上 (a floor); the growth is over the plan period, the text gives no base value' },
    { id: 'srdi_cloud_adoption_pct', t: '专精特新企业上云率达到{v}％', in: 'targets', year_basis: 'horizon' },
    { id: 'provincial_quality_benchmarks_cum', t: /累计创建省级以上质量标杆\s*(?<va>\d+)\s*个、智能工厂（车间）\s*(?<vb>\d+)\s*个、绿色制造体系企业\s*(?<vc>\d+)\s*个/, v: 'va', in: 'targets', year_basis: 'horizon' },
    { id: 'provincial_smart_factories_workshops_cum', t: /累计创建省级以上质量标杆\s*(?<va>\d+)\s*个、智能工厂（车间）\s*(?<vb>\d+)\s*个、绿色制造体系企业\s*(?<vc>\d+)\s*个/, v: 'vb', in: 'targets', year_basis: 'horizon' },
    { id: 'green_manufacturing_system_enterprises_cum', t: /累计创建省级以上质量标杆\s*(?<va>\d+)\s*个、智能工厂（车间）\s*(?<vb>\d+)\s*个、绿色制造体系企业\s*(?<vc>\d+)\s*个/, v: 'vc', in: 'targets', year_basis: 'horizon' },
    { id: 'sme_characteristic_industry_clusters_cum', t: '累计创建省级以上中小企业特色产业集群{v}个', in: 'targets', year_basis: 'horizon' },
    { id: 'small_micro_entrepreneurship_demo_bases_cum', t: /累计创建省级以上小微企业创业创新示范基地\s*(?<va>\d+)\s*家、中小企业公共服务示范平台\s*(?<vb>\d+)\s*家/, v: 'va', in: 'targets', year_basis: 'horizon' },
    { id: 'sme_public_service_demo_platforms_cum', t: /累计创建省级以上小微企业创业创新示范基地\s*(?<va>\d+)\s*家、中小企业公共服务示范平台\s*(?<vb>\d+)\s*家/, v: 'vb', in: 'targets', year_basis: 'horizon' },
  ],
});
