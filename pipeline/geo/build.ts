/**
 * Builds every geo/ output from the vendored inputs in geo/sources/ (see geo/SOURCES.md). Same inputs →
 * byte-identical outputs (fixed key order, features sorted by code, rounded numbers, compact JSON, "\n" endings).
 *
 * The county boundary is one switchable input: `boundaries: 'osm'` (default, open: OpenStreetMap via
 * geoBoundaries, ODbL) or `'datav'` (AMap/DataV, not open: internal use only, with the Henan prefecture context
 * layer). Another file (e.g. an official one) can be passed as a `BoundarySource`.
 */
import { readFileSync } from 'node:fs';
import {
  BOUNDARY_SOURCES, DEFAULT_BOUNDARIES, GEONAMES_CREDIT, GSHHG_CREDIT, NBS_CREDIT,
  buildAttribution, noticeText, type BoundaryChoice, type BoundarySource, type Credit,
} from './attribution.ts';
import { buildPrefectures, countiesFrom, resolveIn, type CountyCollection } from './boundaries.ts';
import { PLACES_PATH, RIVERS_PATH, buildPlaces, buildRivers } from './context.ts';
import { TOWNSHIPS_PATH, parseTownships, townshipsCsv } from './townships.ts';

export type GeoOutputs = Record<string, string>;

export interface GeoOptions {
  /** a named boundary set (default 'osm'), or explicit sources */
  boundaries?: BoundaryChoice;
  counties?: BoundarySource;
  /** null = no prefecture context layer */
  prefectures?: BoundarySource | null;
}

/** Output file names under geo/ (the vite plugin serves geo/ and copies it into dist/geo/). */
export const GEO_FILES = {
  counties: 'xuchang_counties.geojson',
  countiesNotice: 'xuchang_counties.NOTICE.txt',
  prefectures: 'henan_prefectures.geojson',
  townships: 'townships.csv',
  places: 'places_geonames.geojson',
  rivers: 'rivers.geojson',
  attribution: 'attribution.json',
} as const;

/** Compact, deterministic JSON with a final newline. */
export function stringifyGeo(value: unknown): string {
  return JSON.stringify(value) + '\n';
}

export interface GeoInputs {
  counties: string;
  /** '' when there is no prefecture layer */
  prefectures: string;
  places: string;
  rivers: string;
  townships: string;
}

/** `--boundaries=<set>` (or `--boundaries <set>`) of `npm run data`; undefined when not given; an unknown set is an error. */
export function boundaryArg(argv: readonly string[]): BoundaryChoice | undefined {
  const i = argv.findIndex((a) => a === '--boundaries' || a.startsWith('--boundaries='));
  if (i < 0) return undefined;
  const value = argv[i].includes('=') ? argv[i].slice(argv[i].indexOf('=') + 1) : (argv[i + 1] ?? '');
  if (!Object.hasOwn(BOUNDARY_SOURCES, value)) {
    throw new Error(`--boundaries: unknown value "${value}" (known: ${Object.keys(BOUNDARY_SOURCES).join(', ')})`);
  }
  return value as BoundaryChoice;
}

/** The sources a build uses: a named set, with explicit sources taking precedence. */
export function resolveSources(options: GeoOptions = {}): { counties: BoundarySource; prefectures: BoundarySource | null } {
  const set = BOUNDARY_SOURCES[options.boundaries ?? DEFAULT_BOUNDARIES];
  if (!Object.hasOwn(BOUNDARY_SOURCES, options.boundaries ?? DEFAULT_BOUNDARIES)) throw new Error(`unknown boundary set "${options.boundaries}" (known: ${Object.keys(BOUNDARY_SOURCES).join(', ')})`);
  return {
    counties: options.counties ?? set.counties,
    prefectures: options.prefectures === undefined ? set.prefectures : options.prefectures,
  };
}

/**
 * The served county GeoJSON: the collection with `license`, `license_url` and `attribution` foreign members
 * (RFC 7946 §6.1), so the licence notice travels with the file wherever it is copied.
 */
export function servedCounties(counties: CountyCollection, src: BoundarySource): object {
  return {
    type: 'FeatureCollection',
    license: src.credit.licence,
    license_url: src.credit.licence_url,
    attribution: src.notice || src.credit.attribution,
    features: counties.features,
  };
}

/** Pure core of buildGeo: input texts → output files, keyed by repo path. */
export function buildGeoFromInputs(inputs: GeoInputs, options: GeoOptions = {}): GeoOutputs {
  const src = resolveSources(options);
  const counties = countiesFrom(inputs.counties, src.counties);
  const files: Record<string, string> = {
    [GEO_FILES.counties]: stringifyGeo(servedCounties(counties, src.counties)),
    [GEO_FILES.countiesNotice]: noticeText(src.counties, [GEO_FILES.counties]),
  };
  const credits: [Credit, string[]][] = [[src.counties.credit, [GEO_FILES.counties, GEO_FILES.countiesNotice]]];
  if (src.prefectures) {
    files[GEO_FILES.prefectures] = stringifyGeo(buildPrefectures(inputs.prefectures, src.prefectures));
    credits.push([src.prefectures.credit, [GEO_FILES.prefectures]]);
  }
  files[GEO_FILES.townships] = townshipsCsv(parseTownships(inputs.townships));
  files[GEO_FILES.places] = stringifyGeo(buildPlaces(inputs.places, counties));
  files[GEO_FILES.rivers] = stringifyGeo(buildRivers(inputs.rivers));
  credits.push(
    [NBS_CREDIT, [GEO_FILES.townships]],
    [GEONAMES_CREDIT, [GEO_FILES.places, GEO_FILES.townships]],
    [GSHHG_CREDIT, [GEO_FILES.rivers]],
  );
  files[GEO_FILES.attribution] = JSON.stringify(buildAttribution(credits), null, 1) + '\n';
  return Object.fromEntries(Object.keys(files).sort().map((name) => [`geo/${name}`, files[name]]));
}

/** Read the inputs from `srcDir` (geo/sources) and build all geo outputs, keyed by repo path. */
export function buildGeo(srcDir: string, options: GeoOptions = {}): GeoOutputs {
  const read = (p: string) => readFileSync(resolveIn(srcDir, p), 'utf8');
  const src = resolveSources(options);
  return buildGeoFromInputs(
    {
      counties: read(src.counties.path),
      prefectures: src.prefectures ? read(src.prefectures.path) : '',
      places: read(PLACES_PATH),
      rivers: read(RIVERS_PATH),
      townships: read(TOWNSHIPS_PATH),
    },
    options,
  );
}
