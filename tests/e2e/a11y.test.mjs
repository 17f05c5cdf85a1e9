import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { drawn, launch, mapReady, ATLAS_URL } from './browser.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function axe(page) {
  await page.evaluate(axeSource); // runs through DevTools, not as a page script: the CSP stays as shipped
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

describe('accessibility', () => {
  for (const [name, query, viewport] of [
    ['default desktop', '', { width: 1280, height: 800 }],
    ['area selected with a source open', 'area=411081&layers=labels~rivers~coal_enterprise', { width: 1280, height: 800 }],
    ['English phone', 'lang=en&year=2025&indicator=hospital_beds_per_1000', { width: 390, height: 844 }],
    ['present mode', 'mode=present', { width: 1280, height: 800 }],
  ]) {
    test(`axe: no serious or critical violations (${name})`, async () => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(new URL(query ? `?${query}` : '', ATLAS_URL).href);
      await mapReady(page);
      if (query.includes('area=')) await page.locator('aside.detail').getByRole('button', { name: /来源/ }).first().click();
      assert.deepEqual(await axe(page), []);
      await context.close();
    });
  }

  // the tour and the phone's sheet, in both languages
  const tour = Buffer.from(JSON.stringify([{ q: 'year=2019', zh: '2019 年', en: 'In 2019' }, { q: 'year=2025&area=411081' }]), 'utf8').toString('base64url');
  for (const lang of ['zh', 'en']) {
    for (const [name, query, viewport, act] of [
      ['a tour in present mode', `mode=present&autoplay=30&tour=${tour}`, { width: 1280, height: 800 }, null],
      ['the tour editor', `tour=${tour}`, { width: 1280, height: 800 }, null],
      ['the handout', `tour=${tour}`, { width: 1280, height: 800 }, async (page) => {
        await page.locator('.tour-panel').getByRole('button', { name: /PDF/ }).click();
        await page.locator('[data-handout-page]').nth(1).waitFor();
      }],
      ['the phone with its layer sheet open', '', { width: 390, height: 844 }, async (page) => {
        await page.getByTestId('layers-button').click();
        await page.getByRole('dialog').waitFor();
      }],
      ['the phone header menu open', '', { width: 390, height: 844 }, async (page) => {
        await page.locator('header .more').click();
      }],
    ]) {
      test(`axe: no serious or critical violations (${name}, ${lang})`, async () => {
        const context = await browser.newContext({ viewport });
        const page = await context.newPage();
        await page.goto(new URL(`?lang=${lang}${query ? `&${query}` : ''}`, ATLAS_URL).href);
        await mapReady(page);
        await act?.(page);
        assert.deepEqual(await axe(page), []);
        await context.close();
      });
    }
  }

  test('keyboard only: choose an indicator, select a zone, step the year; focus is always visible', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(ATLAS_URL);
    await mapReady(page);
    const focusVisible = () => page.evaluate(() => {
      const el = document.activeElement;
      const s = getComputedStyle(el);
      return el !== document.body && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    });
    // Tab from the top reaches the layer panel's indicator radios; arrow keys move between them
    let guard = 0;
    while (!(await page.evaluate(() => document.activeElement?.getAttribute('name') === 'indicator')) && guard++ < 40) await page.keyboard.press('Tab');
    assert.ok(guard < 40, 'an indicator radio is reachable by Tab');
    assert.ok(await focusVisible(), 'focus on the radio is visible');
    const before = (await page.evaluate(() => window.__atlas.getState())).indicator;
    await page.keyboard.press('ArrowDown');
    await drawn(page);
    assert.notEqual((await page.evaluate(() => window.__atlas.getState())).indicator, before);
    // the zone strip buttons select zones that have no polygon to click
    const zone = page.locator('[data-zone="XC-DCQ"]');
    await zone.focus();
    assert.ok(await focusVisible(), 'focus on the zone button is visible');
    await page.keyboard.press('Enter');
    assert.equal((await page.evaluate(() => window.__atlas.getState())).area, 'XC-DCQ');
    await page.getByRole('slider').focus();
    assert.ok(await focusVisible(), 'focus on the slider is visible');
    await page.keyboard.press('ArrowLeft');
    assert.equal((await page.evaluate(() => window.__atlas.getState())).year, 2019);
    await context.close();
  });

  test('with reduced motion, Play advances slowly enough to read each year, and 3D tilts the map without easing', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(new URL('?year=2019', ATLAS_URL).href);
    await mapReady(page);
    const year = () => page.evaluate(() => window.__atlas.getState().year);
    // Play's timer runs on a clock the test moves by hand (src/lib/clock.ts): the hold time is checked, not waited for
    const advance = (ms) => page.evaluate((t) => window.__atlas.clock.advance(t), ms);
    await page.evaluate(() => window.__atlas.clock.manual());
    await page.getByRole('button', { name: /播放/ }).click();
    // the normal pace is 1.2 s a year; reduced motion holds each year for about 3 s
    await advance(2500);
    assert.equal(await year(), 2019, 'the first year is still shown after 2.5 s');
    await advance(1000);
    assert.equal(await year(), 2020, 'the next year is shown by 3.5 s');
    await page.getByRole('button', { name: /暂停/ }).click();
    await advance(10_000);
    assert.equal(await year(), 2020, 'paused: the year stays');
    // tilting for the 3D columns jumps rather than eases: the pitch is there as soon as the box is checked
    await page.getByRole('checkbox', { name: '三维柱高' }).check();
    assert.ok(await page.evaluate(() => window.__atlas.pitch()) > 40);
    await context.close();
  });

  // the dialogs of search, the shortcuts list and the source reader, open with content (see search/reader tests)
  for (const [name, query, viewport, open] of [
    ['search with results', '', { width: 1280, height: 800 }, async (page) => {
      await page.locator('body').press('/');
      await page.getByRole('combobox').fill('yl');
      await page.getByRole('option').first().waitFor();
    }],
    ['search on an English phone', 'lang=en', { width: 390, height: 844 }, async (page) => {
      await page.keyboard.press('Control+k');
      await page.getByRole('combobox').fill('coal');
      await page.getByRole('option').first().waitFor();
    }],
    ['keyboard shortcuts', '', { width: 1280, height: 800 }, async (page) => {
      await page.locator('body').press('?');
      await page.getByRole('dialog').waitFor();
    }],
    ['source reader', 'reader=000_e340f357b4b28fe7:812', { width: 1280, height: 800 }, (page) => page.locator('dialog mark').first().waitFor()],
    ['source reader on an English phone', 'lang=en&reader=000_e340f357b4b28fe7:812', { width: 390, height: 844 }, (page) => page.locator('dialog mark').first().waitFor()],
  ]) {
    test(`axe: no serious or critical violations (${name})`, async () => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(new URL(query ? `?${query}` : '', ATLAS_URL).href);
      await mapReady(page);
      await open(page);
      assert.deepEqual(await axe(page), []);
      await context.close();
    });
  }
});
