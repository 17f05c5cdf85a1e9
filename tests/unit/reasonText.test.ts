// Every reason a parser gives is shown in Chinese in the Chinese UI: generated from the parsers themselves.
import { describe, expect, it } from 'vitest';
import { reasonText } from '../../src/lib/reasonText.ts';
import { parseUrlState } from '../../src/lib/urlState.ts';
import { DEFAULTS } from '../../src/lib/state.ts';
import { decodeTour } from '../../src/lib/tour.ts';

const ctx = { indicators: new Set(['coal_total']), layers: ['labels'], selectable: new Set(['411002']), topics: new Set(['coal']), docIds: new Set(['D']), docs: [] };
// literal URL values a parameter takes (after 应为以下之一：) and format names are not English sentences
const hasLatinSentence = (s: string) => /[A-Za-z]{3,}/.test(s.replace(/应为以下之一：.*$/, '').replace(/base64url|UTF-8|JSON/g, ''));

describe('reasons in Chinese', () => {
  it('every reason the URL parser gives for a bad parameter reads in Chinese', () => {
    const q = 'indicator=x&year=19&layers=x~y&area=q&view=1,2&lang=fr&mode=m&basemap=b&symbol=x&change=1&measure=m&panel=p&topic=t&doc=z&reader=a';
    const { notices } = parseUrlState(q, DEFAULTS, ctx);
    expect(notices.length).toBeGreaterThan(12);
    for (const n of notices) expect(hasLatinSentence(reasonText('zh', n.reason)), `${n.param}: ${n.reason} → ${reasonText('zh', n.reason)}`).toBe(false);
    const views = ['1,2,3', 'a,b,c', '200,34,9'].map((v) => parseUrlState(`view=${v}`, DEFAULTS, ctx).notices[0].reason);
    for (const r of views) expect(hasLatinSentence(reasonText('zh', r)), r).toBe(false);
  });
  it('a tour\'s problems, nested reasons included, read in Chinese', () => {
    const enc = (j: unknown) => Buffer.from(JSON.stringify(j)).toString('base64url');
    const problems = [...decodeTour('%%').problems, ...decodeTour(enc({})).problems, ...decodeTour(enc([{ x: 1 }, { q: 'year=2020', zh: 5 }])).problems];
    for (const p of problems) expect(hasLatinSentence(reasonText('zh', p)), p).toBe(false);
    expect(reasonText('zh', 'slide 2 left out: year 1999 (outside 2019–2025) · layers x (unknown layer x)')).toBe('第 2 张已略去：年份 1999（超出 2019–2025）；图层 x（未知图层 x）');
  });
  it('English is shown as given', () => {
    expect(reasonText('en', 'unknown indicator')).toBe('unknown indicator');
  });
});
