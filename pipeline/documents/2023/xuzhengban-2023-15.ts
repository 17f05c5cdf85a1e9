/**
 * 许政办〔2023〕15号 许昌市“十四五”消防事业发展规划 (seed 001, gazette 2023 年第 4 期).
 *
 * - The plan text's 2020 status figures (第一章 现状与形势: section `status`, kind baseline) and 2025 goals (kind
 *   target), city-wide (411000).
 * - Hook `annexes`: annex 1 (重点镇消防专项规划编修任务清单): the count of key towns, checked against the list;
 *   annex 2 (老旧消防站升级改造清单): one place per station (status upgrading, year = service year); annex 3
 *   (消防站规划建设清单): a borderless table, reconstructed cell by cell (see parseAnnex3), → per-area and per-type
 *   counts of new stations for 2025, with CheckRows against its 合计 row and the text's 9; annex 4
 *   (基础训练设施建设改造清单): one place per station that gets an indoor training hall.
 */
import { CITY, defineDocument, resolveArea, type Area, type DocContext } from '../../engine/index.ts';
import { numberOrThrow } from '../../lib/numbers.ts';
import type { CheckRow } from '../../lib/types.ts';
import { joinLines } from '../../lib/quote.ts';
import { findLine, type Seed } from '../../lib/seeds.ts';
import { numberedDocument } from '../../segment.ts';
import { annotateChecks, type CheckText } from '../checkText.ts';

export const FIRE_DOC = '许政办〔2023〕15号';
export const FIRE_SEED = '001_a0efda9bb81cc2fd.txt';
const ANNEX3_NOTE = 'reconstructed borderless table (annex 3): cell assigned to its column by the one-space-per-cell layout; year 2025 = end of the 十四五 plan period, the annex prints no year';

const CHECK_TEXT: readonly CheckText[] = [
  { id: /^fire_annex1_town_count$/, indicators: () => ['fire_key_town_plan_revisions'],
    zh: (c, ok) => ok ? `附件1所列重点镇数与标题相同（${c.expected}个）` : `标题${c.expected}个，附件1列出${c.found}个` },
  { id: /^fire_annex2_service_age$/, indicators: () => [],
    zh: (_c, ok) => ok ? '附件2所列消防站截至2020年底投勤均已超过十五年' : '附件2有消防站截至2020年底投勤未满十五年' },
  { id: /^fire_annex[24]_names_vs_area$/, indicators: () => [],
    zh: (_c, ok) => ok ? '各消防站名称均冠以所在县（市、区）' : '有消防站名称所冠地名与所在行的县（市、区）不同' },
  // the columns no row fills (特勤站, 二级站, 小型站, 战勤保障站) carry no indicator and have no definition
  { id: /^fire_annex3_row_sum_/, indicators: (_m, ctx) => ANNEX3_COLUMNS.map((c) => c.id).filter((id) => ctx.registry.get(id)),
    zh: (c, ok) => ok ? `该行各类型消防站数之和等于该行合计（${c.expected}个）` : `该行合计为${c.expected}个，各类型之和为${c.found}个` },
  { id: /^fire_annex3_col_(\w+)_vs_total_row$/, indicators: (m, ctx) => [`fire_new_stations_${m[1]}`].filter((id) => ctx.registry.get(id)),
    zh: (c, ok) => ok ? '该列各行之和等于合计行' : `合计行为${c.expected}，各行之和为${c.found}` },
  { id: /^fire_annex3_(total|rows)_vs_text$/, indicators: () => ['fire_new_stations_total'],
    zh: (c, ok, m) => ok ? `附件3${m[1] === 'total' ? '合计' : '各行之和'}与正文“新建消防站${c.expected}个”相同` : `正文新建消防站${c.expected}个，附件3为${c.found}个` },
];

export default defineDocument({
  file: import.meta.url,
  doc: FIRE_DOC,
  seed: '001_a0efda9bb81cc2fd.txt',
  title: '许昌市“十四五”消防事业发展规划',
  horizon: 2025,
  period: [2021, 2025],
  sections: [
    { name: 'status', what: '第一章 现状与形势 (the state at the end of the 十三五, 2020)', start: /第一章\s*现状与形势/, end: /第二章\s*指导思想/, year: 2020 },
  ],
  figures: [
    { id: 'fire_disaster_types_researched', t: '全面加强“高低大化”和地震、洪涝、雨雪冰冻等{v}种典型灾害事故技战术研究', in: 'status', year_basis: 'section', kind: 'baseline' },
    { id: 'fire_specialist_rescue_teams', t: '推动全市组建地震、抗洪、化工等{v}支救援专业队', in: 'status', year_basis: 'section', kind: 'baseline' },
    { id: 'fire_media_columns', t: '在省、市级主流媒体开设专题专栏{v}个', in: 'status', year_basis: 'section', kind: 'baseline' },
    { id: 'fire_science_edu_venues', t: '建成科普教育场馆{v}处', in: 'status', year_basis: 'section', kind: 'baseline' },
    { id: 'fire_theme_parks', t: '主题公园{v}处', in: 'status', year_basis: 'section', kind: 'baseline', note: 'printed with the measure word 处, counted as 个 like the 2025 goal' },
    { id: 'fire_publicity_demo_roads', t: '宣传示范路{v}条', in: 'status', year_basis: 'section', kind: 'baseline' },
    { id: 'fire_trained_safety_persons', t: '培养消防安全“明白人”{zh}万余人', in: 'status', year_basis: 'section', kind: 'baseline', note: 'printed 两万余人 (more than 20,000): a lower bound' },
    { id: 'fire_hydrant_shortfall_pct', t: '截至 {y}年年底，全市城市公共消火栓欠账{v}％', kind: 'baseline' },
    { id: 'fire_towns_qualifying_town_brigade', t: '符合国家标准《乡镇消防队》建队条件的{v}个乡镇', in: 'status', year_basis: 'section', kind: 'baseline' },
    { id: 'fire_town_brigade_staffing_pct', t: '实际消防队员还不到标准要求的{v}％', in: 'status', year_basis: 'section', kind: 'baseline', note: 'printed 还不到 60％ (below 60%): an upper bound' },
    { id: 'fire_science_edu_bases_provincial', t: '到{y}年年底，全市建成{v}个省级、2 个市级消防科普教育基地' },
    { id: 'fire_science_edu_bases_municipal', t: '到{y}年年底，全市建成 1 个省级、{v}个市级消防科普教育基地' },
    { id: 'fire_theme_parks', t: '建成{v}个消防主题公园', year_basis: 'horizon' },
    { id: 'fire_registered_volunteers', t: '全市注册消防志愿者人数达到{v}万人', year_basis: 'horizon' },
    { id: 'fire_new_stations_total', t: '“十四五”时期，全市新建消防站（包括按照《城市消防站建设标准》在城市建成区和乡镇建设的消防站）{v}个', year_basis: 'horizon', note: 'new stations built in 2021–2025' },
    { id: 'fire_stations_total', t: '新建消防站（包括按照《城市消防站建设标准》在城市建成区和乡镇建设的消防站）9 个，总数达到{v}个', year_basis: 'horizon' },
    { id: 'fire_hydrants_new', t: '“十四五”时期，全市新建市政消火栓（消防水鹤）{v}个', year_basis: 'horizon', note: 'hydrants built in 2021–2025' },
    { id: 'fire_hydrants_total', t: '全市新建市政消火栓（消防水鹤）1800 个、总数达到{v}个', year_basis: 'horizon' },
    { id: 'fire_earthquake_team_size', t: '建成不少于{v}人的地震轻型救援队', year_basis: 'horizon', note: '不少于 (at least): a lower bound' },
    { id: 'fire_key_post_certification_pct', t: '舟艇驾驶员、绳索救援员、潜水员等重点岗位持证上岗率达到{v}％', year_basis: 'horizon' },
    { id: 'fire_new_fulltime_firefighters', t: '到 {y}年，新增政府专职消防队员{v}人' },
    { id: 'fire_new_volunteer_brigades', t: '到 {y}年，新增政府专职消防队员 300 人，新增各类志愿消防队{v}支' },
  ],
  hooks: { annexes, checkText: (ctx) => annotateChecks(ctx, CHECK_TEXT) },
});

export interface FireBounds {
  /** line of the notice number 许政办〔2023〕15 号 */
  start: number;
  /** 附件 1 … 附件 4 heading lines (the annexes follow the plan text) */
  annex1: number;
  annex2: number;
  annex3: number;
  annex4: number;
  /** last line of annex 4, the end of the document (numberedDocuments: the line before the next notice's header) */
  end: number;
}

export function fireBounds(seed: Seed): FireBounds {
  const { numberLine: start, end } = numberedDocument(seed, FIRE_DOC);
  // The annex headings stand alone on their line ("附件 1"); the list "附件：1．…" in the plan text does not match.
  const annex1 = findLine(seed, /^\s*附件\s*1\s*$/, start, end);
  const annex2 = findLine(seed, /^\s*附件\s*2\s*$/, annex1, end);
  const annex3 = findLine(seed, /^\s*附件\s*3\s*$/, annex2, end);
  const annex4 = findLine(seed, /^\s*附件\s*4\s*$/, annex3, end);
  return { start, annex1, annex2, annex3, annex4, end };
}

const squash = (s: string) => s.replace(/\s+/g, '');

/** Non-blank lines in from..to (inclusive) with their numbers, text trimmed. */
function nonBlank(seed: Seed, from: number, to: number): { n: number; t: string }[] {
  const out: { n: number; t: string }[] = [];
  for (let n = from; n <= to; n++) {
    const t = seed.line(n).trim();
    if (t) out.push({ n, t });
  }
  return out;
}

const num = (printed: string) => numberOrThrow(printed, 'fire');



// ---------------------------------------------------------------------------------------------------------------
// Annex 1: 全市重点镇消防专项规划编修任务清单
// ---------------------------------------------------------------------------------------------------------------

export interface Annex1 {
  countLine: number;
  countQuote: string;
  stated: string;
  towns: string[];
}

export function parseAnnex1(seed: Seed, b: FireBounds): Annex1 {
  const title = findLine(seed, /全市重点镇消防专项规划编修任务清单/, b.annex1, b.annex2 - 1);
  const head = findLine(seed, /^\s*重点镇\s*$/, title, b.annex2 - 1);
  const countLine = findLine(seed, /^\s*（\s*\d+\s*个\s*）\s*$/, head, b.annex2 - 1);
  const stated = num(/（\s*(\d+)\s*个/.exec(seed.line(countLine))![1]);
  const list = nonBlank(seed, countLine + 1, b.annex2 - 1).map((l) => l.t).join('');
  if (!list.endsWith('。')) throw new Error(`fire annex 1: town list does not end with 。: "${list}"`);
  const towns = list.slice(0, -1).split('、').map((t) => t.trim());
  for (const t of towns) if (!/镇$/.test(t.replace(/\s+/g, ''))) throw new Error(`fire annex 1: unexpected entry "${t}"`);
  return { countLine, countQuote: joinLines(seed, head, countLine), stated, towns };
}

/**
 * The PDF text moved the rare glyph 垕 of 禹州市神垕镇 to the start of the list line ("垕禹州市顺店镇、禹州市神 镇").
 * Undo that for the check text only.
 */
function repairTownNames(towns: string[]): string[] {
  const out = towns.map((t) => t.replace(/\s+/g, ''));
  const stray = out.findIndex((t) => t.startsWith('垕'));
  const gap = towns.findIndex((t) => /神\s+镇$/.test(t));
  if (stray !== -1 && gap !== -1) {
    out[stray] = out[stray].slice(1);
    out[gap] = out[gap].replace(/神镇$/, '神垕镇');
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Annex 2: 全市老旧消防站升级改造清单
// ---------------------------------------------------------------------------------------------------------------

export interface Annex2Row {
  no: number;
  area: Area;
  areaPrinted: string;
  name: string;
  serviceDate: string;
  line: number;
  quote: string;
}

export function parseAnnex2(seed: Seed, b: FireBounds): { rows: Annex2Row[]; criterionLine: number; criterion: string } {
  const title = findLine(seed, /全市老旧消防站升级改造清单/, b.annex2, b.annex3 - 1);
  const lines = nonBlank(seed, title + 1, b.annex3 - 1);
  // expected layout: the criterion note, the header, then rows "n 区 站名 YYYY-MM-DD"
  const [crit, header, ...rows] = lines;
  if (!crit || !/^（注：标准为投勤超过十五年）$/.test(crit.t)) throw new Error(`fire annex 2: criterion line not found: "${crit?.t}"`);
  if (!header || squash(header.t) !== '序号县（市、区）拟升级改造营房的消防站名称投勤时间') {
    throw new Error(`fire annex 2: unexpected header "${header?.t}"`);
  }
  if (rows.length === 0) throw new Error('fire annex 2: no rows');
  const out = rows.map((l, i) => {
    const m = /^(\d+) (\S+) (\S+消防站) (\d{4}-\d{2}-\d{2})$/.exec(l.t);
    if (!m) throw new Error(`fire annex 2: line ${l.n} is not a row: "${l.t}"`);
    if (Number(m[1]) !== i + 1) throw new Error(`fire annex 2: line ${l.n}: row number ${m[1]}, expected ${i + 1}`);
    return { no: i + 1, area: resolveArea(m[2]), areaPrinted: m[2], name: m[3], serviceDate: m[4], line: l.n, quote: l.t };
  });
  return { rows: out, criterionLine: crit.n, criterion: crit.t };
}

// ---------------------------------------------------------------------------------------------------------------
// Annex 3: 全市消防站规划建设清单 (borderless table)
// ---------------------------------------------------------------------------------------------------------------

/** The eight value columns of annex 3, left to right, with the header text each one has in the PDF. */
export const ANNEX3_COLUMNS = [
  { id: 'fire_new_stations_special', header: '特勤站', group: '城市建成区拟建消防站数量', en: 'special-service stations (特勤站)' },
  { id: 'fire_new_stations_level1', header: '一级站', group: '城市建成区拟建消防站数量', en: 'level-1 stations (一级站)' },
  { id: 'fire_new_stations_level2', header: '二级站', group: '城市建成区拟建消防站数量', en: 'level-2 stations (二级站)' },
  { id: 'fire_new_stations_small', header: '小型站', group: '城市建成区拟建消防站数量', en: 'small stations (小型站)' },
  { id: 'fire_new_stations_logistics', header: '战勤保障站', group: '城市建成区拟建消防站数量', en: 'logistics support stations (战勤保障站)' },
  { id: 'fire_new_stations_key_town', header: '全国重点镇拟建消防站数量', group: '', en: 'stations in national key towns (全国重点镇)' },
  { id: 'fire_new_stations_other_town', header: '其他乡镇拟建消防站数量', group: '', en: 'stations in other townships (其他乡镇)' },
  { id: 'fire_new_stations_total', header: '拟新建消防站合计', group: '', en: 'new stations, total (拟新建消防站合计)' },
] as const;
const TOTAL_COL = ANNEX3_COLUMNS.length - 1;

/**
 * The header as the PDF text has it once all whitespace is dropped: the group heading 城市建成区拟建消防站数量
 * (spanning the first five value columns) is printed above 序号/县（市、区）, then the column headings in order,
 * some wrapped over two or three lines (战勤/保障站, 全国重点镇拟/建消防站数量, 其他乡镇拟建/消防站数量, 拟新建消防/站合计).
 */
const ANNEX3_HEADER = '城市建成区拟建消防站数量' + '序号县（市、区）' + ANNEX3_COLUMNS.map((c) => c.header).join('');

export interface Annex3Row {
  /** 序号, or 0 for the 合计 row */
  no: number;
  label: string;
  /** null for the 合计 row */
  area: Area | null;
  /** one entry per ANNEX3_COLUMNS column: printed cell text, '' when blank */
  cells: string[];
  /** line on which the cells stand (the last line of a wrapped row) */
  line: number;
  /** the row's trimmed lines joined: verbatim */
  quote: string;
}

export interface Annex3 {
  titleLine: number;
  rows: Annex3Row[];
  total: Annex3Row;
}

/**
 * Reconstruct annex 3 cell by cell.
 *
 * The PDF text lost the borders; every row is printed as `序号 区名` followed by the eight value cells, where each
 * cell contributes ONE space followed by its text, and a blank cell contributes the space alone. So after the
 * area name the row text is exactly ` c1 c2 c3 c4 c5 c6 c7 c8` and splitting it at single spaces gives
 * ['', c1, …, c8]; a run of k spaces before a number therefore means k-1 blank cells before it. Examples:
 *   `1 魏都区        0`        → 8 spaces before 0: c1..c7 blank, c8 (合计) = 0
 *   `2 建安区  2      2`       → c1 blank, c2 (一级站) = 2, c3..c7 blank, c8 = 2
 *   `6 禹州市      1  1`       → c1..c5 blank, c6 (全国重点镇) = 1, c7 blank, c8 = 1
 *   `7 长葛市  1     1 2`      → c2 (一级站) = 1, c7 (其他乡镇) = 1, c8 = 2
 *   `合计  4    1 4 9`          → c2 = 4, c6 = 1, c7 = 4, c8 = 9
 * The last cell (合计 column) is filled in every row, so trimming trailing spaces loses nothing; the parser
 * requires it. A row whose area name wraps (`5 市城乡一体化` / `示范区        0`) is joined: a non-blank line that
 * does not start with a row number or 合计 continues the row above, and only while that row has no cells yet.
 *
 * The model is confirmed, not assumed: every row's c1..c7 must add up to its c8 and every column must add up to
 * the 合计 row (both emitted as CheckRows). Throws on any structural surprise: header text, cell count, a cell
 * that is not a number or "—", row numbers out of sequence, an unknown area name, a missing 合计 row or anything
 * after it.
 */
export function parseAnnex3(seed: Seed, b: FireBounds): Annex3 {
  const titleLine = findLine(seed, /全市消防站规划建设清单/, b.annex3, b.annex4 - 1);
  const body = nonBlank(seed, titleLine + 1, b.annex4 - 1);
  const firstRow = body.findIndex((l) => /^\d+\s/.test(l.t));
  if (firstRow < 0) throw new Error('fire annex 3: no data rows');
  const header = body.slice(0, firstRow).map((l) => l.t).join('');
  if (squash(header) !== ANNEX3_HEADER) {
    throw new Error(`fire annex 3: header is "${squash(header)}", expected "${ANNEX3_HEADER}"`);
  }

  // group the lines into logical rows
  const logical: { lines: { n: number; t: string }[] }[] = [];
  for (const l of body.slice(firstRow)) {
    if (/^(\d+\s|合计)/.test(l.t)) {
      logical.push({ lines: [l] });
      continue;
    }
    const prev = logical[logical.length - 1];
    // a continuation may only complete a wrapped area name: the row above must not hold any digit after its 序号
    if (!prev || /\d/.test(prev.lines.map((x) => x.t).join('').replace(/^\d+/, ''))) {
      throw new Error(`fire annex 3: line ${l.n} is neither a row nor the continuation of an area name: "${l.t}"`);
    }
    prev.lines.push(l);
  }

  const rows: Annex3Row[] = [];
  let total: Annex3Row | null = null;
  for (const lr of logical) {
    const text = lr.lines.map((x) => x.t).join('');
    const line = lr.lines[lr.lines.length - 1].n;
    if (total) throw new Error(`fire annex 3: line ${line}: row after the 合计 row: "${text}"`);
    const m = /^(?:(\d+) ([^\s\d]+)|(合计))( .*)$/.exec(text);
    if (!m) throw new Error(`fire annex 3: line ${line}: cannot split "${text}" into 序号, name and cells`);
    const parts = m[4].split(' ');
    // parts[0] is the empty string before the first cell's space
    if (parts.length !== ANNEX3_COLUMNS.length + 1 || parts[0] !== '') {
      throw new Error(`fire annex 3: line ${line}: ${parts.length - 1} cells, expected ${ANNEX3_COLUMNS.length}: "${text}"`);
    }
    const cells = parts.slice(1);
    for (const c of cells) {
      if (c !== '' && c !== '—' && !/^\d+$/.test(c)) throw new Error(`fire annex 3: line ${line}: cell "${c}" is not a count`);
    }
    if (cells[TOTAL_COL] === '') throw new Error(`fire annex 3: line ${line}: blank 合计 cell`);
    if (m[3]) {
      total = { no: 0, label: '合计', area: null, cells, line, quote: text };
    } else {
      const no = Number(m[1]);
      if (no !== rows.length + 1) throw new Error(`fire annex 3: line ${line}: row number ${no}, expected ${rows.length + 1}`);
      rows.push({ no, label: m[2], area: resolveArea(m[2]), cells, line, quote: text });
    }
  }
  if (!total) throw new Error('fire annex 3: no 合计 row');
  if (rows.length === 0) throw new Error('fire annex 3: no area rows');
  const codes = new Set(rows.map((r) => r.area!.code));
  if (codes.size !== rows.length) throw new Error('fire annex 3: an area appears twice');
  return { titleLine, rows, total };
}

const cellValue = (c: string): number => (c === '' || c === '—' ? 0 : Number(c));

// ---------------------------------------------------------------------------------------------------------------
// Annex 4: 基础训练设施建设改造清单 (室内综合训练馆建设)
// ---------------------------------------------------------------------------------------------------------------

export interface Annex4Row {
  no: number;
  area: Area;
  areaPrinted: string;
  station: string;
  line: number;
  quote: string;
}

export function parseAnnex4(seed: Seed, b: FireBounds): { facility: string; rows: Annex4Row[] } {
  const title = findLine(seed, /基础训练设施建设改造清单/, b.annex4, b.end);
  const lines = nonBlank(seed, title + 1, b.end);
  const [sub, header, ...rest] = lines;
  if (!sub || sub.t !== '室内综合训练馆建设') throw new Error(`fire annex 4: unexpected sub-heading "${sub?.t}"`);
  if (!header || squash(header.t) !== '序号县（市、区）拟建室内综合训练馆的消防站') {
    throw new Error(`fire annex 4: unexpected header "${header?.t}"`);
  }
  // rows start with their number; the area name may wrap over several lines (1 / 市城乡一体化 / 示范区 站名)
  const logical: { n: number; t: string }[][] = [];
  for (const l of rest) {
    if (/^\d+(\s|$)/.test(l.t)) logical.push([l]);
    else if (logical.length) logical[logical.length - 1].push(l);
    else throw new Error(`fire annex 4: line ${l.n} before the first row: "${l.t}"`);
  }
  if (logical.length === 0) throw new Error('fire annex 4: no rows');
  const rows = logical.map((ls, i) => {
    const text = ls.map((x) => x.t).join('');
    const line = ls[ls.length - 1].n;
    const m = /^(\d+)\s*(\S+?)\s+(\S+消防站)$/.exec(text);
    if (!m) throw new Error(`fire annex 4: line ${line}: not a row: "${text}"`);
    if (Number(m[1]) !== i + 1) throw new Error(`fire annex 4: line ${line}: row number ${m[1]}, expected ${i + 1}`);
    if (!seed.line(line).includes(m[3])) throw new Error(`fire annex 4: line ${line}: station name not on the row's last line`);
    return { no: i + 1, area: resolveArea(m[2]), areaPrinted: m[2], station: m[3], line, quote: text };
  });
  return { facility: sub.t, rows };
}



/** The annexes: key towns (1), stations to upgrade (2), the new-station table (3), training halls (4). */
function annexes(ctx: DocContext): void {
  const seed = ctx.seed;
  const b = fireBounds(seed);
  const check = (c: Omit<CheckRow, 'doc' | 'seed'>) => ctx.addCheck({ ...c, doc: FIRE_DOC, seed: seed.name });

  // --- annex 1
  const a1 = parseAnnex1(seed, b);
  ctx.emit({
    id: 'fire_key_town_plan_revisions', year: 2025, year_basis: 'horizon', value: a1.stated, kind: 'target', line: a1.countLine, quote: a1.countQuote,
    note: 'year from the plan text (到 2025 年，市、县、重点镇、产业集聚区全部完成城乡消防规划编修); the annex prints none',
  });
  const towns = repairTownNames(a1.towns);
  const perCounty = new Map<string, number>();
  for (const t of towns) {
    const m = /^(.+?[市区县])(.+镇)$/.exec(t);
    if (!m) throw new Error(`fire annex 1: cannot split county and town in "${t}"`);
    const a = resolveArea(m[1]);
    perCounty.set(a.name_zh, (perCounty.get(a.name_zh) ?? 0) + 1);
  }
  const a1Split = [...perCounty].map(([k, v]) => `${k} ${v}`).join(', ');
  check({
    check: 'fire_annex1_town_count', line: a1.countLine, expected: a1.stated, found: String(towns.length),
    note: (Number(a1.stated) === towns.length ? `ok: the list names ${towns.length} towns` : `the heading says ${a1.stated} but the list names ${towns.length} towns`)
      + ` (${a1Split}): ${towns.join('、')}; the PDF text moved 垕 of 神垕镇 to the start of the list`,
  });

  // --- annex 2: stations whose barracks are to be upgraded
  const a2 = parseAnnex2(seed, b);
  const criterionDate = '2020-12-31';
  const ages: string[] = [];
  let allOld = true;
  for (const r of a2.rows) {
    ctx.place({
      id: `fire-upgrade-${String(r.no).padStart(2, '0')}`, name: r.name, category: 'fire_station',
      area: r.area, year: '', in_service: Number(r.serviceDate.slice(0, 4)), status: 'upgrading', line: r.line, quote: r.quote,
      note: `in service since ${r.serviceDate} (投勤时间); the plan gives no completion year: its barracks (营房) are to be upgraded in 2021–2025 because it has served over 15 years (annex 2)`,
    });
    const age = (Date.parse(criterionDate) - Date.parse(r.serviceDate)) / (365.25 * 86400e3);
    ages.push(`${r.name} ${r.serviceDate} (${age.toFixed(1)} y)`);
    if (age <= 15) allOld = false;
  }
  check({
    check: 'fire_annex2_service_age', line: a2.criterionLine, expected: '投勤超过十五年 (in service over 15 years)',
    found: ages.join('; '),
    note: allOld ? `ok: every listed station had served over 15 years by ${criterionDate}` : `not every listed station had served 15 years by ${criterionDate}`,
  });
  const a2Mismatch = a2.rows.filter((r) => !r.name.startsWith(r.areaPrinted));
  check({
    check: 'fire_annex2_names_vs_area', line: a2.rows[0].line, expected: 'station names start with their row\'s area',
    found: a2Mismatch.length ? a2Mismatch.map((r) => `${r.name} in ${r.areaPrinted}`).join('; ') : a2.rows.map((r) => r.name).join('、'),
    note: a2Mismatch.length ? 'a station name names another area than its row' : 'ok: each station name carries its row\'s area',
  });

  // --- annex 3: planned new stations per area and type
  const a3 = parseAnnex3(seed, b);
  // A cell's column is certain when both its row (type cells vs 合计 cell) and its column (rows vs 合计 row)
  // reconcile; otherwise the one-space-per-cell reading may have shifted it, and the note says so.
  const rowOk = (r: Annex3Row) => r.cells.slice(0, TOTAL_COL).reduce((a, c) => a + cellValue(c), 0) === cellValue(r.cells[TOTAL_COL]);
  const colOk = ANNEX3_COLUMNS.map((_, i) => a3.rows.reduce((a, r) => a + cellValue(r.cells[i]), 0) === cellValue(a3.total.cells[i]));
  const cellNote = (r: Annex3Row, i: number) => {
    const col = ANNEX3_COLUMNS[i];
    const where = `column ${col.group ? `${col.group}/` : ''}${col.header} (${i + 1} of ${ANNEX3_COLUMNS.length})`;
    const doubts = [
      ...(rowOk(r) ? [] : ['its row\'s type cells do not add up to the row\'s 合计 cell']),
      ...(colOk[i] ? [] : ['its column does not add up to the 合计 row']),
    ];
    return `${ANNEX3_NOTE}; ${where}; ${doubts.length ? `AMBIGUOUS: ${doubts.join(' and ')}, the column assignment may be wrong` : 'unambiguous: its row and column reconcile with the 合计 cells'}`;
  };
  for (const r of a3.rows) {
    ANNEX3_COLUMNS.forEach((col, i) => {
      const cell = r.cells[i];
      if (cell === '' || cell === '—') return; // blank: none planned, no row
      ctx.emit({ id: col.id, area: r.area!, year: 2025, year_basis: 'horizon', value: num(cell), kind: 'target', line: r.line, quote: r.quote, note: cellNote(r, i) });
    });
  }
  // city-wide per-type values from the 合计 row; the city-wide total comes from the plan text (emitted above)
  ANNEX3_COLUMNS.forEach((col, i) => {
    const cell = a3.total.cells[i];
    if (i === TOTAL_COL || cell === '' || cell === '—') return;
    ctx.emit({
      id: col.id, area: CITY, year: 2025, year_basis: 'horizon', value: num(cell), kind: 'target', line: a3.total.line, quote: a3.total.quote,
      note: `${cellNote(a3.total, i)}; 合计 row`,
    });
  });
  // row sums: the type columns of each row against its own 合计 cell
  for (const r of a3.rows) {
    const parts = r.cells.slice(0, TOTAL_COL).map(cellValue);
    const sum = parts.reduce((a, v) => a + v, 0);
    const stated = cellValue(r.cells[TOTAL_COL]);
    const detail = ANNEX3_COLUMNS.slice(0, TOTAL_COL).map((c, i) => (parts[i] ? `${c.header} ${parts[i]}` : '')).filter(Boolean).join(' + ') || 'no type cell';
    check({
      check: `fire_annex3_row_sum_${r.area!.code.toLowerCase().replace(/-/g, '_')}`, line: r.line, expected: String(stated), found: String(sum),
      note: sum === stated ? `ok: ${r.area!.name_zh}: ${detail}` : `${r.area!.name_zh}: type cells (${detail}) add up to ${sum}, its 合计 cell says ${stated}`,
    });
  }
  // column sums: each column over the area rows against the 合计 row
  ANNEX3_COLUMNS.forEach((col, i) => {
    const sum = a3.rows.reduce((a, r) => a + cellValue(r.cells[i]), 0);
    const cell = a3.total.cells[i];
    const stated = cellValue(cell);
    check({
      check: `fire_annex3_col_${col.id.replace(/^fire_new_stations_/, '')}_vs_total_row`, line: a3.total.line,
      expected: cell === '' ? '(blank)' : cell, found: String(sum),
      note: sum === stated
        ? `ok: column ${col.header} adds up to the 合计 row${cell === '' ? ' (blank 合计 cell, no row has a value)' : ''}`
        : `column ${col.header}: rows add up to ${sum}, 合计 row says ${cell === '' ? 'nothing (blank)' : cell}`,
    });
  });
  // the annex's 合计 against the plan text's 新建消防站 9 个
  const textNew = ctx.row('fire_new_stations_total', 2025);
  const annexTotal = a3.total.cells[TOTAL_COL];
  check({
    check: 'fire_annex3_total_vs_text', line: textNew.line, expected: textNew.value, found: annexTotal,
    note: Number(annexTotal) === Number(textNew.value)
      ? `ok: annex 3 合计 (${annexTotal}) equals the text's 新建消防站 ${textNew.value} 个`
      : `the text says ${textNew.value} new stations, annex 3's 合计 says ${annexTotal}`,
  });
  const rowsTotal = a3.rows.reduce((a, r) => a + cellValue(r.cells[TOTAL_COL]), 0);
  check({
    check: 'fire_annex3_rows_vs_text', line: textNew.line, expected: textNew.value, found: String(rowsTotal),
    note: rowsTotal === Number(textNew.value)
      ? `ok: the area rows of annex 3 add up to the text's ${textNew.value}`
      : `the area rows of annex 3 add up to ${rowsTotal}, the text says ${textNew.value}`,
  });

  // --- annex 4: stations that get an indoor comprehensive training hall
  const a4 = parseAnnex4(seed, b);
  for (const r of a4.rows) {
    ctx.place({
      id: `fire-training-hall-${String(r.no).padStart(2, '0')}`, name: r.station, category: 'fire_training_hall',
      area: r.area, year: '', status: 'planned', line: r.line, quote: r.quote,
      note: `a ${a4.facility.replace(/建设$/, '')} (indoor comprehensive training hall) is to be built at this fire station (annex 4); the name is the station's as printed; no year given (plan period 2021–2025)`,
    });
  }
  const a4Mismatch = a4.rows.filter((r) => !r.station.startsWith(r.areaPrinted));
  check({
    check: 'fire_annex4_names_vs_area', line: a4.rows[0].line, expected: 'station names start with their row\'s area',
    found: a4Mismatch.length ? a4Mismatch.map((r) => `${r.station} in ${r.areaPrinted}`).join('; ') : a4.rows.map((r) => r.station).join('、'),
    note: a4Mismatch.length ? 'a station name names another area than its row' : 'ok: each station name carries its row\'s area',
  });
}
