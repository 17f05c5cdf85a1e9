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
