// `npm run data`: regenerate data/ and geo/ from seeds/ and geo/sources/.
// `npm run data -- --boundaries=datav`: AMap/DataV county boundaries and the Henan prefecture layer instead of the
// open OpenStreetMap/geoBoundaries ones (NOT open data: for internal use only, never for a public site).
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildAll } from './build.ts';
import { GEO_FILES, boundaryArg } from './geo.ts';
import { loadSeeds } from './lib/seeds.ts';

const t0 = performance.now();
const boundaries = boundaryArg(process.argv.slice(2));
const files = buildAll(loadSeeds(), undefined, { boundaries });
for (const [path, text] of Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1))) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`${path}  ${text.length} chars`);
}
// a geo file this build does not make (e.g. the DataV prefecture layer after switching back) must not be served
for (const name of Object.values(GEO_FILES)) {
  const path = join('geo', name);
  if (!(path in files) && existsSync(path)) {
    rmSync(path);
    console.log(`${path}  removed (not part of this build)`);
  }
}
if (boundaries && boundaries !== 'osm') console.log(`boundaries: ${boundaries} (not open data: do not publish this build)`);
console.log(`data: ${Object.keys(files).length} files in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
