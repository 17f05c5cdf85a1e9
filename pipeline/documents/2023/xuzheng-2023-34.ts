/**
 * 许政〔2023〕34号 许昌市推进知识产权强市建设行动方案, seed 002 (gazette 2023 年第 6 期): the 2024 targets
 * (patents, trademarks, pledge financing, technology contracts) and the 禹州 IP rapid-protection centre.
 */
import { defineDocument } from '../../engine/index.ts';

export default defineDocument({
  file: import.meta.url,
  doc: '许政〔2023〕34号',
  seed: '002_f07e19463daa5e7b.txt',
  title: '许昌市推进知识产权强市建设行动方案',
  figures: [
    { id: 'valid_invention_patents', t: '到{y}年年底，全市有效发明专利拥有量达到{v}件' },
    { id: 'valid_invention_patents_growth_vs_2022_pct', t: '到{y}年年底，全市有效发明专利拥有量达到3600件，较2022年增长{v}%' },
    { id: 'invention_patents_per_10k', t: '到{y}年年底，…每万人有效发明专利拥有量达到{v}件' },
    { id: 'registered_trademarks', t: '到{y}年年底，…有效商标注册总量{v}万件' },
    { id: 'registered_trademarks_growth_vs_2022_pct', t: '到{y}年年底，…有效商标注册总量6.8万件，较2022年增长{v}%' },
    { id: 'ip_pledge_financing', t: '到{y}年年底，…知识产权质押融资额达到{v}亿元' },
    { id: 'technology_contract_turnover', t: '到{y}年年底，…技术合同成交额{v}亿元' },
    {
      id: 'ip_support_funds_secured', t: '争取国家、省扶持资金{v}万元以上', year: 2024,
      note: 'year 2024 inferred: the sentence continues the 实施目标 paragraph that opens 到2024年年底; 以上: a floor',
    },
  ],
  places: [
    { id: 'yuzhou-ip-rapid-protection-center', name: '中国禹州（钧瓷）知识产权快速维权中心', category: 'ip_service_center', t: '加快中国禹州（钧瓷）知识产权快速维权中心建设', area: '禹州市', status: 'planned', note: 'county from the name (禹州)' },
  ],
});
