import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeeds, type SeedSet } from '../../pipeline/lib/seeds.ts';
import { withEditedSeed } from './seedTestKit.ts';
import { quoteIsAtLine } from '../../pipeline/lib/quote.ts';
import { quoteContainsValue } from '../../pipeline/lib/numbers.ts';
import { areaByCode, resolveArea } from '../../pipeline/lib/areas.ts';
import { KINDS, PLACE_STATUSES, TOPICS } from '../../pipeline/lib/types.ts';
import { extractDocuments } from '../../pipeline/documents/index.ts';
import xuzheng2023_14, { parseDigitalTable } from '../../pipeline/documents/2023/xuzheng-2023-14.ts';
import xuzheng2023_15 from '../../pipeline/documents/2023/xuzheng-2023-15.ts';
import xuzheng2019_1 from '../../pipeline/documents/2019/xuzheng-2019-1.ts';
import { numberedDocument } from '../../pipeline/segment.ts';
import type { Seed } from '../../pipeline/lib/seeds.ts';

const SEED001 = '001_a0efda9bb81cc2fd.txt';
const DOC_DIGITAL = '许政〔2023〕14号';
const DOC_PLAN2023 = '许政〔2023〕15号';
/**
 * the two document modules this test covers, run after 许政〔2019〕1号 (15号's wetland park pilots name its parks);
 * that document's rows, places and checks are left out
 */
const extractSeed001a = (s: SeedSet) => {
  const r = extractDocuments(s, [xuzheng2019_1, xuzheng2023_14, xuzheng2023_15]);
  const ours = <T extends { doc: string }>(xs: T[]) => xs.filter((x) => x.doc !== xuzheng2019_1.doc);
  return { ...r, indicators: ours(r.indicators), places: ours(r.places), checks: ours(r.checks) };
};
const locateSeed001a = (sd: Seed) => ({ d14: numberedDocument(sd, DOC_DIGITAL), d15: numberedDocument(sd, DOC_PLAN2023) });

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

/** a copy of the seed set with this seed's text changed by `edit` (which must change something) */
const mutated = (edit: (text: string) => string): SeedSet => withEditedSeed(seeds, SEED001, edit);

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
  it('keeps the table\'s 1901 for 2020 and the text\'s current 4804 for the year before issue, flagged, with a check', () => {
    expect(rows('base_stations_5g', 2020).map((x) => x.value)).toEqual(['1901']);
    const now = one('base_stations_5g', 2022);
    expect(now).toMatchObject({ value: '4804', kind: 'actual', doc: DOC_DIGITAL, year_basis: 'before_issue' });
    expect(now.note).toMatch(/目前/);
    // the rest of its paragraph (目前…) goes with it
    expect(one('gigabit_communities', 2022)).toMatchObject({ value: '6032', year_basis: 'before_issue' });
    const c = result.checks.find((x) => x.check === 'digital_5g_base_stations_2020_table_vs_text')!;
    expect(c).toMatchObject({ expected: '1901', found: '4804', doc: DOC_DIGITAL });
    expect(c.note).not.toMatch(/^ok:/);
  });
});

describe('许政〔2023〕14号 text figures and checks', () => {
  it('takes 2025 targets that print their year', () => {
    const e = rows('ecommerce_transaction_volume', 2025);
    expect(e.map((x) => x.value).sort()).toEqual(['1200', '1562']);
    expect(e.find((x) => x.value === '1200')!.note).toMatch(/超/);
    expect(one('cross_border_ecommerce_volume', 2025)).toMatchObject({ value: '220', kind: 'target', unit: '亿元' });
    expect(one('provincial_digital_village_demo_counties', 2025).value).toBe('2');
    expect(one('digital_tech_innovation_platforms_new', 2025).value).toBe('5');
  });
  it('reports the other table/text differences as checks, not rows', () => {
    const byId = new Map(result.checks.map((c) => [c.check, c]));
    expect(byId.get('digital_cloud_enterprises_2025_table_vs_text')).toMatchObject({ expected: '1.3', found: '3-4' });
    expect(byId.get('digital_cloud_enterprises_2025_table_vs_text')!.note).not.toMatch(/^ok:/);
    expect(byId.get('digital_software_revenue_table_vs_text')).toMatchObject({ expected: '20', found: '10' });
    expect(byId.get('digital_ecommerce_2025_table_vs_text')).toMatchObject({ expected: '1562', found: '>1200' });
    // the 3–4 万家 range and the yearless 10 亿元 are not rows
    expect(result.indicators.some((r) => r.indicator === 'software_it_services_revenue' && r.value === '10')).toBe(false);
    expect(rows('cloud_enterprises').map((r) => r.value).sort()).toEqual(['0.6', '1.3']);
  });
  it('dates the 十三五 review\'s figures 2020 and yearless task targets 2025 (the plan\'s horizon), flagged', () => {
    expect(one('yinong_station_activation_pct', 2020)).toMatchObject({ value: '86', kind: 'baseline', year_basis: 'section' });
    expect(one('supervision_main_items', 2020)).toMatchObject({ value: '4398', year_basis: 'section' });
    expect(one('gov_service_items_no_visit_share_pct', 2020).value).toBe('92.96');
    expect(one('high_tech_enterprises_new_plan_period', 2025)).toMatchObject({ value: '250', kind: 'target', year_basis: 'horizon' });
    expect(one('agri_production_informatisation_pct', 2025)).toMatchObject({ value: '30', year_basis: 'horizon', qualifier: 'about' });
    // a year printed in the sentence is not flagged
    expect(one('provincial_digital_village_demo_counties', 2025).year_basis).toBe('');
  });
  it('dates figures printed without a year by their passage, flagged as inferred', () => {
    // 目前全市已开通千兆小区 6032 个, 已累计开通 572 个 NB-IOT 站点: the paragraph is later than 2020 (see 5G)
    for (const v of ['6032', '572']) {
      const r = result.indicators.filter((x) => x.doc === DOC_DIGITAL && x.value === v);
      expect(r.map((x) => [x.year, x.year_basis])).toEqual([[2022, 'before_issue']]);
    }
  });
});

describe('许政〔2023〕15号 2022 actuals and 2023 targets', () => {
  it('reads the 2022 actuals', () => {
    const a = (id: string) => one(id, 2022);
    expect(a('gdp')).toMatchObject({ value: '3746.8', unit: '亿元', kind: 'actual', doc: DOC_PLAN2023 });
    expect(a('gdp_growth_pct')).toMatchObject({ value: '1.8', kind: 'actual' });
    expect(a('fixed_asset_investment_growth_pct').value).toBe('3.8');
    expect(a('retail_sales_decline_pct').value).toBe('3.6');
    expect(rows('retail_sales_growth_pct', 2022)).toHaveLength(0);
    expect(a('general_budget_revenue').value).toBe('203.9');
    expect(a('disposable_income_per_capita').value).toBe('30320.5');
    expect(a('disposable_income_growth_pct').value).toBe('4.5');
    expect(a('grain_output').value).toBe('298.09');
    expect(a('air_quality_good_days').value).toBe('248');
    expect(a('urban_new_jobs')).toMatchObject({ value: '5.32', unit: '万人' });
    expect(a('gdp').note).toBe('');
    expect(a('fixed_asset_investment_growth_pct').note).toMatch(/2022年，全市生产总值/);
  });
  it('reads the 2023 targets with their qualifiers', () => {
    const t = (id: string) => one(id, 2023);
    expect(t('gdp_growth_pct')).toMatchObject({ value: '7', kind: 'target' });
    expect(t('fixed_asset_investment_growth_pct').value).toBe('11');
    expect(t('retail_sales_growth_pct').value).toBe('8.5');
    expect(t('industrial_value_added_growth_pct')).toMatchObject({ value: '8' });
    expect(t('industrial_value_added_growth_pct').note).toMatch(/以上/);
    expect(t('cpi_increase_pct').note).toMatch(/左右/);
    expect(t('urban_surveyed_unemployment_rate_pct').value).toBe('5.5');
    expect(t('grain_output').value).toBe('280');
    expect(t('rd_intensity_pct').value).toBe('2');
    expect(t('urbanisation_rate_increase_pp')).toMatchObject({ value: '1.2', unit: '百分点' });
  });
  it('reads 专栏1 and reconciles it', () => {
    expect(one('key_projects', 2023)).toMatchObject({ value: '380', kind: 'plan' });
    expect(one('key_project_investment', 2023).value).toBe('1800');
    expect(one('key_project_investment_industry', 2023).value).toBe('1079.2');
    expect(one('key_projects_urban', 2023).value).toBe('47');
    const byId = new Map(result.checks.map((c) => [c.check, c]));
    expect(byId.get('plan2023_box1_projects_sum')).toMatchObject({ expected: '>=380', found: '382' });
    expect(byId.get('plan2023_box1_investment_sum')).toMatchObject({ expected: '>=1800', found: '1830.2' });
    expect(byId.get('plan2023_box1_projects_sum')!.note).toMatch(/^ok:/);
    expect(byId.get('plan2023_box1_fai_growth_vs_target')!.note).toMatch(/^ok:/);
  });
  it('notes the inferred year of task targets and reports the rural-road mismatch', () => {
    const n = one('new_energy_grid_capacity', 2023);
    expect(n).toMatchObject({ value: '115', unit: '万千瓦' });
    expect(n.year_basis).toBe('section');
    expect(n.note).toMatch(/year 2023 from the heading 三、2023年经济社会发展的主要任务/);
    expect(one('high_standard_farmland_new', 2023).value).toBe('3.65');
    expect(one('shantytown_units_completed', 2023).value).toBe('8299');
    expect(one('prenatal_screening_coverage_pct', 2023)).toMatchObject({ value: '65', note: '' });
    expect(rows('rural_roads_upgraded_km', 2023).map((r) => r.value).sort()).toEqual(['150', '220']);
    const c = result.checks.find((x) => x.check === 'plan2023_rural_roads_text_vs_box2')!;
    expect(c).toMatchObject({ expected: '150', found: '220' });
    expect(c.note).not.toMatch(/^ok:/);
  });
  it('has the task figures added by the recall audit (新增…, 政务服务, 专栏2 sub-counts)', () => {
    expect(one('expressways_under_construction', 2023)).toMatchObject({ value: '5', unit: '条', kind: 'plan' });
    expect(one('main_board_listed_firms_new', 2023)).toMatchObject({ value: '1', kind: 'target' });
    expect(one('main_board_listed_firms_new', 2023).note).toMatch(/以上/);
    expect(one('srdi_enterprises_new', 2023).value).toBe('60');
    const above = one('industry_enterprises_above_scale_new', 2023);
    expect(above.value).toBe('200');
    expect(above.quote).toMatch(/^新增主板上市企业/);
    expect(one('market_entities', 2023)).toMatchObject({ value: '44', unit: '万户' });
    expect(one('market_entities', 2023).note).toMatch(/突破/);
    expect(one('hundred_billion_industry_clusters', 2023).value).toBe('4');
    expect(one('development_zones_revenue_over_50bn_new', 2023).value).toBe('1');
    expect(one('intranet_5g_factory_benchmarks', 2023).note).toMatch(/以上/);
    expect(one('digital_transformation_solutions_new', 2023).value).toBe('1');
    expect(one('gov_service_items_completeness_pct', 2023).value).toBe('100');
    expect(one('gov_service_items_accuracy_pct', 2023).value).toBe('100');
    expect(one('social_security_cards_issued', 2023)).toMatchObject({ value: '470', unit: '万张' });
    expect(one('preschool_projects', 2023).value).toBe('47');
    expect(one('secondary_vocational_schools_supported', 2023)).toMatchObject({ value: '12', unit: '所' });
    expect(one('youth_counselling_cases_key_groups', 2023)).toMatchObject({ value: '300', unit: '人次' });
    // 实施中心城区智慧交通建设: the central city's (XC-ZXCQ), not the whole city's
    expect(one('pocket_car_parks_renovated', 2023, 'XC-ZXCQ').value).toBe('5');
    expect(one('illegal_parking_camera_systems_new', 2023, 'XC-ZXCQ').value).toBe('40');
    const cw = one('crosswalk_yield_camera_systems_new', 2023, 'XC-ZXCQ');
    expect(cw.value).toBe('5');
    expect(cw.note).toMatch(/中心城区/);
    expect(rows('crosswalk_yield_camera_systems_new', 2023)).toHaveLength(0);
    expect(result.indicators.filter((r) => r.doc === DOC_PLAN2023)).toHaveLength(128);
  });
  it('has only 2022 actuals and 2023 targets/plans', () => {
    for (const r of result.indicators.filter((x) => x.doc === DOC_PLAN2023)) {
      if (r.kind === 'actual') expect(r.year).toBe(2022);
      else expect(r.year).toBe(2023);
    }
  });
});

describe('seed001a places', () => {
  const byId = new Map(result.places.map((p) => [p.place_id, p]));
  it('puts named sites in their printed area', () => {
    expect(byId.get('weidu-hi-tech-industrial-park')).toMatchObject({ area_code: '411002', category: 'industrial_park' });
    expect(byId.get('xuchang-5g-innovation-industrial-park')).toMatchObject({ area_code: 'XC-SFQ' });
    expect(byId.get('dongcheng-digital-economy-industrial-park')).toMatchObject({ area_code: 'XC-DCQ' });
    expect(byId.get('yuzhou-provincial-high-tech-zone')).toMatchObject({ area_code: '411081', status: 'upgrading' });
    expect(byId.get('changge-economic-technological-development-zone')).toMatchObject({ area_code: '411082' });
    expect(byId.get('jianan-comprehensive-bonded-zone')).toMatchObject({ area_code: '411003' });
    expect(byId.get('xuchang-government-big-data-center')).toMatchObject({ category: 'data_center', status: 'planned', area_code: '411000' });
    expect(byId.get('xuchang-kunpeng-manufacturing-base')).toMatchObject({ category: 'enterprise', status: 'existing' });
    // emitted by seed002 already (a place_id may appear once in the merged data)
    expect(byId.has('zhongyuan-ai-computing-center')).toBe(false);
  });
  it('has the two wetland park pilots of 2023 as places of 15号 (tests/unit/extract-wetlands.test.ts has the rest)', () => {
    expect(result.places.filter((p) => /湿地/.test(p.name)).map((p) => [p.place_id, p.doc, p.year])).toEqual([
      ['wetland-park-yanling-heminghu-xz2023-15', DOC_PLAN2023, 2023],
      ['wetland-park-yuzhou-yinghe-xz2023-15', DOC_PLAN2023, 2023],
    ]);
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
  it('has one row per indicator/area/year/kind except the documented double statements', () => {
    const seen = new Map<string, number>();
    for (const r of result.indicators) {
      const k = `${r.indicator}|${r.area_code}|${r.year}|${r.kind}|${r.place_id}`;
      seen.set(k, (seen.get(k) ?? 0) + 1);
    }
    const dup = [...seen].filter(([, n]) => n > 1).map(([k]) => k);
    // documented double statements, each with a CheckRow: e-commerce 2025 (table vs text floor), rural roads 2023
    // (text vs 专栏2)
    expect(dup.sort()).toEqual([
      'ecommerce_transaction_volume|411000|2025|target|',
      'rural_roads_upgraded_km|411000|2023|plan|',
    ]);
  });
  it('is deterministic', () => {
    expect(JSON.stringify(extractSeed001a(seeds))).toBe(JSON.stringify(result));
  });
  it('throws when a text figure is no longer found or found twice', () => {
    expect(() => extractSeed001a(mutated((x) => x.replace('全市已开通 5G 基站 4804 座', '全市已开通 5G 基站 4804 个')))).toThrow(/xuzheng-2023-14\.ts: 许政〔2023〕14号 figure base_stations_5g in infrastructure: .* matches 0 times/);
    expect(() => extractSeed001a(mutated((x) => x.replace('固定资产投资增长 11％', '固定资产投资增长 11％，固定资产投资增长 12％')))).toThrow(/xuzheng-2023-15\.ts: 许政〔2023〕15号 figure fixed_asset_investment_growth_pct in t2023: .* matches 2 times/);
    expect(() => extractSeed001a(mutated((x) => x.replace('许政〔2023〕15 号', '许政〔2023〕51 号')))).toThrow(/15号/);
    expect(() => extractSeed001a(mutated((x) => x.replace('城乡一体化示范区许昌 5G', '城乡一体化新区许昌 5G')))).toThrow(/5g-innovation/);
  });
  it('follows a changed value instead of a line number', () => {
    const r = extractSeed001a(mutated((x) => x.replace('2022 年，全市生产总值 3746．8 亿元', '2022 年，全市生产总值 3746．9 亿元')));
    expect(r.indicators.find((x) => x.indicator === 'gdp')!.value).toBe('3746.9');
  });
});
