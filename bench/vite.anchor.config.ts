// Builds bench/anchor.html (the MapLibre-only anchor page for `npm run bench`) with the county GeoJSON next to it.
// Usage: npx vite build --config bench/vite.anchor.config.ts --outDir <dir>
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { boundsOf } from '../src/lib/bounds.ts';

const here = dirname(fileURLToPath(import.meta.url));
const COUNTIES = resolve(here, '../geo/xuchang_counties.geojson');

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
  define: { __COUNTY_BOUNDS__: JSON.stringify(boundsOf(JSON.parse(readFileSync(COUNTIES, 'utf8')))) },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    emptyOutDir: true,
    rollupOptions: { input: resolve(here, 'anchor.html') },
  },
});
