/**
 * The county labels of a state: name and value line, placed at each county's label point, lifted over a symbol,
 * raised onto a 3D column's roof. Pure: the app computes them from its state (AtlasView), and the build computes
 * the default view's (firstView.ts) so the first paint shows the same labels before the data has arrived.
 */
import type { Geometry } from 'geojson';
import type { Counties } from './choropleth.ts';
import { columnHeight } from './choropleth.ts';
import { conflictOf, type ValueConflict } from './conflicts.ts';
import { areaShortName, formatNumber, t, unitName } from './i18n.ts';
import { symbolRadius } from './instrument.ts';
import { roughArea } from './labelLayout.ts';
import type { Measure } from './urlState.ts';
import type { Lang } from './urlState.ts';
import type { AreaValue } from './view.ts';

/** A county label: drawn as HTML above the map (MapView, SvgMap). */
export interface MapLabel {
  id: string;
  lon: number;
  lat: number;
  name: string;
  /** the value line; empty for none */
  value: string;
  /** px: the label sits this far above its point (clear of a symbol drawn there), 0 = centred on it */
  lift?: number;
  /** m: the height of a 3D column under the label; the label rides on its roof */
  z?: number;
}

export interface LabelInput {
  lang: Lang;
  year: number;
  /** the indicator's unit */
  unit: string;
  /** what the fill shows, per county */
  values: ReadonlyMap<string, AreaValue>;
  /** a change map's measure: the values are changes, labelled signed; null: the values themselves */
  change: Measure | null;
  /** the indicator has no county values (its labels carry names only) */
  cityOnly: boolean;
  conflicts: Map<string, ValueConflict>;
  /** symbols drawn at the label points */
  symbols?: ReadonlyMap<string, AreaValue>;
  symbolMax?: number;
  /** 3D columns: the largest absolute value (labels ride on the roofs) */
  columnMax?: number;
}

/** a value as the map labels it: the number and unit (its own year if not the shown one), or a change */
export function labelValueText(v: Pick<AreaValue, 'status' | 'row'>, inp: Pick<LabelInput, 'lang' | 'year' | 'unit' | 'change'>): string {
  const { lang } = inp;
  if (!v.row) return v.status === 'not_yet_planned' ? t(lang, 'notYet') : '';
  const unit = unitName(lang, inp.unit);
  if (inp.change) {
    const x = v.row.value;
    const sign = x > 0 ? '+' : x < 0 ? '−' : '±';
    const n = formatNumber(lang, Math.abs(x));
    return inp.change === 'pct' ? `${sign}${n}%` : `${sign}${n} ${unit}`.trim();
  }
  const own = v.row.year !== inp.year ? ` (${v.row.year})` : '';
  return `${formatNumber(lang, v.row.value)} ${unit}${own}`.trim();
}

/** the counties smallest first: where labels would overlap, the ones listed first keep their place */
export function labelOrder(counties: Counties): Counties['features'] {
  return [...counties.features].sort((a, b) => roughArea(a.geometry as Geometry) - roughArea(b.geometry as Geometry));
}

export function countyLabels(ordered: Counties['features'], inp: LabelInput): MapLabel[] {
  return ordered.map((f) => {
    const code = f.properties.adcode;
    const v = inp.values.get(code);
    // documents disagree on this value: the label says so instead of showing one of them
    const disputed = !inp.change && v?.row ? conflictOf(inp.conflicts, v.row) : undefined;
    const value = disputed
      ? `≠ ${disputed.rows.map((r) => formatNumber(inp.lang, r.value)).join(' / ')}`
      : v && !inp.cityOnly ? labelValueText(v, inp) : '';
    const sym = inp.symbols?.get(code);
    return {
      id: code, lon: f.properties.label_lon, lat: f.properties.label_lat, name: areaShortName(inp.lang, code), value,
      // a symbol is drawn at the label point: the label moves up, clear of it
      lift: sym?.row ? symbolRadius(sym.row.value, inp.symbolMax ?? 0) + 2 : 0,
      z: inp.columnMax !== undefined && v?.row ? columnHeight(v.row.value, inp.columnMax) : 0,
    };
  });
}
