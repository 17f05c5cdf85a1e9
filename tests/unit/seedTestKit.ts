/** Helpers shared by the extractor tests (not a test file itself). */
import { expect } from 'vitest';
import { makeSeed, type SeedSet } from '../../pipeline/lib/seeds.ts';

/**
 * A copy of `seeds` with seed `name`'s text changed by `edit`. The edit must change something, else the test
 * fails: a mutation test whose edit no longer matches the seed would otherwise pass without testing anything.
 */
export function withEditedSeed(seeds: SeedSet, name: string, edit: (text: string) => string): SeedSet {
  const text = seeds.get(name)!.lines.join('\n');
  const changed = edit(text);
  expect(changed, `the edit changes ${name}`).not.toBe(text);
  const copy: SeedSet = new Map(seeds);
  copy.set(name, makeSeed(name, changed));
  return copy;
}

/** The reconciliation check named `id`; the test fails if the extraction made none. */
export function checkNamed<C extends { check: string }>(checks: readonly C[], id: string): C {
  const c = checks.find((x) => x.check === id);
  expect(c, id).toBeDefined();
  return c!;
}
