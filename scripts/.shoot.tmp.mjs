import { chromium } from 'playwright-core';
const [,, base, out, ...queries] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
for (const q of queries) {
  const [query, w = '1280', h = '800'] = q.split('|');
  const ctx = await browser.newContext({ viewport: { width: +w, height: +h } });
  const page = await ctx.newPage();
  const errs = [];
  page.on('pageerror', (e) => errs.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errs.push(m.text()); });
  await page.goto(`${base}?${query}`);
  await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', null, { timeout: 60000 }).catch(() => errs.push('not ready'));
  await page.waitForTimeout(1500);
  const name = `${out}/${query.replace(/[^a-z0-9=]+/gi, '_').slice(0, 80) || 'default'}_${w}.png`;
  await page.screenshot({ path: name, fullPage: +w < 500 });
  console.log(name, errs.join(' | '));
  await ctx.close();
}
await browser.close();
