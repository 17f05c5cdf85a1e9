/**
 * The change map: per area, the change of one indicator from a base year to the shown year. Pure and DOM-free.
 *
 * Both ends follow the as-of rules (asOf.ts) with what was published by the later year: a 2019 plan's 2015
 * baseline is a known base for 2015 → 2020. The base end takes no value of a later year (a target in force is
 * where the change goes, not where it starts). An area is "no data" when an end has no value, or when both ends
 * resolve to the same row or run backwards (e.g. base 2019 and year 2020 both showing the 2020 target), with the
 * reason, so the map never shows a change that the documents do not state.
 */
import { asOfYear, type AsOf } from './asOf.ts';
import { issuedYearOf, type AtlasData, type Indicator } from './model.ts';
import type { ColourScale, RGB } from './scales.ts';
import { NO_DATA } from './scales.ts';
import { seriesByArea } from './view.ts';

export type ChangeGap = 'no_base' | 'no_end' | 'not_yet_planned' | 'no_span';

export interface AreaChange {
  area_code: string;
  base: AsOf<Indicator>;
  end: AsOf<Indicator>;
  change: number | null;
  /** % of the base value; null where the base is 0 or a value is missing */
  change_pct: number | null;
  gap: ChangeGap | null;
}

export type ChangeMeasure = 'abs' | 'pct';

export function changeValues(data: AtlasData, indicator: string, baseYear: number, year: number, codes: readonly string[]): AreaChange[] {
  const issued = issuedYearOf(data);
  const series = seriesByArea(data, indicator);
  return codes.map((code) => {
    const rows = series.get(code) ?? [];
    // documents count as of the later year at both ends: what a reader knows when looking at `year`. The base is
    // a value of the base year or, failing that, the latest before it (marked expired) — never a later target.
    const base = asOfYear(rows.filter((r) => r.year <= baseYear), baseYear, issued, Math.max(year, baseYear));
    const end = asOfYear(rows, year, issued);
    return measure(code, base, end);
  });
}

function measure(area_code: string, base: AsOf<Indicator>, end: AsOf<Indicator>): AreaChange {
  const gapOf = (): ChangeGap | null => {
    if (end.status === 'not_yet_planned') return 'not_yet_planned';
    if (!end.row) return 'no_end';
    if (!base.row) return 'no_base';
    if (base.row === end.row || base.row.year >= end.row.year) return 'no_span';
    return null;
  };
  const gap = gapOf();
  if (gap || !base.row || !end.row) return { area_code, base, end, change: null, change_pct: null, gap };
  const change = round(end.row.value - base.row.value);
  const change_pct = base.row.value === 0 ? null : round(((end.row.value - base.row.value) / Math.abs(base.row.value)) * 100, 1);
  return { area_code, base, end, change, change_pct, gap: null };
}

/** Rounds away binary noise (558 → 500 is −58, not −57.99999). */
function round(x: number, digits = 10): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

// ColorBrewer PuOr, 7 classes (Cynthia Brewer, Apache-2.0): orange for decreases, purple for increases, grey-white
// for no change. Diverging and readable under the common colour-vision deficiencies.
export const DIVERGING: readonly RGB[] = [
  [179, 88, 6], [241, 163, 64], [254, 224, 182], [247, 247, 247], [216, 218, 235], [153, 142, 195], [84, 39, 136],
];

/**
 * A diverging scale centred on zero: three classes each side of an exact-zero class, split at thirds of the
 * largest absolute change, so equal changes up and down get equally strong colours.
 */
export function divergingScale(values: readonly number[]): ColourScale & { max: number } {
  const finite = values.filter(Number.isFinite);
  const max = finite.length ? Math.max(...finite.map(Math.abs)) : 0;
  const t = max / 3;
  // upper bounds, ascending; the fourth class holds exactly 0
  const breaks = [-2 * t, -t, -Number.MIN_VALUE, 0, t, 2 * t, max];
  const classOf = (v: number | null) => {
    if (v === null || !Number.isFinite(v) || finite.length === 0) return -1;
    if (v === 0) return 3;
    if (v < 0) return v <= -2 * t ? 0 : v <= -t ? 1 : 2;
    return v <= t ? 4 : v <= 2 * t ? 5 : 6;
  };
  const integer = finite.length > 0 && finite.every(Number.isInteger);
  return {
    breaks, colours: [...DIVERGING], integer, max, classOf,
    colourOf: (v) => (classOf(v) === -1 ? NO_DATA : DIVERGING[classOf(v)]),
  };
}

/** Legend labels of the diverging scale: "≤ −a", "−a – −b", "< 0", "0", "> 0", … ; fmt formats one number. */
export function divergingLabels(max: number, fmt: (x: number) => string): string[] {
  const t = max / 3;
  if (max === 0) return ['', '', '', fmt(0), '', '', ''];
  return [
    `≤ ${fmt(-2 * t)}`, `${fmt(-2 * t)} – ${fmt(-t)}`, `${fmt(-t)} – 0`, fmt(0), `0 – ${fmt(t)}`, `${fmt(t)} – ${fmt(2 * t)}`,
    `> ${fmt(2 * t)}`,
  ];
}
