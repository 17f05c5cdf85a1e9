/**
 * Recall of data/indicators.csv against facts read by hand from the seeds (pipeline/audit/recall-sample-*.csv;
 * how the samples were drawn: README.md in this folder).
 *
 * A sample fact is found when a data row has the same seed, area_code and year, a numerically equal value
 * (or, when the row records a unit conversion in `printed`, a numerically equal printed value in the same unit)
 * and a line within LINE_SLACK of the fact's line (a quote wraps; the row stands on one of its lines).
 * Each data row can account for one fact only (a maximum bipartite matching), so two equal figures on one line
 * need two rows.
 *
 * Reported: per-area recall (area_code ≠ 411000: counties, zones, central city) and city-wide dated recall
 * (411000), overall and per seed, and every miss.  Run: npx tsx pipeline/audit/recall.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../lib/csv.ts';

export const CITY = '411000';
/** quotes in the seeds wrap over blank-line-separated lines: allow a fact two or three text lines away */
export const LINE_SLACK = 6;
export const SAMPLE_COLUMNS = ['seed', 'line', 'area_code', 'year', 'value', 'unit', 'kind', 'what'] as const;

export interface SampleFact {
  file: string;
  fileLine: number;
  seed: string;
  line: number;
  area_code: string;
  year: number;
  value: string;
  unit: string;
  kind: string;
  what: string;
}
export interface DataRow {
  indicator: string;
  seed: string;
  line: number;
  area_code: string;
  year: number;
  value: string;
  unit: string;
  printed: string;
}

function records(text: string, file: string, need: readonly string[]): { line: number; get: (c: string) => string }[] {
  const csv = parseCsv(text);
  if (csv.errors.length) throw new Error(`${file}:${csv.errors[0].line}: ${csv.errors[0].message}`);
  for (const c of need) if (!csv.header.includes(c)) throw new Error(`${file}: column "${c}" missing`);
  const at = new Map(csv.header.map((h, i) => [h, i]));
  return csv.rows.map((r) => {
    if (r.fields.length !== csv.header.length) {
      throw new Error(`${file}:${r.line}: ${r.fields.length} fields, header has ${csv.header.length}`);
    }
    return { line: r.line, get: (c: string) => (at.has(c) ? r.fields[at.get(c)!] : '') };
  });
}

const int = (s: string, where: string): number => {
  if (!/^\d+$/.test(s)) throw new Error(`${where}: "${s}" is not a whole number`);
  return Number(s);
};
const num = (s: string, where: string): number => {
  const n = Number(s);
  if (s.trim() === '' || !Number.isFinite(n)) throw new Error(`${where}: value "${s}" is not a number`);
  return n;
};

export function parseSample(text: string, file: string): SampleFact[] {
  return records(text, file, SAMPLE_COLUMNS).map((r) => {
    const where = `${file}:${r.line}`;
    const f: SampleFact = {
      file, fileLine: r.line, seed: r.get('seed'), line: int(r.get('line'), where), area_code: r.get('area_code'),
      year: int(r.get('year'), where), value: r.get('value'), unit: r.get('unit'), kind: r.get('kind'), what: r.get('what'),
    };
    num(f.value, where);
    if (!f.seed || !f.area_code) throw new Error(`${where}: seed and area_code are required`);
    return f;
  });
}

export function parseIndicators(text: string, file = 'data/indicators.csv'): DataRow[] {
  return records(text, file, ['indicator', 'seed', 'line', 'area_code', 'year', 'value', 'unit']).map((r) => ({
    indicator: r.get('indicator'), seed: r.get('seed'), line: Number(r.get('line')), area_code: r.get('area_code'),
    year: Number(r.get('year')), value: r.get('value'), unit: r.get('unit'), printed: r.get('printed'),
  }));
}

/** "5000 万台" → { value: 5000, unit: '万台' }; '' or unreadable → null */
function printedValue(printed: string): { value: number; unit: string } | null {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*(.*?)\s*$/.exec(printed);
  return m ? { value: Number(m[1]), unit: m[2] } : null;
}

export function rowMatches(f: SampleFact, r: DataRow): boolean {
  if (r.seed !== f.seed || r.area_code !== f.area_code || r.year !== f.year) return false;
  if (Math.abs(r.line - f.line) > LINE_SLACK) return false;
  const v = Number(f.value);
  if (Number(r.value) === v) return true;
  const p = printedValue(r.printed);
  return p !== null && p.value === v && (f.unit === '' || p.unit === f.unit);
}

/** Maximum matching of facts to rows (Kuhn's augmenting paths); returns, per fact, the row index or -1. */
export function matchFacts(facts: readonly SampleFact[], rows: readonly DataRow[]): number[] {
  const candidates = facts.map((f) => rows.flatMap((r, i) => (rowMatches(f, r) ? [i] : []))
    .sort((a, b) => Math.abs(rows[a].line - f.line) - Math.abs(rows[b].line - f.line)));
  const owner = new Map<number, number>();
  const tryAssign = (fi: number, seen: Set<number>): boolean => {
    for (const ri of candidates[fi]) {
      if (seen.has(ri)) continue;
      seen.add(ri);
      const prev = owner.get(ri);
      if (prev === undefined || tryAssign(prev, seen)) { owner.set(ri, fi); return true; }
    }
    return false;
  };
  facts.forEach((_, fi) => tryAssign(fi, new Set()));
  const out = facts.map(() => -1);
  for (const [ri, fi] of owner) out[fi] = ri;
  return out;
}

export interface Tally { found: number; total: number }
export interface RecallReport {
  perArea: Tally;
  cityDated: Tally;
  bySeed: Map<string, { perArea: Tally; cityDated: Tally }>;
  misses: SampleFact[];
}

export function measureRecall(facts: readonly SampleFact[], rows: readonly DataRow[]): RecallReport {
  const match = matchFacts(facts, rows);
  const report: RecallReport = {
    perArea: { found: 0, total: 0 }, cityDated: { found: 0, total: 0 }, bySeed: new Map(), misses: [],
  };
  facts.forEach((f, i) => {
    const seed = report.bySeed.get(f.seed) ?? { perArea: { found: 0, total: 0 }, cityDated: { found: 0, total: 0 } };
    report.bySeed.set(f.seed, seed);
    const key = f.area_code === CITY ? 'cityDated' : 'perArea';
    const hit = match[i] >= 0 ? 1 : 0;
    for (const t of [report[key], seed[key]]) { t.total++; t.found += hit; }
    if (!hit) report.misses.push(f);
  });
  return report;
}

export const pct = (t: Tally): string => (t.total ? `${((100 * t.found) / t.total).toFixed(1)}% (${t.found}/${t.total})` : 'n/a (0 facts)');

export function formatReport(r: RecallReport): string {
  const out = [
    `per-area recall (area_code ≠ ${CITY}):  ${pct(r.perArea)}`,
    `city-wide dated recall (${CITY}):        ${pct(r.cityDated)}`,
  ];
  for (const [seed, t] of [...r.bySeed].sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`  ${seed}: per-area ${pct(t.perArea)}; city-wide dated ${pct(t.cityDated)}`);
  }
  out.push(r.misses.length ? `misses (${r.misses.length}):` : 'misses: none');
  for (const f of r.misses) {
    out.push(`  ${f.file}:${f.fileLine}  ${f.seed}:${f.line} ${f.area_code} ${f.year} ${f.value}${f.unit ? ' ' + f.unit : ''} ${f.kind} — ${f.what}`);
  }
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = 'pipeline/audit';
  const files = readdirSync(dir).filter((f) => /^recall-sample-.+\.csv$/.test(f)).sort();
  if (!files.length) throw new Error(`no ${dir}/recall-sample-*.csv`);
  const facts = files.flatMap((f) => parseSample(readFileSync(join(dir, f), 'utf8'), join(dir, f)));
  const rows = parseIndicators(readFileSync('data/indicators.csv', 'utf8'));
  console.log(`${facts.length} facts from ${files.join(', ')}; ${rows.length} data rows`);
  console.log(formatReport(measureRecall(facts, rows)));
}
