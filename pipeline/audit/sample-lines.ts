/**
 * Picks the lines of a seed to read by hand for the recall sample (see README.md in this folder).
 * Candidate lines are those holding an Arabic digit (a figure without one cannot be compared with a row).
 * Order: ascending sha256(`recall:<seed prefix>:<line>`), a fixed pseudo-random permutation anyone can recompute.
 * Usage: npx tsx pipeline/audit/sample-lines.ts 000 160   → the first 160 lines of that order, in reading order
 *        (add --context N to print N lines either side of each, for reading; --skip M leaves out the first M).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';

export function sampleLines(text: string, prefix: string, count: number): number[] {
  const lines = text.split('\n');
  const candidates = lines.flatMap((l, i) => (/[0-9]/.test(l) ? [i + 1] : []));
  const key = (n: number) => createHash('sha256').update(`recall:${prefix}:${n}`).digest('hex');
  return candidates.map((n) => ({ n, k: key(n) })).sort((a, b) => (a.k < b.k ? -1 : 1))
    .slice(0, count).map((c) => c.n).sort((a, b) => a - b);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [prefix = '000', countArg = '160'] = process.argv.slice(2);
  const ctxAt = process.argv.indexOf('--context');
  const context = ctxAt > 0 ? Number(process.argv[ctxAt + 1]) : -1;
  const file = readdirSync('seeds').find((f) => f.startsWith(`${prefix}_`));
  if (!file) throw new Error(`no seed file starting with ${prefix}_ in seeds/`);
  const text = readFileSync(`seeds/${file}`, 'utf8');
  const lines = text.split('\n');
  const skipAt = process.argv.indexOf('--skip');
  const skip = new Set(skipAt > 0 ? sampleLines(text, prefix, Number(process.argv[skipAt + 1])) : []);
  for (const n of sampleLines(text, prefix, Number(countArg)).filter((l) => !skip.has(l))) {
    if (context < 0) { console.log(n); continue; }
    console.log(`==== ${n}`);
    for (let i = Math.max(1, n - context); i <= Math.min(lines.length, n + context); i++) {
      if (lines[i - 1].trim()) console.log(`${i === n ? '>>' : '  '}${i}: ${lines[i - 1].trim()}`);
    }
  }
}
