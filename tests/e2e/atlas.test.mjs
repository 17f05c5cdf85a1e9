import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { drawnState, keyOf, launch, mapReady, openPage, screenshot, stateKey, ATLAS_URL } from './browser.mjs';
import { COUNTIES, defs, documents, rowsOf } from './data.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const state = (page) => page.evaluate(() => window.__atlas.getState());
const rendered = (page) => page.evaluate(() => window.__atlas.getRenderedAreas());
const query = (page) => new URL(page.url()).search;

describe('the atlas', () => {
  test('default view draws all six counties with the coal caps in force in 2020', async () => {
    const { page, errors, foreign, context } = await openPage(browser);
    await mapReady(page);
    await screenshot(page, 'atlas-default-desktop');
    const s = await state(page);
    assert.equal(s.indicator, 'coal_total');
    assert.equal(s.year, 2020);
    const areas = await rendered(page);
    for (const code of COUNTIES) {
      const a = areas.find((x) => x.area_code === code);
      const expected = rowsOf('coal_total', code).find((r) => r.year === '2020');
      assert.ok(a, `county ${code} not drawn`);
      assert.equal(a.value, Number(expected.value), `value of ${code}`);
      assert.equal(a.kind, 'target');
    }
    // the zones are shown without polygons, with their values; 示范区 has no coal target
    assert.equal(areas.find((x) => x.area_code === 'XC-DCQ').value, Number(rowsOf('coal_total', 'XC-DCQ').find((r) => r.year === '2020').value));
    assert.equal(areas.find((x) => x.area_code === 'XC-SFQ').value, null);
    assert.ok(await page.locator('[data-zone="XC-DCQ"]').isVisible());
    assert.equal(query(page), '', 'the default state writes nothing to the URL');
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, []);
    await context.close();
  });

  test('indicator and year from the URL drive what is drawn; expired and not-yet-planned values are marked', async () => {
    const { page, errors, context } = await openPage(browser, { query: 'indicator=fire_new_stations_total&year=2025' });
    await mapReady(page);
    const areas = await rendered(page);
    const jianan = rowsOf('fire_new_stations_total', '411003')[0];
    assert.equal(areas.find((a) => a.area_code === '411003').value, Number(jianan.value));
    // the fire plan was issued in 2023: in 2021 it does not exist yet
    const issued = documents.find((d) => d.doc === jianan.doc).issued.slice(0, 4);
    await page.goto(new URL(`?indicator=fire_new_stations_total&year=${Number(issued) - 1}`, ATLAS_URL).href);
    await mapReady(page);
    const before = await rendered(page);
    assert.ok(before.every((a) => a.value === null && a.status === 'not_yet_planned'));
    // coal caps for 2020 are expired in 2024, still shown with their own year
    await page.goto(new URL('?year=2024', ATLAS_URL).href);
    await mapReady(page);
    const yz = (await rendered(page)).find((a) => a.area_code === '411081');
    assert.equal(yz.year, 2020);
    assert.equal(yz.status, 'expired');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the year slider works by keyboard and writes the URL; Back and Forward restore states', async () => {
    const { page, errors, context } = await openPage(browser);
    await mapReady(page);
    const slider = page.getByRole('slider');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await drawnState(page, keyOf('?year=2021'));
    assert.equal(query(page), '?year=2021');
    await page.keyboard.press('End');
    await drawnState(page, keyOf('?year=2025'));
    assert.equal(query(page), '?year=2025');
    assert.equal((await state(page)).year, 2025);
    await page.keyboard.press('Home');
    await drawnState(page, keyOf('?year=2019'));
    assert.equal((await state(page)).year, 2019);
    await page.goBack();
    await drawnState(page, keyOf('?year=2025'));
    assert.equal((await state(page)).year, 2025);
    await page.goBack();
    await drawnState(page, keyOf('?year=2021'));
    assert.equal((await state(page)).year, 2021);
    await page.goForward();
    await drawnState(page, keyOf('?year=2025'));
    assert.equal((await state(page)).year, 2025);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('choosing an indicator in the layer panel recolours the map and is undone by Back', async () => {
    const { page, errors, context } = await openPage(browser);
    await mapReady(page);
    const name = defs.find((d) => d.id === 'fire_new_stations_total').name_zh;
    await page.getByRole('radio', { name, exact: true }).check();
    await drawnState(page, keyOf('?indicator=fire_new_stations_total'));
    const s = await state(page);
    assert.equal(s.indicator, 'fire_new_stations_total');
    assert.match(query(page), /indicator=fire_new_stations_total/);
    await page.goBack();
    await drawnState(page, keyOf(''));
    assert.equal((await state(page)).indicator, 'coal_total');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('invalid parameters fall back to defaults with a visible notice, and nothing is injected', async () => {
    const q = 'year=2099&indicator=%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E&view=abc&lang=fr&layers=labels~nope';
    const { page, errors, foreign, context } = await openPage(browser, { query: q });
    await mapReady(page);
    const notice = page.getByTestId('param-notice');
    assert.ok(await notice.isVisible());
    const text = await notice.innerText();
    for (const p of ['year', 'indicator', 'view', 'lang', 'layers']) assert.match(text, new RegExp(p));
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(await page.locator('.notices img').count(), 0);
    const s = await state(page);
    assert.equal(s.year, 2020);
    assert.equal(s.indicator, 'coal_total');
    assert.equal(query(page), '', 'invalid parameters are dropped from the URL');
    await screenshot(page, 'atlas-invalid-params');
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, []);
    await context.close();
  });

  test('embed mode has minimal chrome and a link back to the full atlas', async () => {
    const { page, errors, context } = await openPage(browser, { width: 600, height: 400, query: 'mode=embed&year=2025&indicator=tourism_road_branch_km' });
    await mapReady(page);
    assert.equal(await page.locator('header').count(), 0);
    assert.equal(await page.getByRole('slider').count(), 0);
    const href = await page.getByRole('link', { name: /完整地图|full atlas/ }).getAttribute('href');
    assert.match(href, /indicator=tourism_road_branch_km/);
    assert.doesNotMatch(href, /mode=embed/);
    await screenshot(page, 'atlas-embed');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('present mode: large title, arrow keys step through the tour', async () => {
    const { page, errors, context } = await openPage(browser, { query: 'mode=present' });
    await mapReady(page);
    const before = await state(page);
    const key0 = await stateKey(page);
    await page.locator('body').press('ArrowRight');
    // the next stop of the tour (src/lib/state.ts TOUR), whichever it is: the state the key press caused
    const key1 = await stateKey(page);
    assert.notEqual(key1, key0);
    await drawnState(page, key1);
    const after1 = await state(page);
    assert.equal(after1.mode, 'present');
    assert.notDeepEqual([after1.indicator, after1.year, after1.layers], [before.indicator, before.year, before.layers]);
    await screenshot(page, 'atlas-present');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('on a 390px phone the county labels do not cover each other, and the small central district keeps its label', async () => {
    const { page, errors, context } = await openPage(browser, { width: 390, height: 844 });
    await mapReady(page);
    // the labels are placed on the map's render; wait for the frame after ready (a frame, not a fixed time)
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const labels = await page.evaluate(() => [...document.querySelectorAll('[data-map-label]')].map((el) => {
      const r = el.getBoundingClientRect();
      return { text: el.textContent, shown: getComputedStyle(el).visibility !== 'hidden', left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }));
    assert.equal(labels.length, 6);
    const shown = labels.filter((l) => l.shown);
    for (let i = 0; i < shown.length; i++) {
      for (let j = i + 1; j < shown.length; j++) {
        const [a, b] = [shown[i], shown[j]];
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        assert.ok(!overlap, `labels "${a.text}" and "${b.text}" overlap`);
      }
    }
    assert.ok(shown.some((l) => l.text.startsWith('魏都区')), '魏都区 is labelled');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('English on a 390px phone: all UI in English, map drawn, no errors', async () => {
    const { page, errors, foreign, context } = await openPage(browser, { width: 390, height: 844, query: 'lang=en&year=2025&indicator=tourism_road_connector_km' });
    await mapReady(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.ok(await page.getByRole('heading', { name: 'Xuchang Plan Atlas' }).isVisible());
    // (the details below the map are built after the first map, their script loaded then: waited for, not sampled)
    await page.getByText('Tourism roads').first().waitFor({ state: 'visible' });
    const areas = await rendered(page);
    assert.equal(areas.filter((a) => a.value !== null && COUNTIES.includes(a.area_code)).length, 6);
    await screenshot(page, 'atlas-phone-en');
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, []);
    await context.close();
  });
});
