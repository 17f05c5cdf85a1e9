/** Coordinates: GCJ-02 ↔ WGS84 (gcoord), rounding, ring cleaning. */
import gcoord from 'gcoord';
import type { Position } from 'geojson';

/** Decimal places written: county polygons and label points 6 (~0.1 m), prefectures 4 (context only, ~10 m), rivers 5 (source precision). */
export const DECIMALS = { counties: 6, prefectures: 4, rivers: 5, places: 5 } as const;

/** Context window for rivers (same window as the GeoNames extract); contains the counties with ≥0.16° margin. */
export const CONTEXT_BBOX: [number, number, number, number] = [112.9, 33.5, 114.6, 34.6];

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

export const samePos = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/** Drop consecutive duplicate vertices and close the ring; null if fewer than 3 distinct vertices remain. */
export function cleanRing(ring: Position[]): Position[] | null {
  const out: Position[] = [];
  for (const p of ring) if (!out.length || !samePos(out[out.length - 1], p)) out.push([p[0], p[1]]);
  while (out.length > 1 && samePos(out[0], out[out.length - 1])) out.pop();
  if (out.length < 3) return null;
  out.push([out[0][0], out[0][1]]);
  return out;
}
