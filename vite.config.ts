import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import postcss from 'postcss';
import { boundsOf } from './src/lib/bounds.ts';
import { DATA_FILES } from './src/schema/index.ts';
import { buildModel } from './src/lib/parseModel.ts';
import { firstViewOf, type FirstView } from './src/lib/firstView.ts';
import { DEFAULTS } from './src/lib/state.ts';
import { atlasAssets } from './pipeline/assets/vitePlugin.ts';

/**
 * The app fetches `data/*.csv` and `geo/*` at run time (relative URLs, so dist/ works from any sub-path).
 * Those folders are the pipeline's committed output; this plugin serves them in dev and copies them into
 * dist/ at build, so they are not duplicated under public/.
 */
const SERVED_DIRS = ['data', 'geo'];
// .txt: the licence notices served beside the boundary files (geo/*.NOTICE.txt)
const SERVED_EXT = new Set(['.csv', '.geojson', '.json', '.txt']);
const TYPES: Record<string, string> = {
  '.csv': 'text/csv; charset=utf-8', '.geojson': 'application/geo+json', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8',
};

const DOWNLOAD_TYPES: Record<string, string> = { '.gpkg': 'application/geopackage+sqlite3', '.zip': 'application/zip' };

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

function boundaryCredit(): { en: string; zh: string } {
  const credits = JSON.parse(readFileSync('geo/attribution.json', 'utf8')) as { files: string[]; attribution: string; attribution_zh: string }[];
  const c = credits.find((x) => x.files.includes('xuchang_counties.geojson'));
  if (!c) throw new Error('geo/attribution.json credits no source for xuchang_counties.geojson: run npm run data');
  return { en: c.attribution, zh: c.attribution_zh };
}

function atlasData(): Plugin {
  return {
    name: 'atlas-data',
    configureServer(server) {
      // the downloads are built on the first request in dev (they take a few seconds), at build time in dist/
      let downloads: Promise<Record<string, string | Uint8Array>> | undefined;
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0]).replace(/^\/+/, '');
        if (path.startsWith('downloads/')) {
          downloads ??= import('./pipeline/downloads/build.ts').then((m) => m.buildDownloads('.'));
          downloads.then((files) => {
            const body = files[path.slice('downloads/'.length)];
            if (body === undefined) return next();
            res.setHeader('Content-Type', DOWNLOAD_TYPES[extname(path)] ?? TYPES[extname(path)] ?? 'application/octet-stream');
            res.end(body);
          }, next);
          return;
        }
        if (!servedFiles().includes(path)) return next();
        res.setHeader('Content-Type', TYPES[extname(path)]);
        res.end(readFileSync(path));
      });
    },
    async generateBundle() {
      for (const p of servedFiles()) this.emitFile({ type: 'asset', fileName: p, source: readFileSync(p) });
      // dist/downloads/: GeoPackage, Shapefile, GeoJSON, CSV + WKT, datapackage.json (loaded only when building)
      const { buildDownloads } = await import('./pipeline/downloads/build.ts');
      for (const [name, source] of Object.entries(await buildDownloads('.'))) {
        this.emitFile({ type: 'asset', fileName: `downloads/${name}`, source });
      }
    },
  };
}

/**
 * Content-Security-Policy of the static build: no inline script, nothing from another origin except the
 * optional OpenStreetMap tiles, which the app locks out again at start-up unless the user switched them on
 * (src/lib/csp.ts adds a stricter policy; switching on reloads the page). Not applied to the dev server,
 * whose hot reload needs inline and websocket access.
 */
export const OSM_TILE_ORIGIN = 'https://tile.openstreetmap.org';
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  // Svelte sets style attributes (positions, colours)
  "style-src 'self' 'unsafe-inline'",
  `img-src 'self' data: blob: ${OSM_TILE_ORIGIN}`,
  `connect-src 'self' ${OSM_TILE_ORIGIN}`,
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'atlas-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}

/**
 * The default state's first view (src/lib/firstView.ts), from the data and boundaries being built: the SVG map
 * paints it at once, before the data files have arrived. Computed by the app's own functions.
 */
function firstView(): FirstView {
  const texts = Object.fromEntries(Object.values(DATA_FILES).map((f) => [f, readFileSync(f, 'utf8')]));
  return firstViewOf(buildModel(texts), JSON.parse(readFileSync('geo/xuchang_counties.geojson', 'utf8')), DEFAULTS);
}

/**
 * index.html runs src/boot.ts, a tiny script that starts the data and MapLibre's chunk, then imports main.ts (the UI).
 * Without a hint the browser would discover main.ts only when boot.ts runs: these links fetch it, its imports
 * and its stylesheet alongside boot.ts.
 */
function preloadMain(): Plugin {
  return {
    name: 'atlas-preload-main',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
        const main = chunks.find((c) => c.facadeModuleId?.endsWith('/src/main.ts'));
        if (!main) throw new Error('preloadMain: no chunk for src/main.ts');
        const js = new Set<string>();
        const visit = (name: string) => {
          if (js.has(name)) return;
          js.add(name);
          const c = chunks.find((x) => x.fileName === name);
          if (c) for (const i of c.imports) visit(i);
        };
        visit(main.fileName);
        // (the entry itself is already loading)
        for (const c of chunks) if (c.isEntry) js.delete(c.fileName);
        const css = [...js].flatMap((name) => [...(chunks.find((x) => x.fileName === name)?.viteMetadata?.importedCss ?? [])]);
        return [
          ...[...js].map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${f}` }, injectTo: 'head' as const })),
          ...css.map((f) => ({ tag: 'link', attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `./${f}` }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}

/**
 * MapLibre's stylesheet without the rules of what the app never shows: the controls it does not add
 * (geolocate, fullscreen, terrain, globe, scale, logo), popups, markers and cooperative-gesture messages.
 * Their icons are inline SVGs: 10 of the sheet's 12 KB gzip, in the first load. Kept: the map, canvas, the
 * navigation and attribution controls, box zoom. A control added later must be taken off this list.
 */
const UNUSED_MAPLIBRE_CSS = /maplibregl-(ctrl-geolocate|user-location|popup|marker|ctrl-fullscreen|ctrl-shrink|pseudo-fullscreen|ctrl-terrain|ctrl-globe|ctrl-logo|ctrl-scale|cooperative-gesture|desktop-message|mobile-message)/;
export function trimMaplibreStylesheet(css: string): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    const kept = rule.selectors.filter((sel) => !UNUSED_MAPLIBRE_CSS.test(sel));
    if (!kept.length) rule.remove();
    else rule.selectors = kept;
  });
  root.walkAtRules((at) => { if (at.nodes?.length === 0) at.remove(); });
  return root.toString();
}
function trimMaplibreCss(): Plugin {
  return {
    name: 'atlas-trim-maplibre-css',
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0].endsWith('maplibre-gl/dist/maplibre-gl.css')) return null;
      return { code: trimMaplibreStylesheet(code), map: null };
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [svelte(), atlasData(), atlasAssets(), contentSecurityPolicy(), preloadMain(), trimMaplibreCss()],
  // src/lib/bounds.ts: the map's first view, known at build time
  define: {
    __COUNTY_BOUNDS__: JSON.stringify(boundsOf(JSON.parse(readFileSync('geo/xuchang_counties.geojson', 'utf8')))),
    // src/lib/firstViewNow.ts: the counties (13 KB) and the default view's paint and labels, for the first paint
    __COUNTIES__: readFileSync('geo/xuchang_counties.geojson', 'utf8'),
    __FIRST_VIEW__: JSON.stringify(firstView()),
    // only the internal DataV build (npm run data -- --boundaries=datav) has a prefecture context layer
    __GEO_PREFECTURES__: JSON.stringify(existsSync('geo/henan_prefectures.geojson')),
    // the credit of whichever boundaries were built, for the exported PNG
    __BOUNDARY_CREDIT__: JSON.stringify(boundaryCredit()),
  },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
