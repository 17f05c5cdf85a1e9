import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAll } from '../../pipeline/build.ts';
import { loadSeeds } from '../../pipeline/lib/seeds.ts';

describe('npm run data', () => {
  const seeds = loadSeeds();
  const first = buildAll(seeds);

  it('reproduces every committed data/ and geo/ file byte for byte', () => {
    for (const [path, text] of Object.entries(first)) {
      expect(readFileSync(path, 'utf8'), `${path} is stale: run npm run data`).toBe(text);
    }
  });
  // (a whole pipeline run: seconds on a loaded machine, so not vitest's 5 s default; this checks output, not time)
  it('gives identical output when run twice', () => {
    expect(buildAll(seeds)).toEqual(first);
  }, 120_000);
  it('covers the four mission layers', () => {
    const ind = first['data/indicators.csv'];
    for (const id of ['coal_total', 'fire_new_stations_total', 'tourism_road_branch_km']) expect(ind).toContain(`\n${id},`);
    const places = first['data/places.csv'];
    for (const cat of ['coal_enterprise', 'fire_station', 'tourism_road', 'wetland_park']) expect(places).toContain(`,${cat},`);
    expect(first['data/documents.csv'].split('\n').length - 2).toBeGreaterThan(50);
  });
});
