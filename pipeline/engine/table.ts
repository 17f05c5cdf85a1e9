/**
 * Shared table reading: whitespace columns, wrapped cells, area rows, numeric cells, the 合计 row.
 * Structural surprises throw `<seed>:<line> (<doc> <table>): <reason>`; a 合计 that does not add up is a
 * CheckRow (see `reconcile`), never an error.
 */
import { resolveArea, type Area } from '../lib/areas.ts';
import { decimalSum, normaliseNumber } from '../lib/numbers.ts';
import type { Seed } from '../lib/seeds.ts';
import type { CheckRow } from '../lib/types.ts';
import type { TableSpec } from './types.ts';

export interface TableRow {
  line: number;
  cells: string[];
  area: Area;
  /** value cells by column: canonical decimal, or null for "—" */
  values: Record<number, string | null>;
}
export interface Table {
  name: string;
  titleLine: number;
  headerLine: number;
  rows: TableRow[];
  total?: { line: number; cells: string[]; values: Record<number, string | null> };
  /** first line after the table */
  endLine: number;
}

const DASH = /^[—-]$/;
const NUMBER = /^\d+(\.\d+)?$/;

/** Split a table line into trimmed cells: on tabs, or on runs of 2+ spaces / tabs. */
export function splitCells(line: string, split: 'tab' | 'spaces' = 'tab'): string[] {
  const l = line.replace(/\r$/, '');
  return (split === 'tab' ? l.split('\t') : l.trim().split(/\t|\s{2,}/)).map((c) => c.trim());
}

/** A value cell: canonical decimal, null for "—" (unless `dashes` is false); anything else throws. */
export function readCell(printed: string, where: string, dashes = true): string | null {
  if (dashes && DASH.test(printed)) return null;
  if (!dashes && !NUMBER.test(printed)) throw new Error(`${where}: cell "${printed}" is not a number`);
  if (!NUMBER.test(printed)) throw new Error(`${where}: cell "${printed}" is neither a number nor "—"`);
  return normaliseNumber(printed)!;
}

/** Read the table `spec` inside lines from..to of `seed`. `label` names it in errors (e.g. `许政〔2023〕37号 annex1`). */
export function readTable(seed: Seed, from: number, to: number, spec: TableSpec, label: string): Table {
  const where = (n: number) => `${seed.name}:${n} (${label})`;
  const blank = (n: number) => seed.line(n).trim() === '';
  let n = from;
  if (spec.after) {
    while (n <= to && !spec.after.test(seed.line(n).trim())) n++;
    if (n > to) throw new Error(`${where(from)}: no line matching ${String(spec.after)} in ${from}..${to}`);
    n++;
  }
  const nextNonBlank = () => {
    while (n <= to && blank(n)) n++;
    if (n > to) throw new Error(`${where(to)}: table ends early`);
    return n;
  };
  let titleLine: number;
  if (spec.after) {
    titleLine = nextNonBlank();
    if (seed.line(titleLine).trim() !== spec.title) {
      throw new Error(`${where(titleLine)}: expected title ${spec.title}, got "${seed.line(titleLine).trim()}"`);
    }
  } else {
    while (n <= to && seed.line(n).trim() !== spec.title) n++;
    if (n > to) throw new Error(`${where(from)}: table title ${spec.title} not found in ${from}..${to}`);
    titleLine = n;
  }
  n = titleLine + 1;
  const headerLine = nextNonBlank();
  const split = (l: number) => splitCells(seed.line(l), spec.split);
  const header = split(headerLine);
  if (header.join('|') !== spec.header.join('|')) throw new Error(`${where(headerLine)}: unexpected header [${header.join(' | ')}]`);
  if (spec.subheader) {
    const sub = split(++n);
    if (sub.join('|') !== spec.subheader.join('|')) throw new Error(`${where(n)}: unexpected header line [${sub.join(' | ')}]`);
  }
  const width = spec.header.length;
  const valueCols = spec.columns.map((c) => c.col);
  const readValues = (cells: string[], l: number) =>
    Object.fromEntries(valueCols.map((c) => [c, readCell(cells[c], where(l), spec.dashes ?? true)])) as Record<number, string | null>;
  const labelCol = spec.total?.labelCol ?? 0;
  const readTotal = (l: number): Table['total'] => {
    const c = split(l);
    const ok = c.length === width && c[labelCol] === spec.total!.label && c.every((x, i) => i === labelCol || valueCols.includes(i) || x === '');
    if (!ok) throw new Error(`${where(l)}: expected the ${spec.total!.label} row (${spec.total!.label}, empty, ${valueCols.length} numbers), got [${c.join(' | ')}]`);
    const values = readValues(c, l);
    if (Object.values(values).some((v) => v === null)) throw new Error(`${where(l)}: ${spec.total!.label} row has an empty cell`);
    return { line: l, cells: c, values };
  };

  n++;
  let total: Table['total'];
  if (spec.total?.at === 'first') {
    total = readTotal(nextNonBlank());
    n++;
  }
  const rows: TableRow[] = [];
  for (; n <= to && !blank(n); n++) {
    const c = split(n);
    if (spec.total?.at === 'last' && c[labelCol] === spec.total.label) {
      total = readTotal(n);
      n++;
      break;
    }
    if (spec.wrapped && c.length < width && rows.length) {
      // a wrapped cell: the line continues the last cells of the row above
      const prev = rows[rows.length - 1];
      const joined = prev.cells.slice();
      c.forEach((x, i) => (joined[width - c.length + i] += x));
      prev.cells = joined;
      prev.values = readValues(joined, prev.line);
      continue;
    }
    if (c.length !== width) throw new Error(`${where(n)}: expected ${width} cells, got ${c.length}`);
    if (spec.serial !== undefined) {
      if (!/^\d+$/.test(c[spec.serial]) || Number(c[spec.serial]) !== rows.length + 1) {
        throw new Error(`${where(n)}: expected serial ${rows.length + 1}, got "${c[spec.serial]}"`);
      }
    }
    const area = resolveArea(c[spec.area]);
    if (area.kind === 'city') throw new Error(`${where(n)}: a city-wide row inside the ${spec.rowNoun ?? 'county'} rows`);
    if (rows.some((r) => r.area.code === area.code)) throw new Error(`${where(n)}: ${c[spec.area]} appears twice`);
    rows.push({ line: n, cells: c, area, values: readValues(c, n) });
  }
  if (!rows.length) throw new Error(`${where(n)}: no rows after the header`);
  if (spec.total && !total) throw new Error(`${where(n)}: expected the ${spec.total.label} row`);
  const endLine = n;
  if (spec.followedBy) {
    while (n <= to && blank(n)) n++;
    if (n <= to && !spec.followedBy.test(seed.line(n).trim())) {
      throw new Error(`${where(n)}: unexpected text after the table: "${seed.line(n).trim()}"`);
    }
  }
  return { name: spec.name, titleLine, headerLine, rows, total, endLine };
}

/**
 * The 合计 row vs the sum of the rows in column `col`, as a CheckRow: `ok: …` when equal, otherwise what differs.
 * "—" cells count as 0 (and the note says so). The sum keeps the largest printed precision (146.30).
 */
export function reconcile(t: Table, spec: TableSpec, col: number, check: string, at: { doc: string; seed: string }): CheckRow {
  if (!t.total) throw new Error(`${t.name}: no total row to reconcile`);
  const expected = t.total.values[col]!;
  const found = decimalSum(t.rows.map((r) => r.values[col] ?? '0'), { fixed: true });
  const header = spec.header[col];
  const noun = spec.rowNoun ?? 'county';
  const dashes = t.rows.filter((r) => r.values[col] === null).map((r) => r.cells[spec.area]);
  const note = (Number(found) === Number(expected)
    ? `ok: the ${t.rows.length} ${noun} rows of ${header} add up to the ${spec.total!.label} row`
    : `the ${t.rows.length} ${noun} rows of ${header} add up to ${found}, the ${spec.total!.label} row says ${expected}`) +
    (dashes.length ? ` ("—" counted as 0 for ${dashes.join('、')})` : '');
  return { check, doc: at.doc, seed: at.seed, line: t.total.line, expected, found, note };
}
