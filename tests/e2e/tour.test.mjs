import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ATLAS_URL, launch, mapReady, openPage, screenshot, urlMatches } from './browser.mjs';
import { defs } from './data.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const state = (page) => page.evaluate(() => window.__atlas.getState());
/** base64url of the UTF-8 JSON, by hand (Node's Buffer), not with the app's encoder */
const handTour = (slides) => Buffer.from(JSON.stringify(slides), 'utf8').toString('base64url');
const SLIDES = [
  { q: 'indicator=fire_new_stations_total&year=2025&layers=labels~rivers~fire_station', zh: '到 2025 年新建的消防站', en: 'Fire stations to be built by 2025' },
  { q: 'year=2019&area=411081', zh: '禹州市 2019 年的煤炭消费', en: 'Coal in Yuzhou, 2019' },
  { q: 'indicator=tourism_road_branch_km&year=2025&view=113.7,34.1,9.5', zh: '旅游公路支线', en: 'Tourism road branches' },
];
const expected = SLIDES.map((s) => {
  const p = new URLSearchParams(s.q);
  return { indicator: p.get('indicator') ?? 'coal_total', year: Number(p.get('year')), area: p.get('area') ?? '' };
});
const shown = async (page) => {
  const s = await state(page);
  return { indicator: s.indicator, year: s.year, area: s.area };
};
const caption = (page) => page.getByTestId('tour-caption').innerText();

describe('tours', () => {
  for (const lang of ['zh', 'en']) {
    test(`a hand-written three-slide tour plays with PageDown, shows its captions and leaves history alone (${lang})`, async () => {
      const { page, errors, foreign, context } = await openPage(browser, { query: `lang=${lang}` });
      await mapReady(page);
      const first = page.url();
      await page.goto(new URL(`?mode=present&lang=${lang}&tour=${handTour(SLIDES)}`, ATLAS_URL).href);
      await mapReady(page);
      const length = await page.evaluate(() => history.length);
      assert.deepEqual(await shown(page), expected[0]);
      assert.equal(await caption(page), SLIDES[0][lang]);
      assert.match(await page.getByTestId('tour-count').innerText(), lang === 'zh' ? /第 1 \/ 3 张/ : /Slide 1 of 3/);
      for (const i of [1, 2]) {
        await page.keyboard.press('PageDown');
        await mapReady(page);
        assert.deepEqual(await shown(page), expected[i]);
        assert.equal(await caption(page), SLIDES[i][lang]);
        await urlMatches(page, new RegExp(`slide=${i + 1}`));
      }
      // slide 3 has a view of its own: the map is there
      const v = (await state(page)).view;
      assert.deepEqual([v.lon, v.lat, v.zoom], [113.7, 34.1, 9.5]);
      await page.keyboard.press('PageDown'); // the last slide stays
      assert.deepEqual(await shown(page), expected[2]);
      await page.keyboard.press('PageUp');
      assert.deepEqual(await shown(page), expected[1]);
      await page.keyboard.press('End');
      assert.deepEqual(await shown(page), expected[2]);
      await page.keyboard.press('Home');
      assert.deepEqual(await shown(page), expected[0]);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Space');
      assert.deepEqual(await shown(page), expected[2]);
      await page.keyboard.press('ArrowLeft');
      assert.deepEqual(await shown(page), expected[1]);
      await mapReady(page);
      if (lang === 'en') await screenshot(page, 'tour-present-en');
      else await screenshot(page, 'tour-present-zh');
      assert.equal(await page.evaluate(() => history.length), length, 'slide changes replace the history entry');
      // Back leaves the tour (it does not walk it)
      await page.goBack();
      assert.equal(page.url(), first);
      assert.deepEqual(errors, []);
      assert.deepEqual(foreign, []);
      await context.close();
    });
  }

  test('Esc leaves the tour; the reloaded link opens the same slide', async () => {
    const { page, errors, context } = await openPage(browser, { query: `mode=present&tour=${handTour(SLIDES)}&slide=2` });
    await mapReady(page);
    assert.deepEqual(await shown(page), expected[1]);
    await page.reload();
    await mapReady(page);
    assert.deepEqual(await shown(page), expected[1]);
    await page.keyboard.press('Escape');
    assert.equal((await state(page)).mode, 'normal');
    assert.equal(await page.getByTestId('tour-caption').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a malformed tour: a notice names it, the good slides are kept', async () => {
    const slides = [{ q: 'year=2021', zh: '第一张好', en: 'Good one' }, { q: 'indicator=no_such_indicator', zh: '坏' }, 'junk', { q: 'year=2023', en: 'Good two' }];
    const { page, errors, context } = await openPage(browser, { query: `mode=present&lang=en&tour=${handTour(slides)}` });
    await mapReady(page);
    const notice = await page.getByTestId('param-notice').innerText();
    assert.match(notice, /tour/);
    assert.match(notice, /slide 2 left out: indicator no_such_indicator/);
    assert.match(notice, /slide 3: no query string q/);
    assert.match(await page.getByTestId('tour-count').innerText(), /Slide 1 of 2/);
    assert.equal((await state(page)).year, 2021);
    await page.keyboard.press('PageDown');
    assert.equal((await state(page)).year, 2023);
    assert.equal(await caption(page), 'Good two');
    // nothing usable at all: the notice, and the built-in tour
    await page.goto(new URL('?mode=present&tour=not*base64', ATLAS_URL).href);
    await mapReady(page);
    assert.match(await page.getByTestId('param-notice').innerText(), /tour.*base64url/s);
    await page.keyboard.press('PageDown');
    assert.match(await page.getByTestId('tour-count').innerText(), /第 1 \/ 5 张/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  for (const reducedMotion of ['no-preference', 'reduce']) {
    test(`autoplay moves on by the page's clock, pauses on input and resumes when left alone (${reducedMotion})`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion });
      // time flows as usual until the test moves it: a long interval that real time cannot reach
      await context.clock.install();
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(new URL(`?mode=present&tour=${handTour(SLIDES)}&autoplay=600`, ATLAS_URL).href);
      await mapReady(page);
      assert.deepEqual(await shown(page), expected[0]);
      await page.clock.fastForward(600_000);
      if (reducedMotion === 'reduce') {
        // slower under reduced motion: twice the interval
        assert.deepEqual(await shown(page), expected[0]);
        await page.clock.fastForward(600_000);
      }
      await page.waitForFunction((y) => window.__atlas.getState().year === y, expected[1].year);
      assert.deepEqual(await shown(page), expected[1]);
      // any input pauses
      await page.keyboard.press('Shift');
      assert.ok(await page.getByRole('button', { name: /继续自动播放/ }).isVisible());
      await page.clock.fastForward(1_300_000);
      assert.deepEqual(await shown(page), expected[1]);
      assert.ok(await page.getByRole('button', { name: /暂停自动播放/ }).isVisible(), 'left alone, autoplay resumes');
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('the editor by keyboard: add views with captions, reorder, delete, preview, copy the link, which plays', async () => {
    const { page, errors, foreign, context } = await openPage(browser, { query: 'lang=en' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await mapReady(page);
    const press = async (locator, key = 'Enter') => { await locator.focus(); await page.keyboard.press(key); };
    await press(page.getByRole('button', { name: 'Tour', exact: true }));
    const panel = page.locator('.tour-panel');
    const add = panel.getByRole('button', { name: /Add this view/ });
    const views = [['coal_total', 2020, '煤炭', 'Coal'], ['fire_new_stations_total', 2025, '消防站', 'Fire stations'], ['coal_total', 2019, '删掉', 'Delete me']];
    for (const [id, year, zh, en] of views) {
      await page.evaluate(([i, y]) => {
        const u = new URL(location.href);
        u.searchParams.set('indicator', i);
        u.searchParams.set('year', String(y));
        history.pushState(null, '', u);
        dispatchEvent(new PopStateEvent('popstate'));
      }, [id, year]);
      await mapReady(page);
      await press(add);
      const slide = panel.locator('[data-tour-slide]').last();
      await slide.getByLabel('Caption (Chinese)').focus();
      await page.keyboard.type(zh);
      await slide.getByLabel('Caption (English)').focus();
      await page.keyboard.type(en);
    }
    assert.equal(await panel.locator('[data-tour-slide]').count(), 3);
    await press(panel.getByRole('button', { name: 'Delete · Slide 3' }));
    await press(panel.getByRole('button', { name: 'Move down · Slide 1' }));
    const labels = await panel.locator('[data-tour-slide] .label').allInnerTexts();
    const fireName = defs.find((d) => d.id === 'fire_new_stations_total').name_en;
    assert.ok(labels[0].startsWith(`Slide 1: ${fireName} · 2025`), labels[0]);
    assert.equal(labels.length, 2);
    await press(panel.locator('[data-tour-slide]').nth(1).getByRole('button', { name: 'Preview' }));
    assert.deepEqual([(await state(page)).indicator, (await state(page)).year], ['coal_total', 2020]);
    await screenshot(page, 'tour-editor-en');
    await press(panel.getByRole('button', { name: 'Copy tour link' }));
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(link.length < 2000, `a 2-slide link is ${link.length} characters`);
    await page.goto(link);
    await mapReady(page);
    assert.equal(await caption(page), 'Fire stations');
    assert.equal((await state(page)).indicator, 'fire_new_stations_total');
    await page.keyboard.press('PageDown');
    assert.equal(await caption(page), 'Coal');
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, []);
    await context.close();
  });

  test('the handout has one page per slide: map image, caption, legend, sources; the view comes back after', async () => {
    const { page, errors, context } = await openPage(browser, { query: `year=2022&tour=${handTour(SLIDES)}` });
    await mapReady(page);
    const before = await state(page);
    const length = await page.evaluate(() => history.length);
    await page.locator('.tour-panel').getByRole('button', { name: 'PDF 讲义' }).click();
    const pages = page.locator('[data-handout-page]');
    await page.waitForFunction(() => document.querySelectorAll('[data-handout-page] img').length === 3 &&
      [...document.querySelectorAll('[data-handout-page] img')].every((i) => i.complete && i.naturalWidth > 100), null, { timeout: 60_000 });
    assert.equal(await pages.count(), 3);
    for (const [i, s] of SLIDES.entries()) {
      const text = await pages.nth(i).innerText();
      assert.ok(text.includes(s.zh), `page ${i + 1} has its caption`);
      assert.match(text, /来源文件/);
      assert.match(text, /许政|许政办/);
    }
    assert.ok(await pages.nth(0).locator('.legend li').count() > 1, 'a legend');
    // three different maps
    const images = await page.evaluate(() => Promise.all([...document.querySelectorAll('[data-handout-page] img')].map(async (img) => {
      const c = document.createElement('canvas');
      c.width = 64; c.height = 64;
      c.getContext('2d').drawImage(img, 0, 0, 64, 64);
      return c.toDataURL();
    })));
    assert.equal(new Set(images).size, 3);
    await screenshot(page, 'tour-handout');
    const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
    assert.equal(pdf.match(/\/Type\s*\/Page[^s]/g).length, 3, 'one printed page per slide');
    await page.keyboard.press('Escape');
    await pages.first().waitFor({ state: 'detached' });
    const now = await state(page);
    assert.deepEqual([now.indicator, now.year, now.area, now.layers], [before.indicator, before.year, before.area, before.layers]);
    assert.equal(await page.evaluate(() => history.length), length);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
