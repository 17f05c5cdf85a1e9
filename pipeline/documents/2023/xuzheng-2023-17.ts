/**
 * 许政〔2023〕17号 关于奖励2022年度制造业高质量发展作出突出贡献企业的决定 (seed 001, gazette 2023 年第 4 期):
 * per-county counts and amounts as printed in the decision; the annex enterprises as places (category enterprise)
 * with their award amount; text vs annex headings vs rows as checks (hook `mfgAwards`).
 */
import { CITY, decimalSum, defineDocument, matchAll, resolveArea, type Area, type DocContext } from '../../engine/index.ts';
import { numberOrThrow } from '../../lib/numbers.ts';
import type { Kind } from '../../lib/types.ts';
import type { Seed } from '../../lib/seeds.ts';
import { annotateChecks, type CheckText } from '../checkText.ts';

const DOC = '许政〔2023〕17号';
const MFG_YEAR = 2022;
const AREA_SLUG: Record<string, string> = {
  '411002': 'weidu', '411003': 'jianan', '411024': 'yanling', '411025': 'xiangcheng', '411081': 'yuzhou',
  '411082': 'changge', 'XC-SFQ': 'sfq', 'XC-JKQ': 'jkq', 'XC-DCQ': 'dcq',
};
const ZH_SERIAL = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const isBlank = (s: string) => s.trim() === '';

const CHECK_TEXT: readonly CheckText[] = [
  { id: /^mfg2022_\w+?_count_text_vs_annex_heading$/, indicators: () => ['mfg_hq_award_enterprises'],
    zh: (c, ok) => ok ? `决定正文与附件标题的企业数相同（${c.expected}家）` : `决定正文${c.expected}家，附件标题${c.found}家` },
  { id: /^mfg2022_\w+?_amount_text_vs_annex_heading$/, indicators: () => ['mfg_hq_award_amount'],
    zh: (c, ok) => ok ? `决定正文与附件标题的奖励金额相同（${c.expected}万元）` : `决定正文${c.expected}万元，附件标题${c.found}万元` },
  { id: /^mfg2022_\w+?_count_heading_vs_rows$/, indicators: () => ['mfg_hq_award_enterprises'],
    zh: (c, ok) => ok ? `附件所列企业数与标题相同（${c.expected}家）` : `标题${c.expected}家，附件列出${c.found}家` },
  { id: /^mfg2022_\w+?_amount_heading_vs_rows$/, indicators: () => ['mfg_hq_award_amount'],
    zh: (c, ok) => ok ? `附件各企业奖励金额之和等于标题（${c.expected}万元）` : `标题${c.expected}万元，各行合计${c.found}万元` },
];

export default defineDocument({
  file: import.meta.url,
  doc: DOC,
  seed: '001_a0efda9bb81cc2fd.txt',
  hooks: { mfgAwards, checkText: (ctx) => annotateChecks(ctx, CHECK_TEXT) },
});

const num = (printed: string, what: string) => numberOrThrow(printed, `${DOC}: ${what}`);

export interface AwardRow {
  line: number;
  serial: number;
  project: string;
  name: string;
  /** former name printed as （原…） */
  formerName: string;
  amount: string;
  quote: string;
}
export interface AwardSection {
  line: number;
  printedArea: string;
  area: Area;
  count: string;
  amount: string;
  quote: string;
  rows: AwardRow[];
}

/**
 * The annex of 许政〔2023〕17号: title, header "序号 奖励项目 企业名称 奖励金额（万元）", then per area a heading
 * "一、禹州市，共 22 家企业，奖励资金共 530 万元。" and rows "serial project enterprise amount" (space-separated; the
 * project may contain spaces, the enterprise name does not; a row may wrap onto the next line).
 */
export function parseMfgAnnex(seed: Seed, from: number, to: number): { titleLine: number; sections: AwardSection[] } {
  const where = (n: number) => `${seed.name}:${n} (${DOC} annex)`;
  let n = from;
  while (n <= to && !/^\s*附\s*件\s*$/.test(seed.line(n))) n++;
  if (n > to) throw new Error(`${where(from)}: no 附件 line`);
  const next = () => {
    n++;
    while (n <= to && isBlank(seed.line(n))) n++;
    return n;
  };
  const titleLine = next();
  if (seed.line(titleLine).trim() !== '许昌市 2022 年度制造业高质量发展作出突出贡献奖励企业名单') {
    throw new Error(`${where(titleLine)}: unexpected annex title "${seed.line(titleLine).trim()}"`);
  }
  const headerLine = next();
  if (seed.line(headerLine).trim().split(/\s+/).join('|') !== '序号|奖励项目|企业名称|奖励金额（万元）') {
    throw new Error(`${where(headerLine)}: unexpected header "${seed.line(headerLine).trim()}"`);
  }
  const sections: AwardSection[] = [];
  next();
  while (n <= to) {
    const t = seed.line(n).trim();
    const h = /^([一二三四五六七八九十]+)、(\S+?)，共\s*(\d+)\s*家企业，奖励资金共\s*(\d+)\s*万元。$/.exec(t);
    if (h) {
      if (h[1] !== ZH_SERIAL[sections.length]) throw new Error(`${where(n)}: expected section ${ZH_SERIAL[sections.length]}, got ${h[1]}`);
      const area = resolveArea(h[2]);
      if (area.code === CITY.code || sections.some((s) => s.area.code === area.code)) throw new Error(`${where(n)}: bad section area ${h[2]}`);
      sections.push({ line: n, printedArea: h[2], area, count: num(h[3], 'count'), amount: num(h[4], 'amount'), quote: t, rows: [] });
      next();
      continue;
    }
    const sec = sections.at(-1);
    if (!sec) throw new Error(`${where(n)}: a row before the first section heading: "${t}"`);
    // a row; join a wrapped continuation line when the line does not end in an amount
    let text = t;
    const first = n;
    while (!/\s\d+$/.test(text)) {
      next();
      if (n > to) throw new Error(`${where(first)}: row without an amount: "${text}"`);
      text += seed.line(n).trim();
    }
    const tokens = text.split(/\s+/);
    if (tokens.length < 4) throw new Error(`${where(n)}: expected serial, project, enterprise, amount: "${text}"`);
    const serial = Number(tokens[0]);
    if (!/^\d+$/.test(tokens[0]) || serial !== sec.rows.length + 1) throw new Error(`${where(first)}: expected serial ${sec.rows.length + 1}, got "${tokens[0]}"`);
    const amount = num(tokens.at(-1)!, 'amount');
    const full = tokens.at(-2)!;
    const nm = /^(.+?(?:公司|厂|研究所))(?:（原(.+?)）)?$/.exec(full);
    if (!nm) throw new Error(`${where(first)}: "${full}" does not look like an enterprise name`);
    sec.rows.push({ line: n, serial, project: tokens.slice(1, -2).join(' '), name: nm[1], formerName: nm[2] ?? '', amount, quote: text });
    next();
  }
  if (!sections.length) throw new Error(`${where(from)}: no sections`);
  return { titleLine, sections };
}

function mfgAwards(ctx: DocContext): void {
  const doc = DOC;
  const flat = ctx.flat;
  // the decision text: 对禹州市河南省湖波灵威水泥集团有限责任公司等 22 家企业奖励 530 万元；…
  const annexAt = flat.text.indexOf('附件：');
  if (annexAt < 0) throw new Error(`${doc}: no 附件： line`);
  const body = flat.text.slice(0, annexAt);
  const clauses = matchAll(body, /对(?<a>\S{2,8}?[市县区])(?<e>[^；。]+?)等\s*(?<n>\d+)\s*家企业奖励\s*(?<v>\d+)\s*万元/);
  const annex = parseMfgAnnex(ctx.seed, flat.lineAt(annexAt) + 1, ctx.end);
  if (clauses.length !== annex.sections.length) {
    throw new Error(`${doc}: ${clauses.length} award clauses in the text, ${annex.sections.length} annex sections`);
  }
  clauses.forEach((m, i) => {
    const area = resolveArea(m.groups!.a);
    const sec = annex.sections[i];
    if (sec.area.code !== area.code) throw new Error(`${doc}: clause ${i + 1} is ${m.groups!.a}, annex section is ${sec.printedArea}`);
    if (!sec.rows.some((x) => x.name === m.groups!.e.replace(/\s+/g, ''))) {
      throw new Error(`${doc}: clause names ${m.groups!.e}, not listed in the annex section of ${sec.printedArea}`);
    }
    const count = num(m.groups!.n, 'count');
    const amount = num(m.groups!.v, 'amount');
    const base = { area, year: MFG_YEAR, kind: 'actual' as Kind, quote: m[0], year_basis: 'section' as const };
    ctx.emit({ ...base, id: 'mfg_hq_award_enterprises', value: count, line: flat.lineAt(m.indices.groups!.n[0]) });
    ctx.emit({ ...base, id: 'mfg_hq_award_amount', value: amount, line: flat.lineAt(m.indices.groups!.v[0]) });
    const slug = AREA_SLUG[area.code];
    ctx.check({ check: `mfg2022_${slug}_count_text_vs_annex_heading`, line: sec.line, expected: count, found: sec.count, ok: Number(count) === Number(sec.count),
      okNote: 'the decision text and the annex heading give the same number of enterprises', badNote: `text ${count}, annex heading ${sec.count}` });
    ctx.check({ check: `mfg2022_${slug}_amount_text_vs_annex_heading`, line: sec.line, expected: amount, found: sec.amount, ok: Number(amount) === Number(sec.amount),
      okNote: 'the decision text and the annex heading give the same amount', badNote: `text ${amount}, annex heading ${sec.amount}` });
    ctx.check({ check: `mfg2022_${slug}_count_heading_vs_rows`, line: sec.line, expected: sec.count, found: String(sec.rows.length), ok: Number(sec.count) === Number(String(sec.rows.length)),
      okNote: 'the annex lists as many enterprises as its heading says', badNote: `heading ${sec.count}, ${sec.rows.length} rows listed` });
    const sum = decimalSum(sec.rows.map((x) => x.amount));
    ctx.check({ check: `mfg2022_${slug}_amount_heading_vs_rows`, line: sec.line, expected: sec.amount, found: sum, ok: Number(sec.amount) === Number(sum),
      okNote: 'the listed amounts add up to the heading', badNote: `heading ${sec.amount} 万元, rows add up to ${sum} 万元` });
    for (const row of sec.rows) {
      const place_id = `mfg2022-${slug}-${String(row.serial).padStart(2, '0')}`;
      const note = row.formerName ? `formerly ${row.formerName} (printed （原…）)` : '';
      ctx.place({ id: place_id, name: row.name, category: 'enterprise', area, year: MFG_YEAR, status: 'existing', line: row.line, quote: row.quote, note });
      ctx.emit({ id: 'mfg_hq_award_amount', area, year: MFG_YEAR, value: row.amount, kind: 'actual', line: row.line, year_basis: 'section',
        quote: row.quote, place: place_id });
    }
  });
}
