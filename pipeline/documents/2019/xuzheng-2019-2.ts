/**
 * 许政〔2019〕2号 许昌市煤炭消费减量工作实施方案 (coal consumption reduction plan), seed 000.
 *
 * - the city-wide figures stated in the text of the plan (总体目标 and the figures of 主要任务 that carry a year),
 * - annex 1 (各县（市、区）煤炭消费总量控制目标): 8 areas × 2015 baseline / 2020 cap × total, non-power, dispatched
 *   public coal power units (hook `annex1`: the PDF text keeps single spaces between cells and wraps labels and the
 *   header, so the shared whitespace-column reader does not fit),
 * - annex 2 (重点企业煤炭消费总量控制目标): 17 key enterprises as places plus their 2015 consumption and 2020 cap
 *   (hook `annex2`: wrapped company names and 所属地 cells),
 * - reconciliation checks between annex 1, annex 2 and the text.
 *
 * Figures of the text left out because the text gives them no year (rules / thresholds without a date):
 * 1．5 倍减量替代 (禹州市、长葛市、襄城县), 炭化室高度 4．3 米及以下焦炉, 单机容量 30 万千瓦及以下纯凝机组, 直径 3 米及以下
 * 水泥粉磨装备, 年耗能 5000 吨标准煤以上用能单位, 8 个行业差别化电价. "比 2015 年" is a reference year, not a figure.
 */
import { AREAS, resolveArea, type Area } from '../../lib/areas.ts';
import { findLine, type Seed } from '../../lib/seeds.ts';
import { joinLines } from '../../lib/quote.ts';
import type { Kind } from '../../lib/types.ts';
import { defineDocument, normaliseNumber, type DocContext, type EngineRow } from '../../engine/index.ts';
import { toAsciiDigits } from '../../lib/numbers.ts';

export const COAL_DOC = '许政〔2019〕2号';
const ASPIRE = 'an aspiration: 力争 (strive for)';
const TEXT = 'text';

export default defineDocument({
  file: import.meta.url,
  doc: COAL_DOC,
  seed: '000_e340f357b4b28fe7.txt',
  title: '许昌市煤炭消费减量工作实施方案',
  sections: [
    // the plan's text: from its title line to the 附件：1． list line (the annexes follow)
    { name: TEXT, startLine: /^许昌市煤炭消费减量工作实施方案$/, end: /附件：\s*1/ },
  ],
  figures: [
    { id: 'coal_total_reduction_vs_2015', in: TEXT, t: '到 {y} 年，力争全市煤炭消费总量比 2015 年下降 {v}％左右', note: ASPIRE },
    { id: 'coal_total', in: TEXT, t: '到 {y} 年，力争全市煤炭消费总量比 2015 年下降 26％左右，控制在 {v} 万吨以内', note: ASPIRE },
    {
      id: 'coal_nonpower', in: TEXT, t: '到 {y} 年，力争全市煤炭消费总量比 2015 年下降 26％左右，控制在 1154 万吨以内，其中：非电行业煤炭消费总量控制在 {v} 万吨以内',
      note: ASPIRE,
    },
    {
      id: 'coal_power_units', in: TEXT,
      t: '到 {y} 年，力争全市煤炭消费总量比 2015 年下降 26％左右，控制在 1154 万吨以内，其中：非电行业煤炭消费总量控制在 644 万吨以内，统调公用燃煤机组煤耗控制在 {v} 万吨以内',
      note: ASPIRE,
    },
    {
      id: 'coal_power_share', in: TEXT,
      t: '到 {y} 年，力争全市煤炭消费总量比 2015 年下降 26％左右，控制在 1154 万吨以内，其中：非电行业煤炭消费总量控制在 644 万吨以内，统调公用燃煤机组煤耗控制在 510 万吨以内，煤炭消费集中度进一步提高，电煤消费占比达到 {v}％以上',
      note: ASPIRE,
    },
    { id: 'coal_power_supply_intensity', in: TEXT, t: '到 {y} 年，全市统调公用燃煤机组供电煤耗力争控制在 {v} 克标准煤／千瓦时以内', note: ASPIRE },
    {
      id: 'coal_power_generation_share', in: TEXT, t: '到 {y} 年，全市统调公用燃煤机组供电煤耗力争控制在 300 克标准煤／千瓦时以内，煤电发电量占全社会用电量比例降至 {v}％左右',
    },
    { id: 'external_power_import', in: TEXT, t: '到{y} 年，力争外电入许规模达到 {v} 亿千瓦时左右', note: ASPIRE },
    { id: 'coal_calorific_value_increase', in: TEXT, t: '到 {y} 年，市内消费煤炭热值标准力争提高 {v}％以上', note: ASPIRE },
    { id: 'coal_power_fuel_calorific_value', in: TEXT, t: '到 {y} 年，市内消费煤炭热值标准力争提高 10％以上，其中，煤电机组入炉煤发热量力争达到 {v} 大卡／千克', note: ASPIRE },
    {
      id: 'coal_boiler_phaseout_threshold', in: TEXT, t: '到 {y} 年，全市基本淘汰 {v}蒸吨／时及以下燃煤锅炉',
      note: 'a threshold, not an amount: boilers of 35 蒸吨/时 and below (及以下) are to be basically eliminated',
    },
    {
      id: 'coal_gasifier_phaseout_threshold', in: TEXT, t: '到 {y} 年，全市基本淘汰 35蒸吨／时及以下燃煤锅炉，基本淘汰炉膛直径 {v} 米以下燃料类煤气发生炉',
      note: 'a threshold, not an amount: gasifiers with a hearth diameter below (以下) 3 米 are to be basically eliminated',
    },
    { id: 'wind_power_capacity', in: TEXT, t: '到 {y}年，全市风电装机累计达到 {v} 万千瓦' },
    { id: 'biomass_power_capacity', in: TEXT, t: '到 {y}年，全市风电装机累计达到 30 万千瓦，生物质发电装机累计达到 {v} 万千瓦' },
    {
      id: 'natural_gas_energy_share', in: TEXT,
      t: '到 {y}年，全市风电装机累计达到 30 万千瓦，生物质发电装机累计达到 10 万千瓦，天然气、可再生能源占全市能源消费总量的比重分别达到 {v}％和 7％',
    },
    {
      id: 'renewable_energy_share', in: TEXT,
      t: '到 {y}年，全市风电装机累计达到 30 万千瓦，生物质发电装机累计达到 10 万千瓦，天然气、可再生能源占全市能源消费总量的比重分别达到 10％和 {v}％',
    },
  ],
  hooks: { annex1, annex2 },
});

// ---------------------------------------------------------------------------------------------------------------
// Where the annexes stand

export interface CoalAnnexLayout {
  /** title line of the attached 实施方案 (start of the text) */
  textStart: number;
  /** the 附件：1． list line (end of the text) */
  textEnd: number;
  annex1Title: number;
  /** the 注： line closing annex 1 */
  annex1Notes: number;
  annex2Title: number;
  /** the 附件 3 line closing annex 2 */
  annex2End: number;
}

/** The annexes of the document found in lines start..end of its seed (the document's range). */
export function locateCoalAnnexes(seed: Seed, start: number, end: number): CoalAnnexLayout {
  const textStart = findLine(seed, /^\s*许昌市煤炭消费减量工作实施方案\s*$/, start, end);
  const textEnd = findLine(seed, /^\s*附件：\s*1/, textStart, end);
  const annex1 = findLine(seed, /^\s*附件\s*1\s*$/, textEnd + 1, end);
  const annex1Title = findLine(seed, /^\s*各县（市、区）煤炭消费总量控制目标\s*$/, annex1, end);
  const annex1Notes = findLine(seed, /^\s*注：/, annex1Title, end);
  const annex2 = findLine(seed, /^\s*附件\s*2\s*$/, annex1Notes, end);
  const annex2Title = findLine(seed, /^\s*重点企业煤炭消费总量控制目标\s*$/, annex2, end);
  const annex2End = findLine(seed, /^\s*附件\s*3\s*$/, annex2Title, end);
  return { textStart, textEnd, annex1Title, annex1Notes, annex2Title, annex2End };
}

// ---------------------------------------------------------------------------------------------------------------
// Table tokens

interface Tok {
  text: string;
  line: number;
  /** first token on its line */
  first: boolean;
}

function tokens(seed: Seed, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  for (let n = from; n <= to; n++) {
    const parts = seed.line(n).trim().split(/\s+/).filter(Boolean);
    parts.forEach((text, i) => out.push({ text, line: n, first: i === 0 }));
  }
  return out;
}

export const DASH = '—';

/** A table cell: a number or "—" (no value). */
export interface Cell {
  printed: string;
  /** canonical decimal, null for "—" */
  value: string | null;
  line: number;
}

function isCellText(t: string): boolean {
  return t === DASH || /^\d+(\.\d+)?$/.test(toAsciiDigits(t));
}

function toCell(t: Tok): Cell {
  if (t.text === DASH) return { printed: t.text, value: null, line: t.line };
  const v = normaliseNumber(t.text);
  if (v === null) throw new Error(`line ${t.line}: not a number: "${t.text}"`);
  return { printed: t.text, value: v, line: t.line };
}

/**
 * Consume the (wrapped) column header that follows a table title: the non-blank lines, whitespace removed and
 * concatenated, must spell `expected` exactly. Returns the first line after the header.
 */
function consumeHeader(seed: Seed, from: number, to: number, expected: string, what: string): number {
  let acc = '';
  for (let n = from; n <= to; n++) {
    const t = seed.line(n).replace(/\s+/g, '');
    if (!t) continue;
    acc += t;
    if (!expected.startsWith(acc)) {
      throw new Error(`${seed.name}:${n}: ${what}: unexpected header text "${acc}", expected "${expected}"`);
    }
    if (acc === expected) return n + 1;
  }
  throw new Error(`${seed.name}: ${what}: header incomplete in ${from}..${to}: "${acc}"`);
}

// ---------------------------------------------------------------------------------------------------------------
// Annex 1

const ANNEX1_HEADER =
  '2015年2020年县（市、区）' +
  '煤炭消费总量（万吨）非电行业煤炭消费量（万吨）统调公用燃煤机组煤炭消费量（万吨）' +
  '煤炭消费总量控制目标（万吨以内）非电行业控制目标（万吨以内）统调公用燃煤机组控制目标（万吨以内）';

/** The row labels annex 1 must have, each exactly once (示范区 gets no target, see 注1). */
export const ANNEX1_AREAS = ['禹州市', '长葛市', '襄城县', '鄢陵县', '魏都区', '建安区', '东城区', '经济技术开发区'];

/** Column order of annex 1 (checked against the header above). */
export const ANNEX1_COLUMNS: readonly { indicator: string; year: number; kind: Kind }[] = [
  { indicator: 'coal_total', year: 2015, kind: 'baseline' },
  { indicator: 'coal_nonpower', year: 2015, kind: 'baseline' },
  { indicator: 'coal_power_units', year: 2015, kind: 'baseline' },
  { indicator: 'coal_total', year: 2020, kind: 'target' },
  { indicator: 'coal_nonpower', year: 2020, kind: 'target' },
  { indicator: 'coal_power_units', year: 2020, kind: 'target' },
];

export interface Annex1Row {
  area: Area;
  /** first line of the (possibly wrapped) label */
  labelLine: number;
  /** the 6 cells in ANNEX1_COLUMNS order */
  cells: Cell[];
}

/**
 * Parse annex 1 between its title line and its 注： line. Rows: a label (one or more tokens, possibly wrapped
 * over lines) followed by exactly 6 cells (number or —). Throws on any other shape, on an unknown or repeated
 * label, and unless exactly the ANNEX1_AREAS are present.
 */
export function parseAnnex1(seed: Seed, titleLine: number, notesLine: number): Annex1Row[] {
  const dataStart = consumeHeader(seed, titleLine + 1, notesLine - 1, ANNEX1_HEADER, 'annex 1');
  const toks = tokens(seed, dataStart, notesLine - 1);
  const rows: Annex1Row[] = [];
  const seen = new Set<string>();
  let i = 0;
  while (i < toks.length) {
    const label: Tok[] = [];
    while (i < toks.length && !isCellText(toks[i].text)) label.push(toks[i++]);
    const cells: Tok[] = [];
    while (i < toks.length && isCellText(toks[i].text)) cells.push(toks[i++]);
    const where = `${seed.name}:${(label[0] ?? cells[0]).line}: annex 1`;
    if (label.length === 0) throw new Error(`${where}: cells without a row label`);
    const printed = label.map((t) => t.text).join('');
    if (cells.length !== ANNEX1_COLUMNS.length) {
      throw new Error(`${where}: row "${printed}" has ${cells.length} cells, expected ${ANNEX1_COLUMNS.length}`);
    }
    if (!ANNEX1_AREAS.includes(printed)) throw new Error(`${where}: unexpected row label "${printed}"`);
    if (seen.has(printed)) throw new Error(`${where}: row "${printed}" repeated`);
    seen.add(printed);
    rows.push({ area: resolveArea(printed), labelLine: label[0].line, cells: cells.map(toCell) });
  }
  const missing = ANNEX1_AREAS.filter((a) => !seen.has(a));
  if (missing.length) throw new Error(`${seed.name}: annex 1: rows missing: ${missing.join(' ')}`);
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------
// Annex 2

const ANNEX2_HEADER = '序号重点企业名称所属地2015年煤炭消费总量（万吨）2020年煤炭消费总量控制目标（万吨以内）';
export const ANNEX2_ROWS = 17;

export interface Annex2Row {
  serial: number;
  /** enterprise name, wrapped lines joined; a trailing （基数…） remark is split off into `remark` */
  name: string;
  remark: string;
  /** first line of the name */
  nameLine: number;
  /** the name as its first token prints it (to cut the quote) */
  nameFirstToken: string;
  area: Area;
  areaLastToken: Tok;
  base2015: Cell;
  cap2020: Cell;
}

/** Area names as printed in the 所属地 column: the full names only. */
const FULL_AREA_NAMES = new Set(AREAS.map((a) => a.name_zh));

/**
 * Parse annex 2 between its title and the 附件 3 line. A row starts with its serial number (1, 2, … in order) as
 * the first token of a line; its tokens run to the next serial. Within a row: name tokens (wrapped names are
 * joined without spaces), then the 所属地 cell (1..3 tokens: it may wrap, e.g. 经济技术 / 开发区; it must be an area's
 * full name; the longest such suffix wins), then exactly two cells (number or —).
 */
export function parseAnnex2(seed: Seed, titleLine: number, endLine: number): Annex2Row[] {
  const dataStart = consumeHeader(seed, titleLine + 1, endLine - 1, ANNEX2_HEADER, 'annex 2');
  const toks = tokens(seed, dataStart, endLine - 1);
  const groups: Tok[][] = [];
  for (const t of toks) {
    if (t.first && t.text === String(groups.length + 1)) groups.push([t]);
    else if (groups.length === 0) throw new Error(`${seed.name}:${t.line}: annex 2: text before row 1: "${t.text}"`);
    else groups[groups.length - 1].push(t);
  }
  if (groups.length !== ANNEX2_ROWS) {
    throw new Error(`${seed.name}: annex 2: ${groups.length} rows, expected ${ANNEX2_ROWS}`);
  }
  return groups.map((g, gi) => {
    const serial = gi + 1;
    const where = `${seed.name}:${g[0].line}: annex 2 row ${serial}`;
    const rest = g.slice(1);
    if (rest.length < 4) throw new Error(`${where}: too few cells (${rest.map((t) => t.text).join(' ')})`);
    const cells = rest.slice(-2);
    const text = rest.slice(0, -2);
    if (!cells.every((c) => isCellText(c.text))) {
      throw new Error(`${where}: last two cells must be numbers or —: ${cells.map((c) => c.text).join(' ')}`);
    }
    if (text.some((t) => isCellText(t.text))) {
      throw new Error(`${where}: unexpected extra cell among "${text.map((t) => t.text).join(' ')}"`);
    }
    let k = 0;
    for (let j = 1; j <= Math.min(3, text.length - 1); j++) {
      if (FULL_AREA_NAMES.has(text.slice(-j).map((t) => t.text).join(''))) k = j;
    }
    if (k === 0) throw new Error(`${where}: no known 所属地 at the end of "${text.map((t) => t.text).join(' ')}"`);
    const area = resolveArea(text.slice(-k).map((t) => t.text).join(''));
    const nameToks = text.slice(0, -k);
    let name = nameToks.map((t) => t.text).join('');
    let remark = '';
    // Judgement: row 1 prints "许昌龙岗发电有限责任公司（基数含原禹龙公司）" in the name cell; the bracket is a remark
    // on the 2015 base figure, not part of the company name.
    const m = name.match(/^(.+)（(基数[^（）]*)）$/);
    if (m) {
      name = m[1];
      remark = m[2];
    }
    return {
      serial,
      name,
      remark,
      nameLine: nameToks[0].line,
      nameFirstToken: nameToks[0].text,
      area,
      areaLastToken: text[text.length - 1],
      base2015: toCell(cells[0]),
      cap2020: toCell(cells[1]),
    };
  });
}

/** 2020 cells of both annexes: the qualifier stands in the column header, not in the cell's quote. */
const ANNEX_CAP_NOTE = 'qualifier from the column header 控制目标（万吨以内）';

// ---------------------------------------------------------------------------------------------------------------
// Arithmetic on printed decimals (tenths at most here; round to avoid binary noise)

function sum(values: string[]): string {
  return String(Number(values.reduce((s, v) => s + Number(v), 0).toFixed(6)));
}
function eq(a: string, b: string): boolean {
  return Number(a) === Number(b);
}
function pct(x: number): string {
  return String(Number((x * 100).toFixed(2)));
}


// ---------------------------------------------------------------------------------------------------------------
// Hooks

/** An annex cell: 2020 cells are caps (the column header reads 控制目标（万吨以内）), 2015 cells actual consumption. */
const emitRow = (ctx: DocContext, r: { indicator: string; area: Area; year: number; value: string; kind: Kind; line: number; quote: string; note?: string; place_id?: string }) =>
  ctx.emit({
    id: r.indicator, area: r.area, year: r.year, value: r.value, kind: r.kind, line: r.line, quote: r.quote, note: r.note, place: r.place_id,
    qualifier: r.kind === 'target' ? 'at_most' : '',
  });
/** A check with its English and Chinese note and the indicators it concerns. */
const checkRow = (ctx: DocContext) => (id: string, line: number, expected: string, found: string, note: string, note_zh: string, indicators: string) =>
  ctx.addCheck({ check: id, doc: ctx.doc, seed: ctx.seed.name, line, expected, found, note, note_zh, indicators });
const A1 = 'coal_total coal_nonpower coal_power_units';
/** the text's city-wide 2020 figure of `id` */
const textFigure = (ctx: DocContext, id: string): EngineRow => ctx.row(id, 2020);

/** Annex 1 rows, the per-row parts checks and the column sums vs the text. */
function annex1(ctx: DocContext): void {
  const seed = ctx.seed;
  const L = locateCoalAnnexes(seed, ctx.start, ctx.end);
  const check = checkRow(ctx);
  const row = (r: Parameters<typeof emitRow>[1]) => emitRow(ctx, r);
  const a1 = parseAnnex1(seed, L.annex1Title, L.annex1Notes);
  for (const r of a1) {
    const lastLine = Math.max(...r.cells.map((c) => c.line));
    r.cells.forEach((cell, ci) => {
      if (cell.value === null) return; // "—": no value
      const col = ANNEX1_COLUMNS[ci];
      row({
        indicator: col.indicator, area: r.area, year: col.year, value: cell.value,
        kind: col.kind, line: cell.line, quote: joinLines(seed, r.labelLine, Math.max(cell.line, lastLine)),
        note: col.kind === 'target' ? ANNEX_CAP_NOTE : '',
      });
    });
  }
  // per-row: total = non-power + power units (注3: all coal outside the units is non-power; "—" counts as 0)
  for (const r of a1) {
    for (const off of [0, 3]) {
      const [t, np, pu] = r.cells.slice(off, off + 3);
      const year = ANNEX1_COLUMNS[off].year;
      const parts = [np, pu].map((c) => c.value ?? '0');
      const s = sum(parts);
      const id = `coal_annex1_parts_${r.area.code}_${year}`;
      const shown = `${np.printed} + ${pu.printed}`;
      if (t.value === null) check(id, t.line, t.printed, s, `total cell is — while parts sum to ${s}`, `总量栏为“—”，而分项之和为${s}`, A1);
      else if (eq(t.value, s)) {
        check(id, t.line, t.value, s, `ok: ${r.area.name_zh} ${year} total ${t.value} = ${shown} (non-power + power units; — counts as 0, 注3)`,
          `一致：${r.area.name_zh}${year}年总量${t.value} = ${shown}（非电行业 + 统调公用燃煤机组；“—”按0计，注3）`, A1);
      } else check(id, t.line, t.value, s, `${r.area.name_zh} ${year}: total ${t.value} ≠ ${shown} = ${s}`, `${r.area.name_zh}${year}年：总量${t.value} ≠ ${shown} = ${s}`, A1);
    }
  }

  // annex 1 column sums vs the text's city figures
  const colSum = (ci: number) => sum(a1.map((r) => r.cells[ci].value).filter((v): v is string => v !== null));
  const t1154 = textFigure(ctx, 'coal_total');
  const t644 = textFigure(ctx, 'coal_nonpower');
  const t510 = textFigure(ctx, 'coal_power_units');
  const s2020 = colSum(3);
  const s2020np = colSum(4);
  const s2020pu = colSum(5);
  const s2015 = colSum(0);
  const diff = (a: string, b: string) => sum([a, String(-Number(b))]);
  const vsText = (id: string, t: EngineRow, s: string, what: string, whatZh: string, extra = '', extraZh = '') =>
    check(
      id, t.line, t.value, s,
      eq(t.value, s)
        ? `ok: annex 1 ${what} of the ${a1.length} areas sum to ${s} 万吨 = the text's city-wide ${t.value} 万吨`
        : `annex 1 ${what} of the ${a1.length} areas sum to ${s} 万吨, the text's city-wide figure is ${t.value} 万吨 ` +
          `(difference ${diff(t.value, s)} 万吨, not explained in the document; 示范区 gets no target per 注1)${extra}`,
      eq(t.value, s)
        ? `一致：附件1中${a1.length}个地区的${whatZh}之和为${s}万吨，等于正文全市${t.value}万吨`
        : `附件1中${a1.length}个地区的${whatZh}之和为${s}万吨，正文全市为${t.value}万吨（相差${diff(t.value, s)}万吨，文件未说明；` +
          `示范区按注1不下达目标）${extraZh}`,
      t.indicator,
    );
  const gapTotal = diff(t1154.value, s2020);
  const gapNonpower = diff(t644.value, s2020np);
  vsText(
    'coal_annex1_2020_total_vs_text', t1154, s2020, '2020 total caps', '2020年煤炭消费总量控制目标',
    eq(gapTotal, gapNonpower) && !eq(gapTotal, '0')
      ? `; the whole gap is in the non-power column (text ${t644.value} vs annex ${s2020np}), the power-unit caps agree`
      : '',
    eq(gapTotal, gapNonpower) && !eq(gapTotal, '0')
      ? `；差额全部在非电行业一栏（正文${t644.value}，附件${s2020np}），统调公用燃煤机组目标一致`
      : '',
  );
  vsText('coal_annex1_2020_nonpower_vs_text', t644, s2020np, '2020 non-power caps', '2020年非电行业控制目标');
  vsText('coal_annex1_2020_power_units_vs_text', t510, s2020pu, '2020 power-unit caps', '2020年统调公用燃煤机组控制目标');

  // the text's parts vs its total (注3: everything outside the units is non-power)
  const tParts = sum([t644.value, t510.value]);
  check(
    'coal_text_2020_parts_vs_total', t1154.line, t1154.value, tParts,
    eq(tParts, t1154.value)
      ? `ok: text non-power ${t644.value} + power units ${t510.value} = total ${t1154.value} 万吨`
      : `text non-power ${t644.value} + power units ${t510.value} = ${tParts}, not the stated total ${t1154.value}`,
    eq(tParts, t1154.value)
      ? `一致：正文非电行业${t644.value} + 统调公用燃煤机组${t510.value} = 总量${t1154.value}万吨`
      : `正文非电行业${t644.value} + 统调公用燃煤机组${t510.value} = ${tParts}，不等于所述总量${t1154.value}`,
    A1,
  );

  // 26％左右 reduction vs annex 1's 2015 sum (the text gives no 2015 city figure; 左右 = about).
  // Judgement: "about" is taken as within 1 percentage point.
  const t26 = textFigure(ctx, 'coal_total_reduction_vs_2015');
  const red = 1 - Number(t1154.value) / Number(s2015);
  const redA1 = 1 - Number(s2020) / Number(s2015);
  check(
    'coal_annex1_2015_total_vs_text_reduction', t26.line, t26.value, pct(red),
    (Math.abs(red * 100 - Number(t26.value)) <= 1 ? 'ok: ' : 'differs: ') +
      `1 − ${t1154.value}/${s2015} (annex 1 2015 total of the 8 areas) = ${pct(red)}% vs the text's ${t26.value}％左右 ` +
      `(tolerance for 左右 taken as ±1 point, a judgement); with the annex 1 2020 caps (${s2020}) the cut is ${pct(redA1)}%`,
    (Math.abs(red * 100 - Number(t26.value)) <= 1 ? '一致：' : '不一致：') +
      `1 − ${t1154.value}/${s2015}（附件1中8个地区2015年总量）= ${pct(red)}%，正文为${t26.value}％左右` +
      `（“左右”按±1个百分点计，属判断）；按附件1的2020年目标（${s2020}）降幅为${pct(redA1)}%`,
    'coal_total_reduction_vs_2015 coal_total',
  );

  // 电煤消费占比 ≥45％ vs the caps (caps, not forecasts: not a strict contradiction, but the stated caps imply less)
  const t45 = textFigure(ctx, 'coal_power_share');
  const shText = Number(t510.value) / Number(t1154.value);
  const shA1 = Number(s2020pu) / Number(s2020);
  check(
    'coal_text_2020_power_share_vs_caps', t45.line, t45.value, pct(shText),
    (shText * 100 >= Number(t45.value) ? 'ok: ' : 'differs: ') +
      `power-unit cap / total cap in the text = ${t510.value}/${t1154.value} = ${pct(shText)}%, below the stated ` +
      `${t45.value}％以上 if both caps are reached; with annex 1 caps ${s2020pu}/${s2020} = ${pct(shA1)}% ` +
      '(both are caps, so the share can still reach 45% if non-power coal stays under its cap; ' +
      '电煤 may also cover more than the dispatched units)',
    (shText * 100 >= Number(t45.value) ? '一致：' : '不一致：') +
      `正文统调公用燃煤机组目标 / 总量目标 = ${t510.value}/${t1154.value} = ${pct(shText)}%，若两项目标均达到则低于所述的` +
      `${t45.value}％以上；按附件1目标${s2020pu}/${s2020} = ${pct(shA1)}%（两者都是上限，非电行业用煤低于其上限时占比仍可达到45%；` +
      '电煤也可能不止统调机组）',
    'coal_power_share coal_power_units coal_total',
  );

}

/** Annex 2: the key enterprises as places, their rows, and their checks against annex 1 and the text. */
function annex2(ctx: DocContext): void {
  const seed = ctx.seed;
  const L = locateCoalAnnexes(seed, ctx.start, ctx.end);
  const check = checkRow(ctx);
  const row = (r: Parameters<typeof emitRow>[1]) => emitRow(ctx, r);
  const a1 = parseAnnex1(seed, L.annex1Title, L.annex1Notes);
  const t1154 = textFigure(ctx, 'coal_total');
  const t510 = textFigure(ctx, 'coal_power_units');
  const a2 = parseAnnex2(seed, L.annex2Title, L.annex2End);
  const placeId = (serial: number) => `coal-ent-${String(serial).padStart(2, '0')}`;
  for (const e of a2) {
    const id = placeId(e.serial);
    const remarkNote = e.remark
      ? `name cell prints "（${e.remark}）" after the company name: split off as a remark (the 2015 base includes the former 禹龙公司)`
      : '';
    const nameQuoteFull = joinLines(seed, e.nameLine, e.areaLastToken.line);
    const start = nameQuoteFull.indexOf(e.nameFirstToken);
    const end = nameQuoteFull.lastIndexOf(e.areaLastToken.text) + e.areaLastToken.text.length;
    ctx.place({
      id, name: e.name, category: 'coal_enterprise', area: e.area, year: 2020, status: 'existing', line: e.nameLine,
      quote: nameQuoteFull.slice(start, end), note: remarkNote,
    });
    for (const [cell, year, kind] of [[e.base2015, 2015, 'baseline'], [e.cap2020, 2020, 'target']] as const) {
      if (cell.value === null) continue;
      const q = joinLines(seed, e.nameLine, cell.line);
      row({
        indicator: 'coal_enterprise_total', area: e.area, year, value: cell.value,
        kind, line: cell.line, quote: q.slice(q.indexOf(e.nameFirstToken)), place_id: id,
        note: year === 2015 ? remarkNote : ANNEX_CAP_NOTE,
      });
    }
  }

  // The text names the dispatched public coal units by enterprise (坚持以热定电，龙岗发电、能信热电统调公用燃煤机组…):
  // their annex 2 figures should equal annex 1's power-unit column of their area, and sum to the text's 510.
  const unitsLine = findLine(seed, /以热定电/, L.textStart, L.textEnd);
  const unitsFig = joinLines(seed, unitsLine, unitsLine + 2).match(/以热定电，(.+?)统调公用燃煤机组/);
  if (!unitsFig) throw new Error(`${seed.name}:${unitsLine}: cannot read the names of the dispatched units`);
  const unitNames = unitsFig[1].split('、');
  const unitEnts = unitNames.map((n) => {
    const hits = a2.filter((e) => e.name.includes(n));
    if (hits.length !== 1) throw new Error(`dispatched unit ${n}: ${hits.length} annex 2 matches`);
    return hits[0];
  });
  for (const r of a1) {
    for (const [ci, year, key] of [[2, 2015, 'base2015'], [5, 2020, 'cap2020']] as const) {
      const ents = unitEnts.filter((e) => e.area.code === r.area.code);
      const a1cell = r.cells[ci];
      if (a1cell.value === null && ents.length === 0) continue; // no units in this area: nothing to compare
      const vals = ents.map((e) => e[key].value).filter((v): v is string => v !== null);
      const s = sum(vals);
      const id = `coal_annex2_power_units_vs_annex1_${r.area.code}_${year}`;
      const who = ents.map((e) => `${e.name} ${e[key].printed}`).join(' + ') || 'no named unit';
      const whoZh = ents.map((e) => `${e.name} ${e[key].printed}`).join(' + ') || '无所列机组';
      check(
        id, a1cell.line, a1cell.value ?? a1cell.printed, s,
        a1cell.value !== null && eq(a1cell.value, s)
          ? `ok: annex 2 ${who} = annex 1 ${r.area.name_zh} ${year} power-unit figure ${a1cell.value}`
          : `annex 2 ${who} (= ${s}) vs annex 1 ${r.area.name_zh} ${year} power-unit cell ${a1cell.printed}`,
        a1cell.value !== null && eq(a1cell.value, s)
          ? `一致：附件2 ${whoZh} = 附件1${r.area.name_zh}${year}年统调公用燃煤机组数值${a1cell.value}`
          : `附件2 ${whoZh}（= ${s}）与附件1${r.area.name_zh}${year}年统调公用燃煤机组栏${a1cell.printed}不符`,
        'coal_enterprise_total coal_power_units',
      );
    }
  }
  const u2020 = sum(unitEnts.map((e) => e.cap2020.value ?? '0'));
  check(
    'coal_annex2_power_units_vs_text_2020', t510.line, t510.value, u2020,
    eq(u2020, t510.value)
      ? `ok: 2020 caps of ${unitEnts.map((e) => e.name).join(' + ')} (annex 2) = ${u2020} = the text's ${t510.value} 万吨`
      : `2020 caps of ${unitEnts.map((e) => e.name).join(' + ')} (annex 2) sum to ${u2020}, the text says ${t510.value}`,
    eq(u2020, t510.value)
      ? `一致：${unitEnts.map((e) => e.name).join(' + ')}的2020年控制目标（附件2）= ${u2020} = 正文${t510.value}万吨`
      : `${unitEnts.map((e) => e.name).join(' + ')}的2020年控制目标（附件2）之和为${u2020}，正文为${t510.value}`,
    'coal_enterprise_total coal_power_units',
  );

  // Key enterprises are part of their area's consumption: per area and year, their sum must not exceed annex 1's total.
  const a1ByCode = new Map(a1.map((r) => [r.area.code, r]));
  const entAreas = [...new Set(a2.map((e) => e.area.code))];
  for (const code of entAreas) {
    const r = a1ByCode.get(code);
    const ents = a2.filter((e) => e.area.code === code);
    const areaName = ents[0].area.name_zh;
    for (const [ci, year, key] of [[0, 2015, 'base2015'], [3, 2020, 'cap2020']] as const) {
      const id = `coal_annex2_within_annex1_${code}_${year}`;
      const vals = ents.map((e) => e[key].value).filter((v): v is string => v !== null);
      const dashes = ents.length - vals.length;
      const s = sum(vals);
      const detail = `${vals.length} of ${ents.length} listed enterprise(s) with a value${dashes ? `, ${dashes} —` : ''}`;
      const detailZh = `所列${ents.length}家企业中${vals.length}家有数值${dashes ? `，${dashes}家为“—”` : ''}`;
      const ids = 'coal_enterprise_total coal_total';
      if (!r) {
        check(id, ents[0].nameLine, '', s, `${areaName} has enterprises in annex 2 but no row in annex 1`, `${areaName}在附件2中有企业，但附件1中无该地区`, ids);
        continue;
      }
      const total = r.cells[ci];
      if (total.value === null) {
        check(id, total.line, total.printed, s, `annex 1 ${areaName} ${year} total is —, annex 2 enterprises sum to ${s}`,
          `附件1${areaName}${year}年总量为“—”，附件2企业之和为${s}`, ids);
      } else if (vals.length === 0) {
        check(id, total.line, total.value, DASH, `ok: nothing to compare: no annex 2 ${year} value in ${areaName} (${detail})`,
          `一致：无可比较：附件2中${areaName}无${year}年数值（${detailZh}）`, ids);
      } else if (Number(s) <= Number(total.value)) {
        check(
          id, total.line, total.value, s,
          `ok: annex 2 key enterprises in ${areaName} ${year} sum to ${s} ≤ annex 1 total ${total.value}` +
            `${eq(s, total.value) ? ' (equal)' : ''} (${detail})`,
          `一致：附件2中${areaName}重点企业${year}年之和为${s} ≤ 附件1总量${total.value}${eq(s, total.value) ? '（相等）' : ''}（${detailZh}）`,
          ids,
        );
      } else {
        check(
          id, total.line, total.value, s,
          `annex 2 key enterprises in ${areaName} ${year} sum to ${s}, more than the annex 1 area total ${total.value} ` +
            `(${detail}: ${ents.map((e) => `${e.name} ${e[key].printed}`).join(', ')})`,
          `附件2中${areaName}重点企业${year}年之和为${s}，超过附件1该地区总量${total.value}` +
            `（${detailZh}：${ents.map((e) => `${e.name} ${e[key].printed}`).join('，')}）`,
          ids,
        );
      }
    }
  }
  const e2020 = sum(a2.map((e) => e.cap2020.value).filter((v): v is string => v !== null));
  check(
    'coal_annex2_2020_total_within_text', t1154.line, t1154.value, e2020,
    Number(e2020) <= Number(t1154.value)
      ? `ok: the 2020 caps of the ${a2.length} key enterprises sum to ${e2020} ≤ the city cap ${t1154.value}`
      : `the 2020 caps of the ${a2.length} key enterprises sum to ${e2020}, more than the city cap ${t1154.value}`,
    Number(e2020) <= Number(t1154.value)
      ? `一致：${a2.length}家重点企业2020年控制目标之和为${e2020} ≤ 全市目标${t1154.value}`
      : `${a2.length}家重点企业2020年控制目标之和为${e2020}，超过全市目标${t1154.value}`,
    'coal_enterprise_total coal_total',
  );

}
