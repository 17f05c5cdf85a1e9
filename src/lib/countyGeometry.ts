/**
 * The county boundaries (geo/xuchang_counties.geojson), fetched once for the whole page: the map draws them
 * (map/CountyFill gives them to MapLibre's source), and the labels, 3D columns and data model read the same object.
 * Started in main.ts before the UI mounts, so the file is on its way as early as MapLibre would have fetched it.
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

/** The page's one fetch of the boundaries; after a failure, the next call tries again (Retry). */
export function countyGeometry(base: string = document.baseURI): Promise<Counties> {
  once ??= fetchCounties(base).catch((e) => {
    once = null;
    throw e;
  });
  return once;
}
