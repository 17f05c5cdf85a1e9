import { describe, expect, it } from 'vitest';
import { decimalSum, normaliseNumber, numbersIn, parseChineseNumeral, quoteContainsValue, toAsciiDigits } from '../../pipeline/lib/numbers.ts';

describe('number normaliser', () => {
  it('turns full-width digits and the full-width point into ASCII', () => {
    expect(toAsciiDigits('１２３．５万吨')).toBe('123.5万吨');
    expect(normaliseNumber('１２３．５')).toBe('123.5');
  });
  it('drops thousands commas and leading zeros', () => {
    expect(normaliseNumber('1,154')).toBe('1154');
    expect(normaliseNumber('010')).toBe('10');
  });
  it('parses Chinese numerals including 两 and magnitudes', () => {
    expect(parseChineseNumeral('九')).toBe(9);
    expect(parseChineseNumeral('十二')).toBe(12);
    expect(parseChineseNumeral('二十')).toBe(20);
    expect(parseChineseNumeral('两千')).toBe(2000);
    expect(parseChineseNumeral('三百五十')).toBe(350);
    expect(parseChineseNumeral('一万二千')).toBe(12000);
    expect(parseChineseNumeral('千')).toBe(1000);
    expect(parseChineseNumeral('千亿')).toBe(1e11);
    expect(parseChineseNumeral('abc')).toBeNull();
    expect(parseChineseNumeral('二〇二三')).toBe(2023);
    expect(parseChineseNumeral('一〇')).toBe(10);
  });
  it('finds every number a reader sees in a quote', () => {
    expect(numbersIn('到 2020 年，全市煤炭消费总量控制在 1154 万吨以内')).toEqual(expect.arrayContaining(['2020', '1154']));
    expect(numbersIn('打造千亿级产业集群')).toEqual(expect.arrayContaining(['1000']));
    expect(quoteContainsValue('新建消防站 9 个', '9')).toBe(true);
    expect(quoteContainsValue('新建消防站九个', '9')).toBe(true);
    expect(quoteContainsValue('新建消防站 9 个', '19')).toBe(false);
    expect(quoteContainsValue('禹州市 558 234.1 323.9', '234.1')).toBe(true);
  });
});

describe('decimalSum', () => {
  it('adds decimals exactly, canonical or at the largest printed precision', () => {
    expect(decimalSum(['0.1', '0.2'])).toBe('0.3');
    expect(decimalSum(['62.15', '0', '28.9', '26.16'])).toBe('117.21');
    expect(decimalSum(['1.25', '2.05'])).toBe('3.3');
    expect(decimalSum(['1.25', '2.05'], { fixed: true })).toBe('3.30');
    expect(decimalSum(['380', '-283.18'], { fixed: true })).toBe('96.82');
    expect(decimalSum([])).toBe('0');
  });
});
