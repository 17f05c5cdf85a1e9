/** Loads everything the first map needs, in parallel. A failed fetch or a broken file gives a readable error. */
import { fetchJson, fetchText } from './fetchData.ts';
import { buildModel, DATA_FILES, type AtlasData } from './model.ts';
import type { Counties } from './choropleth.ts';
import { boundsOf } from './bounds.ts';

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

export { boundsOf };

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
