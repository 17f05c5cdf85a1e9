/**
 * Loads everything the first map needs, in parallel. A failed fetch or a broken file gives a readable error.
 * The app runs this in a worker (loadWorker.ts, via loadOffThread.ts): parsing the CSV files is the largest
 * piece of script work while the first map loads, and the map needs the main thread.
 */
import { fetchJson, fetchText } from './fetchData.ts';
import { fetchCounties } from './countyGeometry.ts';
import { DATA_FILES, type AtlasData } from './model.ts';
import { buildModel } from './parseModel.ts';
import type { Counties } from './choropleth.ts';

// the shape geo/attribution.json is written in
export type { SourceCredit } from '../schema/geo.ts';
import type { SourceCredit } from '../schema/geo.ts';

export interface Loaded {
  data: AtlasData;
  credits: SourceCredit[];
  counties: Counties;
}

/** `base`: the page's URL, which the files are relative to (the app may be served from any sub-path). */
export async function loadAtlas(base: string, fetchImpl: typeof fetch = fetch): Promise<Loaded> {
  const [counties, tables] = await Promise.all([fetchCounties(base, fetchImpl), loadTables(base, fetchImpl)]);
  return { ...tables, counties };
}

/**
 * Everything but the county boundaries, which the page fetches once for the map and the model alike
 * (countyGeometry.ts): what the worker loads.
 */
export async function loadTables(base: string, fetchImpl: typeof fetch = fetch): Promise<Omit<Loaded, 'counties'>> {
  const files = Object.values(DATA_FILES);
  const [credits, ...texts] = await Promise.all([
    fetchJson<SourceCredit[]>('geo/attribution.json', base, fetchImpl),
    ...files.map((f) => fetchText(f, base, fetchImpl)),
  ]);
  const data = buildModel(Object.fromEntries(files.map((f, i) => [f, texts[i]])));
  if (!Array.isArray(credits)) throw new Error('geo/attribution.json: not a list of sources');
  return { data, credits };
}
