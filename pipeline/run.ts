// `npm run data`: regenerate data/ and geo/ from seeds/ and geo/sources/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildAll } from './build.ts';
import { loadSeeds } from './lib/seeds.ts';

const t0 = performance.now();
const files = buildAll(loadSeeds());
for (const [path, text] of Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1))) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`${path}  ${text.length} chars`);
}
console.log(`data: ${Object.keys(files).length} files in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
