import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, type AtlasData, type Check } from '../../src/lib/model.ts';
import { buildModel } from '../../src/lib/parseModel.ts';
import { contributions, dueTargets, findingsFor, isReconciled, rankAreas, rootDoc, topicValuesForArea } from '../../src/lib/detail.ts';
import { COUNTY_CODES, ZONE_CODES } from '../../src/lib/view.ts';

const committed = buildModel(Object.fromEntries(Object.values(DATA_FILES).map((f) => [f, readFileSync(f, 'utf8')])));

/** the issue-11 columns appended to the contract stay empty in these rows */
const pad = (n: number) => (row: string) => row + ','.repeat(n);

/** A small model built from CSV text, so each rule is tested on rows chosen for it. */
function model(parts: { defs?: string[]; indicators?: string[]; places?: string[]; docs?: string[]; checks?: string[] }): AtlasData {
  return buildModel({
    [DATA_FILES.defs]: ['id,topic,name_zh,name_en,unit,description,binding', ...(parts.defs ?? [
      'a_total,coal,甲,A total,万吨,', 'a_other,coal,乙,A other,%,', 'b_x,fire,丙,B x,个,',
    ]).map(pad(1))].join('\n'),
    [DATA_FILES.docs]: ['doc,title,issuer,issued,seed,first_line,last_line,parent,note', ...(parts.docs ?? [
      'N1,通知一,政府,2019-01-15,s1,1,100,,', 'N1/附1,方案一,政府,2019-01-15,s1,10,100,N1,',
      'N2,通知二,政府,2023-07-10,s2,1,50,,', 'N3,无数据,政府,2023-08-01,s2,51,60,,',
    ])].join('\n'),
    [DATA_FILES.places]: ['place_id,name,category,area_code,area,lon,lat,location_precision,year,status,doc,seed,line,quote,note',
      ...(parts.places ?? ['p1,某某热电有限公司,coal_enterprise,411081,禹州市,113.4,34.2,county,2020,existing,N1,s1,30,q,'])].join('\n'),
    [DATA_FILES.indicators]: ['indicator,area_code,area,year,value,unit,kind,doc,seed,line,quote,note,place_id,qualifier,year_basis,printed',
      ...(parts.indicators ?? []).map(pad(3))].join('\n'),
    [DATA_FILES.checks]: ['check,doc,seed,line,expected,found,note,indicators,note_zh', ...(parts.checks ?? []).map(pad(2))].join('\n'),
  });
}
const ind = (indicator: string, area: string, year: number, value: number, kind = 'target', doc = 'N1', line = 20, place = '', seed = 's1') =>
  `${indicator},${area},,${year},${value},u,${kind},${doc},${seed},${line},q,,${place}`;
const chk = (id: string, doc: string, line: number, note: string, seed = 's1') => `${id},${doc},${seed},${line},1,2,"${note}"`;

describe('findingsFor', () => {
  const data = model({
    indicators: [
      ind('a_total', '411002', 2020, 35, 'target', 'N1', 20),
      ind('a_total', '411003', 2020, 10, 'target', 'N1', 22),
      ind('a_other', '411000', 2020, 45, 'target', 'N1', 40),
      ind('b_x', '411000', 2025, 9, 'target', 'N2', 7, '', 's2'),
      ind('a_other', '411081', 2020, 5, 'target', 'N1', 30, 'p1'),
    ],
    checks: [
      chk('coal_rows_sum_411002', 'N1', 20, 'sum is 36, the table says 35'), // on a row line
      chk('coal_rows_ok_411003', 'N1', 22, 'ok: adds up'), // on a row line, reconciled
      chk('coal_text_total_vs_annex', 'N1', 90, 'the text says more'), // id names the quantity "total"
      chk('coal_mentions_line', 'N1', 95, 'compare the annex (value at line 22)'), // note mentions a row line
      chk('coal_other_vs_text', 'N1', 99, 'other differs'), // about a_other, not a_total
      chk('b_station_sum', 'N2', 20, 'differs', 's2'), // another document
      chk('coal_site_sum', 'N1', 98, '某某热电有限公司 5 exceeds the cap'), // names a site of a_other
      chk('coal_wrong_doc_same_line', 'N2', 20, 'differs'), // same line, other document
    ],
  });

  it('picks checks on the rows\' lines, naming the indicator, or mentioning its lines; splits by the ok prefix', () => {
    const r = findingsFor(data, 'a_total');
    expect(r.findings.map((c) => c.check)).toEqual(['coal_rows_sum_411002', 'coal_text_total_vs_annex', 'coal_mentions_line']);
    expect(r.reconciled.map((c) => c.check)).toEqual(['coal_rows_ok_411003']);
  });
  it('only checks of the same document concern an indicator', () => {
    const all = [...findingsFor(data, 'a_total').findings, ...findingsFor(data, 'a_total').reconciled].map((c) => c.check);
    expect(all).not.toContain('b_station_sum');
    expect(all).not.toContain('coal_wrong_doc_same_line');
  });
  it('a check naming a site whose values feed the indicator concerns it', () => {
    expect(findingsFor(data, 'a_other').findings.map((c) => c.check)).toEqual(['coal_site_sum', 'coal_other_vs_text']);
  });
  it('an unknown indicator has no checks', () => {
    expect(findingsFor(data, 'nope')).toEqual({ findings: [], reconciled: [] });
  });
  it('isReconciled: only notes starting with "ok"', () => {
    const c = (note: string) => ({ note }) as Check;
    expect(isReconciled(c('ok: equal'))).toBe(true);
    expect(isReconciled(c('  OK equal'))).toBe(true);
    expect(isReconciled(c('okay'))).toBe(false);
    expect(isReconciled(c('differs: ok in part'))).toBe(false);
  });
  it('on the committed data: the coal caps gap is a finding of coal_total, the tourism gap of tourism_road_total_km', () => {
    const coal = findingsFor(committed, 'coal_total');
    expect(coal.findings.map((c) => c.check)).toContain('coal_annex1_2020_total_vs_text');
    expect(coal.findings.every((c) => !c.note.startsWith('ok'))).toBe(true);
    expect(coal.reconciled.length).toBeGreaterThan(0);
    expect(findingsFor(committed, 'tourism_road_total_km').findings.map((c) => c.check)).toEqual(['tourism_text_total_vs_annex1']);
    expect(findingsFor(committed, 'coal_power_share').findings.map((c) => c.check)).toEqual(['coal_text_2020_power_share_vs_caps']);
    expect(findingsFor(committed, 'coal_enterprise_total').findings.map((c) => c.check)).toContain('coal_annex2_within_annex1_411003_2015');
    expect(findingsFor(committed, 'fire_new_stations_total').findings).toEqual([]);
  });
  it('on the committed data: every finding concerns at least one indicator', () => {
    const shown = new Set(committed.defs.flatMap((d) => findingsFor(committed, d.id).findings.map((c) => c.check)));
    expect(committed.checks.filter((c) => !isReconciled(c) && !shown.has(c.check))).toEqual([]);
  });
});

describe('contributions', () => {
  const data = model({
    indicators: [
      ind('a_total', '411002', 2020, 35, 'target', 'N1', 20), // line in the attached plan N1/附1
      ind('a_other', '411000', 2020, 45, 'target', 'N1', 5), // line in the notice text itself
      ind('b_x', '411000', 2025, 9, 'target', 'N2', 7, '', 's2'),
      ind('a_total', '411003', 2020, 10, 'target', 'N1', 21),
    ],
  });
  const c = contributions(data);

  it('has an entry for every document, zero when it feeds nothing', () => {
    expect([...c.keys()]).toEqual(['N1', 'N1/附1', 'N2', 'N3']);
    expect(c.get('N3')).toEqual({ doc: 'N3', values: 0, places: 0, indicators: [] });
  });
  it('counts a row for the most specific document containing its line (the attached plan)', () => {
    expect(c.get('N1/附1')).toEqual({ doc: 'N1/附1', values: 2, places: 1, indicators: ['a_total'] });
    expect(c.get('N1')).toEqual({ doc: 'N1', values: 1, places: 0, indicators: ['a_other'] });
    expect(c.get('N2')).toEqual({ doc: 'N2', values: 1, places: 0, indicators: ['b_x'] });
  });
  it('lists the fed indicators in definition order', () => {
    const d = model({ indicators: [ind('b_x', '411000', 2020, 1, 'target', 'N1', 20), ind('a_other', '411000', 2020, 1, 'target', 'N1', 21), ind('a_total', '411000', 2020, 1, 'target', 'N1', 22)] });
    expect(contributions(d).get('N1/附1')?.indicators).toEqual(['a_total', 'a_other', 'b_x']);
  });
  it('on the committed data: all values and places are counted once, in documents of the cited number', () => {
    const all = [...contributions(committed).values()];
    expect(all.reduce((s, x) => s + x.values, 0)).toBe(committed.indicators.length);
    expect(all.reduce((s, x) => s + x.places, 0)).toBe(committed.places.length);
    expect(contributions(committed).get('许政〔2019〕2号/附1')?.indicators).toContain('coal_total');
    for (const [doc, x] of contributions(committed)) {
      for (const id of x.indicators) {
        expect(committed.indicators.some((r) => r.indicator === id && rootDoc(r.doc) === rootDoc(doc))).toBe(true);
      }
    }
  });
});

describe('rankAreas', () => {
  it('orders values descending, ties by area code, areas without a value last by code', () => {
    const data = model({
      indicators: [
        ind('a_total', '411081', 2020, 10), ind('a_total', '411002', 2020, 10), ind('a_total', 'XC-DCQ', 2020, 50),
        ind('a_total', '411025', 2020, 0), ind('a_total', '411024', 2025, 70, 'target', 'N2', 8, '', 's2'),
        ind('a_total', '411000', 2020, 999), // the city is not ranked
      ],
    });
    const r = rankAreas(data, 'a_total', 2020);
    expect(r.map((a) => a.area_code)).toEqual(['XC-DCQ', '411002', '411081', '411025', '411003', '411024', '411082', 'XC-JKQ', 'XC-SFQ']);
    expect(r).toHaveLength(COUNTY_CODES.length + ZONE_CODES.length);
    expect(r.find((a) => a.area_code === '411024')?.status).toBe('not_yet_planned');
    expect(r.find((a) => a.area_code === '411003')?.status).toBe('no_data');
  });
  it('expired values rank with their own value and keep their status', () => {
    const data = model({ indicators: [ind('a_total', '411002', 2020, 5), ind('a_total', '411003', 2025, 3, 'target', 'N2', 9, '', 's2')] });
    const r = rankAreas(data, 'a_total', 2023);
    expect(r.slice(0, 2).map((a) => [a.area_code, a.status, a.row?.value])).toEqual([['411002', 'expired', 5], ['411003', 'in_force', 3]]);
  });
  it('on the committed data: coal_total in 2020 is led by 禹州市 and 示范区 has no data', () => {
    const r = rankAreas(committed, 'coal_total', 2020);
    expect(r[0].area_code).toBe('411081');
    expect(r[r.length - 1]).toMatchObject({ area_code: 'XC-SFQ', status: 'no_data' });
  });
});

describe('topicValuesForArea', () => {
  const data = model({
    indicators: [
      ind('a_other', '411002', 2020, 1), ind('a_total', '411002', 2015, 68, 'baseline'), ind('a_total', '411002', 2020, 35),
      ind('b_x', '411002', 2025, 2, 'target', 'N2', 8, '', 's2'), ind('a_total', '411081', 2020, 5, 'target', 'N1', 30, 'p1'),
      ind('a_other', '411003', 2025, 4, 'target', 'N2', 9, '', 's2'),
    ],
  });
  it('gives the as-of value of each indicator of the topic with rows in the area, in definition order', () => {
    const v = topicValuesForArea(data, 'coal', '411002', 2019);
    expect(v.map((x) => [x.def.id, x.status, x.row?.value])).toEqual([['a_total', 'in_force', 35], ['a_other', 'in_force', 1]]);
  });
  it('marks expired values and keeps not-yet-planned ones', () => {
    expect(topicValuesForArea(data, 'coal', '411002', 2024).map((x) => x.status)).toEqual(['expired', 'expired']);
    expect(topicValuesForArea(data, 'coal', '411003', 2020)).toMatchObject([{ status: 'not_yet_planned', row: null }]);
  });
  it('ignores site-level rows and other topics', () => {
    expect(topicValuesForArea(data, 'coal', '411081', 2020)).toEqual([]);
    expect(topicValuesForArea(data, 'fire', '411002', 2024).map((x) => x.def.id)).toEqual(['b_x']);
  });
  it('on the committed data: the city-wide coal values include the 1154 万吨 cap in 2020', () => {
    const v = topicValuesForArea(committed, 'coal', '411000', 2020);
    expect(v.find((x) => x.def.id === 'coal_total')?.row?.value).toBe(1154);
    expect(v.every((x) => x.def.topic === 'coal')).toBe(true);
  });
});

describe('dueTargets', () => {
  it('groups targets due in the year by indicator, area rows city first, counting site targets apart', () => {
    const data = model({
      indicators: [
        ind('a_total', '411081', 2020, 10), ind('a_total', '411000', 2020, 100), ind('a_total', '411002', 2015, 9, 'baseline'),
        ind('a_total', '411081', 2020, 5, 'target', 'N1', 30, 'p1'), ind('b_x', '411000', 2020, 1, 'actual'),
        ind('a_other', '411000', 2020, 3, 'target', 'N2', 9, '', 's2'), // its document is issued only in 2023
      ],
    });
    const g = dueTargets(data, 2020);
    expect(g.map((x) => [x.def.id, x.rows.map((r) => r.area_code), x.sites])).toEqual([['a_total', ['411000', '411081'], 1]]);
    expect(dueTargets(data, 2021)).toEqual([]);
  });
});
