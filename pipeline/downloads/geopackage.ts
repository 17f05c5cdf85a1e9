/**
 * Writes an OGC GeoPackage (1.3, http://www.geopackage.org/spec131/; GDAL 3.6 in Debian 12 reads 1.3 without a warning) with sql.js (SQLite compiled to
 * WebAssembly: no native build step): the required metadata tables, one feature table per spatial table
 * (geometry as GeoPackageBinary = "GP" header + envelope + WKB from `wkx`), and attribute tables for the rest.
 * Everything is in EPSG:4326 (WGS 84, lon/lat).
 */
import { createRequire } from 'node:module';
import initSqlJs from 'sql.js';
import wkx from 'wkx';
import type { MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { FieldType, Table } from './tables.ts';

const WGS84_WKT =
  'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],' +
  'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,' +
  'AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]';

const SQL_TYPE: Record<FieldType, string> = { string: 'TEXT', integer: 'INTEGER', number: 'DOUBLE' };

type Geom = Polygon | MultiPolygon | Point;

function envelope(g: Geom): [number, number, number, number] {
  const pts: Position[] = g.type === 'Point' ? [g.coordinates] : g.type === 'Polygon' ? g.coordinates.flat() : g.coordinates.flat(2);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
}

/** GeoPackageBinary: magic "GP", version 0, flags (little endian, envelope [minx, maxx, miny, maxy] unless a point), srs_id, WKB. */
export function geoPackageBinary(g: Geom, srsId = 4326): Uint8Array {
  const withEnvelope = g.type !== 'Point';
  const head = new DataView(new ArrayBuffer(8 + (withEnvelope ? 32 : 0)));
  head.setUint8(0, 0x47); // G
  head.setUint8(1, 0x50); // P
  head.setUint8(2, 0); // version 1
  head.setUint8(3, ((withEnvelope ? 1 : 0) << 1) | 1); // envelope indicator, byte order 1 = little endian
  head.setInt32(4, srsId, true);
  if (withEnvelope) envelope(g).forEach((v, i) => head.setFloat64(8 + i * 8, v, true));
  const wkb = wkx.Geometry.parseGeoJSON(g).toWkb();
  const out = new Uint8Array(head.byteLength + wkb.length);
  out.set(new Uint8Array(head.buffer), 0);
  out.set(wkb, head.byteLength);
  return out;
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The geometry type name a feature table declares: the one type all rows have (polygons and multipolygons → MULTIPOLYGON). */
function geometryTypeName(geoms: readonly (Geom | null)[]): string {
  const types = new Set(geoms.filter((g): g is Geom => g !== null).map((g) => g.type));
  if (types.size === 1) return [...types][0].toUpperCase();
  if ([...types].every((t) => t === 'Polygon' || t === 'MultiPolygon')) return 'MULTIPOLYGON';
  return 'GEOMETRY';
}

const asMulti = (g: Geom | null, type: string): Geom | null =>
  g && type === 'MULTIPOLYGON' && g.type === 'Polygon' ? { type: 'MultiPolygon', coordinates: [g.coordinates] } : g;

/**
 * A GeoPackage of `tables` (spatial tables become feature tables, the others attribute tables).
 * `lastChange` (ISO 8601, UTC) is written into gpkg_contents, so the same input gives the same file.
 */
export async function writeGeoPackage(tables: readonly Table[], lastChange: string): Promise<Uint8Array> {
  const require = createRequire(import.meta.url);
  const SQL = await initSqlJs({ locateFile: (f: string) => require.resolve(`sql.js/dist/${f}`) });
  const db = new SQL.Database();
  try {
    db.run(`PRAGMA application_id = ${0x47504b47}; PRAGMA user_version = 10300;`);
    db.run(`CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
      organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
      CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
      description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
      min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
      CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
      CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
      srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
      CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), CONSTRAINT uk_gc_table_name UNIQUE (table_name),
      CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
      CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));`);
    const srs = db.prepare('INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)');
    srs.run(['Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system']);
    srs.run(['Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system']);
    srs.run(['WGS 84 geodetic', 4326, 'EPSG', 4326, WGS84_WKT, 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid']);
    srs.free();

    for (const t of tables) {
      const spatial = t.geometry !== undefined;
      const geomType = spatial ? geometryTypeName(t.geometry!) : '';
      const cols = [
        'fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL',
        ...(spatial ? [`geom ${geomType}`] : []),
        ...t.fields.map((f) => `${q(f.name)} ${SQL_TYPE[f.type]}`),
      ];
      db.run(`CREATE TABLE ${q(t.name)} (${cols.join(', ')})`);
      const names = [...(spatial ? ['geom'] : []), ...t.fields.map((f) => q(f.name))];
      const insert = db.prepare(`INSERT INTO ${q(t.name)} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`);
      let env: [number, number, number, number] | null = null;
      t.rows.forEach((r, i) => {
        const values: (string | number | Uint8Array | null)[] = t.fields.map((f) =>
          r[f.name] === '' ? null : f.type === 'string' ? r[f.name] : Number(r[f.name]));
        if (spatial) {
          const g = asMulti(t.geometry![i], geomType);
          if (g) {
            const [x0, x1, y0, y1] = envelope(g);
            env = env ? [Math.min(env[0], x0), Math.max(env[1], x1), Math.min(env[2], y0), Math.max(env[3], y1)] : [x0, x1, y0, y1];
          }
          values.unshift(g ? geoPackageBinary(g) : null);
        }
        insert.run(values);
      });
      insert.free();
      const e = env as [number, number, number, number] | null;
      db.run('INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, min_x, min_y, max_x, max_y, srs_id) VALUES (?,?,?,?,?,?,?,?,?,?)', [
        t.name, spatial ? 'features' : 'attributes', t.name, t.title, lastChange,
        e ? e[0] : null, e ? e[2] : null, e ? e[1] : null, e ? e[3] : null, spatial ? 4326 : null,
      ]);
      if (spatial) db.run('INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, 4326, 0, 0)', [t.name, 'geom', geomType]);
    }
    return db.export();
  } finally {
    db.close();
  }
}
