/**
 * What the map shows for a state: per-area values of the active indicator as of the year, the colour scale,
 * the visible places. Pure functions of (data, state); the views only draw what these return.
 */
import { AREAS, CENTRAL_CITY_CODE, CITY_CODE } from '../schema/areas.ts';
import { asOfYear, type AsOfStatus } from './asOf.ts';
import { issuedYearOf, type AtlasData, type Indicator, type Place } from './model.ts';
import { colourScale, type ColourScale } from './scales.ts';

export const COUNTY_CODES = AREAS.filter((a) => a.kind === 'county').map((a) => a.code);
export const ZONE_CODES = AREAS.filter((a) => a.kind === 'zone').map((a) => a.code);
export { CITY_CODE, CENTRAL_CITY_CODE };
/** values for the whole city and for the central city: shown in the city panel, never as a county or zone */
export const CITY_LEVEL_CODES: ReadonlySet<string> = new Set([CITY_CODE, CENTRAL_CITY_CODE]);

export interface AreaValue {
  area_code: string;
  status: AsOfStatus;
  row: Indicator | null;
}

/** Area-level rows of one indicator grouped by area (site-level rows, with place_id, are not area values). */
export function seriesByArea(data: AtlasData, indicator: string): Map<string, Indicator[]> {
  const m = new Map<string, Indicator[]>();
  for (const r of data.byIndicator.get(indicator) ?? []) {
    if (r.place_id) continue;
    const list = m.get(r.area_code) ?? [];
    list.push(r);
    m.set(r.area_code, list);
  }
  for (const list of m.values()) list.sort((a, b) => a.year - b.year || a.line - b.line);
  return m;
}

export function areaValues(data: AtlasData, indicator: string, year: number, codes: readonly string[]): AreaValue[] {
  const iy = issuedYearOf(data);
  const series = seriesByArea(data, indicator);
  return codes.map((code) => ({ area_code: code, ...asOfYear(series.get(code) ?? [], year, iy) }));
}

/** An indicator with no county or zone values is shown in the city panel, not as a uniform choropleth. */
export function isCityOnly(data: AtlasData, indicator: string): boolean {
  return data.cityOnly.has(indicator) || !data.byIndicator.has(indicator);
}

/**
 * The scale covers every value the indicator takes in counties and zones over all years, so colours mean
 * the same thing in every year of the timeline (a year step changes colours only where values change).
 */
export function indicatorScale(data: AtlasData, indicator: string): ColourScale {
  const vals = (data.byIndicator.get(indicator) ?? [])
    .filter((r) => !r.place_id && !CITY_LEVEL_CODES.has(r.area_code))
    .map((r) => r.value);
  return colourScale(vals, Math.min(5, COUNTY_CODES.length - 1));
}

/** Places visible in year Y: their document exists by then. */
export function visiblePlaces(data: AtlasData, categories: readonly string[], year: number): Place[] {
  const iy = issuedYearOf(data);
  const cats = new Set(categories);
  return data.places.filter((p) => cats.has(p.category) && iy(p.doc) <= year);
}

/** Indicators that have at least one value, grouped by topic in the fixed topic order. */
export function placeCategories(data: AtlasData): string[] {
  return [...new Set(data.places.map((p) => p.category))].sort();
}
