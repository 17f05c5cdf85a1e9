import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { coveredText, launch, mapReady, openPage, screenshot } from './browser.mjs';
import { COUNTIES, defs, indicators } from './data.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const PHONE = { width: 390, height: 844 };
/** visible elements whose box reaches past the right edge of the page */
const overflowing = (page) => page.evaluate(() => [...document.querySelectorAll('header, header *, .timeline, .timeline *, .map-tools, .map-tools *')]
  .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && (r.right > innerWidth + 0.5 || r.left < -0.5); })
  .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 20)}"`));
const box = (page, sel) => page.locator(sel).first().boundingBox();

// what the layer list should put first: indicators with a county value (computed from the data, not typed in)
const countyValued = new Set(indicators.filter((r) => !r.place_id && COUNTIES.includes(r.area_code)).map((r) => r.indicator));

describe('the phone (390 × 844)', () => {
  for (const lang of ['zh', 'en']) {
    test(`header fits, map + timeline + legend on the first screen, layers open from the map and close with Esc (${lang})`, async () => {
      const { page, errors, foreign, context } = await openPage(browser, { ...PHONE, query: `lang=${lang}` });
      await mapReady(page);
      assert.deepEqual(await overflowing(page), []);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scroll');
      for (const sel of ['.map-area', '.timeline', '.legend']) {
        const b = await box(page, sel);
        assert.ok(b && b.y >= 0 && b.y + b.height <= PHONE.height, `${sel} ends at ${b && b.y + b.height} px`);
      }
      // the header's buttons: every one reachable (the secondary ones in the menu)
      const more = page.getByRole('button', { name: lang === 'zh' ? /更多/ : /More/ });
      await more.focus();
      await page.keyboard.press('Enter');
      const docs = page.getByRole('button', { name: lang === 'zh' ? '文件目录' : 'Documents' });
      assert.ok(await docs.isVisible());
      const d = await docs.boundingBox();
      assert.ok(d.x >= 0 && d.x + d.width <= PHONE.width, 'the menu is within the width');
      assert.deepEqual(await overflowing(page), []);
      await page.keyboard.press('Escape');
      assert.ok(!(await docs.isVisible()), 'Esc folds the menu');
      // the layer list is not below the page: it opens from the map, as a sheet
      assert.equal(await page.locator('.app > .panel').count(), 0);
      const button = page.getByTestId('layers-button');
      await button.focus();
      await page.keyboard.press('Enter');
      const sheet = page.getByRole('dialog', { name: lang === 'zh' ? '图层' : 'Layers' });
      await sheet.waitFor();
      assert.ok(await sheet.getByRole('radio').first().isVisible());
      await screenshot(page, `phone-layers-${lang}`);
      // choose an indicator by keyboard inside the sheet
      const radio = sheet.getByRole('radio', { checked: true });
      await radio.focus();
      const before = (await page.evaluate(() => window.__atlas.getState())).indicator;
      await page.keyboard.press('ArrowDown');
      assert.notEqual((await page.evaluate(() => window.__atlas.getState())).indicator, before);
      await page.keyboard.press('Escape');
      await sheet.waitFor({ state: 'hidden' });
      assert.ok(await button.evaluate((el) => el === document.activeElement), 'focus returns to the map button');
      await mapReady(page);
      await screenshot(page, `phone-${lang}`);
      assert.deepEqual(errors, []);
      assert.deepEqual(foreign, []);
      await context.close();
    });
  }

  for (const [lang, width, height] of [['zh', 390, 844], ['en', 390, 844], ['en', 1280, 800]]) {
    test(`the map's credits, opened, are read whole: nothing on the map covers them (${lang}, ${width} px)`, async () => {
      const { page, errors, context } = await openPage(browser, { width, height, query: `lang=${lang}` });
      await mapReady(page);
      await page.locator('.maplibregl-ctrl-attrib-button').click();
      const inner = page.locator('.maplibregl-ctrl-attrib-inner');
      assert.match(await inner.innerText(), /OpenStreetMap/);
      // every line of the credits, at its start, middle and end: the topmost element there is the credits' own
      const covered = await coveredText(page, '.maplibregl-ctrl-attrib-inner', '.maplibregl-ctrl-attrib');
      assert.deepEqual(covered, [], 'points of the opened credits under something else');
      await screenshot(page, `credits-${lang}-${width}`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('in the layer list, indicators with county values come first; the city-wide ones fold beneath them', async () => {
    const { page, errors, context } = await openPage(browser, { ...PHONE });
    await mapReady(page);
    await page.getByTestId('layers-button').click();
    const sheet = page.getByRole('dialog');
    const fire = sheet.locator('details').filter({ has: page.locator('summary', { hasText: /^消防$/ }) }).first();
    const first = await fire.locator(':scope > fieldset input[type=radio]').evaluateAll((els) => els.map((e) => e.value));
    const folded = fire.locator('details[data-city-wide]');
    const city = await folded.locator('input[type=radio]').evaluateAll((els) => els.map((e) => e.value));
    const fireDefs = defs.filter((d) => d.topic === 'fire' && indicators.some((r) => r.indicator === d.id));
    assert.deepEqual(new Set([...first, ...city]), new Set(fireDefs.map((d) => d.id)), 'every fire indicator is listed once');
    assert.ok(first.length > 0 && city.length > 0);
    for (const id of first) assert.ok(countyValued.has(id), `${id} has county values`);
    for (const id of city) assert.ok(!countyValued.has(id), `${id} is city-wide`);
    assert.equal(await folded.getAttribute('open'), null, 'folded');
    assert.match(await folded.locator('summary').innerText(), new RegExp(`全市指标（${city.length}）`));
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('present mode and a tour on the phone: caption, legend and map on one screen, header within the width', async () => {
    const tour = Buffer.from(JSON.stringify([{ q: 'year=2019', zh: '2019 年的煤炭消费', en: 'Coal in 2019' }, { q: 'year=2025' }]), 'utf8').toString('base64url');
    const { page, errors, context } = await openPage(browser, { ...PHONE, query: `mode=present&lang=en&tour=${tour}` });
    await mapReady(page);
    assert.deepEqual(await overflowing(page), []);
    assert.equal(await page.getByTestId('tour-caption').innerText(), 'Coal in 2019');
    const c = await box(page, '[data-testid=tour-caption]');
    assert.ok(c.y + c.height <= PHONE.height);
    await screenshot(page, 'phone-present-en');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
