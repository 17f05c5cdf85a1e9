/**
 * Boundary polygons: read a `BoundarySource`, group by code, convert to WGS84, repair, rewind, check area, and
 * give the six counties canonical codes, names and label points. Also point-in-county and label-point lookups.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { AREAS, areaByCode, tryResolveArea } from '../lib/areas.ts';
import { DEFAULT_COUNTY_SOURCE, type BoundarySource } from './attribution.ts';
import { DECIMALS } from './coords.ts';
import { labelPointOf } from './labels.ts';
import { geometryOf, partsArea, partsOf, polygonProblems, prepareParts, repairParts, type Parts } from './polygons.ts';

/** Codes that changed; 建安区 was 许昌县 411023 until 2016 and some files still use the old code. */
export const LEGACY_ADCODES: Readonly<Record<string, string>> = { '411023': '411003' };

export const COUNTY_CODES: readonly string[] = AREAS.filter((a) => a.kind === 'county').map((a) => a.code).sort();

export function resolveIn(dir: string, p: string): string {
  return isAbsolute(p) ? p : join(dir, p);
}

export const feature = <G extends Geometry, P>(properties: P, geometry: G): Feature<G, P & object> =>
  ({ type: 'Feature', properties, geometry }) as Feature<G, P & object>;

// the county features' properties are shared with the app (src/schema/geo.ts)
import type { CountyProps } from '../../src/schema/geo.ts';
export type { CountyProps };
export type CountyCollection = FeatureCollection<Polygon | MultiPolygon, CountyProps>;

export interface PrefectureProps {
  adcode: string;
  name_zh: string;
}
export type PrefectureCollection = FeatureCollection<Polygon | MultiPolygon, PrefectureProps>;

interface BoundaryUnit {
  code: string;
  name: string;
  geometry: Polygon | MultiPolygon;
  /** geodesic area (m²) of the converted, rounded input before repair (parts summed) */
  inputArea: number;
  outputArea: number;
}

/** Normalise an administrative code from a source property (number or string) and map legacy codes. */
export function normaliseAdcode(v: unknown): string {
  const s = String(v ?? '').trim();
  if (!/^\d{6}$/.test(s)) throw new Error(`bad adcode "${s}"`);
  return LEGACY_ADCODES[s] ?? s;
}

/**
 * Read a boundary FeatureCollection, group features by code (a unit may be split over several features), convert
 * to WGS84, repair, rewind, and check that the area is preserved within `maxAreaChange` (relative).
 */
export function processBoundary(
  text: string,
  src: Pick<BoundarySource, 'crs' | 'codeProp' | 'nameProp'>,
  decimals: number,
  keep: (code: string) => boolean = () => true,
  maxAreaChange = 0.001,
): BoundaryUnit[] {
  const fc = JSON.parse(text) as FeatureCollection;
  if (fc.type !== 'FeatureCollection') throw new Error('boundary input is not a FeatureCollection');
  const groups = new Map<string, { name: string; prepared: Parts }>();
  for (const f of fc.features) {
    if (!f.geometry) continue;
    const code = normaliseAdcode(src.codeProp === '@id' ? f.id : f.properties?.[src.codeProp]);
    if (!keep(code)) continue;
    const name = String(f.properties?.[src.nameProp] ?? '').trim();
    const g = groups.get(code) ?? { name, prepared: [] };
    if (g.name !== name) throw new Error(`code ${code} has two names: ${g.name} / ${name}`);
    g.prepared.push(...prepareParts(partsOf(f.geometry), src.crs, decimals));
    groups.set(code, g);
  }
  const out: BoundaryUnit[] = [];
  for (const code of [...groups.keys()].sort()) {
    const g = groups.get(code)!;
    const repaired = repairParts(g.prepared, decimals);
    const geometry = geometryOf(repaired);
    const probs = polygonProblems(geometry);
    if (probs.length) throw new Error(`${code} ${g.name}: geometry still invalid after repair: ${probs.slice(0, 5).join('; ')}`);
    // compare with the converted input before repair: GCJ-02 itself is not area-preserving (its offset field
    // has local scale errors of a few ‰), so the raw GCJ-02 area is not the reference
    const inputArea = partsArea(g.prepared);
    const outputArea = partsArea(repaired);
    if (Math.abs(outputArea / inputArea - 1) > maxAreaChange)
      throw new Error(`${code} ${g.name}: area changed by repair ${inputArea} → ${outputArea}`);
    out.push({ code, name: g.name, geometry, inputArea, outputArea });
  }
  return out;
}

/** The six county polygons with canonical codes/names (lib/areas.ts) and label points. */
export function buildCounties(text: string, src: BoundarySource = DEFAULT_COUNTY_SOURCE): CountyCollection {
  const wanted = new Set(COUNTY_CODES);
  const units = processBoundary(text, src, DECIMALS.counties, (code) => {
    if (wanted.has(code)) return true;
    if (code.startsWith('4110')) throw new Error(`boundary has an unknown Xuchang code ${code}`);
    return false; // a wider file (all of Henan/China) is fine: other units are ignored
  });
  const got = units.map((u) => u.code);
  const missing = COUNTY_CODES.filter((c) => !got.includes(c));
  if (missing.length) throw new Error(`boundary is missing counties ${missing.join(', ')}`);
  const features = units.map((u) => {
    const area = areaByCode(u.code)!;
    const resolved = tryResolveArea(u.name);
    if (resolved && resolved.code !== u.code) throw new Error(`boundary names ${u.name} under ${u.code}, which is ${area.name_zh}`);
    const [label_lon, label_lat] = labelPointOf(u.geometry, DECIMALS.counties);
    return feature({ adcode: u.code, name_zh: area.name_zh, name_en: area.name_en, label_lon, label_lat }, u.geometry);
  });
  return { type: 'FeatureCollection', features };
}

/** Henan prefectures for context (rounded to 4 decimals, repaired, RFC 7946 winding). */
export function buildPrefectures(text: string, src: BoundarySource): PrefectureCollection {
  const units = processBoundary(text, src, DECIMALS.prefectures, () => true, 0.002);
  return {
    type: 'FeatureCollection',
    features: units.map((u) => feature({ adcode: u.code, name_zh: u.name }, u.geometry)),
  };
}

const countyCache = new Map<string, CountyCollection>();

/** `buildCounties`, memoised on the input text and how it is read (the build and the locator use the same result). */
export function countiesFrom(text: string, src: BoundarySource = DEFAULT_COUNTY_SOURCE): CountyCollection {
  const key = `${JSON.stringify([src.crs, src.codeProp, src.nameProp])}\n${text}`;
  let fc = countyCache.get(key);
  if (!fc) {
    fc = buildCounties(text, src);
    countyCache.set(key, fc);
  }
  return fc;
}

/** County polygons built from `srcDir` (same result as in buildGeo). */
export function loadCounties(srcDir: string, src: BoundarySource = DEFAULT_COUNTY_SOURCE): CountyCollection {
  return countiesFrom(readFileSync(resolveIn(srcDir, src.path), 'utf8'), src);
}

/** For the locator: adcode → county label point [lon, lat] (inside the county), from the boundary in `srcDir`. */
export function countyLabelPoints(srcDir: string, src: BoundarySource = DEFAULT_COUNTY_SOURCE): Map<string, [number, number]> {
  return labelPoints(loadCounties(srcDir, src));
}

function asCounties(input: CountyCollection | string): CountyCollection {
  return typeof input === 'string' ? (JSON.parse(input) as CountyCollection) : input;
}

/** adcode → [lon, lat] label point (inside the county) for county-precision points; input = collection or its GeoJSON text. */
export function labelPoints(counties: CountyCollection | string): Map<string, [number, number]> {
  const fc = asCounties(counties);
  return new Map(fc.features.map((f) => [f.properties.adcode, [f.properties.label_lon, f.properties.label_lat]]));
}

/** adcode of the county containing the point (boundary counts as inside), '' if none. */
export function countyOf(lon: number, lat: number, counties: CountyCollection | string): string {
  for (const f of asCounties(counties).features) if (booleanPointInPolygon([lon, lat], f)) return f.properties.adcode;
  return '';
}
