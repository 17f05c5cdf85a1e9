import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { drawn, drawnState, keyOf, launch, mapReady, openPage, screenshot, ATLAS_URL, urlMatches } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });


/** a tiny seeded PRNG so the fuzz cases are the same on every run */
function prng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
function fuzzQueries(n) {
  const r = prng(20261123);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const params = ['indicator', 'year', 'layers', 'area', 'view', 'lang', 'mode', 'basemap', 'zzz', ''];
  const values = [
    () => String(Math.floor(r() * 4000)), () => pick(['2019', '2025', '2020.5', '-1', '1e3', '']), () => '<script>alert(1)</script>',
    () => '"><img src=x onerror=alert(1)>', () => '%E0%A4%A', () => '%%%', () => 'x'.repeat(Math.floor(r() * 5000)),
    () => pick(['coal_total', 'fire_new_stations_total', 'nope', '__proto__', 'constructor']), () => pick(['labels~rivers', 'labels~~', '~', 'coal_enterprise~x']),
    () => pick(['113.7,34,9', '113.7,34,9,30,40', 'NaN,1,2', '1,2,3,4', '200,100,50']), () => pick(['zh', 'en', 'fr', 'ZH']),
    () => pick(['present', 'embed', 'normal', 'print']), () => pick(['411002', 'XC-DCQ', '999999', 'coal-ent-01']),
    // random BMP characters (lone surrogates cannot be percent-encoded, so they are skipped)
    () => encodeURIComponent(String.fromCharCode(...Array.from({ length: 8 }, () => { const c = Math.floor(r() * 0xf000); return c >= 0xd800 ? c + 0x800 : c; }))),
  ];
  return Array.from({ length: n }, () => {
    const k = 1 + Math.floor(r() * 5);
    const parts = Array.from({ length: k }, () => `${pick(params)}=${pick(values)()}`);
    let q = parts.join('&');
    if (r() < 0.15) q = q.slice(0, Math.floor(r() * q.length)); // truncated
    return q;
  });
}

describe('robustness', () => {
  test('URL fuzz: hundreds of hostile query strings never break the page; the map is always drawn', async () => {
    const { page, errors, foreign, context } = await openPage(browser);
    await mapReady(page);
    const cases = fuzzQueries(300);
    for (const q of cases) {
      // drive the app's own URL handling as Back/Forward would (no reload per case keeps the test short)
      await page.evaluate((search) => { history.pushState(null, '', `?${search}`); dispatchEvent(new PopStateEvent('popstate')); }, q);
      const s = await page.evaluate(() => window.__atlas.getState());
      assert.ok(s.year >= 2019 && s.year <= 2025, `year after ?${q.slice(0, 80)}`);
      assert.ok(typeof s.indicator === 'string' && s.indicator.length < 80);
    }
    await mapReady(page);
    // a handful of full loads with the nastiest inputs, checking the notice is shown
    for (const q of cases.filter((c) => /script|img|%%%|x{100}/.test(c)).slice(0, 6)) {
      // location.assign, not page.goto: the driver itself chokes on malformed percent-escapes
      await page.evaluate((u) => location.assign(u), `${ATLAS_URL}?${q}`);
      await page.waitForLoadState('load');
      await mapReady(page);
      assert.ok(await page.locator('[role=status], [role=alert]').count() > 0, `a notice for ?${q.slice(0, 60)}`);
      assert.equal(await page.evaluate(() => window.__pwned ?? document.querySelectorAll('img[src=x]').length), 0);
    }
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, []);
    await context.close();
  });

  test('a failed fetch says which file failed and recovers with Retry', async () => {
    const { page, context, errors } = await openPage(browser, { routes: { '**/data/indicators.csv': (route) => route.abort('connectionreset') } });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /data\/indicators\.csv/);
    await screenshot(page, 'robust-failed-fetch');
    await page.unroute('**/data/indicators.csv');
    await alert.getByRole('button').click();
    await mapReady(page);
    assert.equal(await page.getByRole('alert').count(), 0);
    // (the failed request itself is logged to the console)
    assert.deepEqual(errors.filter((e) => !e.startsWith('console:')), []);
    await context.close();
  });

  test('broken data rows are skipped and reported, a broken file is named, the rest of the map still works', async () => {
    const csv = readFileSync('data/indicators.csv', 'utf8');
    const header = csv.split('\n')[0].split(',');
    // a row with every column, its value not a number; and a row cut short
    const fields = { indicator: 'coal_total', area_code: '411002', area: '魏都区', year: '2020', value: 'not-a-number', unit: '万吨', kind: 'target' };
    const bad = header.map((c) => fields[c] ?? '').join(',');
    const { page, context, errors } = await openPage(browser, { routes: { '**/data/indicators.csv': (route) =>
      route.fulfill({ contentType: 'text/csv', body: `${csv}${bad}\ncoal_total,999999\n` }) } });
    await mapReady(page);
    const status = page.getByRole('button', { name: /2 行数据有误/ });
    await status.click();
    const text = await page.locator('.notices').innerText();
    assert.match(text, /data\/indicators\.csv:\d+: value "not-a-number" is not an ASCII decimal/);
    assert.match(text, new RegExp(`data/indicators\\.csv:\\d+: malformed row: 2 fields, header has ${header.length}`));
    // in Chinese first (the Chinese UI), the validator's own words beside it
    assert.match(text, /data\/indicators\.csv 第 \d+ 行：数值 "not-a-number" 不是半角数字写的十进制数/);
    assert.match(text, new RegExp(`data/indicators\\.csv 第 \\d+ 行：行格式有误：有 2 个字段，表头有 ${header.length} 个`));
    const areas = await page.evaluate(() => window.__atlas.getRenderedAreas());
    assert.ok(areas.filter((a) => a.value !== null).length >= 6);
    await page.route('**/data/places.csv', (route) => route.fulfill({ contentType: 'text/csv', body: 'nothing,useful\n1,2\n' }));
    await page.reload();
    await page.getByRole('alert').waitFor();
    assert.match(await page.getByRole('alert').innerText(), /data\/places\.csv: missing column/);
    assert.match(await page.getByRole('alert').innerText(), /data\/places\.csv：缺少列：/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a base-map file that fails to load is reported by name; the data map still draws', async () => {
    const { page, context, errors } = await openPage(browser, { routes: { '**/geo/rivers.geojson': (route) => route.fulfill({ status: 404, body: 'missing' }) } });
    await mapReady(page);
    await page.getByText(/部分底图数据未能加载/).waitFor();
    assert.match(await page.locator('.notices').innerText(), /rivers/);
    const areas = await page.evaluate(() => window.__atlas.getRenderedAreas());
    assert.ok(areas.filter((a) => a.value !== null).length >= 6);
    // (the failed request itself is logged to the console)
    assert.deepEqual(errors.filter((e) => !e.startsWith('console:')), []);
    await context.close();
  });

  // a part of the UI loaded on first use whose file is gone (the page open while the site was updated, or offline)
  test('a part of the page whose script cannot be loaded is named with a reload; the map works; the reload keeps the state', async () => {
    const query = 'year=2023&area=411081';
    let block = true;
    const { page, context, errors } = await openPage(browser, {
      query,
      routes: {
        '**/assets/DetailPanel-*.js': (route) => (block ? route.abort('internetdisconnected') : route.continue()),
        '**/assets/exportPng-*.js': (route) => (block ? route.abort('internetdisconnected') : route.continue()),
      },
    });
    await mapReady(page);
    const alert = page.getByRole('alert');
    // the details panel is loaded just after the first map
    await alert.filter({ hasText: '详情面板' }).waitFor();
    assert.match(await alert.innerText(), /部分界面未能加载.*详情面板/);
    // an export asked for while offline: named in the same notice, nothing thrown
    await page.getByRole('button', { name: '导出 PNG' }).click();
    await alert.filter({ hasText: '导出' }).waitFor();
    assert.match(await alert.innerText(), /详情面板、导出/);
    // the map still works: a year step is drawn
    await page.getByRole('slider').focus();
    await page.keyboard.press('ArrowRight');
    await drawnState(page, keyOf('?year=2024&area=411081'));
    // in English too
    await page.getByRole('button', { name: 'English' }).click();
    await drawnState(page, keyOf('?year=2024&area=411081&lang=en'));
    assert.match(await alert.innerText(), /could not be loaded.*details panel, export/);
    // back online: the reload shows the same state, with its details panel
    block = false;
    await Promise.all([page.waitForEvent('load'), alert.getByRole('button', { name: 'Reload the page' }).click()]);
    await drawnState(page, keyOf('?year=2024&area=411081&lang=en'));
    await page.getByRole('heading', { name: 'Yuzhou City', exact: true }).first().waitFor();
    assert.equal(await page.getByRole('alert').count(), 0);
    // (the blocked requests themselves are logged to the console)
    assert.deepEqual(errors.filter((e) => !e.startsWith('console:')), []);
    await context.close();
  });

  test('a lost WebGL context gives a message and the map can be rebuilt with the same state', async () => {
    const { page, context } = await openPage(browser, { query: 'indicator=fire_new_stations_total&year=2025' });
    await mapReady(page);
    await page.evaluate(() => {
      const canvas = document.querySelector('.maplibregl-canvas');
      // (a test-side handle: once the map is rebuilt, nothing may keep the old one, nor so its canvas, alive)
      window.__oldMapCanvas = new WeakRef(canvas);
      canvas.getContext('webgl2').getExtension('WEBGL_lose_context').loseContext();
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await screenshot(page, 'robust-context-lost');
    await alert.getByRole('button').click();
    await drawnState(page, keyOf('?indicator=fire_new_stations_total&year=2025'));
    const s = await page.evaluate(() => window.__atlas.getState());
    assert.equal(s.indicator, 'fire_new_stations_total');
    assert.equal(s.year, 2025);
    assert.equal(await page.getByRole('alert').count(), 0);
    // the test contract works on the new map and holds nothing of the old one
    assert.ok(await page.evaluate(() => window.__atlas.project(113.8, 34.0)) !== null);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    assert.equal(await page.evaluate(() => window.__oldMapCanvas.deref() === undefined), true, 'the removed map is still alive');
    await context.close();
  });

  test('the Content-Security-Policy holds: no violations, remote origins locked out by default', async () => {
    const { page, errors, context } = await openPage(browser);
    await page.addInitScript(() => { window.__cspViolations = []; document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.blockedURI + ' ' + e.violatedDirective)); });
    await page.reload();
    await mapReady(page);
    await page.getByRole('slider').focus();
    await page.keyboard.press('End');
    await drawnState(page, keyOf('?year=2025'));
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    const policies = await page.evaluate(() => [...document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')].map((m) => m.content));
    assert.equal(policies.length, 2);
    assert.match(policies[0], /script-src 'self'(;|$)/);
    assert.match(policies[1], /connect-src 'self'$/);
    // a fetch to another origin is refused by the policy
    const refused = await page.evaluate(() => fetch('https://tile.openstreetmap.org/0/0/0.png').then(() => false, () => true));
    assert.ok(refused);
    assert.ok(errors.every((e) => /Content Security Policy|Failed to fetch|ERR_/.test(e)), errors.join('\n'));
    await context.close();
  });

  test('the online base map is off by default; switching it on is remembered and only then contacts OpenStreetMap', async () => {
    const { page, foreign, context } = await openPage(browser);
    await mapReady(page);
    assert.deepEqual(foreign, []);
    const tile = page.waitForRequest((r) => r.url().startsWith('https://tile.openstreetmap.org/'), { timeout: 30_000 });
    await Promise.all([page.waitForEvent('load'), page.getByRole('checkbox', { name: /OpenStreetMap/ }).check()]);
    await page.waitForFunction(() => window.__atlas?.getState, null, { timeout: 30_000 });
    await urlMatches(page, /basemap=osm/);
    // the page reloaded without the narrowing policy, and the map asks for OSM tiles (offline here, so they fail)
    await page.waitForFunction(() => document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]').length === 1);
    await tile;
    // drawn (with the tiles failed): every request of this view has been made
    await drawnState(page, keyOf('?basemap=osm'));
    assert.ok(foreign.length > 0 && foreign.every((u) => u.startsWith('https://tile.openstreetmap.org/')), foreign.slice(0, 3).join(' '));
    assert.match(await page.locator('.maplibregl-ctrl-attrib').textContent(), /OpenStreetMap/);
    await context.close();
  });

  test('online tiles that fail after the map has drawn all else: the map still reports its state drawn', async () => {
    // the tile server answers only after the map's other frames are done, and fails (as when it is unreachable
    // or blocked): MapLibre asked for no frame after such a failure, so it never found itself loaded
    let failed = 0;
    const { page, context } = await openPage(browser, { query: 'basemap=osm', routes: { 'https://tile.openstreetmap.org/**': async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      failed += 1;
      await route.abort('namenotresolved');
    } } });
    await drawnState(page, keyOf('?basemap=osm'));
    assert.ok(failed > 0);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.mapPainted), 'webgl');
    await context.close();
  });

  test('short soak: playing years and toggling layers keeps the JS heap bounded', async () => {
    const { page, errors, context } = await openPage(browser);
    await mapReady(page);
    const cdp = await context.newCDPSession(page);
    const heap = async () => { await cdp.send('HeapProfiler.collectGarbage'); return (await cdp.send('Runtime.getHeapUsage')).usedSize; };
    const cycle = async () => {
      const slider = page.getByRole('slider');
      await slider.focus();
      await page.keyboard.press('Home');
      await drawn(page);
      for (let i = 0; i < 6; i++) { await page.keyboard.press('ArrowRight'); await drawn(page); }
      await page.getByRole('checkbox', { name: /重点耗煤企业/ }).click();
      await drawn(page);
    };
    await cycle(); await cycle();
    const start = await heap();
    for (let k = 0; k < 6; k++) await cycle();
    const end = await heap();
    assert.ok(end < start * 1.25 + 2e6, `heap grew from ${start} to ${end}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
