/** Loads everything the first map needs, in parallel. A failed fetch or a broken file gives a readable error. */
import { fetchJson, fetchText } from './fetchData.ts';
import { buildModel, DATA_FILES, type AtlasData } from './model.ts';
import type { Counties } from './choropleth.ts';

// the shape geo/attribution.json is written in (a type only: nothing of the node pipeline is bundled)
export type { SourceCredit } from '../../pipeline/geo.ts';
import type { SourceCredit } from '../../pipeline/geo.ts';

export interface Loaded {
  data: AtlasData;
  credits: SourceCredit[];
  counties: Counties;
  /** [[west, south], [east, north]] of the counties */
  bounds: [[number, number], [number, number]];
}

export function boundsOf(fc: Counties): [[number, number], [number, number]] {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as number[];
      w = Math.min(w, x); e = Math.max(e, x); s = Math.min(s, y); n = Math.max(n, y);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const f of fc.features) visit((f.geometry as { coordinates: unknown }).coordinates);
  return [[w, s], [e, n]];
}

export async function loadAtlas(fetchImpl: typeof fetch = fetch): Promise<Loaded> {
  const files = Object.values(DATA_FILES);
  const [counties, credits, ...texts] = await Promise.all([
    fetchJson<Counties>('geo/xuchang_counties.geojson', fetchImpl),
    fetchJson<SourceCredit[]>('geo/attribution.json', fetchImpl),
    ...files.map((f) => fetchText(f, fetchImpl)),
  ]);
  if (!counties?.features?.length) throw new Error('geo/xuchang_counties.geojson: no county features');
  const data = buildModel(Object.fromEntries(files.map((f, i) => [f, texts[i]])));
  if (!Array.isArray(credits)) throw new Error('geo/attribution.json: not a list of sources');
  return { data, counties, credits, bounds: boundsOf(counties) as Loaded['bounds'] };
}
