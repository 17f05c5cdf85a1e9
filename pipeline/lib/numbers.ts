/** Number normalisation for gazette text: full-width digits, the full-width point, thousands commas, Chinese numerals. */

const FULL_WIDTH_DIGITS = /[０-９]/g;

/** Turn full-width digits, the full-width point "．" and full-width signs into ASCII; leaves everything else. */
export function toAsciiDigits(s: string): string {
  return s
    .replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/(?<=\d)[．.](?=\d)/g, '.')
    .replace(/％/g, '%')
    .replace(/[－]/g, '-');
}

/**
 * Normalise a printed number ("１２３．５", "1,154", "234.1", "两千", "1.5万"?) to a canonical ASCII decimal string.
 * Magnitude characters (万, 亿) are NOT applied when they follow Arabic digits, because the unit column carries
 * them (e.g. 1154 万吨 is value 1154, unit 万吨). Returns null if `s` is not a number.
 */
export function normaliseNumber(s: string): string | null {
  const t = toAsciiDigits(s.trim()).replace(/(?<=\d),(?=\d{3}\b)/g, '');
  if (/^-?\d+(\.\d+)?$/.test(t)) return canonical(t);
  const zh = parseChineseNumeral(t);
  return zh === null ? null : canonical(String(zh));
}

function canonical(t: string): string {
  // drop leading zeros and a trailing ".0" style fraction so "010" → "10", "5.50" → "5.5"
  const n = Number(t);
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${t}`);
  // toString keeps up to 17 significant digits; numbers in the seeds have few decimals
  return String(n);
}

const ZH_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ZH_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const ZH_BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };
const ZH_CHARS = '零〇一二两三四五六七八九十百千万亿';

/** Parse a Chinese numeral such as 九, 十二, 二十, 两千, 三百五十, 一万二千, 千 (as in 千亿级 → 千 = 1000). */
export function parseChineseNumeral(s: string): number | null {
  if (!s || [...s].some((c) => !ZH_CHARS.includes(c))) return null;
  // digit-by-digit numerals (二〇二三 as a year) have no unit characters: read them positionally
  if (s.length > 1 && ![...s].some((c) => c in ZH_UNIT || c in ZH_BIG)) {
    return Number([...s].map((c) => ZH_DIGIT[c]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of s) {
    if (c in ZH_DIGIT) {
      digit = ZH_DIGIT[c];
    } else if (c in ZH_UNIT) {
      section += (digit ?? 1) * ZH_UNIT[c];
      digit = null;
    } else if (c in ZH_BIG) {
      section += digit ?? 0;
      total += (section || 1) * ZH_BIG[c];
      section = 0;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}

/**
 * Every number a reader could see in a text: Arabic (ASCII or full-width, with decimals and thousands commas)
 * and runs of Chinese numerals. A Chinese run ending in 万/亿 also yields its value without that magnitude
 * (千亿级 → 1000 as well as 1e11) because units like 亿元 carry the magnitude.
 */
export function numbersIn(text: string): string[] {
  const t = toAsciiDigits(text);
  const out = new Set<string>();
  for (const m of t.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)) out.add(canonical(m[0].replace(/,/g, '')));
  for (const m of t.matchAll(/[零〇一二两三四五六七八九十百千万亿]+/g)) {
    const run = m[0];
    const whole = parseChineseNumeral(run);
    if (whole !== null) out.add(canonical(String(whole)));
    const stripped = run.replace(/[万亿]+$/, '');
    if (stripped && stripped !== run) {
      const v = parseChineseNumeral(stripped);
      if (v !== null) out.add(canonical(String(v)));
    }
  }
  return [...out];
}

/**
 * Exact sum of canonical decimals (integer arithmetic at the largest precision printed, so no 0.1 + 0.2 drift).
 * The result is canonical (146.3), or with `fixed` keeps that precision (146.30).
 */
export function decimalSum(values: readonly string[], opts: { fixed?: boolean } = {}): string {
  const dec = Math.max(0, ...values.map((v) => (v.split('.')[1] ?? '').length));
  const scale = 10 ** dec;
  const total = values.reduce((s, v) => s + Math.round(Number(v) * scale), 0) / scale;
  return opts.fixed ? total.toFixed(dec) : String(total);
}

/** Does `value` (canonical ASCII decimal) appear as a number in `quote`? */
export function quoteContainsValue(quote: string, value: string): boolean {
  const v = Number(value);
  return numbersIn(quote).some((n) => Number(n) === v);
}

/** `normaliseNumber`, or a thrown `<what>: "<printed>" is not a number` (a parser's structural check). */
export function numberOrThrow(printed: string, what: string): string {
  const v = normaliseNumber(printed);
  if (v === null) throw new Error(`${what}: "${printed}" is not a number`);
  return v;
}
