/**
 * Where the documents disagree with themselves: two or more values for the same indicator, area and year, of the
 * same sort (reported figures — baseline/actual — or planned ones — target/plan). Pure and DOM-free.
 *
 * Nothing here picks a winner. Values are ordered by when their document was issued; a value from a later
 * document is a revision of the earlier ones (许政〔2023〕39号 raises the 2025 hospital-bed target of
 * 许政〔2020〕17号 from 6.72 to 7.4); two values in one document are a contradiction inside it.
 */
import type { Kind } from '../schema/vocabulary.ts';
import type { AtlasData, Indicator } from './model.ts';

export type KindClass = 'reported' | 'planned';
export const kindClass = (k: Kind): KindClass => (k === 'baseline' || k === 'actual' ? 'reported' : 'planned');

export type ConflictSort = 'revision' | 'contradiction';

export interface ValueConflict {
  indicator: string;
  area_code: string;
  year: number;
  kindClass: KindClass;
  /** every row, oldest document first (ties: seed line) */
  rows: Indicator[];
  /** revision: the values come from documents issued on different dates; contradiction: one date (often one document) */
  sort: ConflictSort;
}

export const conflictKey = (indicator: string, area_code: string, year: number, cls: KindClass) =>
  `${indicator}|${area_code}|${year}|${cls}`;

/** The date a document was issued (ISO), for ordering; unknown dates sort last. */
export function issuedDateOf(data: Pick<AtlasData, 'docById'>): (doc: string) => string {
  return (doc) => {
    const d = data.docById.get(doc);
    const parent = d?.parent ? data.docById.get(d.parent) : undefined;
    return d?.issued || parent?.issued || '9999';
  };
}

/** All conflicts in the area-level rows (site rows, with place_id, are per site and never compared). */
export function findConflicts(data: Pick<AtlasData, 'indicators' | 'docById'>): ValueConflict[] {
  const issued = issuedDateOf(data);
  const groups = new Map<string, Indicator[]>();
  for (const r of data.indicators) {
    if (r.place_id) continue;
    const k = conflictKey(r.indicator, r.area_code, r.year, kindClass(r.kind));
    const g = groups.get(k);
    if (g) g.push(r); else groups.set(k, [r]);
  }
  const out: ValueConflict[] = [];
  for (const rows of groups.values()) {
    if (new Set(rows.map((r) => r.value)).size < 2) continue;
    rows.sort((a, b) => cmp(issued(a.doc), issued(b.doc)) || cmp(a.seed, b.seed) || a.line - b.line);
    const dates = new Set(rows.map((r) => issued(r.doc)));
    const r0 = rows[0];
    out.push({
      indicator: r0.indicator, area_code: r0.area_code, year: r0.year, kindClass: kindClass(r0.kind), rows,
      sort: dates.size > 1 ? 'revision' : 'contradiction',
    });
  }
  return out.sort((a, b) => cmp(a.indicator, b.indicator) || cmp(a.area_code, b.area_code) || a.year - b.year);
}

/** Conflicts by key, for the map, tooltip and panels to ask "is this value disputed?" in O(1). */
export function conflictIndex(conflicts: readonly ValueConflict[]): Map<string, ValueConflict> {
  return new Map(conflicts.map((c) => [conflictKey(c.indicator, c.area_code, c.year, c.kindClass), c]));
}

/** The conflict a shown row belongs to, if any. */
export function conflictOf(index: Map<string, ValueConflict>, row: Indicator | null): ValueConflict | undefined {
  return row && !row.place_id ? index.get(conflictKey(row.indicator, row.area_code, row.year, kindClass(row.kind))) : undefined;
}

function cmp(a: string, b: string) { return a < b ? -1 : a > b ? 1 : 0; }
