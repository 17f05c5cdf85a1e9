/**
 * The flat map without WebGL: Web Mercator in CSS pixels, the same camera MapLibre uses (512 px tiles, fitBounds
 * with the same padding, or the URL's view), so the SVG drawn first and MapLibre's first frame line up and the
 * hand-over shows no jump. Pure and DOM-free.
 */
import type { Geometry } from 'geojson';
import type { Bounds } from './bounds.ts';
import type { View } from './urlState.ts';

const TILE = 512;
const MAX_LAT = 85.051129;

/** World pixels at zoom 0 (0 … 512), y down. */
export function mercator(lon: number, lat: number): [number, number] {
  const φ = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return [((lon + 180) / 360) * TILE, ((1 - Math.log(Math.tan(φ) + 1 / Math.cos(φ)) / Math.PI) / 2) * TILE];
}

export interface Camera {
  /** centre in world pixels at zoom 0 */
  cx: number;
  cy: number;
  zoom: number;
  width: number;
  height: number;
}

/** As MapLibre's fitBounds: the largest zoom at which the bounds fit inside the padded viewport, centred. */
export function fitCamera(bounds: Bounds, width: number, height: number, padding = 24): Camera {
  const [[w, s], [e, n]] = bounds;
  const [x0, y0] = mercator(w, n);
  const [x1, y1] = mercator(e, s);
  const scale = Math.min((width - 2 * padding) / Math.max(1e-9, x1 - x0), (height - 2 * padding) / Math.max(1e-9, y1 - y0));
  return { cx: (x0 + x1) / 2, cy: (y0 + y1) / 2, zoom: Math.log2(Math.max(1e-9, scale)), width, height };
}

/** The camera of a view from the URL (flat: bearing and pitch are MapLibre's, the SVG map stays north-up). */
export function viewCamera(v: View, width: number, height: number): Camera {
  const [cx, cy] = mercator(v.lon, v.lat);
  return { cx, cy, zoom: v.zoom, width, height };
}

export function project(cam: Camera, lon: number, lat: number): [number, number] {
  const [x, y] = mercator(lon, lat);
  const k = 2 ** cam.zoom;
  return [(x - cam.cx) * k + cam.width / 2, (y - cam.cy) * k + cam.height / 2];
}

/** An SVG path of a (multi)polygon in the camera, rings closed, coordinates to 0.1 px. */
export function pathOf(g: Geometry, cam: Camera): string {
  const ring = (r: number[][]) => r.map(([lon, lat], i) => {
    const [x, y] = project(cam, lon, lat);
    return `${i ? 'L' : 'M'}${Math.round(x * 10) / 10} ${Math.round(y * 10) / 10}`;
  }).join('') + 'Z';
  if (g.type === 'Polygon') return g.coordinates.map(ring).join('');
  if (g.type === 'MultiPolygon') return g.coordinates.flatMap((p) => p.map(ring)).join('');
  return '';
}
