// The one-way flow: the app (src/) imports nothing from pipeline/; the data contract lives in src/schema/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|svelte)$/.test(f) ? [p] : [];
  });
}
const importsOf = (path: string) => [...readFileSync(path, 'utf8').matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2]);

describe('module boundaries', () => {
  it('no file under src/ imports from pipeline/', () => {
    const offenders = files('src').flatMap((f) => importsOf(f).filter((i) => /(^|\/)pipeline\//.test(i)).map((i) => `${f}: ${i}`));
    expect(offenders).toEqual([]);
  });
  it('src/schema/ imports only itself and papaparse (it is shared by node and the browser)', () => {
    const offenders = files('src/schema').flatMap((f) => importsOf(f).filter((i) => !i.startsWith('./') && i !== 'papaparse').map((i) => `${f}: ${i}`));
    expect(offenders).toEqual([]);
  });
});
