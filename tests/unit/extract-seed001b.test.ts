import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeeds, type SeedSet } from '../../pipeline/lib/seeds.ts';
import { checkNamed, withEditedSeed } from './seedTestKit.ts';
import { quoteIsAtLine } from '../../pipeline/lib/quote.ts';
import { quoteContainsValue } from '../../pipeline/lib/numbers.ts';
import { areaByCode } from '../../pipeline/lib/areas.ts';
import { PLACE_STATUSES, TOPICS, KINDS } from '../../pipeline/lib/types.ts';
import { extractDocuments } from '../../pipeline/documents/index.ts';
import xuzheng2023_16 from '../../pipeline/documents/2023/xuzheng-2023-16.ts';
import xuzheng2023_17, { parseMfgAnnex } from '../../pipeline/documents/2023/xuzheng-2023-17.ts';
import xuzheng2023_18, { parseSciAnnex } from '../../pipeline/documents/2023/xuzheng-2023-18.ts';
import xuzheng2023_19 from '../../pipeline/documents/2023/xuzheng-2023-19.ts';
import xuzheng2023_20 from '../../pipeline/documents/2023/xuzheng-2023-20.ts';
import xuzheng2023_23 from '../../pipeline/documents/2023/xuzheng-2023-23.ts';
import xuzheng2023_24 from '../../pipeline/documents/2023/xuzheng-2023-24.ts';
import xuzheng2023_25 from '../../pipeline/documents/2023/xuzheng-2023-25.ts';
import xuzhengban2023_11 from '../../pipeline/documents/2023/xuzhengban-2023-11.ts';
import xuzhengban2023_14 from '../../pipeline/documents/2023/xuzhengban-2023-14.ts';
import xuzhengban2023_16 from '../../pipeline/documents/2023/xuzhengban-2023-16.ts';
import { numberedDocuments } from '../../pipeline/segment.ts';
import type { Seed } from '../../pipeline/lib/seeds.ts';

const SEED001 = '001_a0efda9bb81cc2fd.txt';
/** the documents this test covers (the former seed001b extractor's), in printed order */
const DOCS = [
  '许政〔2023〕16号', '许政〔2023〕17号', '许政〔2023〕18号', '许政〔2023〕19号', '许政〔2023〕20号', '许政〔2023〕21号',
  '许政〔2023〕22号', '许政〔2023〕23号', '许政〔2023〕24号', '许政〔2023〕25号',
  '许政办〔2023〕11号', '许政办〔2023〕12号', '许政办〔2023〕13号', '许政办〔2023〕14号', '许政办〔2023〕16号',
] as const;
const MODULES = [xuzheng2023_16, xuzheng2023_17, xuzheng2023_18, xuzheng2023_19, xuzheng2023_20, xuzheng2023_23, xuzheng2023_24,
  xuzheng2023_25, xuzhengban2023_11, xuzhengban2023_14, xuzhengban2023_16];
const extractSeed001b = (s: SeedSet) => extractDocuments(s, MODULES);
const locateSeed001b = (sd: Seed) => new Map(numberedDocuments(sd).filter((d) => (DOCS as readonly string[]).includes(d.doc)).map((d) => [d.doc, d]));

const seeds = loadSeeds(join(process.cwd(), 'seeds'));
const seed = seeds.get(SEED001)!;
const result = extractSeed001b(seeds);
const docs = locateSeed001b(seed);
const rows = (id: string, code?: string, doc?: string) =>
  result.indicators.filter((r) => r.indicator === id && (code === undefined || r.area_code === code) && (doc === undefined || r.doc === doc));
const areaRows = (id: string, code: string) => rows(id, code).filter((r) => !r.place_id);
const one = (id: string, code: string, year: number) => {
  const hits = areaRows(id, code).filter((r) => r.year === year);
  expect(hits, `${id} ${code} ${year}`).toHaveLength(1);
  return hits[0];
};
const check = (id: string) => checkNamed(result.checks, id);

/** a copy of the seed set with this seed's text changed by `edit` (which must change something) */
const mutated = (edit: (text: string) => string): SeedSet => withEditedSeed(seeds, SEED001, edit);

describe('seed 001b: layout', () => {
  it('finds every document of the range, in order, without 许政办〔2023〕15号 (fire) or anything before 许政〔2023〕16号', () => {
    expect([...docs.keys()]).toEqual([...DOCS]);
    const lines = [...docs.values()].map((d) => d.numberLine);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
    expect(docs.get('许政〔2023〕16号')!.numberLine).toBe(2429);
    expect(docs.has('许政办〔2023〕15号')).toBe(false);
    const fire = [docs.get('许政办〔2023〕14号')!.end, docs.get('许政办〔2023〕16号')!.numberLine];
    for (const r of [...result.indicators, ...result.places]) {
      expect(r.line).toBeGreaterThanOrEqual(2429);
      expect(r.line <= fire[0] || r.line >= fire[1], `${r.doc} line ${r.line}`).toBe(true);
    }
  });
});

describe('许政〔2023〕16号: 6th batch of municipal intangible heritage items', () => {
  it('has the 52 items (2023) and reconciles the seven category headings', () => {
    expect(one('intangible_heritage_items_listed', '411000', 2023)).toMatchObject({ value: '52', kind: 'actual', unit: '项', doc: '许政〔2023〕16号' });
    expect(check('ich_batch6_total_vs_categories')).toMatchObject({ expected: '52', found: '52' });
    expect(check('ich_batch6_cat5_heading_vs_rows')).toMatchObject({ expected: '29', found: '29' });
    for (const c of result.checks.filter((x) => x.check.startsWith('ich_'))) expect(c.note, c.check).toMatch(/^ok:/);
    expect(result.places.filter((p) => p.doc === '许政〔2023〕16号')).toHaveLength(0);
  });
});

describe('许政〔2023〕17号: 2022 manufacturing awards', () => {
  const doc = '许政〔2023〕17号';
  const annex = parseMfgAnnex(seed, docs.get(doc)!.numberLine, docs.get(doc)!.end);

  it('parses nine area sections whose rows match their headings', () => {
    expect(annex.sections.map((s) => s.area.name_zh)).toEqual(
      ['禹州市', '长葛市', '鄢陵县', '襄城县', '魏都区', '建安区', '示范区', '经济技术开发区', '东城区']);
    expect(annex.sections.map((s) => s.rows.length)).toEqual([22, 42, 5, 12, 13, 28, 15, 14, 4]);
  });

  it('emits the printed per-county counts and amounts (2022, actual)', () => {
    const expected: [string, string, string][] = [
      ['411081', '22', '530'], ['411082', '42', '630'], ['411024', '5', '170'], ['411025', '12', '290'], ['411002', '13', '400'],
      ['411003', '28', '550'], ['XC-SFQ', '15', '290'], ['XC-JKQ', '14', '310'], ['XC-DCQ', '4', '60'],
    ];
    for (const [code, n, v] of expected) {
      expect(one('mfg_hq_award_enterprises', code, 2022)).toMatchObject({ value: n, kind: 'actual', unit: '家', doc });
      expect(one('mfg_hq_award_amount', code, 2022)).toMatchObject({ value: v, kind: 'actual', unit: '万元', doc });
    }
    // no computed city-wide total
    expect(areaRows('mfg_hq_award_amount', '411000')).toHaveLength(0);
  });

  it('has one enterprise place and one amount row per annex row', () => {
    const places = result.places.filter((p) => p.doc === doc);
    expect(places).toHaveLength(155);
    for (const p of places) expect(p).toMatchObject({ category: 'enterprise', year: 2022, status: 'existing' });
    const lingwei = places.find((p) => p.name === '河南省湖波灵威水泥集团有限责任公司')!;
    expect(lingwei).toMatchObject({ area_code: '411081' });
    expect(rows('mfg_hq_award_amount').filter((r) => r.place_id === lingwei.place_id)).toMatchObject([{ value: '100', year: 2022 }]);
    const wrapped = places.find((p) => p.name === '河南平煤神马首山碳材料有限公司')!;
    expect(wrapped).toMatchObject({ area_code: '411025' });
    expect(wrapped.note).toMatch(/河南平煤神马首山化工科技有限公司/);
    expect(rows('mfg_hq_award_amount').filter((r) => r.place_id === wrapped.place_id)).toMatchObject([{ value: '50' }]);
    const xuji = places.find((p) => p.name === '许继电气股份有限公司')!;
    expect(xuji.area_code).toBe('411002');
  });

  it('reconciles text, annex headings and rows (all ok)', () => {
    const cs = result.checks.filter((c) => c.doc === doc);
    expect(cs).toHaveLength(36);
    for (const c of cs) expect(c.note, c.check).toMatch(/^ok:/);
    expect(check('mfg2022_changge_amount_heading_vs_rows')).toMatchObject({ expected: '630', found: '630' });
  });

  it('reports a changed amount as a finding', () => {
    const r = extractSeed001b(mutated((t) => t.replace('1 国家级绿色工厂 河南省湖波灵威水泥集团有限责任公司 100', '1 国家级绿色工厂 河南省湖波灵威水泥集团有限责任公司 90')));
    const c = r.checks.find((x) => x.check === 'mfg2022_yuzhou_amount_heading_vs_rows')!;
    expect(c).toMatchObject({ expected: '530', found: '520' });
    expect(c.note).not.toMatch(/^ok:/);
  });
});

describe('许政〔2023〕18号: 2022 S&T innovation awards', () => {
  const doc = '许政〔2023〕18号';
  const annex = parseSciAnnex(seed, docs.get(doc)!.numberLine, docs.get(doc)!.end);

  it('has the city-wide totals and the five section totals of the decision', () => {
    expect(one('sci_award_units', '411000', 2022)).toMatchObject({ value: '303', kind: 'actual', doc });
    expect(one('sci_award_amount', '411000', 2022)).toMatchObject({ value: '2328', unit: '万元' });
    const sec: [string, string, string][] = [['entity', '163', '1330'], ['carrier', '24', '232'], ['platform', '98', '586'],
      ['achievement', '9', '110'], ['ip', '5', '70']];
    for (const [s, n, v] of sec) {
      expect(one(`sci_award_${s}_units`, '411000', 2022).value).toBe(n);
      expect(one(`sci_award_${s}_amount`, '411000', 2022).value).toBe(v);
    }
  });

  it('parses the annex rows with their areas', () => {
    expect(annex.total).toBe('2328');
    expect(annex.sections.map((s) => s.rows.length)).toEqual([163, 28, 98, 0, 5]);
    const commended = annex.sections.flatMap((s) => s.rows).filter((r) => r.amount === null);
    expect(commended.map((r) => r.unit)).toEqual(['许昌高新区管委会', '长葛市人民政府', '许昌市质量技术监督检验测试中心', '许昌市质量技术监督检验测试中心']);
  });

  it('emits unit places and per-unit amounts', () => {
    const places = result.places.filter((p) => p.doc === doc);
    for (const p of places) expect(p).toMatchObject({ category: 'award_unit', year: 2022, status: 'existing' });
    const byName = (n: string) => places.filter((p) => p.name === n);
    const jiatong = byName('长葛市佳通电气有限公司');
    expect(jiatong).toHaveLength(1);
    expect(jiatong[0].area_code).toBe('411082');
    expect(rows('sci_award_entity_amount').filter((r) => r.place_id === jiatong[0].place_id)).toMatchObject([{ value: '10', area_code: '411082' }]);
    // a renamed unit (河南天元煤业有限公司（企业已更名为：河南天元清洁能源有限公司）)
    expect(byName('河南天元清洁能源有限公司')[0]).toMatchObject({ area_code: '411003' });
    // a wrapped unit name
    const wanli = byName('河南万里交通科技集团无损检测加固技术有限公司')[0];
    expect(wanli.area_code).toBe('411002');
    expect(rows('sci_award_platform_amount').filter((r) => r.place_id === wanli.place_id)).toMatchObject([{ value: '3' }]);
    // 市直 → 411000 with a note
    const xjjt = byName('许继集团有限公司')[0];
    expect(xjjt).toMatchObject({ area_code: '411000' });
    expect(xjjt.note).toMatch(/市直/);
    expect(rows('sci_award_ip_amount').filter((r) => r.place_id === xjjt.place_id)).toMatchObject([{ value: '20' }]);
    // a repeated award: printed 0 with a note
    const hh = byName('河南黄河旋风股份有限公司')[0];
    const hhRows = rows('sci_award_platform_amount').filter((r) => r.place_id === hh.place_id);
    expect(hhRows.map((r) => r.value).sort()).toEqual(['0', '0', '0', '30']);
    for (const r of hhRows.filter((x) => x.value === '0')) expect(r.note).toMatch(/重复奖励/);
    // commendations (通报表扬) have no place
    expect(byName('长葛市人民政府')).toHaveLength(0);
  });

  it('records the unit printed under two areas as a finding', () => {
    const ruier = result.places.filter((p) => p.doc === doc && p.name === '河南瑞尔电气股份有限公司');
    expect(ruier.map((p) => p.area_code).sort()).toEqual(['XC-JKQ', 'XC-SFQ']);
    const c = result.checks.find((x) => x.doc === doc && x.check.startsWith('sci2022_unit_area_'))!;
    expect(c.note).not.toMatch(/^ok:/);
  });

  it('reconciles the sections (the 303 units vs 299 is a finding)', () => {
    for (const s of ['entity', 'carrier', 'platform', 'achievement', 'ip']) {
      expect(check(`sci2022_${s}_amount_heading_vs_rows`).note).toMatch(/^ok:/);
      expect(check(`sci2022_${s}_count_text_vs_annex`).note).toMatch(/^ok:/);
    }
    expect(check('sci2022_total_vs_sections_amount')).toMatchObject({ expected: '2328', found: '2328' });
    const u = check('sci2022_total_vs_sections_units');
    expect(u).toMatchObject({ expected: '303', found: '299' });
    expect(u.note).not.toMatch(/^ok:/);
  });

  it('throws on an unknown area in the annex', () => {
    expect(() => extractSeed001b(mutated((t) => t.replace('长葛市佳通电气有限公司 长葛市 10', '长葛市佳通电气有限公司 郏县 10')))).toThrow();
  });
});

describe('许政〔2023〕19号 / 20号: named persons (counts only)', () => {
  it('has the 19 special-allowance experts and the 27 academic leaders (2023), matching the annex lists', () => {
    expect(one('govt_special_allowance_experts_named', '411000', 2023)).toMatchObject({ value: '19', doc: '许政〔2023〕19号', unit: '人' });
    expect(one('academic_technical_leaders_named', '411000', 2023)).toMatchObject({ value: '27', doc: '许政〔2023〕20号' });
    expect(check('special_allowance_batch4_text_vs_annex')).toMatchObject({ expected: '19', found: '19' });
    expect(check('academic_leaders_batch11_text_vs_annex')).toMatchObject({ expected: '27', found: '27' });
  });

  it('reports a list shorter than the text as a finding', () => {
    const r = extractSeed001b(mutated((t) => t.replace('董跃民 男 中共许昌市委党校 教授 \n', '')));
    const c = r.checks.find((x) => x.check === 'special_allowance_batch4_text_vs_annex')!;
    expect(c).toMatchObject({ expected: '19', found: '18' });
    expect(c.note).not.toMatch(/^ok:/);
  });
});

describe('许政〔2023〕23号: roads named', () => {
  it('has the city total and the per-area counts of the annex headings', () => {
    expect(one('roads_named', '411000', 2023).value).toBe('4');
    expect(one('roads_named', 'XC-DCQ', 2023).value).toBe('2');
    expect(one('roads_named', '411003', 2023).value).toBe('2');
    expect(check('roads2023_text_vs_annex').note).toMatch(/^ok:/);
  });
  it('has the four roads as places in their areas', () => {
    const roads = result.places.filter((p) => p.category === 'road');
    expect(roads.map((p) => [p.name, p.area_code])).toEqual([
      ['望梅街', 'XC-DCQ'], ['三若街', 'XC-DCQ'], ['延康路', '411003'], ['许田路', '411003']]);
  });
});

describe('许政〔2023〕24号: Mayor Quality Award 2021－2022', () => {
  const doc = '许政〔2023〕24号';
  it('has the award counts (2022 = end of the award period)', () => {
    expect(one('mayor_quality_award_enterprises', '411000', 2022)).toMatchObject({ value: '2', doc });
    expect(one('mayor_quality_nomination_award_enterprises', '411000', 2022)).toMatchObject({ value: '3', doc });
    expect(one('mayor_quality_award_enterprises', '411000', 2022).note).toMatch(/2021－2022/);
  });
  it('has the five enterprises with their amounts (no county printed → 411000, noted)', () => {
    const ps = result.places.filter((p) => p.doc === doc);
    expect(ps.map((p) => p.name)).toEqual(['许昌智能继电器股份有限公司', '河南瑞尔电气股份有限公司', '平煤隆基新能源科技有限公司',
      '德通智能科技股份有限公司', '许昌开普检测研究院股份有限公司']);
    const amount = (name: string) => rows('mayor_quality_award_amount').find((r) => r.place_id === ps.find((p) => p.name === name)!.place_id)!;
    expect(amount('河南瑞尔电气股份有限公司')).toMatchObject({ value: '100', year: 2022, area_code: '411000' });
    expect(amount('许昌开普检测研究院股份有限公司')).toMatchObject({ value: '20' });
    for (const p of ps) expect(p.note).toMatch(/no county/);
  });
});

describe('许政〔2023〕25号 and 许政办〔2023〕11号', () => {
  it('has the 50 battery-swap stations planned for the 14th FYP (2025, year inferred and noted)', () => {
    const r = one('heavy_truck_battery_swap_stations_planned', '411000', 2025);
    expect(r).toMatchObject({ value: '50', kind: 'plan', unit: '座', doc: '许政〔2023〕25号' });
    expect(r.note).toMatch(/十四五/);
  });
  it('has the 2022 cluster baseline (约 4300 亿元, 86％)', () => {
    expect(one('ten_industry_clusters_revenue', '411000', 2022)).toMatchObject({ value: '4300', kind: 'baseline', unit: '亿元' });
    expect(one('ten_industry_clusters_revenue', '411000', 2022).note).toMatch(/约/);
    expect(one('ten_industry_clusters_share_of_industry_pct', '411000', 2022).value).toBe('86');
    expect(one('cluster_smart_power_equipment_revenue', '411000', 2022)).toMatchObject({ value: '1000', kind: 'baseline' });
    expect(one('cluster_recycled_metal_revenue', '411000', 2022).note).toMatch(/突破/);
  });
  it('has the 2025 class targets of all ten clusters', () => {
    const expected: [string, string][] = [['smart_power_equipment', '2000'], ['recycled_metal', '2000'], ['silicon_carbon_materials', '1000'],
      ['biomedicine', '500'], ['nev_and_parts', '500'], ['hair_products', '500'], ['food', '500'], ['superhard_materials', '500'],
      ['ai', '200'], ['elevator', '200']];
    for (const [slug, v] of expected) {
      const r = one(`cluster_${slug}_revenue`, '411000', 2025);
      expect(r).toMatchObject({ value: v, kind: 'target', doc: '许政办〔2023〕11号' });
      expect(r.quote).toMatch(/^力争“十四五”末/);
    }
  });
  it('throws on a cluster it has no id for', () => {
    expect(() => extractSeed001b(mutated((t) => t.replace('人工智能、电梯 2 个 200 亿级', '人工智能、机器人 2 个 200 亿级')))).toThrow(/机器人/);
  });
});

describe('许政办〔2023〕11号: cluster class counts', () => {
  it('has the four class counts of 十四五末 (2025, horizon), matching the clusters named', () => {
    for (const [scale, n] of [['2000', '2'], ['1000', '1'], ['500', '5'], ['200', '2']]) {
      expect(one(`industry_clusters_class_${scale}yi`, '411000', 2025)).toMatchObject({ value: n, kind: 'target', year_basis: 'horizon' });
      expect(checkNamed(result.checks, `cluster2025_${scale}_count`).note).toMatch(/^ok:/);
    }
  });
});

describe('许政办〔2023〕14号: public transport 2025 targets', () => {
  const doc = '许政办〔2023〕14号';
  it('has the 19 targets, all 2025 with the year inference noted', () => {
    const rs = result.indicators.filter((r) => r.doc === doc);
    expect(rs).toHaveLength(19);
    for (const r of rs) {
      // 中心城区 targets are the central city's (XC-ZXCQ), the others the whole city's
      expect(r).toMatchObject({ year: 2025, kind: 'target', area_code: r.indicator.startsWith('central_urban_') ? 'XC-ZXCQ' : '411000' });
      expect(r.note).toMatch(/到 2025 年/);
    }
    expect(one('central_urban_public_transport_motorised_share_pct', 'XC-ZXCQ', 2025).value).toBe('45');
    expect(one('county_public_transport_motorised_share_pct', '411000', 2025).value).toBe('35');
    expect(one('peak_bus_operating_speed_kmh', '411000', 2025)).toMatchObject({ value: '18', unit: '公里/小时' });
    expect(one('public_transport_fatality_rate', '411000', 2025).value).toBe('0.05');
    expect(one('bus_lane_share_pct', '411000', 2025).value).toBe('25');
  });
  it('covers every ％ figure of （二）发展目标', () => {
    const d = docs.get(doc)!;
    let from = 0;
    for (let n = d.numberLine; n <= d.end; n++) if (seed.line(n).includes('（二）发展目标')) from = n;
    const to = [...Array(d.end - from).keys()].map((k) => from + k).find((n) => seed.line(n).includes('二、重点任务')) ?? from + 60;
    const covered = new Set(result.indicators.filter((r) => r.doc === doc).map((r) => `${r.line}|${Number(r.value)}`));
    let count = 0;
    for (let n = from; n < to; n++) {
      for (const m of seed.line(n).matchAll(/(\d+)％/g)) {
        count++;
        expect(covered.has(`${n}|${Number(m[1])}`), `line ${n}: ${m[0]}`).toBe(true);
      }
    }
    expect(count).toBeGreaterThan(10);
  });
  it('throws when the year anchor is gone', () => {
    expect(() => extractSeed001b(mutated((t) => t.replace('市公共交通吸引力。到 2025 年，', '市公共交通吸引力。到 2026 年，')))).toThrow();
  });
});

describe('许政办〔2023〕16号: SRDI enterprise plan 2023－2025', () => {
  it('has the 2025 targets', () => {
    const expected: [string, string][] = [['innovative_smes_cultivated_cum', '1500'], ['provincial_srdi_smes_cum', '300'],
      ['national_little_giant_enterprises_cum', '50'], ['srdi_rd_intensity_growth_pct', '20'], ['srdi_cloud_adoption_pct', '100'],
      ['provincial_quality_benchmarks_cum', '30'], ['provincial_smart_factories_workshops_cum', '60'],
      ['green_manufacturing_system_enterprises_cum', '60'], ['sme_characteristic_industry_clusters_cum', '5'],
      ['small_micro_entrepreneurship_demo_bases_cum', '5'], ['sme_public_service_demo_platforms_cum', '12']];
    for (const [id, v] of expected) expect(one(id, '411000', 2025)).toMatchObject({ value: v, kind: 'target', doc: '许政办〔2023〕16号' });
    expect(one('innovative_smes_cultivated_cum', '411000', 2025).note).toBe(''); // the year is in its own sentence
    expect(one('sme_public_service_demo_platforms_cum', '411000', 2025).note).toMatch(/2023－2025/);
  });
});

describe('documents without area/year facts', () => {
  it('emits nothing for the award rules, consumption policies, sports games and service-centre rules', () => {
    for (const d of ['许政〔2023〕21号', '许政〔2023〕22号', '许政办〔2023〕12号', '许政办〔2023〕13号']) {
      expect(result.indicators.filter((r) => r.doc === d), d).toHaveLength(0);
      expect(result.places.filter((r) => r.doc === d), d).toHaveLength(0);
    }
  });
});

describe('seed 001b: every row is sourced', () => {
  it('indicator quotes stand at their line and contain the value', () => {
    for (const r of result.indicators) {
      expect(r.seed).toBe(SEED001);
      expect(quoteIsAtLine(seed, r.line, r.quote), `${r.indicator} ${r.area} line ${r.line}`).toBe(true);
      expect(quoteContainsValue(r.quote, r.value), `${r.indicator} ${r.area}: ${r.value} in "${r.quote}"`).toBe(true);
      expect(r.value).toMatch(/^-?\d+(\.\d+)?$/);
      expect(areaByCode(r.area_code)?.name_zh).toBe(r.area);
      expect(KINDS).toContain(r.kind);
      expect(DOCS as readonly string[]).toContain(r.doc);
      const d = docs.get(r.doc)!;
      expect(r.line).toBeGreaterThanOrEqual(d.numberLine);
      expect(r.line).toBeLessThanOrEqual(d.end);
    }
  });

  it('place quotes stand at their line and name the place', () => {
    const ids = new Set<string>();
    for (const p of result.places) {
      expect(quoteIsAtLine(seed, p.line, p.quote), p.name).toBe(true);
      expect(p.quote.replace(/\s+/g, '')).toContain(p.name);
      expect(PLACE_STATUSES).toContain(p.status);
      expect(areaByCode(p.area_code)?.name_zh).toBe(p.area);
      expect(p.place_id).toMatch(/^[a-z0-9-]+$/);
      expect(ids.has(p.place_id)).toBe(false);
      ids.add(p.place_id);
    }
    for (const r of result.indicators.filter((x) => x.place_id)) expect(ids.has(r.place_id), r.place_id).toBe(true);
  });

  it('defines every indicator it emits with a topic and both names, and is deterministic', () => {
    const ids = new Set(result.indicators.map((r) => r.indicator));
    expect(result.defs.map((d) => d.id).sort()).toEqual([...ids].sort());
    for (const d of result.defs) {
      expect(d.id).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(TOPICS).toContain(d.topic);
      expect(d.name_zh && d.name_en && d.description).toBeTruthy();
    }
    expect(extractSeed001b(seeds)).toEqual(result);
  });

  it('throws when a spec no longer matches', () => {
    expect(() => extractSeed001b(mutated((t) => t.replace('（共计 52 项）已经市政府批准', '（共计 52 个）已经市政府批准')))).toThrow(/xuzheng-2023-16\.ts: 许政〔2023〕16号 figure intangible_heritage_items_listed: .* matches 0 times in 许政〔2023〕16号, expected exactly once/);
  });
});

describe('seed 001 checks: Chinese text and indicators (checks.csv note_zh, indicators)', () => {
  it('gives every check of these documents a Chinese note and the ids it concerns, each one emitted', () => {
    const ids = new Set(result.indicators.map((r) => r.indicator));
    for (const c of result.checks) {
      expect(c.note_zh, c.check).toMatch(/[\u4e00-\u9fa5]/);
      expect(c.note_zh!.startsWith('一致：'), c.check).toBe(c.note.startsWith('ok:'));
      for (const id of (c.indicators ?? '').split(' ').filter(Boolean)) expect(ids.has(id), `${c.check}: ${id}`).toBe(true);
    }
  });
});

describe('许政〔2023〕18号: award categories of the annex', () => {
  it('counts each category from its heading once, though the heading repeats on every page', () => {
    expect(one('sci_award_cat_high_tech_first', '411000', 2022)).toMatchObject({ value: '102', line: 2985, year_basis: 'section' });
    expect(one('sci_award_cat_high_tech_first', '411000', 2022).note).toMatch(/printed 4 times/);
    expect(one('sci_award_cat_zhongyuan_scholar_workstations', '411000', 2022).value).toBe('4');
    expect(result.indicators.filter((r) => r.indicator.startsWith('sci_award_cat_'))).toHaveLength(25);
  });
  it('throws when a repeated heading disagrees', () => {
    expect(() => extractSeed001b(mutated((t) => t.replace(/（首次认定 \n\s*\n102 家）/, '（首次认定 \n\n103 家）')))).toThrow(/high_tech_first: its repeated headings disagree/);
  });
});
