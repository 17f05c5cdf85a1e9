/**
 * Label points: the pole of inaccessibility (the `polylabel` package) of a unit's largest part, computed in a
 * local projection where one unit of x equals one unit of y on the ground (x = lon·cos φ0). Not the centroid:
 * 建安区's centroid lies in its hole, 魏都区.
 */
import { area as turfArea } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { polygon as turfPolygon } from '@turf/helpers';
import polylabel from 'polylabel';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { roundTo } from './coords.ts';
import { partsOf } from './polygons.ts';

/** One polygon (outer ring + holes, WGS84) → its pole of inaccessibility; `precision` in degrees of latitude (1e-5 ≈ 1 m). */
export function poleOfInaccessibility(rings: Position[][], precision = 1e-5): [number, number] {
  const ys = rings[0].map((p) => p[1]);
  const k = Math.cos((((Math.min(...ys) + Math.max(...ys)) / 2) * Math.PI) / 180);
  const [x, y] = polylabel(rings.map((r) => r.map((p): [number, number] => [p[0] * k, p[1]])), precision);
  return [x / k, y];
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
