/**
 * Gives places coordinates only where a source has them: a township seat from the gazetteer (precision town),
 * else the county's label point (precision county), else nothing (zones and city-wide places: none).
 * Never invents a coordinate.
 */
import type { PlaceDraft, PlaceRow } from './lib/types.ts';

export interface TownshipPoint {
  name: string;
  county_code: string;
  lon: number;
  lat: number;
}

/** Township names appear with or without their suffix in the texts (神垕镇 / 神垕). */
const stripSuffix = (s: string) => s.replace(/\s+/g, '').replace(/(回族镇|回族乡|街道办事处|街道|镇|乡)$/, '');

export function locatePlaces(
  drafts: readonly PlaceDraft[],
  townships: readonly TownshipPoint[],
  countyLabels: ReadonlyMap<string, readonly [number, number]>,
): PlaceRow[] {
  return drafts.map((d) => {
    const { town, ...rest } = d;
    const fmt = (x: number) => x.toFixed(6);
    if (town) {
      const key = stripSuffix(town);
      const hit = townships.find((t) => stripSuffix(t.name) === key && (t.county_code === d.area_code || d.area_code === '411000'));
      if (hit) {
        return { ...rest, lon: fmt(hit.lon), lat: fmt(hit.lat), location_precision: 'town' as const,
          note: joinNote(rest.note, `position: seat of ${hit.name} (gazetteer)`) };
      }
    }
    const label = countyLabels.get(d.area_code);
    if (label) {
      return { ...rest, lon: fmt(label[0]), lat: fmt(label[1]), location_precision: 'county' as const,
        note: joinNote(rest.note, town ? `position: county label point (no coordinate for ${town} in the gazetteer)` : 'position: county label point') };
    }
    return { ...rest, lon: '', lat: '', location_precision: 'none' as const };
  });
}

const joinNote = (a: string, b: string) => (a ? `${a}; ${b}` : b);
