/**
 * The barometer (晴雨表, 许政〔2019〕2号/附1 asks for one: 定期发布各地…“晴雨表”): per area and indicator of a topic,
 * the baseline, the latest reported value, the target, the change still required, and a status computed only from
 * values the documents report. Pure and DOM-free.
 *
 * Status compares reported progress with 序时进度 (time-elapsed progress: the straight line from the baseline to the
 * target): points behind = elapsed share of the period − achieved share of the change, both in %. Without an
 * interim reported value there is nothing to compare: "no reported value", never a guess.
 */
import { kindClass } from './conflicts.ts';
import { issuedYearOf, type AtlasData, type Indicator } from './model.ts';

/** Points behind 序时进度 up to which an area is on track / behind; beyond the second, far behind. */
export const BAROMETER_THRESHOLDS = { onTrack: 10, behind: 30 } as const;

export type BarometerStatus = 'on_track' | 'behind' | 'far_behind' | 'no_reported' | 'no_target';

export interface BarometerCell {
  indicator: string;
  area_code: string;
  baseline: Indicator | null;
  /** the latest reported value after the baseline, up to the shown year */
  latest: Indicator | null;
  target: Indicator | null;
  /** target − (latest, else baseline), in the indicator's unit */
  required: number | null;
  /** share of the period elapsed at the latest value, and share of the change achieved, in % */
  elapsedPct: number | null;
  achievedPct: number | null;
  /** elapsedPct − achievedPct (positive = behind 序时进度) */
  behindPoints: number | null;
  status: BarometerStatus;
}

export interface Barometer {
  topic: string;
  indicators: string[];
  areas: string[];
  cells: BarometerCell[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * One cell from an area's rows of one indicator, as known in `year`: documents issued later do not exist yet.
 * The target is the planned value for the smallest year ≥ `year` (else the last one); the baseline is the
 * latest reported value before the target's period starts, i.e. the earliest reported value of the series up to `year`.
 */
export function barometerCell(indicator: string, area_code: string, rows: readonly Indicator[], year: number,
  issuedYear: (doc: string) => number): BarometerCell {
  const known = rows.filter((r) => issuedYear(r.doc) <= year);
  const planned = known.filter((r) => kindClass(r.kind) === 'planned');
  const reported = known.filter((r) => kindClass(r.kind) === 'reported' && r.year <= year).sort((a, b) => a.year - b.year || a.line - b.line);
  const future = planned.filter((r) => r.year >= year);
  const pool = future.length ? future : planned;
  const tYear = pool.length ? (future.length ? Math.min(...pool.map((r) => r.year)) : Math.max(...pool.map((r) => r.year))) : null;
  const target = tYear === null ? null : pool.filter((r) => r.year === tYear).sort((a, b) => issuedYear(b.doc) - issuedYear(a.doc) || a.line - b.line)[0];
  const before = target ? reported.filter((r) => r.year < target.year) : reported;
  const baseline = before[0] ?? null;
  const interim = baseline ? before.filter((r) => r.year > baseline.year) : [];
  const atTarget = target ? reported.filter((r) => r.year === target.year) : [];
  const latest = [...interim, ...atTarget].at(-1) ?? null;
  const from = latest ?? baseline;
  const required = target && from ? Math.round((target.value - from.value) * 1e10) / 1e10 : null;
  const cell: BarometerCell = {
    indicator, area_code, baseline, latest, target, required, elapsedPct: null, achievedPct: null, behindPoints: null,
    status: target ? 'no_reported' : 'no_target',
  };
  if (!target || !baseline || !latest || target.year === baseline.year || target.value === baseline.value) return cell;
  const elapsed = ((latest.year - baseline.year) / (target.year - baseline.year)) * 100;
  const achieved = ((latest.value - baseline.value) / (target.value - baseline.value)) * 100;
  const behind = elapsed - achieved;
  const status: BarometerStatus = behind <= BAROMETER_THRESHOLDS.onTrack ? 'on_track'
    : behind <= BAROMETER_THRESHOLDS.behind ? 'behind' : 'far_behind';
  return { ...cell, elapsedPct: round1(elapsed), achievedPct: round1(achieved), behindPoints: round1(behind), status };
}

/** Areas × indicators of a topic that have a planned value in some area; areas in the given order. */
export function barometer(data: AtlasData, topic: string, year: number, areaOrder: readonly string[]): Barometer {
  const issued = issuedYearOf(data);
  const indicators = data.defs.filter((d) => d.topic === topic).map((d) => d.id)
    .filter((id) => (data.byIndicator.get(id) ?? []).some((r) => !r.place_id && kindClass(r.kind) === 'planned'));
  const byArea = new Map<string, Map<string, Indicator[]>>();
  for (const id of indicators) {
    for (const r of data.byIndicator.get(id) ?? []) {
      if (r.place_id) continue;
      const m = byArea.get(r.area_code) ?? new Map<string, Indicator[]>();
      m.set(id, [...(m.get(id) ?? []), r]);
      byArea.set(r.area_code, m);
    }
  }
  const areas = areaOrder.filter((a) => byArea.has(a));
  const cells = areas.flatMap((a) => indicators.map((id) => barometerCell(id, a, byArea.get(a)?.get(id) ?? [], year, issued)));
  return { topic, indicators, areas, cells };
}
