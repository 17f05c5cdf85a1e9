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

/** Wait until the map reports it has drawn the current state. */
export async function mapReady(page, timeout = 60_000) {
  await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', null, { timeout });
}

export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png` });
}
