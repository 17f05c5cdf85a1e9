/**
 * A zipped ESRI Shapefile per spatial table, written with @mapbox/shp-write (geometry, .shx, .dbf) and zipped
 * with JSZip, plus the two files GIS tools need to read it right: `.prj` (WGS 84) and `.cpg` ("UTF-8").
 *
 * dBase field names are at most 10 characters: `SHAPEFILE_FIELDS` maps the longer column names. The dbf writer
 * stores one byte per character of the string it is given, so strings are handed over as their UTF-8 bytes
 * (one character per byte): the .dbf then holds UTF-8, as the .cpg says, and Chinese names stay intact.
 * Text fields hold at most 254 bytes (dBase), so the long `quote` and `note` columns are left out here; they are
 * in the CSV files and the GeoPackage.
 */
import shpwrite from '@mapbox/shp-write';
import JSZip from 'jszip';
import type { MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { Table } from './tables.ts';

/** Columns renamed for dBase's 10-character limit. */
export const SHAPEFILE_FIELDS: Readonly<Record<string, string>> = { location_precision: 'precision' };
/** Columns left out of the Shapefile (over dBase's 254-byte text limit; complete in the CSV and GeoPackage). */
export const SHAPEFILE_OMITTED = ['quote', 'note'] as const;

export const PRJ_WGS84 =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

const utf8Bytes = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
/** Shapefile rings: outer rings clockwise, holes counter-clockwise (the reverse of RFC 7946 GeoJSON). */
const reversed = (ring: Position[]) => [...ring].reverse();

function shpGeometry(g: Polygon | MultiPolygon | Point): number[] | Position[][] {
  if (g.type === 'Point') return g.coordinates;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.flatMap((rings) => rings.map(reversed));
}

function write(rows: object[], type: 'POINT' | 'POLYGON', geometries: unknown[]): Promise<{ shp: DataView; shx: DataView; dbf: DataView }> {
  return new Promise((resolve, reject) =>
    shpwrite.write(rows, type as never, geometries as object[], (err: unknown, files: { shp: DataView; shx: DataView; dbf: DataView }) =>
      (err ? reject(err) : resolve(files))),
  );
}

/** `tables` (spatial ones only; rows without geometry are left out) → one zip with <name>.shp/.shx/.dbf/.prj/.cpg each. */
export async function writeShapefileZip(tables: readonly Table[], date: Date, extraFiles: Record<string, string> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  const opts = { date, createFolders: false };
  for (const t of tables) {
    if (!t.geometry) continue;
    const fields = t.fields.filter((f) => !(SHAPEFILE_OMITTED as readonly string[]).includes(f.name));
    const keep = t.rows.map((_, i) => i).filter((i) => t.geometry![i] !== null);
    // numbers as numbers where every written row has one; else text (the dbf writer takes a column's type from its values)
    const numeric = fields.map((f) => f.type !== 'string' && keep.every((i) => t.rows[i][f.name] !== ''));
    const rows = keep.map((i) => Object.fromEntries(fields.map((f, k) => {
      const name = SHAPEFILE_FIELDS[f.name] ?? f.name;
      if (name.length > 10) throw new Error(`shapefile ${t.name}: field name ${name} is longer than 10 characters`);
      const v = t.rows[i][f.name];
      return [name, numeric[k] ? Number(v) : utf8Bytes(v)];
    })));
    const geoms = keep.map((i) => t.geometry![i]!);
    const type = geoms[0].type === 'Point' ? 'POINT' : 'POLYGON';
    const files = await write(rows, type, geoms.map(shpGeometry));
    // the dbf writer declares 3 decimals for every number: declare what the data has (6 for lon/lat, 0 for integers)
    fields.forEach((f, k) => {
      if (!numeric[k]) return;
      const decimals = Math.max(0, ...keep.map((i) => t.rows[i][f.name].split('.')[1]?.length ?? 0));
      files.dbf.setUint8(32 + k * 32 + 17, decimals);
    });
    // the dbf header holds the date of writing: use the data's date so the same data gives the same file
    files.dbf.setUint8(1, date.getUTCFullYear() - 1900);
    files.dbf.setUint8(2, date.getUTCMonth() + 1);
    files.dbf.setUint8(3, date.getUTCDate());
    for (const ext of ['shp', 'shx', 'dbf'] as const) zip.file(`${t.name}.${ext}`, new Uint8Array(files[ext].buffer), { ...opts, binary: true });
    zip.file(`${t.name}.prj`, PRJ_WGS84, opts);
    zip.file(`${t.name}.cpg`, 'UTF-8', opts);
  }
  for (const [name, text] of Object.entries(extraFiles)) zip.file(name, text, opts);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', platform: 'UNIX' });
}
