/**
 * Every city-wide target on a calendar: topic × year, each cell the values that fall due that year, with their
 * documents. Pure and DOM-free. Two documents giving different values are two entries, never merged.
 */
import { conflictIndex, conflictOf, type ValueConflict } from './conflicts.ts';
import type { AtlasData, Indicator } from './model.ts';

export interface CalendarEntry {
  year: number;
  indicator: string;
  topic: string;
  area_code: string;
  value: number;
  unit: string;
  kind: Indicator['kind'];
  doc: string;
  seed: string;
  line: number;
  /** another document (or another passage) gives a different value for the same indicator and year */
  conflict: boolean;
}

export interface CalendarFilter {
  topic?: string;
  doc?: string;
}

/** Planned values (target/plan) of the city-level areas, sorted by year, topic, indicator, then document order. */
export function calendarEntries(data: AtlasData, cityCodes: readonly string[], conflicts: readonly ValueConflict[],
  filter: CalendarFilter = {}): CalendarEntry[] {
  const codes = new Set(cityCodes);
  const index = conflictIndex(conflicts);
  const out: CalendarEntry[] = [];
  for (const r of data.indicators) {
    if (r.place_id || !codes.has(r.area_code) || (r.kind !== 'target' && r.kind !== 'plan')) continue;
    const topic = data.defById.get(r.indicator)?.topic ?? 'other';
    if (filter.topic && topic !== filter.topic) continue;
    if (filter.doc && r.doc !== filter.doc && !r.doc.startsWith(`${filter.doc}/`)) continue;
    out.push({
      year: r.year, indicator: r.indicator, topic, area_code: r.area_code, value: r.value, unit: r.unit, kind: r.kind,
      doc: r.doc, seed: r.seed, line: r.line, conflict: conflictOf(index, r) !== undefined,
    });
  }
  return out.sort((a, b) => a.year - b.year || cmp(a.topic, b.topic) || cmp(a.indicator, b.indicator) ||
    cmp(a.seed, b.seed) || a.line - b.line);
}

export interface CalendarGrid<T extends string = string> {
  topics: T[];
  years: number[];
  /** key `${topic}|${year}` → entries */
  cells: Map<string, CalendarEntry[]>;
}

/** The grid of the entries: topics in the given order (those with entries), every year that has one. */
export function calendarGrid<T extends string>(entries: readonly CalendarEntry[], topicOrder: readonly T[]): CalendarGrid<T> {
  const cells = new Map<string, CalendarEntry[]>();
  for (const e of entries) {
    const k = `${e.topic}|${e.year}`;
    const list = cells.get(k);
    if (list) list.push(e); else cells.set(k, [e]);
  }
  const present = new Set(entries.map((e) => e.topic));
  return {
    topics: topicOrder.filter((x) => present.has(x)),
    years: [...new Set(entries.map((e) => e.year))].sort((a, b) => a - b),
    cells,
  };
}

function cmp(a: string, b: string) { return a < b ? -1 : a > b ? 1 : 0; }
