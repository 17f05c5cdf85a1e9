/**
 * Draws rows of data/indicators.csv at random for the hand audit of values (pipeline/audit/audit-100.csv;
 * README.md in this folder says how the verdicts were reached).
 * Order: a Fisher–Yates shuffle of the data rows driven by mulberry32(rngSeed) (the same generator as draw-lines.ts).
 * Prints, per drawn row, its key, value, unit, kind, qualifier, year_basis, printed and the seed text at its line
 * (±contextLines) for reading.  Usage: npx tsx pipeline/audit/audit-rows.ts <rng seed> <count> [context lines]
 */
import { readFileSync } from 'node:fs';
import { parseCsv } from '../lib/csv.ts';
import { mulberry32 } from './draw-lines.ts';

export interface DrawnRow { csvLine: number; get: (c: string) => string }

export function drawRows(text: string, rngSeed: number, count: number): DrawnRow[] {
  const csv = parseCsv(text);
  const at = new Map(csv.header.map((h, i) => [h, i]));
  const rows = csv.rows.map((r) => ({ csvLine: r.line, get: (c: string) => r.fields[at.get(c) ?? -1] ?? '' }));
  const rand = mulberry32(rngSeed);
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [rows[i], rows[j]] = [rows[j], rows[i]];
  }
  return rows.slice(0, count);
}

/** a long line shortened to the part around the row's quote (the quote's head where it wraps), for reading */
function around(line: string, quote: string, pad = 160): string {
  if (line.length <= 2 * pad + quote.length) return line;
  const at = Math.max(0, line.indexOf(quote.slice(0, 12)));
  return `…${line.slice(Math.max(0, at - pad), at + quote.length + pad / 2)}…`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [rng = '100', n = '100', ctx = '0'] = process.argv.slice(2);
  const seeds = new Map<string, string[]>();
  const seedLines = (f: string) => {
    if (!seeds.has(f)) seeds.set(f, readFileSync(`seeds/${f}`, 'utf8').split('\n'));
    return seeds.get(f)!;
  };
  drawRows(readFileSync('data/indicators.csv', 'utf8'), Number(rng), Number(n)).forEach((r, k) => {
    const key = ['indicator', 'area_code', 'year', 'doc', 'seed', 'line'].map(r.get).join(' | ');
    const extra = ['qualifier', 'year_basis', 'printed', 'place_id'].map((c) => `${c}=${r.get(c)}`).join(' ');
    console.log(`#${k + 1} csv:${r.csvLine} ${key}\n   = ${r.get('value')} ${r.get('unit')} ${r.get('kind')} ${extra}`);
    console.log(`   note: ${r.get('note')}`);
    const lines = seedLines(r.get('seed'));
    const ln = Number(r.get('line'));
    for (let i = ln - Number(ctx); i <= ln + Number(ctx); i++) {
      if (i >= 1 && i <= lines.length && lines[i - 1].trim()) console.log(`   ${i === ln ? '>' : ' '}${i}: ${around(lines[i - 1].trim(), r.get('quote'))}`);
    }
  });
}
