import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { drawnState, keyOf, launch, mapReady, openPage, screenshot, urlMatches } from './browser.mjs';
import { indicators, readCsv } from './data.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const counties = JSON.parse(readFileSync('geo/xuchang_counties.geojson', 'utf8')).features;
const state = (page) => page.evaluate(() => window.__atlas.getState());

/** screen position of a county's label point, inside the page */
async function countyPoint(page, adcode) {
  const f = counties.find((c) => c.properties.adcode === adcode);
  const p = await page.evaluate(([lon, lat]) => window.__atlas.project(lon, lat), [f.properties.label_lon, f.properties.label_lat]);
  return { x: p.x, y: p.y + 12 };
}

describe('interaction', () => {
  test('clicking a county selects it, the panel shows its values and their verbatim source', async () => {
    const { page, errors, context } = await openPage(browser);
    await mapReady(page);
    const pt = await countyPoint(page, '411025');
    await page.mouse.click(pt.x, pt.y);
    await drawnState(page, keyOf('?area=411025'));
    assert.equal((await state(page)).area, '411025');
    await urlMatches(page, /area=411025/);
    const panel = page.locator('aside.detail');
    assert.ok(await panel.getByRole('heading', { name: '襄城县' }).first().isVisible());
    // the source of the coal cap shown for 襄城县 is the verbatim table row
    const row = indicators.find((r) => r.indicator === 'coal_total' && r.area_code === '411025' && r.year === '2020');
    const src = panel.getByRole('button', { name: /来源/ }).first();
    await src.click();
    const text = await panel.innerText();
    assert.ok(text.includes(row.quote), 'the quote is shown verbatim');
    assert.match(text, new RegExp(row.seed.replace('.', '\\.')));
    await screenshot(page, 'interact-selected-source');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('place layers: toggling shows the sites, county-precision sites are marked as approximate', async () => {
    const { page, errors, context } = await openPage(browser);
    await mapReady(page);
    await page.getByRole('checkbox', { name: /重点耗煤企业/ }).check();
    await drawnState(page, keyOf('?layers=labels~rivers~coal_enterprise'));
    await urlMatches(page, /layers=labels~rivers~coal_enterprise/);
    const shown = await page.evaluate(() => window.__atlas.getRenderedPlaces());
    const expected = readCsv('data/places.csv').filter((p) => p.category === 'coal_enterprise');
    assert.equal(shown.length, expected.length);
    for (const p of shown) assert.equal(p.precision, expected.find((e) => e.place_id === p.place_id).location_precision);
    const pt = await countyPoint(page, '411081');
    await page.mouse.move(pt.x, pt.y + 18); // the badge sits under the county label
    await page.waitForSelector('[role=tooltip]');
    assert.match(await page.locator('[role=tooltip]').innerText(), /县区标注点|county label point/);
    await screenshot(page, 'interact-places');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the indicator filter finds an indicator among hundreds by name', async () => {
    const { page, errors, context } = await openPage(browser);
    await mapReady(page);
    const def = readCsv('data/indicator-defs.csv').find((d) => d.id === 'hospital_beds_per_1000');
    await page.getByRole('searchbox').fill(def.name_zh.slice(0, 6));
    const radios = page.getByRole('radio');
    assert.ok((await radios.count()) < 20, 'the list is narrowed');
    await page.getByRole('radio', { name: def.name_zh, exact: true }).check();
    await drawnState(page, keyOf('?indicator=hospital_beds_per_1000'));
    assert.equal((await state(page)).indicator, 'hospital_beds_per_1000');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('exports: CSV of the indicator as shown, PNG with the map', async () => {
    const { page, errors, context } = await openPage(browser, { query: 'indicator=tourism_road_branch_km&year=2025' });
    await mapReady(page);
    await page.getByText('下载数据').click(); // the download menu holds "the data as shown" beside the full downloads
    const [csvDl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '当前显示的数据（CSV）' }).click()]);
    const csv = readFileSync(await csvDl.path(), 'utf8').replace(/^\ufeff/, '');
    const rows = csv.trim().split('\n');
    assert.match(rows[0], /^area_code,area,indicator,shown_for_year,status,value/);
    const rendered = await page.evaluate(() => window.__atlas.getRenderedAreas());
    for (const a of rendered.filter((x) => x.value !== null)) {
      assert.ok(rows.some((r) => r.startsWith(`${a.area_code},`) && r.includes(`,${a.value},`)), `CSV has ${a.area_code} = ${a.value}`);
    }
    const [pngDl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 PNG' }).click()]);
    const png = readFileSync(await pngDl.path());
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    assert.ok(png.length > 20_000, `PNG is ${png.length} bytes`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the documents view lists every document and picks an indicator', async () => {
    const { page, errors, context } = await openPage(browser);
    await mapReady(page);
    await page.getByRole('button', { name: '文件目录' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const text = await dialog.innerText();
    // numbered documents by their number; the unnumbered draft (id DRAFT-…) by its title, its ascii id not shown in Chinese
    for (const d of readCsv('data/documents.csv').filter((x) => !x.parent)) {
      assert.ok(text.includes(d.doc.startsWith('DRAFT-') ? d.title : d.doc), `${d.doc} listed`);
    }
    assert.doesNotMatch(text, /DRAFT-/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('3D extrusion tilts the map and the tilted view is kept in the URL', async () => {
    const { page, errors, context } = await openPage(browser);
    await mapReady(page);
    await page.getByRole('checkbox', { name: '三维柱高' }).check();
    await page.waitForFunction(() => /view=[^&]*,[^&]*,[^&]*,[^&]*,45/.test(location.search), null, { timeout: 10_000 });
    const s = await state(page);
    assert.equal(Math.round(s.view.pitch), 45);
    assert.ok(s.layers.includes('extrude'));
    await screenshot(page, 'interact-extrude');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
