/**
 * 许政办〔2023〕30号 “12345”养老服务体系建设的实施意见, seed 002: the 2025 targets, and the current allowance
 * standards of its annex (基本养老服务清单).
 */
import { defineDocument, type FigureSpec } from '../../engine/index.ts';
import { FLOOR } from '../phrases.ts';

export default defineDocument({
  file: import.meta.url,
  doc: '许政办〔2023〕30号',
  seed: '002_f07e19463daa5e7b.txt',
  figures: [
    {
      id: 'public_care_home_occupancy_pct', t: '到{y}年，实现包括特困人员供养服务设施（敬老院）在内的公办养老机构入住率达到{v}%左右',
      note: '左右: about',
    },
    { id: 'special_needs_elderly_monthly_visit_pct', t: '到{y}年，特殊困难老年人月探访率达到{v}%' },
    {
      id: 'township_eldercare_centre_coverage_pct', t: '“十四五”末，区域养老服务中心在乡镇的覆盖率达到{v}% 以上', year: 2025,
      note: `year 2025: “十四五”末 is the end of the 14th five-year plan (2021—2025); ${FLOOR}`,
    },
    ...([
      ['old_age_allowance_80_89_yuan_month', '{v}元'],
      ['old_age_allowance_90_99_yuan_month', '50元、{v}元'],
      ['old_age_allowance_100plus_yuan_month', '50元、100元和{v}元'],
    ] as const).map(([id, tail]): FigureSpec => ({
      id, t: `当前标准为80—89岁、90—99岁和百岁以上老年人每人每月分别不低于${tail}`, year: 2023, kind: 'actual',
      note: 'year 2023: the annex (基本养老服务清单) calls it the current standard (当前标准) of a list issued 2023-12-21; 不低于: a floor',
    })),
    {
      id: 'disability_subsidy_yuan_month', t: '困难残疾人生活补贴和重度残疾人护理补贴相关规定执行。当前标准为每人每月不低于{v}元',
      year: 2023, kind: 'actual',
      note: 'year 2023: 当前标准 (current standard) of a list issued 2023-12-21; 不低于: a floor',
    },
  ],
});
