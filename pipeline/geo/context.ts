/** Context layers that are open: GeoNames places (CC BY 4.0) and GSHHG/WDBII rivers (LGPL-3+). */
import { bboxClip } from '@turf/bbox-clip';
import type { Feature, FeatureCollection, LineString, MultiLineString, Point, Position } from 'geojson';
import { countyOf, feature, type CountyCollection } from './boundaries.ts';
import { CONTEXT_BBOX, DECIMALS, roundTo, samePos } from './coords.ts';

export const PLACES_PATH = 'open/xuchang_area_places_geonames_wgs84.geojson';
export const RIVERS_PATH = 'open/xuchang_area_rivers_gshhg_wdbii_wgs84.geojson';

export interface PlaceProps {
  geonameid: number;
  name_zh: string;
  name: string;
  feature_code: string;
  county_adcode: string;
  population: number;
  note: string;
}

/** GeoNames points inside the county polygons; county_adcode by point-in-polygon against `counties`. */
export function buildPlaces(text: string, counties: CountyCollection): FeatureCollection<Point, PlaceProps> {
  const fc = JSON.parse(text) as FeatureCollection<Point, Record<string, unknown>>;
  const features: Feature<Point, PlaceProps>[] = [];
  for (const f of fc.features) {
    if (f.geometry?.type !== 'Point') continue;
    const [lon, lat] = f.geometry.coordinates;
    const county = countyOf(lon, lat, counties);
    if (!county) continue;
    const p = f.properties;
    features.push(
      feature(
        {
          geonameid: Number(p.geonameid),
          name_zh: String(p.name_zh ?? ''),
          name: String(p.name ?? ''),
          feature_code: String(p.feature_code ?? ''),
          county_adcode: county,
          population: Number(p.population ?? 0),
          note: String(p.note ?? ''),
        },
        { type: 'Point', coordinates: [roundTo(lon, DECIMALS.places), roundTo(lat, DECIMALS.places)] } as Point,
      ),
    );
  }
  features.sort((a, b) =>
    a.properties.county_adcode !== b.properties.county_adcode
      ? (a.properties.county_adcode < b.properties.county_adcode ? -1 : 1)
      : a.properties.geonameid - b.properties.geonameid,
  );
  return { type: 'FeatureCollection', features };
}

export interface RiverProps {
  wdb_level: number;
  /** '' or a Chinese river name: a hint, unverified */
  name_hint: string;
  /** why the hint was chosen; always says it is unverified ('' when no hint) */
  name_hint_note: string;
}

/** Rivers clipped to `bbox`; source order kept; vertices rounded to 5 decimals. */
export function buildRivers(text: string, bbox = CONTEXT_BBOX): FeatureCollection<LineString | MultiLineString, RiverProps> {
  const fc = JSON.parse(text) as FeatureCollection<LineString | MultiLineString, Record<string, unknown>>;
  const features: Feature<LineString | MultiLineString, RiverProps>[] = [];
  for (const f of fc.features) {
    if (f.geometry?.type !== 'LineString' && f.geometry?.type !== 'MultiLineString') continue;
    const clipped = bboxClip(f, bbox).geometry;
    const lines = (clipped.type === 'LineString' ? [clipped.coordinates] : (clipped.coordinates as Position[][]))
      .map((l) => {
        const o: Position[] = [];
        for (const p of l) {
          const q = [roundTo(p[0], DECIMALS.rivers), roundTo(p[1], DECIMALS.rivers)];
          if (!o.length || !samePos(o[o.length - 1], q)) o.push(q);
        }
        return o;
      })
      .filter((l) => l.length >= 2);
    if (!lines.length) continue;
    const hint = String(f.properties?.name_hint ?? '');
    let basis = String(f.properties?.name_hint_basis ?? '');
    if (hint && !/unverified/.test(basis)) basis = `${basis} (hint, unverified)`.trim();
    if (!hint) basis = '';
    const geometry: LineString | MultiLineString =
      lines.length === 1 ? { type: 'LineString', coordinates: lines[0] } : { type: 'MultiLineString', coordinates: lines };
    features.push(
      feature({ wdb_level: Number(f.properties?.wdb_level), name_hint: hint, name_hint_note: basis }, geometry),
    );
  }
  return { type: 'FeatureCollection', features };
}

