import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { measureRecall, parseIndicators, parseSample } from '../../pipeline/audit/recall.ts';

const HEAD = 'seed,line,area_code,year,value,unit,kind,what';
const sample = (...rows: string[]) => parseSample([HEAD, ...rows].join('\n') + '\n', 'sample.csv');
const data = (cols: string, ...rows: string[]) => parseIndicators([cols, ...rows].join('\n') + '\n');
const COLS = 'indicator,area_code,area,year,value,unit,kind,doc,seed,line,quote,note,place_id';
const COLS_P = `${COLS},qualifier,year_basis,printed`;

describe('recall measurement', () => {
  it('finds a fact on a nearby line (wrapped quote) but not one far away or in another year or area', () => {
    const facts = sample('s.txt,100,411002,2020,35,万吨,target,a', 's.txt,200,411002,2020,35,万吨,target,b',
      's.txt,300,411000,2021,7,个,target,c', 's.txt,400,411081,2020,7,个,target,d');
    const rows = data(COLS, 'x,411002,魏都区,2020,35,万吨,target,D,s.txt,104,q,,', 'y,411002,魏都区,2020,35,万吨,target,D,s.txt,230,q,,',
      'z,411000,许昌市,2020,7,个,target,D,s.txt,300,q,,', 'w,411082,长葛市,2020,7,个,target,D,s.txt,400,q,,');
    const r = measureRecall(facts, rows);
    expect(r.perArea).toEqual({ found: 1, total: 3 });
    expect(r.cityDated).toEqual({ found: 0, total: 1 });
    expect(r.misses.map((f) => f.what)).toEqual(['b', 'c', 'd']);
  });
  it('lets one row account for one fact only, and reads a recorded unit conversion', () => {
    const facts = sample('s.txt,10,411002,2015,68,万吨,baseline,total', 's.txt,10,411002,2015,68,万吨,baseline,non-power',
      's.txt,20,411000,2021,1,万台,target,robots');
    const rows = data(COLS_P, 'a,411002,魏都区,2015,68,万吨,baseline,D,s.txt,10,q,,,,,',
      'b,411000,许昌市,2021,10000,台,target,D,s.txt,20,q,,,,,1 万台');
    const r = measureRecall(facts, rows);
    expect(r.perArea).toEqual({ found: 1, total: 2 });
    expect(r.cityDated).toEqual({ found: 1, total: 1 });
  });
  it('names the file and line of a malformed sample row', () => {
    expect(() => sample('s.txt,ten,411000,2020,1,个,target,x')).toThrow(/sample\.csv:2: "ten" is not a whole number/);
    expect(() => sample('s.txt,10,411000,2020,1,个,target,x,extra')).toThrow(/sample\.csv:2: 9 fields/);
  });
  it('every committed sample parses and points at a line holding its value', () => {
    const files = readdirSync('pipeline/audit').filter((f) => /^recall-sample-.+\.csv$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      for (const f of parseSample(readFileSync(`pipeline/audit/${file}`, 'utf8'), file)) {
        const line = readFileSync(`seeds/${f.seed}`, 'utf8').split('\n')[f.line - 1]
          .replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
        expect(line, `${file}:${f.fileLine}`).toContain(f.value);
      }
    }
  });
});
