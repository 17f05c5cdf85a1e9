/**
 * DRAFT-2020-MFG, seed 003: the consultation draft (征求意见稿, no number) of 许昌市推动制造业高质量发展行动方案（2020—2022年）; its
 * 发展目标 (2022 targets; the final plan 许政〔2020〕14号 checks against them).
 */
import { defineDocument, type FigureSpec } from '../../engine/index.ts';

/**
 * The 发展目标 targets the draft and the final plan (许政〔2020〕14号) print alike, each found in its own 'goals'
 * section (year from its heading, 到2022年); 14号's hook `draftVsFinal` compares the two.
 */
export const SHARED_GOALS: readonly FigureSpec[] = [
  { id: 'enterprises_revenue_over_10bn', t: /超百亿企业突破\s*(?<v>\d+)\s*家/, in: 'goals', year_basis: 'section' },
  { id: 'industry_enterprises_above_scale', t: /规模以上工业企业突破\s*(?<v>\d+)\s*家/, in: 'goals', year_basis: 'section' },
  { id: 'high_tech_industry_va_share_pct', t: /高新技术产业增加值占规模以上工业增加值的比重达到\s*(?<v>[\d.]+)%以上/, in: 'goals', year_basis: 'section' },
  { id: 'industrial_zone_tax_per_mu', t: /产业集聚区内企业亩均税收达到\s*(?<v>[\d.]+)\s*万元/, in: 'goals', year_basis: 'section' },
  { id: 'provincial_rd_platforms', t: /省级研发平台达到\s*(?<v>\d+)\s*家以上/, in: 'goals', year_basis: 'section' },
  { id: 'key_process_nc_rate_pct', t: /规模以上工业企业关键工序数控化率超过\s*(?<v>[\d.]+)%/, in: 'goals', year_basis: 'section' },
  { id: 'industrial_robots_in_use', t: /工业机器人示范应用达到\s*(?<v>\d+)\s*台以上/, in: 'goals', year_basis: 'section' },
  { id: 'smart_demo_production_lines', t: /建设\s*(?<v>\d+)\s*条智能化示范生产线/, in: 'goals', year_basis: 'section' },
  { id: 'smart_factories', t: /建成\s*(?<v>\d+)\s*家智能(?:制造)?工厂（车间）/, in: 'goals', year_basis: 'section', note: 'the draft says 智能制造工厂（车间）, the final 智能工厂（车间）; printed 家 (counted in 个, the shared definition\'s unit)' },
  { id: 'industrial_enterprises_on_cloud', t: /实现\s*(?<v>\d+)\s*家工业企业上云/, in: 'goals', year_basis: 'section' },
  { id: 'two_integration_benchmarking_firms', t: /两化融合管理体系对标和贯标企业分别达到\s*(?<a>\d+)\s*家、\s*(?<b>\d+)\s*家/, in: 'goals', v: 'a', year_basis: 'section' },
  { id: 'two_integration_certified_firms', t: /两化融合管理体系对标和贯标企业分别达到\s*(?<a>\d+)\s*家、\s*(?<b>\d+)\s*家/, in: 'goals', v: 'b', year_basis: 'section' },
  { id: 'key_product_spot_check_pass_rate_pct', t: /重点工业产品监督抽查合格率达到\s*(?<v>[\d.]+)%以上/, in: 'goals', year_basis: 'section' },
  { id: 'brand_demo_zones', t: /创建\s*(?<v>\d+)\s*个以上知名品牌示范区/, in: 'goals', year_basis: 'section' },
];

export default defineDocument({
  file: import.meta.url,
  doc: 'DRAFT-2020-MFG',
  seed: '003_206b382eaf266c0c.txt',
  firstLine: /^\s*许昌市推动制造业高质量发展行动方案\s*[（(]2020—2022年[）)]\s*$/,
  title: '征求意见稿',
  horizon: 2022,
  period: [2020, 2022],
  sections: [
    // 现有 (existing) in the undated draft: the base the (2020—2022年) plan starts from, the end of 2019 (the final plan,
    // 许政〔2020〕14号, was issued 2020-04-24 without this sentence); no issue date, so not before_issue
    {
      name: 'auto', start: /汽车及零部件产业。/, end: /加快商用车新产品开发进程/, year: 2019,
      what: 'the 汽车及零部件产业 passage of the undated draft of the (2020—2022年) plan, whose 现有 is the base the plan starts from (end of 2019)',
    },
    { name: 'goals', start: /\(二\)\s*发展目标到(?<y>\d{4})年，/, end: /二、重点任务/, what: 'the 发展目标 section headed 到2022年' },
  ],
  figures: [
    ...SHARED_GOALS,
    { id: 'emerging_industry_va_share_pct', t: /(?<!战略性)新兴产业占规模以上工业增加值的比重达到\s*(?<v>[\d.]+)%以上/, in: 'goals', year_basis: 'section' },
    { id: 'rd_intensity_pct', t: /研究与试验发展经费投入强度达到\s*(?<v>[\d.]+)%以上/, in: 'goals', year_basis: 'section' },
    { id: 'innovation_talent_teams_recruited', t: /引进\s*(?<v>\d+)\s*个以上创新创业人才（团队）/, in: 'goals', year_basis: 'section' },
    { id: 'high_level_leading_talents_recruited', t: /引进\s*\d+\s*个以上创新创业人才（团队）、(?<v>\d+)\s*名以上高层次领军人才/, in: 'goals', year_basis: 'section' },
    { id: 'auto_announced_products', t: /依托现有专用车辆、特种车辆、车底盘等生产资质及\s*(?<v>\d+)\s*多个公告产品/, in: 'auto', kind: 'actual', year_basis: 'section', note: '现有: stated as current; 130多: more than 130' },
    // 3. 构建金融保障体系 (a task, no year printed): the plan's horizon; the 10 亿元 市级产业投资基金 is a fund to set up (a size, not a target) and the 县级 2 亿元 one figure for every county alike: not emitted
    { id: 'listing_reserve_enterprises', t: /建立\s*(?<v>\d+)\s*家上市和新三板挂牌企业后备队伍/, year_basis: 'horizon', note: 'a task (构建金融保障体系) of the draft titled (2020—2022年)' },
    { id: 'city_guarantee_agency_capital', t: /市、县级政府性融资担保机构资本金分别逐步达到\s*(?<v>[\d.]+)\s*亿元、\s*[\d.]+\s*亿元/, year_basis: 'horizon', note: 'a task (构建金融保障体系) of the draft titled (2020—2022年); 逐步达到: to reach step by step; the 县级 figure after it is one for every county alike, not a row' },
    { id: 'standards_led_or_participated', t: /主导或参与制定国际、国家、行业和地方标准达到\s*(?<v>\d+)\s*项以上/, in: 'goals', year_basis: 'section' },
  ],
});

