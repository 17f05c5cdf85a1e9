/**
 * Polygon repair and validation: union of a unit's parts (dissolves AMap/DataV "keyhole" corridors), rounding,
 * sliver removal, RFC 7946 winding, and a list of what is still wrong with a geometry.
 */
import { area as turfArea } from '@turf/area';
import { featureCollection, polygon as turfPolygon } from '@turf/helpers';
import { kinks } from '@turf/kinks';
import { rewind } from '@turf/rewind';
import { union } from '@turf/union';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { cleanRing, gcj02ToWgs84, roundTo, samePos } from './coords.ts';

export type Parts = Position[][][]; // MultiPolygon coordinates

export function partsOf(g: Geometry): Parts {
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  throw new Error(`expected Polygon/MultiPolygon, got ${g.type}`);
}

export function geometryOf(parts: Parts): Polygon | MultiPolygon {
  return parts.length === 1 ? { type: 'Polygon', coordinates: parts[0] } : { type: 'MultiPolygon', coordinates: parts };
}

/** Geodesic area (m²) of a list of polygon parts, summed (parts assumed not to overlap). */
export function partsArea(parts: Parts): number {
  return parts.reduce((s, p) => s + turfArea(turfPolygon(p)), 0);
}

/** Convert (if GCJ-02), round and clean every ring; drops degenerate rings and parts without an outer ring. */
export function prepareParts(parts: Parts, crs: 'gcj02' | 'wgs84', decimals: number): Parts {
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
