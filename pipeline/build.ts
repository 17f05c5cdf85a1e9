/**
 * Builds every committed output from the seeds and the vendored geo sources, as file contents keyed by path.
 * `run.ts` writes them; the reproducibility test compares them with the committed files byte for byte.
 */
import { toCsv } from './lib/csv.ts';
import type { SeedSet } from './lib/seeds.ts';
import {
  CHECK_COLUMNS, DEF_COLUMNS, DOCUMENT_COLUMNS, INDICATOR_COLUMNS, PLACE_COLUMNS,
  type CheckRow, type ExtractResult, type IndicatorDef, type IndicatorRow, type PlaceDraft,
} from './lib/types.ts';
import { segmentDocuments } from './segment.ts';
import { locatePlaces } from './locate.ts';
import { buildGeo, countyLabelPoints, loadTownships, resolveSources, type GeoOptions } from './geo.ts';
import { EXTRACTORS } from './extractors.ts';
import { conflictChecks } from './conflicts.ts';

export const GEO_SOURCES_DIR = 'geo/sources';

const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/** Merge extractor outputs; the same indicator id defined twice must be defined identically. */
export function mergeResults(results: { name: string; result: ExtractResult }[]): ExtractResult {
  const defs = new Map<string, { def: IndicatorDef; from: string }>();
  const merged: ExtractResult = { indicators: [], places: [], checks: [], defs: [] };
  for (const { name, result } of results) {
    for (const d of result.defs) {
      const prev = defs.get(d.id);
      if (prev) {
        // extractors share ids for the same measure; what is measured (topic, names, unit) must agree,
        // the description of the first extractor in EXTRACTORS order is kept
        const same = (['topic', 'name_zh', 'name_en', 'unit'] as const).every((k) => prev.def[k] === d[k]);
        if (!same) throw new Error(`indicator "${d.id}" is defined differently by ${prev.from} and ${name}`);
        continue;
      }
      defs.set(d.id, { def: d, from: name });
    }
    merged.indicators.push(...result.indicators);
    merged.places.push(...result.places);
    merged.checks.push(...result.checks);
  }
  merged.defs = [...defs.values()].map((x) => x.def).sort((a, b) => cmp(a.topic, b.topic) || cmp(a.id, b.id));
  const ids = new Set<string>();
  for (const p of merged.places) {
    if (ids.has(p.place_id)) throw new Error(`place_id "${p.place_id}" emitted twice`);
    ids.add(p.place_id);
  }
  return merged;
}

const sortIndicators = (rows: IndicatorRow[]) =>
  [...rows].sort((a, b) => cmp(a.indicator, b.indicator) || cmp(a.area_code, b.area_code) || cmp(a.place_id, b.place_id) ||
    a.year - b.year || cmp(a.kind, b.kind) || cmp(a.seed, b.seed) || a.line - b.line || cmp(a.value, b.value));
const sortChecks = (rows: CheckRow[]) =>
  [...rows].sort((a, b) => cmp(a.check, b.check) || cmp(a.seed, b.seed) || a.line - b.line);
const sortPlaces = <T extends PlaceDraft | { place_id: string }>(rows: T[]) => [...rows].sort((a, b) => cmp(a.place_id, b.place_id));

/** `geo`: which boundaries to build (default: the open OSM/geoBoundaries set; `npm run data -- --boundaries=datav`). */
export function buildAll(seeds: SeedSet, geoSourcesDir = GEO_SOURCES_DIR, geoOptions: GeoOptions = {}): Record<string, string> {
  const documents = segmentDocuments(seeds);
  const merged = mergeResults(EXTRACTORS.map(({ name, run }) => ({ name, result: run(seeds) })));
  const geo = buildGeo(geoSourcesDir, geoOptions);
  const labels = countyLabelPoints(geoSourcesDir, resolveSources(geoOptions).counties);
  const places = locatePlaces(sortPlaces(merged.places), loadTownships(geoSourcesDir), labels);
  return {
    ...geo,
    'data/documents.csv': toCsv(DOCUMENT_COLUMNS, documents),
    'data/indicators.csv': toCsv(INDICATOR_COLUMNS, sortIndicators(merged.indicators)),
    'data/indicator-defs.csv': toCsv(DEF_COLUMNS, merged.defs),
    'data/places.csv': toCsv(PLACE_COLUMNS, places),
    'data/checks.csv': toCsv(CHECK_COLUMNS, sortChecks([...merged.checks, ...conflictChecks(merged.indicators)])),
  };
}
