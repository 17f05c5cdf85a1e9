// `npm run soak [-- minutes]`: play the timeline in a loop while toggling place layers, for minutes, on the
// production build; sample the JS heap after a forced GC each cycle. Prints JSON; exits 1 if the heap grows
// more than 25% from the first sample (a leak), 0 otherwise. Needs `npm run build` first.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { launch } from '../tests/e2e/browser.mjs';

const minutes = Number(process.argv[2] ?? process.env.SOAK_MINUTES ?? 3);
if (!existsSync('dist/index.html')) { console.error('soak: dist/ is missing: run npm run build'); process.exit(1); }
const port = await new Promise((r) => { const s = createServer(); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => r(p)); }); });
const preview = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true });
const stop = () => { try { process.kill(-preview.pid, 'SIGTERM'); } catch { /* gone */ } };
process.on('exit', stop);
const url = `http://127.0.0.1:${port}/`;
for (let t = Date.now(); ; ) { try { if ((await fetch(url)).ok) break; } catch { /* starting */ } if (Date.now() - t > 30_000) throw new Error('preview did not start'); await new Promise((r) => setTimeout(r, 200)); }

const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
const ready = () => page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', null, { timeout: 30_000 });
await page.goto(url);
await ready();
const cdp = await context.newCDPSession(page);
const heap = async () => { await cdp.send('HeapProfiler.collectGarbage'); return (await cdp.send('Runtime.getHeapUsage')).usedSize; };
const layers = ['重点耗煤企业', '待改造消防站', '旅游公路线路', '湿地公园'];
const samples = [];
const end = Date.now() + minutes * 60_000;
let cycles = 0;
while (Date.now() < end) {
  await page.getByRole('slider').focus();
  await page.keyboard.press('Home');
  await ready();
  for (let i = 0; i < 6; i++) { await page.keyboard.press('ArrowRight'); await ready(); }
  await page.getByRole('checkbox', { name: new RegExp(layers[cycles % layers.length]) }).click();
  await ready();
  cycles += 1;
  samples.push(await heap());
}
await browser.close();
stop();
const first = samples[Math.min(1, samples.length - 1)]; // after one warm-up cycle
const last = samples[samples.length - 1];
const growth = (last - first) / first;
console.log(JSON.stringify({ minutes, cycles, heap_first: first, heap_last: last, heap_max: Math.max(...samples), growth_pct: +(growth * 100).toFixed(1), errors }, null, 1));
process.exit(growth > 0.25 || errors.length ? 1 : 0);
