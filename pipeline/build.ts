/**
 * Builds every committed output from the seeds and the vendored geo sources, as file contents keyed by path.
 * `run.ts` writes them; the reproducibility test compares them with the committed files byte for byte.
 */
import { toCsv } from './lib/csv.ts';
import type { SeedSet } from './lib/seeds.ts';
import {
  CHECK_COLUMNS, DEF_COLUMNS, DOCUMENT_COLUMNS, INDICATOR_COLUMNS, PLACE_COLUMNS,
  type CheckRow, type IndicatorDef, type IndicatorRow, type PlaceDraft,
} from './lib/types.ts';
import { segmentDocuments } from './segment.ts';
import { locatePlaces } from './locate.ts';
import { buildGeo, countyLabelPoints, loadTownships, resolveSources, type GeoOptions } from './geo.ts';
import { extractDocuments } from './documents/index.ts';
import { conflictChecks } from './conflicts.ts';

export const GEO_SOURCES_DIR = 'geo/sources';

const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

const sortIndicators = (rows: IndicatorRow[]) =>
  [...rows].sort((a, b) => cmp(a.indicator, b.indicator) || cmp(a.area_code, b.area_code) || cmp(a.place_id, b.place_id) ||
    a.year - b.year || cmp(a.kind, b.kind) || cmp(a.seed, b.seed) || a.line - b.line || cmp(a.value, b.value));
const sortChecks = (rows: CheckRow[]) =>
  [...rows].sort((a, b) => cmp(a.check, b.check) || cmp(a.seed, b.seed) || a.line - b.line);
const sortDefs = (defs: IndicatorDef[]) => [...defs].sort((a, b) => cmp(a.topic, b.topic) || cmp(a.id, b.id));
const sortPlaces = <T extends PlaceDraft | { place_id: string }>(rows: T[]) => [...rows].sort((a, b) => cmp(a.place_id, b.place_id));

/** `geo`: which boundaries to build (default: the open OSM/geoBoundaries set; `npm run data -- --boundaries=datav`). */
export function buildAll(seeds: SeedSet, geoSourcesDir = GEO_SOURCES_DIR, geoOptions: GeoOptions = {}): Record<string, string> {
  const documents = segmentDocuments(seeds);
  // every document module (pipeline/documents/index.ts); the engine rejects an id defined twice or a place emitted twice
  const extracted = extractDocuments(seeds);
  const geo = buildGeo(geoSourcesDir, geoOptions);
  const labels = countyLabelPoints(geoSourcesDir, resolveSources(geoOptions).counties);
  const places = locatePlaces(sortPlaces(extracted.places), loadTownships(geoSourcesDir), labels);
  return {
    ...geo,
    'data/documents.csv': toCsv(DOCUMENT_COLUMNS, documents),
    'data/indicators.csv': toCsv(INDICATOR_COLUMNS, sortIndicators(extracted.indicators)),
    'data/indicator-defs.csv': toCsv(DEF_COLUMNS, sortDefs(extracted.defs)),
    'data/places.csv': toCsv(PLACE_COLUMNS, places),
    'data/checks.csv': toCsv(CHECK_COLUMNS, sortChecks([...extracted.checks, ...conflictChecks(extracted.indicators)])),
  };
}
