// Every finding the row validator and the loader give reads in Chinese in the Chinese UI: generated from the
// validator itself, on rows broken in every way it checks.
import { describe, expect, it } from 'vitest';
import {
  CHECK_COLUMNS, DEF_COLUMNS, DOCUMENT_COLUMNS, INDICATOR_COLUMNS, PLACE_COLUMNS, readTables, validateTables, type Problem,
} from '../../src/schema/index.ts';
import { problemText } from '../../src/lib/problemText.ts';
import { DataLoadError } from '../../src/lib/fetchData.ts';
import { CHECK, DEF, DOC, F, IND, PLACE, csv } from './dataFixtures.ts';

/** the validator's findings for rows broken in each way it checks */
function findings(): string[] {
  const texts = {
    [F.documents]: csv(DOCUMENT_COLUMNS, [DOC, DOC, { ...DOC, doc: 'N2', first_line: '9', last_line: '3', issued: '5.1.2023', parent: 'N9' }]),
    [F.defs]: csv(DEF_COLUMNS, [DEF, DEF, { ...DEF, id: 'Bad-Id', topic: 'weather', name_en: '', unit: 'furlong', binding: 'maybe' }]),
    [F.indicators]: csv(INDICATOR_COLUMNS, [
      IND, IND,
      { ...IND, indicator: 'nope', area_code: '999999', value: '1,000', year: 'soon', unit: '台', kind: 'hope', doc: 'N9', place_id: 'p9' },
      { ...IND, area: '禹州市', line: 'ten', qualifier: 'odd', year_basis: 'guess', printed: '四十' },
      { ...IND, line: '500' },
    ]),
    [F.places]: csv(PLACE_COLUMNS, [
      PLACE, PLACE,
      { ...PLACE, place_id: 'p2', category: 'castle', location_precision: 'exact', lon: '1', lat: '2', year: '20x5', status: 'dreamt', in_service: 'later' },
      { ...PLACE, place_id: 'p3', location_precision: 'roughly', lon: '113.8', lat: '34' },
    ]),
    [F.checks]: csv(CHECK_COLUMNS, [{ ...CHECK, check: '', doc: 'N9', line: 'x', indicators: 'beds nope' }]),
  };
  const problems: Problem[] = [];
  validateTables(readTables(texts, problems), problems);
  // the reader's own: a file missing, a column missing, a row cut short, a quote left open
  readTables({ ...texts, [F.checks]: undefined, [F.places]: 'place_id,name\np,q\n', [F.defs]: `${csv(DEF_COLUMNS, [DEF])}beds,health\n"open,x\n` }, problems);
  return [...new Set(problems.map((p) => p.message))];
}

// what may stay in Latin letters: values quoted from the data, file and column names (a missing column's list),
// the validator's vocabulary lists
const latinLeft = (zh: string) => zh
  .replace(/"[^"]*"/g, '').replace(/（可用：[^）]*）/g, '').replace(/[\w./-]+\.(csv|json|geojson|ts|txt)\b/g, '').replace(/缺少列：.*$/, '').replace(/src\/schema\//g, '')
  .replace(/（[a-z_]+）/g, '').replace(/\b(ASCII|CSV|JSON|printed|YYYY-MM-DD|none|name_zh|name_en)\b/g, '');

describe('findings in Chinese', () => {
  const all = findings();
  it('the broken fixtures reach (nearly) every rule the validator has', () => {
    expect(all.length).toBeGreaterThan(30);
  });
  it.each(all)('%s', (m) => {
    const zh = problemText('zh', m);
    expect(zh, `no rule for: ${m}`).not.toBe(m);
    expect(latinLeft(zh), zh).not.toMatch(/[A-Za-z]{3,}/);
  });
  it('a file\'s finding keeps the file; the loader\'s read in Chinese too', () => {
    expect(problemText('zh', 'data/places.csv: missing column(s): name, area')).toBe('data/places.csv：缺少列：name, area');
    expect(problemText('zh', new DataLoadError('data/indicators.csv', 'server answered 404 Not Found').message)).toBe('data/indicators.csv：服务器返回 404 Not Found');
    expect(problemText('zh', 'the data loader could not start (worker error)')).toBe('数据加载程序无法启动（worker error）');
  });
  it('English is shown as given; a finding no rule knows is shown, not dropped', () => {
    expect(problemText('en', 'value "x" is not an ASCII decimal')).toBe('value "x" is not an ASCII decimal');
    expect(problemText('zh', 'something new')).toBe('something new');
  });
});
