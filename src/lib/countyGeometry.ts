/**
 * The county boundaries (geo/xuchang_counties.geojson), fetched once for the whole page: the map draws them
 * (map/CountyFill gives them to MapLibre's source), and the labels, 3D columns and data model read the same object.
 * Started by boot.ts, the page's first script: the file is usually in before the UI mounts, so the SVG map can
 * draw the counties at once (countyGeometrySync), before the rest of the data arrives.
 */
import { fetchJson } from './fetchData.ts';
import type { Counties } from './choropleth.ts';

export const COUNTIES_FILE = 'geo/xuchang_counties.geojson';

/** Fetches and checks the boundary file; a readable error names the file. */
export async function fetchCounties(base: string, fetchImpl: typeof fetch = fetch): Promise<Counties> {
  const counties = await fetchJson<Counties>(COUNTIES_FILE, base, fetchImpl);
  if (!counties?.features?.length) throw new Error(`${COUNTIES_FILE}: no county features`);
  return counties;
}

let once: Promise<Counties> | null = null;
let arrived: Counties | null = null;

/** The page's one fetch of the boundaries; after a failure, the next call tries again (Retry). */
export function countyGeometry(base: string = document.baseURI): Promise<Counties> {
  once ??= fetchCounties(base).then(
    (c) => (arrived = c),
    (e) => {
      once = null;
      throw e;
    },
  );
  return once;
}

/**
 * The boundaries if they have already arrived (boot.ts fetches them first thing), else null: a view can draw
 * them in its first render, without waiting a microtask for countyGeometry()'s promise.
 */
export function countyGeometrySync(): Counties | null {
  return arrived;
}
