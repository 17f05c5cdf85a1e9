/**
 * Qualifiers of a printed figure, read from the words around the value in the matched text (HELPERS / issue 11):
 * at_least 以上/不低于/至少/不少于 · at_most 以内/不超过/控制在/以下 · about 左右/约 · aim 力争/争取 · over 超过/突破/超 · under 低于.
 * The words that follow the value (and its unit) win over those before it: "力争达到 60% 以上" is at_least.
 */
export type Qualifier = '' | 'at_least' | 'at_most' | 'about' | 'aim' | 'over' | 'under';
export const QUALIFIERS: readonly Qualifier[] = ['', 'at_least', 'at_most', 'about', 'aim', 'over', 'under'];

/** after the value + unit (unit: up to 6 non-digit, non-punctuation characters) */
const AFTER: [RegExp, Qualifier][] = [
  [/^\s*[^\d，。、；：（）\s]{0,6}?\s*(以上)/, 'at_least'],
  [/^\s*[^\d，。、；：（）\s]{0,6}?\s*(以内|以下)/, 'at_most'],
  [/^\s*[^\d，。、；：（）\s]{0,6}?\s*(左右)/, 'about'],
];
/** right before the value (a few characters) */
const BEFORE: [RegExp, Qualifier][] = [
  [/(不低于|至少|不少于)\s*$/, 'at_least'],
  [/(不超过|控制在)\s*$/, 'at_most'],
  [/(超过|突破|超)\s*$/, 'over'],
  [/(低于)\s*$/, 'under'],
  [/(约)\s*$/, 'about'],
];
/** anywhere in the clause before the value */
const AIM = /(力争|争取)[^，。；]*$/;

/** The qualifier of the value at text[start, end) (text: the sentence or the whole flattened document). */
export function qualifierOf(text: string, start: number, end: number): Qualifier {
  const after = text.slice(end, end + 10);
  for (const [re, q] of AFTER) if (re.test(after)) return q;
  const before = text.slice(Math.max(0, start - 8), start);
  for (const [re, q] of BEFORE) if (re.test(before)) return q;
  if (AIM.test(text.slice(Math.max(0, start - 60), start))) return 'aim';
  return '';
}
