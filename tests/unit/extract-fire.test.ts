import { describe, expect, it } from 'vitest';
import { loadSeeds, makeSeed, type Seed, type SeedSet } from '../../pipeline/lib/seeds.ts';
import { quoteIsAtLine } from '../../pipeline/lib/quote.ts';
import { quoteContainsValue } from '../../pipeline/lib/numbers.ts';
import { AREA_CODES, areaByCode } from '../../pipeline/lib/areas.ts';
import { PLACE_STATUSES, TOPICS } from '../../pipeline/lib/types.ts';
import { extractDocuments } from '../../pipeline/documents/index.ts';
import fireModule, { ANNEX3_COLUMNS, FIRE_DOC, FIRE_SEED, fireBounds, parseAnnex3 } from '../../pipeline/documents/2023/xuzhengban-2023-15.ts';

/** the fire plan's document module, run alone */
const extractFire = (s: SeedSet) => extractDocuments(s, [fireModule]);

const seeds = loadSeeds();
const seed = seeds.get(FIRE_SEED)!;
const result = extractFire(seeds);
const { indicators, places, checks, defs } = result;

const value = (indicator: string, area_code: string, year = 2025) =>
  indicators.find((r) => r.indicator === indicator && r.area_code === area_code && r.year === year)?.value;

/** A copy of the seed with one line (found by its text) replaced. */
function mutate(find: RegExp, replace: (line: string) => string): { seed: Seed; set: SeedSet } {
  const idx = seed.lines.findIndex((l) => find.test(l));
  if (idx < 0) throw new Error(`test: no line ${find}`);
  const lines = [...seed.lines];
  lines[idx] = replace(lines[idx]);
  const s = makeSeed(FIRE_SEED, lines.join('\n'));
  return { seed: s, set: new Map([[FIRE_SEED, s]]) };
}

describe('extractFire: annex 3 (planned new stations)', () => {
  const a3 = parseAnnex3(seed, fireBounds(seed));

  it('reads nine area rows and a 合计 row with eight value columns', () => {
    expect(a3.rows.map((r) => r.area!.name_zh)).toEqual(['魏都区', '建安区', '经济技术开发区', '东城区', '示范区', '禹州市', '长葛市', '鄢陵县', '襄城县']);
    expect(a3.total.cells).toEqual(['', '4', '', '', '', '1', '4', '9']);
    for (const r of a3.rows) expect(r.cells).toHaveLength(ANNEX3_COLUMNS.length);
  });

  it('per-area totals add up to the 合计 row and to the text’s 9 new stations', () => {
    const areaRows = indicators.filter((r) => r.indicator === 'fire_new_stations_total' && r.area_code !== '411000');
    expect(areaRows).toHaveLength(9);
    const sum = areaRows.reduce((a, r) => a + Number(r.value), 0);
    expect(sum).toBe(9);
    expect(sum).toBe(Number(a3.total.cells[7]));
    expect(value('fire_new_stations_total', '411000')).toBe('9');
    expect(value('fire_stations_total', '411000')).toBe('35');
  });

  it('per-type columns add up to their 合计 cells', () => {
    for (const [i, col] of ANNEX3_COLUMNS.entries()) {
      if (col.id === 'fire_new_stations_total') continue;
      const sum = indicators.filter((r) => r.indicator === col.id && r.area_code !== '411000').reduce((a, r) => a + Number(r.value), 0);
      expect(sum, col.id).toBe(Number(a3.total.cells[i] || 0));
      expect(value(col.id, '411000') ?? '0', col.id).toBe(a3.total.cells[i] || '0');
    }
  });

  it('gives each area its station count, by type', () => {
    const expected: Record<string, Record<string, string>> = {
      '411002': { total: '0' },
      '411003': { total: '2', level1: '2' },
      'XC-JKQ': { total: '1', level1: '1' },
      'XC-DCQ': { total: '0' },
      'XC-SFQ': { total: '0' },
      '411081': { total: '1', key_town: '1' },
      '411082': { total: '2', level1: '1', other_town: '1' },
      '411024': { total: '1', other_town: '1' },
      '411025': { total: '2', other_town: '2' },
    };
    for (const [code, byType] of Object.entries(expected)) {
      const got: Record<string, string> = {};
      for (const r of indicators.filter((x) => x.area_code === code && x.indicator.startsWith('fire_new_stations_'))) {
        got[r.indicator.replace('fire_new_stations_', '')] = r.value;
      }
      expect(got, code).toEqual(byType);
    }
  });

  it('reconciles: every annex-3 check is ok, including 合计 vs the text', () => {
    const a3checks = checks.filter((c) => c.check.startsWith('fire_annex3_'));
    expect(a3checks.length).toBe(9 + 8 + 2);
    for (const c of a3checks) expect(c.note, c.check).toMatch(/^ok:/);
    const vsText = checks.find((c) => c.check === 'fire_annex3_total_vs_text')!;
    expect([vsText.expected, vsText.found]).toEqual(['9', '9']);
  });

  it('notes every reconstructed cell', () => {
    for (const r of indicators.filter((x) => x.line >= a3.titleLine)) {
      if (r.indicator === 'fire_key_town_plan_revisions') continue;
      expect(r.note).toMatch(/reconstructed borderless table/);
      expect(r.note).toMatch(/unambiguous/);
    }
  });

  it('throws when a row loses a cell separator', () => {
    const { seed: broken, set } = mutate(/^2 建安区\s+2\s+2\s*$/, (l) => l.replace('  2', ' 2'));
    expect(() => parseAnnex3(broken, fireBounds(broken))).toThrow(/7 cells, expected 8/);
    expect(() => extractFire(set)).toThrow(/annex 3/);
  });

  it('throws on an extra cell, a non-numeric cell, a changed header, an unknown area or a missing 合计 row', () => {
    const cases: [RegExp, (l: string) => string, RegExp][] = [
      [/^7 长葛市/, (l) => l.replace(' 2 ', ' 2 1 '), /9 cells, expected 8/],
      [/^8 鄢陵县/, (l) => l.replace(' 1 1', ' x 1'), /not a count/],
      [/^特勤站 一级站/, (l) => l.replace('二级站', '三级站'), /header/],
      [/^9 襄城县/, (l) => l.replace('襄城县', '许都县'), /unknown area name "许都县"/],
      [/^合计\s+4\s+1 4 9/, () => '', /no 合计 row/],
      [/^4 东城区/, (l) => l.replace('4 东城区', '5 东城区'), /row number 5, expected 4/],
    ];
    for (const [find, repl, err] of cases) {
      const { seed: broken } = mutate(find, repl);
      expect(() => parseAnnex3(broken, fireBounds(broken)), String(find)).toThrow(err);
    }
  });

  it('reports (does not throw on) a 合计 row that does not add up', () => {
    const { set } = mutate(/^合计\s+4\s+1 4 9/, (l) => l.replace('1 4 9', '1 4 8'));
    const r = extractFire(set);
    const bad = r.checks.filter((c) => !c.note.startsWith('ok:')).map((c) => c.check).sort();
    expect(bad).toEqual(['fire_annex3_col_total_vs_total_row', 'fire_annex3_total_vs_text']);
    // the 合计 cell no longer reconciles: cells of its column, and the 合计 row's own cells, are flagged ambiguous
    const totalLine = parseAnnex3(seed, fireBounds(seed)).total.line;
    const flagged = r.indicators.filter((x) => /AMBIGUOUS/.test(x.note));
    expect(flagged.length).toBeGreaterThan(0);
    for (const x of flagged) expect(x.indicator === 'fire_new_stations_total' || x.line === totalLine, x.indicator).toBe(true);
    expect(r.indicators.find((x) => x.indicator === 'fire_new_stations_level1' && x.area_code === '411003')!.note).not.toMatch(/AMBIGUOUS/);
  });
});

describe('extractFire: text figures', () => {
  it('has the 2020 baselines and 2025 targets city-wide', () => {
    expect(value('fire_hydrant_shortfall_pct', '411000', 2020)).toBe('10');
    expect(value('fire_hydrants_new', '411000')).toBe('1800');
    expect(value('fire_hydrants_total', '411000')).toBe('6500');
    expect(value('fire_theme_parks', '411000', 2020)).toBe('5');
    expect(value('fire_theme_parks', '411000')).toBe('10');
    expect(value('fire_specialist_rescue_teams', '411000', 2020)).toBe('19');
    expect(value('fire_registered_volunteers', '411000')).toBe('3');
    expect(value('fire_new_fulltime_firefighters', '411000')).toBe('300');
    expect(value('fire_new_volunteer_brigades', '411000')).toBe('1000');
    expect(value('fire_key_town_plan_revisions', '411000')).toBe('11');
    for (const r of indicators) {
      expect(r.kind, r.indicator).toBe(r.year === 2020 ? 'baseline' : 'target');
      expect([2020, 2025]).toContain(r.year);
    }
  });
});

describe('extractFire: places', () => {
  it('lists the three stations to upgrade (annex 2) with their areas and in-service years (not a plan year)', () => {
    const up = places.filter((p) => p.status === 'upgrading');
    expect(up.map((p) => [p.name, p.area_code, p.year, p.in_service, p.category])).toEqual([
      ['魏都区文峰路消防站', '411002', '', 2003, 'fire_station'],
      ['禹州市禹王大道消防站', '411081', '', 2002, 'fire_station'],
      ['鄢陵县卧龙街消防站', '411024', '', 1999, 'fire_station'],
    ]);
    for (const p of up) expect(p.note).toMatch(/投勤时间/);
  });

  it('lists the two training-hall stations (annex 4) with their areas', () => {
    const th = places.filter((p) => p.category === 'fire_training_hall');
    expect(th.map((p) => [p.name, p.area_code, p.area, p.status])).toEqual([
      ['市城乡一体化示范区宏达路消防站', 'XC-SFQ', '示范区', 'planned'],
      ['长葛市黄河路消防站', '411082', '长葛市', 'planned'],
    ]);
  });

  it('gives every place a known area code whose name matches, a valid status and a unique id', () => {
    expect(new Set(places.map((p) => p.place_id)).size).toBe(places.length);
    for (const p of places) {
      expect(AREA_CODES.has(p.area_code), p.place_id).toBe(true);
      expect(areaByCode(p.area_code)!.name_zh).toBe(p.area);
      expect(PLACE_STATUSES).toContain(p.status);
      expect(p.place_id).toMatch(/^[a-z0-9-]+$/);
    }
  });
});

describe('extractFire: citations and shape', () => {
  it('every indicator quote is at its line and contains its value', () => {
    for (const r of indicators) {
      expect(r.seed).toBe(FIRE_SEED);
      expect(r.doc).toBe(FIRE_DOC);
      expect(quoteIsAtLine(seed, r.line, r.quote), `${r.indicator} ${r.area_code}`).toBe(true);
      expect(quoteContainsValue(r.quote, r.value), `${r.indicator} ${r.area_code}`).toBe(true);
      expect(r.value).toMatch(/^-?\d+(\.\d+)?$/);
      expect(AREA_CODES.has(r.area_code)).toBe(true);
      expect(areaByCode(r.area_code)!.name_zh).toBe(r.area);
      expect(r.place_id).toBe('');
    }
  });

  it('every place quote is at its line; every check line is inside the document', () => {
    const b = fireBounds(seed);
    for (const p of places) expect(quoteIsAtLine(seed, p.line, p.quote), p.place_id).toBe(true);
    for (const c of checks) {
      expect(c.line).toBeGreaterThanOrEqual(b.start);
      expect(c.line).toBeLessThanOrEqual(b.end);
      expect(c.note.length).toBeGreaterThan(0);
    }
  });

  it('has one def per emitted indicator, all topic fire, and no duplicate rows', () => {
    const ids = [...new Set(indicators.map((r) => r.indicator))].sort();
    expect(defs.map((d) => d.id)).toEqual(ids);
    for (const d of defs) {
      expect(TOPICS).toContain(d.topic);
      expect(d.topic).toBe('fire');
    }
    const keys = indicators.map((r) => [r.indicator, r.area_code, r.year, r.kind].join('|'));
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(checks.map((c) => c.check)).size).toBe(checks.length);
  });

  it('is deterministic', () => {
    expect(extractFire(loadSeeds())).toEqual(result);
  });

  it('annex 1 and annex 2 checks reconcile', () => {
    for (const id of ['fire_annex1_town_count', 'fire_annex2_service_age', 'fire_annex2_names_vs_area', 'fire_annex4_names_vs_area']) {
      expect(checks.find((c) => c.check === id)?.note, id).toMatch(/^ok:/);
    }
  });
});
