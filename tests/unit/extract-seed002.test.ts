import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeeds, type SeedSet } from '../../pipeline/lib/seeds.ts';
import { checkNamed, withEditedSeed } from './seedTestKit.ts';
import { quoteIsAtLine } from '../../pipeline/lib/quote.ts';
import { quoteContainsValue } from '../../pipeline/lib/numbers.ts';
import { areaByCode } from '../../pipeline/lib/areas.ts';
import { KINDS, PLACE_STATUSES, TOPICS, type IndicatorRow } from '../../pipeline/lib/types.ts';
import { numberedDocuments } from '../../pipeline/segment.ts';
import { compile, documentSections, locateDocument, readTable } from '../../pipeline/engine/index.ts';
import { extractDocuments } from '../../pipeline/documents/index.ts';
import { INDICATORS } from '../../pipeline/documents/indicators/index.ts';
import doc34 from '../../pipeline/documents/2023/xuzheng-2023-34.ts';
import doc35 from '../../pipeline/documents/2023/xuzheng-2023-35.ts';
import doc38, { parseInfraTable } from '../../pipeline/documents/2023/xuzheng-2023-38.ts';
import doc39, { parseHealthTable } from '../../pipeline/documents/2023/xuzheng-2023-39.ts';
import doc25, { CHAINS } from '../../pipeline/documents/2023/xuzhengban-2023-25.ts';
import doc30 from '../../pipeline/documents/2023/xuzhengban-2023-30.ts';

/** seed 002's documents, in print order (许政〔2023〕37号, tourism roads, has its own test) */
const SEED002_DOCS = [doc34, doc35, doc38, doc39, doc25, doc30];
const [D34, D38, D39, D25, D30] = [doc34, doc38, doc39, doc25, doc30].map((d) => d.doc);
const SEED002 = doc34.seed;
const extractSeed002 = (s: SeedSet) => extractDocuments(s, SEED002_DOCS);

const seeds = loadSeeds(join(process.cwd(), 'seeds'));
const seed = seeds.get(SEED002)!;
const result = extractSeed002(seeds);
/** every notice of the issue: number line to last line */
const docs = new Map(numberedDocuments(seed).map((d) => [d.doc, { start: d.numberLine, end: d.end }]));
const span39 = locateDocument(doc39, seeds);
const span38 = locateDocument(doc38, seeds);
const countyTable = (name: string) => {
  const t = readTable(seed, span39.start, span39.end, doc39.tables!.find((x) => x.name === name)!, name);
  return { ...t, total: { ...t.total!, values: Object.values(t.total!.values) }, rows: t.rows.map((r) => ({ ...r, printed: r.cells[0] })) };
};
const parseBedTable = () => countyTable('beds');
const parseStaffTable = () => countyTable('staff');

/** the rows of one indicator, optionally one area / year / doc */
const rows = (id: string, f: { code?: string; year?: number; doc?: string } = {}) =>
  result.indicators.filter((r) => r.indicator === id && (f.code === undefined || r.area_code === f.code) &&
    (f.year === undefined || r.year === f.year) && (f.doc === undefined || r.doc === f.doc));
const one = (id: string, f: { code?: string; year?: number; doc?: string } = {}): IndicatorRow => {
  const rs = rows(id, f);
  expect(rs, `${id} ${JSON.stringify(f)}`).toHaveLength(1);
  return rs[0];
};
const check = (id: string) => checkNamed(result.checks, id);

/** a copy of the seed set with this seed's text changed by `edit` (which must change something) */
const mutated = (edit: (text: string) => string): SeedSet => withEditedSeed(seeds, SEED002, edit);

describe('seed 002: documents and plans are found by their numbers and titles', () => {
  it('locates the 13 notices, each document module starting at its number line', () => {
    expect(docs.size).toBe(13);
    for (const m of SEED002_DOCS) {
      const s = locateDocument(m, seeds);
      expect(seed.line(s.start).replace(/\s+/g, '')).toBe(m.doc);
      expect(s).toMatchObject(docs.get(m.doc)!);
      expect(s.end).toBeGreaterThan(s.start);
    }
    expect(docs.get(D39)!.end).toBeLessThan(docs.get('许政办〔2023〕23号')!.start);
  });

  it('locates the 15 industry-chain plans of 许政办〔2023〕25号 in order', () => {
    const chains = new Map([...documentSections(doc25, seeds)].filter(([k]) => k.startsWith('chain/')));
    expect([...chains.keys()]).toEqual(CHAINS.map((c) => `chain/${c}`));
    const d = docs.get(D25)!;
    for (const s of chains.values()) {
      expect(s.start).toBeGreaterThan(d.start);
      expect(s.end).toBeLessThanOrEqual(d.end);
    }
  });

  it('emits nothing from 许政〔2023〕37号 (tourism roads, done elsewhere)', () => {
    const t = docs.get('许政〔2023〕37号')!;
    for (const r of [...result.indicators, ...result.places]) {
      expect(r.doc).not.toBe('许政〔2023〕37号');
      expect(r.line < t.start || r.line > t.end, `${'indicator' in r ? r.indicator : r.place_id} line ${r.line}`).toBe(true);
    }
  });

  it('uses the notice number as doc, also for the attached plans', () => {
    const used = new Set([...result.indicators, ...result.places].map((r) => r.doc));
    expect([...used].sort()).toEqual([D34, '许政〔2023〕35号', D38, D39, D25, D30].sort());
    for (const r of [...result.indicators, ...result.places]) {
      const s = docs.get(r.doc)!;
      expect(r.line).toBeGreaterThanOrEqual(s.start);
      expect(r.line).toBeLessThanOrEqual(s.end);
    }
  });
});

describe('许政〔2023〕39号: health tables, cell by cell', () => {

  it('reads the county bed table: population (2020), beds per 1,000 in 2020 and 2025', () => {
    const t = parseBedTable();
    expect(t.total.values).toEqual(['438.2', '5.57', '7.4']);
    expect(t.rows.map((r) => r.printed)).toEqual(['禹州市', '长葛市', '鄢陵县', '襄城县', '魏都区', '建安区']);
    expect(one('resident_population', { code: '411081' })).toMatchObject({ year: 2020, kind: 'baseline', value: '110.9', unit: '万人' });
    expect(one('resident_population', { code: '411082' }).value).toBe('71'); // printed 71.0
    expect(one('resident_population', { code: '411000' })).toMatchObject({ value: '438.2', year: 2020 });
    expect(one('resident_population', { code: '411002' }).note).toMatch(/prints no year; read as 2020/);
    expect(one('hospital_beds_per_1000', { code: '411002', year: 2020 })).toMatchObject({ value: '10.7', kind: 'baseline' });
    expect(one('hospital_beds_per_1000', { code: '411002', year: 2025 })).toMatchObject({ value: '13.5', kind: 'target' });
    expect(one('hospital_beds_per_1000', { code: '411024', year: 2025 }).value).toBe('7.2');
    expect(one('hospital_beds_per_1000', { code: '411003', year: 2020 }).value).toBe('3.72');
  });

  it('reads the county table of doctors and nurses per 1,000', () => {
    const t = parseStaffTable();
    expect(t.total.values).toEqual(['2.56', '3.29', '2.6', '3.92']);
    expect(one('doctors_per_1000', { code: '411081', year: 2020 })).toMatchObject({ value: '2.32', kind: 'baseline', unit: '人' });
    expect(one('doctors_per_1000', { code: '411081', year: 2025 })).toMatchObject({ value: '2.79', kind: 'target' });
    expect(one('nurses_per_1000', { code: '411002', year: 2025 }).value).toBe('9');
    expect(one('nurses_per_1000', { code: '411003', year: 2020 }).value).toBe('1.47');
    expect(one('nurses_per_1000', { code: '411082', year: 2025 }).value).toBe('3.24');
    for (const id of ['doctors_per_1000', 'nurses_per_1000']) {
      for (const year of [2020, 2025]) expect(rows(id, { year })).toHaveLength(7); // 6 counties + city
    }
  });

  it('reads the 主要发展指标 table: 2020 baseline and 2025 targets, with printed qualifiers in notes', () => {
    const t = parseHealthTable(seed, span39.start, span39.end);
    expect(t.rowLines).toHaveLength(21);
    expect(one('hospital_beds_per_1000', { code: '411000', year: 2020 })).toMatchObject({ value: '5.57', kind: 'baseline' });
    expect(one('hospital_beds_per_1000', { code: '411000', year: 2025 })).toMatchObject({ value: '7.4', kind: 'target' });
    expect(one('hospital_beds_per_1000_municipal', { year: 2025 })).toMatchObject({ value: '1.2' });
    expect(one('hospital_beds_per_1000_municipal', { year: 2025 }).note).toMatch(/左右/);
    expect(one('nurses_per_doctor', { year: 2020 }).value).toBe('1.01');
    expect(one('health_staff_per_bed', { year: 2025 }).value).toBe('1.62');
    expect(one('hospitals_with_geriatrics_dept_pct', { year: 2025 })).toMatchObject({ value: '60' });
    expect(one('hospitals_with_geriatrics_dept_pct', { year: 2025 }).note).toMatch(/≥60/);
    expect(one('public_health_staff_per_1000_growth_pct', { year: 2025 })).toMatchObject({ value: '30', unit: '%' });
    expect(one('life_expectancy_gain_years', { year: 2025 })).toMatchObject({ value: '1.4' });
    expect(one('gps_per_10000', { year: 2025 }).value).toBe('3.93');
    // "—" and non-numeric targets (全覆盖, 同比例提高) give no rows
    expect(rows('hospitals_with_infectious_dept_pct')).toHaveLength(1);
    expect(result.indicators.some((r) => r.quote.includes('人均健康预期寿命'))).toBe(false);
  });

  it('holds the table\'s 指标性质 as the registry\'s binding (约束性 → binding, 预期性 → expected)', () => {
    expect(INDICATORS.get('gps_per_10000')!.binding).toBe('binding');
    expect(INDICATORS.get('hospital_beds_per_1000')!.binding).toBe('expected');
    expect(() => extractSeed002(mutated((t) => t.replace('\t10\t每万人口全科医生数(人)\t2.18\t3.93\t约束性', '\t10\t每万人口全科医生数(人)\t2.18\t3.93\t预期性'))))
      .toThrow(/xuzheng-2023-39\.ts: 许政〔2023〕39号 healthTable: line \d+: the table says expected \(指标性质\) for gps_per_10000, the registry says "binding"/);
  });

  it('checks the county rows against the 全市 rows and the population year against the 2020 counts', () => {
    expect(check('health_population_counties_vs_city')).toMatchObject({ expected: '438.2', found: '438.2' });
    const sum = rows('resident_population').filter((r) => r.area_code !== '411000')
      .reduce((s, r) => s + Math.round(Number(r.value) * 10), 0) / 10;
    expect(sum).toBe(438.2);
    for (const c of ['health_population_2020_vs_beds', 'health_population_2020_vs_doctors', 'health_population_2020_vs_nurses',
      'health_bed_table_city_2020', 'health_bed_table_city_2025', 'health_staff_table_city_nurses_2025']) {
      expect(check(c).note, c).toMatch(/^ok:/);
    }
    expect(check('health_population_2020_vs_beds')).toMatchObject({ expected: '5.57', found: '5.57' });
  });

  it('has the 2020 status figures of the text', () => {
    expect(one('hospital_beds', { year: 2020 })).toMatchObject({ value: '24389', kind: 'baseline', unit: '张' });
    expect(one('health_institutions').value).toBe('3972');
    expect(one('licensed_doctors').value).toBe('11233');
    expect(one('registered_nurses_growth_vs_2015_pct').value).toBe('37.85');
    expect(one('life_expectancy', { year: 2015 })).toMatchObject({ value: '76.36', kind: 'actual' });
    expect(one('maternal_mortality_per_100k')).toMatchObject({ value: '5.72', year: 2020 });
    expect(one('cdc_senior_post_share_pct')).toMatchObject({ value: '30', place_id: 'xuchang-cdc', year: 2025 });
  });

  it('turns text figures that restate the table into ok checks, not second rows', () => {
    for (const c of ['health_text_beds_2025', 'health_text_doctors_2025', 'health_text_gps_2020', 'health_text_geriatrics_2025']) {
      expect(check(c).note, c).toMatch(/^ok:/);
    }
    expect(rows('hospital_beds_per_1000', { code: '411000', year: 2025 })).toHaveLength(1);
  });
});

describe('许政〔2023〕38号: new-infrastructure table and text', () => {
  it('reads the six rows as 2023 baselines and 2025 targets', () => {
    const t = parseInfraTable(seed, span38.start, span38.end);
    expect(t.rows.map((r) => [r.base, r.target])).toEqual([
      ['7666', '10000'], ['680', '2300'], ['2000', '7000'], ['100', '500'], ['10', '12'], ['24700', '55000'],
    ]);
    expect(one('base_stations_5g', { year: 2023 })).toMatchObject({ kind: 'baseline', value: '7666', area_code: '411000' });
    expect(one('pon_10g_ports', { year: 2025 })).toMatchObject({ kind: 'target', value: '55000' });
    for (const c of ['infra_text_racks_vs_table', 'infra_text_charging_piles_vs_table', 'infra_text_innovation_platforms_vs_table']) {
      expect(check(c).note).toMatch(/^ok:/);
    }
  });

  it('keeps both 2025 heavy-truck swap-station targets (70 in 38号, 10 in 25号) and reports the difference', () => {
    expect(one('heavy_truck_swap_stations', { doc: D38 }).value).toBe('70');
    expect(one('heavy_truck_swap_stations', { doc: D25 }).value).toBe('10');
    const c = check('heavy_truck_swap_stations_25_vs_38');
    expect(c).toMatchObject({ expected: '10', found: '70' });
    expect(c.note).not.toMatch(/^ok:/);
  });
});

describe('许政办〔2023〕25号: industry-chain targets', () => {
  it('has every plan’s 2025 industry scale (Chinese numerals normalised)', () => {
    const scale: [string, string][] = [
      ['chemical_materials_industry_scale', '500'], ['silicon_carbon_industry_scale', '1000'],
      ['new_building_materials_industry_scale', '300'], ['nev_industry_scale', '500'], ['power_equipment_industry_scale', '2000'],
      ['elevator_industry_revenue', '200'], ['advanced_steel_industry_output', '1000'], ['aluminium_magnesium_industry_scale', '500'],
      ['copper_alloy_industry_scale', '200'], ['energy_saving_env_industry_scale', '500'], ['advanced_computing_industry_scale', '100'],
      ['biomedicine_industry_scale', '500'], ['green_food_industry_scale', '500'], ['prepared_food_industry_scale', '100'],
      ['textile_industry_scale', '100'],
    ];
    for (const [id, v] of scale) {
      expect(one(id), id).toMatchObject({ value: v, year: 2025, kind: 'target', unit: '亿元', doc: D25, area_code: '411000' });
    }
    const sc = one('silicon_carbon_industry_scale');
    expect(sc.quote).toMatch(/突破千亿元$/);
  });

  it('gives a task’s target without a printed year the plan’s horizon (2023—2025年), flagged', () => {
    const r = one('advanced_steel_linked_firms', { doc: D25 });
    expect(r).toMatchObject({ value: '20', year: 2025, kind: 'target', unit: '家', area_code: '411000', line: 1697 });
    expect((r as IndicatorRow & { year_basis: string }).year_basis).toBe('horizon');
    expect(r.quote).toMatch(/^以金汇集团为“领头雁”.*带动相关企业 ?20 ?家以上$/);
  });

  it('ties the two 化工材料 clusters to their parks', () => {
    const xc = one('industrial_cluster_scale', { code: '411025' });
    expect(xc).toMatchObject({ value: '350', place_id: 'xiangcheng-advanced-mfg-zone', year: 2025 });
    expect(xc.note).toMatch(/year 2025 inferred/);
    expect(one('industrial_cluster_scale', { code: '411000' })).toMatchObject({ value: '150', place_id: 'xuchang-fine-chemical-park' });
  });

  it('keeps both medicinal-herb areas (60 vs 30 万亩) and reports the difference', () => {
    expect(rows('tcm_herb_planting_area', { year: 2025 }).map((r) => r.value).sort()).toEqual(['30', '60']);
    const c = check('tcm_herb_area_biomedicine_vs_green_food');
    expect(c).toMatchObject({ expected: '60', found: '30' });
    expect(c.note).not.toMatch(/^ok:/);
  });

  it('reconciles parts and totals', () => {
    expect(check('nev_production_split')).toMatchObject({ expected: '3.5', found: '3.5' });
    expect(check('textile_subsectors_vs_scale')).toMatchObject({ expected: '100', found: '100' });
    expect(check('textile_subsectors_vs_scale').note).toMatch(/^ok:/);
    expect(check('prepared_food_scale_plan_vs_green_food').note).toMatch(/^ok:/);
  });

  it('has the agricultural output targets with their units', () => {
    expect(one('wheat_area')).toMatchObject({ value: '345', unit: '万亩' });
    expect(one('poultry_slaughtered')).toMatchObject({ value: '2500', unit: '万羽' });
    expect(one('milk_output')).toMatchObject({ value: '3.5', unit: '万吨' });
    expect(one('aluminium_ctp_foil_output_value')).toMatchObject({ value: '50', unit: '亿元' });
    expect(one('aluminium_ctp_foil_output_value').quote).toMatch(/^（五）做专做强CTP版基和空调箔产业链。/);
  });
});

describe('other documents', () => {
  it('许政〔2023〕34号: 2024 IP targets', () => {
    expect(one('valid_invention_patents')).toMatchObject({ year: 2024, value: '3600', kind: 'target', doc: D34 });
    expect(one('registered_trademarks')).toMatchObject({ value: '6.8', unit: '万件' });
    expect(one('ip_support_funds_secured').note).toMatch(/2024 inferred/);
  });

  it('许政办〔2023〕30号: elderly-care targets and current allowance standards', () => {
    expect(one('public_care_home_occupancy_pct')).toMatchObject({ year: 2025, value: '60', doc: D30 });
    expect(one('township_eldercare_centre_coverage_pct')).toMatchObject({ year: 2025, value: '60' });
    expect(one('old_age_allowance_100plus_yuan_month')).toMatchObject({ year: 2023, kind: 'actual', value: '300' });
  });
});

describe('places', () => {
  const byId = new Map(result.places.map((p) => [p.place_id, p]));

  it('have unique ids, known statuses and areas, and a quote naming them', () => {
    expect(byId.size).toBe(result.places.length);
    for (const p of result.places) {
      expect(PLACE_STATUSES).toContain(p.status);
      expect(areaByCode(p.area_code)?.name_zh).toBe(p.area);
      expect(p.place_id).toMatch(/^[a-z0-9-]+$/);
      expect(quoteIsAtLine(seed, p.line, p.quote), p.place_id).toBe(true);
      if (!/name composed/.test(p.note)) expect(p.quote.replace(/\s+/g, ''), p.place_id).toContain(p.name);
      if (p.area_code === '411000') expect(p.note, p.place_id).toMatch(/names no county/);
    }
  });

  it('gives the county named in the text', () => {
    expect(byId.get('yuzhou-peoples-hospital')).toMatchObject({ area_code: '411081', category: 'hospital', status: 'upgrading', doc: D39 });
    expect(byId.get('xiangcheng-advanced-mfg-zone')).toMatchObject({ area_code: '411025', category: 'industrial_park' });
    expect(byId.get('weidu-wanli-jiaoke')).toMatchObject({ area_code: '411002', category: 'enterprise' });
    expect(byId.get('changge-foerhu-agri-strong-town')).toMatchObject({ area_code: '411082', town: '佛耳湖镇' });
    expect(byId.get('xuchang-jianan-hospital')).toMatchObject({ area_code: '411000' }); // 建安 in the name is not the county
  });

  it('every place_id on an indicator row is a place', () => {
    for (const r of result.indicators) if (r.place_id) expect(byId.has(r.place_id), r.place_id).toBe(true);
  });
});

describe('every row is sourced', () => {
  it('quotes stand at their line and contain the value; areas, kinds and values are canonical', () => {
    expect(result.indicators.length).toBeGreaterThan(250);
    for (const r of result.indicators) {
      const what = `${r.indicator} ${r.area} ${r.year} line ${r.line}`;
      expect(r.seed).toBe(SEED002);
      expect(quoteIsAtLine(seed, r.line, r.quote), what).toBe(true);
      expect(quoteContainsValue(r.quote, r.value), `${what}: ${r.value} in "${r.quote}"`).toBe(true);
      expect(r.value, what).toMatch(/^-?(0|[1-9]\d*)(\.\d*[1-9])?$/);
      expect(areaByCode(r.area_code)?.name_zh, what).toBe(r.area);
      expect(KINDS).toContain(r.kind);
      expect(r.year).toBeGreaterThanOrEqual(2015);
      expect(r.year).toBeLessThanOrEqual(2025);
    }
  });

  it('explains every year that the quote does not show (outside the tables)', () => {
    const tableLines = new Set<number>();
    for (const r of parseInfraTable(seed, span38.start, span38.end).rows) tableLines.add(r.line);
    for (const n of parseHealthTable(seed, span39.start, span39.end).rowLines) tableLines.add(n);
    for (const t of [parseBedTable(), parseStaffTable()]) for (const r of [t.total, ...t.rows]) tableLines.add(r.line);
    for (const r of result.indicators) {
      if (tableLines.has(r.line) || r.quote.includes(String(r.year))) continue;
      expect(r.note, `${r.indicator} line ${r.line}`).toMatch(/year/);
    }
  });

  it('has no duplicate rows and no 合计-style quotes (the validator’s total check)', () => {
    const keys = result.indicators.map((r) => [r.indicator, r.area_code, r.place_id, r.year, r.kind, r.value, r.line].join('|'));
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of result.indicators) expect(r.quote).not.toMatch(/^\s*(合计|总计)/);
  });

  it('defines every indicator it emits, once, with a known topic; and is deterministic', () => {
    const ids = new Set(result.indicators.map((r) => r.indicator));
    expect(result.defs.map((d) => d.id).sort()).toEqual([...ids].sort());
    for (const d of result.defs) {
      expect(TOPICS).toContain(d.topic);
      expect(d.id).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(d.name_zh && d.name_en && d.unit && d.description).toBeTruthy();
      for (const r of rows(d.id)) expect(r.unit).toBe(d.unit);
    }
    expect(extractSeed002(seeds)).toEqual(result);
    const checkIds = result.checks.map((c) => c.check);
    expect(new Set(checkIds).size).toBe(checkIds.length);
  });
});

describe('a changed seed throws (or, for inconsistent figures, reports)', () => {
  const cases: [string, (t: string) => string, RegExp][] = [
    ['a county name the areas do not know', (t) => t.replace('禹州市\t110.9\t4.89\t6.3', '郏县\t110.9\t4.89\t6.3'), /unknown area name "郏县"/],
    ['a county-table cell that is not a number', (t) => t.replace('长葛市\t2.22\t2.96\t2.14\t3.24', '长葛市\t2.22\t2.96\t2.l4\t3.24'), /not a number/],
    ['a county row lost a cell', (t) => t.replace('鄢陵县\t54.7\t6.05\t7.2', '鄢陵县\t54.7\t6.05'), /expected 4 cells, got 3/],
    ['a health-table label changed', (t) => t.replace('\t9\t每千人口药师(士)数(人)', '\t9\t每千人口药剂师数(人)'), /expected row 9/],
    ['a health-table qualifier changed', (t) => t.replace('1.2左右', '约1.2'), /does not read as approx/],
    ['the infrastructure table header changed', (t) => t.replace('指标\t2023 年基础\t2025 年目标', '指标\t2022 年基础\t2025 年目标'), /unexpected header/],
    ['a spec no longer matches', (t) => t.replace('实现化工材料产业规模达到500亿元', '实现化工材料产业规模达到500万元'), /matches 0 times/],
    ['a spec matches twice', (t) => t.replace('到2025年，实现化工材料产业规模达到500亿元', '到2025年，实现化工材料产业规模达到500亿元；到2025年，实现化工材料产业规模达到500亿元'), /matches 2 times/],
    ['a plan title changed', (t) => t.replace('许昌市培育壮大先进铜合金产业链', '许昌市培育壮大先进铜材料产业链'), /series chain: headings changed/],
    ['a notice number is missing', (t) => t.replace(/\n许政〔2023〕38号\n/, '\n'), /许政〔2023〕38号.*document not found/],
  ];
  for (const [what, edit, message] of cases) {
    it(what, () => {
      expect(() => extractSeed002(mutated(edit))).toThrow(message);
    });
  }

  it('reports a population that no longer adds up as a finding', () => {
    const r = extractSeed002(mutated((t) => t.replace('禹州市\t110.9\t4.89\t6.3', '禹州市\t111.9\t4.89\t6.3')));
    const c = r.checks.find((x) => x.check === 'health_population_counties_vs_city')!;
    expect(c).toMatchObject({ expected: '438.2', found: '439.2' });
    expect(c.note).not.toMatch(/^ok:/);
  });

  it('compile() turns a template into an anchored search with value and year groups', () => {
    const re = compile('到{y}年，全市…达到{v}亿元');
    const m = re.exec('到 2025 年，全市产业规模达到 500 亿元。');
    expect(m?.groups).toMatchObject({ y: '2025', v: '500' });
    expect(compile('…{v}万吨').exec('甲。乙10万吨')?.[0]).toBe('乙10万吨');
  });
});
