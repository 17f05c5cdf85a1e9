/**
 * "As of year Y": what the map shows for one indicator in one area in year Y. The one place these rules live.
 *
 * 1. A document issued after Y does not exist yet: its values are hidden ("not yet planned").
 * 2. Otherwise the area shows the value of the smallest year ≥ Y (the target or figure in force);
 *    if there is none, the latest year < Y, marked expired (shown muted, labelled with its own year).
 * 3. Never interpolate: the displayed value is one row, with its own year and kind.
 *
 * Ties (several rows for the chosen year): the most recently issued document wins (a final plan over its
 * draft, a later plan over an earlier one), then facts over plans (actual > baseline > target > plan),
 * then the earlier seed line, so the choice is deterministic.
 */
import type { Kind } from '../schema/vocabulary.ts';

export interface ValueRow {
  year: number;
  value: number;
  kind: Kind;
  doc: string;
  line: number;
  seed: string;
}

export type AsOfStatus = 'in_force' | 'expired' | 'not_yet_planned' | 'no_data';

export interface AsOf<R extends ValueRow> {
  status: AsOfStatus;
  row: R | null;
}

const KIND_RANK: Record<Kind, number> = { actual: 0, baseline: 1, target: 2, plan: 3 };

/**
 * issuedYear(doc) → the year the document was issued (or became available). knownBy: the year whose documents
 * count (rule 1), `year` itself unless a view looks back from a later year (the change map's base end).
 */
export function asOfYear<R extends ValueRow>(
  rows: readonly R[], year: number, issuedYear: (doc: string) => number, knownBy = year,
): AsOf<R> {
  if (rows.length === 0) return { status: 'no_data', row: null };
  const existing = rows.filter((r) => issuedYear(r.doc) <= knownBy);
  if (existing.length === 0) return { status: 'not_yet_planned', row: null };
  const future = existing.filter((r) => r.year >= year);
  const pool = future.length ? future : existing;
  const targetYear = future.length ? Math.min(...future.map((r) => r.year)) : Math.max(...existing.map((r) => r.year));
  const candidates = pool.filter((r) => r.year === targetYear);
  candidates.sort(
    (a, b) => issuedYear(b.doc) - issuedYear(a.doc) || KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
      (a.seed < b.seed ? -1 : a.seed > b.seed ? 1 : 0) || a.line - b.line,
  );
  return { status: future.length ? 'in_force' : 'expired', row: candidates[0] };
}

/** Documents issued in year Y and values whose year is Y: the timeline's "falls due" list. */
export function dueInYear<R extends ValueRow>(rows: readonly R[], year: number, issuedYear: (doc: string) => number): R[] {
  return rows.filter((r) => r.year === year && (r.kind === 'target' || r.kind === 'plan') && issuedYear(r.doc) <= year);
}
