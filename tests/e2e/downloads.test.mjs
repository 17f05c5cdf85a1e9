// dist/downloads/ (written by `npm run build`) read back with a real GIS reader, GDAL's ogrinfo (Debian gdal-bin;
// run.mjs installs it when missing), and the download menu that links the files.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { launch, mapReady, openPage } from './browser.mjs';
import { readCsv } from './data.mjs';

const DL = 'dist/downloads';
const ogrinfo = (...args) => execFileSync('ogrinfo', ['-ro', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
/** ogrinfo's summary of one layer: feature count, CRS, field names */
function summary(source, layer) {
  const out = ogrinfo('-so', ...(layer ? [source, layer] : ['-al', source]));
  return {
    out,
    count: Number(/Feature Count: (\d+)/.exec(out)?.[1]),
    // the layer's CRS is WGS 84 (the WKT ends with the EPSG code of the whole CRS)
    epsg4326: /^GEOGCRS\["WGS 84",[\s\S]*?\n {4}ID\["EPSG",4326\]\]$/m.test(out),
    fields: [...out.matchAll(/^(\w+): (String|Integer|Integer64|Real)/gm)].map((m) => m[1]),
  };
}
/** attribute values of the features matching `where` */
function values(source, layer, where) {
  const out = ogrinfo('-geom=NO', '-where', where, source, layer);
  return Object.fromEntries([...out.matchAll(/^ {2}(\w+) \((?:String|Integer|Integer64|Real)\) = (.*)$/gm)].map((m) => [m[1], m[2]]));
}

const counties = JSON.parse(readFileSync('geo/xuchang_counties.geojson', 'utf8'));
const places = readCsv('data/places.csv');
const located = places.filter((p) => p.location_precision !== 'none');
const county = counties.features.find((f) => f.properties.adcode === '411025').properties;
const town = located.find((p) => p.location_precision === 'town' && /[\u4e00-\u9fff]/.test(p.name));

describe('downloads read back with GDAL ogrinfo', () => {
  test('GeoPackage: counties and places in EPSG:4326 with Chinese names and precision; the indicator table', () => {
    const gpkg = `${DL}/xuchang-atlas.gpkg`;
    const c = summary(gpkg, 'counties');
    assert.ok(c.epsg4326, c.out);
    assert.equal(c.count, counties.features.length);
    assert.equal(values(gpkg, 'counties', `adcode='411025'`).name_zh, county.name_zh);
    const p = summary(gpkg, 'places');
    assert.ok(p.epsg4326);
    assert.equal(p.count, places.length);
    assert.ok(p.fields.includes('location_precision'));
    const row = values(gpkg, 'places', `place_id='${town.place_id}'`);
    assert.equal(row.name, town.name);
    assert.equal(row.location_precision, 'town');
    const withGeom = ogrinfo('-sql', 'SELECT COUNT(*) AS n FROM places WHERE geom IS NOT NULL', gpkg);
    assert.match(withGeom, new RegExp(`n \\(Integer\\) = ${located.length}\\b`));
    assert.equal(summary(gpkg, 'indicators').count, readCsv('data/indicators.csv').length);
  });

  test('GeoJSON of the counties: EPSG:4326, six features, Chinese names, the ODbL licence carried in the file', () => {
    const file = `${DL}/xuchang_counties.geojson`;
    const s = summary(file);
    assert.ok(s.epsg4326, s.out);
    assert.equal(s.count, counties.features.length);
    assert.equal(values(file, 'xuchang_counties', `adcode='411025'`).name_zh, county.name_zh);
    const fc = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(fc.license, 'ODbL-1.0');
    assert.match(fc.attribution, /© OpenStreetMap contributors/);
  });

  test('zipped Shapefile: .prj (EPSG:4326), UTF-8 .cpg, field names of at most 10 characters, Chinese names intact', async () => {
    const zipPath = `${DL}/xuchang-atlas-shp.zip`;
    const zip = await JSZip.loadAsync(readFileSync(zipPath));
    for (const layer of ['counties', 'places']) {
      for (const ext of ['shp', 'shx', 'dbf', 'prj', 'cpg']) assert.ok(zip.file(`${layer}.${ext}`), `${layer}.${ext} in the zip`);
      assert.equal((await zip.file(`${layer}.cpg`).async('string')).trim(), 'UTF-8');
    }
    assert.ok(zip.file('NOTICE.txt'), 'the licence notice travels with the zip');
    const c = summary(`/vsizip/${zipPath}/counties.shp`);
    assert.ok(c.epsg4326, c.out);
    assert.equal(c.count, counties.features.length);
    assert.equal(values(`/vsizip/${zipPath}/counties.shp`, 'counties', `adcode='411025'`).name_zh, county.name_zh);
    const p = summary(`/vsizip/${zipPath}/places.shp`);
    assert.ok(p.epsg4326);
    assert.equal(p.count, located.length, 'every place with a position');
    for (const f of [...c.fields, ...p.fields]) assert.ok(f.length <= 10, `field ${f}`);
    const row = values(`/vsizip/${zipPath}/places.shp`, 'places', `place_id='${town.place_id}'`);
    assert.equal(row.name, town.name);
    assert.equal(row.precision, 'town');
    assert.equal(Number(row.lon), Number(town.lon));
  });

  test('places CSV: its WKT column gives each located place its point', () => {
    const out = ogrinfo('-oo', 'GEOM_POSSIBLE_NAMES=wkt', '-oo', 'KEEP_GEOM_COLUMNS=NO', '-geom=YES', '-where', `place_id='${town.place_id}'`, `${DL}/places.csv`, 'places');
    assert.match(out, new RegExp(`POINT \\(${Number(town.lon)} ${Number(town.lat)}\\)`));
    const n = ogrinfo('-oo', 'GEOM_POSSIBLE_NAMES=wkt', '-sql', 'SELECT COUNT(*) AS n FROM places WHERE wkt <> \'\'', `${DL}/places.csv`);
    assert.match(n, new RegExp(`n \\(Integer\\) = ${located.length}\\b`));
  });
});

describe('datapackage.json (Frictionless Tabular Data Package)', () => {
  const pkg = JSON.parse(readFileSync(`${DL}/datapackage.json`, 'utf8'));
  const parse = (path) => Papa.parse(readFileSync(`${DL}/${path}`, 'utf8'), { header: true, skipEmptyLines: true });
  test('describes every CSV in the downloads with its exact columns, and every value has its declared type', () => {
    assert.equal(pkg.profile, 'tabular-data-package');
    const csvs = readdirSync(DL).filter((f) => f.endsWith('.csv')).sort();
    assert.deepEqual(pkg.resources.map((r) => r.path).sort(), csvs);
    const ok = { string: () => true, integer: (v) => /^-?\d+$/.test(v), number: (v) => Number.isFinite(Number(v)) };
    for (const r of pkg.resources) {
      assert.equal(r.profile, 'tabular-data-resource');
      const { data, meta } = parse(r.path);
      assert.deepEqual(meta.fields, r.schema.fields.map((f) => f.name), r.path);
      for (const f of r.schema.fields) {
        const bad = data.find((row) => row[f.name] !== '' && !ok[f.type](row[f.name]));
        assert.equal(bad, undefined, `${r.path} ${f.name} (${f.type})`);
      }
      if (r.schema.primaryKey) assert.equal(new Set(data.map((x) => x[r.schema.primaryKey])).size, data.length, `${r.path} key`);
      for (const fk of r.schema.foreignKeys ?? []) {
        const target = pkg.resources.find((x) => x.name === fk.reference.resource);
        const ids = new Set(parse(target.path).data.map((x) => x[fk.reference.fields]));
        assert.ok(data.every((x) => x[fk.fields] === '' || ids.has(x[fk.fields])), `${r.path}.${fk.fields} → ${target.path}`);
      }
      assert.ok(r.licenses.length > 0, `${r.path} has a licence`);
    }
  });
  test('boundary-derived files are under ODbL; a row keeps its Chinese text', () => {
    const byPath = Object.fromEntries(pkg.resources.map((r) => [r.path, r]));
    for (const path of ['counties.csv', 'places.csv']) assert.ok(byPath[path].licenses.some((l) => l.name === 'ODbL-1.0'), path);
    assert.ok(pkg.licenses.some((l) => l.name === 'ODbL-1.0'));
    const row = parse('counties.csv').data.find((x) => x.adcode === '411025');
    assert.equal(row.name_zh, county.name_zh);
    assert.match(row.wkt, /^POLYGON/);
  });
});

describe('the download menu', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser?.close(); });

  for (const [lang, menu, asShown] of [['zh', '下载数据', '当前显示的数据（CSV）'], ['en', 'Download data', 'The data as shown (CSV)']]) {
    test(`${lang}: links every download (relative URLs that resolve) beside the data as shown, and credits the boundaries`, async () => {
      const { page, context, errors, foreign } = await openPage(browser, { query: `lang=${lang}` });
      await mapReady(page);
      await page.getByText(menu, { exact: true }).click();
      await page.getByRole('button', { name: asShown }).waitFor();
      const links = await page.locator('.downloads a').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), url: a.href, text: a.textContent })));
      assert.ok(links.length >= 6);
      for (const l of links) {
        assert.match(l.href, /^downloads\//, 'relative URL (sub-path hosting)');
        const res = await page.request.get(l.url);
        assert.equal(res.status(), 200, l.url);
        if (lang === 'zh') assert.match(l.text, /[\u4e00-\u9fff]/, `Chinese label: ${l.text}`);
      }
      const files = new Set(readdirSync(DL));
      for (const f of ['xuchang-atlas.gpkg', 'xuchang-atlas-shp.zip', 'xuchang_counties.geojson', 'places.csv', 'datapackage.json']) {
        assert.ok(links.some((l) => l.href === `downloads/${f}`) && files.has(f), f);
      }
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: asShown }).waitFor({ state: 'hidden' });
      // the map credits the open boundaries (ODbL notice) in the page's language
      await page.locator('.maplibregl-ctrl-attrib-button').click();
      assert.match(await page.locator('.maplibregl-ctrl-attrib-inner').innerText(), lang === 'zh' ? /OpenStreetMap 贡献者（ODbL 1\.0）/ : /© OpenStreetMap contributors \(ODbL 1\.0\)/);
      assert.deepEqual(errors, []);
      assert.deepEqual(foreign, []);
      await context.close();
    });
  }
});
