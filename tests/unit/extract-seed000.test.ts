import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeeds, type SeedSet } from '../../pipeline/lib/seeds.ts';
import { withEditedSeed } from './seedTestKit.ts';
import { quoteIsAtLine } from '../../pipeline/lib/quote.ts';
import { quoteContainsValue } from '../../pipeline/lib/numbers.ts';
import { areaByCode } from '../../pipeline/lib/areas.ts';
import { KINDS, PLACE_STATUSES, TOPICS, type IndicatorRow } from '../../pipeline/lib/types.ts';
import { extractDocuments } from '../../pipeline/documents/index.ts';
import { documentSections, locateDocument, type DocumentModule } from '../../pipeline/engine/index.ts';
import water from '../../pipeline/documents/2019/xuzheng-2019-1.ts';
import coal from '../../pipeline/documents/2019/xuzheng-2019-2.ts';
import plans, { PLANS } from '../../pipeline/documents/2019/xuzheng-2019-3.ts';
import construction from '../../pipeline/documents/2019/xuzhengban-2019-1.ts';
import jiantou from '../../pipeline/documents/2019/xuzhengban-2019-2.ts';

/** seed 000 outside the coal plan (许政〔2019〕2号 has its own test) */
const MODULES: DocumentModule[] = [water, plans, construction, jiantou];
const SEED000 = plans.seed;
const extractSeed000 = (s: SeedSet) => extractDocuments(s, MODULES);
const seeds = loadSeeds(join(process.cwd(), 'seeds'));
const seed = seeds.get(SEED000)!;
const result = extractSeed000(seeds);
const planSections = documentSections(plans, seeds);
const layout = {
  docs: new Map([water, coal, plans, construction, jiantou].map((m) => {
    const { start, end } = locateDocument(m, seeds);
    return [m.doc, { doc: m.doc, numberLine: start, end }];
  })),
  /** the lines of each attached plan: its title line to the last line holding its text */
  sections: Object.fromEntries(PLANS.map((p) => {
    const s = planSections.get(`plan/${p.title}`)!;
    return [p.key, { from: s.start, to: s.end }];
  })),
};
const rows = (id: string, code = '411000') => result.indicators.filter((r) => r.indicator === id && r.area_code === code);
const one = (id: string, year: number, code = '411000'): IndicatorRow => {
  const hits = rows(id, code).filter((r) => r.year === year);
  expect(hits, `${id} ${year} ${code}`).toHaveLength(1);
  return hits[0];
};

/** a copy of the seed set with this seed's text changed by `edit` (which must change something) */
const mutated = (edit: (text: string) => string): SeedSet => withEditedSeed(seeds, SEED000, edit);

const DOCS = ['许政〔2019〕1号', '许政〔2019〕3号', '许政办〔2019〕1号', '许政办〔2019〕2号'];

describe('seed 000: document layout', () => {
  it('finds the five notices and the nine attached plans in order', () => {
    expect([...layout.docs.keys()]).toEqual(['许政〔2019〕1号', '许政〔2019〕2号', '许政〔2019〕3号', '许政办〔2019〕1号', '许政办〔2019〕2号']);
    const plansDoc = layout.docs.get('许政〔2019〕3号')!;
    let prev = plansDoc.numberLine;
    for (const p of PLANS) {
      const s = layout.sections[p.key];
      expect(s.from).toBeGreaterThan(prev);
      expect(s.to).toBeLessThanOrEqual(plansDoc.end);
      expect(seed.line(s.from).replace(/\s+/g, '')).toBe(p.title);
      prev = s.to;
    }
    expect(seed.lines.slice(prev, plansDoc.end).every((l) => !l.trim())).toBe(true); // the last plan runs to the end
  });

  it('never reads the coal plan (许政〔2019〕2号, another extractor)', () => {
    const coal = layout.docs.get('许政〔2019〕2号')!;
    for (const r of [...result.indicators, ...result.places]) {
      expect(r.line < coal.numberLine || r.line > coal.end, `${r.doc}:${r.line}`).toBe(true);
      expect(DOCS).toContain(r.doc);
    }
  });
});

describe('许政〔2019〕1号 water targets', () => {
  const W = [
    ['water_supply_capacity', '11.55', '12.46', '亿立方米'],
    ['urban_water_supply_leakage_rate_pct', '11', '10', '%'],
    ['rural_tap_water_coverage_pct', '98', '99.8', '%'],
    ['efficient_water_saving_irrigation_area', '100', '150', '万亩'],
    ['irrigation_water_use_coefficient', '0.7', '0.71', ''],
    ['water_use_per_10k_yuan_gdp', '21.2', '19.1', '立方米/万元'],
    ['water_use_per_10k_yuan_industrial_value_added', '16.4', '14.8', '立方米/万元'],
    ['county_urban_sewage_treatment_rate_pct', '90', '92', '%'],
    ['soil_erosion_control_degree_pct', '76', '86', '%'],
  ] as const;

  it('has every 2020 and 2025 city-wide target of （二）主要目标, full-width decimals normalised', () => {
    for (const [id, v2020, v2025, unit] of W) {
      expect(one(id, 2020)).toMatchObject({ value: v2020, unit, kind: 'target', area: '许昌市', doc: '许政〔2019〕1号', place_id: '' });
      expect(one(id, 2025)).toMatchObject({ value: v2025, unit, kind: 'target' });
    }
    expect(one('surface_water_class_iii_or_better_pct', 2020)).toMatchObject({ value: '70', unit: '%' });
    expect(rows('surface_water_class_iii_or_better_pct').map((r) => r.year)).toEqual([2020]); // no 2025 figure
    expect(one('water_supply_capacity', 2020).quote).toContain('11．55'); // printed form kept
  });

  it('scopes the 中心城区 sewage rate to the central city, not the whole city', () => {
    expect(one('central_urban_sewage_treatment_rate_pct', 2020, 'XC-ZXCQ')).toMatchObject({ value: '98', area: '中心城区' });
    expect(one('central_urban_sewage_treatment_rate_pct', 2025, 'XC-ZXCQ')).toMatchObject({ value: '98.5' });
    expect(rows('central_urban_sewage_treatment_rate_pct')).toEqual([]);
    const places = result.places.filter((p) => p.name.startsWith('中心城区'));
    expect(places.map((p) => p.area_code)).toEqual(['XC-ZXCQ', 'XC-ZXCQ']);
  });

  it("flags the year as the paragraph's (year_basis section) and reads 以下/以上 into the qualifier", () => {
    const r = one('urban_water_supply_leakage_rate_pct', 2025);
    expect(r).toMatchObject({ year_basis: 'section', qualifier: 'at_most' });
    expect(r.note).toMatch(/到2025年/);
    expect(r.quote).not.toMatch(/2025/);
    expect(one('efficient_water_saving_irrigation_area', 2020)).toMatchObject({ qualifier: 'at_least', year_basis: 'section' });
    expect(one('rural_tap_water_coverage_pct', 2020).qualifier).toBe('');
  });

  it('has the 2019 compliance count and the 39 rural sewage stations (2018)', () => {
    expect(one('water_saving_society_compliant_counties', 2019)).toMatchObject({ value: '6', kind: 'target' });
    expect(one('rural_sewage_treatment_stations', 2018)).toMatchObject({ value: '39', kind: 'baseline' });
  });

  it('covers every ％ figure printed in the document', () => {
    const d = layout.docs.get('许政〔2019〕1号')!;
    const covered = new Set(result.indicators.filter((r) => r.doc === d.doc).map((r) => `${r.line}|${r.value}`));
    let n = 0;
    for (let l = d.numberLine; l <= d.end; l++) {
      for (const m of seed.line(l).matchAll(/(\d+(?:．\d+)?)\s*％/g)) {
        n++;
        expect(covered.has(`${l}|${m[1].replace('．', '.')}`), `line ${l}: ${m[0]}`).toBe(true);
      }
    }
    expect(n).toBe(11);
  });
});

describe('许政〔2019〕3号 industry plans', () => {
  it('smart power equipment: sales revenue and 利税 2019–2021, firm counts 2022', () => {
    expect(rows('smart_power_equipment_sales_revenue').map((r) => [r.year, r.value])).toEqual([[2019, '1200'], [2020, '1400'], [2021, '1500']]);
    expect(rows('smart_power_equipment_profit_tax').map((r) => [r.year, r.value])).toEqual([[2019, '120'], [2020, '140'], [2021, '150']]);
    expect(one('smart_power_equipment_sales_revenue', 2021).qualifier).toBe('at_least');
    expect(one('smart_power_equipment_supporting_firms', 2022)).toMatchObject({ value: '400', unit: '家' });
    expect(one('smart_power_equipment_firms_revenue_over_50bn', 2022).note).toMatch(/到2022年以后/);
    expect(one('smart_power_equipment_procurement_platforms', 2019)).toMatchObject({ value: '1' });
  });

  it('recycled metals: 2018 estimate as baseline, 2019–2021 approximate targets', () => {
    expect(one('recycled_metal_main_business_revenue', 2018)).toMatchObject({ value: '500', kind: 'baseline' });
    expect(one('recycled_metal_main_business_revenue', 2018).note).toMatch(/预计/);
    expect(rows('recycled_metal_main_business_revenue').filter((r) => r.kind === 'target').map((r) => [r.year, r.value]))
      .toEqual([[2019, '600'], [2020, '800'], [2021, '1000']]);
    expect(one('recycled_metal_firms_40bn', 2021).value).toBe('1');
    expect(one('recycled_metal_firms_5bn', 2021).value).toBe('3');
  });

  it('industrial robots: 1 万台 is converted to the indicator\'s 台, the printed form kept', () => {
    expect(one('industrial_robot_annual_output', 2020)).toMatchObject({ value: '5000', unit: '台' });
    expect(one('industrial_robot_annual_output', 2021)).toMatchObject({ value: '10000', unit: '台', printed: '1 万台' });
    expect(one('industrial_robot_industry_output_value', 2021)).toMatchObject({ value: '200', unit: '亿元' });
    expect(one('manufacturing_firms_using_robots_pct', 2021)).toMatchObject({ value: '60' });
    expect(one('robot_density_key_industries', 2021)).toMatchObject({ value: '200', unit: '台/万人' });
  });

  it('NEV, energy-saving, silicon and AI figures that carry a year', () => {
    expect(one('nev_share_new_service_vehicles_pct', 2020)).toMatchObject({ value: '95', kind: 'target' });
    expect(one('public_charging_service_radius_core_km', 2020, 'XC-ZXCQ')).toMatchObject({ value: '1', unit: '公里', qualifier: 'under' });
    expect(one('energy_saving_env_industry_planned_investment', 2019)).toMatchObject({ value: '70', kind: 'plan' });
    expect(one('silicon_material_national_rd_centres', 2021).value).toBe('1');
    expect(['smart_demo_production_lines', 'smart_workshops', 'smart_factories', 'smart_demo_parks'].map((id) => one(id, 2020).value))
      .toEqual(['70', '20', '10', '1']);
  });

  it('counts the 2019 Q1 construction starts of every plan and reconciles them with the listed projects', () => {
    const expected: Record<string, string> = {
      smart_power_equipment: '4', nev_connected_vehicle: '5', energy_saving_env_equipment: '8', high_purity_silicon: '3',
      recycled_metal: '2', fiveg: '7', biotech_health: '3', industrial_robot: '1', ai: '1',
    };
    for (const p of PLANS) {
      expect(one(`${p.slug}_q1_project_starts`, 2019)).toMatchObject({ value: expected[p.slug], kind: 'plan' });
      const c = result.checks.find((x) => x.check === `seed000_${p.slug}_q1_projects_vs_list`)!;
      expect(c).toMatchObject({ expected: expected[p.slug], found: expected[p.slug] });
      expect(c.note).toMatch(/^ok:/);
    }
  });

  it('leaves out goals without a year (通过 3—5 年), national forecasts and design capacities', () => {
    const values = new Set(result.indicators.filter((r) => r.doc === '许政〔2019〕3号').map((r) => `${r.line}|${r.value}`));
    const l = (re: RegExp) => seed.lines.findIndex((x) => re.test(x)) + 1;
    expect(values.has(`${l(/产能达到 20 万辆/)}|20`)).toBe(false); // NEV: 经过 3—5 年的努力
    expect(values.has(`${l(/将达 1．68 万亿元/)}|1.68`)).toBe(false); // national 5G forecast
    expect(values.has(`${l(/产业整合后可达/)}|5`)).toBe(false); // 5—6 亿立方米 after consolidation: no year
    expect(result.indicators.some((r) => r.year === 2030)).toBe(false);
  });

  it('gives figures stated as current in 发展形势 the year before the notice (2018), flagged before_issue', () => {
    const now = result.indicators.filter((r) => r.year_basis === 'before_issue');
    expect(now.map((r) => [r.indicator, r.area_code, r.value]).sort()).toEqual([
      ['park_firms_settled', '411081', '11'], ['park_firms_settled', 'XC-SFQ', '13'],
      ['recycled_metal_scrap_collected', '411000', '360'], ['recycled_metal_scrap_processed', '411000', '260'],
      ['silane_gas_annual_output', '411025', '3600'], ['silane_gas_domestic_market_share_pct', '411025', '40'],
      ['silicon_cluster_hydrogen_output', '411025', '3'],
      ['smart_power_equipment_firms_over_10bn', '411000', '2'], ['smart_power_equipment_sme_firms', '411000', '300'],
    ].sort());
    for (const r of now) expect(r).toMatchObject({ year: 2018, kind: 'actual' });
    expect(one('smart_power_equipment_sme_firms', 2018).qualifier).toBe('over'); // 300 多家
    expect(one('silicon_cluster_hydrogen_output', 2018, '411025').place_id).toBe('park-xiangcheng-circular-cluster-xz2019-3');
  });
});

describe('许政办〔2019〕1号 and 〔2019〕2号', () => {
  it('construction industry 2020 targets', () => {
    const c = (id: string) => one(id, 2020);
    expect(c('construction_output_value')).toMatchObject({ value: '260', unit: '亿元', doc: '许政办〔2019〕1号' });
    expect(c('construction_value_added_share_gdp_pct').value).toBe('6');
    expect(c('construction_special_grade_firms').value).toBe('3');
    expect(c('construction_grade1_general_contractors').value).toBe('13');
    expect(c('construction_firms_output_over_2bn').value).toBe('5');
    expect(c('construction_firms_output_over_1bn').value).toBe('10');
    expect(c('construction_skilled_workers').value).toBe('26000');
  });

  it('the 市建投公司 scale belongs to the company place', () => {
    const r = rows('enterprise_scale');
    expect(r.map((x) => [x.year, x.value, x.place_id])).toEqual([
      [2020, '300', 'ent-xuchang-construction-investment-xzb2019-2'],
      [2021, '1000', 'ent-xuchang-construction-investment-xzb2019-2'],
    ]);
    expect(result.places.find((p) => p.place_id === 'ent-xuchang-construction-investment-xzb2019-2'))
      .toMatchObject({ name: '许昌市建设投资有限责任公司', category: 'enterprise', area_code: '411000', doc: '许政办〔2019〕2号' });
  });
});

describe('seed 000: places', () => {
  const byId = new Map(result.places.map((p) => [p.place_id, p]));

  it('has the named water works with their county', () => {
    const expected: [string, string, string][] = [
      ['water-caozhai-waterworks-xz2019-1', '411000', 'planned'],
      ['water-yuzhou-shatuohu-storage-xz2019-1', '411081', 'planned'],
      ['water-dachen-sluice-expansion-xz2019-1', '411025', 'upgrading'],
      ['water-yanling-zhaokou-irrigation-xz2019-1', '411024', 'upgrading'],
      ['water-jianan-yinghe-zhenjian-barrage-xz2019-1', '411003', 'planned'],
      ['water-jkq-storage-xz2019-1', 'XC-JKQ', 'planned'],
      ['water-changge-qingyi-river-xz2019-1', '411082', 'planned'],
      ['water-xiaohong-river-xz2019-1', '411000', 'planned'],
    ];
    for (const [id, code, status] of expected) expect(byId.get(id), id).toMatchObject({ area_code: code, status, doc: '许政〔2019〕1号' });
    expect(byId.get('water-jianan-yinghe-zhenjian-barrage-xz2019-1')!.town).toBe('椹涧');
    expect(result.places.filter((p) => p.doc === '许政〔2019〕1号' && p.category === 'water_project')).toHaveLength(28);
  });

  it('has the wetland works and park pilots of 许政〔2019〕1号 (tests/unit/extract-wetlands.test.ts has the rest)', () => {
    const wetlands = result.places.filter((p) => /湿地/.test(p.name));
    expect(wetlands.map((p) => [p.place_id, p.doc, p.category])).toEqual([
      ['wetland-jianan-yinghe-xz2019-1', '许政〔2019〕1号', 'wetland'],
      ['wetland-jianan-yingru-canal-lower-xz2019-1', '许政〔2019〕1号', 'wetland'],
      ['wetland-park-changge-shuangjihe-xz2019-1', '许政〔2019〕1号', 'wetland_park'],
      ['wetland-park-xiangcheng-beiruhe-xz2019-1', '许政〔2019〕1号', 'wetland_park'],
      ['wetland-park-yanling-xz2019-1', '许政〔2019〕1号', 'wetland_park'],
      ['wetland-park-yuzhou-yinghe-xz2019-1', '许政〔2019〕1号', 'wetland_park'],
    ]);
  });

  it('has parks, clusters and towns of the industry plans, and 2019 Q1 projects only where the county is known', () => {
    expect(byId.get('park-dazhou-recycled-metal-xz2019-3')).toMatchObject({ area_code: '411082', town: '大周' });
    expect(byId.get('town-yingyun-iot-xz2019-3')).toMatchObject({ area_code: '411081', category: 'characteristic_town' });
    expect(byId.get('park-jkq-robot-xz2019-3')).toMatchObject({ area_code: 'XC-JKQ' });
    const projects = result.places.filter((p) => p.category === 'industrial_project');
    expect(projects.map((p) => [p.area, p.year]).sort()).toEqual([
      ['示范区', 2019], ['襄城县', 2019], ['襄城县', 2019], ['襄城县', 2019], ['经济技术开发区', 2019], ['鄢陵县', 2019],
      ['长葛市', 2019], ['长葛市', 2019],
    ].sort());
    // the power-equipment plan's projects: 长葛市 and 魏都区 are both responsible, so none is placed
    expect(projects.some((p) => p.name.includes('森源电气'))).toBe(false);
  });

  it('every place is sourced, explained when city-wide, with unique ids and known statuses', () => {
    expect(new Set(result.places.map((p) => p.place_id)).size).toBe(result.places.length);
    for (const p of result.places) {
      expect(quoteIsAtLine(seed, p.line, p.quote), p.place_id).toBe(true);
      const q = p.quote.replace(/\s+/g, '');
      if (/composed/.test(p.note)) expect(q, p.place_id).toMatch(new RegExp(p.name.slice(0, 3)));
      else expect(q, p.place_id).toContain(p.name);
      expect(PLACE_STATUSES).toContain(p.status);
      expect(p.category).toMatch(/^[a-z][a-z_]*$/);
      expect(p.place_id).toMatch(/^[a-z0-9-]+$/);
      expect(areaByCode(p.area_code)?.name_zh).toBe(p.area);
      if (p.area_code === '411000' && !p.name.startsWith('许昌市')) expect(p.note, p.place_id).toMatch(/city-wide 411000/);
    }
  });
});

describe('seed 000: every row is sourced', () => {
  it('indicator quotes stand at their line and contain the value; areas and kinds are valid', () => {
    expect(result.indicators).toHaveLength(79);
    for (const r of result.indicators) {
      expect(r.seed).toBe(SEED000);
      expect(quoteIsAtLine(seed, r.line, r.quote), `${r.indicator} ${r.year} line ${r.line}`).toBe(true);
      expect(quoteContainsValue(r.quote, r.value), `${r.indicator}: ${r.value} in "${r.quote}"`).toBe(true);
      expect(r.value).toMatch(/^-?(0|[1-9]\d*)(\.\d*[1-9])?$/);
      expect(areaByCode(r.area_code)?.name_zh).toBe(r.area);
      expect(KINDS).toContain(r.kind);
      expect(r.year).toBeGreaterThanOrEqual(2018);
      expect(r.year).toBeLessThanOrEqual(2025);
      const d = layout.docs.get(r.doc)!;
      expect(r.line).toBeGreaterThan(d.numberLine);
      expect(r.line).toBeLessThanOrEqual(d.end);
    }
    const keys = result.indicators.map((r) => `${r.indicator}|${r.area_code}|${r.place_id}|${r.year}|${r.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('defines every indicator it emits, once, with a topic and both names', () => {
    const ids = new Set(result.indicators.map((r) => r.indicator));
    expect(result.defs.map((d) => d.id).sort()).toEqual([...ids].sort());
    for (const d of result.defs) {
      expect(TOPICS).toContain(d.topic);
      expect(d.id).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(d.name_zh && d.name_en && d.description).toBeTruthy();
    }
  });

  it('checks carry their document and all reconcile', () => {
    expect(result.checks).toHaveLength(11);
    for (const c of result.checks) {
      expect(c.doc).toBe('许政〔2019〕3号');
      expect(c.note).toMatch(/^ok:/);
      expect(c.note_zh).toMatch(/^一致：/);
      for (const id of c.indicators!.split(' ')) expect(result.indicators.some((r) => r.indicator === id), `${c.check}: ${id}`).toBe(true);
    }
  });

  it('is deterministic', () => {
    expect(extractSeed000(seeds)).toEqual(result);
  });
});

describe('seed 000: a changed seed makes it throw (or report)', () => {
  const cases: [string, (t: string) => string, RegExp][] = [
    ['a figure no longer printed', (t) => t.replace('全市供水能力达到 11．55', '全市供水能力约 11．55'), /figure water_supply_capacity in y2020: pattern .* matches 0 times/],
    ['a figure printed twice', (t) => t.replace('2019 年实现销售收入 1200 亿元，利税 120 亿元；', '2019 年实现销售收入 1200 亿元，利税 120 亿元；2019 年实现销售收入 1200 亿元，利税 120 亿元；'),
      /figure smart_power_equipment_sales_revenue in plan\/许昌市智能电力装备产业发展行动方案: pattern .* matches 2 times/],
    ['a figure printed twice inside its paragraph', (t) => t.replace('农村自来水普及率达到 98％，', '农村自来水普及率达到 98％，农村自来水普及率达到 97％，'),
      /figure rural_tap_water_coverage_pct in y2020: pattern .* matches 2 times/],
    ['an unknown county in a 责任单位 cell', (t) => t.replace(/(度开工项目 3\s*\n\s*个[^]*?)襄城县政府/, '$1郏县政府'), /unknown area name "郏县"/],
    ['a site no longer named', (t) => t.replace(/以森源电动汽车(\s*)产业园为依托/, '以森源汽车$1产业园为依托'), /place park-senyuan-ev-xz2019-3: pattern .* matches 0 times/],
    ['a document number lost', (t) => t.replace('许政〔2019〕3 号', '许政〔2019〕'), /许政〔2019〕3号: document not found/],
    ['a plan title lost', (t) => t.replace(/\n(\s*)许昌市工业机器人产业发展行动方案\s*\n/, '\n$1许昌市工业机器人产业方案\n'), /series plan: headings changed/],
    ['a Q1 project without an id', (t) => t.replace('韩国现代年产 1000 台套机器人项', '韩国现代年产 2000 台套机器人项'), /has no id in Q1_PROJECTS/],
  ];
  for (const [what, edit, message] of cases) {
    it(what, () => {
      expect(() => extractSeed000(mutated(edit))).toThrow(message);
    });
  }

  it('reports a Q1 count that no longer matches its list as a finding, not an error', () => {
    const r = extractSeed000(mutated((t) => t.replace(/(开工项\s*\n\s*目) 2 个/, '$1 3 个')));
    const c = r.checks.find((x) => x.check === 'seed000_recycled_metal_q1_projects_vs_list')!;
    expect(c).toMatchObject({ expected: '3', found: '2' });
    expect(c.note).not.toMatch(/^ok:/);
  });
});
