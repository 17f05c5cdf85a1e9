/**
 * The tables the downloads are made of, read from the committed pipeline output (data/*.csv, geo/*), with the
 * column types the data package, the GeoPackage and the Shapefile declare.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { parseCsv } from '../lib/csv.ts';

export type FieldType = 'string' | 'integer' | 'number';
export interface Field { name: string; type: FieldType; description?: string }
export type Row = Record<string, string>;

export interface Table {
  /** resource name, also the GeoPackage table name */
  name: string;
  title: string;
  fields: Field[];
  rows: Row[];
  primaryKey?: string;
  foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
  /** geometry of each row (same order), WGS84; null = the row has none. Absent = not a spatial table */
  geometry?: (Polygon | MultiPolygon | Point | null)[];
  /** ids of the sources (attribution.json) this table contains data from */
  sources: string[];
}

/** Read a CSV into rows keyed by column name; a broken file stops the build with its name and line. */
export function readTable(path: string): { columns: string[]; rows: Row[] } {
  const { header, rows, errors } = parseCsv(readFileSync(path, 'utf8'));
  if (errors.length) throw new Error(`${path}:${errors[0].line}: ${errors[0].message}`);
  return {
    columns: header,
    rows: rows.map(({ line, fields }) => {
      if (fields.length !== header.length) throw new Error(`${path}:${line}: ${fields.length} fields, expected ${header.length}`);
      return Object.fromEntries(header.map((h, i) => [h, fields[i]]));
    }),
  };
}

/** The narrowest of integer / number / string that every non-empty value of the column parses as. */
export function inferType(values: readonly string[]): FieldType {
  const present = values.filter((v) => v !== '');
  if (present.length && present.every((v) => /^-?\d+$/.test(v))) return 'integer';
  if (present.length && present.every((v) => /^-?\d+(\.\d+)?$/.test(v))) return 'number';
  return 'string';
}

function csvTable(root: string, file: string, name: string, title: string, extra: Partial<Table>): Table {
  const { columns, rows } = readTable(join(root, 'data', file));
  return { name, title, fields: columns.map((c) => ({ name: c, type: inferType(rows.map((r) => r[c])) })), rows, sources: [], ...extra };
}

export interface CountyProps { adcode: string; name_zh: string; name_en: string; label_lon: number; label_lat: number }

/** All tables of the downloads, from the committed files under `root`. */
export function loadTables(root: string): { tables: Table[]; counties: FeatureCollection<Polygon | MultiPolygon, CountyProps> & Record<string, unknown> } {
  const counties = JSON.parse(readFileSync(join(root, 'geo', 'xuchang_counties.geojson'), 'utf8'));
  const boundary = (JSON.parse(readFileSync(join(root, 'geo', 'attribution.json'), 'utf8')) as { id: string; files: string[] }[])
    .filter((c) => c.files.includes('xuchang_counties.geojson')).map((c) => c.id);
  const countyTable: Table = {
    name: 'counties',
    title: 'County-level units of 许昌市 (polygons, WGS84)',
    fields: [
      { name: 'adcode', type: 'string', description: '6-digit administrative code' },
      { name: 'name_zh', type: 'string' }, { name: 'name_en', type: 'string' },
      { name: 'label_lon', type: 'number', description: 'label point (pole of inaccessibility), WGS84' },
      { name: 'label_lat', type: 'number' },
    ],
    rows: (counties.features as Feature<Polygon | MultiPolygon, CountyProps>[]).map((f) => ({
      adcode: f.properties.adcode, name_zh: f.properties.name_zh, name_en: f.properties.name_en,
      label_lon: String(f.properties.label_lon), label_lat: String(f.properties.label_lat),
    })),
    primaryKey: 'adcode',
    geometry: counties.features.map((f: Feature<Polygon | MultiPolygon>) => f.geometry),
    sources: boundary,
  };
  const places = csvTable(root, 'places.csv', 'places', 'Places named in the documents, with their location precision', {
    primaryKey: 'place_id',
    // county-precision points are the counties' label points (boundary-derived); town points are GeoNames seats
    sources: [...boundary, 'geonames', 'nbs-township-codes'],
  });
  places.geometry = places.rows.map((r) => (r.lon && r.lat ? { type: 'Point', coordinates: [Number(r.lon), Number(r.lat)] } : null));
  const defs = csvTable(root, 'indicator-defs.csv', 'indicator_defs', 'Indicator definitions', { primaryKey: 'id' });
  const indicators = csvTable(root, 'indicators.csv', 'indicators', 'Indicator values, one per row, each with its source quote', {
    foreignKeys: [
      { fields: 'indicator', reference: { resource: 'indicator_defs', fields: 'id' } },
      { fields: 'place_id', reference: { resource: 'places', fields: 'place_id' } },
    ],
  });
  const documents = csvTable(root, 'documents.csv', 'documents', 'Documents in the seeds', { primaryKey: 'doc' });
  const checks = csvTable(root, 'checks.csv', 'checks', 'Reconciliation checks and findings', {});
  return { tables: [countyTable, places, defs, indicators, documents, checks], counties };
}
