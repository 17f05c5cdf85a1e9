import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeeds, makeSeed, type SeedSet } from '../../pipeline/lib/seeds.ts';
import { quoteIsAtLine } from '../../pipeline/lib/quote.ts';
import { quoteContainsValue } from '../../pipeline/lib/numbers.ts';
import { areaByCode, resolveArea } from '../../pipeline/lib/areas.ts';
import { KINDS, PLACE_STATUSES, TOPICS } from '../../pipeline/lib/types.ts';
import {
  DOC_DIGITAL, DOC_PLAN2023, extractSeed001a, locateSeed001a, parseDigitalTable, SEED001,
} from '../../pipeline/extract/seed001a.ts';

const seeds = loadSeeds(join(process.cwd(), 'seeds'));
const seed = seeds.get(SEED001)!;
const result = extractSeed001a(seeds);
const rows = (id: string, year?: number, code = '411000') =>
  result.indicators.filter((r) => r.indicator === id && r.area_code === code && (year === undefined || r.year === year));
const one = (id: string, year: number, code = '411000') => {
  const r = rows(id, year, code);
  expect(r, `${id} ${year} ${code}`).toHaveLength(1);
  return r[0];
};

function mutated(edit: (text: string) => string): SeedSet {
  const text = seed.lines.join('\n');
  const changed = edit(text);
  expect(changed).not.toBe(text);
  const copy: SeedSet = new Map(seeds);
  copy.set(SEED001, makeSeed(SEED001, changed));
  return copy;
}

describe('seed001a layout', () => {
  it('finds 许政〔2023〕14号 and 15号 in order, before 16号', () => {
    const l = locateSeed001a(seed);
    expect(l.d14.numberLine).toBeLessThan(l.d14.end);
    expect(l.d14.end).toBeLessThan(l.d15.numberLine);
    expect(seed.line(l.d15.end + 1).trim()).toBe('许昌市人民政府');
  });
});

describe('许政〔2023〕14号 targets table', () => {
  const l = locateSeed001a(seed);
  const t = parseDigitalTable(seed, l.d14.numberLine, l.d14.end);
  it('parses 17 indicator rows with 2020 and 2025 cells', () => {
    expect(t.rows).toHaveLength(17);
    expect(t.rows[0].y2020.value).toBeNull();
    expect(t.rows[0].y2025).toMatchObject({ value: '4', bracketed: true });
  });
  it('emits baseline 2020 and target 2025 rows', () => {
    expect(one('base_stations_5g', 2025)).toMatchObject({ value: '10000', kind: 'target', doc: DOC_DIGITAL, unit: '个' });
    expect(one('it_industry_revenue_above_scale', 2020)).toMatchObject({ value: '150', kind: 'baseline', unit: '亿元' });
    expect(one('it_industry_revenue_above_scale', 2025)).toMatchObject({ value: '1000', kind: 'target' });
    expect(one('ecommerce_transaction_volume', 2020).value).toBe('776.8');
    expect(one('ftth_share_of_broadband_pct', 2020).value).toBe('97.1');
    expect(one('data_center_racks', 2020)).toMatchObject({ value: '0.0273', unit: '万架' });
    expect(one('ict_industrialisation_integration_index', 2025)).toMatchObject({ value: '64', unit: '' });
    expect(one('public_data_aggregation_ratio', 2025).note).toMatch(/fraction/);
    expect(rows('digital_economy_core_share_gdp_increase_pp', 2020)).toHaveLength(0);
    expect(one('digital_economy_core_share_gdp_increase_pp', 2025)).toMatchObject({ value: '4', unit: '百分点' });
  });
  it('throws on a broken table', () => {
    expect(() => extractSeed001a(mutated((x) => x.replace('上云企业数量 万家 0.6 1.3', '上云企业数量 万家 0.6')))).toThrow(/unit \+ 2 cells/);
    expect(() => extractSeed001a(mutated((x) => x.replace('电子商务交易额 亿元 776.8 1562', '电子商务交易额 亿元 776.8 l562')))).toThrow(/neither a number/);
    expect(() => extractSeed001a(mutated((x) => x.replace('5G 用户普及率 % 13 65', '5G 用户普及率 个 13 65')))).toThrow(/expected unit/);
  });
});

describe('5G base stations: table 1901 vs text 4804', () => {
  it('keeps both 2020 rows and reports the difference', () => {
    const r = rows('base_stations_5g', 2020);
    expect(r.map((x) => x.value).sort()).toEqual(['1901', '4804']);
    for (const x of r) expect(x).toMatchObject({ kind: 'baseline', doc: DOC_DIGITAL, area_code: '411000' });
    const c = result.checks.find((x) => x.check === 'digital_5g_base_stations_2020_table_vs_text')!;
    expect(c).toMatchObject({ expected: '1901', found: '4804', doc: DOC_DIGITAL });
    expect(c.note).not.toMatch(/^ok:/);
  });
});

describe('seed001a invariants', () => {
  it('every row is quoted at its line, shows its value and has a known area and a def', () => {
    const defs = new Map(result.defs.map((d) => [d.id, d]));
    expect(result.indicators.length).toBeGreaterThan(30);
    for (const r of result.indicators) {
      expect(r.seed).toBe(SEED001);
      expect(quoteIsAtLine(seed, r.line, r.quote), `${r.indicator} ${r.line}`).toBe(true);
      expect(quoteContainsValue(r.quote, r.value), `${r.indicator} ${r.value} in ${r.quote}`).toBe(true);
      expect(areaByCode(r.area_code)?.name_zh).toBe(r.area);
      expect(resolveArea(r.area).code).toBe(r.area_code);
      expect([DOC_DIGITAL, DOC_PLAN2023]).toContain(r.doc);
      expect(KINDS).toContain(r.kind);
      expect(r.value).toMatch(/^-?\d+(\.\d+)?$/);
      expect(r.indicator).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(defs.get(r.indicator)?.unit, r.indicator).toBe(r.unit);
    }
    for (const d of result.defs) {
      expect(TOPICS).toContain(d.topic);
      expect(d.name_zh && d.name_en && d.description).toBeTruthy();
    }
    for (const p of result.places) {
      expect(quoteIsAtLine(seed, p.line, p.quote), p.place_id).toBe(true);
      expect(PLACE_STATUSES).toContain(p.status);
      expect(areaByCode(p.area_code)?.name_zh).toBe(p.area);
      expect(p.place_id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    }
    for (const c of result.checks) expect(quoteIsAtLine(seed, c.line, seed.line(c.line).trim())).toBe(true);
  });
  it('has one row per indicator/area/year/kind except the documented 5G pair', () => {
    const seen = new Map<string, number>();
    for (const r of result.indicators) {
      const k = `${r.indicator}|${r.area_code}|${r.year}|${r.kind}|${r.place_id}`;
      seen.set(k, (seen.get(k) ?? 0) + 1);
    }
    const dup = [...seen].filter(([, n]) => n > 1).map(([k]) => k);
    expect(dup).toEqual(['base_stations_5g|411000|2020|baseline|']);
  });
  it('is deterministic', () => {
    expect(JSON.stringify(extractSeed001a(seeds))).toBe(JSON.stringify(result));
  });
  it('throws when a text figure is no longer found', () => {
    expect(() => extractSeed001a(mutated((x) => x.replace('全市已开通 5G 基站 4804 座', '全市已开通 5G 基站 4804 个')))).toThrow(/d14-5g-text/);
  });
});
