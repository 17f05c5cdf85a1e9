/**
 * The build-time assets that are derived, not committed: the search index and the documents' texts. Built
 * from data/ and seeds/ when first asked for; served by the dev server and written into dist/ by the build.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { buildModel } from '../../src/lib/parseModel.ts';
import { DATA_FILES } from '../../src/lib/model.ts';
import { SEARCH_INDEX_FILE } from '../../src/lib/searchIndex.ts';
import { loadSeeds } from '../lib/seeds.ts';
import { buildSearchIndex } from './searchIndex.ts';
import { buildDocTexts } from './docTexts.ts';

/** The app's model of the committed data/ files, as the app builds it. */
export function loadCommittedModel() {
  return buildModel(Object.fromEntries(Object.values(DATA_FILES).map((p) => [p, readFileSync(p, 'utf8')])));
}

export function buildAssets(): Map<string, string> {
  const data = loadCommittedModel();
  if (data.problems.length) throw new Error(`data/ has broken rows: ${data.problems.slice(0, 3).map((p) => `${p.file}:${p.line}: ${p.reason}`).join('; ')}`);
  const out = buildDocTexts(loadSeeds(), data.docs);
  out.set(SEARCH_INDEX_FILE, JSON.stringify(buildSearchIndex(data)));
  return out;
}

const TYPES: Record<string, string> = { json: 'application/json', txt: 'text/plain; charset=utf-8' };

export function atlasAssets(): Plugin {
  let assets: Map<string, string> | null = null;
  const get = () => (assets ??= buildAssets());
  return {
    name: 'atlas-derived-assets',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0]).replace(/^\/+/, '');
        const body = get().get(path);
        if (body === undefined) return next();
        res.setHeader('Content-Type', TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream');
        res.end(body);
      });
    },
    generateBundle() {
      for (const [fileName, source] of get()) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
