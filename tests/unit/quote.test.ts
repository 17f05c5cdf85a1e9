import { describe, expect, it } from 'vitest';
import { makeSeed } from '../../pipeline/lib/seeds.ts';
import { cite, flatten, joinLines, matchAll, matchOnce, quoteIsAtLine } from '../../pipeline/lib/quote.ts';

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

describe('flatten', () => {
  // lines 2..6: '', '到 2020 年，全市煤炭消费总量控', '', '制在 1154 万吨以内。 ', ''
  const flat = flatten(seed, 2, 6);
  it('trims every line and drops the line breaks, like joinLines', () => {
    expect(flat.text).toBe('到 2020 年，全市煤炭消费总量控制在 1154 万吨以内。');
    expect(flat.text).toBe(joinLines(seed, 2, 6));
    expect([flat.from, flat.to]).toEqual([2, 6]);
  });
  it('maps every offset to the line holding that character, never to a blank line', () => {
    const wrap = flat.text.indexOf('控制');
    expect(flat.lineAt(0)).toBe(3);
    expect(flat.lineAt(wrap)).toBe(3);
    expect(flat.lineAt(wrap + 1)).toBe(5);
    expect(flat.lineAt(flat.text.length - 1)).toBe(5);
  });
  it('throws for an offset outside the text', () => {
    expect(() => flat.lineAt(-1)).toThrow(/offset -1 outside lines 2..6/);
    expect(() => flat.lineAt(flat.text.length)).toThrow(/outside lines 2..6/);
  });
  it('gives the offset where a line starts (a blank line: where the next text starts)', () => {
    expect(flat.offsetOf(3)).toBe(0);
    expect(flat.offsetOf(4)).toBe(flat.text.indexOf('制在'));
    expect(flat.offsetOf(5)).toBe(flat.text.indexOf('制在'));
    expect(flat.offsetOf(6)).toBe(flat.text.length);
    expect(() => flat.offsetOf(7)).toThrow(/line 7 outside 2..6/);
  });
  it('finds values by regex across the hard wrap, with their line', () => {
    const m = matchOnce(flat.text, /总量控制在\s*(?<v>\d+)/, 'coal cap');
    expect(m.groups!.v).toBe('1154');
    expect(flat.lineAt(m.index)).toBe(3);
    expect(flat.lineAt(m.indices.groups!.v[0])).toBe(5);
  });
});

describe('matchOnce / matchAll', () => {
  it('matchAll adds the g and d flags and keeps the others', () => {
    const all = matchAll('A1 a2 A3', /a(?<n>\d)/i);
    expect(all.map((m) => m.groups!.n)).toEqual(['1', '2', '3']);
    expect(all.map((m) => m.indices.groups!.n)).toEqual([[1, 2], [4, 5], [7, 8]]);
  });
  it('matchOnce throws unless there is exactly one match', () => {
    expect(matchOnce('x 12 y', /\d+/, 'n')[0]).toBe('12');
    expect(() => matchOnce('x y', /\d+/, 'seed: n')).toThrow('seed: n: expected exactly one match of /\\d+/, found 0');
    expect(() => matchOnce('1 2', /\d+/, 'n')).toThrow(/found 2/);
  });
});
