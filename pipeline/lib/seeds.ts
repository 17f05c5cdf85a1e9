import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A seed text split into lines. `line(n)` is 1-based, like `grep -n` and `sed -n`. */
export interface Seed {
  name: string;
  lines: string[];
  line(n: number): string;
}

export function makeSeed(name: string, text: string): Seed {
  const lines = text.split('\n');
  return {
    name,
    lines,
    line(n: number) {
      if (n < 1 || n > lines.length) throw new Error(`${name}: line ${n} out of range 1..${lines.length}`);
      return lines[n - 1];
    },
  };
}

export type SeedSet = Map<string, Seed>;

export function loadSeeds(dir = join(process.cwd(), 'seeds')): SeedSet {
  const set: SeedSet = new Map();
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    set.set(f, makeSeed(f, readFileSync(join(dir, f), 'utf8')));
  }
  return set;
}

/** Find the first line (1-based) at or after `from` whose text matches `re`; throws if none (a seed changed). */
export function findLine(seed: Seed, re: RegExp | string, from = 1, to = seed.lines.length): number {
  for (let n = Math.max(1, from); n <= Math.min(to, seed.lines.length); n++) {
    const l = seed.lines[n - 1];
    if (typeof re === 'string' ? l.includes(re) : re.test(l)) return n;
  }
  throw new Error(`${seed.name}: no line matching ${String(re)} in ${from}..${to}`);
}
