import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, mapReady, openPage, screenshot } from './browser.mjs';
import { pageImage, windowPixels } from './pixels.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the first page draws the county boundaries with no errors and no foreign requests', async () => {
  const { page, errors, foreign, context } = await openPage(browser);
  await mapReady(page);
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
