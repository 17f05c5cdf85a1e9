// `npm test` runs this first (the "pretest" script): on a fresh machine with only Node it gets what the tests
// need, or stops with the one command to run. Node built-ins only: it runs before any dependency is installed.
//  1. the npm dependencies (npm ci), when node_modules is missing or older than package-lock.json;
//  2. Debian's Chromium and the CJK fonts for the browser tests: installed with apt-get when run as root,
//     otherwise the command is printed. CHROMIUM_PATH names another Chromium binary.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const APT_PACKAGES = ['chromium', 'fonts-noto-cjk'];
const run = (cmd, args, env = process.env) => spawnSync(cmd, args, { stdio: 'inherit', env }).status === 0;
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

function stop(message) {
  console.error(`\nnpm test: ${message}\n`);
  process.exit(1);
}

// 1. npm dependencies
const installed = 'node_modules/.package-lock.json';
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync('package-lock.json').mtimeMs) {
  console.log('npm test: installing the npm dependencies (npm ci)');
  if (!run('npm', ['ci', '--no-audit', '--no-fund'])) stop('`npm ci` failed (see above).');
}

// 2. Chromium and the CJK fonts
const chromium = () => [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean).some((p) => existsSync(p));
const cjkFonts = () => {
  try {
    return /Noto (Sans|Serif) CJK/i.test(execFileSync('fc-list', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    return false; // no fontconfig: no fonts either
  }
};
const missing = () => [...(chromium() ? [] : ['chromium']), ...(cjkFonts() ? [] : ['fonts-noto-cjk'])];

let need = missing();
if (need.length) {
  const command = `apt-get update && apt-get install -y ${APT_PACKAGES.join(' ')}`;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !has('apt-get')) {
    stop(`the browser tests need ${need.join(' and ')} (Debian's Chromium and CJK fonts). Run:\n\n  sudo sh -c '${command}'\n\n` +
      '(or set CHROMIUM_PATH to a Chromium binary), then `npm test` again.');
  }
  console.log(`npm test: installing ${need.join(' and ')} from Debian (${command})`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!run('apt-get', ['update'], env) || !run('apt-get', ['install', '-y', ...APT_PACKAGES], env)) stop(`\`${command}\` failed (see above).`);
  need = missing();
  if (need.length) stop(`still missing after apt-get: ${need.join(', ')}`);
}
