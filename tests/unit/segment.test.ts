import { describe, expect, it } from 'vitest';
import { loadSeeds, makeSeed, type SeedSet } from '../../pipeline/lib/seeds.ts';
import { normaliseTitle, numberedDocument, numberedDocuments, parseDateLine, segmentDocuments } from '../../pipeline/segment.ts';
import type { DocumentRow } from '../../pipeline/lib/types.ts';

const seeds = loadSeeds();
const rows = segmentDocuments(seeds);
const byDoc = new Map(rows.map((r) => [r.doc, r]));
const get = (doc: string): DocumentRow => {
  const r = byDoc.get(doc);
  if (!r) throw new Error(`no row ${doc}`);
  return r;
};
const childrenOf = (doc: string) => rows.filter((r) => r.parent === doc);
const S000 = '000_e340f357b4b28fe7.txt';
const S001 = '001_a0efda9bb81cc2fd.txt';
const S002 = '002_f07e19463daa5e7b.txt';
const S003 = '003_206b382eaf266c0c.txt';
const S004 = '004_52965add714eecf8.txt';

function synthetic(text: string): SeedSet {
  return new Map([['t.txt', makeSeed('t.txt', text)]]);
}
const NOTICE = (date: string) =>
  [
    ' 许昌市人民政府 ',
    '关于印发许昌市测试工作实施方案的',
    '通  知 ',
    '',
    '许政〔2024〕1 号 ',
    '',
    '各县（市、区）人民政府，市人民政府各部门： ',
    '现将《许昌市测试工作实施方案》印发给你们，请认真贯彻执行。 ',
    '',
    '许昌市人民政府 ',
    date,
    '',
    '许昌市测试工作实施方案 ',
    '一、总体要求 ',
    '为做好测试工作，制定本方案。 ',
    '',
  ].join('\n');

describe('document catalogue from the seeds', () => {
  it('finds more than 50 documents, with these counts per seed', () => {
    expect(rows.length).toBeGreaterThan(50);
    const perSeed = Object.fromEntries([S000, S001, S002, S003, S004].map((s) => [s, rows.filter((r) => r.seed === s).length]));
    expect(perSeed).toEqual({ [S000]: 16, [S001]: 28, [S002]: 36, [S003]: 1, [S004]: 24 });
    expect(rows.filter((r) => r.parent === '' && r.doc !== 'DRAFT-2020-MFG')).toHaveLength(48);
  });

  it('is deterministic and has unique ids', () => {
    expect(segmentDocuments(seeds)).toEqual(rows);
    expect(new Set(rows.map((r) => r.doc)).size).toBe(rows.length);
  });

  it('reads 许政〔2019〕2号 (coal) in seed 000 with its date, title and attached plan', () => {
    const r = get('许政〔2019〕2号');
    expect(r.seed).toBe(S000);
    expect(r.issued).toBe('2019-01-15');
    expect(r.issuer).toBe('许昌市人民政府');
    expect(r.title).toBe('许昌市人民政府关于印发许昌市煤炭消费减量工作实施方案的通知');
    expect(r.title).toContain('煤炭');
    expect(r.parent).toBe('');
    expect(seeds.get(S000)!.line(r.first_line).trim()).toBe('许昌市人民政府');
    const kids = childrenOf('许政〔2019〕2号');
    expect(kids.map((k) => k.doc)).toEqual(['许政〔2019〕2号/附1']);
    expect(kids[0].title).toBe('许昌市煤炭消费减量工作实施方案');
    expect(kids[0].issued).toBe('2019-01-15');
    expect(kids[0].note).toMatch(/inherits the signature date of notice 许政〔2019〕2号/);
    expect(kids[0].last_line).toBe(r.last_line);
  });

  it('joins letter-spaced wrapped titles (许政〔2019〕3号 …等 9 个方案的 / 通  知) and finds its 9 plans', () => {
    const r = get('许政〔2019〕3号');
    expect(r.title).toBe('许昌市人民政府关于印发许昌市智能电力装备产业发展行动方案等9个方案的通知');
    const kids = childrenOf('许政〔2019〕3号');
    expect(kids).toHaveLength(9);
    expect(kids[5].title).toBe('许昌市5G产业发展行动方案');
    expect(kids[8].title).toBe('许昌市新一代人工智能产业发展行动方案');
  });

  it('reads 许政办〔2023〕15号 in seed 001 (issued by the office)', () => {
    const r = get('许政办〔2023〕15号');
    expect(r.seed).toBe(S001);
    expect(r.issuer).toBe('许昌市人民政府办公室');
    expect(r.issued).toBe('2023-07-10');
    expect(r.title).toBe('许昌市人民政府办公室关于印发许昌市“十四五”消防事业发展规划的通知');
    expect(childrenOf(r.doc).map((k) => k.title)).toEqual(['许昌市“十四五”消防事业发展规划']);
  });

  it('reads decisions and opinions issued directly, with no attached rows', () => {
    const r = get('许政〔2023〕17号');
    expect(r.title).toBe('许昌市人民政府关于奖励2022年度制造业高质量发展作出突出贡献企业的决定');
    expect(r.issued).toBe('2023-04-24');
    expect(childrenOf(r.doc)).toHaveLength(0);
    expect(get('许政〔2019〕1号').issued).toBe('2019-01-12');
    expect(get('许政办〔2023〕30号').issued).toBe('2023-12-21');
  });

  it('records the 2020 manufacturing draft as DRAFT-2020-MFG, a draft of 许政〔2020〕14号', () => {
    const d = get('DRAFT-2020-MFG');
    expect(d.seed).toBe(S003);
    expect(d.issued).toBe('');
    expect(d.issuer).toBe('');
    expect(d.parent).toBe('');
    expect(d.title).toContain('推动制造业高质量发展行动方案');
    expect(d.title).toContain('征求意见稿');
    expect(d.note).toMatch(/no document number/);
    expect(d.note).toMatch(/征求意见稿/);
    expect(d.note).toMatch(/许政〔2020〕14号\/附1 by notice 许政〔2020〕14号/);
    const final = get('许政〔2020〕14号/附1');
    expect(final.seed).toBe(S004);
    expect(final.title).toBe('许昌市推动制造业高质量发展行动方案（2020—2022年）');
    expect(final.issued).toBe('2020-04-24');
  });

  it('lists the 15 重点产业链行动方案 under 许政办〔2023〕25号', () => {
    const notice = get('许政办〔2023〕25号');
    expect(notice.seed).toBe(S002);
    expect(notice.issued).toBe('2023-11-14');
    const kids = childrenOf('许政办〔2023〕25号');
    expect(kids.map((k) => k.doc)).toEqual(Array.from({ length: 15 }, (_, i) => `许政办〔2023〕25号/附${i + 1}`));
    for (const k of kids) {
      expect(k.title).toMatch(/^许昌市培育壮大.+产业链行动方案[（(]2023—2025年[）)]$/);
      expect(k.issued).toBe('2023-11-14');
      expect(k.issuer).toBe('许昌市人民政府办公室');
      expect(k.first_line).toBeGreaterThan(notice.first_line);
      expect(k.last_line).toBeLessThanOrEqual(notice.last_line);
    }
    expect(new Set(kids.map((k) => k.title)).size).toBe(15);
    expect(kids[0].title).toContain('化工材料');
    expect(kids[14].title).toContain('纺织服装');
    expect(kids[14].last_line).toBe(notice.last_line);
  });

  it('lists the two 应急预案 under 许政办〔2023〕29号', () => {
    const kids = childrenOf('许政办〔2023〕29号');
    expect(kids.map((k) => [k.doc, k.title])).toEqual([
      ['许政办〔2023〕29号/附1', '许昌市石油天然气管道突发事件应急预案'],
      ['许政办〔2023〕29号/附2', '许昌市天然气供应突发事件应急预案'],
    ]);
    expect(kids[0].last_line).toBeLessThan(kids[1].first_line);
  });

  it('keeps the printed plan title where it differs from the notice, and says so', () => {
    const k = get('许政〔2020〕17号/附1');
    expect(k.title).toBe('许昌市完善医疗卫生服务体系推动卫生健康事业高质量发展的实施方案');
    expect(k.note).toMatch(/the notice names it 《许昌市完善医疗卫生服务体系推动卫生健康事业高质量发展实施方案》/);
    expect(get('许政〔2020〕18号/附1').title).toBe('许昌市加快科技创新推进“智造之都、宜居之城”建设实施方案（2020—2022年）');
  });

  it('has top-level ranges in order and non-overlapping per seed; attached plans are ordered sub-ranges', () => {
    for (const [name, seed] of seeds) {
      const top = rows.filter((r) => r.seed === name && r.parent === '');
      expect(top.length).toBeGreaterThan(0);
      top.forEach((r, i) => {
        expect(r.first_line).toBeLessThanOrEqual(r.last_line);
        expect(seed.line(r.first_line).trim()).not.toBe('');
        expect(seed.line(r.last_line).trim()).not.toBe('');
        if (i > 0) expect(r.first_line).toBeGreaterThan(top[i - 1].last_line);
        const kids = childrenOf(r.doc);
        kids.forEach((k, j) => {
          expect(k.seed).toBe(name);
          expect(k.issued).toBe(r.issued);
          expect(k.issuer).toBe(r.issuer);
          expect(k.first_line).toBeGreaterThan(r.first_line);
          expect(k.last_line).toBeLessThanOrEqual(r.last_line);
          expect(k.first_line).toBeLessThanOrEqual(k.last_line);
          if (j > 0) expect(k.first_line).toBeGreaterThan(kids[j - 1].last_line);
          // first_line is the title's first line
          expect(k.title.startsWith(normaliseTitle(seed.line(k.first_line)))).toBe(true);
        });
      });
    }
  });

  it('every top-level title starts at first_line with its issuer header; numbered rows have dates', () => {
    for (const r of rows.filter((x) => x.parent === '' && x.doc.startsWith('许'))) {
      expect(r.title.startsWith(r.issuer + '关于')).toBe(true);
      expect(seeds.get(r.seed)!.line(r.first_line).trim().startsWith(r.issuer)).toBe(true);
      expect(r.issued).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.doc).not.toMatch(/\s/);
    }
  });

  it('catalogues every document number that stands on a line of its own', () => {
    const found: string[] = [];
    for (const seed of seeds.values()) {
      for (const l of seed.lines) {
        const m = /^\s*(许政办?)\s*〔\s*(\d{4})\s*〕\s*(\d+)\s*号\s*$/.exec(l);
        if (m) found.push(`${m[1]}〔${m[2]}〕${m[3]}号`);
      }
    }
    expect(found).toHaveLength(48);
    for (const doc of found) expect(byDoc.has(doc), doc).toBe(true);
  });

  it('leaves the tables of contents of the gazette issues 002 and 004 outside every document', () => {
    for (const name of [S002, S004]) {
      const seed = seeds.get(name)!;
      const toc = seed.lines.findIndex((l) => /^\s*目\s*录\s*$/.test(l)) + 1;
      expect(toc).toBeGreaterThan(0);
      const first = Math.min(...rows.filter((r) => r.seed === name).map((r) => r.first_line));
      expect(first).toBeGreaterThan(toc);
      // the last TOC entry is before the first document
      const lastEntry = seed.lines.reduce((acc, l, i) => (/\t\s*\d+\s*$/.test(l) && i + 1 < first ? i + 1 : acc), 0);
      expect(lastEntry).toBeGreaterThan(toc);
      expect(lastEntry).toBeLessThan(first);
    }
  });
});

describe('segmenter on synthetic seeds', () => {
  it('parses a notice dated in Chinese numerals and its attached plan', () => {
    const out = segmentDocuments(synthetic(NOTICE('二〇二四年三月五日 ')));
    expect(out.map((r) => [r.doc, r.title, r.issued, r.first_line, r.last_line, r.parent])).toEqual([
      ['许政〔2024〕1号', '许昌市人民政府关于印发许昌市测试工作实施方案的通知', '2024-03-05', 1, 15, ''],
      ['许政〔2024〕1号/附1', '许昌市测试工作实施方案', '2024-03-05', 13, 15, '许政〔2024〕1号'],
    ]);
  });

  // Chosen behaviour: a numbered notice without a signature date is an error (the seeds are fixed texts,
  // so it means the seed or the parser changed); only the unnumbered draft records issued = '' with a note.
  it('throws when a numbered notice has no signature date', () => {
    expect(() => segmentDocuments(synthetic(NOTICE('')))).toThrow(/许政〔2024〕1号 has no signature date/);
  });

  it('throws when a numbered document has no header/title above its number', () => {
    const text = NOTICE('2024 年 3 月 5 日').replace(' 许昌市人民政府 \n', '');
    expect(() => segmentDocuments(synthetic(text))).toThrow(/no header line/);
  });

  it('throws on a seed that is neither numbered nor a 征求意见稿', () => {
    expect(() => segmentDocuments(synthetic('许昌市某某方案\n\n一、总体要求\n'))).toThrow(/not a 征求意见稿/);
  });
});

describe('helpers', () => {
  it('normalises title spacing', () => {
    expect(normaliseTitle('关于印发许昌市 5G 产业发展行动方案等 9 个方案的通  知 ')).toBe('关于印发许昌市5G产业发展行动方案等9个方案的通知');
    expect(normaliseTitle('许昌市人民政府 关于印发…的 通 知')).toBe('许昌市人民政府关于印发…的通知');
    expect(normaliseTitle('AB  CD\u3000许昌')).toBe('AB CD许昌');
  });
  it('parses signature dates', () => {
    expect(parseDateLine('2019 年 1 月 15 日   ')).toBe('2019-01-15');
    expect(parseDateLine('2023年12月5日')).toBe('2023-12-05');
    expect(parseDateLine('二〇二三年十二月二十一日')).toBe('2023-12-21');
    expect(parseDateLine('到 2020 年 1 月底')).toBeNull();
    expect(() => parseDateLine('2019 年 13 月 1 日')).toThrow(/implausible/);
  });
});

describe('numberedDocuments (the ranges extractors search)', () => {
  it('gives every numbered document of a seed from its number line to the last line of its segment row', () => {
    for (const seed of seeds.values()) {
      const top = rows.filter((r) => r.seed === seed.name && !r.parent && !r.doc.startsWith('DRAFT-'));
      const docs = numberedDocuments(seed);
      expect(docs.map((d) => d.doc)).toEqual(top.map((r) => r.doc));
      docs.forEach((d, i) => {
        expect(d.header).toBe(top[i].first_line);
        expect(d.end).toBe(top[i].last_line);
        expect(d.numberLine).toBeGreaterThan(d.header);
        expect(seed.line(d.numberLine).replace(/\s+/g, '')).toBe(d.doc);
      });
    }
  });
  it('finds one document by its number, or throws', () => {
    const seed = seeds.get(S000)!;
    const d = numberedDocument(seed, '许政〔2019〕2号');
    expect(d.end).toBeLessThan(numberedDocument(seed, '许政〔2019〕3号').header);
    expect(() => numberedDocument(seed, '许政〔2019〕9号')).toThrow(/许政〔2019〕9号 not found/);
  });
  it('throws on a document printed twice', () => {
    const seed = makeSeed('t.txt', [NOTICE('2024 年 1 月 2 日'), NOTICE('2024 年 1 月 3 日')].join('\n'));
    expect(() => numberedDocuments(seed)).toThrow(/许政〔2024〕1号 printed twice/);
  });
});
