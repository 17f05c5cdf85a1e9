import { describe, expect, it } from 'vitest';
import { asOfYear, dueInYear, type ValueRow } from '../../src/lib/asOf.ts';

const issued: Record<string, number> = { A2019: 2019, B2023: 2023, D2020: 2020, F2020: 2020 };
const iy = (d: string) => issued[d];
const row = (year: number, value: number, kind: ValueRow['kind'], doc = 'A2019', line = 1): ValueRow =>
  ({ year, value, kind, doc, line, seed: 's' });

describe('as-of-year semantics', () => {
  const coal = [row(2015, 558, 'baseline'), row(2020, 500, 'target')];

  it('shows the value of the smallest year ≥ Y (the target in force)', () => {
    expect(asOfYear(coal, 2019, iy)).toEqual({ status: 'in_force', row: coal[1] });
    expect(asOfYear(coal, 2020, iy)).toEqual({ status: 'in_force', row: coal[1] });
  });
  it('after the last year shows the latest value, marked expired, never interpolated', () => {
    const r = asOfYear(coal, 2023, iy);
    expect(r.status).toBe('expired');
    expect(r.row?.value).toBe(500);
    expect(r.row?.year).toBe(2020);
  });
  it('hides values of documents issued after Y', () => {
    const beds = [row(2020, 4.1, 'baseline', 'B2023'), row(2025, 6.5, 'target', 'B2023')];
    expect(asOfYear(beds, 2022, iy)).toEqual({ status: 'not_yet_planned', row: null });
    expect(asOfYear(beds, 2023, iy).row?.value).toBe(6.5);
  });
  it('a baseline year before Y is not shown while a target is in force, even when its document is older', () => {
    const mixed = [row(2020, 1, 'baseline', 'A2019'), row(2025, 9, 'target', 'B2023')];
    expect(asOfYear(mixed, 2021, iy)).toMatchObject({ status: 'expired', row: { value: 1 } });
    expect(asOfYear(mixed, 2024, iy)).toMatchObject({ status: 'in_force', row: { value: 9 } });
  });
  it('breaks ties by the later document, then facts over targets', () => {
    const dup = [row(2022, 10, 'target', 'A2019', 5), row(2022, 12, 'target', 'D2020', 9)];
    expect(asOfYear(dup, 2021, iy).row?.value).toBe(12);
    // in 2019 only the earlier document exists
    expect(asOfYear(dup, 2019, iy).row?.value).toBe(10);
    const kinds = [row(2020, 7, 'target', 'A2019', 1), row(2020, 8, 'actual', 'A2019', 2)];
    expect(asOfYear(kinds, 2020, iy).row?.value).toBe(8);
  });
  it('reports no data for an empty series', () => {
    expect(asOfYear([], 2020, iy)).toEqual({ status: 'no_data', row: null });
  });
  it('lists what falls due in Y among documents that exist', () => {
    const rows = [row(2025, 1, 'target', 'B2023'), row(2025, 2, 'baseline', 'B2023'), row(2020, 3, 'target')];
    expect(dueInYear(rows, 2025, iy).map((r) => r.value)).toEqual([1]);
    expect(dueInYear(rows, 2020, iy).map((r) => r.value)).toEqual([3]);
  });
});
