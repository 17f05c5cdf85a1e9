// The Chinese UI shows no English word except proper names and unit symbols; the English UI no untranslated
// Chinese term except proper names (document numbers and titles, place names, quotes from the documents).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, mapReady, openPage, screenshot } from './browser.mjs';
import { defs, documents, indicators, readCsv } from './data.mjs';

const places = readCsv('data/places.csv');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/**
 * Latin words allowed on the Chinese screen: the language switch (the name of the other language), names of
 * sources and formats, and the Latin words the documents themselves print in names and units (GDP, CTP,
 * 10G-PON, PFlops …: read from the data, not listed here). Seed file names are names too.
 */
const latinWords = (s) => s.match(/[A-Za-z][A-Za-z_'-]{2,}/g) ?? [];
const PROPER = new Set([
  'English', 'OpenStreetMap', 'MapLibre', 'GeoNames', 'AMap', 'DataV', 'PNG', 'CSV', 'WebGL',
  // data formats and licences named in the download menu and the credits
  'GIS', 'GeoPackage', 'Shapefile', 'GeoJSON', 'WKT', 'ZIP', 'ODbL', 'geoBoundaries',
  ...[...defs.flatMap((d) => [d.name_zh, d.unit]), ...documents.map((d) => d.title), ...places.map((p) => p.name)].flatMap(latinWords),
]);
const SEED_FILE = /\b\d{3}_[0-9a-f]{16}\.txt\b/g;
/** file names offered for download (datapackage.json, NOTICE.txt …) are names, as the seed files are */
const FILE_NAME = /\b[\w.-]+\.(json|txt|csv|zip|gpkg|geojson)\b/g;
function englishWords(text) {
  return [...new Set(latinWords(text.replace(SEED_FILE, '').replace(FILE_NAME, '')).filter((w) => !PROPER.has(w)))];
}
/** visible text of the page, with every <details> opened so folded rows are read too */
async function visibleText(page) {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  return page.evaluate(() => document.body.innerText);
}
const detailReady = (page) => page.locator('aside.detail h2').first().waitFor();

// a city-only indicator with a finding, so the city panel lists findings, targets due and city values
const cityOnly = defs.find((d) => !indicators.some((r) => r.indicator === d.id && r.area_code !== '411000' && !r.place_id) &&
  indicators.some((r) => r.indicator === d.id && r.year === '2025'));

describe('Chinese UI', () => {
  const views = [
    ['default view', ''],
    ['a selected county', 'area=411025'],
    ['a selected zone', 'area=XC-JKQ&indicator=coal_total&year=2020'],
    ['the city panel of a city-only indicator', `indicator=${cityOnly.id}&year=2025`],
    ['a selected place', 'area=coal-ent-01&indicator=coal_total&year=2020'],
  ];
  for (const [name, query] of views) {
    test(`${name}: no English word or slug on screen`, async () => {
      const { page, context, errors } = await openPage(browser, { query });
      await mapReady(page);
      await detailReady(page);
      const text = await visibleText(page);
      assert.ok(/[\u4e00-\u9fff]/.test(text), 'the page shows Chinese text');
      assert.deepEqual(englishWords(text), [], `English words in the Chinese UI (${name})`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('documents view: no English word or slug on screen', async () => {
    const { page, context } = await openPage(browser);
    await mapReady(page);
    await page.getByRole('button', { name: '文件目录' }).click();
    await page.locator('dialog[open]').waitFor();
    const text = await page.evaluate(() => document.querySelector('dialog[open]').innerText);
    assert.ok(text.includes('许政〔2019〕2号'));
    assert.deepEqual(englishWords(text), [], 'English words in the documents view');
    await screenshot(page, 'zh-documents');
    await context.close();
  });
});

describe('English UI', () => {
  test('place categories, statuses and areas are in English (no Chinese term outside names and quotes)', async () => {
    const { page, context } = await openPage(browser, { query: 'lang=en&area=coal-ent-01&indicator=coal_total&year=2020' });
    await mapReady(page);
    await detailReady(page);
    const facts = await page.locator('aside.detail dl.facts').innerText();
    // category, area, status, year and location rows: the place's own name is the heading, not in the facts
    assert.doesNotMatch(facts, /[\u4e00-\u9fff]/, facts);
    assert.match(facts, /Key coal-consuming enterprises/);
    await context.close();
  });
});
