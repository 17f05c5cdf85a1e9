import { describe, expect, it } from 'vitest';
import { bindingText, checkText, docLabel, englishTerms, printedText, valueText, yearText } from '../../src/lib/valueText.ts';
import type { Check } from '../../src/lib/model.ts';

const check = (over: Partial<Check> = {}): Check => ({
  check: 'coal_annex1_total_vs_text', doc: '许政〔2019〕2号', seed: 's', line: 612, expected: '1154', found: '1134',
  note: 'annex 1 caps sum to 1134, the text says 1154', indicators: [], note_zh: '', ...over,
});

describe('valueText', () => {
  it('puts the qualifier where a reader expects it in each language', () => {
    expect(valueText('zh', { value: 40, unit: '个', qualifier: 'at_least' })).toBe('40 个以上');
    expect(valueText('zh', { value: 1154, unit: '万吨', qualifier: 'at_most' })).toBe('1,154 万吨以内');
    expect(valueText('zh', { value: 3.5, unit: '张', qualifier: 'about' })).toBe('3.5 张左右');
    expect(valueText('zh', { value: 500, unit: 'PFlops', qualifier: 'over' })).toBe('超过 500 PFlops');
    expect(valueText('zh', { value: 8, unit: '%', qualifier: 'aim' })).toBe('力争 8 %');
    expect(valueText('en', { value: 40, unit: '个', qualifier: 'at_least' })).toBe('at least 40');
    expect(valueText('en', { value: 1154, unit: '万吨', qualifier: 'at_most' })).toBe('at most 1,154 10k t');
    expect(valueText('en', { value: 2, unit: '‰', qualifier: 'under' })).toBe('under 2 ‰');
    expect(valueText('zh', { value: 40, unit: '个', qualifier: '' })).toBe('40 个');
  });
});

describe('yearText', () => {
  it('marks an inferred year and says how it was inferred; a printed year is plain', () => {
    expect(yearText('zh', { year: 2025, year_basis: '' })).toEqual({ text: '2025', title: '' });
    const zh = yearText('zh', { year: 2025, year_basis: 'horizon' });
    expect(zh.text).toBe('2025（推定）');
    expect(zh.title).toMatch(/^推定年份：年份按规划期末年推定/);
    const en = yearText('en', { year: 2020, year_basis: 'section' });
    expect(en.text).toBe('2020 (inferred)');
    expect(en.title).toMatch(/^Inferred year: year of the period the passage describes/);
    expect(yearText('en', { year: 2022, year_basis: 'before_issue' }).title).toMatch(/year before the document was issued/);
  });
});

describe('printed, binding, document labels', () => {
  it('shows the printed figure only when a conversion was made', () => {
    expect(printedText('zh', { printed: '' })).toBe('');
    expect(printedText('zh', { printed: '5000 台' })).toBe('原文为 5000 台，已换算');
    expect(printedText('en', { printed: '5000 台' })).toBe('printed as 5000 台, converted');
  });
  it('names 约束性 / 预期性 where known', () => {
    expect(bindingText('zh', { binding: 'binding' })).toBe('指标性质：约束性');
    expect(bindingText('en', { binding: 'expected' })).toBe('indicator type: expected');
    expect(bindingText('zh', { binding: '' })).toBe('');
  });
  it('the unnumbered draft is not shown by its ascii id in Chinese', () => {
    expect(docLabel('zh', 'DRAFT-2020-MFG')).toBe('未编号征求意见稿（2020 年）');
    expect(docLabel('zh', '许政〔2019〕2号')).toBe('许政〔2019〕2号');
  });
});

describe('checkText', () => {
  it('English: the note; Chinese: note_zh when written', () => {
    expect(checkText('en', check(), false)).toBe('annex 1 caps sum to 1134, the text says 1154');
    expect(checkText('zh', check({ note_zh: '附件1各区域上限合计1134万吨，正文为1154万吨' }), false)).toBe('附件1各区域上限合计1134万吨，正文为1154万吨');
  });
  it('Chinese without note_zh: a line from the fields, never the English note or the id', () => {
    const zh = checkText('zh', check(), false);
    expect(zh).toBe('核对不一致：文件所述 1154，核算结果 1134（许政〔2019〕2号 第 612 行）');
    expect(checkText('zh', check({ expected: "station names start with their row's area", found: '示范区' }), true))
      .toBe('核对一致：文件所述 （见原文），核算结果 示范区（许政〔2019〕2号 第 612 行）');
    expect(checkText('zh', check({ doc: 'DRAFT-2020-MFG' }), false)).not.toMatch(/[A-Za-z]{3,}/);
  });
});

describe('englishTerms', () => {
  it('names areas and units in English in English notes; company names stay as printed', () => {
    expect(englishTerms('annex 2 key enterprises in 建安区 2015 sum to 133.5 万吨 (河南天元煤业有限公司 10); 示范区 gets none'))
      .toBe("annex 2 key enterprises in Jian'an District 2015 sum to 133.5 10k t (河南天元煤业有限公司 10); Urban-Rural Integration Demonstration Zone gets none");
    expect(checkText('en', check({ note: 'the text says 1154 万吨' }), false)).toBe('the text says 1154 10k t');
  });
});
