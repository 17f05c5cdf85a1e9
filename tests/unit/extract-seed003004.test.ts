import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeeds, type SeedSet } from '../../pipeline/lib/seeds.ts';
import { checkNamed, withEditedSeed } from './seedTestKit.ts';
import { quoteIsAtLine } from '../../pipeline/lib/quote.ts';
import { numbersIn, quoteContainsValue } from '../../pipeline/lib/numbers.ts';
import { areaByCode } from '../../pipeline/lib/areas.ts';
import { KINDS, PLACE_STATUSES, TOPICS, type IndicatorRow } from '../../pipeline/lib/types.ts';
import { segmentDocuments } from '../../pipeline/segment.ts';
import { locateDocument } from '../../pipeline/engine/index.ts';
import { extractDocuments } from '../../pipeline/documents/index.ts';
import draft from '../../pipeline/documents/2020/draft-2020-mfg.ts';
import doc7 from '../../pipeline/documents/2020/xuzheng-2020-7.ts';
import doc9 from '../../pipeline/documents/2020/xuzheng-2020-9.ts';
import doc10 from '../../pipeline/documents/2020/xuzheng-2020-10.ts';
import doc11 from '../../pipeline/documents/2020/xuzheng-2020-11.ts';
import doc12 from '../../pipeline/documents/2020/xuzheng-2020-12.ts';
import doc13 from '../../pipeline/documents/2020/xuzheng-2020-13.ts';
import doc14 from '../../pipeline/documents/2020/xuzheng-2020-14.ts';
import doc15 from '../../pipeline/documents/2020/xuzheng-2020-15.ts';
import doc16 from '../../pipeline/documents/2020/xuzheng-2020-16.ts';
import doc17, { parseHealthTable } from '../../pipeline/documents/2020/xuzheng-2020-17.ts';
import doc18, { parseSciAnnex } from '../../pipeline/documents/2020/xuzheng-2020-18.ts';

/** the draft (seed 003) and 许政〔2020〕7–18号 (seed 004) as document modules; 8号 has no figure and no module */
const MODULES = { draft, 7: doc7, 9: doc9, 10: doc10, 11: doc11, 12: doc12, 13: doc13, 14: doc14, 15: doc15, 16: doc16, 17: doc17, 18: doc18 };
const DRAFT_DOC = draft.doc;
const FINAL_MFG_DOC = doc14.doc;
const SEED003 = draft.seed;
const SEED004 = doc14.seed;
/** in index order: the draft first (许政〔2020〕14号 compares with it) */
const ORDERED = [draft, doc7, doc9, doc10, doc11, doc12, doc13, doc14, doc15, doc16, doc17, doc18];
const extractSeed003004 = (s: SeedSet) => extractDocuments(s, ORDERED);

const seeds = loadSeeds(join(process.cwd(), 'seeds'));
const result = extractSeed003004(seeds);
type DocKey = keyof typeof MODULES;
const docs = new Map(Object.entries(MODULES).map(([k, m]) => {
  const { seed, start, end } = locateDocument(m, seeds);
  return [(k === 'draft' ? k : Number(k)) as DocKey | number, { doc: m.doc, seed, start, end }];
}));
const CITY = '411000';
/** 中心城区 / 市区 / 建成区: the central city, its own scope (not the whole city) */
const CENTRAL = 'XC-ZXCQ';

const rows = (id: string, filter: Partial<IndicatorRow> = {}) =>
  result.indicators.filter((r) => r.indicator === id && Object.entries(filter).every(([k, v]) => r[k as keyof IndicatorRow] === v));
const one = (id: string, filter: Partial<IndicatorRow>) => {
  const hits = rows(id, filter);
  expect(hits, `${id} ${JSON.stringify(filter)}`).toHaveLength(1);
  return hits[0];
};
const checkOf = (id: string) => checkNamed(result.checks, id);

/** a copy of the seed set with one seed's text changed by `edit` (which must change something) */
const mutated = (seedName: string, edit: (text: string) => string): SeedSet => withEditedSeed(seeds, seedName, edit);

describe('seed 003/004: documents', () => {
  it('finds the draft and 许政〔2020〕7–18号, each inside the segmenter\'s document range', () => {
    expect([...docs.values()].map((d) => d.doc).sort()).toEqual([
      DRAFT_DOC, ...[7, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18].map((n) => `许政〔2020〕${n}号`),
    ].sort());
    const segmented = segmentDocuments(seeds);
    expect(segmented.some((x) => x.doc === '许政〔2020〕8号')).toBe(true); // printed, but gives no figure with a year
    for (const d of docs.values()) {
      const s = segmented.find((x) => x.doc === d.doc)!;
      expect(s, d.doc).toBeDefined();
      expect(d.start).toBeGreaterThanOrEqual(s.first_line);
      expect(d.end).toBeLessThanOrEqual(s.last_line);
    }
    expect(docs.get(14)!.seed.line(docs.get(14)!.start).trim()).toBe('许政〔2020〕14号');
  });

  it('throws when a notice number is missing', () => {
    expect(() => extractSeed003004(mutated(SEED004, (t) => t.replace('许政〔2020〕12号', '许政〔2020〕21号')))).toThrow(/xuzheng-2020-12\.ts: 许政〔2020〕12号.*document not found/);
  });
});

describe('manufacturing plan: draft (DRAFT-2020-MFG) and final (许政〔2020〕14号)', () => {
  it('keeps both versions of a shared 2022 target, each with its own doc and seed', () => {
    for (const [id, value] of [
      ['enterprises_revenue_over_10bn', '10'], ['industry_enterprises_above_scale', '2000'], ['industrial_robots_in_use', '8000'],
      ['industrial_enterprises_on_cloud', '5000'], ['key_process_nc_rate_pct', '80'], ['two_integration_benchmarking_firms', '800'],
      ['two_integration_certified_firms', '100'], ['industrial_zone_tax_per_mu', '15'], ['provincial_rd_platforms', '100'],
    ] as const) {
      expect(one(id, { doc: DRAFT_DOC })).toMatchObject({ value, year: 2022, kind: 'target', area_code: CITY, seed: SEED003 });
      expect(one(id, { doc: FINAL_MFG_DOC })).toMatchObject({ value, year: 2022, kind: 'target', area_code: CITY, seed: SEED004 });
    }
    // the printed form is kept: the draft has spaces around numbers
    expect(one('enterprises_revenue_over_10bn', { doc: DRAFT_DOC }).quote).toBe('超百亿企业突破 10 家');
    expect(one('enterprises_revenue_over_10bn', { doc: FINAL_MFG_DOC }).quote).toBe('超百亿企业突破10家');
  });

  it('records the year inference (发展目标 headed 到2022年) in the note', () => {
    const draftRows = result.indicators.filter((x) => x.doc === DRAFT_DOC);
    for (const r of draftRows.filter((x) => x.year_basis === 'section' && x.kind === 'target')) {
      expect(r.note, r.indicator).toMatch(/year 2022 from the 发展目标 section headed 到2022年/);
    }
    // tasks without a printed year (构建金融保障体系): the horizon of the draft titled (2020—2022年); the fund is not a target
    const horizon = draftRows.filter((x) => x.year_basis === 'horizon');
    expect(horizon.map((r) => `${r.indicator}:${r.year}:${r.value}`).sort()).toEqual(['city_guarantee_agency_capital:2022:5', 'listing_reserve_enterprises:2022:100']);
    for (const r of horizon) expect(r.note).toMatch(/year 2022 inferred: the plan's horizon/);
    expect(draftRows.some((r) => r.value === '10' && r.unit === '亿元')).toBe(false);
    // stated as current (现有 130多个公告产品) in the undated draft: the base year of the (2020—2022年) plan, flagged section, qualifier over
    const current = draftRows.filter((x) => x.kind === 'actual');
    expect(current.map((r) => ({ id: r.indicator, value: r.value, year: r.year, year_basis: r.year_basis, qualifier: r.qualifier })))
      .toEqual([{ id: 'auto_announced_products', value: '130', year: 2019, year_basis: 'section', qualifier: 'over' }]);
    expect(one('smart_factories', { doc: FINAL_MFG_DOC }).note).toMatch(/line 783/);
  });

  it('draft-only and final-only targets', () => {
    expect(one('rd_intensity_pct', { doc: DRAFT_DOC })).toMatchObject({ value: '2.1', unit: '%' });
    expect(rows('rd_intensity_pct', { doc: FINAL_MFG_DOC })).toHaveLength(0);
    expect(one('standards_led_or_participated', { doc: DRAFT_DOC }).value).toBe('390');
    expect(one('high_level_leading_talents_recruited', { doc: DRAFT_DOC }).value).toBe('500');
    expect(one('high_tech_enterprises', { doc: FINAL_MFG_DOC }).value).toBe('300');
    expect(one('tech_smes', { doc: FINAL_MFG_DOC }).value).toBe('800');
    expect(one('emerging_industry_va_share_pct', { doc: DRAFT_DOC }).value).toBe('60');
    expect(one('strategic_emerging_industry_va_share_pct', { doc: FINAL_MFG_DOC }).value).toBe('60');
  });

  it('adds a draft-vs-final check for every target, ok only where they agree', () => {
    expect(checkOf('mfg_enterprises_revenue_over_10bn_final_vs_draft')).toMatchObject({ expected: '10', found: '10', doc: FINAL_MFG_DOC });
    expect(checkOf('mfg_enterprises_revenue_over_10bn_final_vs_draft').note).toMatch(/^ok:/);
    expect(checkOf('mfg_smart_factories_final_vs_draft').note).toMatch(/^ok:.*智能制造工厂/);
    const rd = checkOf('mfg_rd_intensity_pct_final_vs_draft');
    expect(rd).toMatchObject({ expected: '研究与试验发展经费投入强度高于全省平均水平', found: '2.1' });
    expect(rd.note).not.toMatch(/^ok:/);
    for (const id of ['standards_led_or_participated', 'innovation_talent_teams_recruited', 'high_level_leading_talents_recruited', 'high_tech_enterprises', 'tech_smes']) {
      expect(checkOf(`mfg_${id}_final_vs_draft`).note, id).not.toMatch(/^ok:/);
    }
    expect(checkOf('mfg_emerging_industry_share_final_vs_draft').note).toMatch(/战略性新兴产业/);
    expect(checkOf('mfg_emerging_industry_share_final_vs_draft').note).not.toMatch(/^ok:/);
  });

  it('reports a changed draft figure as a finding, not an error', () => {
    const r = extractSeed003004(mutated(SEED003, (t) => t.replace('超百亿企业突破 10 家', '超百亿企业突破 12 家')));
    const c = r.checks.find((x) => x.check === 'mfg_enterprises_revenue_over_10bn_final_vs_draft')!;
    expect(c).toMatchObject({ expected: '10', found: '12' });
    expect(c.note).not.toMatch(/^ok:/);
  });

  it('turns the final plan\'s 千亿元级 clusters into places with a 1000 亿元 scale row each', () => {
    const clusters = result.places.filter((p) => p.category === 'industrial_cluster');
    expect(clusters.map((p) => p.name).sort()).toEqual(
      ['电力装备', '节能环保装备及服务', '再生金属及制品', '新一代信息技术', '碳硅先进材料', '新能源及网联汽车'].map((n) => `${n}产业集群`).sort());
    for (const p of clusters) {
      expect(p).toMatchObject({ area_code: CITY, year: 2022, status: 'planned', doc: FINAL_MFG_DOC });
      expect(p.quote).toContain(p.name.replace(/产业集群$/, ''));
      const [r] = rows('industrial_cluster_scale', { place_id: p.place_id });
      expect(r).toMatchObject({ value: '1000', unit: '亿元', year: 2022, area_code: CITY });
      expect(r.quote).toMatch(/千亿元级/);
    }
    expect(checkOf('mfg_kiloyi_clusters_final_vs_draft')).toMatchObject({ expected: '6', found: '' });
  });

  it('throws on a cluster it has no id for', () => {
    expect(() => extractSeed003004(mutated(SEED004, (t) => t.replace('碳硅先进材料、新能源', '碳硅先进材料、氢能源')))).toThrow(/氢能源/);
  });
});

describe('seed 004: targets with a year', () => {
  it('infrastructure, pollution, urban construction', () => {
    expect(one('natural_gas_primary_energy_share_pct', {})).toMatchObject({ value: '10', year: 2020, doc: '许政〔2020〕7号' });
    expect(one('base_stations_5g_built', {})).toMatchObject({ value: '2000', year: 2020 });
    expect(one('central_urban_sewage_treatment_rate_pct', {})).toMatchObject({ value: '97', year: 2020, area_code: CENTRAL });
    expect(one('central_urban_sewage_treatment_rate_pct', {}).note).toMatch(/市区/);
    expect(one('county_urban_sewage_treatment_rate_pct', {})).toMatchObject({ value: '93', year: 2020, area_code: CITY });
    // the shared definitions (seed 000) do not say 以上: the rows do
    expect(one('central_urban_sewage_treatment_rate_pct', {}).note).toMatch(/以上: a floor/);
    expect(one('county_urban_sewage_treatment_rate_pct', {}).note).toMatch(/以上: a floor/);
    expect(one('green_retrofit_industries', {})).toMatchObject({ value: '13', unit: '个', year: 2020, kind: 'target', doc: '许政〔2020〕9号', area_code: CITY });
    expect(one('green_retrofit_industries', {}).quote).toMatch(/^2020年分行业制定绿色化改造技术指南.*等13个行业绿色化改造$/);
    expect(one('waste_sorting_pilot_households', {})).toMatchObject({ value: '10', unit: '万户', year: 2020, area_code: CENTRAL });
    expect(one('waste_sorting_coverage_pct', {})).toMatchObject({ value: '30', year: 2020, area_code: CENTRAL });
    expect(one('urbanization_rate_pct', {})).toMatchObject({ value: '64', year: 2025 });
    expect(one('urbanization_rate_pct', {}).note).toMatch(/2025年年底，彰显特色提品质/);
    expect(one('central_heating_coverage_pct', { area_code: CENTRAL }).value).toBe('90');
    expect(rows('central_heating_coverage_pct').map((r) => r.area_code)).not.toContain(CITY);
    expect(one('central_heating_coverage_pct', { area: '禹州市' }).value).toBe('70');
    expect(one('central_heating_coverage_pct', { area: '襄城县' }).value).toBe('50');
    expect(rows('central_heating_coverage_pct').map((r) => r.area_code)).not.toContain('411002');
    expect(rows('gas_coverage_pct').map((r) => `${r.area}:${r.value}`).sort()).toEqual(
      ['中心城区:99', '禹州市:95', '长葛市:95', '鄢陵县:95', '襄城县:95'].sort());
    expect(one('water_network_leakage_rate_pct', { area_code: CENTRAL })).toMatchObject({ value: '7', year: 2025 });
    expect(one('water_network_leakage_rate_pct', { area: '长葛市' })).toMatchObject({ value: '9', year: 2025 });
  });

  it('targets in task text take the horizon the title or the goals state, flagged horizon', () => {
    const h = (id: string, filter: Partial<IndicatorRow> = {}) => {
      const r = one(id, { doc: id === 'coal_washing_rate_pct' ? '许政〔2020〕7号' : id === 'emerging_market_export_share_pct' || id === 'hair_branded_export_enterprises' ? '许政〔2020〕15号' : '许政〔2020〕10号', ...filter });
      expect(r.year_basis, id).toBe('horizon');
      expect(r.note, id).toMatch(/inferred: the plan's horizon/);
      return r;
    };
    // (2020—2022年) in the title of 15号's plan
    expect(h('emerging_market_export_share_pct')).toMatchObject({ value: '50', year: 2022, area_code: CITY });
    expect(h('hair_branded_export_enterprises')).toMatchObject({ value: '30', year: 2022, area_code: CITY });
    // 7号's 发展目标 close with 到2025年
    expect(h('coal_washing_rate_pct')).toMatchObject({ value: '85', year: 2025, area_code: CITY });
    // 10号's 中心城区 section: the central city, the last stage of its goals (2025年年底)
    expect(h('central_urban_public_transport_motorised_share_pct')).toMatchObject({ value: '40', year: 2025, area_code: CENTRAL });
    expect(h('peak_bus_operating_speed_kmh')).toMatchObject({ value: '18', year: 2025, area_code: CENTRAL });
    expect(h('urban_road_intact_rate_pct')).toMatchObject({ value: '95', year: 2025, area_code: CENTRAL });
  });

  it('forest plan (许政〔2020〕11号) and its itemised areas vs the 60 万亩 total', () => {
    expect(one('afforestation_area', {})).toMatchObject({ value: '60', unit: '万亩', year: 2025 });
    expect(one('eco_corridor_greening_area', {}).value).toBe('6.45');
    expect(one('mountain_eco_forest_area', {}).value).toBe('27.4');
    expect(one('eco_corridor_l1_greening_rate_pct', {}).value).toBe('100');
    expect(one('eco_corridor_l2_greening_rate_pct', {}).value).toBe('95');
    expect(one('forest_towns', { year: 2025 })).toMatchObject({ value: '10', doc: '许政〔2020〕11号' });
    expect(one('forest_towns', { year: 2020 })).toMatchObject({ value: '1', doc: '许政〔2020〕13号' });
    const c = checkOf('forest_afforestation_total_vs_projects');
    expect(c).toMatchObject({ expected: '60', found: '45' });
    expect(c.note).not.toMatch(/^ok:/);
    expect(checkOf('forest_forest_villages_goal_vs_rural_greening').note).toMatch(/^ok:/);
  });

  it('elderly care, rural revitalisation, opening-up, culture', () => {
    expect(one('elderly_care_beds_per_1000_elderly', { doc: '许政〔2020〕12号', year: 2020 }).value).toBe('35');
    expect(one('elderly_care_beds_per_1000_elderly', { doc: '许政〔2020〕12号', year: 2025 }).value).toBe('40');
    expect(one('subdistricts_with_eldercare_centre', {}).value).toBe('31');
    expect(rows('county_public_care_facilities')).toHaveLength(6);
    // 高龄津贴: no year printed; read as the 2020 standard in force (same ids as 许政办〔2023〕30号's 2023 当前标准)
    for (const [id, v] of [['old_age_allowance_80_89_yuan_month', '50'], ['old_age_allowance_90_99_yuan_month', '100'], ['old_age_allowance_100plus_yuan_month', '300']] as const) {
      const r = one(id, {});
      expect(r).toMatchObject({ value: v, unit: '元/人·月', year: 2020, kind: 'actual', doc: '许政〔2020〕12号', area_code: CITY });
      expect(r.note).toMatch(/year 2020 inferred.*不低于: a floor/);
      expect(r.quote).toMatch(/不低于 300 元$/);
    }
    expect(one('high_standard_farmland_new', {})).toMatchObject({ value: '21', unit: '万亩', year: 2020 });
    expect(one('rural_toilet_renovations', {})).toMatchObject({ value: '7.6', unit: '万户' });
    expect(rows('villages_treating_household_waste_pct').map((r) => `${r.year}:${r.value}`)).toEqual(['2020:90', '2022:95']);
    const fdi = one('fdi_utilised_growth_pct', {});
    expect(fdi).toMatchObject({ value: '3', year: 2022 });
    expect(fdi.note).toMatch(/2020–2022/);
    expect(one('cross_border_ecommerce_volume', {})).toMatchObject({ value: '180', unit: '亿元', year: 2022 });
    expect(one('sino_german_park_share_of_german_coop_firms_pct', {}).place_id).toBe('park-sino-german-xz2020');
    expect(rows('culture_industry_value_added').map((r) => `${r.year}:${r.value}`)).toEqual(['2021:230', '2025:320']);
    expect(one('culture_industry_value_added', { year: 2021 }).note).toMatch(/year 2021 from/);
    expect(one('cultural_creative_park_firms', {})).toMatchObject({ value: '100', year: 2021 });
    expect(one('cultural_creative_park_firms', {}).quote).toMatch(/过百家$/);
    expect(one('museums', {})).toMatchObject({ value: '20', year: 2025 });
  });

  it('health: the indicators table cell by cell, per-county healthy-town targets', () => {
    const t = parseHealthTable(docs.get(17)!.seed, docs.get(17)!.start, docs.get(17)!.end);
    expect(t.years).toEqual([2021, 2025]);
    expect(t.rows).toHaveLength(10);
    expect(one('infant_mortality_permille', { year: 2021 })).toMatchObject({ value: '4.2', unit: '‰' });
    expect(one('infant_mortality_permille', { year: 2021 }).note).toMatch(/cap/);
    expect(one('infant_mortality_permille', { year: 2025 }).value).toBe('4');
    expect(one('doctors_per_1000', { year: 2025 }).value).toBe('3.03');
    expect(one('health_industry_scale', { year: 2025 })).toMatchObject({ value: '1000', unit: '亿元' });
    expect(one('life_expectancy', {})).toMatchObject({ value: '78', year: 2021 }); // 2025: 高于全国平均水平, no row
    expect(checkOf('health_life_expectancy_text_vs_table').note).toMatch(/^ok:/);
    expect(checkOf('eldercare_beds_2025_17_vs_12').note).toMatch(/^ok:/);
    expect(rows('healthy_families').map((r) => r.area).sort()).toEqual(['魏都区', '建安区', '鄢陵县', '襄城县', '禹州市', '长葛市'].sort());
    for (const r of rows('healthy_families')) expect(r).toMatchObject({ value: '20000', year: 2025 });
  });

  it('science: text rows, the annex checked against them, and the two plans compared', () => {
    expect(parseSciAnnex(docs.get(18)!.seed, docs.get(18)!.start, docs.get(18)!.end).map((t) => t.serial)).toEqual([...Array(17)].map((_, i) => i + 1));
    expect(one('high_tech_enterprises', { doc: '许政〔2020〕18号' }).value).toBe('500');
    expect(one('provincial_rd_platforms', { doc: '许政〔2020〕18号' }).value).toBe('170');
    expect(one('innovation_demo_bases', {})).toMatchObject({ value: '5', year: 2022 });
    expect(checkOf('sci_annex_task1_tech_smes').note).toMatch(/^ok:/);
    const a4 = checkOf('sci_annex_task4_provincial_rd_platforms');
    expect(a4).toMatchObject({ expected: '100', found: '170' });
    expect(a4.note).not.toMatch(/^ok:/);
    const ht = checkOf('sci_high_tech_enterprises_18_vs_14');
    expect(ht).toMatchObject({ expected: '500', found: '300' });
    expect(ht.note).not.toMatch(/^ok:/);
    expect(checkOf('sci_tech_smes_18_vs_14').note).toMatch(/^ok:/);
    // the shared definitions say "as noted per row": the rows note 左右 / 以上
    expect(one('high_tech_enterprises', { doc: '许政〔2020〕18号' }).note).toMatch(/左右: about/);
    expect(one('high_tech_enterprises', { doc: FINAL_MFG_DOC }).note).toMatch(/以上: a floor/);
    for (const doc of ['许政〔2020〕18号', FINAL_MFG_DOC]) expect(one('tech_smes', { doc }).note).toMatch(/左右: about/);
  });
});

describe('seed 003/004: every row is sourced', () => {
  const segmented = segmentDocuments(seeds);
  const inside = (doc: string, seed: string, line: number) => {
    const d = segmented.find((x) => x.doc === doc);
    return !!d && d.seed === seed && line >= d.first_line && line <= d.last_line;
  };

  it('indicator quotes stand at their line, contain the value, and lie inside their document', () => {
    expect(result.indicators.length).toBeGreaterThan(200);
    for (const r of result.indicators) {
      const seed = seeds.get(r.seed)!;
      const what = `${r.indicator} ${r.area} ${r.year} line ${r.line}`;
      expect(quoteIsAtLine(seed, r.line, r.quote), what).toBe(true);
      expect(quoteContainsValue(r.quote, r.value), `${what}: ${r.value} in "${r.quote}"`).toBe(true);
      expect(r.value).toMatch(/^-?(0|[1-9]\d*)(\.\d*[1-9])?$/);
      expect(areaByCode(r.area_code)?.name_zh, what).toBe(r.area);
      expect(KINDS).toContain(r.kind);
      expect(inside(r.doc, r.seed, r.line), what).toBe(true);
      expect(String(r.year)).toMatch(/^20\d\d$/);
      expect(r.quote).not.toMatch(/^\s*(合计|总计)/); // neither seed has a per-area table with a 合计 row
    }
  });

  it('covers every Arabic number of both 发展目标 sections (draft and final)', () => {
    for (const [key, from, to] of [['draft', /发展目标/, /二、重点任务/], [14, /（二）发展目标/, /二、重点任务/]] as const) {
      const d = docs.get(key)!;
      let a = d.start;
      while (!from.test(d.seed.line(a))) a++;
      let b = a;
      while (!to.test(d.seed.line(b))) b++;
      const covered = new Set(result.indicators.filter((r) => r.doc === d.doc).map((r) => `${r.line}|${Number(r.value)}`));
      let n = 0;
      for (let l = a + 1; l < b; l++) {
        for (const m of d.seed.line(l).matchAll(/\d+(?:\.\d+)?/g)) {
          if (/^20\d\d$/.test(m[0])) continue; // the heading year
          n++;
          expect(covered.has(`${l}|${Number(m[0])}`), `${d.doc} line ${l}: ${m[0]}`).toBe(true);
        }
      }
      expect(n).toBeGreaterThan(15);
    }
  });

  it('place quotes stand at their line and name the place', () => {
    expect(new Set(result.places.map((p) => p.place_id)).size).toBe(result.places.length);
    for (const p of result.places) {
      const seed = seeds.get(p.seed)!;
      expect(quoteIsAtLine(seed, p.line, p.quote), p.place_id).toBe(true);
      expect(PLACE_STATUSES).toContain(p.status);
      expect(areaByCode(p.area_code)?.name_zh).toBe(p.area);
      expect(inside(p.doc, p.seed, p.line), p.place_id).toBe(true);
      expect(p.place_id).toMatch(/^[a-z0-9-]+$/);
      if (/name built|name =|name:/.test(p.note)) continue; // a name we built: the note says how
      expect(p.quote, p.place_id).toContain(p.name);
    }
    // city-wide places: a city institution (许昌市…), a cluster, or a note saying why
    for (const p of result.places.filter((x) => x.area_code === CITY && x.category !== 'industrial_cluster' && !x.name.startsWith('许昌市'))) {
      expect(p.note, p.place_id).toMatch(/411000/);
    }
  });

  it('places: counties from the text, towns named, statuses', () => {
    const byId = new Map(result.places.map((p) => [p.place_id, p]));
    expect(byId.get('hospital-yuzhou-peoples-xz2020')).toMatchObject({ name: '禹州市人民医院', area: '禹州市', category: 'hospital', status: 'upgrading' });
    expect(byId.get('power-biomass-xiangcheng-xz2020')).toMatchObject({ area: '襄城县', year: 2020, status: 'planned', category: 'power_plant' });
    expect(byId.get('park-sino-swiss-xz2020')).toMatchObject({ area_code: 'XC-JKQ' });
    expect(byId.get('sewage-sfq-xz2020')).toMatchObject({ area_code: 'XC-SFQ' });
    expect(byId.get('park-weidu-circular-xz2020')).toMatchObject({ area: '魏都区' });
    expect(byId.get('scenic-shenhou-old-town-xz2020')).toMatchObject({ area: '禹州市', town: '神垕', category: 'scenic_area' });
    expect(byId.get('town-chenhuadian-xz2020')).toMatchObject({ area: '鄢陵县', town: '陈化店' });
    expect(byId.get('town-chenhuadian-xz2020')!.note).toMatch(/also named at line/);
    expect(byId.get('town-wunvdian-xz2020')).toMatchObject({ area_code: CITY, town: '五女店', category: 'town' });
    expect(result.places.filter((p) => p.category === 'museum').map((p) => p.area).sort()).toEqual(['襄城县', '鄢陵县', '长葛市'].sort());
  });

  it('check lines lie inside their document', () => {
    for (const c of result.checks) expect(inside(c.doc, c.seed, c.line), c.check).toBe(true);
    expect(new Set(result.checks.map((c) => c.check)).size).toBe(result.checks.length);
  });

  it('defines every indicator it emits (bilingual, known topic), and is deterministic', () => {
    const ids = new Set(result.indicators.map((r) => r.indicator));
    expect(result.defs.map((d) => d.id).sort()).toEqual([...ids].sort());
    for (const d of result.defs) {
      expect(TOPICS).toContain(d.topic);
      expect(d.id).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(d.name_zh && d.name_en && d.description && d.unit, d.id).toBeTruthy();
      for (const r of rows(d.id)) expect(r.unit, d.id).toBe(d.unit);
    }
    expect(extractSeed003004(seeds)).toEqual(result);
  });

  it('normalises Chinese numerals (千 in 千亿元级, 百 in 过百家) but keeps the printed form in the quote', () => {
    const r = rows('industrial_cluster_scale')[0];
    expect(numbersIn(r.quote)).toContain('1000');
    expect(r.quote).not.toMatch(/1000/);
  });
});

describe('seed 003/004: a changed seed throws', () => {
  const cases: [string, string, (t: string) => string, RegExp][] = [
    ['a target sentence is gone', SEED004, (t) => t.replace('跨境电子商务年交易额超180亿元', '跨境电子商务年交易额大幅增长'), /matches 0 times/],
    ['a target sentence appears twice', SEED004, (t) => t.replace('2020年，建设5G基站2000个', '2020年，建设5G基站2000个；2020年，建设5G基站2000个'), /matches 2 times/],
    ['a draft target is gone', SEED003, (t) => t.replace('实现 5000 家工业企业上云', '实现工业企业上云'), /matches 0 times/],
    ['a health table cell is not a number', SEED004, (t) => t.replace('6\t每千常住人口执业（助理）医师数（人）\t2.51\t3.03', '6\t每千常住人口执业（助理）医师数（人）\t约2.5\t3.03'), /neither a number/],
    ['a health table row lost a cell', SEED004, (t) => t.replace('5\t居民健康素养（%）\t20\t30', '5\t居民健康素养（%）\t20'), /expected 4 cells/],
    ['an unknown health indicator', SEED004, (t) => t.replace('10\t健康产业规模（亿元）', '10\t养老产业规模（亿元）'), /unknown indicator/],
    ['an annex task is skipped', SEED004, (t) => t.replace('7\t培育引进新型研发机构', '8\t培育引进新型研发机构'), /expected task 7/],
    ['an unknown township in a list', SEED004, (t) => t.replace('小召、灵井', '小召、椹涧'), /椹涧/],
    ['an unknown county in a place', SEED004, (t) => t.replace('完成长葛市、鄢陵县和襄城县3个县级博物馆', '完成长葛市、郏县和襄城县3个县级博物馆'), /matches 0 times|郏县/],
  ];
  for (const [what, seed, edit, message] of cases) {
    it(what, () => {
      expect(() => extractSeed003004(mutated(seed, edit))).toThrow(message);
    });
  }
});
