// Runs the browser tests against the production build: `vite preview` serving dist/, Debian's Chromium
// driven by playwright-core, test files run by node's test runner.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromiumPath } from './browser.mjs';

const fail = (msg) => {
  console.error(`\ne2e: ${msg}\n`);
  process.exit(1);
};
if (!chromiumPath()) {
  fail('Chromium not found. The browser tests use Debian\'s Chromium and CJK fonts:\n' +
    '  sudo sh -c \'apt-get update && apt-get install -y chromium fonts-noto-cjk\'\n(or set CHROMIUM_PATH to a Chromium binary; `npm test` installs them itself when run as root)');
}
if (!existsSync('dist/index.html')) fail('dist/ is missing: run `npm run build` first (npm test does this).');

// the downloads test reads dist/downloads/ back with GDAL's ogrinfo (Debian gdal-bin): installed here when
// missing and running as root (CI and these machines), as .ci/run does for Chromium
const hasOgrinfo = () => spawnSync('ogrinfo', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasOgrinfo()) {
  if (process.getuid?.() !== 0) fail('GDAL\'s ogrinfo not found. The downloads test needs it:\n  sudo apt-get install -y gdal-bin');
  console.log('e2e: installing gdal-bin from Debian (ogrinfo, for the downloads test)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'gdal-bin']]) {
    if (spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env }).status !== 0) fail(`apt-get ${args.join(' ')} failed`);
  }
  if (!hasOgrinfo()) fail('gdal-bin was installed but ogrinfo still does not run');
}

const freePort = () => new Promise((resolve) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});

const port = await freePort();
const preview = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  stdio: ['ignore', 'pipe', 'inherit'], detached: true,
});
const url = `http://127.0.0.1:${port}/`;
const stop = () => { try { process.kill(-preview.pid, 'SIGTERM'); } catch { /* already gone */ } };
process.on('exit', stop);

const deadline = Date.now() + 30_000;
for (;;) {
  try { if ((await fetch(url)).ok) break; } catch { /* not up yet */ }
  if (Date.now() > deadline) { stop(); fail(`vite preview did not answer at ${url} within 30 s`); }
  await new Promise((r) => setTimeout(r, 200));
}

const files = readdirSync('tests/e2e').filter((f) => f.endsWith('.test.mjs')).sort().map((f) => `tests/e2e/${f}`);
const only = process.argv.slice(2);
const runner = spawn(process.execPath, ['--test', '--test-concurrency=1', ...(only.length ? only : files)], {
  stdio: 'inherit', env: { ...process.env, ATLAS_URL: url },
});
runner.on('exit', (code) => { stop(); process.exit(code ?? 1); });
