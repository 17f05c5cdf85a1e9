// The instrument's pure logic on the committed data and on rows chosen for each rule: change between two years,
// conflicts and revisions, the barometer's status against 序时进度, the calendar of targets.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, type Indicator } from '../../src/lib/model.ts';
import { buildModel } from '../../src/lib/parseModel.ts';
import { changeValues, divergingLabels, divergingScale, DIVERGING } from '../../src/lib/change.ts';
import { conflictIndex, conflictOf, findConflicts } from '../../src/lib/conflicts.ts';
import { barometer, barometerCell, BAROMETER_THRESHOLDS } from '../../src/lib/barometer.ts';
import { calendarEntries, calendarGrid } from '../../src/lib/calendar.ts';
import { COUNTY_CODES, CITY_CODE } from '../../src/lib/view.ts';

const data = buildModel(Object.fromEntries(Object.values(DATA_FILES).map((f) => [f, readFileSync(f, 'utf8')])));
const YUZHOU = '411081';

describe('change between two years', () => {
  it('coal 2015 → 2020 in 禹州市: 558 → 500, −58, −10.4%', () => {
    const c = changeValues(data, 'coal_total', 2015, 2020, COUNTY_CODES).find((x) => x.area_code === YUZHOU)!;
    expect(c.base.row?.value).toBe(558);
    expect(c.end.row?.value).toBe(500);
    expect(c.change).toBe(-58);
    expect(c.change_pct).toBe(-10.4);
    expect(c.gap).toBeNull();
  });
  it('every county gets a change for coal 2015 → 2020, computed from its own two rows', () => {
    for (const c of changeValues(data, 'coal_total', 2015, 2020, COUNTY_CODES)) {
      expect(c.gap).toBeNull();
      expect(c.change).toBeCloseTo(c.end.row!.value - c.base.row!.value, 9);
      expect(c.base.row!.year).toBe(2015);
      expect(c.end.row!.year).toBe(2020);
    }
  });
  it('an end that resolves to the same row is "no span", not a change of 0', () => {
    // 2021 → 2023: both ends are the 2020 cap (expired)
    const c = changeValues(data, 'coal_total', 2021, 2023, [YUZHOU])[0];
    expect(c.gap).toBe('no_span');
    expect(c.change).toBeNull();
  });
  it('the base takes the latest value up to the base year (marked expired), never a later target', () => {
    const c = changeValues(data, 'coal_total', 2019, 2020, [YUZHOU])[0];
    expect(c.base).toMatchObject({ status: 'expired', row: { year: 2015, value: 558 } });
    expect(c.change).toBe(-58);
  });
  it('a document not yet issued at the later year gives "not yet planned"', () => {
    // doctors per 1,000 by county come from 许政〔2023〕39号: in 2021 that plan does not exist yet
    const c = changeValues(data, 'doctors_per_1000', 2020, 2021, [YUZHOU])[0];
    expect(c.gap).toBe('not_yet_planned');
  });
  it('a diverging scale puts zero in the middle class and equal changes up and down at equal strength', () => {
    const s = divergingScale([-90, -10, 0, 30, 90]);
    expect(s.classOf(0)).toBe(3);
    expect(s.classOf(-90)).toBe(0);
    expect(s.classOf(90)).toBe(6);
    expect(s.classOf(-10)).toBe(2);
    expect(s.classOf(30)).toBe(4);
    expect(s.colourOf(-90)).toEqual(DIVERGING[0]);
    expect(s.classOf(null)).toBe(-1);
    expect(divergingLabels(90, String)).toEqual(['≤ -60', '-60 – -30', '-30 – 0', '0', '0 – 30', '30 – 60', '> 60']);
  });
});

describe('conflicts and revisions', () => {
  const conflicts = findConflicts(data);
  it('keeps both 2025 hospital-bed targets, the 2023 plan revising the 2020 one', () => {
    const beds = conflicts.find((c) => c.indicator === 'hospital_beds_per_1000' && c.area_code === CITY_CODE && c.year === 2025)!;
    expect(beds.rows.map((r) => [r.value, r.doc])).toEqual([[6.72, '许政〔2020〕17号'], [7.4, '许政〔2023〕39号']]);
    expect(beds.sort).toBe('revision');
  });
  it('two values in one document are a contradiction, not a revision', () => {
    const ec = conflicts.find((c) => c.indicator === 'ecommerce_transaction_volume' && c.year === 2025)!;
    expect(ec.sort).toBe('contradiction');
  });
  it('a reported value and a target for the same year are not a conflict', () => {
    expect(conflicts.some((c) => c.indicator === 'foreign_trade_growth_pct' && c.year === 2022)).toBe(false);
  });
  it('every conflict has at least two different values, and the index finds it from any of its rows', () => {
    const idx = conflictIndex(conflicts);
    expect(conflicts.length).toBeGreaterThan(5);
    for (const c of conflicts) {
      expect(new Set(c.rows.map((r) => r.value)).size).toBeGreaterThan(1);
      for (const r of c.rows) expect(conflictOf(idx, r)).toBe(c);
    }
  });
});

describe('barometer', () => {
  const iy = () => 2019;
  const row = (year: number, value: number, kind: Indicator['kind']): Indicator =>
    ({ indicator: 'x', area_code: 'a', unit: 'u', quote: 'q', note: '', place_id: '', qualifier: '', year_basis: '', printed: '', year, value, kind, doc: 'D', seed: 's', line: year });
  it('no interim value: "no reported value", with the change still required', () => {
    const c = barometerCell('x', 'a', [row(2015, 100, 'baseline'), row(2020, 80, 'target')], 2019, iy);
    expect(c.status).toBe('no_reported');
    expect(c.required).toBe(-20);
  });
  it('compares an interim value with the straight line from baseline to target', () => {
    // 2015 → 2020, 100 → 80; in 2018 60% of the period has elapsed
    const at = (v: number) => barometerCell('x', 'a', [row(2015, 100, 'baseline'), row(2018, v, 'actual'), row(2020, 80, 'target')], 2019, iy);
    expect(at(88)).toMatchObject({ status: 'on_track', elapsedPct: 60, achievedPct: 60, behindPoints: 0, required: -8 });
    expect(at(90).status).toBe('on_track'); // 50% achieved, 10 points behind
    expect(at(92).status).toBe('behind'); // 40%: 20 points
    expect(at(95).status).toBe('far_behind'); // 25%: 35 points
    expect(BAROMETER_THRESHOLDS).toEqual({ onTrack: 10, behind: 30 });
  });
  it('the coal topic covers the six counties and the city, with targets from the coal plan', () => {
    const b = barometer(data, 'coal', 2020, [CITY_CODE, ...COUNTY_CODES]);
    expect(b.indicators).toContain('coal_total');
    for (const code of COUNTY_CODES) expect(b.areas).toContain(code);
    const yz = b.cells.find((c) => c.area_code === YUZHOU && c.indicator === 'coal_total')!;
    expect(yz.target?.value).toBe(500);
    expect(yz.baseline?.value).toBe(558);
  });
});

describe('calendar', () => {
  const conflicts = findConflicts(data);
  const entries = calendarEntries(data, [CITY_CODE], conflicts);
  it('lists every city-wide target and plan row once', () => {
    const expected = data.indicators.filter((r) => !r.place_id && r.area_code === CITY_CODE && (r.kind === 'target' || r.kind === 'plan'));
    expect(entries.length).toBe(expected.length);
  });
  it('shows both conflicting 2025 hospital-bed targets as two entries, marked', () => {
    const beds = entries.filter((e) => e.indicator === 'hospital_beds_per_1000' && e.year === 2025);
    expect(beds.map((e) => e.value).sort()).toEqual([6.72, 7.4]);
    expect(beds.every((e) => e.conflict)).toBe(true);
  });
  it('filters by topic and by document (a notice includes its attached plans)', () => {
    const coal = calendarEntries(data, [CITY_CODE], conflicts, { topic: 'coal' });
    expect(coal.length).toBeGreaterThan(0);
    expect(coal.every((e) => e.topic === 'coal')).toBe(true);
    const d = calendarEntries(data, [CITY_CODE], conflicts, { doc: '许政〔2023〕39号' });
    expect(d.length).toBeGreaterThan(0);
    expect(d.every((e) => e.doc.startsWith('许政〔2023〕39号'))).toBe(true);
  });
  it('the grid has a cell per topic and year, years ascending', () => {
    const g = calendarGrid(entries, ['coal', 'health', 'fire']);
    expect(g.years).toEqual([...g.years].sort((a, b) => a - b));
    const n = [...g.cells.values()].reduce((s, l) => s + l.length, 0);
    expect(n).toBe(entries.length);
  });
});

describe('the instrument view model', async () => {
  const { changeMap, instrumentNotices, symbolValues, symbolRadius } = await import('../../src/lib/instrument.ts');
  const { DEFAULTS } = await import('../../src/lib/state.ts');
  it('a change map shows the change in the chosen measure, coloured on a scale centred on zero', () => {
    const abs = changeMap(data, { ...DEFAULTS, change: 2015, year: 2020 }, COUNTY_CODES)!;
    expect(abs.values.get(YUZHOU)?.row?.value).toBe(-58);
    expect(abs.scale.classOf(0)).toBe(3);
    const pct = changeMap(data, { ...DEFAULTS, change: 2015, year: 2020, measure: 'pct' }, COUNTY_CODES)!;
    expect(pct.values.get(YUZHOU)?.row?.value).toBe(-10.4);
    // the source of the shown value is the later end's row
    expect(pct.values.get(YUZHOU)?.row?.doc).toBe(abs.changes.find((c) => c.area_code === YUZHOU)!.end.row!.doc);
  });
  it('names what cannot be drawn, and draws no change map for it', () => {
    const same = { ...DEFAULTS, change: 2020, year: 2020 };
    expect(instrumentNotices(data, same, COUNTY_CODES)).toEqual([{ param: 'change', raw: '2020', reason: expect.stringContaining('same') }]);
    expect(changeMap(data, same, COUNTY_CODES)).toBeNull();
    const noBase = { ...DEFAULTS, change: 2001, year: 2020 };
    expect(instrumentNotices(data, noBase, COUNTY_CODES)[0].reason).toContain('no values');
    expect(changeMap(data, noBase, COUNTY_CODES)).toBeNull();
    expect(instrumentNotices(data, { ...DEFAULTS, change: 2015, year: 2020 }, COUNTY_CODES)).toEqual([]);
  });
  it('symbol values follow the as-of rules; city-only symbol indicators are named and not drawn', () => {
    const s = symbolValues(data, { ...DEFAULTS, symbol: 'coal_nonpower', year: 2020 }, COUNTY_CODES);
    expect(s.filter((v) => v.row).length).toBe(COUNTY_CODES.length);
    const cityOnly = [...data.cityOnly][0];
    expect(symbolValues(data, { ...DEFAULTS, symbol: cityOnly }, COUNTY_CODES)).toEqual([]);
    expect(instrumentNotices(data, { ...DEFAULTS, symbol: cityOnly }, COUNTY_CODES)[0].param).toBe('symbol');
    expect(symbolRadius(100, 100)).toBe(26);
    expect(symbolRadius(25, 100)).toBe(13);
    expect(symbolRadius(0, 100)).toBe(0);
  });
});

describe('the change map as CSV', async () => {
  const { changeCsv } = await import('../../src/lib/exportCsv.ts');
  const Papa = (await import('papaparse')).default;
  it('holds both ends of every area, each with its own source and quote', () => {
    const rows = Papa.parse<Record<string, string>>(changeCsv(data, 'coal_total', 2015, 2020), { header: true, skipEmptyLines: true }).data;
    const yz = rows.find((r) => r.area_code === YUZHOU)!;
    expect([yz.base_value, yz.value, yz.change, yz.change_pct]).toEqual(['558', '500', '-58', '-10.4']);
    for (const r of rows.filter((x) => COUNTY_CODES.includes(x.area_code))) {
      const base = data.indicators.find((x) => x.seed === r.base_seed && x.line === Number(r.base_line) && x.area_code === r.area_code && x.indicator === 'coal_total' && x.year === Number(r.base_year))!;
      const end = data.indicators.find((x) => x.seed === r.seed && x.line === Number(r.line) && x.area_code === r.area_code && x.indicator === 'coal_total' && x.year === Number(r.year))!;
      expect(base.quote).toBe(r.base_quote);
      expect(end.quote).toBe(r.quote);
      expect(Number(r.change)).toBeCloseTo(end.value - base.value, 9);
    }
  });
});
