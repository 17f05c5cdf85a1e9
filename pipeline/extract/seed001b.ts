/**
 * Seed 001 (许昌市人民政府公报 2023 年第 4 期), second part: 许政〔2023〕16号 … 25号 and 许政办〔2023〕11号 … 14号,
 * 16号 (许政办〔2023〕15号, fire protection, and everything before 许政〔2023〕16号 are other extractors').
 *
 * Every figure is found by a regex that must match exactly once inside its document; tables and award lists are
 * parsed structurally and throw on anything unexpected. A seed change that breaks a match throws.
 */
import type { CheckRow, ExtractResult, IndicatorDef, IndicatorRow, Kind, PlaceDraft, Topic } from '../lib/types.ts';
import type { Seed, SeedSet } from '../lib/seeds.ts';
import { normaliseNumber, quoteContainsValue } from '../lib/numbers.ts';
import { resolveArea, type Area } from '../lib/areas.ts';
import { cite } from '../lib/quote.ts';

export const SEED001 = '001_a0efda9bb81cc2fd.txt';
const CITY = resolveArea('许昌市');

// ---------------------------------------------------------------------------------------------------------------
// Document layout

/** A document number standing on its own line: 许政〔2023〕16 号, 许政办〔2023〕11 号. */
const NUMBER_LINE = /^\s*(许政办?)〔(\d{4})〕\s*(\d+)\s*号\s*$/;
/** The issuer line heading a document. */
const HEADER_LINE = /^\s*许昌市人民政府(办公室)?\s*$/;

/** The documents this extractor reads, in printed order. */
export const DOCS = [
  '许政〔2023〕16号', '许政〔2023〕17号', '许政〔2023〕18号', '许政〔2023〕19号', '许政〔2023〕20号', '许政〔2023〕21号',
  '许政〔2023〕22号', '许政〔2023〕23号', '许政〔2023〕24号', '许政〔2023〕25号',
  '许政办〔2023〕11号', '许政办〔2023〕12号', '许政办〔2023〕13号', '许政办〔2023〕14号', '许政办〔2023〕16号',
] as const;
export type DocId = (typeof DOCS)[number];

export interface DocRange {
  doc: string;
  numberLine: number;
  /** last line of the document (line before the next document's issuer line, or the end of the seed) */
  end: number;
}

export function locateSeed001b(seed: Seed): Map<string, DocRange> {
  const numbers: { doc: string; line: number }[] = [];
  seed.lines.forEach((l, i) => {
    const m = NUMBER_LINE.exec(l);
    if (m) numbers.push({ doc: `${m[1]}〔${m[2]}〕${m[3]}号`, line: i + 1 });
  });
  const all = new Map<string, DocRange>();
  numbers.forEach((d, i) => {
    let end = seed.lines.length;
    const next = numbers[i + 1];
    if (next) {
      let h = next.line - 1;
      while (h > d.line && next.line - h <= 10 && !HEADER_LINE.test(seed.line(h))) h--;
      if (!HEADER_LINE.test(seed.line(h)) || h <= d.line) throw new Error(`${seed.name}:${next.line}: no issuer line above ${next.doc}`);
      end = h - 1;
    }
    if (all.has(d.doc)) throw new Error(`${seed.name}:${d.line}: ${d.doc} printed twice`);
    all.set(d.doc, { doc: d.doc, numberLine: d.line, end });
  });
  const out = new Map<string, DocRange>();
  for (const d of DOCS) {
    const r = all.get(d);
    if (!r) throw new Error(`${seed.name}: document ${d} not found`);
    out.set(d, r);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Flattened text (the quote convention: lines trimmed, line breaks dropped) with offsets back to lines

interface Flat {
  text: string;
  from: number;
  to: number;
  lineAt(offset: number): number;
  /** offset of the first character of line n */
  offsetOf(n: number): number;
}
function flatten(seed: Seed, from: number, to: number): Flat {
  let text = '';
  const spans: { line: number; start: number; end: number }[] = [];
  for (let n = from; n <= to; n++) {
    const t = seed.line(n).trim();
    spans.push({ line: n, start: text.length, end: text.length + t.length });
    text += t;
  }
  return {
    text, from, to,
    lineAt(offset: number) {
      const s = spans.find((x) => offset >= x.start && offset < x.end);
      if (!s) throw new Error(`${seed.name}: offset ${offset} outside lines ${from}..${to}`);
      return s.line;
    },
    offsetOf(n: number) {
      const s = spans.find((x) => x.line === n);
      if (!s) throw new Error(`${seed.name}: line ${n} outside ${from}..${to}`);
      return s.start;
    },
  };
}

type Match = RegExpExecArray & { indices: NonNullable<RegExpExecArray['indices']> };

/** The one match of `re` in `text`; throws when there is none or more than one. */
function matchOnce(text: string, re: RegExp, what: string): Match {
  const flags = [...new Set([...re.flags, 'g', 'd'])].join('');
  const all = [...text.matchAll(new RegExp(re.source, flags))];
  if (all.length !== 1) throw new Error(`${SEED001}: ${what}: expected exactly one match of ${String(re)}, found ${all.length}`);
  return all[0] as Match;
}
function matchAll(text: string, re: RegExp): Match[] {
  const flags = [...new Set([...re.flags, 'g', 'd'])].join('');
  return [...text.matchAll(new RegExp(re.source, flags))] as Match[];
}

function num(printed: string, what: string): string {
  const v = normaliseNumber(printed);
  if (v === null) throw new Error(`${SEED001}: ${what}: "${printed}" is not a number`);
  return v;
}

/** Exact decimal sum of canonical decimals. */
function decimalSum(values: readonly string[]): string {
  const dec = Math.max(0, ...values.map((v) => (v.split('.')[1] ?? '').length));
  const scale = 10 ** dec;
  const total = values.reduce((s, v) => s + Math.round(Number(v) * scale), 0);
  return String(total / scale);
}

const isBlank = (s: string) => s.trim() === '';

// ---------------------------------------------------------------------------------------------------------------
// Indicator definitions

const D = (id: string, topic: Topic, name_zh: string, name_en: string, unit: string, description: string): IndicatorDef =>
  ({ id, topic, name_zh, name_en, unit, description });

const DEFS: IndicatorDef[] = [
  D('intangible_heritage_items_listed', 'culture', '市级非物质文化遗产代表性项目公布数', 'Municipal intangible cultural heritage items listed', '项',
    'Items in a batch of the municipal list of representative intangible cultural heritage items (许昌市市级非物质文化遗产代表性项目名录), ' +
    'by the year the batch was published (actual). 许政〔2023〕16号: the 6th batch, 2023.'),
  D('mfg_hq_award_enterprises', 'industry', '制造业高质量发展突出贡献奖励企业数',
    'Enterprises rewarded for outstanding contributions to high-quality manufacturing development', '家',
    'Number of enterprises rewarded by the city for the award year (许政〔2023〕17号: 2022 年度, decided 2023-04-24), per county as printed ' +
    'in the decision and the annex section headings (actual).'),
  D('mfg_hq_award_amount', 'industry', '制造业高质量发展突出贡献奖励资金', 'Reward money for outstanding contributions to high-quality manufacturing development', '万元',
    'Reward money granted by the city for the award year (许政〔2023〕17号: 2022 年度). Rows with place_id: the amount granted to one ' +
    'enterprise (annex list); rows without: the county total as printed (actual).'),
];

// ---------------------------------------------------------------------------------------------------------------
// Extraction context

interface Ctx {
  seed: Seed;
  docs: Map<string, DocRange>;
  flats: Map<string, Flat>;
  indicators: IndicatorRow[];
  places: PlaceDraft[];
  checks: CheckRow[];
}

const UNIT: Record<string, string> = Object.fromEntries(DEFS.map((d) => [d.id, d.unit]));

function addRow(c: Ctx, r: {
  id: string; area: Area; year: number; value: string; kind: Kind; doc: string; line: number; quote: string; note?: string; place_id?: string;
  unit?: string;
}): void {
  const unit = r.unit ?? UNIT[r.id];
  if (unit === undefined) throw new Error(`indicator ${r.id} has no def`);
  if (!quoteContainsValue(r.quote, r.value)) throw new Error(`${r.doc} ${r.id}: value ${r.value} not in quote "${r.quote}"`);
  c.indicators.push({
    indicator: r.id, area_code: r.area.code, area: r.area.name_zh, year: r.year, value: r.value, unit, kind: r.kind, doc: r.doc,
    ...cite(c.seed, r.line, r.quote), note: r.note ?? '', place_id: r.place_id ?? '',
  });
}

function addCheck(c: Ctx, check: string, doc: string, line: number, expected: string, found: string, okNote: string, badNote: string): void {
  const ok = Number(expected) === Number(found);
  c.checks.push({ check, doc, seed: c.seed.name, line, expected, found, note: ok ? `ok: ${okNote}` : badNote });
}

// ---------------------------------------------------------------------------------------------------------------
// Text specs: one regex per figure (or group of figures), anchored in its document, matching exactly once

interface ValSpec {
  /** named group holding the value */
  g: string;
  id: string;
  kind: Kind;
  /** fixed year; or take it from named group `yg` */
  year?: number;
  yg?: string;
  /** printed area name (default 许昌市) or named group `ag` holding it */
  area?: string;
  ag?: string;
  note?: string;
  /** a unit other than the def's (e.g. 亿元 for a def in 万元 is not allowed: use a separate id instead) */
  unit?: string;
}
interface TextSpec {
  doc: DocId;
  re: RegExp;
  vals: ValSpec[];
}

const TEXT_SPECS: TextSpec[] = [
  // 许政〔2023〕16号: 第六批市级非物质文化遗产代表性项目名录（共计 52 项）已经市政府批准，现予以公布 (notice dated 2023-04-30)
  { doc: '许政〔2023〕16号', re: /许昌市第六批市级非物质文化遗产代表性项目名录（共计\s*(?<v>\d+)\s*项）已经市政府批准/,
    vals: [{ g: 'v', id: 'intangible_heritage_items_listed', kind: 'actual', year: 2023,
      note: 'year: the notice publishing the batch is dated 2023-04-30' }] },
];

function runTextSpecs(c: Ctx): void {
  for (const s of TEXT_SPECS) {
    const flat = c.flats.get(s.doc)!;
    const m = matchOnce(flat.text, s.re, `${s.doc} ${s.vals.map((v) => v.id).join(',')}`);
    for (const v of s.vals) {
      const span = m.indices.groups?.[v.g];
      const printed = m.groups?.[v.g];
      if (!span || printed === undefined) throw new Error(`${s.doc}: group ${v.g} did not match`);
      const year = v.year ?? Number(m.groups?.[v.yg ?? '']);
      if (!Number.isInteger(year) || year < 2000) throw new Error(`${s.doc} ${v.id}: no year`);
      const area = v.ag ? resolveArea(m.groups![v.ag]) : resolveArea(v.area ?? '许昌市');
      addRow(c, { id: v.id, area, year, value: num(printed, v.id), kind: v.kind, doc: s.doc, line: flat.lineAt(span[0]),
        quote: m[0], note: v.note, unit: v.unit });
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 许政〔2023〕17号: manufacturing awards 2022 (decision text + annex list)

const MFG_DOC = '许政〔2023〕17号';
const MFG_YEAR = 2022;
const AREA_SLUG: Record<string, string> = {
  '411000': 'city', '411002': 'weidu', '411003': 'jianan', '411024': 'yanling', '411025': 'xiangcheng', '411081': 'yuzhou',
  '411082': 'changge', 'XC-SFQ': 'sfq', 'XC-JKQ': 'jkq', 'XC-DCQ': 'dcq',
};
const ZH_SERIAL = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

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
  const where = (n: number) => `${seed.name}:${n} (${MFG_DOC} annex)`;
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

function extractMfgAwards(c: Ctx): void {
  const doc = MFG_DOC;
  const r = c.docs.get(doc)!;
  const flat = c.flats.get(doc)!;
  // the decision text: 对禹州市河南省湖波灵威水泥集团有限责任公司等 22 家企业奖励 530 万元；…
  const annexAt = flat.text.indexOf('附件：');
  if (annexAt < 0) throw new Error(`${doc}: no 附件： line`);
  const body = flat.text.slice(0, annexAt);
  const clauses = matchAll(body, /对(?<a>\S{2,8}?[市县区])(?<e>[^；。]+?)等\s*(?<n>\d+)\s*家企业奖励\s*(?<v>\d+)\s*万元/);
  const annex = parseMfgAnnex(c.seed, flat.lineAt(annexAt) + 1, r.end);
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
    const base = { area, year: MFG_YEAR, kind: 'actual' as Kind, doc, quote: m[0] };
    addRow(c, { ...base, id: 'mfg_hq_award_enterprises', value: count, line: flat.lineAt(m.indices.groups!.n[0]) });
    addRow(c, { ...base, id: 'mfg_hq_award_amount', value: amount, line: flat.lineAt(m.indices.groups!.v[0]) });
    const slug = AREA_SLUG[area.code];
    addCheck(c, `mfg2022_${slug}_count_text_vs_annex_heading`, doc, sec.line, count, sec.count,
      'the decision text and the annex heading give the same number of enterprises', `text ${count}, annex heading ${sec.count}`);
    addCheck(c, `mfg2022_${slug}_amount_text_vs_annex_heading`, doc, sec.line, amount, sec.amount,
      'the decision text and the annex heading give the same amount', `text ${amount}, annex heading ${sec.amount}`);
    addCheck(c, `mfg2022_${slug}_count_heading_vs_rows`, doc, sec.line, sec.count, String(sec.rows.length),
      'the annex lists as many enterprises as its heading says', `heading ${sec.count}, ${sec.rows.length} rows listed`);
    const sum = decimalSum(sec.rows.map((x) => x.amount));
    addCheck(c, `mfg2022_${slug}_amount_heading_vs_rows`, doc, sec.line, sec.amount, sum,
      'the listed amounts add up to the heading', `heading ${sec.amount} 万元, rows add up to ${sum} 万元`);
    for (const row of sec.rows) {
      const place_id = `mfg2022-${slug}-${String(row.serial).padStart(2, '0')}`;
      const note = row.formerName ? `formerly ${row.formerName} (printed （原…）)` : '';
      c.places.push({
        place_id, name: row.name, category: 'enterprise', area_code: area.code, area: area.name_zh, year: MFG_YEAR, status: 'existing',
        doc, ...cite(c.seed, row.line, row.quote), note,
      });
      addRow(c, { id: 'mfg_hq_award_amount', area, year: MFG_YEAR, value: row.amount, kind: 'actual', doc, line: row.line,
        quote: row.quote, place_id });
    }
  });
}

// ---------------------------------------------------------------------------------------------------------------

export function extractSeed001b(seeds: SeedSet): ExtractResult {
  const seed = seeds.get(SEED001);
  if (!seed) throw new Error(`seed ${SEED001} missing`);
  const docs = locateSeed001b(seed);
  const flats = new Map<string, Flat>();
  for (const [d, r] of docs) flats.set(d, flatten(seed, r.numberLine, r.end));
  const c: Ctx = { seed, docs, flats, indicators: [], places: [], checks: [] };
  runTextSpecs(c);
  extractMfgAwards(c);

  const key = (r: IndicatorRow) => `${r.doc}|${r.indicator}|${r.area_code}|${r.year}|${r.place_id}|${r.kind}`;
  const seen = new Set<string>();
  for (const r of c.indicators) {
    if (seen.has(key(r))) throw new Error(`duplicate row ${key(r)}`);
    seen.add(key(r));
  }
  const ids = new Set(c.places.map((p) => p.place_id));
  if (ids.size !== c.places.length) throw new Error('duplicate place_id');
  const used = new Set(c.indicators.map((r) => r.indicator));
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    indicators: c.indicators.sort((a, b) => a.line - b.line || cmp(a.indicator, b.indicator) || cmp(a.area_code, b.area_code) || cmp(a.place_id, b.place_id)),
    places: c.places.sort((a, b) => a.line - b.line || cmp(a.place_id, b.place_id)),
    checks: c.checks.sort((a, b) => a.line - b.line || cmp(a.check, b.check)),
    defs: DEFS.filter((d) => used.has(d.id)),
  };
}
