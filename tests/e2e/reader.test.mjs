import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, mapReady, openPage, screenshot, urlMatches } from './browser.mjs';
import { documents, indicators, readCsv } from './data.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const rows = [...indicators, ...readCsv('data/places.csv')];
/** rows whose seed line is cited with one quote only (a deep link names the line, and marks every quote at it) */
const single = rows.filter((r) => new Set(rows.filter((x) => x.seed === r.seed && x.line === r.line).map((x) => x.quote)).size === 1);
const stem = (seed) => seed.replace(/\.txt$/, '');
const seedLine = (seed, n) => readFileSync(`seeds/${seed}`, 'utf8').split('\n')[n - 1];
/** the document a line belongs to, most specific first (an attached plan inside its notice) */
const docAt = (seed, line) => documents.filter((d) => d.seed === seed && +d.first_line <= line && line <= +d.last_line)
  .sort((a, b) => (a.last_line - a.first_line) - (b.last_line - b.first_line))[0];

const marks = (page) => page.locator('dialog mark').allTextContents();
/** is the cited line inside the visible part of the scrolled text? */
const lineVisible = (page, n) => page.evaluate((n) => {
  const el = document.querySelector(`dialog [data-line="${n}"]`);
  const region = el?.closest('[role=region]');
  if (!el || !region) return false;
  const a = el.getBoundingClientRect(), b = region.getBoundingClientRect();
  return a.top >= b.top && a.bottom <= b.bottom && a.height > 0;
}, n);

describe('source reader', () => {
  test('a reader link opens the document at the line, with the quote marked, line numbers, number, title and date', async () => {
    const row = single.find((r) => r.seed === '000_e340f357b4b28fe7.txt' && r.line === '812');
    const { page, errors, foreign, context } = await openPage(browser, { query: `reader=${stem(row.seed)}:${row.line}` });
    const texts = [];
    page.on('request', (r) => { if (r.url().includes('/texts/')) texts.push(new URL(r.url()).pathname); });
    const dialog = page.getByRole('dialog');
    await dialog.locator('mark').first().waitFor();
    assert.equal((await marks(page)).join(''), row.quote, 'the marked text is the quote');
    const doc = docAt(row.seed, +row.line);
    const head = await dialog.locator('header').innerText();
    for (const s of [doc.doc, doc.title, doc.issued]) assert.ok(head.includes(s), `${s} in ${head}`);
    assert.equal(await dialog.locator(`[data-line="${row.line}"] .no`).innerText(), row.line, 'line number shown');
    assert.ok(await lineVisible(page, +row.line), 'scrolled to the cited line');
    // the whole document, not only the line: its first and last lines are there
    const top = documents.find((d) => d.doc === doc.doc.split('/')[0]);
    assert.equal(await dialog.locator(`[data-line="${top.first_line}"]`).count(), 1);
    assert.equal(await dialog.locator(`[data-line="${top.last_line}"]`).count(), 1);
    assert.equal(await dialog.locator('[role=region]').evaluate((el) => el.scrollHeight > el.clientHeight), true, 'the text scrolls');
    await screenshot(page, 'reader-deep-link-desktop');
    await mapReady(page);
    assert.ok(texts.length <= 1 && texts.every((p) => p.endsWith(`/texts/${stem(top.seed)}-${top.first_line}-${top.last_line}.txt`)), texts.join(' '));
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, []);
    await context.close();
  });

  test('a quote wrapped over lines is marked across them, and the marks read as the quote', async () => {
    const row = single.find((r) => !seedLine(r.seed, +r.line).trim().includes(r.quote));
    assert.ok(row, 'the data has a wrapped quote');
    const { page, errors, context } = await openPage(browser, { query: `lang=en&reader=${stem(row.seed)}:${row.line}` });
    await page.locator('dialog mark').first().waitFor();
    const m = await marks(page);
    assert.ok(m.length > 1, 'more than one line marked');
    assert.equal(m.join(''), row.quote);
    assert.match(await page.getByTestId('reader-status').innerText(), /The quote is marked/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('"read in the document" from a source box; Esc closes the reader and returns focus', async () => {
    const { page, errors, context } = await openPage(browser, { query: 'area=411081' });
    await mapReady(page);
    const panel = page.locator('aside.detail');
    await panel.getByRole('button', { name: /来源/ }).first().click();
    const quote = await panel.locator('blockquote').first().innerText();
    const read = panel.getByRole('button', { name: /在原文中阅读/ }).first();
    await read.focus();
    await page.keyboard.press('Enter');
    await page.locator('dialog mark').first().waitFor();
    assert.equal((await marks(page)).join(''), quote, 'the quote of that source is marked');
    await urlMatches(page, /reader=\d{3}_[0-9a-f]+%3A\d+|reader=\d{3}_[0-9a-f]+:\d+/);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('role')), 'region', 'the text has focus');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    await urlMatches(page, /reader=/, false);
    assert.equal(await page.evaluate(() => document.activeElement?.textContent?.includes('在原文中阅读')), true, 'focus is back on the button');
    assert.equal((await page.evaluate(() => window.__atlas.getState())).area, '411081', 'the rest of the state is kept');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the documents list opens each document in the reader, and Esc goes back to the list', async () => {
    const { page, errors, context } = await openPage(browser);
    await mapReady(page);
    await page.getByRole('button', { name: '文件目录' }).click();
    const list = page.getByRole('dialog', { name: '文件目录' });
    const doc = documents.find((d) => d.doc === '许政〔2023〕20号');
    const entry = list.locator('.doc').filter({ hasText: doc.title }).first();
    await entry.getByRole('button', { name: /在原文中阅读/ }).click();
    const reader = page.getByRole('dialog', { name: new RegExp(doc.title) });
    await reader.locator(`[data-line="${doc.first_line}"]`).waitFor();
    assert.ok(await lineVisible(page, +doc.first_line));
    assert.ok((await reader.locator('header').innerText()).includes(doc.issued));
    await page.keyboard.press('Escape');
    await reader.waitFor({ state: 'detached' });
    assert.ok(await list.isVisible(), 'the documents list is still open');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), '在原文中阅读 ›');
    assert.deepEqual(errors, []);
    await context.close();
  });

  for (const bad of ['000_e340f357b4b28fe7:999999', 'nonsense', '999_0000000000000000:5']) {
    test(`a bad reader link (${bad}) gives a named notice and no reader`, async () => {
      const { page, errors, context } = await openPage(browser, { query: `reader=${encodeURIComponent(bad)}` });
      await mapReady(page);
      const notice = page.getByTestId('param-notice');
      await notice.waitFor();
      assert.match(await notice.innerText(), /reader/);
      assert.equal(await page.locator('dialog[open]').count(), 0);
      assert.doesNotMatch(page.url(), /reader=/, 'the bad parameter is dropped from the URL');
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('a quote that is not in the text says so and marks nothing', async () => {
    const row = single.find((r) => r.seed === '000_e340f357b4b28fe7.txt' && r.line === '812');
    // the served text differs from the seed at the cited line: the reader must not mark a near match
    const routes = {
      '**/texts/*.txt': async (route) => {
        const res = await route.fetch();
        const body = (await res.text()).replace(row.quote, row.quote.replace('558', '559'));
        await route.fulfill({ response: res, body });
      },
    };
    const { page, errors, context } = await openPage(browser, { query: `reader=${stem(row.seed)}:${row.line}`, routes });
    const status = page.getByTestId('reader-status');
    await status.getByTestId('quote-not-found').waitFor();
    assert.match(await status.innerText(), /找不到引文/);
    assert.equal(await page.locator('dialog mark').count(), 0);
    assert.ok(await lineVisible(page, +row.line), 'still at the cited line');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('on a 390 px phone the reader fills the screen and shows the marked line', async () => {
    const row = single.find((r) => r.seed === '000_e340f357b4b28fe7.txt' && r.line === '812');
    const { page, errors, foreign, context } = await openPage(browser, { width: 390, height: 844, query: `reader=${stem(row.seed)}:${row.line}` });
    await page.locator('dialog mark').first().waitFor();
    const box = await page.getByRole('dialog').boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 390, JSON.stringify(box));
    assert.ok(await lineVisible(page, +row.line));
    assert.equal(await page.locator('dialog.reader').evaluate((d) => d.scrollWidth <= d.clientWidth), true, 'no sideways scrolling');
    await screenshot(page, 'reader-deep-link-phone');
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, []);
    await context.close();
  });
});
