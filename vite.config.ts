import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/**
 * The app fetches `data/*.csv` and `geo/*` at run time (relative URLs, so dist/ works from any sub-path).
 * Those folders are the pipeline's committed output; this plugin serves them in dev and copies them into
 * dist/ at build, so they are not duplicated under public/.
 */
const SERVED_DIRS = ['data', 'geo'];
const SERVED_EXT = new Set(['.csv', '.geojson', '.json']);
const TYPES: Record<string, string> = { '.csv': 'text/csv; charset=utf-8', '.geojson': 'application/geo+json', '.json': 'application/json' };

function servedFiles(): string[] {
  const out: string[] = [];
  for (const dir of SERVED_DIRS) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      const p = join(dir, f);
      if (statSync(p).isFile() && SERVED_EXT.has(extname(f))) out.push(p);
    }
  }
  return out;
}

function atlasData(): Plugin {
  return {
    name: 'atlas-data',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0]).replace(/^\/+/, '');
        if (!servedFiles().includes(path)) return next();
        res.setHeader('Content-Type', TYPES[extname(path)]);
        res.end(readFileSync(path));
      });
    },
    generateBundle() {
      for (const p of servedFiles()) this.emitFile({ type: 'asset', fileName: p, source: readFileSync(p) });
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [svelte(), atlasData()],
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
