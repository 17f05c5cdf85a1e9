/**
 * Pure helpers behind the detail panel: which checks concern an indicator, what each document contributes to
 * the map, the ranking of areas, the values of one topic in one area, and the targets falling due in a year.
 * DOM-free; the as-of-year rules themselves live in asOf.ts and are only applied here.
 */
import type { Topic } from '../schema/vocabulary.ts';
import { isReconciledNote } from '../schema/rows.ts';
import { asOfYear, dueInYear, type AsOfStatus } from './asOf.ts';
import { documentAt, issuedYearOf, type AtlasData, type Check, type Def, type Indicator } from './model.ts';
import { areaValues, seriesByArea, COUNTY_CODES, ZONE_CODES, type AreaValue } from './view.ts';

/** The root document number: a plan attached to a notice ("许政〔2019〕2号/附1") belongs to the notice. */
export const rootDoc = (doc: string) => doc.split('/')[0];

/** A check reconciles (its note starts with "ok"); anything else is a finding: the documents disagree. */
export const isReconciled = (c: Check) => isReconciledNote(c.note);

/** Trailing id parts that name a unit, not the quantity (tourism_road_branch_km → branch). */
const UNIT_TOKENS = new Set(['km', 'pct']);

/** The part of an indicator id that names the quantity: without its topic prefix and trailing unit tokens. */
function coreOf(indicator: string, topic: string | undefined): string {
  let id = indicator;
  if (topic && id.startsWith(`${topic}_`)) id = id.slice(topic.length + 1);
  else id = id.split('_').slice(1).join('_');
  const parts = id.split('_');
  while (parts.length > 1 && UNIT_TOKENS.has(parts[parts.length - 1])) parts.pop();
  return parts.join('_');
}

/**
 * The checks that concern one indicator. A check that names its indicators (checks.csv `indicators`) concerns
 * exactly those. For one that does not (yet), it is inferred: the check concerns the indicator when it is
 * about the same document as one of the indicator's rows and at least one of:
 *  - it sits on the seed line of one of those rows;
 *  - its id names the indicator: contains the whole id, or (in the same family, e.g. "coal_…") the quantity
 *    part of it as whole id tokens (coal_power_units → "…_power_units_…", tourism_road_branch_km → "…_branch_…");
 *  - its note mentions one of the rows' lines ("line 351") or the name of a site whose values feed the indicator.
 * Findings are those whose note does not start with "ok"; the others are reconciled. Both are sorted by seed,
 * line and check id.
 */
export function findingsFor(data: AtlasData, indicator: string): { findings: Check[]; reconciled: Check[] } {
  const rows = data.byIndicator.get(indicator) ?? [];
  const docs = new Set(rows.map((r) => rootDoc(r.doc)));
  const seedLines = new Set(rows.map((r) => `${r.seed}\n${r.line}`));
  const lines = new Map<string, Set<number>>();
  for (const r of rows) {
    const s = lines.get(r.seed) ?? new Set<number>();
    s.add(r.line);
    lines.set(r.seed, s);
  }
  const placeIds = new Set(rows.map((r) => r.place_id).filter(Boolean));
  const placeNames = data.places.filter((p) => placeIds.has(p.place_id) && p.name.length >= 2).map((p) => p.name);
  const topic = data.defById.get(indicator)?.topic;
  const family = (topic ?? indicator).split('_')[0];
  const core = coreOf(indicator, topic);

  const concerns = (c: Check): boolean => {
    if (c.indicators.length) return c.indicators.includes(indicator);
    // a check cites one document; one comparing two (a draft against its final plan) names the other in its note
    if (!docs.has(rootDoc(c.doc)) && ![...docs].some((d) => c.note.includes(d))) return false;
    if (seedLines.has(`${c.seed}\n${c.line}`)) return true;
    const id = `_${c.check}_`;
    if (id.includes(`_${indicator}_`)) return true;
    if (core && c.check.split('_')[0] === family && id.includes(`_${core}_`)) return true;
    const seedLinesOfCheck = lines.get(c.seed);
    if (seedLinesOfCheck) {
      for (const m of c.note.matchAll(/\bline\s+(\d+)/gi)) if (seedLinesOfCheck.has(Number(m[1]))) return true;
    }
    return placeNames.some((n) => c.note.includes(n));
  };
  const order = (a: Check, b: Check) =>
    (a.seed < b.seed ? -1 : a.seed > b.seed ? 1 : 0) || a.line - b.line || (a.check < b.check ? -1 : a.check > b.check ? 1 : 0);
  const mine = data.checks.filter(concerns).sort(order);
  return { findings: mine.filter((c) => !isReconciled(c)), reconciled: mine.filter(isReconciled) };
}

export interface Contribution {
  doc: string;
  /** indicator rows whose seed line lies in this document (the most specific one: an attached plan, else the notice) */
  values: number;
  /** places whose seed line lies in this document */
  places: number;
  /** ids of the indicators these rows feed, in definition order */
  indicators: string[];
}

/**
 * What each document contributes to the map. A row cites its notice's number while its line usually lies in an
 * attached plan; it is counted for the most specific document containing its line (documentAt) when that is
 * the cited document or one of its attached plans, else for the cited document. Every document of data.docs
 * gets an entry (zero counts when it feeds nothing).
 */
export function contributions(data: AtlasData): Map<string, Contribution> {
  const out = new Map<string, Contribution>();
  const entry = (doc: string) => {
    let e = out.get(doc);
    if (!e) out.set(doc, (e = { doc, values: 0, places: 0, indicators: [] }));
    return e;
  };
  for (const d of data.docs) entry(d.doc);
  const home = (doc: string, seed: string, line: number) => {
    const at = documentAt(data.docs, seed, line);
    return at && rootDoc(at.doc) === rootDoc(doc) ? at.doc : doc;
  };
  const feeds = new Map<string, Set<string>>();
  for (const r of data.indicators) {
    const d = home(r.doc, r.seed, r.line);
    entry(d).values++;
    const s = feeds.get(d) ?? new Set<string>();
    s.add(r.indicator);
    feeds.set(d, s);
  }
  for (const p of data.places) entry(home(p.doc, p.seed, p.line)).places++;
  const defOrder = new Map(data.defs.map((d, i) => [d.id, i]));
  for (const [d, s] of feeds) {
    entry(d).indicators = [...s].sort((a, b) => (defOrder.get(a) ?? 1e9) - (defOrder.get(b) ?? 1e9) || (a < b ? -1 : 1));
  }
  return out;
}

/**
 * Counties and zones ranked by their as-of value of one indicator in a year: values descending (expired values
 * take part with their own value), ties by area code; areas without a value (no data, not yet planned) last,
 * by area code.
 */
export function rankAreas(data: AtlasData, indicator: string, year: number): AreaValue[] {
  const vals = areaValues(data, indicator, year, [...COUNTY_CODES, ...ZONE_CODES]);
  const byCode = (a: AreaValue, b: AreaValue) => (a.area_code < b.area_code ? -1 : a.area_code > b.area_code ? 1 : 0);
  const withValue = vals.filter((v) => v.row).sort((a, b) => b.row!.value - a.row!.value || byCode(a, b));
  const without = vals.filter((v) => !v.row).sort(byCode);
  return [...withValue, ...without];
}

export interface TopicValue {
  def: Def;
  status: AsOfStatus;
  row: Indicator | null;
}

/**
 * The as-of values of every indicator of a topic in one area (area-level rows only), in definition order.
 * Indicators with no row at all for the area are left out; those whose documents are not issued yet are kept
 * with status not_yet_planned.
 */
export function topicValuesForArea(data: AtlasData, topic: Topic | string, areaCode: string, year: number): TopicValue[] {
  const iy = issuedYearOf(data);
  const out: TopicValue[] = [];
  for (const def of data.defs) {
    if (def.topic !== topic) continue;
    const rows = seriesByArea(data, def.id).get(areaCode) ?? [];
    if (rows.length === 0) continue;
    out.push({ def, ...asOfYear(rows, year, iy) });
  }
  return out;
}

export interface DueGroup {
  def: Def;
  /** area-level targets/plans due in the year, city first, then by area code */
  rows: Indicator[];
  /** site-level (place) targets of this indicator due in the year */
  sites: number;
}

/** Targets and plans falling due in a year (dueInYear) across all indicators, grouped by indicator in definition order. */
export function dueTargets(data: AtlasData, year: number): DueGroup[] {
  const due = dueInYear(data.indicators, year, issuedYearOf(data));
  const groups: DueGroup[] = [];
  for (const def of data.defs) {
    const mine = due.filter((r) => r.indicator === def.id);
    if (mine.length === 0) continue;
    const rows = mine
      .filter((r) => !r.place_id)
      .sort((a, b) => (a.area_code < b.area_code ? -1 : a.area_code > b.area_code ? 1 : 0) || a.line - b.line);
    groups.push({ def, rows, sites: mine.length - rows.length });
  }
  return groups;
}
