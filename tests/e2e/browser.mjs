// Shared browser setup for the e2e tests: Debian's Chromium (never a downloaded browser) with the flags
// that work headless on these machines; collects page errors and requests that leave the page's origin.
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((p) => existsSync(p));
}

export const ATLAS_URL = process.env.ATLAS_URL ?? 'http://127.0.0.1:4173/';
export const ARTIFACTS = 'test-artifacts';

export async function launch() {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
}

/** A page that records errors and any request to another origin. */
/**
 * A new context and page at the atlas, with its errors collected: `errors` (uncaught page errors and console
 * errors, as `console: …`) and requests to other origins (`foreign`). `routes` (glob → handler) are set up
 * before the page loads, to fake or break files.
 */
export async function openPage(browser, { width = 1280, height = 800, query = '', path = '', routes = {} } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  for (const [glob, handler] of Object.entries(routes)) await page.route(glob, handler);
  const errors = [];
  const foreign = [];
  const origin = new URL(ATLAS_URL).origin;
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
  });
  await page.goto(new URL(path + (query ? `?${query}` : ''), ATLAS_URL).href);
  return { page, context, errors, foreign };
}

/**
 * The drawn-state contract (src/state/drawnState.ts): `<html data-map-drawn="KEY">` names the state whose frame
 * is on screen; data-map-ready is "true" only when that is the current state. KEY: the URL query without the
 * view, then `lang=…` always.
 */
export function keyOf(search) {
  const q = new URLSearchParams(search);
  const out = new URLSearchParams();
  // the app's parameter order (src/lib/urlState.ts), the view left out and the language last
  for (const p of ['indicator', 'year', 'layers', 'area', 'mode', 'basemap']) if (q.has(p)) out.set(p, q.get(p));
  out.set('lang', q.get('lang') ?? 'zh');
  return out.toString().replace(/%7E/gi, '~').replace(/%2C/gi, ',');
}

/** The KEY of the page's current state. */
export const stateKey = (page) => page.evaluate(() => window.__atlas.stateKey());

/** Wait until the frame on screen is the one of the state `key` (and that is the current state). */
export async function drawnState(page, key, timeout = 30_000) {
  try {
    await page.waitForFunction((k) => document.documentElement.dataset.mapDrawn === k && document.documentElement.dataset.mapReady === 'true', key, { timeout });
  } catch (e) {
    const now = await page.evaluate(() => [document.documentElement.dataset.mapDrawn, window.__atlas?.stateKey()]).catch(() => []);
    throw new Error(`the map did not draw state "${key}" (drawn: "${now[0]}", current: "${now[1]}"): ${e.message}`);
  }
}

/** Wait until the map has drawn the page's current state, whatever it is (after a load). */
export async function mapReady(page, timeout = 60_000) {
  await page.waitForFunction(() => {
    const d = document.documentElement.dataset;
    return d.mapReady === 'true' && window.__atlas !== undefined && d.mapDrawn === window.__atlas.stateKey();
  }, null, { timeout });
}

/** After an interaction: wait until the state it caused (the current one, read now) is drawn. */
export async function drawn(page, timeout = 30_000) {
  await drawnState(page, await stateKey(page), timeout);
}

export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png` });
}

/**
 * Waits until the page's URL matches (`present` true) or no longer matches `re`. The app writes a change's
 * history entry in the frame after the map has drawn it, not in the same task as the state.
 */
export async function urlMatches(page, re, present = true, timeout = 10_000) {
  try {
    await page.waitForFunction(([src, flags, want]) => new RegExp(src, flags).test(location.href) === want, [re.source, re.flags, present], { timeout });
  } catch {
    throw new Error(`the URL ${present ? 'never matched' : 'still matches'} ${re}: ${page.url()}`);
  }
}

/**
 * Points of the text in `text` (each line's start, middle and end) where something outside `own` is topmost:
 * what covers text a user opened to read. Empty when the whole text can be read.
 */
export function coveredText(page, text, own) {
  return page.locator(text).evaluate((el, ownSel) => {
    const owner = el.closest(ownSel) ?? el;
    const range = document.createRange();
    range.selectNodeContents(el);
    const out = [];
    for (const r of range.getClientRects()) {
      for (const x of [r.left + 2, (r.left + r.right) / 2, r.right - 2]) {
        const top = document.elementFromPoint(x, (r.top + r.bottom) / 2);
        if (top && !owner.contains(top)) out.push(`${Math.round(x)},${Math.round(r.top)}: ${top.getAttribute('class') || top.tagName}`);
      }
    }
    return out;
  }, own);
}
