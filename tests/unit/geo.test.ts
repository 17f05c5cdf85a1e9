import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { area } from '@turf/area';
import { booleanClockwise } from '@turf/boolean-clockwise';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { distance } from '@turf/distance';
import { polygon } from '@turf/helpers';
import { kinks } from '@turf/kinks';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import {
  BOUNDARY_SOURCES,
  CONTEXT_BBOX,
  boundaryArg,
  DATAV_CREDIT,
  buildCounties,
  buildGeo,
  countyLabelPoints,
  countyOf,
  gcj02ToWgs84,
  labelPoints,
  loadTownships,
  parseTownships,
  polygonProblems,
  repairParts,
  wgs84ToGcj02,
  type CountyCollection,
  type GeoOutputs,
} from '../../pipeline/geo.ts';

const ROOT = join(import.meta.dirname, '..', '..');
/** the vendored inputs (same files as the research folder /work/shared/geo-sources) */
const SRC = join(ROOT, 'geo', 'sources');
const read = (p: string) => readFileSync(join(SRC, p), 'utf8');
/** shapely buffer(0)-repaired WGS84 copy made by the research helper: an independent reference, not vendored */
// the shared research folder sits beside the repo (CI clones it that way); not vendored, so tests using it may skip
const SHARED = [join(ROOT, '..', 'shared', 'geo-sources'), '/work/shared/geo-sources'].find((d) => existsSync(d)) ?? '';
const SHAPELY_REF = join(SHARED, 'amap-derived', 'xuchang_counties_datav_wgs84.geojson');
const ECHARTS = join(SHARED, 'amap-derived', 'xuchang_counties_echarts_gcj02.geojson');

const EXPECTED = [
  ['411002', '魏都区', 'Weidu District'],
  ['411003', '建安区', "Jian'an District"],
  ['411024', '鄢陵县', 'Yanling County'],
  ['411025', '襄城县', 'Xiangcheng County'],
  ['411081', '禹州市', 'Yuzhou City'],
  ['411082', '长葛市', 'Changge City'],
];

const partsOf = (g: Polygon | MultiPolygon): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const rings = (g: Polygon | MultiPolygon) => partsOf(g).flat();
/** geodesic area of the source geometry converted GCJ-02→WGS84 vertex by vertex (parts summed, no repair) */
const convertedSourceArea = (g: Polygon | MultiPolygon) =>
  partsOf(g).reduce((s, p) => s + area(polygon(p.map((r) => r.map(([x, y]) => gcj02ToWgs84(x, y))))), 0);

const OSM_SRC = 'open/xuchang_counties_geoboundaries_osm_odbl.geojson';
const DATAV_SRC = 'amap-derived/xuchang_counties_datav_gcj02.geojson';

/** the default, open build (OpenStreetMap via geoBoundaries) */
const out: GeoOutputs = buildGeo(SRC);
const counties: CountyCollection = JSON.parse(out['geo/xuchang_counties.geojson']);
/** the internal build (`npm run data -- --boundaries=datav`) */
const datavOut: GeoOutputs = buildGeo(SRC, { boundaries: 'datav' });
const datav: CountyCollection = JSON.parse(datavOut['geo/xuchang_counties.geojson']);
const builds = () => [['open (OSM)', counties], ['DataV', datav]] as const;

describe('coordinate conversion', () => {
  it('converts the known Xuchang point GCJ-02 → WGS84 within ~1 m (SOURCES.md: 113.85,34.03 ↔ 113.85588,34.02844)', () => {
    const [lon, lat] = gcj02ToWgs84(113.85588, 34.02844);
    expect(distance([lon, lat], [113.85, 34.03], { units: 'meters' })).toBeLessThan(1);
    const [gx, gy] = wgs84ToGcj02(113.85, 34.03);
    expect(distance([gx, gy], [113.85588, 34.02844], { units: 'meters' })).toBeLessThan(1);
    // the offset itself is ~540 m E / 170 m S, so the test would catch a missing or reversed conversion
    expect(distance([113.85588, 34.02844], [113.85, 34.03], { units: 'meters' })).toBeGreaterThan(500);
  });
  it('round-trips WGS84 → GCJ-02 → WGS84 to about a centimetre (iterative inverse of gcoord)', () => {
    const [gx, gy] = wgs84ToGcj02(113.5, 33.9);
    expect(distance(gcj02ToWgs84(gx, gy), [113.5, 33.9], { units: 'meters' })).toBeLessThan(0.05);
  });
});

describe('county polygons', () => {
  it.each(builds())('%s: has the six counties, sorted by adcode, with exactly the agreed properties', (_, counties) => {
    expect(counties.features.map((f) => [f.properties.adcode, f.properties.name_zh, f.properties.name_en])).toEqual(EXPECTED);
    for (const f of counties.features) {
      expect(Object.keys(f.properties)).toEqual(['adcode', 'name_zh', 'name_en', 'label_lon', 'label_lat']);
      expect(typeof f.properties.adcode).toBe('string');
    }
  });

  it.each(builds())('%s: has closed rings, RFC 7946 winding, ≤6 decimals and no duplicate consecutive vertices', (_, counties) => {
    for (const f of counties.features) {
      partsOf(f.geometry).forEach((part) =>
        part.forEach((ring, i) => {
          expect(ring.length).toBeGreaterThanOrEqual(4);
          expect(ring[0]).toEqual(ring[ring.length - 1]);
          expect(booleanClockwise(ring)).toBe(i > 0); // outer CCW, holes CW
          for (let k = 1; k < ring.length; k++) expect(ring[k]).not.toEqual(ring[k - 1]);
          for (const [x, y] of ring) {
            expect(Math.abs(x * 1e6 - Math.round(x * 1e6))).toBeLessThan(1e-6);
            expect(Math.abs(y * 1e6 - Math.round(y * 1e6))).toBeLessThan(1e-6);
          }
        }),
      );
    }
  });

  it.each(builds())('%s: has no self-intersection, no repeated vertex in a ring and no edge used twice (no keyhole corridors)', (_, counties) => {
    for (const f of counties.features) {
      expect(kinks(f).features, f.properties.name_zh).toHaveLength(0);
      const edges = new Set<string>();
      for (const ring of rings(f.geometry)) {
        const body = ring.slice(0, -1).map((p) => p.join(','));
        expect(new Set(body).size, f.properties.name_zh).toBe(body.length);
        for (let i = 0; i < body.length; i++) {
          const a = body[i];
          const b = body[(i + 1) % body.length];
          const e = a < b ? `${a};${b}` : `${b};${a}`;
          expect(edges.has(e), `${f.properties.name_zh} edge ${e}`).toBe(false);
          edges.add(e);
        }
      }
      expect(polygonProblems(f.geometry)).toEqual([]);
    }
  });

  it.each(builds())('%s: 建安区 is one polygon whose hole is exactly 魏都区', (name, counties) => {
    if (name === 'DataV') {
      const src = JSON.parse(read(DATAV_SRC)) as FeatureCollection<MultiPolygon>;
      const jaSrc = src.features.find((f) => String(f.properties!.adcode) === '411003')!;
      expect(kinks(jaSrc).features.length).toBeGreaterThan(0); // the source is a keyhole, repaired
    }
    const ja = counties.features.find((f) => f.properties.adcode === '411003')!;
    const wd = counties.features.find((f) => f.properties.adcode === '411002')!;
    expect(ja.geometry.type).toBe('Polygon');
    const holes = (ja.geometry as Polygon).coordinates.slice(1);
    const wdRing = (wd.geometry as Polygon).coordinates[0];
    const key = (r: Position[]) => r.slice(0, -1).map((p) => p.join(',')).sort().join(' ');
    expect(holes.map(key)).toContain(key(wdRing));
  });

  it('DataV: preserves area vs. the input within 0.1% (input converted GCJ-02→WGS84 vertex by vertex, not repaired)', () => {
    const src = JSON.parse(read(DATAV_SRC)) as FeatureCollection<Polygon | MultiPolygon>;
    for (const f of datav.features) {
      const s = src.features.find((g) => String(g.properties!.adcode) === f.properties.adcode)!;
      expect(Math.abs(area(f) / convertedSourceArea(s.geometry) - 1), f.properties.name_zh).toBeLessThan(0.001);
    }
  });

  it.skipIf(!existsSync(SHAPELY_REF))('DataV: agrees with the independent shapely buffer(0) repair (area within 0.01%)', () => {
    const ref = JSON.parse(readFileSync(SHAPELY_REF, 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
    for (const f of datav.features) {
      const r = ref.features.find((g) => String(g.properties!.adcode) === f.properties.adcode)!;
      expect(Math.abs(area(f) / area(r) - 1), f.properties.name_zh).toBeLessThan(1e-4);
      expect(rings(f.geometry).length).toBe(rings(r.geometry).length);
    }
  });

  it('open: keeps the source geometry (rounded to 6 decimals: area within 0.001%) and the source codes', () => {
    const src = JSON.parse(read(OSM_SRC)) as FeatureCollection<Polygon | MultiPolygon, { adcode: string }>;
    for (const f of counties.features) {
      const s = src.features.find((g) => g.properties.adcode === f.properties.adcode)!;
      expect(Math.abs(area(f) / area(s) - 1), f.properties.name_zh).toBeLessThan(1e-5);
      expect(rings(f.geometry).length).toBe(rings(s.geometry).length);
    }
  });

  it.each(builds())('%s: puts every label point inside its own polygon (and labelPoints() returns them)', (_, counties) => {
    const lp = labelPoints(counties);
    expect([...lp.keys()]).toEqual(EXPECTED.map((e) => e[0]));
    for (const f of counties.features) {
      const pt: [number, number] = [f.properties.label_lon, f.properties.label_lat];
      expect(lp.get(f.properties.adcode)).toEqual(pt);
      expect(booleanPointInPolygon(pt, f, { ignoreBoundary: true }), f.properties.name_zh).toBe(true);
      expect(countyOf(pt[0], pt[1], counties)).toBe(f.properties.adcode);
    }
    // 建安区's centroid falls in its hole (魏都区), which is why a pole of inaccessibility is used
    const ja = counties.features.find((f) => f.properties.adcode === '411003')!;
    expect(countyOf(113.84, 34.04, counties)).toBe('411002');
    expect(ja.properties.label_lon).not.toBeCloseTo(113.84, 1);
  });
});

describe('repair on a synthetic keyhole', () => {
  it('turns two U-shaped parts sharing edges into a square with a hole, area kept', () => {
    // 0..4 square with a 1..3 hole, delivered as left and right halves that share the corridor edges
    const left = [[[0, 0], [2, 0], [2, 1], [1, 1], [1, 3], [2, 3], [2, 4], [0, 4], [0, 0]]];
    const right = [[[2, 0], [4, 0], [4, 4], [2, 4], [2, 3], [3, 3], [3, 1], [2, 1], [2, 0]]];
    const toSmall = (p: number[][][]) => p.map((r) => r.map(([x, y]) => [113 + x / 100, 34 + y / 100]));
    const parts = [toSmall(left), toSmall(right)];
    const fixed = repairParts(parts, 6);
    expect(fixed).toHaveLength(1);
    expect(fixed[0]).toHaveLength(2);
    const g: Polygon = { type: 'Polygon', coordinates: fixed[0] };
    expect(polygonProblems(g)).toEqual([]);
    const before = area(polygon(parts[0])) + area(polygon(parts[1]));
    expect(Math.abs(area(g) / before - 1)).toBeLessThan(1e-9);
  });
});

describe('replaceable boundary source (DataV input)', () => {
  const gcjText = () => read(DATAV_SRC);
  const cfg = { path: 'x.geojson', codeProp: 'adcode', nameProp: 'name', credit: DATAV_CREDIT };
  it('accepts a WGS84 file (here: the source converted without repair) with the same result within rounding', () => {
    const fc = JSON.parse(gcjText()) as FeatureCollection<MultiPolygon>;
    for (const f of fc.features) f.geometry.coordinates = f.geometry.coordinates.map((p) => p.map((r) => r.map(([x, y]) => gcj02ToWgs84(x, y))));
    const alt = buildCounties(JSON.stringify(fc), { ...cfg, crs: 'wgs84' });
    expect(alt.features.map((f) => f.properties)).toEqual(datav.features.map((f) => f.properties));
    alt.features.forEach((f, i) => expect(f.geometry).toEqual(datav.features[i].geometry));
  });
  it('reads the code from other properties or Feature.id and maps the legacy code 411023 to 建安区 411003', () => {
    const fc = JSON.parse(gcjText()) as FeatureCollection<MultiPolygon, Record<string, unknown>>;
    for (const f of fc.features) {
      f.id = f.properties.adcode === 411003 ? '411023' : String(f.properties.adcode);
      f.properties = { NAME: f.properties.name === '建安区' ? '许昌县' : f.properties.name };
    }
    const alt = buildCounties(JSON.stringify(fc), { ...cfg, crs: 'gcj02', codeProp: '@id', nameProp: 'NAME' });
    expect(alt.features).toEqual(datav.features);
  });
  it('rejects a file whose name contradicts the code, or that lacks a county', () => {
    const fc = JSON.parse(gcjText()) as FeatureCollection<MultiPolygon, Record<string, unknown>>;
    fc.features[0].properties.name = '长葛市';
    expect(() => buildCounties(JSON.stringify(fc), { ...cfg, crs: 'gcj02' })).toThrow(/长葛市/);
    fc.features.shift();
    expect(() => buildCounties(JSON.stringify(fc), { ...cfg, crs: 'gcj02' })).toThrow(/missing counties 411002/);
  });
  it.skipIf(!existsSync(ECHARTS))(
    'repairs the grid-snapped echarts file too (spikes, duplicate vertices, code 411023 in Feature.id)',
    () => {
      const alt = buildCounties(readFileSync(ECHARTS, 'utf8'), {
        ...cfg, crs: 'gcj02', codeProp: '@id',
      });
      expect(alt.features.map((f) => [f.properties.adcode, f.properties.name_zh])).toEqual(EXPECTED.map((e) => [e[0], e[1]]));
      for (const f of alt.features) expect(polygonProblems(f.geometry)).toEqual([]);
    },
    60_000,
  );
});

describe('determinism, file set and licence notices', () => {
  it('builds byte-identical output twice', () => {
    const again = buildGeo(SRC);
    expect(Object.keys(again)).toEqual(Object.keys(out));
    for (const k of Object.keys(out)) expect(again[k] === out[k], k).toBe(true);
  });
  it('writes compact JSON under geo/ only (the app fetches geo/ directly)', () => {
    for (const [k, v] of Object.entries({ ...out, ...datavOut })) {
      expect(k.startsWith('geo/'), k).toBe(true);
      if (k.endsWith('.geojson')) expect(v.split('\n')).toHaveLength(2); // one line + final newline
    }
  });
  it('open build: the served county GeoJSON carries the ODbL licence and notice, and a NOTICE file sits beside it', () => {
    const fc = JSON.parse(out['geo/xuchang_counties.geojson']) as Record<string, unknown>;
    expect(Object.keys(fc)).toEqual(['type', 'license', 'license_url', 'attribution', 'features']);
    expect(fc.license).toBe('ODbL-1.0');
    expect(fc.license_url).toMatch(/opendatacommons\.org\/licenses\/odbl/);
    expect(fc.attribution).toMatch(/Open Database License \(ODbL\) v1\.0\. © OpenStreetMap contributors/);
    expect(fc.attribution).toMatch(/geoBoundaries/);
    const notice = out['geo/xuchang_counties.NOTICE.txt'];
    expect(notice).toContain(String(fc.attribution));
    expect(notice).toMatch(/Database Contents License/);
    expect(notice).toMatch(/标准地图/);
  });
  it('open build: has no AMap/DataV content (no prefecture layer, no DataV credit)', () => {
    expect(out['geo/henan_prefectures.geojson']).toBeUndefined();
    expect(JSON.stringify(out)).not.toMatch(/AMap|DataV/);
  });
  it('DataV build: the notices say it is not open data; it adds the prefecture context layer', () => {
    const fc = JSON.parse(datavOut['geo/xuchang_counties.geojson']) as Record<string, unknown>;
    expect(fc.license).toMatch(/proprietary/);
    expect(datavOut['geo/xuchang_counties.NOTICE.txt']).toMatch(/not open data/);
    expect(datavOut['geo/henan_prefectures.geojson']).toBeDefined();
  });
  it('npm run data -- --boundaries=<set>: reads the switch, default when absent, names the known sets when wrong', () => {
    expect(boundaryArg([])).toBeUndefined();
    expect(boundaryArg(['--boundaries=datav'])).toBe('datav');
    expect(boundaryArg(['--boundaries', 'osm'])).toBe('osm');
    expect(() => boundaryArg(['--boundaries=amap'])).toThrow(/unknown value "amap" \(known: osm, datav\)/);
    expect(() => boundaryArg(['--boundaries=toString'])).toThrow(/unknown value/);
  });
  it('rejects an unknown boundary set by name', () => {
    expect(() => buildGeo(SRC, { boundaries: 'nope' as keyof typeof BOUNDARY_SOURCES })).toThrow(/unknown boundary set "nope".*osm, datav/);
  });
});

describe('henan prefectures (DataV build only)', () => {
  it('has the 18 units with string adcodes, sorted, valid geometry', () => {
    const fc = JSON.parse(datavOut['geo/henan_prefectures.geojson']) as FeatureCollection<Polygon | MultiPolygon, { adcode: string; name_zh: string }>;
    expect(fc.features).toHaveLength(18);
    const codes = fc.features.map((f) => f.properties.adcode);
    expect(codes).toEqual([...codes].sort());
    expect(fc.features.find((f) => f.properties.adcode === '411000')!.properties.name_zh).toBe('许昌市');
    for (const f of fc.features) {
      expect(Object.keys(f.properties)).toEqual(['adcode', 'name_zh']);
      expect(polygonProblems(f.geometry), f.properties.name_zh).toEqual([]);
    }
  });
});

describe('townships', () => {
  const src = () => parseTownships(read('open/xuchang_townships_nbs2023.csv'));
  it('has 105 rows with the agreed columns; coordinates exactly where the source has them', () => {
    const csv = out['geo/townships.csv'];
    expect(csv.split('\n')[0]).toBe('code,name,type,county_code,county_name,lon,lat,coord_source');
    const rows = parseTownships(csv);
    expect(rows).toHaveLength(105);
    const raw = read('open/xuchang_townships_nbs2023.csv').trim().split('\n').slice(1).map((l) => l.split(','));
    expect(raw).toHaveLength(105);
    const byCode = new Map(rows.map((r) => [r.code, r]));
    for (const f of raw) {
      const r = byCode.get(f[0])!;
      expect(r.name).toBe(f[1]);
      if (f[6] === '') {
        expect(r.lon).toBeNull();
        expect(r.lat).toBeNull();
        expect(r.coord_source).toBe('');
      } else {
        expect(r.lon).toBe(Number(f[6]));
        expect(r.lat).toBe(Number(f[7]));
        expect(r.coord_source).not.toBe('');
      }
    }
    expect(rows.filter((r) => r.lon !== null)).toHaveLength(20);
    expect(rows.filter((r) => r.county_name === '建安区').every((r) => r.county_code === '411003')).toBe(true);
    expect(rows.filter((r) => r.county_code === '411003')).toHaveLength(18);
  });
  it('loadTownships gives the locator all 105 rows; the 20 with coordinates lie inside their own county in both builds', () => {
    const rows = loadTownships(SRC);
    expect(rows).toEqual(src());
    const located = rows.filter((r) => r.lon !== null && r.lat !== null);
    expect(located).toHaveLength(20);
    for (const [, fc] of builds()) for (const r of located) expect(countyOf(r.lon!, r.lat!, fc), r.name).toBe(r.county_code);
  });
  it('countyLabelPoints(srcDir) gives the same label points as the built file', () => {
    expect(countyLabelPoints(SRC)).toEqual(labelPoints(counties));
  });
  it('maps a legacy county code and rejects a half coordinate', () => {
    const h = 'code,name,type,county_code,county_name,lon,lat,coord_source\n';
    expect(parseTownships(h + '411003100,将官池镇,镇,411023,许昌县,,,\n')[0]).toMatchObject({ county_code: '411003', county_name: '建安区' });
    expect(() => parseTownships(h + '411003100,将官池镇,镇,411003,建安区,113.8,,x\n')).toThrow(/only one/);
  });
});

describe('GeoNames places and rivers', () => {
  it('keeps the 23 GeoNames points inside the counties, with the county the source assigned', () => {
    const fc = JSON.parse(out['geo/places_geonames.geojson']) as FeatureCollection<Point, Record<string, unknown>>;
    const srcFc = JSON.parse(read('open/xuchang_area_places_geonames_wgs84.geojson')) as FeatureCollection<Point, Record<string, unknown>>;
    expect(fc.features).toHaveLength(23);
    for (const f of fc.features) {
      for (const k of ['name_zh', 'name', 'feature_code', 'county_adcode', 'population']) expect(f.properties).toHaveProperty(k);
      const s = srcFc.features.find((g) => g.properties.geonameid === f.properties.geonameid)!;
      expect(f.properties.county_adcode).toBe(String(s.properties.county_adcode));
    }
    expect(fc.features.find((f) => f.properties.geonameid === 1788046)!.properties.name_zh).toBe('许昌');
  });
  it('clips rivers to the context bbox and keeps the hint caveat', () => {
    const fc = JSON.parse(out['geo/rivers.geojson']) as FeatureCollection<LineString | MultiLineString, Record<string, unknown>>;
    expect(fc.features.length).toBeGreaterThan(0);
    const [x0, y0, x1, y1] = CONTEXT_BBOX;
    for (const f of fc.features as Feature<LineString | MultiLineString, Record<string, unknown>>[]) {
      const lines = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const [x, y] of lines.flat()) {
        expect(x >= x0 - 1e-9 && x <= x1 + 1e-9 && y >= y0 - 1e-9 && y <= y1 + 1e-9).toBe(true);
      }
      expect(Object.keys(f.properties)).toEqual(['wdb_level', 'name_hint', 'name_hint_note']);
      if (f.properties.name_hint) expect(f.properties.name_hint_note).toMatch(/unverified/);
    }
    expect(fc.features.some((f) => f.properties.name_hint === '颍河')).toBe(true);
  });
  it('the context bbox contains the counties with a margin', () => {
    const xs = counties.features.flatMap((f) => rings(f.geometry).flat());
    const [x0, y0, x1, y1] = CONTEXT_BBOX;
    for (const [x, y] of xs) expect(x > x0 + 0.1 && x < x1 - 0.1 && y > y0 + 0.1 && y < y1 - 0.1).toBe(true);
  });
});

describe('attribution', () => {
  it('credits every output file and matches geo/SOURCES.md', () => {
    const att = JSON.parse(out['geo/attribution.json']) as Record<string, unknown>[];
    const keys = ['id', 'name', 'files', 'licence', 'licence_url', 'attribution', 'attribution_zh', 'note'];
    for (const a of att) expect(Object.keys(a)).toEqual(keys);
    const credited = new Set(att.flatMap((a) => a.files as string[]));
    for (const k of Object.keys(out)) if (!k.endsWith('attribution.json')) expect(credited.has(k.split('/').pop()!), k).toBe(true);
    expect(att.find((a) => a.id === 'osm-geoboundaries')!.attribution).toMatch(/© OpenStreetMap contributors \(ODbL 1\.0\)/);
    const datavAtt = JSON.parse(datavOut['geo/attribution.json']) as Record<string, unknown>[];
    expect(datavAtt.find((a) => a.id === 'amap-datav')!.note).toMatch(/not open data/);
    const md = readFileSync(join(ROOT, 'geo', 'SOURCES.md'), 'utf8');
    for (const a of [...att, ...datavAtt]) {
      expect(md, `SOURCES.md mentions ${a.id}`).toContain(String(a.id));
      expect(md, `SOURCES.md gives the licence of ${a.id}`).toContain(String(a.licence));
      expect(md).toContain(String(a.attribution));
      expect(md).toContain(String(a.attribution_zh));
    }
  });
});
