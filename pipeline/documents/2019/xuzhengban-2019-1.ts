/**
 * 许政办〔2019〕1号 关于促进许昌市建筑业持续健康发展的实施意见 (construction industry), seed 000: the 2020 targets of
 * 二、工作目标 (one sentence opening 到 2020 年年底) and the 2020 skilled-worker target. Reward amounts are policy
 * parameters, not facts about an area, and are left out.
 */
import { defineDocument, type FigureSpec } from '../../engine/index.ts';

const YEAR = "year from the sentence's opening 到2020年年底";
const goal = (id: string, t: string): FigureSpec => ({ id, t, in: 'goals2020', year_basis: 'section', note: YEAR });

export default defineDocument({
  file: import.meta.url,
  doc: '许政办〔2019〕1号',
  seed: '000_e340f357b4b28fe7.txt',
  sections: [{ name: 'goals2020', start: '到{y}年年底，', end: '。' }],
  figures: [
    goal('construction_output_value', '力争实现全市建筑业总产值达到{v}亿元'),
    goal('construction_value_added_share_gdp_pct', '建筑业增加值占 GDP 比重达到{v}％左右'),
    goal('construction_special_grade_firms', '特级资质企业达到{v}家'),
    goal('construction_grade1_general_contractors', '一级总承包企业达到{v}家'),
    goal('construction_firms_output_over_2bn', '年产值超 20 亿元建筑企业达到{v}家'),
    goal('construction_firms_output_over_1bn', '年产值超 10 亿元建筑业企业达到{v}家'),
    { id: 'construction_skilled_workers', t: '到{y}年，我市建筑业中级工技能水平以上的建筑工人数量达到{v}人' },
  ],
});
