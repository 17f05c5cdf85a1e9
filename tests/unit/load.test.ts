import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../src/lib/load.ts';

const ROOT = resolve(__dirname, '../..');
/** a fetch that serves the repo's data/ and geo/ files below `prefix`, with `override` taking precedence */
function fakeFetch(prefix: string, override: Record<string, Response | Error> = {}, seen: string[] = []): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const url = String(input);
    seen.push(url);
    if (!url.startsWith(prefix)) return new Response('not here', { status: 404, statusText: 'Not Found' });
    const file = url.slice(prefix.length);
    const o = override[file];
    if (o instanceof Error) throw o;
    if (o) return o;
    return new Response(readFileSync(resolve(ROOT, file)));
  }) as typeof fetch;
}

describe('loadAtlas', () => {
  it('reads every file relative to the page it is given (any sub-path) and builds the model', async () => {
    const seen: string[] = [];
    const l = await loadAtlas('https://example.org/atlas/', fakeFetch('https://example.org/atlas/', {}, seen));
    expect(seen.every((u) => u.startsWith('https://example.org/atlas/'))).toBe(true);
    expect(seen).toContain('https://example.org/atlas/data/indicators.csv');
    expect(l.data.indicators.length).toBeGreaterThan(0);
    expect(l.data.problems).toEqual([]);
    expect(l.counties.features).toHaveLength(6);
    expect(l.credits.length).toBeGreaterThan(0);
  });

  it('names the file and the reason when a file is missing, cannot be fetched or is not JSON', async () => {
    const base = 'https://example.org/';
    await expect(loadAtlas(base, fakeFetch(base, { 'data/places.csv': new Response('gone', { status: 404, statusText: 'Not Found' }) })))
      .rejects.toThrow('data/places.csv: server answered 404 Not Found');
    await expect(loadAtlas(base, fakeFetch(base, { 'data/indicators.csv': new TypeError('Failed to fetch') })))
      .rejects.toThrow('data/indicators.csv: could not be fetched (Failed to fetch)');
    await expect(loadAtlas(base, fakeFetch(base, { 'geo/attribution.json': new Response('<html>') })))
      .rejects.toThrow(/^geo\/attribution\.json: is not valid JSON/);
  });

  it('keeps the good rows of a broken file and reports the broken ones by file and line', async () => {
    const base = 'https://example.org/';
    const csv = readFileSync(resolve(ROOT, 'data/indicators.csv'), 'utf8');
    const header = csv.split('\n')[0].split(',');
    const bad = header.map((c) => (c === 'value' ? 'lots' : c === 'indicator' ? 'coal_total' : c === 'area_code' ? '411002' : c === 'year' ? '2020' : c === 'kind' ? 'target' : '')).join(',');
    const l = await loadAtlas(base, fakeFetch(base, { 'data/indicators.csv': new Response(`${csv.trimEnd()}\n${bad}\n`) }));
    const lines = csv.trimEnd().split('\n').length;
    expect(l.data.problems).toEqual([{ file: 'data/indicators.csv', line: lines + 1, reason: 'value "lots" is not an ASCII decimal' }]);
    expect(l.data.indicators.length).toBe(lines - 1);
  });
});
