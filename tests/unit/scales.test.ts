import { describe, expect, it } from 'vitest';
import { colourScale, legendLabels, naturalBreaks, NO_DATA } from '../../src/lib/scales.ts';

describe('class breaks', () => {
  it('groups clustered values together (natural breaks)', () => {
    expect(naturalBreaks([10, 9, 20, 35, 60, 380, 500, 120], 3)).toEqual([60, 120, 500]);
    expect(naturalBreaks([1, 2, 3, 100, 101, 102], 2)).toEqual([3, 102]);
  });
  it('never makes more classes than distinct values', () => {
    expect(naturalBreaks([5, 5, 5], 5)).toEqual([5]);
    expect(naturalBreaks([], 5)).toEqual([]);
  });
  it('colours darker for larger values and grey for no data', () => {
    const s = colourScale([10, 35, 60, 120, 380, 500]);
    const lightness = (c: number[]) => c[0] + c[1] + c[2];
    expect(lightness(s.colourOf(500))).toBeLessThan(lightness(s.colourOf(10)));
    expect(s.colourOf(null)).toEqual(NO_DATA);
    expect(s.classOf(10)).toBe(0);
    expect(s.classOf(500)).toBe(s.breaks.length - 1);
  });
  it('labels classes as ranges', () => {
    expect(legendLabels([10, 60, 500], String)).toEqual(['≤ 10', '10 – 60', '60 – 500']);
  });
  it('labels whole-number classes without overlapping ends', () => {
    expect(legendLabels([0, 1, 2], String, true)).toEqual(['0', '1', '2']);
    expect(legendLabels([3, 10, 40], String, true)).toEqual(['≤ 3', '4 – 10', '11 – 40']);
    expect(colourScale([0, 1, 2, 2]).integer).toBe(true);
    expect(colourScale([0.5, 2]).integer).toBe(false);
  });
});

import { unitName } from '../../src/lib/i18n.ts';
describe('units in English', () => {
  it('names the printed units, drops measure words of plain counts, keeps unknown units as printed', () => {
    expect(unitName('en', '公里')).toBe('km');
    expect(unitName('en', '万吨')).toBe('10k t');
    expect(unitName('en', '个')).toBe('');
    expect(unitName('en', 'PFlops')).toBe('PFlops');
    expect(unitName('zh', '公里')).toBe('公里');
  });
});
