import { describe, expect, it } from 'vitest';
import { loadCommittedModel } from '../../pipeline/assets/vitePlugin.ts';
import { loadSeeds } from '../../pipeline/lib/seeds.ts';
import { buildDocTexts } from '../../pipeline/assets/docTexts.ts';
import { docTextPath, lineSegments, locateQuote, parseReaderParam, quotesAt, readerView, topDocAt } from '../../src/lib/docText.ts';
import { parseUrlState } from '../../src/lib/urlState.ts';
import { DEFAULTS } from '../../src/lib/state.ts';

const data = loadCommittedModel();
const seeds = loadSeeds();
const texts = buildDocTexts(seeds, data.docs);

/** the marked text of a cited line, as a reader would show it: the spans' text, lines joined */
function markedText(seed: string, line: number, quote: string): string | null {
  const top = topDocAt(data.docs, seed, line)!;
  const lines = texts.get(docTextPath(top))!.split('\n');
  const spans = locateQuote(lines, top.first_line, line, quote);
  return spans && spans.map((s) => lines[s.line - top.first_line].slice(s.start, s.end)).join('');
}

describe('document texts (build time)', () => {
  it('one text per top-level document, holding exactly its seed lines', () => {
    const top = data.docs.filter((d) => !d.parent);
    expect(texts.size).toBe(top.length);
    for (const d of top) {
      const lines = texts.get(docTextPath(d))!.split('\n');
      expect(lines.length).toBe(d.last_line - d.first_line + 1);
      expect(lines[0]).toBe(seeds.get(d.seed)!.line(d.first_line));
      expect(lines.at(-1)).toBe(seeds.get(d.seed)!.line(d.last_line));
    }
  });
});

describe('the reader marks the quote', () => {
  it('marks every cited quote of the data at its line, and the mark reads exactly as the quote', () => {
    const rows = [...data.indicators, ...data.places];
    expect(rows.length).toBeGreaterThan(1000);
    for (const r of rows) expect(markedText(r.seed, r.line, r.quote), `${r.seed}:${r.line}`).toBe(r.quote);
  });

  it('a quote running over a line break is marked on both lines', () => {
    const wrapped = data.indicators.find((r) => {
      const top = topDocAt(data.docs, r.seed, r.line)!;
      const lines = texts.get(docTextPath(top))!.split('\n');
      return (locateQuote(lines, top.first_line, r.line, r.quote) ?? []).length > 1;
    });
    expect(wrapped).toBeDefined();
  });

  it('never marks something else: a quote that is not at the line, or only far from it, is not found', () => {
    const r = data.indicators.find((x) => x.seed.startsWith('000') && x.line === 812)!;
    const top = topDocAt(data.docs, r.seed, r.line)!;
    const lines = texts.get(docTextPath(top))!.split('\n');
    expect(locateQuote(lines, top.first_line, r.line, `${r.quote}不在原文中`)).toBeNull();
    // the same quote, cited 40 lines away, is not looked for here
    expect(locateQuote(lines, top.first_line, r.line + 40, r.quote)).toBeNull();
    const v = readerView(texts.get(docTextPath(top))!, top.first_line, r.line, ['不在原文中的引文']);
    expect(v.marks.size).toBe(0);
    expect(v.notFound).toEqual(['不在原文中的引文']);
    const beyond = readerView('a\nb', 10, 15, ['a']);
    expect(beyond).toMatchObject({ lineMissing: true, notFound: ['a'] });
  });

  it('cuts a line at its marks', () => {
    expect(lineSegments('  abcdef', [{ line: 1, start: 3, end: 5 }])).toEqual([
      { text: '  a', mark: false }, { text: 'bc', mark: true }, { text: 'def', mark: false },
    ]);
  });

  it('a deep link to a line marks every quote citing it, longest first', () => {
    const qs = quotesAt(data, '002_f07e19463daa5e7b.txt', 1683);
    expect(qs.length).toBeGreaterThan(1);
    expect(qs[0].length).toBeGreaterThanOrEqual(qs[1].length);
  });
});

describe('the reader link', () => {
  it('parses a line inside a document and refuses the rest with a reason', () => {
    expect(parseReaderParam('000_e340f357b4b28fe7:812', data.docs)).toEqual({ ok: true, target: { seed: '000_e340f357b4b28fe7.txt', line: 812 } });
    expect(parseReaderParam('000_e340f357b4b28fe7', data.docs)).toMatchObject({ ok: false, reason: /expected/ });
    expect(parseReaderParam('999_nope:3', data.docs)).toMatchObject({ ok: false, reason: /unknown seed/ });
    expect(parseReaderParam('000_e340f357b4b28fe7:999999', data.docs)).toMatchObject({ ok: false, reason: /no document/ });
    expect(parseReaderParam('002_f07e19463daa5e7b:1', data.docs)).toMatchObject({ ok: false, reason: /no document/ });
  });

  it('is a URL parameter: valid, invalid (a notice) or missing', () => {
    const ctx = { indicators: new Set(['coal_total']), layers: [], selectable: new Set<string>(), docs: data.docs };
    expect(parseUrlState('reader=000_e340f357b4b28fe7:812', DEFAULTS, ctx).state.reader).toBe('000_e340f357b4b28fe7:812');
    const bad = parseUrlState('reader=000_e340f357b4b28fe7:0', DEFAULTS, ctx);
    expect(bad.state.reader).toBe('');
    expect(bad.notices).toEqual([{ param: 'reader', raw: '000_e340f357b4b28fe7:0', reason: 'line 0 is in no document' }]);
    expect(parseUrlState('', DEFAULTS, ctx).parsed.reader).toEqual({ status: 'missing' });
  });
});
