import { describe, expect, it } from 'vitest';
import { makeSeed } from '../../pipeline/lib/seeds.ts';
import { cite, quoteIsAtLine } from '../../pipeline/lib/quote.ts';

const seed = makeSeed('t.txt', ['标题 ', '', '到 2020 年，全市煤炭消费总量控', '', '制在 1154 万吨以内。 ', '', '无关的一行'].join('\n'));

describe('quote matching', () => {
  it('matches a quote on its line', () => {
    expect(quoteIsAtLine(seed, 3, '到 2020 年')).toBe(true);
  });
  it('matches a quote across a hard wrap and blank lines, at either line it covers', () => {
    expect(quoteIsAtLine(seed, 5, '煤炭消费总量控制在 1154 万吨以内')).toBe(true);
    expect(quoteIsAtLine(seed, 3, '煤炭消费总量控制在 1154 万吨以内')).toBe(true);
  });
  it('rejects a quote that is in the window but not on the cited line', () => {
    expect(quoteIsAtLine(seed, 7, '1154 万吨')).toBe(false);
    expect(quoteIsAtLine(seed, 4, '1154 万吨')).toBe(false);
  });
  it('rejects altered text and out-of-range lines', () => {
    expect(quoteIsAtLine(seed, 5, '1155 万吨')).toBe(false);
    expect(quoteIsAtLine(seed, 99, '1154')).toBe(false);
    expect(() => cite(seed, 5, '1,154 万吨')).toThrow(/t.txt:5/);
  });
});
