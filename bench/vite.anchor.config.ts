// Builds bench/anchor.html (the MapLibre-only anchor page for `npm run bench`) with the county GeoJSON next to it.
// Usage: npx vite build --config bench/vite.anchor.config.ts --outDir <dir>
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const COUNTIES = resolve(here, '../geo/xuchang_counties.geojson');

function bbox(geojson: { features: { geometry: { coordinates: unknown } }[] }): [[number, number], [number, number]] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      const [x, y] = c as number[];
      w = Math.min(w, x); e = Math.max(e, x); s = Math.min(s, y); n = Math.max(n, y);
    } else c.forEach(walk);
  };
  for (const f of geojson.features) walk(f.geometry?.coordinates);
  return [[w, s], [e, n]];
}

function countiesAsset(): Plugin {
  return {
    name: 'bench-anchor-counties',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'geo/xuchang_counties.geojson', source: readFileSync(COUNTIES) });
    },
  };
}

export default defineConfig({
  root: here,
  base: './',
  publicDir: false,
  plugins: [countiesAsset()],
  define: { __COUNTY_BOUNDS__: JSON.stringify(bbox(JSON.parse(readFileSync(COUNTIES, 'utf8')))) },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    emptyOutDir: true,
    rollupOptions: { input: resolve(here, 'anchor.html') },
  },
});
