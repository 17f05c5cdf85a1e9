import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conflictChecks } from '../../pipeline/conflicts.ts';
import { parseCsv } from '../../pipeline/lib/csv.ts';
import type { IndicatorRow } from '../../pipeline/lib/types.ts';

const row = (o: Partial<IndicatorRow>): IndicatorRow => ({
  indicator: 'beds', area_code: '411000', area: '许昌市', year: 2025, value: '1', unit: '张', kind: 'target', doc: 'A',
  seed: 's', line: 1, quote: 'q', note: '', place_id: '', ...o,
});

describe('conflictChecks', () => {
  it('records two documents that disagree on one indicator/area/year/kind, in English and Chinese', () => {
    const cs = conflictChecks([row({ doc: 'B', value: '7.4', line: 9 }), row({ doc: 'A', value: '6.72', line: 3 })]);
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ check: 'conflict_beds_411000_2025_target', doc: 'A', line: 3, expected: '6.72', found: '7.4', indicators: 'beds' });
    expect(cs[0].note).toMatch(/A 6\.72 张.*B 7\.4 张/);
    expect(cs[0].note_zh).toMatch(/A为6\.72张，B为7\.4张/);
  });
  it('leaves agreement, one document\'s own restatements, other kinds/areas and site rows alone', () => {
    expect(conflictChecks([
      row({ doc: 'A', value: '5' }), row({ doc: 'B', value: '5.0' }), // same value
      row({ doc: 'C', value: '1', indicator: 'x' }), row({ doc: 'C', value: '2', indicator: 'x' }), // one document
      row({ doc: 'A', value: '3', indicator: 'y' }), row({ doc: 'B', value: '4', indicator: 'y', kind: 'actual' }),
      row({ doc: 'A', value: '3', indicator: 'z' }), row({ doc: 'B', value: '4', indicator: 'z', area_code: '411002' }),
      row({ doc: 'A', value: '3', indicator: 'p', place_id: 'p1' }), row({ doc: 'B', value: '4', indicator: 'p', place_id: 'p1' }),
    ])).toEqual([]);
  });
  it('on the committed data: the 2025 hospital-bed target (6.72 vs 7.4) is a conflict check and both rows are kept', () => {
    const checks = parseCsv(readFileSync('data/checks.csv', 'utf8'));
    const col = (n: string) => checks.header.indexOf(n);
    const c = checks.rows.map((r) => r.fields).find((f) => f[col('check')] === 'conflict_hospital_beds_per_1000_411000_2025_target');
    expect(c?.[col('indicators')]).toBe('hospital_beds_per_1000');
    const inds = parseCsv(readFileSync('data/indicators.csv', 'utf8'));
    const vals = inds.rows.map((r) => r.fields).filter((f) => f[0] === 'hospital_beds_per_1000' && f[1] === '411000' && f[3] === '2025').map((f) => f[4]);
    expect(vals.sort()).toEqual(['6.72', '7.4']);
  });
});
