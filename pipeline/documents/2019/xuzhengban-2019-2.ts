/**
 * 许政办〔2019〕2号 许昌市建投公司市场化改革实施方案 (reform of the city's construction investment company), seed 000:
 * the company's 2020/2021 scale, as rows of the company place.
 */
import { defineDocument } from '../../engine/index.ts';

const COMPANY = 'ent-xuchang-construction-investment-xzb2019-2';

export default defineDocument({
  file: import.meta.url,
  doc: '许政办〔2019〕2号',
  seed: '000_e340f357b4b28fe7.txt',
  places: [{
    id: COMPANY, name: '许昌市建设投资有限责任公司', category: 'enterprise', status: 'existing',
    t: /加快(?<n>(?<a>许昌市)建\s*设投资有限责任公司)（以下简称公司）/, note: 'city-owned company (市属国有独资公司)',
  }],
  figures: [
    { id: 'enterprise_scale', t: '{y}年，公司规模达到{v}亿元', place: COMPANY },
    { id: 'enterprise_scale', t: '{y}年使 公司规模达到{v}亿元', place: COMPANY },
  ],
});
