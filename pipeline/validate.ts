/**
 * The data validator: re-checks every committed row against the seeds and the other files.
 * Pure: takes file texts and seeds, returns problems as `file:line: reason`. `validate-cli.ts` does the I/O.
 * The files are read and their rows checked by src/schema (the same reader and rules as the app's loader);
 * the rules that need the seed texts are here.
 */
import { DATA_FILES, formatProblem, readTables, validateTables, type Problem, type Rec } from '../src/schema/index.ts';
import { quoteContainsValue } from './lib/numbers.ts';
import { quoteIsAtLine } from './lib/quote.ts';
import type { SeedSet } from './lib/seeds.ts';

export { DATA_FILES, formatProblem, type Problem };

export function validateData(files: Record<string, string | undefined>, seeds: SeedSet): Problem[] {
  const problems: Problem[] = [];
  const tables = readTables(files, problems);
  validateTables(tables, problems);

  const F = DATA_FILES;
  const at = (file: string, x: Rec, message: string) => problems.push({ file, line: x.line, message });
  const quoteHolds = (file: string, x: Rec) => {
    const seed = seeds.get(x.r.seed);
    if (!seed) return at(file, x, `unknown seed "${x.r.seed}"`);
    if (!/^\d+$/.test(x.r.line)) return;
    if (!quoteIsAtLine(seed, Number(x.r.line), x.r.quote)) at(file, x, `quote not found at ${x.r.seed}:${x.r.line}: "${x.r.quote}"`);
  };
  for (const d of tables.documents) {
    const seed = seeds.get(d.r.seed);
    if (!seed) at(F.documents, d, `unknown seed "${d.r.seed}"`);
    else if (Number(d.r.last_line) > seed.lines.length) at(F.documents, d, `bad line range ${d.r.first_line}..${d.r.last_line}`);
  }
  for (const p of tables.places) quoteHolds(F.places, p);
  for (const x of tables.indicators) {
    const { quote, value } = x.r;
    if (quote && /^-?\d/.test(value) && !quoteContainsValue(quote, value)) at(F.indicators, x, `value ${value} is not in its quote "${quote}"`);
    quoteHolds(F.indicators, x);
  }
  checkTotalRows(tables.indicators, (x, m) => at(F.indicators, x, m));
  for (const c of tables.checks) if (!seeds.has(c.r.seed)) at(F.checks, c, `unknown seed "${c.r.seed}"`);
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line);
}

/**
 * A table's 合计 row must equal the sum of its rows. Rows of one table share indicator, year, kind and doc;
 * the 合计 row is the city-wide (411000) row whose quote starts with 合计/总计; the parts are the area rows
 * of the same table (a 合计 row may stand after or before its rows: within 60 lines either side).
 */
function checkTotalRows(inds: Rec[], report: (x: Rec, m: string) => void) {
  for (const total of inds) {
    const t = total.r;
    if (t.area_code !== '411000' || !/^\s*(合计|总计)/.test(t.quote)) continue;
    const tl = Number(t.line);
    const parts = inds.filter(
      ({ r }) => r !== t && !r.place_id && r.area_code !== '411000' && r.indicator === t.indicator &&
        r.year === t.year && r.kind === t.kind && r.doc === t.doc && r.seed === t.seed &&
        Math.abs(Number(r.line) - tl) <= 60,
    );
    if (!parts.length) {
      report(total, `合计 row of ${t.indicator} ${t.year} has no table rows near it`);
      continue;
    }
    const sum = parts.reduce((s, { r }) => s + Number(r.value), 0);
    if (Math.abs(sum - Number(t.value)) > 1e-6) {
      report(total, `table rows of ${t.indicator} ${t.year} add up to ${+sum.toFixed(6)}, its 合计 row says ${t.value}`);
    }
  }
}
