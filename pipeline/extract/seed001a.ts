/**
 * Seed 001 (许昌市人民政府公报 2023 年第 4 期), first part (the two documents before 许政〔2023〕16号):
 *
 * - 许政〔2023〕14号 许昌市“十四五”数字经济和信息化发展规划: the targets table (许昌市“十四五”数字经济和信息化发展
 *   目标: indicator | unit | 2020 | 2025), parsed structurally; text baselines/targets that carry a year; the 5G
 *   base-station figure of the text (4804) next to the table's 2020 cell (1901), with a CheckRow.
 * - 许政〔2023〕15号 许昌市2023年国民经济和社会发展计划: 2022 actuals (一、2022年…执行情况) and 2023 targets.
 *
 * Every text figure is found by a regex that must match exactly once inside its document; a seed change that
 * breaks a match throws. Values with 以上/左右/… carry that qualifier in their note.
 */
import type { CheckRow, ExtractResult, IndicatorDef, IndicatorRow, Kind, PlaceDraft, PlaceStatus, Topic } from '../lib/types.ts';
import type { Seed, SeedSet } from '../lib/seeds.ts';
import { normaliseNumber, quoteContainsValue } from '../lib/numbers.ts';
import { resolveArea, type Area } from '../lib/areas.ts';
import { cite } from '../lib/quote.ts';

export const SEED001 = '001_a0efda9bb81cc2fd.txt';
export const DOC_DIGITAL = '许政〔2023〕14号';
export const DOC_PLAN2023 = '许政〔2023〕15号';
const DIGITAL_TITLE = '许昌市“十四五”数字经济和信息化发展规划';
const PLAN_TITLE = '许昌市2023年国民经济和社会发展计划';
const CITY = resolveArea('许昌市');

type DocKey = 'd14' | 'd15';
const DOC_OF: Record<DocKey, string> = { d14: DOC_DIGITAL, d15: DOC_PLAN2023 };

const squash = (s: string) => s.replace(/\s+/g, '');

// ---------------------------------------------------------------------------------------------------------------
// Document layout

const NUMBER_LINE = /^\s*许政〔(\d{4})〕\s*(\d+)\s*号\s*$/;
const HEADER_LINE = /^\s*许昌市人民政府\s*$/;

export interface DocRange {
  doc: string;
  numberLine: number;
  end: number;
}

/** 许政〔2023〕14号 and 15号: from the number line to the line before the next notice's issuer line. */
export function locateSeed001a(seed: Seed): Record<DocKey, DocRange> {
  const numbers: { doc: string; line: number }[] = [];
  seed.lines.forEach((l, i) => {
    const m = NUMBER_LINE.exec(l);
    if (m) numbers.push({ doc: `许政〔${m[1]}〕${m[2]}号`, line: i + 1 });
  });
  const range = (doc: string): DocRange => {
    const hits = numbers.filter((d) => d.doc === doc);
    if (hits.length !== 1) throw new Error(`${seed.name}: ${doc} found ${hits.length} times as a number line`);
    const i = numbers.indexOf(hits[0]);
    const next = numbers[i + 1];
    if (!next) throw new Error(`${seed.name}: no notice after ${doc}`);
    let h = next.line - 1;
    while (h > hits[0].line && next.line - h <= 8 && !HEADER_LINE.test(seed.line(h))) h--;
    if (!HEADER_LINE.test(seed.line(h)) || h <= hits[0].line) {
      throw new Error(`${seed.name}:${next.line}: no issuer line above ${next.doc}`);
    }
    return { doc, numberLine: hits[0].line, end: h - 1 };
  };
  const d14 = range(DOC_DIGITAL);
  const d15 = range(DOC_PLAN2023);
  if (d15.numberLine <= d14.end) throw new Error(`${seed.name}: ${DOC_PLAN2023} overlaps ${DOC_DIGITAL}`);
  const hasTitle = (r: DocRange, t: string) => {
    for (let n = r.numberLine; n <= r.end; n++) if (squash(seed.line(n)) === t) return;
    throw new Error(`${seed.name}: title ${t} not found as a line inside ${r.doc}`);
  };
  hasTitle(d14, DIGITAL_TITLE);
  hasTitle(d15, PLAN_TITLE);
  return { d14, d15 };
}

// ---------------------------------------------------------------------------------------------------------------
// Flattened text (the quote convention: lines trimmed, line breaks dropped) with offsets back to lines

export interface Flat {
  text: string;
  lineAt(offset: number): number;
}
function flatten(seed: Seed, from: number, to: number): Flat {
  let text = '';
  const spans: { line: number; start: number; end: number }[] = [];
  for (let n = from; n <= to; n++) {
    const t = seed.line(n).trim();
    if (t) spans.push({ line: n, start: text.length, end: text.length + t.length });
    text += t;
  }
  return {
    text,
    lineAt(offset: number) {
      const s = spans.find((x) => offset >= x.start && offset < x.end);
      if (!s) throw new Error(`${seed.name}: offset ${offset} outside ${from}..${to}`);
      return s.line;
    },
  };
}

function num(printed: string, what: string): string {
  const v = normaliseNumber(printed);
  if (v === null) throw new Error(`${what}: "${printed}" is not a number`);
  return v;
}

// ---------------------------------------------------------------------------------------------------------------
// Indicator definitions

type D = [id: string, topic: Topic, unit: string, zh: string, en: string, description: string];
const T14 = 'Table 许昌市“十四五”数字经济和信息化发展目标 of 许政〔2023〕14号: 2020 column = baseline, 2025 column = target.';
const P15 = '许政〔2023〕15号 (2023 plan report): 2022 = actual (执行情况), 2023 = target (主要预期目标).';

const DEF_LIST: D[] = [
  // 许政〔2023〕14号 table
  ['digital_economy_core_share_gdp_increase_pp', 'digital', '百分点', '数字经济核心产业增加值占生产总值的比重（五年累计提升）',
    'Digital-economy core industries: cumulative increase of their share of GDP', `${T14} The table prints [4] in the 2025 column and — for 2020; its note says figures in [ ] are the cumulative increase over the 5-year plan (5 年规划累计提升数), so the 2025 target is an increase of the share by 4 percentage points over 2020.`],
  ['it_industry_revenue_above_scale', 'digital', '亿元', '规模以上新一代信息技术产业营业收入', 'Revenue of the new-generation IT industry (above designated size)', T14],
  ['software_it_services_revenue', 'digital', '亿元', '软件和信息技术服务业主营业务收入', 'Main-business revenue of software and IT services', T14],
  ['ict_industrialisation_integration_index', 'digital', '', '“两化”融合发展水平指数', 'Informatisation–industrialisation integration index', `${T14} An index (no unit printed).`],
  ['cloud_enterprises', 'digital', '万家', '上云企业数量', 'Enterprises using cloud services', T14],
  ['industrial_equipment_digitalisation_rate_pct', 'digital', '%', '工业企业生产设备数字化率', 'Digitalisation rate of industrial production equipment', T14],
  ['key_process_nc_rate_pct', 'digital', '%', '工业企业关键工序数控化率', 'Numerical-control rate of key industrial processes', T14],
  ['ecommerce_transaction_volume', 'digital', '亿元', '电子商务交易额', 'E-commerce transaction volume', T14],
  ['yushiban_registered_users', 'digital', '万户', '“豫事办”注册用户数', 'Registered users of the 豫事办 government-service app', T14],
  ['public_data_aggregation_ratio', 'digital', '比值', '公共数据归集率', 'Public data aggregation rate (as a fraction)', `${T14} The table prints the unit % but the values 0.65 and 0.95; they are kept as printed and read as fractions of 1 (65%, 95%), unit 比值 — see the row notes.`],
  ['base_stations_5g', 'digital', '个', '5G基站累计数量', '5G base stations (cumulative)', `Cumulative number of 5G base stations (the text says 座). ${T14} The text of the plan gives a different figure (4804), see checks.`],
  ['mobile_5g_user_penetration_pct', 'digital', '%', '5G用户普及率', '5G user penetration rate', T14],
  ['ftth_share_of_broadband_pct', 'digital', '%', '光纤入户用户占宽带用户比重', 'Fibre-to-the-home users as a share of broadband users', T14],
  ['backbone_direct_link_bandwidth_g', 'digital', 'G', '互联网骨干直联点总带宽', 'Total bandwidth of the internet backbone direct-connection point', `${T14} Unit G as printed (bandwidth, presumably Gbps).`],
  ['internet_egress_bandwidth_g', 'digital', 'G', '互联网出口总带宽', 'Total internet egress bandwidth', `${T14} Unit G as printed (bandwidth, presumably Gbps).`],
  ['mobile_data_per_user_month_g', 'digital', 'G', '月户均移动数据流量', 'Monthly mobile data traffic per user', `${T14} Unit G as printed (presumably GB per user per month).`],
  ['data_center_racks', 'digital', '万架', '数据中心机架数', 'Data-centre racks', `${T14} Counted in 万架 (10,000 racks); the table says 机架, not 标准机架 (data_center_standard_racks, 许政〔2023〕38号).`],
];

// ---------------------------------------------------------------------------------------------------------------
// 许政〔2023〕14号: the targets table

const TABLE_TITLE = '许昌市“十四五”数字经济和信息化发展目标';
const TABLE_HEADER = '类别指标单位2020年2025年';
const TABLE_NOTE = /^注：\[\s*\]内数据为\s*5\s*年规划累计提升数$/;
/** Category labels of the first column, broken over two lines by the PDF text ("数字产" / "业化"). */
const CATEGORY_FRAGMENTS = new Set(['数字产', '业化', '产业数', '字化', '治理数', '新型基', '础设施']);

/** Table rows in printed order: label as printed (spaces removed), indicator id, unit cell as printed. */
const TABLE_ROWS: readonly [label: string, id: string, unit: string][] = [
  ['数字经济核心产业增加值占生产总值的比重', 'digital_economy_core_share_gdp_increase_pp', '%'],
  ['规模以上新一代信息技术产业营业收入', 'it_industry_revenue_above_scale', '亿元'],
  ['软件和信息技术服务业主营业务收入', 'software_it_services_revenue', '亿元'],
  ['“两化”融合发展水平指数', 'ict_industrialisation_integration_index', ''],
  ['上云企业数量', 'cloud_enterprises', '万家'],
  ['工业企业生产设备数字化率', 'industrial_equipment_digitalisation_rate_pct', '%'],
  ['工业企业关键工序数控化率', 'key_process_nc_rate_pct', '%'],
  ['电子商务交易额', 'ecommerce_transaction_volume', '亿元'],
  ['“豫事办”注册用户数', 'yushiban_registered_users', '万户'],
  ['公共数据归集率', 'public_data_aggregation_ratio', '%'],
  ['5G基站数量', 'base_stations_5g', '个'],
  ['5G用户普及率', 'mobile_5g_user_penetration_pct', '%'],
  ['光纤入户用户占宽带用户比重', 'ftth_share_of_broadband_pct', '%'],
  ['互联网骨干直联点总带宽', 'backbone_direct_link_bandwidth_g', 'G'],
  ['互联网出口总带宽', 'internet_egress_bandwidth_g', 'G'],
  ['月户均移动数据流量', 'mobile_data_per_user_month_g', 'G'],
  ['数据中心机架数', 'data_center_racks', '万架'],
];

export interface TableCell {
  printed: string;
  /** canonical decimal, or null for "—" */
  value: string | null;
  /** printed in [ ]: a cumulative increase over the plan period (table note) */
  bracketed: boolean;
}
export interface TableRow {
  line: number;
  label: string;
  id: string;
  unit: string;
  y2020: TableCell;
  y2025: TableCell;
}
export interface DigitalTable {
  titleLine: number;
  headerLine: number;
  noteLine: number;
  rows: TableRow[];
}

function tableCell(printed: string, where: string): TableCell {
  if (printed === '—') return { printed, value: null, bracketed: false };
  const b = /^\[(\d+(?:\.\d+)?)\]$/.exec(printed);
  if (b) return { printed, value: num(b[1], where), bracketed: true };
  if (!/^\d+(\.\d+)?$/.test(printed)) throw new Error(`${where}: cell "${printed}" is neither a number, [number] nor "—"`);
  return { printed, value: num(printed, where), bracketed: false };
}

/**
 * The table lost its borders: each data row is one line "label unit 2020 2025"; the 类别 column's labels are
 * broken over two lines ("数字产" / "业化") that stand on lines of their own, or (治理数字化) glued to the end of
 * one data row and the start of the next. Those fragments are dropped (they carry no value); every other line
 * must be a known row with the expected unit and two cells (number, [number] or —). Anything else throws.
 */
export function parseDigitalTable(seed: Seed, from: number, to: number): DigitalTable {
  const where = (n: number) => `${seed.name}:${n} (${DOC_DIGITAL} table)`;
  const titles: number[] = [];
  for (let n = from; n <= to; n++) if (squash(seed.line(n)) === TABLE_TITLE) titles.push(n);
  if (titles.length !== 1) throw new Error(`${seed.name}: table title found ${titles.length} times in ${DOC_DIGITAL}`);
  const titleLine = titles[0];
  let n = titleLine + 1;
  while (n <= to && !seed.line(n).trim()) n++;
  const headerLine = n;
  if (squash(seed.line(headerLine)) !== TABLE_HEADER) {
    throw new Error(`${where(headerLine)}: unexpected header "${seed.line(headerLine).trim()}"`);
  }
  const rows: TableRow[] = [];
  let noteLine = 0;
  for (n = headerLine + 1; n <= to; n++) {
    let t = seed.line(n).trim();
    if (!t) continue;
    if (TABLE_NOTE.test(t)) {
      noteLine = n;
      break;
    }
    if (CATEGORY_FRAGMENTS.has(t)) continue;
    // a category fragment glued to a data row: "字化 公共数据归集率 …" / "… 123 310 治理数"
    const lead = /^(\S+)\s+/.exec(t);
    if (lead && CATEGORY_FRAGMENTS.has(lead[1])) t = t.slice(lead[0].length);
    const trail = /\s+(\S+)$/.exec(t);
    if (trail && CATEGORY_FRAGMENTS.has(trail[1])) t = t.slice(0, trail.index);
    const spec = TABLE_ROWS[rows.length];
    if (!spec) throw new Error(`${where(n)}: more rows than expected: "${t}"`);
    const [label, id, unit] = spec;
    // the label may contain a space ("5G 基站数量"): match it with optional whitespace between characters
    const labelRe = new RegExp('^' + [...label].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'));
    const lm = labelRe.exec(t);
    if (!lm) throw new Error(`${where(n)}: expected row "${label}", got "${t}"`);
    const rest = t.slice(lm[0].length);
    // cells are separated by one space; an empty unit cell leaves two spaces ("“两化”融合发展水平指数  55 64")
    const cells = rest.replace(/^\s/, '').split(/\s/);
    if (cells.length !== 3) throw new Error(`${where(n)}: expected unit + 2 cells after "${label}", got [${cells.join(' | ')}]`);
    if (cells[0] !== unit) throw new Error(`${where(n)}: expected unit "${unit}" for "${label}", got "${cells[0]}"`);
    rows.push({ line: n, label, id, unit, y2020: tableCell(cells[1], where(n)), y2025: tableCell(cells[2], where(n)) });
  }
  if (!noteLine) throw new Error(`${where(headerLine)}: table note 注：[ ]内数据… not found`);
  if (rows.length !== TABLE_ROWS.length) throw new Error(`${where(noteLine)}: ${rows.length} rows, expected ${TABLE_ROWS.length}`);
  return { titleLine, headerLine, noteLine, rows };
}

// ---------------------------------------------------------------------------------------------------------------
// Text figures

const N = String.raw`[0-9０-９]+(?:[.．][0-9０-９]+)?`;

interface Spec {
  key: string;
  doc: DocKey;
  /** regex source; named group v is the value, optional named group a the printed area */
  re: string;
  id: string;
  year: number;
  kind: Kind;
  /** printed area name when not in the match; default 许昌市 */
  area?: string;
  note?: string;
  place?: string;
}

const SPECS: Spec[] = [
  {
    key: 'd14-5g-text', doc: 'd14', re: String.raw`全市已开通\s*5G\s*基站\s*(?<v>${N})\s*座`, id: 'base_stations_5g', year: 2020, kind: 'baseline',
    note: 'the text gives no year: the figure stands in 5．新型数字基础设施建设成效明显 of the “十三五”期间 (2016–2020) review, read as 2020; the same paragraph says 目前 (at present), so it may be of a later date. The table gives 1901 for 2020 (see check digital_5g_base_stations_2020_table_vs_text)',
  },
];

interface Hit {
  spec: Spec;
  value: string;
  line: number;
  quote: string;
  area: Area;
}

function runSpec(seed: Seed, flat: Flat, s: Spec): Hit {
  const re = new RegExp(s.re, 'gd');
  const ms = [...flat.text.matchAll(re)];
  if (ms.length !== 1) throw new Error(`${seed.name}: spec ${s.key} matched ${ms.length} times in ${DOC_OF[s.doc]} (${s.re})`);
  const m = ms[0];
  const g = m.groups?.v;
  const gi = m.indices?.groups?.v;
  if (g === undefined || !gi) throw new Error(`spec ${s.key}: no value group`);
  const value = num(g, s.key);
  const line = flat.lineAt(gi[0]);
  const quote = m[0];
  if (!quoteContainsValue(quote, value)) throw new Error(`spec ${s.key}: quote does not show ${value}`);
  const area = resolveArea(m.groups?.a ?? s.area ?? '许昌市');
  return { spec: s, value, line, quote, area };
}

// ---------------------------------------------------------------------------------------------------------------
// Places

/** re: regex source with a named group n (the name as printed) and optionally a (the printed area); must match once. */
const PLACES: { id: string; doc: DocKey; re: string; name: string; category: string; area?: string; status: PlaceStatus; year: number | ''; town?: string; note?: string }[] = [];

// ---------------------------------------------------------------------------------------------------------------

export function extractSeed001a(seeds: SeedSet): ExtractResult {
  const seed = seeds.get(SEED001);
  if (!seed) throw new Error(`seed ${SEED001} missing`);
  const layout = locateSeed001a(seed);
  const flats: Record<DocKey, Flat> = {
    d14: flatten(seed, layout.d14.numberLine, layout.d14.end),
    d15: flatten(seed, layout.d15.numberLine, layout.d15.end),
  };
  const defs = new Map(DEF_LIST.map(([id, topic, unit, name_zh, name_en, description]) =>
    [id, { id, topic, name_zh, name_en, unit, description } satisfies IndicatorDef]));
  const unitOf = (id: string) => {
    const d = defs.get(id);
    if (!d) throw new Error(`no def for ${id}`);
    return d.unit;
  };
  const indicators: IndicatorRow[] = [];
  const checks: CheckRow[] = [];

  // --- table
  const table = parseDigitalTable(seed, layout.d14.numberLine, layout.d14.end);
  for (const r of table.rows) {
    const quote = seed.line(r.line).trim();
    for (const [year, kind, c] of [[2020, 'baseline', r.y2020], [2025, 'target', r.y2025]] as const) {
      if (c.value === null) continue;
      const notes: string[] = [];
      if (c.bracketed) {
        notes.push(`printed [${c.value}]: per the table note (注：[ ]内数据为5年规划累计提升数) a cumulative increase over the plan period, read as percentage points of the share`);
      }
      if (r.id === 'public_data_aggregation_ratio') {
        notes.push(`printed ${c.printed} under the unit %; read as a fraction of 1 (${Math.round(Number(c.value) * 100)}%), since a 0.65%→0.95% aggregation-rate target is implausible`);
      }
      indicators.push({
        indicator: r.id, area_code: CITY.code, area: CITY.name_zh, year, value: c.value, unit: unitOf(r.id), kind,
        doc: DOC_DIGITAL, ...cite(seed, r.line, quote), note: notes.join('; '), place_id: '',
      });
    }
  }

  // --- text figures
  const hits = new Map<string, Hit>();
  for (const s of SPECS) {
    const h = runSpec(seed, flats[s.doc], s);
    hits.set(s.key, h);
    indicators.push({
      indicator: s.id, area_code: h.area.code, area: h.area.name_zh, year: s.year, value: h.value, unit: unitOf(s.id),
      kind: s.kind, doc: DOC_OF[s.doc], ...cite(seed, h.line, h.quote), note: s.note ?? '', place_id: s.place ?? '',
    });
  }

  // --- checks
  {
    const t = table.rows.find((r) => r.id === 'base_stations_5g')!;
    const x = hits.get('d14-5g-text')!;
    const same = t.y2020.value === x.value;
    checks.push({
      check: 'digital_5g_base_stations_2020_table_vs_text', doc: DOC_DIGITAL, seed: seed.name, line: t.line,
      expected: t.y2020.value ?? '—', found: x.value,
      note: same
        ? `ok: the table's 2020 5G base stations equal the text (line ${x.line})`
        : `the table (line ${t.line}) gives ${t.y2020.value} 5G base stations for 2020; the text (line ${x.line}, 全市已开通5G基站${x.value}座, in the “十三五” review, no year printed) gives ${x.value}. The text figure is probably of a later date (目前) than end-2020; both rows are kept`,
    });
  }

  // --- places
  const places: PlaceDraft[] = [];
  for (const p of PLACES) {
    const re = new RegExp(p.re, 'gd');
    const ms = [...flats[p.doc].text.matchAll(re)];
    if (ms.length !== 1) throw new Error(`${seed.name}: place ${p.id} matched ${ms.length} times in ${DOC_OF[p.doc]}`);
    const m = ms[0];
    const area = resolveArea(m.groups?.a ?? p.area ?? '许昌市');
    // the place's line: where its name (named group n) starts
    const ni = m.indices?.groups?.n;
    if (!ni) throw new Error(`place ${p.id}: regex needs a named group n for the name`);
    if (squash(m.groups!.n) !== p.name) throw new Error(`place ${p.id}: printed name "${m.groups!.n}" is not ${p.name}`);
    const line = flats[p.doc].lineAt(ni[0]);
    const d: PlaceDraft = {
      place_id: p.id, name: p.name, category: p.category, area_code: area.code, area: area.name_zh, year: p.year,
      status: p.status, doc: DOC_OF[p.doc], ...cite(seed, line, m[0]), note: p.note ?? '',
    };
    if (p.town) d.town = p.town;
    places.push(d);
  }

  indicators.sort((a, b) =>
    a.doc.localeCompare(b.doc) || a.indicator.localeCompare(b.indicator) || a.year - b.year || a.kind.localeCompare(b.kind) ||
    a.area_code.localeCompare(b.area_code) || a.line - b.line || a.place_id.localeCompare(b.place_id));
  places.sort((a, b) => a.place_id.localeCompare(b.place_id));
  checks.sort((a, b) => a.check.localeCompare(b.check));
  const used = new Set(indicators.map((r) => r.indicator));
  for (const id of used) if (!defs.has(id)) throw new Error(`no def for ${id}`);
  return { indicators, places, checks, defs: [...defs.values()].filter((d) => used.has(d.id)).sort((a, b) => a.id.localeCompare(b.id)) };
}
