/**
 * Qualifiers of a printed figure, read from the words around the value (HELPERS / issue 11):
 * at_least 以上/不低于/至少/不少于/≥ · at_most 以内/不超过/控制在/以下/≤ · about 左右/约/N亿级 · aim 力争/争取 ·
 * over 超过/突破/超/过/N多/N余 · under 低于/小于.
 * The words that follow the value (and its unit) win over those before it: "力争达到 60% 以上" is at_least; a value
 * inside a list takes the words before the list ("不低于50元、100元和300元": each at_least).
 */
export type Qualifier = '' | 'at_least' | 'at_most' | 'about' | 'aim' | 'over' | 'under';
export const QUALIFIERS: readonly Qualifier[] = ['', 'at_least', 'at_most', 'about', 'aim', 'over', 'under'];

/** a unit after the value: up to 6 characters that are not digits, punctuation or space */
const UNIT = String.raw`^\s*[^\d，。、；：（）\s]{0,6}?\s*`;
const AFTER: [RegExp, Qualifier][] = [
  [/^\s*(多|余)/, 'over'], // 300 多家, 50 余个: more than the number
  // 以上 — but not the 以上 of a term such as 规模以上 (above designated size) or 及以上
  [new RegExp(`${UNIT}(?<!规模|及|级)以上`), 'at_least'],
  [new RegExp(`${UNIT}(以内|以下)`), 'at_most'],
  [new RegExp(`${UNIT}左右`), 'about'],
  // N亿级 / N千亿元级: a class of about that size
  [/^\s*[十百千]?[万亿]元?级/, 'about'],
];
/** right before the value (a few characters) */
const BEFORE: [RegExp, Qualifier][] = [
  [/(不低于|至少|不少于|≥)\s*$/, 'at_least'],
  [/(不超过|控制在|≤)\s*$/, 'at_most'],
  [/(超过|突破|超|(?<![通经])过)\s*$/, 'over'],
  [/(低于|小于)\s*$/, 'under'],
  [/(约)\s*$/, 'about'],
];
/** anywhere in the clause before the value */
const AIM = /(力争|争取)[^，。；]*$/;
/** earlier items of a list the value ends: "50元、100元和" */
const LIST_BEFORE = /(?:\d+(?:\.\d+)?\s*[^\d\s，。；、和及与]{0,4}\s*[、和及与]\s*)+$/;

/** The qualifier of the value at text[start, end) (text: the sentence, a table cell, or the flattened document). */
export function qualifierOf(text: string, start: number, end: number): Qualifier {
  const after = text.slice(end, end + 10);
  for (const [re, q] of AFTER) if (re.test(after)) return q;
  const before = text.slice(Math.max(0, start - 40), start).replace(LIST_BEFORE, '').slice(-8);
  for (const [re, q] of BEFORE) if (re.test(before)) return q;
  if (AIM.test(text.slice(Math.max(0, start - 60), start))) return 'aim';
  return '';
}

/** The qualifier of a printed table cell such as ≥60, ≤4.2, 3.5左右, 60以上 (the number in it is the value). */
export function cellQualifier(printed: string): Qualifier {
  const m = /\d+(?:\.\d+)?/.exec(printed);
  return m ? qualifierOf(printed, m.index, m.index + m[0].length) : '';
}
