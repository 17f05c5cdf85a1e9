/**
 * Gives places their county and coordinates only where a source has them. A place that names a township takes
 * it from the open gazetteer (geo/townships.csv: 国家统计局 township list, GeoNames seat points for 20 of 105):
 * - its county: a place recorded city-wide (411000, the text printed no county) whose township the gazetteer
 *   lists in exactly one county gets that county's code and name;
 * - its position: the township seat (precision town) where the gazetteer has one, else the county's label point
 *   (precision county), else nothing (zones and city-wide places: none).
 * Never invents a coordinate; a township name found in several counties leaves the place where it was.
 */
import { areaByCode } from './lib/areas.ts';
import type { PlaceDraft, PlaceRow } from './lib/types.ts';

export interface TownshipPoint {
  code?: string;
  name: string;
  county_code: string;
  /** WGS84, null where the gazetteer has no coordinate */
  lon: number | null;
  lat: number | null;
}

const CITY = '411000';

/** Township names appear with or without their suffix in the texts (神垕镇 / 神垕). */
const stripSuffix = (s: string) => s.replace(/\s+/g, '').replace(/(回族镇|回族乡|街道办事处|街道|镇|乡)$/, '');

/** The gazetteer row for `town` within `areaCode` (any county when the place is city-wide); undefined if none or ambiguous. */
function findTownship(town: string, areaCode: string, townships: readonly TownshipPoint[]): TownshipPoint | undefined {
  const key = stripSuffix(town);
  const hits = townships.filter((t) => stripSuffix(t.name) === key && (t.county_code === areaCode || areaCode === CITY));
  const counties = new Set(hits.map((t) => t.county_code));
  return counties.size === 1 && areaByCode(hits[0].county_code)?.kind === 'county' ? hits[0] : undefined;
}

export function locatePlaces(
  drafts: readonly PlaceDraft[],
  townships: readonly TownshipPoint[],
  countyLabels: ReadonlyMap<string, readonly [number, number]>,
): PlaceRow[] {
  const fmt = (x: number) => x.toFixed(6);
  return drafts.map((d) => {
    const { town, ...draft } = d;
    const hit = town ? findTownship(town, d.area_code, townships) : undefined;
    let rest = draft;
    if (hit && d.area_code === CITY) {
      const county = areaByCode(hit.county_code)!;
      rest = { ...rest, area_code: county.code, area: county.name_zh,
        note: joinNote(rest.note, `county: ${hit.name}${hit.code ? ` ${hit.code}` : ''} is in ${county.name_zh} (gazetteer)`) };
    }
    if (hit && hit.lon !== null && hit.lat !== null) {
      return { ...rest, lon: fmt(hit.lon), lat: fmt(hit.lat), location_precision: 'town' as const,
        note: joinNote(rest.note, `position: seat of ${hit.name} (gazetteer)`) };
    }
    const label = countyLabels.get(rest.area_code);
    if (label) {
      return { ...rest, lon: fmt(label[0]), lat: fmt(label[1]), location_precision: 'county' as const,
        note: joinNote(rest.note, town ? `position: county label point (no coordinate for ${town} in the gazetteer)` : 'position: county label point') };
    }
    return { ...rest, lon: '', lat: '', location_precision: 'none' as const };
  });
}

const joinNote = (a: string, b: string) => (a ? `${a}; ${b}` : b);
