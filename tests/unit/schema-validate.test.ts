// The shared CSV reader and row validator (src/schema), as used by `npm run validate` and the app's loader.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CHECK_COLUMNS, DEF_COLUMNS, DOCUMENT_COLUMNS, INDICATOR_COLUMNS, PLACE_COLUMNS, formatProblem, readTable,
  readTables, validateTables, type Problem,
} from '../../src/schema/index.ts';
import { buildModel } from '../../src/lib/parseModel.ts';
import { CHECK, DEF, DOC, F, IND, PLACE, csv, type Row } from './dataFixtures.ts';

/** the five files with one good row each, `edit` changing some of them */
function files(edit: { ind?: Row[]; def?: Row[]; place?: Row[]; check?: Row[] } = {}): Record<string, string> {
  return {
    [F.documents]: csv(DOCUMENT_COLUMNS, [DOC]),
    [F.defs]: csv(DEF_COLUMNS, edit.def ?? [DEF]),
    [F.indicators]: csv(INDICATOR_COLUMNS, edit.ind ?? [IND]),
    [F.places]: csv(PLACE_COLUMNS, edit.place ?? [PLACE]),
    [F.checks]: csv(CHECK_COLUMNS, edit.check ?? [CHECK]),
  };
}
function problemsOf(f: Record<string, string | undefined>): string[] {
  const problems: Problem[] = [];
  validateTables(readTables(f, problems), problems);
  return problems.map(formatProblem);
}

describe('readTable (the one CSV reader)', () => {
  it('gives each record its fields by column and its physical line, across quoted line breaks', () => {
    const problems: Problem[] = [];
    const recs = readTable('x.csv', 'a,b\n1,"two\nlines"\n3,4\n', ['a', 'b'], problems);
    expect(problems).toEqual([]);
    expect(recs).toEqual([{ line: 2, r: { a: '1', b: 'two\nlines' } }, { line: 4, r: { a: '3', b: '4' } }]);
  });
  it('names the file and line of a missing file, missing columns and a row with the wrong number of fields', () => {
    const problems: Problem[] = [];
    expect(readTable('x.csv', undefined, ['a'], problems)).toEqual([]);
    expect(readTable('y.csv', 'a,c\n1,2\n', ['a', 'b'], problems)).toEqual([]);
    expect(readTable('z.csv', 'a,b\n1,2\n1\n3,4\n', ['a', 'b'], problems).map((x) => x.line)).toEqual([2, 4]);
    expect(problems.map(formatProblem)).toEqual([
      'x.csv:0: file is missing', 'y.csv:1: missing column(s): b', 'z.csv:3: malformed row: 1 fields, header has 2',
    ]);
  });
});

describe('validateTables', () => {
  it('accepts well-formed rows using the new columns', () => {
    expect(problemsOf(files({
      ind: [{ ...IND, qualifier: 'at_least', year_basis: 'horizon', printed: '40张' }],
      def: [{ ...DEF, binding: 'expected' }],
      place: [{ ...PLACE, in_service: '2001' }],
      check: [{ ...CHECK, indicators: 'beds', note_zh: '合计与分项不符' }],
    }))).toEqual([]);
  });
  it('rejects a qualifier, year basis or binding outside the vocabulary, by file and line', () => {
    const p = problemsOf(files({
      ind: [IND, { ...IND, year: '2026', qualifier: 'atleast' }, { ...IND, year: '2027', year_basis: 'guess' }],
      def: [{ ...DEF, binding: '约束性' }],
    }));
    expect(p).toContainEqual(expect.stringMatching(/^data\/indicators\.csv:3: unknown qualifier "atleast" \(known: at_least /));
    expect(p).toContainEqual(expect.stringMatching(/^data\/indicators\.csv:4: unknown year_basis "guess" \(known: section horizon before_issue\)/));
    expect(p).toContainEqual(expect.stringMatching(/^data\/indicator-defs\.csv:2: unknown binding "约束性"/));
  });
  it('rejects a printed value that is not in the quote (full-width digits and spaces count as printed)', () => {
    const ok = { ...IND, quote: '床位达到 ４０ 张', printed: '40张' };
    expect(problemsOf(files({ ind: [ok] }))).toEqual([]);
    expect(problemsOf(files({ ind: [{ ...IND, printed: '4 万张' }] }))).toEqual([
      'data/indicators.csv:2: printed "4 万张" is not in its quote "到2025年床位达到40张以上"',
    ]);
  });
  it('rejects a place category, a unit or a check indicator the vocabulary does not name', () => {
    const p = problemsOf(files({
      place: [{ ...PLACE, category: 'spaceport' }],
      def: [DEF, { ...DEF, id: 'area_x', unit: '英亩' }],
      check: [{ ...CHECK, indicators: 'beds nope' }],
    }));
    expect(p).toEqual([
      'data/indicator-defs.csv:3: unit "英亩" has no Chinese/English name in src/schema/vocabulary.ts',
      'data/places.csv:2: category "spaceport" has no Chinese/English name in src/schema/vocabulary.ts',
      'data/checks.csv:2: indicator "nope" has no definition in data/indicator-defs.csv',
    ]);
  });
  it('one unit per indicator: a row in another unit than its definition is rejected', () => {
    const problems: Problem[] = [];
    validateTables(readTables(files({ ind: [IND, { ...IND, year: '2020', value: '4', unit: '万张', quote: '床位4万张' }] }), problems), problems);
    expect(problems).toEqual([{
      file: F.indicators, line: 3,
      message: 'unit "万张" differs from the unit "张" of beds (one unit per indicator: convert and record the printed value in "printed")',
    }]);
  });
  it('the central city is an area of its own: XC-ZXCQ 中心城区, not the whole city', () => {
    expect(problemsOf(files({ ind: [{ ...IND, area_code: 'XC-ZXCQ', area: '中心城区' }] }))).toEqual([]);
    expect(problemsOf(files({ ind: [{ ...IND, area_code: 'XC-ZXCQ', area: '许昌市' }] }))).toEqual([
      'data/indicators.csv:2: area "许昌市" does not match code XC-ZXCQ (中心城区)',
    ]);
  });
});

describe('the app loader uses the same rules', () => {
  it('skips exactly the rows the validator rejects, reporting each once', () => {
    const f = files({
      ind: [
        { ...IND, qualifier: 'at_least' },
        { ...IND, year: '2026', qualifier: 'lots' }, // rejected
        { ...IND, year: '2020', value: '4', unit: '万张', quote: '床位4万张' }, // another unit: rejected
      ],
    });
    const m = buildModel(f);
    expect(m.indicators.map((r) => [r.year, r.qualifier])).toEqual([[2025, 'at_least']]);
    expect(m.problems).toEqual([
      { file: F.indicators, line: 3, reason: expect.stringMatching(/^unknown qualifier "lots"/) },
      { file: F.indicators, line: 4, reason: expect.stringMatching(/^unit "万张" differs/) },
    ]);
  });
  it('the committed data loads with no rejected row', () => {
    const committed = Object.fromEntries(Object.values(F).map((p) => [p, readFileSync(p, 'utf8')]));
    expect(buildModel(committed).problems).toEqual([]);
  });
});
