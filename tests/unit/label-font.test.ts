import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AREAS } from '../../src/schema/areas.ts';
import { labelCharacters } from '../../scripts/label-chars.ts';

// src/lib/labelFont.ts needs the DOM and Vite's ?raw import, so these tests read the committed files directly.
const CHARS = fileURLToPath(new URL('../../public/fonts/atlas-labels.chars.txt', import.meta.url));
const WOFF2 = fileURLToPath(new URL('../../public/fonts/atlas-labels.woff2', import.meta.url));
const LICENSE = fileURLToPath(new URL('../../public/fonts/LICENSE-NotoSansCJK.txt', import.meta.url));
const STALE = 'public/fonts/atlas-labels.* is stale: run scripts/subset-font.sh';

const committed = (): string => readFileSync(CHARS, 'utf8');

describe('label font subset (public/fonts/atlas-labels.woff2)', () => {
  it('has a character list equal to what scripts/label-chars.ts produces now', () => {
    expect(existsSync(CHARS), `${CHARS} missing: run scripts/subset-font.sh`).toBe(true);
    const want = labelCharacters();
    const have = committed();
    const haveSet = new Set(have.replace(/\n$/, ''));
    const wantSet = new Set(want);
    const missing = [...wantSet].filter((c) => !haveSet.has(c)).join('');
    const extra = [...haveSet].filter((c) => !wantSet.has(c)).join('');
    expect(have, `${STALE} (missing: "${missing}", no longer used: "${extra}")`).toBe(want + '\n');
  });

  it('is a woff2 file under 120 KB', () => {
    expect(existsSync(WOFF2), `${WOFF2} missing: run scripts/subset-font.sh`).toBe(true);
    const bytes = readFileSync(WOFF2);
    expect(bytes.subarray(0, 4).toString('latin1'), 'woff2 signature').toBe('wOF2');
    expect(statSync(WOFF2).size).toBeLessThan(120 * 1024);
  });

  it('ships the OFL licence', () => {
    expect(readFileSync(LICENSE, 'utf8')).toContain('SIL OPEN FONT LICENSE Version 1.1');
  });

  it('covers every character of every area name', () => {
    const have = new Set(committed());
    for (const a of AREAS) {
      const missing = [...a.name_zh].filter((c) => !have.has(c));
      expect(missing, `${a.code} ${a.name_zh}: ${STALE}`).toEqual([]);
    }
  });

  it('is sorted by code point, without duplicates, one line', () => {
    const s = committed();
    expect(s.endsWith('\n') && !s.slice(0, -1).includes('\n')).toBe(true);
    const cps = [...s.slice(0, -1)].map((c) => c.codePointAt(0)!);
    for (let i = 1; i < cps.length; i++) expect(cps[i]).toBeGreaterThan(cps[i - 1]);
  });
});
