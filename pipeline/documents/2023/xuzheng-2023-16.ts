/**
 * 许政〔2023〕16号 第六批市级非物质文化遗产代表性项目名录 (seed 001, gazette 2023 年第 4 期): the 52 items (2023);
 * the annex categories are checks only (hook `heritageAnnex`: the items are practices, not sites, and no per-county
 * count is printed).
 */
import { defineDocument, type DocContext } from '../../engine/index.ts';
import { annotateChecks, type CheckText } from '../checkText.ts';

const CHECK_TEXT: readonly CheckText[] = [
  { id: /^ich_batch6_cat\d+_heading_vs_rows$/, indicators: () => ['intangible_heritage_items_listed'],
    zh: (c, ok) => ok ? `附件该类别所列项目数与标题相同（${c.expected}项）` : `类别标题为${c.expected}项，附件列出${c.found}项` },
  { id: /^ich_batch6_total_vs_categories$/, indicators: () => ['intangible_heritage_items_listed'],
    zh: (c, ok) => ok ? `各类别标题项数之和等于附件总数（${c.expected}项）` : `附件总数${c.expected}项，各类别之和${c.found}项` },
  { id: /^ich_batch6_text_vs_annex$/, indicators: () => ['intangible_heritage_items_listed'],
    zh: (c, ok) => ok ? `正文与附件所列总数相同（${c.expected}项）` : `正文${c.expected}项，附件${c.found}项` },
];

export default defineDocument({
  file: import.meta.url,
  doc: '许政〔2023〕16号',
  seed: '001_a0efda9bb81cc2fd.txt',
  figures: [
    { id: 'intangible_heritage_items_listed', t: '许昌市第六批市级非物质文化遗产代表性项目名录（共计{v}项）已经市政府批准', year: 2023, kind: 'actual', note: 'year: the notice publishing the batch is dated 2023-04-30' },
  ],
  sections: [{ name: 'annexTotal', startLine: /^（共计：\s*\d+\s*项）$/ }],
  hooks: { heritageAnnex, checkText: (ctx) => annotateChecks(ctx, CHECK_TEXT) },
});

/** Running heads and page numbers of the gazette inside the annex. */
const PAGE_FURNITURE = /^(许昌市人民政府公报（\d{4}\s*年第\s*\d+\s*期）|-\s*\d+\s*-)$/;

function heritageAnnex(ctx: DocContext): void {
  const seed = ctx.seed;
  const totalLine = ctx.section('annexTotal').headLine;
  const total = /（共计：\s*(\d+)\s*项）/.exec(seed.line(totalLine))![1];
  const cats: { line: number; name: string; printed: string; rows: number }[] = [];
  let serial = 0;
  for (let n = totalLine + 1; n <= ctx.end; n++) {
    const t = seed.line(n).trim();
    if (!t || PAGE_FURNITURE.test(t) || t.split(/\s+/).join('|') === '序号|项目编号|项目名称|申报地区或单位') continue;
    const h = /^[一二三四五六七八九十]+、(\S+?)（(\d+)\s*项）$/.exec(t);
    if (h) {
      cats.push({ line: n, name: h[1], printed: h[2], rows: 0 });
      continue;
    }
    const m = /^(\d+)\s+\S+\s+\S+\s+\S+$/.exec(t);
    if (!m || !cats.length || Number(m[1]) !== ++serial) throw new Error(`${seed.name}:${n} (${ctx.doc} annex): unexpected line "${t}"`);
    cats.at(-1)!.rows++;
  }
  cats.forEach((k, i) => ctx.check({ check: `ich_batch6_cat${i + 1}_heading_vs_rows`, line: k.line, expected: k.printed, found: String(k.rows), ok: Number(k.printed) === Number(String(k.rows)),
      okNote: `${k.name}: the annex lists as many items as its heading says`, badNote: `${k.name}: heading ${k.printed}, ${k.rows} items listed` }));
  ctx.check({ check: 'ich_batch6_total_vs_categories', line: totalLine, expected: total, found: String(cats.reduce((a, k) => a + Number(k.printed), 0)), ok: Number(total) === Number(String(cats.reduce((a, k) => a + Number(k.printed), 0))),
      okNote: 'the category headings add up to the annex total', badNote: 'the category headings add up to a different number' });
  const text = ctx.row('intangible_heritage_items_listed', 2023);
  ctx.check({ check: 'ich_batch6_text_vs_annex', line: text.line, expected: text.value, found: total, ok: Number(text.value) === Number(total),
      okNote: 'the text and the annex give the same total', badNote: `text ${text.value}, annex ${total}` });
}
