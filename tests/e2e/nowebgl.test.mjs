// Without WebGL (old devices, locked-down browsers, VMs): the counties are drawn as SVG with their colours, hatching,
// labels, legend and credits; selection by pointer and keyboard and the PNG export still work; no page error.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { chromiumPath, coveredText, ATLAS_URL, screenshot } from './browser.mjs';
import { COUNTIES, rowsOf } from './data.mjs';

let browser;
before(async () => {
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--disable-webgl', '--disable-3d-apis'],
  });
});
after(async () => { await browser?.close(); });

async function open(query = '', width = 1280, height = 800) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  await page.goto(new URL(query ? `?${query}` : '', ATLAS_URL).href);
  await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', null, { timeout: 60_000 });
  return { page, context, errors };
}

describe('no WebGL', () => {
  test('the atlas paints the counties as SVG, coloured as the legend says, with no page error', async () => {
    const { page, context, errors } = await open();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.mapPainted), 'svg');
    assert.equal(await page.locator('path[data-county]').count(), COUNTIES.length);
    // each county's fill is the legend colour of its class (the legend's swatches are read from the page)
    const swatches = await page.locator('.legend li .sw').evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
    const fills = await page.locator('path[data-county]').evaluateAll((els) => els.map((e) => [e.dataset.county, e.getAttribute('fill')]));
    const rgb = (s) => s.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
    for (const [code, fill] of fills) {
      const [r, g, b] = rgb(fill);
      assert.ok(swatches.some((sw) => { const [R, G, B] = rgb(sw); return Math.abs(R - r) + Math.abs(G - g) + Math.abs(B - b) < 6; }), `${code}: ${fill} is a legend colour`);
    }
    // 2020 values are caps (targets): every county is hatched
    assert.equal(await page.locator('path[fill="url(#svg-hatch)"]').count(), COUNTIES.length);
    const labels = await page.locator('[data-map-label]').allInnerTexts();
    for (const code of COUNTIES) {
      const v = Number(rowsOf('coal_total', code).find((r) => r.year === '2020').value);
      assert.ok(labels.some((l) => l.replace(/,/g, '').includes(String(v))), `label with ${v}`);
    }
    assert.match(await page.locator('.degraded').innerText(), /WebGL/);
    await page.locator('.credits summary').click();
    assert.match(await page.locator('.credits').innerText(), /许昌市人民政府公报/);
    await screenshot(page, 'nowebgl-desktop');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a click and the keyboard select a county; the PNG export draws the SVG map', async () => {
    const { page, context, errors } = await open('lang=en');
    // a point inside 禹州市 (its bounding box's corners may be outside the polygon), clicked as a user would
    const inside = await page.locator('path[data-county="411081"]').evaluate((p) => {
      const b = p.getBBox();
      for (let fy = 0.5; fy < 1; fy += 0.1) for (let fx = 0.5; fx < 1; fx += 0.1) {
        for (const [x, y] of [[b.x + b.width * fx, b.y + b.height * fy], [b.x + b.width * (1 - fx), b.y + b.height * (1 - fy)]]) {
          if (p.isPointInFill(new DOMPoint(x, y))) return { x: x - b.x, y: y - b.y };
        }
      }
      return null;
    });
    assert.ok(inside, 'a point inside the county');
    await page.locator('path[data-county="411081"]').click({ position: inside });
    await page.waitForFunction(() => new URL(location.href).searchParams.get('area') === '411081');
    assert.equal(await page.locator('path[data-county="411081"]').getAttribute('aria-pressed'), 'true');
    await page.locator('path[data-county="411025"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('area') === '411025');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(path);
    assert.equal(bytes.subarray(1, 4).toString(), 'PNG');
    assert.ok(bytes.length > 20_000, 'the PNG holds a drawn map, not an empty frame');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('on a 390 px phone in English: coloured counties, labels and the legend', async () => {
    const { page, context, errors } = await open('lang=en', 390, 844);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.mapPainted), 'svg');
    const box = await page.locator('svg[data-map-svg]').boundingBox();
    assert.ok(box.width > 300 && box.height > 200);
    assert.ok(await page.locator('details.legend').isVisible());
    assert.ok((await page.locator('[data-map-label]').allInnerTexts()).some((t) => /Yuzhou/.test(t)));
    await screenshot(page, 'nowebgl-phone');
    // the notice and the credits, opened, can be read whole: not under the Layers button or the legend
    assert.deepEqual(await coveredText(page, '.degraded', '.foot'), [], 'points of the notice under something else');
    await page.locator('.credits summary').click();
    assert.match(await page.locator('.credits p').innerText(), /OpenStreetMap contributors \(ODbL 1\.0\)/);
    assert.deepEqual(await coveredText(page, '.credits p', '.credits'), [], 'points of the opened credits under something else');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
