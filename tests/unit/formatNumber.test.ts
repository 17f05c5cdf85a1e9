import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/lib/i18n.ts';

// formatNumber writes numbers without Intl (its first use costs the first map ~20 ms): it must write what Intl writes
const intl = (lang: 'zh' | 'en', x: number) => new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 2 }).format(x);

describe('formatNumber', () => {
  it('groups thousands and keeps at most two decimals', () => {
    expect(formatNumber('zh', 1154)).toBe('1,154');
    expect(formatNumber('en', 1234567.891)).toBe('1,234,567.89');
    expect(formatNumber('en', 3.5)).toBe('3.5');
    expect(formatNumber('zh', 0.1 + 0.2)).toBe('0.3');
    expect(formatNumber('zh', -2500)).toBe('-2,500');
  });

  it('writes what Intl.NumberFormat writes, in both languages', () => {
    // halves at the second decimal, values near them, negatives, zeros, large and tiny numbers, integers
    const xs = [0, -0, 1, 10, 100, 999, 1000, 9999.995, 12345.678, 1e6, 123456789.125, 1e20, 1e21, 2e22, -1e21,
      0.005, 0.015, 0.025, 0.125, 0.285, 1.005, 1.255, 2.675, 8.345, -0.005, -0.001, -1.005, -1234.565, 0.0049999,
      1e-7, -1e-7, 4.35, 1.45, 0.995, 99.995, 999.999, NaN, Infinity, -Infinity];
    // and 4000 pseudo-random values of every size with 0–5 decimals (a fixed sequence: the test is repeatable)
    let seed = 12345;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 4000; i++) {
      const digits = Math.floor(next() * 6);
      const x = Math.round((next() - 0.3) * 10 ** Math.floor(next() * 9) * 10 ** digits) / 10 ** digits;
      xs.push(x);
    }
    const wrong = xs.flatMap((x) => (['zh', 'en'] as const).filter((l) => formatNumber(l, x) !== intl(l, x)).map((l) => `${l} ${x}: ${formatNumber(l, x)} ≠ ${intl(l, x)}`));
    expect(wrong).toEqual([]);
  });
});
