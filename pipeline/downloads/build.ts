/**
 * The downloads for GIS and data users, written by `npm run build` into dist/downloads/ (vite.config calls
 * `buildDownloads`): built from the committed data/ and geo/ files, so they show exactly what the app shows.
 *
 * - xuchang-atlas.gpkg: GeoPackage with counties (polygons), places (points; rows without a position have no
 *   geometry), and the attribute tables indicators, indicator_defs, documents, checks;
 * - xuchang_counties.geojson: the county polygons as served to the map (with their licence members);
 * - xuchang-atlas-shp.zip: Shapefiles of counties and places (UTF-8 .cpg, WGS 84 .prj);
 * - counties.csv, places.csv (with a `wkt` geometry column), indicators.csv, indicator-defs.csv, documents.csv,
 *   checks.csv;
 * - datapackage.json: a Frictionless Tabular Data Package describing every CSV (fields, types, keys, licences);
 * - NOTICE.txt: which file is under which licence, and the notices ODbL requires.
 * Same committed files → byte-identical downloads (dates come from the data, not the clock).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import wkx from 'wkx';
import { toCsv } from '../lib/csv.ts';
import type { SourceCredit } from '../geo/attribution.ts';
import { writeGeoPackage } from './geopackage.ts';
import { SHAPEFILE_FIELDS, SHAPEFILE_OMITTED, writeShapefileZip } from './shapefile.ts';
import { loadTables, type Table } from './tables.ts';

export const DOWNLOAD_FILES = {
  geopackage: 'xuchang-atlas.gpkg',
  counties: 'xuchang_counties.geojson',
  shapefile: 'xuchang-atlas-shp.zip',
  datapackage: 'datapackage.json',
  notice: 'NOTICE.txt',
} as const;

/** CSV file name of each table in the downloads. */
const CSV_NAME: Record<string, string> = {
  counties: 'counties.csv', places: 'places.csv', indicators: 'indicators.csv',
  indicator_defs: 'indicator-defs.csv', documents: 'documents.csv', checks: 'checks.csv',
};

const GAZETTE_LICENCE = {
  name: 'LicenseRef-xuchang-gazette',
  title: 'Figures and quotes from published documents of 许昌市人民政府 / 许昌市人民政府办公室 (government gazette); ' +
    'no further rights are granted by this project',
};

/** SPDX identifiers of the licences in attribution.json (a licence without one gets a LicenseRef- name). */
const SPDX: readonly [RegExp, string][] = [
  [/^ODbL-1\.0\b/, 'ODbL-1.0'], [/^CC BY 4\.0\b/, 'CC-BY-4.0'], [/^WTFPL\b/, 'WTFPL'], [/^LGPL-3\.0-or-later\b/, 'LGPL-3.0-or-later'],
];
function licence(c: SourceCredit) {
  const name = SPDX.find(([re]) => re.test(c.licence))?.[1] ?? `LicenseRef-${c.id}`;
  return { name, ...(c.licence_url ? { path: c.licence_url } : {}), title: `${c.name}: ${c.licence}` };
}

function licencesOf(t: Table, credits: readonly SourceCredit[]) {
  const byId = new Map(credits.map((c) => [c.id, c]));
  const own = t.sources.map((id) => {
    const c = byId.get(id);
    if (!c) throw new Error(`downloads: table ${t.name} names an unknown source ${id}`);
    return licence(c);
  });
  // tables made from the documents carry the documents' terms too
  return t.sources.length && t.name === 'counties' ? own : [...own, GAZETTE_LICENCE];
}

function assertKeys(t: Table, all: readonly Table[]) {
  if (t.primaryKey) {
    const seen = new Set<string>();
    for (const r of t.rows) {
      const k = r[t.primaryKey];
      if (k === '' || seen.has(k)) throw new Error(`downloads: ${t.name}.${t.primaryKey} is not a key ("${k}" empty or repeated)`);
      seen.add(k);
    }
  }
  for (const fk of t.foreignKeys ?? []) {
    const target = all.find((x) => x.name === fk.reference.resource)!;
    const ids = new Set(target.rows.map((r) => r[fk.reference.fields]));
    const bad = t.rows.find((r) => r[fk.fields] !== '' && !ids.has(r[fk.fields]));
    if (bad) throw new Error(`downloads: ${t.name}.${fk.fields} "${bad[fk.fields]}" is not in ${target.name}.${fk.reference.fields}`);
  }
}

/** The CSV of a table; spatial tables get a `wkt` column (WKT of the geometry, WGS 84 lon/lat; empty = none). */
function tableCsv(t: Table): string {
  const cols = [...t.fields.map((f) => f.name), ...(t.geometry ? ['wkt'] : [])];
  const rows = t.rows.map((r, i) => {
    const g = t.geometry?.[i];
    return t.geometry ? { ...r, wkt: g ? wkx.Geometry.parseGeoJSON(g).toWkt() : '' } : r;
  });
  return toCsv(cols, rows);
}

function dataPackage(tables: readonly Table[], credits: readonly SourceCredit[]) {
  const boundary = credits.find((c) => c.files.includes('xuchang_counties.geojson'))!;
  return {
    profile: 'tabular-data-package',
    name: 'xuchang-plan-atlas',
    title: '许昌规划地图 / Xuchang Plan Atlas: indicators, places and county boundaries from 许昌市 government documents',
    description:
      'Every indicator value carries its document, seed file, line and verbatim quote. Geometry is WGS 84 (EPSG:4326); ' +
      'in the CSV files it is a `wkt` column. The same tables are in xuchang-atlas.gpkg; counties and places also as ' +
      `Shapefiles (xuchang-atlas-shp.zip; without the columns ${SHAPEFILE_OMITTED.join(', ')}; ` +
      `${Object.entries(SHAPEFILE_FIELDS).map(([a, b]) => `${a} → ${b}`).join(', ')}). See NOTICE.txt.`,
    licenses: [{ ...licence(boundary), title: `County boundaries and the files derived from them: ${boundary.name}` }, GAZETTE_LICENCE],
    sources: credits.map((c) => ({ title: `${c.name} (${c.licence})` })),
    resources: tables.map((t) => ({
      profile: 'tabular-data-resource',
      name: t.name.replace(/_/g, '-'),
      path: CSV_NAME[t.name],
      title: t.title,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      licenses: licencesOf(t, credits),
      schema: {
        fields: [
          ...t.fields.map((f) => ({ name: f.name, type: f.type, ...(f.description ? { description: f.description } : {}) })),
          ...(t.geometry ? [{ name: 'wkt', type: 'string', format: 'default', description: 'geometry as WKT, WGS 84 (EPSG:4326) lon/lat; empty: no position' }] : []),
        ],
        missingValues: [''],
        ...(t.primaryKey ? { primaryKey: t.primaryKey } : {}),
        ...(t.foreignKeys ? { foreignKeys: t.foreignKeys.map((fk) => ({ fields: fk.fields, reference: { resource: fk.reference.resource.replace(/_/g, '-'), fields: fk.reference.fields } })) } : {}),
      },
    })),
  };
}

function noticeFile(root: string, credits: readonly SourceCredit[]): string {
  const countyNotice = readFileSync(join(root, 'geo', 'xuchang_counties.NOTICE.txt'), 'utf8');
  return [
    'Downloads of 许昌规划地图 / Xuchang Plan Atlas',
    '',
    `County boundaries (${DOWNLOAD_FILES.counties}, counties.csv, the counties layer of ${DOWNLOAD_FILES.geopackage} and ` +
      `${DOWNLOAD_FILES.shapefile}) and the places positioned at county label points derived from them (places.csv, ` +
      'the places layers):',
    '',
    countyNotice.trim(),
    '',
    'Other sources:',
    ...credits.filter((c) => !c.files.includes('xuchang_counties.geojson')).map((c) => `- ${c.name}: ${c.licence}${c.licence_url ? ` (${c.licence_url})` : ''}`),
    '',
    `Indicator values, places, documents and checks: ${GAZETTE_LICENCE.title}.`,
    '',
  ].join('\n');
}

/** All download files, keyed by file name, from the committed data/ and geo/ under `root`. */
export async function buildDownloads(root = '.'): Promise<Record<string, string | Uint8Array>> {
  const { tables, counties } = loadTables(root);
  for (const t of tables) assertKeys(t, tables);
  const credits = JSON.parse(readFileSync(join(root, 'geo', 'attribution.json'), 'utf8')) as SourceCredit[];
  const documents = tables.find((t) => t.name === 'documents')!;
  // the newest document's issue date: the date the files carry (GeoPackage last_change, zip entries, dbf header)
  const newest = documents.rows.map((r) => r.issued).filter(Boolean).sort().at(-1) ?? '2000-01-01';
  const date = new Date(`${newest}T00:00:00Z`);
  const notice = noticeFile(root, credits);
  const files: Record<string, string | Uint8Array> = {
    [DOWNLOAD_FILES.geopackage]: await writeGeoPackage(tables, date.toISOString()),
    [DOWNLOAD_FILES.counties]: JSON.stringify(counties) + '\n',
    [DOWNLOAD_FILES.shapefile]: await writeShapefileZip(tables.filter((t) => t.geometry), date, { 'NOTICE.txt': notice }),
    [DOWNLOAD_FILES.datapackage]: JSON.stringify(dataPackage(tables, credits), null, 1) + '\n',
    [DOWNLOAD_FILES.notice]: notice,
  };
  for (const t of tables) files[CSV_NAME[t.name]] = tableCsv(t);
  return files;
}
