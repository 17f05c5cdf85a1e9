import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadSeeds, makeSeed, type SeedSet } from '../../pipeline/lib/seeds.ts';
import { quoteIsAtLine } from '../../pipeline/lib/quote.ts';
import { quoteContainsValue } from '../../pipeline/lib/numbers.ts';
import { KINDS, PLACE_STATUSES, TOPICS } from '../../pipeline/lib/types.ts';
import { extractDocuments } from '../../pipeline/documents/index.ts';
import { locateDocument } from '../../pipeline/engine/index.ts';
import coalDoc, { locateCoalAnnexes, parseAnnex1, parseAnnex2 } from '../../pipeline/documents/2019/xuzheng-2019-2.ts';

const COAL_SEED = coalDoc.seed;
const extractCoal = (s: SeedSet) => extractDocuments(s, [coalDoc]);
/** the document's range and its annexes in `s` (a seed set holding the coal seed) */
const locateCoalDoc = (s: SeedSet) => {
  const { seed: sd, start, end } = locateDocument(coalDoc, s);
  return { docStart: start, docEnd: end, ...locateCoalAnnexes(sd, start, end) };
};

const seeds = loadSeeds(fileURLToPath(new URL('../../seeds/', import.meta.url)));
const seed = seeds.get(COAL_SEED)!;
const result = extractCoal(seeds);
const DOC = '许政〔2019〕2号';

const rows = (indicator: string) => result.indicators.filter((r) => r.indicator === indicator);
const get = (indicator: string, area: string, year: number, place_id = '') =>
  result.indicators.filter((r) => r.indicator === indicator && r.area === area && r.year === year && r.place_id === place_id);
const check = (id: string) => {
  const c = result.checks.find((x) => x.check === id);
  if (!c) throw new Error(`no check ${id}`);
  return c;
};

/** A copy of the coal seed with the first line containing `find` (after line `after`) replaced by `replace`. */
function mutated(find: string, replace: string | null, after = 1): SeedSet {
  const lines = [...seed.lines];
  const i = lines.findIndex((l, n) => n + 1 >= after && l.includes(find));
  if (i < 0) throw new Error(`test setup: "${find}" not in seed`);
  if (replace === null) lines.splice(i, 1);
  else lines[i] = lines[i].replace(find, replace);
  return new Map([[COAL_SEED, makeSeed(COAL_SEED, lines.join('\n'))]]);
}

describe('extractCoal: annex 1 (county targets)', () => {
  it('has 2020 total caps for exactly the 8 areas, 示范区 excluded', () => {
    const caps = Object.fromEntries(
      rows('coal_total').filter((r) => r.year === 2020 && r.area_code !== '411000').map((r) => [r.area, r.value]),
    );
    expect(caps).toEqual({
      禹州市: '500', 长葛市: '60', 襄城县: '380', 鄢陵县: '20', 魏都区: '35', 建安区: '10', 东城区: '120', 经济技术开发区: '9',
    });
    expect(result.indicators.some((r) => r.area === '示范区')).toBe(false);
    expect(result.defs.find((d) => d.id === 'coal_total')!.description).toContain('示范区没有规模以上耗煤企业');
  });

  it('reads 2015 baselines and all three columns, with kinds and the zones resolved', () => {
    const yz = (ind: string, y: number) => get(ind, '禹州市', y)[0];
    expect([yz('coal_total', 2015).value, yz('coal_nonpower', 2015).value, yz('coal_power_units', 2015).value])
      .toEqual(['558', '234.1', '323.9']);
    expect([yz('coal_total', 2020).value, yz('coal_nonpower', 2020).value, yz('coal_power_units', 2020).value])
      .toEqual(['500', '110', '390']);
    expect(yz('coal_total', 2015).kind).toBe('baseline');
    expect(yz('coal_total', 2020).kind).toBe('target');
    const dc = get('coal_total', '东城区', 2015)[0];
    expect(dc.area_code).toBe('XC-DCQ');
    expect(dc.value).toBe('106.7');
    // the wrapped label 经济技术 / 开发区: the row stands on the line of its values
    const kf = get('coal_nonpower', '经济技术开发区', 2015)[0];
    expect(kf.area_code).toBe('XC-JKQ');
    expect(kf.value).toBe('10');
    expect(seed.line(kf.line).trim()).toBe('10 10 — 9 9 —');
  });

  it('emits no row for "—" cells', () => {
    expect(get('coal_nonpower', '东城区', 2015)).toHaveLength(0);
    expect(get('coal_nonpower', '东城区', 2020)).toHaveLength(0);
    for (const a of ['长葛市', '襄城县', '鄢陵县', '魏都区', '建安区', '经济技术开发区']) {
      expect(get('coal_power_units', a, 2015)).toHaveLength(0);
      expect(get('coal_power_units', a, 2020)).toHaveLength(0);
    }
    // 8 areas × 6 cells − 14 dashes
    const a1 = result.indicators.filter(
      (r) => ['coal_total', 'coal_nonpower', 'coal_power_units'].includes(r.indicator) && r.area_code !== '411000',
    );
    expect(a1).toHaveLength(34);
  });
});

describe('extractCoal: city figures of the text', () => {
  it('has the 总体目标 figures for 2020, city-wide', () => {
    const city = (ind: string) => {
      const r = rows(ind).filter((x) => x.area_code === '411000');
      expect(r).toHaveLength(1);
      expect(r[0].area).toBe('许昌市');
      expect(r[0].year).toBe(2020);
      return r[0];
    };
    expect(city('coal_total').value).toBe('1154');
    expect(city('coal_total').kind).toBe('target');
    expect(city('coal_nonpower').value).toBe('644');
    expect(city('coal_power_units').value).toBe('510');
    expect(city('coal_total_reduction_vs_2015').value).toBe('26');
    expect(city('coal_power_share').value).toBe('45');
    expect(city('coal_power_supply_intensity').value).toBe('300');
    expect(city('coal_power_generation_share').value).toBe('65');
    expect(city('external_power_import').value).toBe('50');
    expect(city('coal_calorific_value_increase').value).toBe('10');
    expect(city('coal_power_fuel_calorific_value').value).toBe('5000');
    expect(city('coal_boiler_phaseout_threshold').value).toBe('35');
    expect(city('coal_gasifier_phaseout_threshold').value).toBe('3');
    expect(city('wind_power_capacity').value).toBe('30');
    expect(city('biomass_power_capacity').value).toBe('10');
    expect(city('natural_gas_energy_share').value).toBe('10');
    expect(city('renewable_energy_share').value).toBe('7');
  });

  it('records the qualifiers (以内/以上/左右) of the text figures and the annex caps, and 力争 in the note', () => {
    const city = (ind: string) => rows(ind).find((x) => x.area_code === '411000')!;
    expect(city('coal_total').qualifier).toBe('at_most');
    expect(city('coal_nonpower').qualifier).toBe('at_most');
    expect(city('coal_power_share').qualifier).toBe('at_least');
    expect(city('coal_total_reduction_vs_2015').qualifier).toBe('about');
    expect(city('external_power_import').qualifier).toBe('about');
    expect(city('coal_power_generation_share').qualifier).toBe('about');
    expect(city('wind_power_capacity')).toMatchObject({ qualifier: '', note: '' });
    expect(city('coal_total').note).toMatch(/力争/);
    expect(get('coal_total', '禹州市', 2020)[0]).toMatchObject({ qualifier: 'at_most' });
    expect(get('coal_total', '禹州市', 2020)[0].note).toMatch(/万吨以内/);
    expect(get('coal_total', '禹州市', 2015)[0]).toMatchObject({ qualifier: '', note: '' });
    expect(get('coal_enterprise_total', '魏都区', 2020, 'coal-ent-13')[0].qualifier).toBe('at_most');
  });

  it('cites the line where the value is printed and includes the year in every text quote', () => {
    const r = rows('coal_total').find((x) => x.area_code === '411000')!;
    expect(seed.line(r.line)).toContain('1154');
    for (const x of result.indicators.filter((i) => i.area_code === '411000')) {
      expect(x.quote).toContain(String(x.year));
    }
  });
});

describe('extractCoal: annex 2 (key enterprises)', () => {
  it('has the 17 enterprises with their areas, wrapped names joined', () => {
    expect(result.places).toHaveLength(17);
    expect(result.places.map((p) => p.place_id)).toEqual(
      Array.from({ length: 17 }, (_, i) => `coal-ent-${String(i + 1).padStart(2, '0')}`),
    );
    expect(result.places.map((p) => p.area)).toEqual([
      '禹州市', '禹州市', '禹州市', '禹州市', '禹州市', '禹州市', '禹州市', '长葛市', '襄城县', '襄城县',
      '魏都区', '魏都区', '魏都区', '建安区', '建安区', '东城区', '经济技术开发区',
    ]);
    const byId = Object.fromEntries(result.places.map((p) => [p.place_id, p]));
    expect(byId['coal-ent-01'].name).toBe('许昌龙岗发电有限责任公司');
    expect(byId['coal-ent-01'].note).toContain('基数含原禹龙公司');
    expect(byId['coal-ent-09'].name).toBe('中国平煤神马集团许昌首山焦化有限公司');
    expect(byId['coal-ent-17'].name).toBe('津药瑞达（许昌）生物科技有限公司');
    expect(byId['coal-ent-17'].area_code).toBe('XC-JKQ');
    for (const p of result.places) {
      expect(p.category).toBe('coal_enterprise');
      expect(p.year).toBe(2020);
      expect(p.status).toBe('existing');
      expect(PLACE_STATUSES).toContain(p.status);
      expect(p.doc).toBe(DOC);
      expect(p.quote).toContain(p.name);
    }
  });

  it('has 2015 baselines and 2020 caps per enterprise, none for "—"', () => {
    const ent = rows('coal_enterprise_total');
    expect(ent).toHaveLength(17 * 2 - 3);
    const v = (id: string, y: number) => ent.filter((r) => r.place_id === id && r.year === y).map((r) => r.value);
    expect(v('coal-ent-01', 2015)).toEqual(['323.9']);
    expect(v('coal-ent-01', 2020)).toEqual(['390']);
    expect(v('coal-ent-09', 2015)).toEqual(['354.4']);
    expect(v('coal-ent-09', 2020)).toEqual(['330']);
    expect(v('coal-ent-08', 2015)).toEqual([]);
    expect(v('coal-ent-13', 2015)).toEqual([]);
    expect(v('coal-ent-17', 2015)).toEqual([]);
    expect(v('coal-ent-17', 2020)).toEqual(['9']);
    for (const r of ent) {
      const p = result.places.find((x) => x.place_id === r.place_id)!;
      expect(r.area_code).toBe(p.area_code);
      expect(r.kind).toBe(r.year === 2015 ? 'baseline' : 'target');
    }
  });
});

describe('extractCoal: checks', () => {
  it('reports annex 1 caps (1134) vs the text city cap (1154)', () => {
    const c = check('coal_annex1_2020_total_vs_text');
    expect(c.expected).toBe('1154');
    expect(c.found).toBe('1134');
    expect(c.note.startsWith('ok:')).toBe(false);
    expect(c.note).toContain('20');
    const np = check('coal_annex1_2020_nonpower_vs_text');
    expect([np.expected, np.found, np.note.startsWith('ok:')]).toEqual(['644', '624', false]);
    const pu = check('coal_annex1_2020_power_units_vs_text');
    expect([pu.expected, pu.found, pu.note.startsWith('ok:')]).toEqual(['510', '510', true]);
  });

  it('reconciles the text, the rows of annex 1 and the dispatched units of annex 2', () => {
    expect(check('coal_text_2020_parts_vs_total').note).toMatch(/^ok:/);
    expect(check('coal_annex1_2015_total_vs_text_reduction').found).toBe('26.29');
    expect(result.checks.filter((c) => c.check.startsWith('coal_annex1_parts_'))).toHaveLength(16);
    expect(result.checks.filter((c) => c.check.startsWith('coal_annex1_parts_')).every((c) => c.note.startsWith('ok:')))
      .toBe(true);
    expect(check('coal_annex2_power_units_vs_annex1_411081_2020').note).toMatch(/^ok:.*龙岗/);
    expect(check('coal_annex2_power_units_vs_annex1_XC-DCQ_2015').note).toMatch(/^ok:.*能信/);
    expect(check('coal_annex2_power_units_vs_text_2020').found).toBe('510');
    expect(check('coal_text_2020_power_share_vs_caps').note.startsWith('ok:')).toBe(false);
  });

  it('finds 建安区 2015: enterprises 133.5 > area total 16', () => {
    const c = check('coal_annex2_within_annex1_411003_2015');
    expect([c.expected, c.found, c.note.startsWith('ok:')]).toEqual(['16', '133.5', false]);
    expect(check('coal_annex2_within_annex1_411003_2020').note).toMatch(/^ok:/);
    const failing = result.checks.filter((c) => !c.note.startsWith('ok:')).map((c) => c.check).sort();
    expect(failing).toEqual([
      'coal_annex1_2020_nonpower_vs_text',
      'coal_annex1_2020_total_vs_text',
      'coal_annex2_within_annex1_411003_2015',
      'coal_text_2020_power_share_vs_caps',
    ]);
  });

  it('every check has doc, seed and a line inside the document', () => {
    const L = locateCoalDoc(seeds);
    for (const c of result.checks) {
      expect(c.doc).toBe(DOC);
      expect(c.note_zh!.startsWith('一致：')).toBe(c.note.startsWith('ok:'));
      expect(c.indicators).toMatch(/^coal_|^[a-z_]+ coal_/);
      expect(c.seed).toBe(COAL_SEED);
      expect(c.line).toBeGreaterThanOrEqual(L.docStart);
      expect(c.line).toBeLessThanOrEqual(L.docEnd);
      expect(c.note).not.toBe('');
    }
  });
});

describe('extractCoal: contract', () => {
  it('every row quote is at its line and contains its value', () => {
    for (const r of result.indicators) {
      expect(quoteIsAtLine(seed, r.line, r.quote), `${r.indicator} ${r.area} ${r.year}`).toBe(true);
      expect(quoteContainsValue(r.quote, r.value), `${r.indicator} ${r.area} ${r.year}`).toBe(true);
      expect(r.doc).toBe(DOC);
      expect(r.seed).toBe(COAL_SEED);
      expect(KINDS).toContain(r.kind);
      expect(r.value).toMatch(/^\d+(\.\d+)?$/);
    }
    for (const p of result.places) expect(quoteIsAtLine(seed, p.line, p.quote), p.place_id).toBe(true);
  });

  it('has one def per emitted indicator id, with valid topics', () => {
    const ids = [...new Set(result.indicators.map((r) => r.indicator))].sort();
    expect(result.defs.map((d) => d.id)).toEqual(ids);
    for (const d of result.defs) expect(TOPICS).toContain(d.topic);
    for (const r of result.indicators) expect(r.unit).toBe(result.defs.find((d) => d.id === r.indicator)!.unit);
  });

  it('is deterministic', () => {
    expect(extractCoal(loadSeeds(fileURLToPath(new URL('../../seeds/', import.meta.url))))).toEqual(result);
  });
});

describe('table parsers throw on broken tables', () => {
  it('annex 1: a row with a missing cell', () => {
    expect(() => extractCoal(mutated('长葛市 151 151 — 60 60 —', '长葛市 151 151 — 60 60'))).toThrow(/5 cells, expected 6/);
  });
  it('annex 1: an unknown row label', () => {
    expect(() => extractCoal(mutated('鄢陵县 39 39', '某某县 39 39'))).toThrow(/unexpected row label "某某县"/);
  });
  it('annex 1: a non-numeric cell', () => {
    expect(() => extractCoal(mutated('魏都区 68 68 — 35 35 —', '魏都区 68 68 x 35 35 —'))).toThrow(/annex 1/);
  });
  it('annex 1: a missing row', () => {
    const m = mutated('建安区 16 16 — 10 10 —', null);
    const s = m.get(COAL_SEED)!;
    const L = locateCoalDoc(m);
    expect(() => parseAnnex1(s, L.annex1Title, L.annex1Notes)).toThrow(/rows missing: 建安区/);
  });
  it('annex 1: a changed header', () => {
    expect(() => extractCoal(mutated('非电行业', '电力行业', 760))).toThrow(/annex 1: unexpected header/);
  });
  it('annex 2: an unknown 所属地', () => {
    expect(() => extractCoal(mutated('河南永锦能源有限公司 禹州市', '河南永锦能源有限公司 某市'))).toThrow(/row 2: no known 所属地/);
  });
  it('annex 2: a missing row', () => {
    const m = mutated('5 天瑞集团禹州水泥有限公司', null);
    const s = m.get(COAL_SEED)!;
    const L = locateCoalDoc(m);
    expect(() => parseAnnex2(s, L.annex2Title, L.annex2End)).toThrow(/annex 2/);
  });
  it('annex 2: an extra cell', () => {
    expect(() => extractCoal(mutated('许昌亮源焦化有限公司 襄城县 150.9 50', '许昌亮源焦化有限公司 襄城县 150.9 50 7'))).toThrow(
      /row 10: unexpected extra cell/,
    );
  });
  it('the parsers accept the real seed', () => {
    const L = locateCoalDoc(seeds);
    expect(parseAnnex1(seed, L.annex1Title, L.annex1Notes)).toHaveLength(8);
    expect(parseAnnex2(seed, L.annex2Title, L.annex2End)).toHaveLength(17);
  });
});
