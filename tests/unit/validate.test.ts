import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSeeds } from '../../pipeline/lib/seeds.ts';
import { DATA_FILES, formatProblem, validateData } from '../../pipeline/validate.ts';

const seeds = loadSeeds();
const committed = Object.fromEntries(Object.values(DATA_FILES).map((f) => [f, readFileSync(f, 'utf8')]));

/** Replace the first data row of `file` matching `find` using `edit`, returning all files. */
function corrupt(file: string, find: (line: string) => boolean, edit: (line: string) => string) {
  const lines = committed[file].split('\n');
  const i = lines.findIndex((l, k) => k > 0 && find(l));
  if (i < 0) throw new Error('test setup: no row to corrupt');
  lines[i] = edit(lines[i]);
  return { files: { ...committed, [file]: lines.join('\n') }, line: i + 1 };
}
const problemsOf = (files: Record<string, string | undefined>) => validateData(files, seeds).map(formatProblem);

describe('validator', () => {
  it('accepts the committed data', () => {
    expect(problemsOf(committed)).toEqual([]);
  });
  it('names file and line when a quote is not in the seed', () => {
    const { files, line } = corrupt(DATA_FILES.indicators, (l) => l.includes('1154'), (l) => l.replace('1154 万吨', '1155 万吨'));
    const p = problemsOf(files);
    expect(p).toContainEqual(expect.stringMatching(new RegExp(`^data/indicators.csv:${line}: quote not found`)));
  });
  it('rejects a value that is not in its quote', () => {
    const { files, line } = corrupt(DATA_FILES.indicators, (l) => l.startsWith('coal_total,411081,禹州市,2020,500,'), (l) => l.replace(',500,', ',501,'));
    expect(problemsOf(files).join('\n')).toMatch(new RegExp(`^data/indicators.csv:${line}: value 501 is not in its quote`, 'm'));
  });
  it('rejects an unknown area code, a non-numeric value and a malformed row', () => {
    const a = corrupt(DATA_FILES.indicators, (l) => l.startsWith('coal_total,411081,'), (l) => l.replace('coal_total,411081,', 'coal_total,411099,'));
    expect(problemsOf(a.files).join('\n')).toMatch(new RegExp(`indicators.csv:${a.line}: unknown area code "411099"`));
    const b = corrupt(DATA_FILES.indicators, (l) => l.startsWith('coal_total,411081,禹州市,2020,500,'), (l) => l.replace(',500,', ',五百,'));
    expect(problemsOf(b.files).join('\n')).toMatch(new RegExp(`indicators.csv:${b.line}: value "五百" is not an ASCII decimal`));
    const c = corrupt(DATA_FILES.places, (l) => l.startsWith('coal-ent-01,'), (l) => l.split(',').slice(0, 5).join(','));
    expect(problemsOf(c.files).join('\n')).toMatch(new RegExp(`places.csv:${c.line}: malformed row`));
  });
  it('rejects an indicator with no definition and a missing column', () => {
    const a = corrupt(DATA_FILES.indicators, (l) => l.startsWith('coal_total,'), (l) => l.replace(/^coal_total,/, 'coal_totl,'));
    expect(problemsOf(a.files).join('\n')).toMatch(/indicators.csv:\d+: indicator "coal_totl" has no definition/);
    const header = committed[DATA_FILES.checks].split('\n')[0];
    const files = { ...committed, [DATA_FILES.checks]: committed[DATA_FILES.checks].replace(header, header.replace(',expected', ',expectd')) };
    expect(problemsOf(files).join('\n')).toMatch(/checks.csv:1: missing column\(s\): expected/);
  });
  it('rejects a duplicated row and a missing file', () => {
    const lines = committed[DATA_FILES.indicators].split('\n');
    const dup = { ...committed, [DATA_FILES.indicators]: [...lines.slice(0, 2), lines[1], ...lines.slice(2)].join('\n') };
    expect(problemsOf(dup).join('\n')).toMatch(/indicators.csv:3: duplicated row \(same as line 2\)/);
    expect(problemsOf({ ...committed, [DATA_FILES.places]: undefined })).toContain('data/places.csv:0: file is missing');
  });
  it('rejects table rows that do not add up to their 合计 row', () => {
    // the tourism-road annex: county rows of tourism_road_branch_km, and its 合计 line (146.35 | 136.83)
    const seed = seeds.get('002_f07e19463daa5e7b.txt')!;
    const totalLine = seed.lines.findIndex((l) => l.startsWith('合计\t\t146.35')) + 1;
    const totalRow = (v: string) =>
      `tourism_road_branch_km,411000,许昌市,2025,${v},公里,target,许政〔2023〕37号,002_f07e19463daa5e7b.txt,${totalLine},"${seed.line(totalLine).trim()}",,,,,`; // + qualifier, year_basis, printed
    const withTotal = (v: string) => ({ ...committed, [DATA_FILES.indicators]: committed[DATA_FILES.indicators] + totalRow(v) + '\n' });
    const n = committed[DATA_FILES.indicators].split('\n').length; // the appended row's line number
    expect(problemsOf(withTotal('146.35'))).toEqual([]);
    expect(problemsOf(withTotal('136.83'))).toContainEqual(
      `data/indicators.csv:${n}: table rows of tourism_road_branch_km 2025 add up to 146.35, its 合计 row says 136.83`);
  });
  it('rejects a line outside the document the row names', () => {
    const { files, line } = corrupt(DATA_FILES.indicators, (l) => l.startsWith('coal_total,411081,'), (l) => l.replace('许政〔2019〕2号', '许政〔2019〕1号'));
    expect(problemsOf(files).join('\n')).toMatch(new RegExp(`indicators.csv:${line}: .* is not inside document 许政〔2019〕1号`));
  });
});
