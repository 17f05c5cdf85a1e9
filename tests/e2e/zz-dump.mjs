import { launch, mapReady, openPage } from '/work/wt/schema/tests/e2e/browser.mjs';
const browser = await launch();
for (const q of process.argv.slice(2)) {
  const { page, context } = await openPage(browser, { query: q === '-' ? '' : q });
  await mapReady(page);
  await page.locator('aside.detail h2').first().waitFor();
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  if (q.includes('docs')) { await page.getByRole('button', { name: '文件目录' }).click(); await page.locator('dialog[open]').waitFor(); }
  const text = await page.evaluate(() => document.body.innerText);
  console.log('=====', q);
  for (const line of text.split('\n')) if (/[A-Za-z]{3,}/.test(line.replace(/\b\d{3}_[0-9a-f]{16}\.txt\b/g, ''))) console.log(line.slice(0, 200));
  await context.close();
}
await browser.close();
