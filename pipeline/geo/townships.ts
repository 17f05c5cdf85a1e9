/** Townships: the 国家统计局 2023 township list (names, codes, county) with GeoNames seat points where a name matched. */
import { readFileSync } from 'node:fs';
import { areaByCode } from '../lib/areas.ts';
import { parseCsv, toCsv } from '../lib/csv.ts';
import { normaliseAdcode, resolveIn } from './boundaries.ts';
import { CONTEXT_BBOX } from './coords.ts';

export const TOWNSHIPS_PATH = 'open/xuchang_townships_nbs2023.csv';

export interface Township {
  code: string;
  name: string;
  type: string;
  county_code: string;
  county_name: string;
  /** WGS84, null where the source has no coordinate */
  lon: number | null;
  lat: number | null;
  coord_source: string;
}

export const TOWNSHIP_COLUMNS = ['code', 'name', 'type', 'county_code', 'county_name', 'lon', 'lat', 'coord_source'] as const;

/**
 * Parse township rows from the source CSV (columns lon_wgs84/lat_wgs84) or from geo/townships.csv (lon/lat).
 * Maps legacy county codes, checks codes and that a coordinate is given as a full pair inside CONTEXT_BBOX.
 * Sorted by code.
 */
export function parseTownships(csvText: string): Township[] {
  const { header, rows, errors } = parseCsv(csvText);
  if (errors.length) throw new Error(`townships csv: ${errors.map((e) => `line ${e.line}: ${e.message}`).join('; ')}`);
  const col = (...names: string[]) => {
    const i = header.findIndex((h) => names.includes(h));
    if (i < 0) throw new Error(`townships csv: no column ${names.join('/')}`);
    return i;
  };
  const ix = {
    code: col('code'), name: col('name'), type: col('type'), county_code: col('county_code'), county_name: col('county_name'),
    lon: col('lon', 'lon_wgs84'), lat: col('lat', 'lat_wgs84'), coord_source: col('coord_source'),
  };
  const out = rows.map(({ line, fields }) => {
    const get = (k: keyof typeof ix) => (fields[ix[k]] ?? '').trim();
    const code = get('code');
    if (!/^\d{9}$/.test(code)) throw new Error(`townships csv line ${line}: bad code "${code}"`);
    const county_code = normaliseAdcode(get('county_code'));
    if (normaliseAdcode(code.slice(0, 6)) !== county_code) throw new Error(`townships csv line ${line}: ${code} not in county ${county_code}`);
    const lonS = get('lon');
    const latS = get('lat');
    if (!lonS !== !latS) throw new Error(`townships csv line ${line}: only one of lon/lat`);
    let lon: number | null = null;
    let lat: number | null = null;
    if (lonS) {
      lon = Number(lonS);
      lat = Number(latS);
      const [x0, y0, x1, y1] = CONTEXT_BBOX;
      if (!(lon >= x0 && lon <= x1 && lat >= y0 && lat <= y1)) throw new Error(`townships csv line ${line}: ${lonS},${latS} outside Xuchang area`);
    }
    const area = areaByCode(county_code);
    return {
      code, name: get('name'), type: get('type'), county_code,
      county_name: area?.name_zh ?? get('county_name'),
      lon, lat, coord_source: lon === null ? '' : get('coord_source'),
    };
  });
  return out.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/**
 * For the locator: all township rows of the source CSV in `srcDir` (TOWNSHIPS_PATH), sorted by code: each gives
 * its county; 20 of 105 also a coordinate (GeoNames seat points).
 */
export function loadTownships(srcDir: string): Township[] {
  return parseTownships(readFileSync(resolveIn(srcDir, TOWNSHIPS_PATH), 'utf8'));
}

export function townshipsCsv(rows: readonly Township[]): string {
  return toCsv([...TOWNSHIP_COLUMNS], rows.map((r) => ({ ...r, lon: r.lon ?? '', lat: r.lat ?? '' })));
}
