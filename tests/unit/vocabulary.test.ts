// Every term the pipeline emits has a Chinese and an English name (read from the generated data/*.csv).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, readTables, type Problem } from '../../src/schema/index.ts';
import { areaByCode, AREA_KIND_NAMES, AREAS } from '../../src/schema/areas.ts';
import {
  BINDING_NAMES, KIND_NAMES, PLACE_CATEGORIES, PRECISION_NAMES, QUALIFIER_NAMES, STATUS_NAMES, TOPIC_NAMES, UNITS,
  YEAR_BASIS_NAMES, type Names,
} from '../../src/schema/vocabulary.ts';

const problems: Problem[] = [];
const t = readTables(Object.fromEntries(Object.values(DATA_FILES).map((f) => [f, readFileSync(f, 'utf8')])), problems);
const used = (rows: { r: Record<string, string> }[], column: string) => [...new Set(rows.map((x) => x.r[column]).filter(Boolean))].sort();

/** the terms of one kind the data uses that lack a name in either language ('' = none missing) */
function unnamed(terms: string[], names: (term: string) => Partial<Names> | undefined, mayLackEn = (_: string) => false): string[] {
  return terms.filter((x) => {
    const n = names(x);
    return !n?.zh?.trim() || (!n.en?.trim() && !mayLackEn(x));
  });
}
const own = <T,>(o: Record<string, T>) => (k: string) => (Object.hasOwn(o, k) ? o[k] : undefined);

describe('vocabulary', () => {
  it('reads the generated files', () => {
    expect(problems).toEqual([]);
    expect(t.indicators.length).toBeGreaterThan(1000);
  });
  it('areas: every area code used has Chinese and English names, long and short, and a named kind', () => {
    const codes = [...new Set([...used(t.indicators, 'area_code'), ...used(t.places, 'area_code')])];
    expect(codes.length).toBeGreaterThan(5);
    expect(unnamed(codes, (c) => { const a = areaByCode(c); return a && { zh: a.name_zh, en: a.name_en }; })).toEqual([]);
    expect(unnamed(codes, (c) => { const a = areaByCode(c); return a && { zh: a.short_zh, en: a.short_en }; })).toEqual([]);
    expect(unnamed(codes, (c) => { const a = areaByCode(c); return a && AREA_KIND_NAMES[a.kind]; })).toEqual([]);
  });
  it('the central city XC-ZXCQ is its own area, named 中心城区 / central city, not the whole city', () => {
    const c = areaByCode('XC-ZXCQ');
    expect([c?.name_zh, c?.name_en.toLowerCase(), c?.kind]).toEqual(['中心城区', 'central city', 'central_city']);
    expect(AREAS.filter((a) => a.kind === 'city').map((a) => a.code)).toEqual(['411000']);
  });
  it('topics, kinds, statuses, precisions, categories: every one used is named in both languages', () => {
    expect(unnamed(used(t.defs, 'topic'), own(TOPIC_NAMES))).toEqual([]);
    expect(unnamed(used(t.indicators, 'kind'), own(KIND_NAMES))).toEqual([]);
    expect(unnamed(used(t.places, 'status'), own(STATUS_NAMES))).toEqual([]);
    expect(unnamed(used(t.places, 'location_precision'), own(PRECISION_NAMES))).toEqual([]);
    const categories = used(t.places, 'category');
    expect(categories.length).toBeGreaterThanOrEqual(42);
    expect(unnamed(categories, own(PLACE_CATEGORIES))).toEqual([]);
  });
  it('units: every unit used has a Chinese and an English name (a measure word such as 个 may show no English word)', () => {
    const units = [...new Set([...used(t.indicators, 'unit'), ...used(t.defs, 'unit')])];
    expect(unnamed(units, own(UNITS), (u) => UNITS[u]?.countWord === true)).toEqual([]);
  });
  it('qualifiers, year bases, bindings: every value used (and every value defined) is named in both languages', () => {
    expect(unnamed(used(t.indicators, 'qualifier'), own(QUALIFIER_NAMES))).toEqual([]);
    expect(unnamed(used(t.indicators, 'year_basis'), own(YEAR_BASIS_NAMES))).toEqual([]);
    expect(unnamed(used(t.defs, 'binding'), own(BINDING_NAMES))).toEqual([]);
    for (const names of [QUALIFIER_NAMES, YEAR_BASIS_NAMES, BINDING_NAMES, TOPIC_NAMES, KIND_NAMES, STATUS_NAMES, PLACE_CATEGORIES]) {
      expect(unnamed(Object.keys(names), own(names as Record<string, Names>))).toEqual([]);
    }
  });
  it('a Chinese name holds no Latin word and an English name no Chinese character', () => {
    const all: [string, Names][] = [
      ...Object.entries(TOPIC_NAMES), ...Object.entries(KIND_NAMES), ...Object.entries(STATUS_NAMES), ...Object.entries(PLACE_CATEGORIES),
      ...Object.entries(QUALIFIER_NAMES), ...Object.entries(YEAR_BASIS_NAMES), ...Object.entries(BINDING_NAMES),
      ...AREAS.map((a): [string, Names] => [a.code, { zh: a.name_zh, en: a.name_en }]),
    ];
    expect(all.filter(([, n]) => /[A-Za-z]{2,}/.test(n.zh)).map(([k]) => k)).toEqual([]);
    expect(all.filter(([, n]) => /\p{Script=Han}/u.test(n.en)).map(([k]) => k)).toEqual([]);
    const units = Object.entries(UNITS).filter(([, n]) => /\p{Script=Han}/u.test(n.en));
    expect(units).toEqual([]);
  });
});
