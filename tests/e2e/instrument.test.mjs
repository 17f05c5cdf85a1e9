// The instrument (issue 13): change maps, a symbol layer over the fill, the barometer, the calendar of targets and
// the revisions, through the test contract (getRenderedAreas / getRenderedLayers / getCalendar) and the screen.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, mapReady, openPage, screenshot, ATLAS_URL } from './browser.mjs';
import { COUNTIES, indicators, rowsOf } from './data.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const rendered = (page) => page.evaluate(() => window.__atlas.getRenderedAreas());
const layersOf = (page) => page.evaluate(() => window.__atlas.getRenderedLayers());
const calendar = (page) => page.evaluate(() => window.__atlas.getCalendar());
const query = (page) => new URL(page.url()).search;
const value = (indicator, area, year, kinds = ['baseline', 'actual', 'target', 'plan']) =>
  Number(rowsOf(indicator, area).find((r) => Number(r.year) === year && kinds.includes(r.kind)).value);
/** indicator, area, year keys on which two documents disagree, read from the CSV */
function conflictsInCsv() {
  const groups = new Map();
  for (const r of indicators) {
    if (r.place_id) continue;
    const cls = r.kind === 'baseline' || r.kind === 'actual' ? 'r' : 'p';
    const k = `${r.indicator}|${r.area_code}|${r.year}|${cls}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  return [...groups.values()].filter((g) => new Set(g.map((r) => Number(r.value))).size > 1);
}

describe('the instrument', () => {
  test('change=2015&year=2020: every county shows its change from its 2015 value to its 2020 cap', async () => {
    const { page, errors, context } = await openPage(browser, { query: 'change=2015&year=2020' });
    await mapReady(page);
    const areas = await rendered(page);
    for (const code of COUNTIES) {
      const a = areas.find((x) => x.area_code === code);
      const base = value('coal_total', code, 2015), end = value('coal_total', code, 2020);
      assert.equal(a.base_year, 2015, code);
      assert.equal(a.base_value, base, code);
      assert.equal(a.value, end, code);
      assert.ok(Math.abs(a.change - (end - base)) < 1e-9, `${code}: change ${a.change} ≠ ${end - base}`);
      assert.equal(a.change_pct, Math.round(((end - base) / base) * 1000) / 10, code);
    }
    // 禹州市 558 → 500: −58, −10.4 %
    const yz = areas.find((x) => x.area_code === '411081');
    assert.deepEqual([yz.base_value, yz.value, yz.change, yz.change_pct], [558, 500, -58, -10.4]);
    assert.match(await page.getByTestId('change-title').innerText(), /2015 → 2020/);
    // the label on the map shows the change, not the value
    assert.match(await page.locator('[data-map-label]', { hasText: '禹州' }).innerText(), /−58/);
    const fill = (await layersOf(page)).find((l) => l.role === 'fill');
    assert.equal(fill.areas.find((x) => x.area_code === '411081').value, -58);
    await screenshot(page, 'instrument-change');
    // the ranking of a selected county is a dumbbell from the base year to the year
    await page.locator('[data-zone], [data-map-label]').first().waitFor();
    await page.goto(new URL('?change=2015&year=2020&area=411081', ATLAS_URL).href);
    await mapReady(page);
    const dumbbell = page.getByTestId('dumbbell');
    await dumbbell.waitFor();
    assert.match(await dumbbell.locator('li', { hasText: '禹州市' }).innerText(), /558 → 500[\s\S]*-58/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the layer stack sets a change and a symbol layer; the URL holds them and Back undoes them', async () => {
    const { page, errors, context } = await openPage(browser);
    await mapReady(page);
    await page.locator('.stack summary').click();
    await page.getByLabel('显示变化，起始年').selectOption('2015');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('change') === '2015');
    await mapReady(page);
    assert.equal((await rendered(page)).find((a) => a.area_code === '411081').change, -58);
    await page.getByRole('radio', { name: '百分比' }).check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('measure') === 'pct');
    await page.getByTestId('symbol-select').selectOption('coal_nonpower');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('symbol') === 'coal_nonpower');
    await mapReady(page);
    const layers = await layersOf(page);
    assert.deepEqual(layers.map((l) => l.role), ['fill', 'symbol']);
    const sym = layers.find((l) => l.role === 'symbol');
    assert.equal(sym.indicator, 'coal_nonpower');
    for (const code of COUNTIES) assert.equal(sym.areas.find((a) => a.area_code === code).value, value('coal_nonpower', code, 2020), code);
    assert.ok(await page.getByTestId('symbol-legend').isVisible());
    assert.match(await page.getByTestId('symbol-legend').innerText(), /许政〔2019〕2号/);
    await screenshot(page, 'instrument-symbol');
    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('symbol'));
    await mapReady(page);
    assert.deepEqual((await layersOf(page)).map((l) => l.role), ['fill']);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a year step with a symbol layer keeps both layers on the same year', async () => {
    const { page, context } = await openPage(browser, { query: 'indicator=doctors_per_1000&symbol=hospital_beds_per_1000&year=2024' });
    await mapReady(page);
    await page.keyboard.press('Tab');
    await page.evaluate(() => document.querySelector('input[type=range]')?.focus());
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => window.__atlas.getState().year === 2025);
    await mapReady(page);
    const layers = await layersOf(page);
    for (const l of layers) for (const a of l.areas.filter((x) => x.value !== null)) assert.ok(a.year <= 2025);
    assert.equal(layers.find((l) => l.role === 'symbol').areas.find((a) => a.area_code === '411081').value, value('hospital_beds_per_1000', '411081', 2025, ['target']));
    await context.close();
  });

  test('bad instrument parameters: each named in a notice, and the map still drawn', async () => {
    for (const [q, param] of [['symbol=nope', 'symbol'], ['change=2020&year=2020', 'change'], ['change=2001&year=2020', 'change'], ['topic=mars&panel=calendar', 'topic'], ['change=abc', 'change']]) {
      const { page, errors, context } = await openPage(browser, { query: q });
      await mapReady(page);
      const notice = page.getByTestId('param-notice');
      await notice.waitFor();
      assert.match(await notice.innerText(), new RegExp(param), q);
      const areas = await rendered(page);
      assert.ok(areas.filter((a) => COUNTIES.includes(a.area_code)).every((a) => a.value !== null && a.change === null), `${q}: the plain map is drawn`);
      assert.deepEqual(errors, [], q);
      await context.close();
    }
  });

  test('the barometer: thresholds on screen, a cell per area and indicator, a click opens the map for it', async () => {
    const { page, errors, context } = await openPage(browser, { query: 'panel=barometer&lang=en' });
    await mapReady(page);
    const table = page.getByTestId('barometer');
    await table.waitFor();
    assert.match(await page.getByTestId('barometer-thresholds').innerText(), /10 points.*30/);
    const cell = table.locator('td[data-area="411081"][data-indicator="coal_total"]');
    assert.match(await cell.innerText(), /558 \(2015\)/);
    assert.match(await cell.innerText(), /500 \(2020\)/);
    assert.equal(await cell.getAttribute('data-status'), 'no_reported');
    await screenshot(page, 'instrument-barometer');
    await cell.getByRole('button').click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('panel'));
    const q = new URLSearchParams(query(page));
    assert.equal(q.get('area'), '411081');
    assert.equal(await table.count(), 0);
    await page.goBack();
    await table.waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the calendar lists every city-wide target, conflicting values as separate marked entries', async () => {
    const { page, errors, context } = await openPage(browser, { query: 'panel=calendar&year=2025' });
    await mapReady(page);
    await page.getByTestId('calendar').waitFor();
    const entries = await calendar(page);
    const expected = indicators.filter((r) => !r.place_id && r.area_code === '411000' && (r.kind === 'target' || r.kind === 'plan'));
    assert.equal(entries.length, expected.length);
    const beds = entries.filter((e) => e.indicator === 'hospital_beds_per_1000' && e.year === 2025).map((e) => e.value).sort();
    const bedsCsv = expected.filter((r) => r.indicator === 'hospital_beds_per_1000' && r.year === '2025').map((r) => Number(r.value)).sort();
    assert.deepEqual(beds, bedsCsv);
    assert.ok(beds.length >= 2, 'both revisions of the 2025 hospital-bed target');
    assert.equal(await page.locator('th[aria-current="date"]').innerText(), '2025');
    // filter by topic: the URL holds it, the entries follow
    await page.getByRole('dialog').getByLabel('主题').selectOption('health');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('topic') === 'health');
    const health = await calendar(page);
    assert.ok(health.length > 0 && health.length < entries.length);
    await screenshot(page, 'instrument-calendar');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('revisions: every disagreement listed with both documents; the detail panel shows both values, never one', async () => {
    const { page, errors, context } = await openPage(browser, { query: 'indicator=hospital_beds_per_1000&year=2025' });
    await mapReady(page);
    const note = page.locator('[data-testid="conflict-note"][data-indicator="hospital_beds_per_1000"]');
    await note.waitFor();
    const text = await note.innerText();
    for (const r of rowsOf('hospital_beds_per_1000', '411000').filter((x) => x.year === '2025')) {
      assert.ok(text.includes(r.doc), `${r.doc} named`);
      assert.ok(text.includes(String(Number(r.value))), `${r.value} shown`);
    }
    // the series chart marks the year where the documents disagree
    assert.ok(await page.getByTestId('series-disputed').first().isVisible());
    const link = page.getByTestId('revisions-link');
    assert.match(await link.innerText(), new RegExp(String(conflictsInCsv().length)));
    await link.click();
    const list = page.getByTestId('revisions');
    await list.waitFor();
    assert.equal(await list.locator(':scope > li').count(), conflictsInCsv().length);
    assert.equal(new URLSearchParams(query(page)).get('panel'), 'revisions');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('panel'));
    assert.deepEqual(errors, []);
    await context.close();
  });
});
