/**
 * How a value, its year and a check read on screen, in Chinese or English: the qualifier next to the number
 * (40 个以上 / at least 40), an inferred year marked (2025（推定）/ 2025 (inferred), the basis as a title), the
 * figure as printed where it was converted, 约束性/预期性, and a finding's text. Pure; names come from src/schema.
 */
import { BINDING_NAMES, QUALIFIER_NAMES, UNITS, YEAR_BASIS_NAMES, type Binding, type Qualifier, type YearBasis } from '../schema/vocabulary.ts';
import { tryResolveArea } from '../schema/areas.ts';
import { fill, formatNumber, unitName } from './i18n.ts';
import type { Check } from './model.ts';
import type { Lang } from './urlState.ts';

const S = {
  inferred: { zh: '{y}（推定）', en: '{y} (inferred)' },
  inferredTitle: { zh: '推定年份：{basis}', en: 'Inferred year: {basis}' },
  printed: { zh: '原文为 {p}，已换算', en: 'printed as {p}, converted' },
  binding: { zh: '指标性质：{b}', en: 'indicator type: {b}' },
  checkOk: { zh: '核对一致', en: 'reconciles' },
  checkDiffers: { zh: '核对不一致', en: 'does not reconcile' },
  checkLine: { zh: '{result}：文件所述 {expected}，核算结果 {found}（{doc} 第 {line} 行）', en: '{result}: the document states {expected}, found {found} ({doc}, line {line})' },
  seeSource: { zh: '（见原文）', en: '(see the source)' },
  draftDoc: { zh: '未编号征求意见稿（{y} 年）', en: 'unnumbered consultation draft ({y})' },
} as const;
const s = (lang: Lang, key: keyof typeof S, params: Record<string, string | number> = {}) => fill(S[key][lang], params);

/** A number with its unit and qualifier as a reader would say it: 40 个以上, 力争 40 个; at least 40, aiming for 40. */
export function valueText(lang: Lang, r: { value: number; unit: string; qualifier?: Qualifier | '' }): string {
  const unit = unitName(lang, r.unit);
  const bare = [formatNumber(lang, r.value), unit].filter(Boolean).join(' ');
  if (!r.qualifier) return bare;
  const q = QUALIFIER_NAMES[r.qualifier];
  if (lang === 'en') return `${q.en} ${bare}`;
  return q.zhAt === 'after' ? `${bare}${q.zh}` : `${q.zh} ${bare}`;
}

/** The year as shown: marked when it was inferred (not printed in the sentence), with how in `title`. */
export function yearText(lang: Lang, r: { year: number; year_basis?: YearBasis | '' }): { text: string; title: string } {
  if (!r.year_basis) return { text: String(r.year), title: '' };
  return { text: s(lang, 'inferred', { y: r.year }), title: s(lang, 'inferredTitle', { basis: YEAR_BASIS_NAMES[r.year_basis][lang] }) };
}

/** '' unless value/unit were converted; then what the document printed. */
export const printedText = (lang: Lang, r: { printed?: string }) => (r.printed ? s(lang, 'printed', { p: r.printed }) : '');

/** 约束性 / 预期性 where a document's table states it; else ''. */
export const bindingText = (lang: Lang, d: { binding?: Binding | '' } | undefined) =>
  d?.binding ? s(lang, 'binding', { b: BINDING_NAMES[d.binding][lang] }) : '';

/** A check's expected/found field for the Chinese screen: prose in English (a few checks have it) is not shown. */
export function checkField(lang: Lang, field: string): string {
  return lang === 'zh' && /[A-Za-z]{3,}/.test(field) ? s(lang, 'seeSource') : field || '—';
}

/** A document number as shown: the pipeline's id of the unnumbered draft is not a number to show in Chinese. */
export function docLabel(lang: Lang, doc: string): string {
  const m = doc.match(/^DRAFT-(\d{4})-/);
  return m ? s(lang, 'draftDoc', { y: m[1] }) : doc;
}

/**
 * A finding's text: the English note in English; in Chinese its note_zh, else a line built from its fields
 * (result, what the document states, what was found, document and line), never the English note.
 */
export function checkText(lang: Lang, c: Check, reconciled: boolean): string {
  if (lang === 'en') return englishTerms(c.note);
  if (c.note_zh) return c.note_zh;
  return s(lang, 'checkLine', {
    result: s(lang, reconciled ? 'checkOk' : 'checkDiffers'), expected: checkField(lang, c.expected), found: checkField(lang, c.found),
    doc: docLabel(lang, c.doc), line: c.line,
  });
}

/**
 * English text written by the pipeline names areas and units in Chinese (“1134 万吨”, “in 建安区”): each run of
 * Chinese characters that is exactly an area's name or a unit is given its English name. Other runs (company
 * names, quoted words) are proper names or quotations and stay as printed.
 */
export function englishTerms(text: string): string {
  return text.replace(/\p{Script=Han}+/gu, (run) => {
    const area = tryResolveArea(run);
    if (area) return area.name_en;
    const unit = Object.hasOwn(UNITS, run) ? UNITS[run] : undefined;
    return unit && unit.en ? unit.en : run;
  });
}
