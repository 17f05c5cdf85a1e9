/**
 * 许政〔2023〕18号 关于科技创新奖励的决定 (seed 001, gazette 2023 年第 4 期), hook `sciAwards`: city totals and the five
 * section totals of the decision; the annex units as places (award_unit) with one amount row per printed row
 * (0 = repeated award); 市直 (not an area) → 411000 with a note; 通报表扬 rows (no money) are not places; section 4
 * (project prizes, abbreviated units, no area) is a check only.
 */
import { CITY, decimalSum, defineDocument, matchAll, matchOnce, resolveArea, type Area, type DocContext, type PlaceInput } from '../../engine/index.ts';
import { numberOrThrow } from '../../lib/numbers.ts';
import type { Kind } from '../../lib/types.ts';
import type { Seed } from '../../lib/seeds.ts';
import { joinLines } from '../../lib/quote.ts';
import { annotateChecks, type CheckText } from '../checkText.ts';

const DOC = '许政〔2023〕18号';
const ZH_SERIAL = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const isBlank = (s: string) => s.trim() === '';

const CHECK_TEXT: readonly CheckText[] = [
  { id: /^sci2022_total_text_vs_annex$/, indicators: () => ['sci_award_amount'],
    zh: (c, ok) => ok ? `决定正文与附件“共计”的奖励总额相同（${c.expected}万元）` : `决定正文${c.expected}万元，附件共计${c.found}万元` },
  { id: /^sci2022_(\w+?)_amount_text_vs_annex_heading$/, indicators: (m) => [`sci_award_${m[1]}_amount`],
    zh: (c, ok) => ok ? `决定正文与附件分项标题的金额相同（${c.expected}万元）` : `决定正文${c.expected}万元，附件分项标题${c.found}万元` },
  { id: /^sci2022_(\w+?)_count_text_vs_annex$/, indicators: (m) => [`sci_award_${m[1]}_units`],
    zh: (c, ok) => ok ? `附件所列获奖数与正文所述单位数相同（${c.expected}）` : `正文${c.expected}家单位，附件列出${c.found}` },
  { id: /^sci2022_(\w+?)_amount_heading_vs_rows$/, indicators: (m) => [`sci_award_${m[1]}_amount`],
    zh: (c, ok) => ok ? `附件该分项各行金额之和等于标题（${c.expected}万元）` : `分项标题${c.expected}万元，各行合计${c.found}万元` },
  { id: /^sci2022_unit_area_/, indicators: () => [],
    zh: (c) => `同一单位在附件中列于不同的县（市、区）：${c.expected}、${c.found}，按所列地区各记一处` },
  { id: /^sci2022_total_vs_sections_amount$/, indicators: () => ['sci_award_amount'],
    zh: (c, ok) => ok ? `五个分项金额之和等于总额（${c.expected}万元）` : `总额${c.expected}万元，五个分项之和${c.found}万元` },
  { id: /^sci2022_total_vs_sections_units$/, indicators: () => ['sci_award_units'],
    zh: (c, ok) => ok ? `五个分项单位数之和等于总数（${c.expected}家）` : `正文总数${c.expected}家单位，五个分项之和为${c.found}家；附件另列通报表扬单位（无奖金）` },
];

/** Award categories of the annex as printed in their headings (label（N 家）), each a count of the units awarded in 2022. */
const CATEGORIES: readonly [template: string, slug: string][] = [
  ['高新技术企业 （首次认定{v}家）', 'high_tech_first'],
  ['高新技术企业 重新认定 （{v}家）', 'high_tech_renewed'],
  ['省级绿色技术创新示范企业（{v}家）', 'green_tech_demo'],
  ['国家级高新区 （{v}家）', 'national_high_tech_zone'],
  ['省级科技企业 孵化器（{v}家）', 'provincial_incubators'],
  ['省级创新联合体 （{v}家）', 'provincial_innovation_consortia'],
  ['省中试基地 （{v}家）', 'provincial_pilot_bases'],
  ['中原学者工作站 ({v}个)', 'zhongyuan_scholar_workstations'],
  ['市级科技企业…孵化器（{v}家）', 'municipal_incubators'],
  ['市级众创空间 （{v}家）', 'municipal_maker_spaces'],
  ['省机器人标准化 技术委员会({v}个)', 'robot_standardisation_committee'],
  ['省钻石产品质量 监督检验中心({v}个)', 'diamond_quality_inspection_centre'],
  ['中原科技创业领军人才({v}人）', 'zhongyuan_entrepreneur_leaders'],
  ['省级星创天地 （{v}个）', 'provincial_star_maker_spaces'],
  ['省产业创新中心 （{v}家）', 'provincial_industry_innovation_centres'],
  ['省级工程技术研 究中心 （{v}家）', 'provincial_engineering_tech_centres'],
  ['省级工程研究中心 （{v}个）', 'provincial_engineering_research_centres'],
  ['省级企业技术中心 （{v}个）', 'provincial_enterprise_tech_centres'],
  ['省级工业设计中心 （{v}个）', 'provincial_industrial_design_centres'],
  ['优秀市级企业 技术创新中心 （{v}个）', 'municipal_tech_innovation_centres_excellent'],
  ['市级重点实验室 （{v}家）', 'municipal_key_laboratories'],
  ['市级企业技术 中心（{v}个）', 'municipal_enterprise_tech_centres'],
  ['河南省科学技术奖 （{v}项）', 'henan_st_prizes'],
  ['国家知识产权示范企业（{v}家）', 'national_ip_demo_enterprises'],
  ['河南省知识产权示范企业（{v}家）', 'henan_ip_demo_enterprises'],
];

export default defineDocument({
  file: import.meta.url,
  doc: DOC,
  seed: '001_a0efda9bb81cc2fd.txt',
  sections: [{ name: 'annex', what: 'the annex 许昌市 2022 年度科技创新奖励名单', startLine: /^附\s*件$/ }],
  hooks: { sciAwards, categoryCounts, checkText: (ctx) => annotateChecks(ctx, CHECK_TEXT) },
});

const num = (printed: string, what: string) => numberOrThrow(printed, `${DOC}: ${what}`);

/** The five award sections: name in the decision text, name in the annex heading, id slug. */
export const SCI_SECTIONS = [
  { text: '创新主体培育', annex: '创新主体培育', slug: 'entity', en: 'innovation entities (high-tech enterprises etc.)' },
  { text: '创新载体建设', annex: '创新载体建设', slug: 'carrier', en: 'innovation carriers (incubators, workstations etc.)' },
  { text: '创新平台建设', annex: '创新平台建设', slug: 'platform', en: 'innovation platforms (R&D centres, labs etc.)' },
  { text: '创新成果', annex: '创新成果激励', slug: 'achievement', en: 'innovation achievements (provincial S&T prizes)' },
  { text: '知识产权', annex: '知识产权激励', slug: 'ip', en: 'intellectual property (IP demonstration enterprises)' },
] as const;
type SciSlug = (typeof SCI_SECTIONS)[number]['slug'];

/** Area column values of the science annex. 市直 (units directly under the city) is not an area of lib/areas.ts. */
const SCI_AREA_COLUMN = ['禹州市', '长葛市', '鄢陵县', '襄城县', '魏都区', '建安区', '示范区', '开发区', '东城区', '市直'];
const SHIZHI_NOTE = 'area column printed 市直 (a unit directly under the city government, no county given): 411000';
const ORG_END = /(公司|厂|研究所|中心|学院|管委会|人民政府|合作社)$/;
const ORG_START = /^(河南|许昌|禹州|长葛|鄢陵|襄城|许继|联桥|万杰|维秘特|宝润达|平煤|黄河|迅达|利锐特|德通|天瑞|百正)/;

export interface SciRow {
  section: SciSlug;
  /** line where the area and amount stand */
  line: number;
  /** first line of the row (a wrapped unit name starts above) */
  firstLine: number;
  unit: string;
  /** a former or later name printed next to the unit, e.g. （企业已更名为：…） */
  renamed: string;
  /** person printed before the unit (中原科技创业领军人才 rows) */
  person: string;
  printedArea: string;
  /** canonical decimal, or null for 通报表扬 (commendation without money) */
  amount: string | null;
  quote: string;
}
export interface SciSection {
  slug: SciSlug;
  line: number;
  amount: string;
  quote: string;
  rows: SciRow[];
  /** section 4 only: the amounts standing at line ends (the table has no area column) */
  bareAmounts: { line: number; value: string }[];
}

/** Parse the annex of 许政〔2023〕18号 (lines from..to). */
export function parseSciAnnex(seed: Seed, from: number, to: number): { totalLine: number; total: string; sections: SciSection[] } {
  const where = (n: number) => `${seed.name}:${n} (${DOC} annex)`;
  let n = from;
  while (n <= to && !/^\s*附\s*件\s*$/.test(seed.line(n))) n++;
  if (n > to) throw new Error(`${where(from)}: no 附件 line`);
  const nextNonBlank = (k: number) => {
    k++;
    while (k <= to && isBlank(seed.line(k))) k++;
    return k;
  };
  const titleLine = nextNonBlank(n);
  if (seed.line(titleLine).trim() !== '许昌市 2022 年度科技创新奖励名单') throw new Error(`${where(titleLine)}: unexpected title`);
  const totalLine = nextNonBlank(titleLine);
  const tm = /^（共计\s*(\d+)\s*万元）$/.exec(seed.line(totalLine).trim());
  if (!tm) throw new Error(`${where(totalLine)}: expected （共计 … 万元）`);
  // section headings
  const heads: { line: number; idx: number; amount: string; quote: string }[] = [];
  let endLine = to;
  for (let k = totalLine + 1; k <= to; k++) {
    const t = seed.line(k).trim();
    const h = /^([一二三四五六七八九十]+)、(\S+?)[（(](\d+)\s*万元[）)]$/.exec(t);
    if (h) {
      const idx = heads.length;
      const sec = SCI_SECTIONS[idx];
      if (!sec || h[1] !== ZH_SERIAL[idx] || h[2] !== sec.annex) throw new Error(`${where(k)}: unexpected section heading "${t}"`);
      heads.push({ line: k, idx, amount: num(h[3], 'section amount'), quote: t });
    }
    if (t === '特别说明：') {
      endLine = k - 1;
      break;
    }
  }
  if (heads.length !== SCI_SECTIONS.length) throw new Error(`${where(totalLine)}: found ${heads.length} section headings`);
  if (endLine === to) throw new Error(`${where(to)}: no 特别说明： after the table`);
  const sections: SciSection[] = heads.map((h, i) => {
    const sec = SCI_SECTIONS[h.idx];
    const last = i + 1 < heads.length ? heads[i + 1].line - 1 : endLine;
    const out: SciSection = { slug: sec.slug, line: h.line, amount: h.amount, quote: h.quote, rows: [], bareAmounts: [] };
    // header: 奖励事项 获奖单位 县市区 金额 (sections 1–3) or 奖励事项 获奖项目及等级 完成 / 单位 金额 (sections 4–5)
    let k = nextNonBlank(h.line);
    const head1 = seed.line(k).trim().split(/\s+/).join('|');
    if (head1 === '奖励事项|获奖单位|县市区|金额') {
      k = nextNonBlank(k);
    } else if (head1 === '奖励事项|获奖项目及等级|完成' && seed.line(nextNonBlank(k)).trim().split(/\s+/).join('|') === '单位|金额') {
      k = nextNonBlank(nextNonBlank(k));
    } else {
      throw new Error(`${where(k)}: unexpected table header "${seed.line(k).trim()}"`);
    }
    if (sec.slug === 'achievement') {
      // no area column: award project | abbreviated unit names spread over lines | amount. Only the amounts are read.
      for (; k <= last; k++) {
        const m = /(?:^|\s)(\d+)$/.exec(seed.line(k).trim());
        if (m) out.bareAmounts.push({ line: k, value: num(m[1], 'achievement amount') });
      }
      return out;
    }
    /** non-row lines since the last row (label fragments, or the start of a wrapped unit name) */
    let pending: number[] = [];
    for (; k <= last; k++) {
      const t = seed.line(k).trim();
      if (!t) continue;
      const tokens = t.split(/\s+/);
      let ai = -1;
      for (let j = 0; j < tokens.length; j++) {
        if (!SCI_AREA_COLUMN.includes(tokens[j])) continue;
        const rest = tokens.slice(j + 1);
        const amt = rest[0] === '连续三次' ? rest[1] : rest[0];
        if (amt !== undefined && (/^\d+$/.test(amt) || amt === '通报表扬')) {
          if (ai >= 0) throw new Error(`${where(k)}: two rows on one line: "${t}"`);
          ai = j;
        }
      }
      if (ai < 0) {
        // a label fragment (奖励事项 cell) or a wrapped unit name: Chinese text, brackets and counts only
        if (!/^[\u4e00-\u9fa5（）()：:\d\s]+$/.test(t)) throw new Error(`${where(k)}: unexpected line "${t}"`);
        pending.push(k);
        continue;
      }
      const after = tokens.slice(ai + 1);
      const amountTok = after[0] === '连续三次' ? after[1] : after[0];
      const post = tokens.slice(ai + 1 + (after[0] === '连续三次' ? 2 : 1));
      let unit = ai > 0 ? tokens[ai - 1] : '';
      let pre = tokens.slice(0, Math.max(0, ai - 1));
      let firstLine = k;
      let renamed = '';
      if (!unit) {
        // the unit name wrapped above the area/amount line (河南万里交通科技集团无损检测加固技术 / 有限公司 / 魏都区 3)
        let name = '';
        let used = 0;
        for (let p = pending.length - 1; p >= 0 && used < 3; p--, used++) {
          name = seed.line(pending[p]).trim() + name;
          if (ORG_START.test(name) && ORG_END.test(name)) {
            firstLine = pending[p];
            pending = pending.slice(0, p);
            break;
          }
        }
        if (firstLine === k) throw new Error(`${where(k)}: no unit name for "${t}"`);
        unit = name;
      } else if (unit.endsWith('）') && !unit.includes('（')) {
        // 河南天元煤业有限公司（企业已更名为： / 河南天元清洁能源有限公司） 建安区 10
        const p = pending.at(-1);
        const prev = p === undefined ? '' : seed.line(p).trim();
        const rm = /^(.+?)（企业已更名为：$/.exec(prev);
        if (!rm || p === undefined) throw new Error(`${where(k)}: unbalanced "${unit}" without its opening line`);
        renamed = rm[1];
        unit = unit.slice(0, -1);
        firstLine = p;
        pending = pending.slice(0, -1);
      }
      if (!ORG_END.test(unit)) throw new Error(`${where(k)}: "${unit}" does not look like a unit name`);
      // what stands before the unit: label fragments, or a person (中原科技创业领军人才)
      let person = '';
      if (pre.length === 1 && /^[\u4e00-\u9fa5]{2,3}$/.test(pre[0]) && !/[（）()]/.test(pre[0]) && k > 0) {
        // a 2–3 character name before the unit on a row of the 领军人才 block
        const around = joinLines(seed, Math.max(from, k - 4), Math.min(to, k + 4));
        if (around.includes('领军人才')) {
          person = pre[0];
          pre = [];
        }
      }
      for (const x of [...pre, ...post]) {
        if (ORG_END.test(x) && !/^(究中心|监督检验中心|技术创新中心|省级工程研究中心|省级工程技术研究中心)$/.test(x)) {
          throw new Error(`${where(k)}: "${x}" beside the row looks like another unit`);
        }
      }
      pending = [];
      const quote = firstLine === k ? t : joinLines(seed, firstLine, k);
      out.rows.push({
        section: sec.slug, line: k, firstLine, unit, renamed, person, printedArea: tokens[ai],
        amount: amountTok === '通报表扬' ? null : num(amountTok, 'amount'), quote,
      });
    }
    return out;
  });
  return { totalLine, total: num(tm[1], 'total'), sections };
}

function sciArea(printed: string): { area: Area; note: string } {
  if (printed === '市直') return { area: CITY, note: SHIZHI_NOTE };
  return { area: resolveArea(printed), note: '' };
}

function sciAwards(ctx: DocContext): void {
  const doc = DOC;
  const flat = ctx.flat;
  const annexAt = flat.text.indexOf('附件：');
  if (annexAt < 0) throw new Error(`${doc}: no 附件： line`);
  const body = flat.text.slice(0, annexAt);
  const annex = parseSciAnnex(ctx.seed, flat.lineAt(annexAt) + 1, ctx.end);

  const tot = matchOnce(body, /决定对\s*(?<y>\d{4})\s*年度为我市科技创新作出突出贡献的\s*(?<n>\d+)\s*家单位给予奖励\s*(?<v>\d+)\s*万元/, `${ctx.seed.name}: ${doc} total`);
  const year = Number(tot.groups!.y);
  if (year !== 2022) throw new Error(`${doc}: award year ${year}`);
  const totN = num(tot.groups!.n, 'units');
  const totV = num(tot.groups!.v, 'amount');
  ctx.emit({ id: 'sci_award_units', area: CITY, year, value: totN, kind: 'actual', line: flat.lineAt(tot.indices.groups!.n[0]), quote: tot[0] });
  ctx.emit({ id: 'sci_award_amount', area: CITY, year, value: totV, kind: 'actual', line: flat.lineAt(tot.indices.groups!.v[0]), quote: tot[0] });
  ctx.check({ check: 'sci2022_total_text_vs_annex', line: annex.totalLine, expected: totV, found: annex.total, ok: Number(totV) === Number(annex.total),
      okNote: 'the decision text and the annex （共计） give the same total', badNote: `text ${totV} 万元, annex ${annex.total} 万元` });

  const clauses = matchAll(body, /对在(?<s>\S+?)方面取得突出成绩的(?<e>\S+?)等\s*(?<n>\d+)\s*家单位给予奖励\s*(?<v>\d+)\s*万元/);
  if (clauses.length !== SCI_SECTIONS.length) throw new Error(`${doc}: ${clauses.length} section clauses`);
  const units = new Map<string, PlaceInput>();
  let nSum = 0;
  const vSum: string[] = [];
  clauses.forEach((m, i) => {
    const spec = SCI_SECTIONS[i];
    if (m.groups!.s !== spec.text) throw new Error(`${doc}: clause ${i + 1} is ${m.groups!.s}, expected ${spec.text}`);
    const sec = annex.sections[i];
    const n = num(m.groups!.n, 'units');
    const v = num(m.groups!.v, 'amount');
    nSum += Number(n);
    vSum.push(v);
    const base = { area: CITY, year, kind: 'actual' as Kind, quote: m[0], year_basis: 'section' as const };
    ctx.emit({ ...base, id: `sci_award_${spec.slug}_units`, value: n, line: flat.lineAt(m.indices.groups!.n[0]) });
    ctx.emit({ ...base, id: `sci_award_${spec.slug}_amount`, value: v, line: flat.lineAt(m.indices.groups!.v[0]) });
    ctx.check({ check: `sci2022_${spec.slug}_amount_text_vs_annex_heading`, line: sec.line, expected: v, found: sec.amount, ok: Number(v) === Number(sec.amount),
      okNote: 'the decision text and the annex section heading give the same amount', badNote: `text ${v} 万元, annex heading ${sec.amount} 万元` });
    const named = m.groups!.e.replace(/\s+/g, '');
    if (spec.slug === 'achievement') {
      ctx.check({ check: `sci2022_${spec.slug}_count_text_vs_annex`, line: sec.line, expected: n, found: String(sec.bareAmounts.length), ok: Number(n) === Number(String(sec.bareAmounts.length)),
      okNote: 'the annex lists as many awarded projects as the text counts units', badNote: `text ${n} units, annex lists ${sec.bareAmounts.length} amounts` });
      const s = decimalSum(sec.bareAmounts.map((x) => x.value));
      ctx.check({ check: `sci2022_${spec.slug}_amount_heading_vs_rows`, line: sec.line, expected: sec.amount, found: s, ok: Number(sec.amount) === Number(s),
      okNote: 'the amounts of the listed projects add up to the heading', badNote: `heading ${sec.amount} 万元, rows add up to ${s} 万元` });
      return;
    }
    if (!sec.rows.some((x) => x.unit === named)) throw new Error(`${doc}: clause names ${named}, not in annex section ${spec.annex}`);
    const paid = sec.rows.filter((x) => x.amount !== null);
    ctx.check({ check: `sci2022_${spec.slug}_count_text_vs_annex`, line: sec.line, expected: n, found: String(paid.length), ok: Number(n) === Number(String(paid.length)),
      okNote: 'the annex lists as many rows with an amount as the text counts units', badNote: `text ${n} units, annex lists ${paid.length} rows with an amount` });
    const s = decimalSum(paid.map((x) => x.amount!));
    ctx.check({ check: `sci2022_${spec.slug}_amount_heading_vs_rows`, line: sec.line, expected: sec.amount, found: s, ok: Number(sec.amount) === Number(s),
      okNote: 'the listed amounts add up to the heading', badNote: `heading ${sec.amount} 万元, rows add up to ${s} 万元` });
    for (const row of paid) {
      const { area, note: areaNote } = sciArea(row.printedArea);
      // keyed by unit and printed area: a unit printed under two areas becomes two places (a finding, see checks)
      const ukey = `${row.unit}|${area.code}`;
      let place = units.get(ukey);
      if (!place) {
        const notes = [areaNote];
        if (row.renamed) notes.push(`renamed: printed ${row.renamed}（企业已更名为：${row.unit}）`);
        place = {
          id: `sci2022-${String(units.size + 1).padStart(3, '0')}`, name: row.unit, category: 'award_unit',
          area, year, status: 'existing', line: row.line, quote: row.quote, note: notes.filter(Boolean).join('; '),
        };
        units.set(ukey, place);
      }
      const notes = [areaNote];
      if (row.amount === '0') notes.push('0 万元: a repeated award (特别说明: 奖励金额为 0 的为重复奖励单位, 按就高原则不重复奖励)');
      if (row.person) notes.push(`the row names a person before the unit (${row.person})`);
      ctx.emit({ id: `sci_award_${spec.slug}_amount`, area, year, value: row.amount!, kind: 'actual', line: row.line, year_basis: 'section',
        quote: row.quote, place: place.id, note: notes.filter(Boolean).join('; ') });
    }
  });
  // units printed under more than one area
  const byUnit = new Map<string, PlaceInput[]>();
  for (const p of units.values()) byUnit.set(p.name, [...(byUnit.get(p.name) ?? []), p]);
  for (const [name, ps] of byUnit) {
    if (ps.length < 2) continue;
    const printed = ps.map((p) => `${p.area!.name_zh} (line ${p.line})`).join(', ');
    for (const p of ps) {
      p.note = [p.note, `the annex prints this unit under ${ps.length} areas: ${printed}; one place per printed area`].filter(Boolean).join('; ');
    }
    ctx.addCheck({
      check: `sci2022_unit_area_${ps[0].id.replace(/-/g, '_')}`, doc, seed: ctx.seed.name, line: ps[1].line,
      expected: ps[0].area!.name_zh, found: ps.slice(1).map((p) => p.area!.name_zh).join(','),
      note: `${name} is printed under ${printed}`,
    });
  }
  for (const p of units.values()) ctx.place(p);
  const vs = decimalSum(vSum);
  ctx.check({ check: 'sci2022_total_vs_sections_amount', line: flat.lineAt(tot.indices.groups!.v[0]), expected: totV, found: vs, ok: Number(totV) === Number(vs),
      okNote: 'the five section amounts add up to the total', badNote: `total ${totV} 万元, sections add up to ${vs} 万元` });
  const commended = annex.sections.flatMap((s) => s.rows).filter((x) => x.amount === null).length;
  ctx.check({ check: 'sci2022_total_vs_sections_units', line: flat.lineAt(tot.indices.groups!.n[0]), expected: totN, found: String(nSum), ok: Number(totN) === Number(String(nSum)),
      okNote: 'the five section unit counts add up to the total', badNote: `the text's total is ${totN} units, its five section counts add up to ${nSum}; the annex also lists ${commended} ` +
    `commendation rows (通报表扬, no money) — ${nSum} + ${commended} = ${nSum + commended}` });
}

/**
 * The count in each category heading of the annex (高新技术企业（首次认定102家）…). A heading is printed again on
 * every page its category runs over: the first is the row, the repeats must agree.
 */
function categoryCounts(ctx: DocContext): void {
  for (const [t, slug] of CATEGORIES) {
    const hits = ctx.findAll(t, 'annex');
    if (!hits.length) ctx.fail(`category ${slug}`, `heading "${t}" not found in the annex`);
    const values = new Set(hits.map((h) => num(h.slots.v.text, slug)));
    if (values.size !== 1) ctx.fail(`category ${slug}`, `its repeated headings disagree: ${[...values].join(', ')}`);
    const h = hits[0];
    ctx.emit({
      id: `sci_award_cat_${slug}`, year: 2022, value: num(h.slots.v.text, slug), kind: 'actual', line: h.slots.v.line, quote: h.text,
      year_basis: 'section', note: `year 2022 from the annex title 许昌市 2022 年度科技创新奖励名单${hits.length > 1 ? `; the heading is printed ${hits.length} times (one per page), all ${h.slots.v.text}` : ''}`,
    });
  }
}
