import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeeds, type SeedSet } from '../../pipeline/lib/seeds.ts';
import { withEditedSeed } from './seedTestKit.ts';
import { quoteIsAtLine } from '../../pipeline/lib/quote.ts';
import { quoteContainsValue, numbersIn } from '../../pipeline/lib/numbers.ts';
import { areaByCode } from '../../pipeline/lib/areas.ts';
import { PLACE_STATUSES, TOPICS } from '../../pipeline/lib/types.ts';
import { extractDocuments } from '../../pipeline/documents/index.ts';
import doc37 from '../../pipeline/documents/2023/xuzheng-2023-37.ts';
import { locateDocument, readTable } from '../../pipeline/engine/index.ts';

const TOURISM_DOC = doc37.doc;
const TOURISM_SEED = doc37.seed;
const extractTourism = (s: SeedSet) => extractDocuments(s, [doc37]);
const locateDoc = () => locateDocument(doc37, seeds);
const annexSpec = doc37.tables![0];
/** Annex 1 as the engine reads it: 合计 values by column (2 支线, 3 联络线) */
const parseAnnex1 = (start: number, end: number) => {
  const t = readTable(seed, start, end, annexSpec, 'annex1');
  return { ...t, total: { line: t.total!.line, branch: t.total!.values[2], connector: t.total!.values[3] } };
};

const seeds = loadSeeds(join(process.cwd(), 'seeds'));
const seed = seeds.get(TOURISM_SEED)!;
const result = extractTourism(seeds);
const ind = (id: string, code: string) => result.indicators.filter((r) => r.indicator === id && r.area_code === code);

/** a copy of the seed set with this seed's text changed by `edit` (which must change something) */
const mutated = (edit: (text: string) => string): SeedSet => withEditedSeed(seeds, TOURISM_SEED, edit);

describe('tourism roads: annex 1 (许昌市旅游公路网路线明细表)', () => {
  const { start, end } = locateDoc();
  const annex = parseAnnex1(start, end);

  it('finds the six county rows and the 合计 row inside 许政〔2023〕37号', () => {
    expect(annex.rows.map((r) => r.area.name_zh)).toEqual(['禹州市', '长葛市', '鄢陵县', '襄城县', '魏都区', '建安区']);
    expect(annex.total).toMatchObject({ branch: '146.35', connector: '136.83' });
    expect(annex.total.line).toBeGreaterThan(start);
    expect(annex.total.line).toBeLessThanOrEqual(end);
  });

  it('emits per-county branch and connector km (2025 targets) that add up to the 合计 row', () => {
    for (const [id, total] of [['tourism_road_branch_km', 146.35], ['tourism_road_connector_km', 136.83]] as const) {
      const rows = result.indicators.filter((r) => r.indicator === id && r.area_code !== '411000');
      expect(rows).toHaveLength(6);
      for (const r of rows) expect(r).toMatchObject({ year: 2025, kind: 'target', unit: '公里', place_id: '' });
      const sum = rows.reduce((s, r) => s + Math.round(Number(r.value) * 100), 0) / 100;
      expect(sum).toBe(total);
    }
    expect(ind('tourism_road_branch_km', '411081')[0].value).toBe('62.15');
    expect(ind('tourism_road_connector_km', '411081')[0].value).toBe('86.02');
    expect(ind('tourism_road_branch_km', '411024')[0].value).toBe('28.9'); // printed 28.90
    expect(ind('tourism_road_branch_km', '411082')[0].value).toBe('0');
    expect(ind('tourism_road_connector_km', '411003')[0].value).toBe('0');
  });

  it('records the 合计 reconciliations as ok checks', () => {
    const byId = new Map(result.checks.map((c) => [c.check, c]));
    expect(byId.get('tourism_annex1_branch_total')).toMatchObject({ expected: '146.35', found: '146.35', line: annex.total.line });
    expect(byId.get('tourism_annex1_connector_total')).toMatchObject({ expected: '136.83', found: '136.83' });
    expect(byId.get('tourism_annex1_branch_total')!.note).toMatch(/^ok:/);
    expect(byId.get('tourism_annex1_connector_total')!.note).toMatch(/^ok:/);
    expect(byId.get('tourism_text_branch_vs_annex1')).toMatchObject({ expected: '146', found: '146.35' });
    expect(byId.get('tourism_text_branch_vs_annex1')!.note).toMatch(/^ok:/);
    expect(byId.get('tourism_text_connector_vs_annex1')!.note).toMatch(/^ok:/);
  });

  it('reports (does not hide) that the annex adds up to less than the 380 km target', () => {
    const c = result.checks.find((x) => x.check === 'tourism_text_total_vs_annex1')!;
    expect(c).toMatchObject({ expected: '>=380', found: '283.18' });
    expect(c.note).not.toMatch(/^ok:/);
    expect(c.note).toMatch(/96\.82/);
  });

  it('reports a 合计 mismatch as a finding, not an error', () => {
    const r = extractTourism(mutated((t) => t.replace('1\t禹州市\t62.15\t86.02', '1\t禹州市\t62.16\t86.02')));
    const c = r.checks.find((x) => x.check === 'tourism_annex1_branch_total')!;
    expect(c).toMatchObject({ expected: '146.35', found: '146.36' });
    expect(c.note).not.toMatch(/^ok:/);
  });
});

describe('tourism roads: the annex parser throws on a broken table', () => {
  const cases: [string, (t: string) => string, RegExp][] = [
    ['a row lost a cell', (t) => t.replace('3\t鄢陵县\t28.90\t12.32', '3\t鄢陵县\t28.90'), /expected 4 cells, got 3/],
    ['a cell is not a number', (t) => t.replace('4\t襄城县\t26.16\t34.03', '4\t襄城县\t26.l6\t34.03'), /neither a number/],
    ['an unknown county', (t) => t.replace('2\t长葛市\t0\t4.46', '2\t郏县\t0\t4.46'), /unknown area name "郏县"/],
    ['a serial is skipped', (t) => t.replace('5\t魏都区\t9.22\t0', '7\t魏都区\t9.22\t0'), /expected serial 5/],
    ['the header changed', (t) => t.replace('序号\t县（市、区）\t支线（公里）\t联络线（公里）', '序号\t县（市、区）\t支线（公里）'), /unexpected header/],
    ['the 合计 row is missing', (t) => t.replace('合计\t\t146.35\t136.83\n', ''), /expected the 合计 row/],
    ['a county appears twice', (t) => t.replace('6\t建安区\t19.92\t0', '6\t禹州市\t19.92\t0'), /appears twice/],
    ['text after the table', (t) => t.replace('6\t建安区\t19.92\t0\n', '6\t建安区\t19.92\t0\n\n注：单位为公里\n'), /unexpected text after the table/],
  ];
  for (const [what, edit, message] of cases) {
    it(what, () => {
      expect(() => extractTourism(mutated(edit))).toThrow(message);
    });
  }
});

describe('tourism roads: city-wide targets from the text', () => {
  it('has the 380 km (以上) network target for 2025', () => {
    const [r] = ind('tourism_road_total_km', '411000');
    expect(r).toMatchObject({ value: '380', year: 2025, kind: 'target', unit: '公里', area: '许昌市' });
    expect(r.quote).toMatch(/2025/);
    expect(r.quote).toMatch(/380 公里以上/);
    expect(r.note).toMatch(/以上/);
  });

  it('has the text\'s 2025 branch / connector totals (支线146公里、联络线137公里)', () => {
    expect(ind('tourism_road_branch_km', '411000')).toMatchObject([{ value: '146', year: 2025, kind: 'target' }]);
    expect(ind('tourism_road_connector_km', '411000')).toMatchObject([{ value: '137', year: 2025, kind: 'target' }]);
  });

  it('covers every km figure printed in the document text (outside the annex table)', () => {
    const { start, end } = locateDoc();
    const headingLine = parseAnnex1(start, end).titleLine; // the annex title (附件 1 stands right above it)
    const covered = new Set(result.indicators.map((r) => `${r.line}|${r.value}`));
    let n = 0;
    for (let l = start; l < headingLine; l++) {
      for (const m of seed.line(l).matchAll(/(\d+(?:\.\d+)?)\s*公里/g)) {
        n++;
        expect(covered.has(`${l}|${m[1]}`), `line ${l}: ${m[0]}`).toBe(true);
      }
    }
    expect(n).toBe(3); // 380, 146, 137
  });

  it('emits only target rows (the text gives no baseline figures) and nothing for 2030 (no figure)', () => {
    expect(new Set(result.indicators.map((r) => r.kind))).toEqual(new Set(['target']));
    expect(result.indicators.some((r) => r.year === 2030)).toBe(false);
  });
});

describe('tourism roads: named routes', () => {
  const byName = new Map(result.places.map((p) => [p.name, p]));
  const expected: [string, string, string, number | ''][] = [
    ['S231大鸿寨段', '411081', 'planned', 2025],
    ['花都一号', '411024', 'planned', 2025],
    ['雷洞村旅游道路', '411025', 'planned', 2025],
    ['钧都一号', '411000', 'planned', 2025],
    ['紫云山一号', '411000', 'planned', 2025],
    ['国道234郑许界至禹州东环段', '411000', 'upgrading', ''],
    ['省道319蒋庄至范家段', '411000', 'upgrading', ''],
    ['乡道014范门村至禹汝界', '411081', 'planned', ''],
    ['红叶专线', '411081', 'planned', ''],
  ];

  it('finds every named route once, with its county, status and year', () => {
    expect([...byName.keys()].sort()).toEqual(expected.map((e) => e[0]).sort());
    expect(new Set(result.places.map((p) => p.place_id)).size).toBe(result.places.length);
    for (const [name, code, status, year] of expected) {
      expect(byName.get(name), name).toMatchObject({ area_code: code, area: areaByCode(code)!.name_zh, status, year,
        category: 'tourism_road', doc: TOURISM_DOC });
    }
  });

  it('explains every city-wide route in its note', () => {
    for (const p of result.places.filter((x) => x.area_code === '411000')) expect(p.note, p.name).toMatch(/411000/);
  });

  it('sets no town: the text names none (雷洞村 is a village)', () => {
    for (const p of result.places) expect(p.town, p.name).toBeUndefined();
  });

  it('throws on a county name lib/areas.ts does not know', () => {
    expect(() => extractTourism(mutated((t) => t.replace('襄城县雷洞村旅游道路等精品旅游公路示范路', '郏县雷洞村旅游道路等精品旅游公路示范路'))))
      .toThrow(/郏县/);
  });

  it('throws on a route it has no id for', () => {
    expect(() => extractTourism(mutated((t) => t.replace('省道 319 蒋庄至范家段', '省道 325 蒋庄至范家段')))).toThrow(/省道325/);
  });
});

describe('tourism roads: every row is sourced', () => {
  it('indicator quotes stand at their line and contain the value', () => {
    expect(result.indicators).toHaveLength(15);
    for (const r of result.indicators) {
      expect(r).toMatchObject({ doc: TOURISM_DOC, seed: TOURISM_SEED });
      expect(quoteIsAtLine(seed, r.line, r.quote), `${r.indicator} ${r.area} line ${r.line}`).toBe(true);
      expect(quoteContainsValue(r.quote, r.value), `${r.indicator} ${r.area}: ${r.value} in "${r.quote}"`).toBe(true);
      expect(r.value).toMatch(/^-?\d+(\.\d+)?$/);
      expect(areaByCode(r.area_code)?.name_zh).toBe(r.area);
    }
  });

  it('place quotes stand at their line and name the route', () => {
    for (const p of result.places) {
      expect(quoteIsAtLine(seed, p.line, p.quote), p.name).toBe(true);
      expect(p.quote.replace(/\s+/g, '')).toContain(p.name);
      expect(PLACE_STATUSES).toContain(p.status);
    }
  });

  it('check lines lie inside the document and their figures are printed there', () => {
    const { start, end } = locateDoc();
    for (const c of result.checks) {
      expect(c.line).toBeGreaterThanOrEqual(start);
      expect(c.line).toBeLessThanOrEqual(end);
      expect(numbersIn(seed.line(c.line)).map(Number)).toContain(Number(c.expected.replace('>=', '')));
    }
  });

  it('defines every indicator it emits, and is deterministic', () => {
    const ids = new Set(result.indicators.map((r) => r.indicator));
    expect(result.defs.map((d) => d.id).sort()).toEqual([...ids].sort());
    for (const d of result.defs) expect(TOPICS).toContain(d.topic);
    expect(extractTourism(seeds)).toEqual(result);
  });
});
