// The map's colours as the user sees them: each county's pixels (from a screenshot, and from the exported PNG)
// against the legend's swatch for its class, and hatching exactly where the value is a target or a plan.
// Made to fail when the map is greyed, hue-shifted, all one colour or disagrees with its legend.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { drawnState, keyOf, launch, mapReady, openPage, screenshot } from './browser.mjs';
import { countySamplePoints, decodePng, gridPixels, hatchSwatchProblems, mapColourProblems, outlineShares, pageImage, classOf } from './pixels.mjs';
import { COUNTIES, defs } from './data.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Checks the map on screen; returns the samples. `minSampled`: counties that must have an uncovered point. */
async function assertColours(page, name, minSampled = COUNTIES.length) {
  const points = await countySamplePoints(page);
  const sampled = Object.values(points).filter(Boolean).length;
  assert.ok(sampled >= minSampled, `${name}: only ${sampled} counties have an uncovered point to sample`);
  const img = await pageImage(page);
  const { problems, samples } = await mapColourProblems(page, { img, points });
  if (problems.length) await screenshot(page, `colours-failed-${name}`);
  assert.deepEqual(problems, [], `${name}: the map's colours are wrong:\n${problems.join('\n')}`);
  return { points, samples };
}

const classes = async (page, samples) => {
  const legend = await page.evaluate(() => window.__atlas.getLegend());
  const areas = await page.evaluate(() => window.__atlas.getRenderedAreas());
  return new Set(samples.map((s) => classOf(areas.find((a) => a.area_code === s.area).value, legend.breaks)));
};

describe('the colours the map shows', () => {
  test('default view: every county in its legend colour, hatched (the 2020 caps are targets)', async () => {
    const { page, errors, context } = await openPage(browser);
    await mapReady(page);
    const { samples } = await assertColours(page, 'default');
    // several classes on screen: a map painted all alike could not pass
    assert.ok((await classes(page, samples)).size >= 3, 'the default view shows at least three classes');
    assert.ok(samples.every((s) => s.hatched));
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a target year: the 2025 hospital-bed targets hatched, in their classes', async () => {
    const { page, errors, context } = await openPage(browser, { query: 'indicator=hospital_beds_per_1000&year=2025' });
    await mapReady(page);
    const { samples } = await assertColours(page, 'target-year');
    assert.ok((await classes(page, samples)).size >= 2);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('expired values (a year step by keyboard to 2024): the 2020 caps muted, still hatched, still in their classes', async () => {
    const { page, errors, context } = await openPage(browser);
    await mapReady(page);
    await page.getByRole('slider').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await drawnState(page, keyOf('?year=2024'));
    const { samples } = await assertColours(page, 'expired');
    assert.ok(samples.every((s) => s.expired), 'every county shows an expired value');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a change of indicator in the layer panel: actual values, solid (not hatched), recoloured', async () => {
    const { page, errors, context } = await openPage(browser, { query: 'year=2023' });
    await mapReady(page);
    const name = defs.find((d) => d.id === 'mfg_hq_award_amount').name_zh;
    // (its topic is folded: the filter opens it)
    await page.getByRole('searchbox').fill(name);
    await page.getByRole('radio', { name, exact: true }).check();
    await drawnState(page, keyOf('?indicator=mfg_hq_award_amount&year=2023'));
    const { samples } = await assertColours(page, 'indicator-change');
    assert.ok(samples.every((s) => !s.hatched), 'actual values are not hatched');
    assert.ok((await classes(page, samples)).size >= 3);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('English on a 390 px phone: the counties in the (folded) legend\'s colours', async () => {
    const query = 'lang=en&year=2025&indicator=hospital_beds_per_1000';
    const { page, errors, context } = await openPage(browser, { width: 390, height: 844, query });
    await drawnState(page, keyOf(`?${query}`), 60_000);
    // the small central district can be wholly under its label on a phone
    await assertColours(page, 'phone-en', COUNTIES.length - 1);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the exported PNG shows the same colours and hatching as the legend', async () => {
    const { page, errors, context } = await openPage(browser, { query: 'indicator=hospital_beds_per_1000&year=2025' });
    await mapReady(page);
    const points = await countySamplePoints(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 PNG' }).click()]);
    const png = decodePng(readFileSync(await download.path()));
    // the PNG is the map container's area between a title band (64 px) and a source line (exportPng.ts)
    const map = await page.locator('.map-area .map').boundingBox();
    assert.equal(png.width, Math.round(map.width));
    const title = 64;
    const { problems, samples, background } = await mapColourProblems(page, { img: png, points, offset: { x: -map.x, y: title - map.y } });
    assert.deepEqual(problems, [], `the exported PNG's colours are wrong:\n${problems.join('\n')}`);
    assert.equal(samples.length, COUNTIES.length);
    // the PNG's own legend (bottom left): its hatch swatch is the lowest one in the strongest colour, hatched as the map
    const { colours } = await page.evaluate(() => window.__atlas.getLegend());
    const strongest = colours[colours.length - 1];
    const near = (p) => p && Math.hypot(p[0] - strongest[0], p[1] - strongest[1], p[2] - strongest[2]) <= 8;
    const bottom = title + Math.round(map.height);
    const hits = [];
    for (let y = bottom - 300; y < bottom; y++) for (let x = 10; x < 60; x++) if (near(png.at(x, y))) hits.push([x, y]);
    assert.ok(hits.length, 'the PNG\'s legend shows the strongest class colour');
    const low = Math.max(...hits.map(([, y]) => y));
    const xs = hits.filter(([, y]) => y > low - 12).map(([x]) => x);
    const swatch = gridPixels(png, Math.min(...xs), low - 11, Math.max(...xs) - Math.min(...xs) + 1, 12);
    const hatchProblems = hatchSwatchProblems(swatch, strongest, background, 'the PNG legend\'s hatch swatch');
    assert.deepEqual(hatchProblems, [], hatchProblems.join('\n'));
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a county clicked is outlined on the map (the selection colour along its whole border, no other county\'s); a second click clears it', async () => {
    const { page, errors, context } = await openPage(browser);
    await mapReady(page);
    const points = await countySamplePoints(page);
    const AMBER = [0xff, 0xbf, 0x47];
    const outlined = async () => {
      const shares = await outlineShares(page, await pageImage(page), AMBER);
      return Object.entries(shares).filter(([, v]) => v.points >= 5 && v.share >= 0.8).map(([k]) => k);
    };
    assert.deepEqual(await outlined(), [], 'nothing is outlined before a selection');
    for (const code of ['411081', '411024']) {
      await page.mouse.click(points[code].x, points[code].y);
      await drawnState(page, keyOf(`?area=${code}`));
      const shares = await outlineShares(page, await pageImage(page), AMBER);
      assert.ok(shares[code].points >= 5, `${code}: too few border points on screen to judge`);
      assert.deepEqual(await outlined(), [code], `only ${code} is outlined: ${JSON.stringify(shares)}`);
    }
    await page.mouse.click(points['411024'].x, points['411024'].y);
    await drawnState(page, keyOf(''));
    assert.deepEqual(await outlined(), [], 'the second click clears the outline');
    assert.deepEqual(errors, []);
    await context.close();
  });

  // a style change is applied to MapLibre as a diff; the style has the counties source empty, and a diff that
  // set that empty data again blanked the map
  test('a changed base-map style (rivers off, 3D on and off) keeps every county in its colour, hatched', async () => {
    const { page, errors, context } = await openPage(browser);
    await mapReady(page);
    await page.getByRole('checkbox', { name: '河流' }).uncheck();
    await drawnState(page, keyOf('?layers=labels'));
    await assertColours(page, 'rivers-off');
    await page.getByRole('checkbox', { name: '三维柱高' }).check();
    await drawnState(page, keyOf('?layers=labels~extrude'));
    await page.getByRole('checkbox', { name: '三维柱高' }).uncheck();
    await drawnState(page, keyOf('?layers=labels'));
    // flat again; the tilt 3D left is undone with the compass (a tilted hatch is foreshortened: not the legend's)
    await page.locator('.maplibregl-ctrl-compass').click();
    await page.waitForFunction(() => window.__atlas.pitch() === 0);
    await drawnState(page, keyOf('?layers=labels'));
    await assertColours(page, 'extrude-off');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
