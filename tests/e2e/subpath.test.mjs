// dist/ must work from any sub-path of any static host: serve it under a deep path with a plain static server.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { launch, mapReady } from './browser.mjs';

const PREFIX = '/hosting/some deep/atlas/';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.csv': 'text/csv', '.json': 'application/json', '.geojson': 'application/json', '.woff2': 'font/woff2', '.svg': 'image/svg+xml', '.txt': 'text/plain' };
let server, browser, base;
const misses = [];

before(async () => {
  server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(PREFIX)) { misses.push(path); res.statusCode = 404; return res.end(); }
    const rel = normalize(path.slice(PREFIX.length) || 'index.html');
    try {
      const body = await readFile(join('dist', rel.endsWith('/') ? `${rel}index.html` : rel));
      res.setHeader('Content-Type', TYPES[extname(rel)] ?? 'application/octet-stream');
      res.end(body);
    } catch { misses.push(path); res.statusCode = 404; res.end(); }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}${encodeURI(PREFIX)}`;
  browser = await launch();
});
after(async () => { await browser?.close(); server?.close(); });

test('the production build works from a sub-path of a plain static server', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${base}?year=2025&indicator=tourism_road_connector_km`);
  await mapReady(page);
  const areas = await page.evaluate(() => window.__atlas.getRenderedAreas());
  assert.ok(areas.filter((a) => a.value !== null).length >= 6);
  assert.deepEqual(misses, [], 'every request stayed under the sub-path and was found');
  assert.deepEqual(errors, []);
});

test('search and the source reader load their files from the sub-path too', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${base}?reader=000_e340f357b4b28fe7:812`);
  await page.locator('dialog mark').first().waitFor({ timeout: 60_000 });
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox').fill('yanling');
  await page.getByRole('option').first().waitFor();
  assert.deepEqual(misses, [], 'every request stayed under the sub-path and was found');
  assert.deepEqual(errors, []);
});
