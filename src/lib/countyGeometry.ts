/**
 * The county boundaries (geo/xuchang_counties.geojson, 13 KB), inlined in the app by the build (vite.config.ts,
 * `__COUNTIES__`): there at the first render with no request, so the SVG map draws the counties at once, before
 * the data files arrive. The map (in its style: lib/baseStyle), the labels, 3D columns and the data
 * model read this one object. `fetchCounties` is the file's reader for Node (load.ts).
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

declare const __COUNTIES__: Counties;

/** the boundaries inlined by the build (a function: in Node, which has no build, `fetchCounties` reads the file) */
export function builtCounties(): Counties {
  return __COUNTIES__;
}
