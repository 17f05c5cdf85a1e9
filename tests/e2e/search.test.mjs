import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, mapReady, openPage, screenshot, urlMatches } from './browser.mjs';
import { defs, documents } from './data.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const state = (page) => page.evaluate(() => window.__atlas.getState());
const combobox = (page) => page.getByRole('combobox');
/** the option the combobox points at (aria-activedescendant) */
const activeOption = (page) => page.evaluate(() => {
  const id = document.querySelector('[role=combobox]').getAttribute('aria-activedescendant');
  const el = id && document.getElementById(id);
  return el ? { id: el.dataset.id, kind: el.dataset.kind, selected: el.getAttribute('aria-selected'), text: el.textContent } : null;
});
async function typeQuery(page, q) {
  await combobox(page).fill(q);
  await page.waitForFunction((q) => {
    const box = document.querySelector('[role=combobox]');
    return box?.value === q && document.querySelectorAll('[role=listbox] [role=option]').length > 0;
  }, q);
}

describe('search', () => {
  test('"/" opens search; "yanling" finds 鄢陵县, Enter selects it, Back undoes it; the index is fetched on first use only', async () => {
    const { page, errors, foreign, context } = await openPage(browser);
    const indexRequests = [];
    page.on('request', (r) => { if (r.url().endsWith('search-index.json')) indexRequests.push(r.url()); });
    await mapReady(page);
    assert.equal(indexRequests.length, 0, 'the search index is not part of the first load');
    await page.locator('body').press('/');
    await combobox(page).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('role')), 'combobox', 'the search box has focus');
    await typeQuery(page, 'yanling');
    assert.equal(indexRequests.length, 1);
    const first = await activeOption(page);
    assert.deepEqual([first.kind, first.id, first.selected], ['area', '411024', 'true']);
    assert.match(first.text, /鄢陵县/);
    await screenshot(page, 'search-yanling-desktop');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__atlas.getState().area === '411024');
    await urlMatches(page, /area=411024/);
    assert.equal(await page.getByRole('dialog').count(), 0, 'the dialog closed');
    await mapReady(page);
    assert.ok(await page.locator('aside.detail').getByRole('heading', { name: '鄢陵县' }).first().isVisible(), 'the panel shows 鄢陵县');
    await page.goBack();
    await page.waitForFunction(() => window.__atlas.getState().area === '');
    await urlMatches(page, /area=/, false);
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, []);
    await context.close();
  });

  test('Ctrl+K opens search from a text field; "yl" lists 鄢陵县 first; ↓/↑ move the active option', async () => {
    const { page, errors, context } = await openPage(browser);
    await mapReady(page);
    const filter = page.getByPlaceholder('筛选指标…');
    await filter.focus();
    await page.keyboard.type('/');
    assert.equal(await filter.inputValue(), '/', '"/" is typed in a text field, not a shortcut');
    assert.equal(await page.getByRole('dialog').count(), 0);
    await filter.fill('');
    await page.keyboard.press('Control+k');
    await typeQuery(page, 'yl');
    assert.deepEqual((await activeOption(page)).id, '411024');
    await page.keyboard.press('ArrowDown');
    const second = await activeOption(page);
    assert.notEqual(second.id, '411024');
    assert.equal(second.selected, 'true');
    assert.equal(await page.locator('[role=option][aria-selected=true]').count(), 1);
    await page.keyboard.press('ArrowUp');
    assert.equal((await activeOption(page)).id, '411024');
    await page.keyboard.press('Escape');
    assert.equal(await page.getByRole('dialog').count(), 0);
    assert.equal(await page.evaluate(() => document.activeElement?.placeholder), '筛选指标…', 'focus returns where it was');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('"meitan" lists the coal indicators; choosing one shows it', async () => {
    const { page, errors, context } = await openPage(browser, { query: 'indicator=fire_new_stations_total' });
    await mapReady(page);
    await page.locator('body').press('/');
    await typeQuery(page, 'meitan');
    const options = await page.locator('[role=option]').evaluateAll((els) => els.map((e) => ({ id: e.dataset.id, kind: e.dataset.kind })));
    const coal = defs.filter((d) => d.name_zh.includes('煤炭')).map((d) => d.id);
    for (const id of coal) assert.ok(options.some((o) => o.kind === 'indicator' && o.id === id), `${id} is listed`);
    const chosen = options[1];
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => window.__atlas.getState().indicator === id, chosen.id);
    const def = defs.find((d) => d.id === chosen.id);
    assert.equal(def.topic, 'coal');
    assert.match(await page.getByTestId('indicator-title').innerText(), new RegExp(def.name_zh));
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('"xz2019 2" finds 许政〔2019〕2号 and opens it in the source reader', async () => {
    const { page, errors, context } = await openPage(browser);
    await mapReady(page);
    await page.locator('body').press('/');
    await typeQuery(page, 'xz2019 2');
    const first = await activeOption(page);
    assert.deepEqual([first.kind, first.id], ['document', '许政〔2019〕2号']);
    const doc = documents.find((d) => d.doc === '许政〔2019〕2号');
    assert.match(first.text, new RegExp(doc.title));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('reader') !== null);
    assert.equal(new URL(page.url()).searchParams.get('reader'), `${doc.seed.replace('.txt', '')}:${doc.first_line}`);
    const reader = page.getByRole('dialog');
    await reader.getByRole('heading', { name: /许政〔2019〕2号/ }).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('"?" lists every keyboard shortcut, in English too', async () => {
    const { page, errors, context } = await openPage(browser, { query: 'lang=en' });
    await mapReady(page);
    await page.locator('body').press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    const text = await dialog.innerText();
    for (const k of ['/', 'Ctrl K', '⌘ K', '?', '↑', 'Enter', 'Esc', '←', '→', 'present mode', 'year slider']) assert.ok(text.includes(k), k);
    assert.doesNotMatch(text, /[\u4e00-\u9fff]/, 'no Chinese in the English list');
    await screenshot(page, 'search-shortcuts-en');
    await page.keyboard.press('Escape');
    assert.equal(await page.getByRole('dialog').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a search index that cannot be fetched is named, and the atlas goes on', async () => {
    const { page, errors, context } = await openPage(browser, { routes: { '**/search-index.json': (r) => r.fulfill({ status: 404, body: 'gone' }) } });
    await mapReady(page);
    await page.locator('body').press('/');
    await page.getByRole('status').filter({ hasText: '搜索索引加载失败' }).waitFor();
    assert.match(await page.getByRole('dialog').innerText(), /search-index\.json: server answered 404/);
    assert.ok(errors.every((e) => /404/.test(e)), errors.join('\n'));
    await context.close();
  });

  test('on a 390 px phone: the search button opens search, results fit the width, choosing works', async () => {
    const { page, errors, foreign, context } = await openPage(browser, { width: 390, height: 844 });
    await mapReady(page);
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await typeQuery(page, 'changge');
    const box = await page.getByRole('dialog').boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 390, `dialog inside the screen: ${JSON.stringify(box)}`);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= 390), true);
    await screenshot(page, 'search-changge-phone');
    await page.getByRole('option').first().click();
    await page.waitForFunction(() => window.__atlas.getState().area === '411082');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') === '搜索'), true, 'focus back on the search button');
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, []);
    await context.close();
  });
});
