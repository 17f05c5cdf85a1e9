/**
 * The instrument's view model: what the fill shows in a change map, the symbol layer's values, and the notices
 * for requests the data cannot answer (a change whose base equals the year, a base year with no values, a
 * symbol indicator with no county values). Pure functions of (data, state); the views only draw what these return.
 */
import { changeValues, divergingScale, type AreaChange } from './change.ts';
import type { AtlasData } from './model.ts';
import type { ColourScale } from './scales.ts';
import type { AtlasState, Measure, ParamNotice } from './urlState.ts';
import { areaValues, isCityOnly, type AreaValue } from './view.ts';

export interface ChangeMap {
  base: number;
  year: number;
  measure: Measure;
  changes: AreaChange[];
  /** per area, the value the fill shows (the change, in the measure), with the later end's year, kind and source */
  values: Map<string, AreaValue>;
  scale: ColourScale & { max: number };
}

/** The change map of a state, or null when the state asks for none or the request cannot be drawn (see notices). */
export function changeMap(data: AtlasData, s: AtlasState, codes: readonly string[]): ChangeMap | null {
  if (!s.change || s.change >= s.year || isCityOnly(data, s.indicator)) return null;
  const changes = changeValues(data, s.indicator, s.change, s.year, codes);
  if (!changes.some((c) => c.base.row)) return null;
  const shown = (c: AreaChange) => (s.measure === 'pct' ? c.change_pct : c.change);
  const values = new Map<string, AreaValue>(changes.map((c) => {
    const v = shown(c);
    return [c.area_code, {
      area_code: c.area_code,
      status: v === null ? (c.gap === 'not_yet_planned' ? 'not_yet_planned' : 'no_data') : c.end.status,
      row: v === null || !c.end.row ? null : { ...c.end.row, value: v },
    }];
  }));
  const scale = divergingScale(changes.map(shown).filter((v): v is number => v !== null));
  return { base: s.change, year: s.year, measure: s.measure, changes, values, scale };
}

/** Requests the URL can hold but the data cannot answer: named, and the map falls back to a sensible view. */
export function instrumentNotices(data: AtlasData, s: AtlasState, codes: readonly string[]): ParamNotice[] {
  const out: ParamNotice[] = [];
  if (s.change) {
    const raw = String(s.change);
    if (s.change === s.year) out.push({ param: 'change', raw, reason: 'same as the year: no change to show' });
    else if (s.change > s.year) out.push({ param: 'change', raw, reason: 'after the year shown' });
    else if (isCityOnly(data, s.indicator)) out.push({ param: 'change', raw, reason: 'the indicator has no county values' });
    else if (!changeValues(data, s.indicator, s.change, s.year, codes).some((c) => c.base.row)) {
      out.push({ param: 'change', raw, reason: 'no values for the base year' });
    }
  }
  if (s.symbol && isCityOnly(data, s.symbol)) out.push({ param: 'symbol', raw: s.symbol, reason: 'the indicator has no county values' });
  return out;
}

/** The symbol layer's values (as of the year, the same rules as the fill), or [] when there is no symbol layer. */
export function symbolValues(data: AtlasData, s: AtlasState, codes: readonly string[]): AreaValue[] {
  if (!s.symbol || isCityOnly(data, s.symbol)) return [];
  return areaValues(data, s.symbol, s.year, codes);
}

/** Symbol radius in pixels: area ∝ value (the honest proportional symbol), the largest value at maxRadius. */
export function symbolRadius(value: number, maxValue: number, maxRadius = 26): number {
  if (!(maxValue > 0) || !(value > 0)) return 0;
  return Math.max(2, Math.sqrt(value / maxValue) * maxRadius);
}
