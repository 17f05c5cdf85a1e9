import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, mapReady, openPage, screenshot, ATLAS_URL } from './browser.mjs';
import { pageImage, windowPixels } from './pixels.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the first page draws the county boundaries with no errors and no foreign requests', async () => {
  // every request for the boundary file (the page's and its workers')
  let countyFetches = 0;
  const { page, errors, foreign, context } = await openPage(browser, {
    routes: { '**/geo/xuchang_counties.geojson': (route) => { countyFetches += 1; return route.continue(); } },
  });
  await mapReady(page);
  assert.equal(countyFetches, 0, 'the county boundaries come with the app (inlined by the build): the map, labels and data model share them');
  await screenshot(page, 'smoke-desktop');
  // the map must show more than the background: count distinct colours in a centre crop of the screenshot
  // (colours.test.mjs checks which colours)
  const map = await page.locator('.map-area .map').boundingBox();
  const pixels = windowPixels(await pageImage(page), map.x + map.width / 2, map.y + map.height / 2, 100);
  const distinct = new Set(pixels.map((p) => p.join(','))).size;
  assert.ok(distinct > 3, `map looks blank (${distinct} colours)`);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});

test('the build serves a robots.txt', async () => {
  const res = await fetch(new URL('robots.txt', ATLAS_URL));
  assert.equal(res.status, 200);
  assert.match(await res.text(), /^User-agent: \*$/m);
});

/**
 * Runs before the page's scripts: on every frame, where the header, the map area, the SVG first paint and
 * MapLibre's canvas are (CSS px), kept when it changes, with what is painted.
 */
function recordMapBoxes() {
  const log = (window.__boxes = []);
  let last = '';
  const box = (sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    // (whole px: the canvas and the SVG take whole-pixel sizes of a box that may end on a fraction)
    return [r.x, r.y, r.width, r.height].map(Math.round).join(',');
  };
  const frame = () => {
    const row = { painted: document.documentElement.dataset.mapPainted ?? '', ready: document.documentElement.dataset.mapReady === 'true',
      header: box('header'), area: box('.map-area'), svg: box('[data-svg-map]'), canvas: box('.maplibregl-canvas') };
    const k = JSON.stringify({ ...row, ready: 0 });
    if (k !== last) { log.push(row); last = k; }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

for (const [lang, width, height] of [['zh', 1280, 800], ['en', 1280, 800], ['zh', 390, 844]]) {
  test(`from the first paint to the full map nothing moves: header, map area, SVG map, MapLibre's canvas (${lang}, ${width} px)`, async () => {
    // (the data arrive in between: e.g. the header's indicator line, in a taller CJK font than its placeholder,
    // made the map area 4 px shorter, and MapLibre resized its canvas in the middle of its first map)
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
    await context.addInitScript(recordMapBoxes);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(new URL(lang === 'en' ? '?lang=en' : '', ATLAS_URL).href);
    await mapReady(page);
    // one frame more: a change made with the last frame is seen
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const boxes = await page.evaluate(() => window.__boxes);
    const painted = boxes.filter((b) => b.painted);
    assert.ok(painted.length > 0 && painted[0].painted === 'svg', `the SVG map paints first (${JSON.stringify(boxes[0])})`);
    const final = painted.at(-1);
    assert.equal(final.painted, 'webgl');
    for (const b of painted) {
      assert.equal(b.header, final.header, `the header changed size after the first paint: ${JSON.stringify(painted)}`);
      assert.equal(b.area, final.area, `the map area moved or changed size after the first paint: ${JSON.stringify(painted)}`);
      if (b.svg) assert.equal(b.svg, final.area, `the SVG map is not where the map is: ${JSON.stringify(b)}`);
      if (b.canvas) assert.equal(b.canvas, final.area, `MapLibre's canvas is not the map area's size: ${JSON.stringify(b)}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}
