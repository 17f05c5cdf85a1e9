import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, mapReady, openPage, screenshot } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the first page draws the county boundaries with no errors and no foreign requests', async () => {
  const { page, errors, foreign, context } = await openPage(browser);
  await mapReady(page);
  await screenshot(page, 'smoke-desktop');
  // the map canvas must show more than the background: count distinct colours in a centre crop
  const distinct = await page.evaluate(() => {
    const canvases = [...document.querySelectorAll('canvas')];
    const c = document.createElement('canvas');
    c.width = 200; c.height = 200;
    const ctx = c.getContext('2d');
    for (const cv of canvases) ctx.drawImage(cv, cv.width / 2 - 100, cv.height / 2 - 100, 200, 200, 0, 0, 200, 200);
    const d = ctx.getImageData(0, 0, 200, 200).data;
    const set = new Set();
    for (let i = 0; i < d.length; i += 4) set.add(`${d[i]},${d[i + 1]},${d[i + 2]}`);
    return set.size;
  });
  assert.ok(distinct > 3, `map looks blank (${distinct} colours)`);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});
