/**
 * The characters the map's label font (public/fonts/atlas-labels.woff2) must contain.
 *
 *   npx tsx scripts/label-chars.ts          prints them as one string, sorted by code point, plus "\n"
 *
 * scripts/subset-font.sh writes that output to public/fonts/atlas-labels.chars.txt and subsets Noto Sans CJK SC
 * to exactly these characters; tests/unit/label-font.test.ts fails when the committed file is stale.
 * To add characters, extend EXTRA_SYMBOLS (or the area / indicator data) and rerun scripts/subset-font.sh.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { AREAS } from '../src/schema/areas.ts';

const INDICATOR_DEFS = fileURLToPath(new URL('../data/indicator-defs.csv', import.meta.url));

/** Symbols and words used by legends, tooltips and timeline labels (split into characters; spaces are separators). */
export const EXTRA_SYMBOLS =
  '· – — ≤ ≥ % ％ ° × ← → ↑ ↓ ● ○ ◆ 年 月 日 目标 基数 实际 计划 无数据 尚未规划 已过期 全市 万 亿 千 百 个 处 家 座 条 公里 吨';

/** Every printable ASCII character, U+0020 (space) to U+007E (~); includes the digits. */
function printableAscii(): string {
  let s = '';
  for (let c = 0x20; c <= 0x7e; c++) s += String.fromCharCode(c);
  return s;
}

/** The distinct values of the `unit` column of data/indicator-defs.csv. */
export function indicatorUnits(csvText: string = readFileSync(INDICATOR_DEFS, 'utf8')): string[] {
  const res = Papa.parse<Record<string, string>>(csvText, { header: true, skipEmptyLines: true });
  if (!res.meta.fields?.includes('unit')) throw new Error(`${INDICATOR_DEFS}: no "unit" column`);
  return [...new Set(res.data.map((r) => r.unit ?? ''))].filter((u) => u !== '');
}

/** Sorted (by code point), de-duplicated characters of the given strings, without control characters. */
export function charSet(strings: Iterable<string>): string {
  const cps = new Set<number>();
  for (const s of strings) {
    for (const ch of s) {
      const cp = ch.codePointAt(0)!;
      if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue; // C0/C1 controls, line breaks, tabs
      cps.add(cp);
    }
  }
  return [...cps].sort((a, b) => a - b).map((cp) => String.fromCodePoint(cp)).join('');
}

/** All characters map labels use: printable ASCII, every area name / alias, every indicator unit, EXTRA_SYMBOLS. */
export function labelCharacters(): string {
  const parts: string[] = [printableAscii(), EXTRA_SYMBOLS.replace(/\s+/g, '')];
  for (const a of AREAS) parts.push(a.name_zh, a.name_en, ...a.aliases);
  parts.push(...indicatorUnits());
  return charSet(parts);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(labelCharacters() + '\n');
}
