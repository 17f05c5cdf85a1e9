/**
 * 许政〔2023〕23号 关于部分道路命名的通知 (seed 001, gazette 2023 年第 4 期): roads named (city and per area headings,
 * 2023) and the four roads as places (hook `roadsAnnex`, which checks each heading against its list).
 */
import { defineDocument, resolveArea, type Area, type DocContext } from '../../engine/index.ts';
import { annotateChecks, type CheckText } from '../checkText.ts';

/** Slugs of the area headings, for check ids. */
const AREA_SLUG: Record<string, string> = { '411003': 'jianan', 'XC-DCQ': 'dcq' };

const CHECK_TEXT: readonly CheckText[] = [
  { id: /^roads2023_\w+?_heading_vs_list$/, indicators: () => ['roads_named'],
    zh: (c, ok) => ok ? `附件所列道路数与该区标题相同（${c.expected}条）` : `标题${c.expected}条，附件列出${c.found}条` },
  { id: /^roads2023_text_vs_annex$/, indicators: () => ['roads_named'],
    zh: (c, ok) => ok ? `正文道路总数与附件各区标题之和相同（${c.expected}条）` : `正文${c.expected}条，附件各区标题之和${c.found}条` },
];

export default defineDocument({
  file: import.meta.url,
  doc: '许政〔2023〕23号',
  seed: '001_a0efda9bb81cc2fd.txt',
  figures: [
    { id: 'roads_named', t: '决定对{v}条道路进行命名', year: 2023, kind: 'actual', note: 'year: the notice is dated 2023-06-30' },
    { id: 'roads_named', t: '一、{a}{v}条道路', year: 2023, kind: 'actual', note: 'year: the notice is dated 2023-06-30' },
    { id: 'roads_named', t: '二、{a}{v}条道路', year: 2023, kind: 'actual', note: 'year: the notice is dated 2023-06-30' },
  ],
  sections: [{ name: 'annex1', startLine: /^附件\s*1$/ }, { name: 'annex2', startLine: /^附件\s*2$/ }],
  hooks: { roadsAnnex, checkText: (ctx) => annotateChecks(ctx, CHECK_TEXT) },
});

// 许政〔2023〕23号: four roads named (annex 1), per area heading

function roadsAnnex(ctx: DocContext): void {
  const doc = ctx.doc;
  const seed = ctx.seed;
  const start = ctx.section('annex1').headLine;
  const stop = ctx.section('annex2').headLine;
  let area: Area | null = null;
  let serial = 0;
  const counts: { area: Area; line: number; printed: number; found: number }[] = [];
  for (let n = start + 1; n < stop; n++) {
    const t = seed.line(n).trim();
    if (!t || t === '许昌市部分地名') continue;
    const h = /^[一二三四五六七八九十]+、(\S+?)\s*(\d+)\s*条道路$/.exec(t);
    if (h) {
      area = resolveArea(h[1]);
      counts.push({ area, line: n, printed: Number(h[2]), found: 0 });
      continue;
    }
    const m = /^(\d+)．(\S+?(?:路|街|大道|巷))。(位于.+。)$/.exec(t);
    if (!m || !area) throw new Error(`${seed.name}:${n} (${doc} annex 1): unexpected line "${t}"`);
    if (Number(m[1]) !== ++serial) throw new Error(`${seed.name}:${n}: expected road ${serial}`);
    counts.at(-1)!.found++;
    ctx.place({
      id: `road2023-${String(serial).padStart(2, '0')}`, name: m[2], category: 'road', area, year: 2023, status: 'unknown', line: n, quote: t,
      note: 'named by the notice of 2023-06-30 (year = naming year); the text does not say whether the road is built',
    });
  }
  for (const k of counts) {
    ctx.check({ check: `roads2023_${AREA_SLUG[k.area.code]}_heading_vs_list`, line: k.line, expected: String(k.printed), found: String(k.found), ok: Number(String(k.printed)) === Number(String(k.found)),
      okNote: 'the annex lists as many roads as its heading says', badNote: `heading ${k.printed}, ${k.found} roads listed` });
  }
  const city = ctx.row('roads_named', 2023);
  ctx.check({ check: 'roads2023_text_vs_annex', line: city.line, expected: city.value, found: String(counts.reduce((a, k) => a + k.printed, 0)), ok: Number(city.value) === Number(String(counts.reduce((a, k) => a + k.printed, 0))),
      okNote: 'the text total equals the annex headings', badNote: 'the annex headings add up to a different number' });
}
