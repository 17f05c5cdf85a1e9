/**
 * Tourism roads: 许政〔2023〕37号 许昌市加快推进旅游公路建设实施方案（2023—2030年）, seed 002.
 *
 * - Annex 1 (许昌市旅游公路网路线明细表): km of 支线 (branch) and 联络线 (connector) per county, parsed
 *   structurally and reconciled with its 合计 row. The table prints no year; the text ties the network to 2025
 *   (到 2025 年，打造完成支线146公里、联络线137公里的许昌市旅游公路网), so the county rows are 2025 targets.
 * - City-wide figures from the text: 380 公里以上 by end-2025 (tourism_road_total_km), 支线 146 / 联络线 137 by 2025.
 *   The text gives no baseline (current) figures and no numeric 2030 figure.
 * - Named routes from the four lists in the text (示范路, 品牌, 项目建设, 精品线路) as PlaceDrafts.
 */
import type { CheckRow, ExtractResult, IndicatorDef, IndicatorRow, PlaceDraft, PlaceStatus } from '../lib/types.ts';
import { findLine, type Seed, type SeedSet } from '../lib/seeds.ts';
import { decimalSum, normaliseNumber } from '../lib/numbers.ts';
import { resolveArea, tryResolveArea, type Area } from '../lib/areas.ts';
import { cite, flatten, type Flat, type Match } from '../lib/quote.ts';
import { numberedDocument } from '../segment.ts';

export const TOURISM_SEED = '002_f07e19463daa5e7b.txt';
export const TOURISM_DOC = '许政〔2023〕37号';
const TITLE = '许昌市加快推进旅游公路建设实施方案（2023—2030年）';
const ANNEX1_TITLE = '许昌市旅游公路网路线明细表';
const ANNEX1_HEADER = ['序号', '县（市、区）', '支线（公里）', '联络线（公里）'];
const CITY = resolveArea('许昌市');
/** sums keep the largest printed precision (146.30, not 146.3) */
const FIXED = { fixed: true };

// ---------------------------------------------------------------------------------------------------------------
// text helpers

/** Match `re` (must have the d flag) in the flattened document; throws when the text is not there. */
function must(flat: Flat, re: RegExp, what: string): Match {
  if (!re.flags.includes('d')) throw new Error(`regex for ${what} needs the d flag`);
  const m = re.exec(flat.text);
  if (!m || !m.indices) throw new Error(`${TOURISM_DOC}: ${what} not found (${String(re)})`);
  return m as Match;
}

function num(printed: string, what: string): string {
  const v = normaliseNumber(printed);
  if (v === null) throw new Error(`${TOURISM_DOC}: ${what}: "${printed}" is not a number`);
  return v;
}

/** The document: from its number line to its last line (numberedDocuments). */
export function locateDoc(seed: Seed): { start: number; end: number } {
  const { numberLine: start, end } = numberedDocument(seed, TOURISM_DOC);
  findLine(seed, TITLE, start, end); // the plan itself is inside
  return { start, end };
}

// ---------------------------------------------------------------------------------------------------------------
// Annex 1

export interface AnnexRow {
  line: number;
  serial: number;
  printedArea: string;
  area: Area;
  /** canonical decimals, or null for a "—" cell */
  branch: string | null;
  connector: string | null;
  /** cells as printed */
  cells: string[];
}
export interface Annex1 {
  headingLine: number;
  headerLine: number;
  total: { line: number; branch: string; connector: string; cells: string[] };
  rows: AnnexRow[];
}

const isBlank = (s: string) => s.trim() === '';

function cell(printed: string, where: string): string | null {
  if (printed === '—' || printed === '-') return null;
  if (!/^\d+(\.\d+)?$/.test(printed)) throw new Error(`${where}: cell "${printed}" is neither a number nor "—"`);
  return num(printed, where);
}

/**
 * Parse Annex 1 inside lines from..to. Tab-separated: 序号 | 县（市、区） | 支线（公里） | 联络线（公里）, then a
 * 合计 row (no serial, empty area cell), then numbered county rows 1..n, then a blank line and 附件 2 (or the end).
 * Anything else throws.
 */
export function parseAnnex1(seed: Seed, from: number, to: number): Annex1 {
  const where = (n: number) => `${seed.name}:${n} (${TOURISM_DOC} annex 1)`;
  const headingLine = findLine(seed, /^\s*附件\s*1\s*$/, from, to);
  let n = headingLine + 1;
  const nextNonBlank = () => {
    while (n <= to && isBlank(seed.line(n))) n++;
    if (n > to) throw new Error(`${where(n)}: table ends early`);
    return n;
  };
  const titleLine = nextNonBlank();
  if (seed.line(titleLine).trim() !== ANNEX1_TITLE) {
    throw new Error(`${where(titleLine)}: expected title ${ANNEX1_TITLE}, got "${seed.line(titleLine).trim()}"`);
  }
  n++;
  const headerLine = nextNonBlank();
  const split = (l: number) => seed.line(l).replace(/\r$/, '').split('\t').map((c) => c.trim());
  const header = split(headerLine);
  if (header.join('|') !== ANNEX1_HEADER.join('|')) {
    throw new Error(`${where(headerLine)}: unexpected header [${header.join(' | ')}]`);
  }
  n++;
  const totalLine = nextNonBlank();
  const tc = split(totalLine);
  if (tc.length !== 4 || tc[0] !== '合计' || tc[1] !== '') {
    throw new Error(`${where(totalLine)}: expected the 合计 row (合计, empty, 2 numbers), got [${tc.join(' | ')}]`);
  }
  const tb = cell(tc[2], where(totalLine));
  const tcn = cell(tc[3], where(totalLine));
  if (tb === null || tcn === null) throw new Error(`${where(totalLine)}: 合计 row has an empty cell`);
  n = totalLine + 1;
  const rows: AnnexRow[] = [];
  for (; n <= to && !isBlank(seed.line(n)); n++) {
    const c = split(n);
    if (c.length !== ANNEX1_HEADER.length) throw new Error(`${where(n)}: expected ${ANNEX1_HEADER.length} cells, got ${c.length}`);
    const serial = Number(c[0]);
    if (!/^\d+$/.test(c[0]) || serial !== rows.length + 1) {
      throw new Error(`${where(n)}: expected serial ${rows.length + 1}, got "${c[0]}"`);
    }
    const area = resolveArea(c[1]); // unknown area names throw
    if (area.code === CITY.code) throw new Error(`${where(n)}: a city-wide row inside the county rows`);
    if (rows.some((r) => r.area.code === area.code)) throw new Error(`${where(n)}: ${c[1]} appears twice`);
    rows.push({ line: n, serial, printedArea: c[1], area, branch: cell(c[2], where(n)), connector: cell(c[3], where(n)), cells: c });
  }
  if (!rows.length) throw new Error(`${where(totalLine)}: no county rows after the 合计 row`);
  // after the table: only blank lines, then 附件 2 or the end of the document
  while (n <= to && isBlank(seed.line(n))) n++;
  if (n <= to && !/^\s*附件\s*2\s*$/.test(seed.line(n))) {
    throw new Error(`${where(n)}: unexpected text after the table: "${seed.line(n).trim()}"`);
  }
  return { headingLine, headerLine, total: { line: totalLine, branch: tb, connector: tcn, cells: tc }, rows };
}

// ---------------------------------------------------------------------------------------------------------------
// named routes

interface RouteSpec {
  slug: string;
  /** extra note for the place (always used when the area is city-wide by default) */
  hint?: string;
}
/** Route names as they come out of the lists (spaces removed) → stable id. An unknown name throws. */
const ROUTES: Record<string, RouteSpec> = {
  S231大鸿寨段: { slug: 'tourism-road-s231-dahongzhai' },
  花都一号: { slug: 'tourism-road-huadu-1' },
  雷洞村旅游道路: { slug: 'tourism-road-leidongcun' },
  钧都一号: {
    slug: 'tourism-road-jundu-1',
    hint: 'a tourism-road brand (旅游公路品牌); the text names no route or county for it (钧都 is an epithet of 禹州, not stated)',
  },
  紫云山一号: {
    slug: 'tourism-road-ziyunshan-1',
    hint: 'a tourism-road brand (旅游公路品牌); the text names no route or county for it (紫云山 lies in 襄城县, not stated)',
  },
  国道234郑许界至禹州东环段: {
    slug: 'tourism-road-g234-zhengxujie-yuzhou',
    hint: 'G234 from the Zhengzhou–Xuchang boundary (郑许界) to the 禹州 east ring; the text assigns it to no county',
  },
  省道319蒋庄至范家段: {
    slug: 'tourism-road-s319-jiangzhuang-fanjia',
    hint: 'S319 蒋庄–范家 section; the text names no county',
  },
  乡道014范门村至禹汝界: { slug: 'tourism-road-x014-fanmencun' },
  红叶专线: { slug: 'tourism-road-hongye' },
};

/** A county prefix of a list item (禹州 / 鄢陵 / 襄城县 / 禹州市 ...): the longest prefix that is a known area. */
function areaPrefix(item: string): { area: Area; printed: string } | null {
  for (let k = Math.min(6, item.length); k >= 2; k--) {
    const a = tryResolveArea(item.slice(0, k));
    if (a) return { area: a, printed: item.slice(0, k) };
  }
  // something that looks like a county name but is not known must fail, not slip through
  const m = /^([\u4e00-\u9fa5]{1,3}?(?:县|市|区))(?![道场])/.exec(item);
  if (m) resolveArea(m[1]);
  return null;
}

interface RouteHit {
  item: string;
  /** offset of the item inside the flattened text */
  at: number;
  /** quote start offset (the quote runs from here to the end of the item) */
  quoteFrom: number;
  year: number | '';
  status: PlaceStatus;
  statusWhy: string;
  list: string;
}

/** Split a 、-separated list captured by group `g` of `m`, keeping each item's offset. */
function items(m: RegExpExecArray & { indices: NonNullable<RegExpExecArray['indices']> }, g: number): { item: string; at: number }[] {
  const out: { item: string; at: number }[] = [];
  const text = m[g];
  let at = m.indices[g]![0];
  for (const part of text.split('、')) {
    out.push({ item: part, at });
    at += part.length + 1;
  }
  return out;
}

function extractRoutes(seed: Seed, flat: Flat): PlaceDraft[] {
  const hits: RouteHit[] = [];
  // 1. 目标任务: 到 2025 年年底，建成禹州 S231 大鸿寨段、鄢陵“花都一号”、襄城县雷洞村旅游道路等精品旅游公路示范路
  const demo = must(flat, /到\s*(\d{4})\s*年年底，建成([^。]+?)等精品旅游公路示范路/d, '示范路 list');
  const demoYear = Number(demo[1]);
  for (const it of items(demo, 2)) {
    hits.push({ ...it, quoteFrom: demo.index, year: demoYear, status: 'planned', statusWhy: '建成', list: '示范路' });
  }
  // 2. same sentence: 打造“花都一号”“钧都一号”“紫云山一号”旅游公路品牌
  const brand = must(flat, /到\s*(\d{4})\s*年年底，[^。]*?打造((?:“[^”]+”)+)旅游公路品牌/d, 'brand list');
  {
    let at = brand.indices[2]![0];
    // quote from 打造 to the end of the list (the year stands at the start of the same line)
    const from = at - '打造'.length;
    for (const b of brand[2].match(/“[^”]+”/g)!) {
      hits.push({ item: b, at, quoteFrom: from, year: Number(brand[1]), status: 'planned', statusWhy: '打造…品牌', list: '品牌' });
      at += b.length;
    }
  }
  // 3. 重点任务: 加快推进国道 234 …改建工程、省道 319 …路面改造工程、禹州市乡道 014 …等项目建设
  const proj = must(flat, /加快推进([^。]+?)等项目建设/d, '项目建设 list');
  for (const it of items(proj, 1)) {
    const upgrade = /(改建|改造)工程$/.exec(it.item);
    hits.push({
      ...it, quoteFrom: it.at, year: '', list: '项目建设',
      // 改建/路面改造 works on an existing road → upgrading; a bare 项目建设 → planned
      status: upgrade ? 'upgrading' : 'planned', statusWhy: upgrade ? upgrade[0] : '项目建设',
    });
  }
  // 4. 打造鄢陵“花都一号”公路、禹州鸠神旅游“红叶专线”、襄城县雷洞村旅游道路等精品线路
  const fine = must(flat, /打造([^。]+?)等精品线路/d, '精品线路 list');
  for (const it of items(fine, 1)) {
    hits.push({ ...it, quoteFrom: it.at, year: '', status: 'planned', statusWhy: '打造', list: '精品线路' });
  }

  const places = new Map<string, PlaceDraft>();
  for (const h of hits) {
    const pre = areaPrefix(h.item);
    let rest = (pre ? h.item.slice(pre.printed.length) : h.item).replace(/\s+/g, '');
    let qualifier = '';
    const quoted = /^(.*?)“([^”]+)”(.*)$/.exec(rest);
    if (quoted) {
      // 鄢陵“花都一号”公路 / 禹州鸠神旅游“红叶专线”: the quoted part is the route's name
      qualifier = quoted[1] + quoted[3];
      rest = quoted[2];
    }
    rest = rest.replace(/(路面改造|改建)工程$/, '');
    const spec = ROUTES[rest];
    if (!spec) throw new Error(`${TOURISM_DOC}: route "${rest}" (from "${h.item}") has no id in ROUTES`);
    const line = flat.lineAt(h.at);
    const quote = h.list === '品牌'
      ? flat.text.slice(h.quoteFrom, brand.indices[0][1])
      : flat.text.slice(h.quoteFrom, h.at + h.item.length);
    const prev = places.get(spec.slug);
    if (prev) {
      // the same route in a later list: keep the first mention, but take a county if only the later one states it
      if (prev.area_code === CITY.code && pre) {
        prev.area_code = pre.area.code;
        prev.area = pre.area.name_zh;
        prev.note = `county from line ${line} ("${h.item.replace(/\s+/g, '')}")`;
      }
      continue;
    }
    const town = /([\u4e00-\u9fa5]{2,3}(?:镇|乡))(?![道村])/.exec(h.item)?.[1];
    const notes: string[] = [];
    if (!pre) notes.push(`text states no county: city-wide 411000${spec.hint ? ` (${spec.hint})` : ''}`);
    else if (spec.hint) notes.push(spec.hint);
    if (qualifier && qualifier !== '公路') notes.push(`name is the quoted part of "${h.item.replace(/\s+/g, '')}"`);
    if (h.status === 'upgrading') notes.push(`status upgrading: the text calls the works ${h.statusWhy}`);
    if (h.list === '品牌') notes.push(`year ${h.year}: the brand list stands in the sentence 到${h.year}年年底，…打造…旅游公路品牌`);
    const area = pre?.area ?? CITY;
    const draft: PlaceDraft = {
      place_id: spec.slug,
      name: rest,
      category: 'tourism_road',
      area_code: area.code,
      area: area.name_zh,
      year: h.year,
      status: h.status,
      doc: TOURISM_DOC,
      ...cite(seed, line, quote),
      note: notes.join('; '),
    };
    if (town) draft.town = town;
    places.set(spec.slug, draft);
  }
  return [...places.values()].sort((a, b) => a.line - b.line || a.place_id.localeCompare(b.place_id));
}

// ---------------------------------------------------------------------------------------------------------------

const DEFS: IndicatorDef[] = [
  {
    id: 'tourism_road_branch_km', topic: 'tourism_road', name_zh: '旅游公路支线里程', name_en: 'Tourism road branch lines', unit: '公里',
    description:
      'Length of tourism-road branch lines (支线) to be completed by 2025 (target). County rows: Annex 1 of 许政〔2023〕37号 ' +
      '(许昌市旅游公路网路线明细表), which prints no year; 2025 comes from the text (到2025年，打造完成支线146公里…). ' +
      'The city-wide row is the text figure (146, rounded); the annex 合计 is 146.35 (see checks).',
  },
  {
    id: 'tourism_road_connector_km', topic: 'tourism_road', name_zh: '旅游公路联络线里程', name_en: 'Tourism road connector lines', unit: '公里',
    description:
      'Length of tourism-road connector lines (联络线) to be completed by 2025 (target). County rows: Annex 1 of 许政〔2023〕37号, ' +
      'which prints no year; 2025 comes from the text (…联络线137公里的许昌市旅游公路网). The city-wide row is the text figure ' +
      '(137, rounded); the annex 合计 is 136.83 (see checks).',
  },
  {
    id: 'tourism_road_total_km', topic: 'tourism_road', name_zh: '旅游公路总里程', name_en: 'Tourism roads, total length', unit: '公里',
    description:
      'Total length of tourism roads to be built city-wide (构筑…的旅游公路). The 2025 target is a floor: 380 公里以上. ' +
      'It is larger than Annex 1\'s branch + connector lines (283.18 km); the document does not say what makes up the rest.',
  },
];

export function extractTourism(seeds: SeedSet): ExtractResult {
  const seed = seeds.get(TOURISM_SEED);
  if (!seed) throw new Error(`seed ${TOURISM_SEED} missing`);
  const { start, end } = locateDoc(seed);
  const flat = flatten(seed, start, end);
  const indicators: IndicatorRow[] = [];
  const checks: CheckRow[] = [];
  const base = { doc: TOURISM_DOC, place_id: '' };
  const row = (indicator: string, area: Area, year: number, value: string, line: number, quote: string, note = ''): IndicatorRow => ({
    indicator, area_code: area.code, area: area.name_zh, year, value, unit: '公里', kind: 'target', ...base,
    ...cite(seed, line, quote), note,
  });

  // --- text: 380 公里以上 by end-2025
  const net = must(flat, /到\s*(\d{4})\s*年年底，[^。]*?构筑\s*(\d+(?:\.\d+)?)\s*公里以上“[^”]*”的旅游公路/d, '380 km target');
  const netYear = Number(net[1]);
  const netLine = flat.lineAt(net.indices[2]![0]);
  const netValue = num(net[2], '380 km target');
  indicators.push(row('tourism_road_total_km', CITY, netYear, netValue, netLine, net[0],
    'a floor: 以上 (at least this length)'));

  // --- text: 到 2025 年，打造完成支线146公里、联络线137公里的许昌市旅游公路网 (wraps over a line break)
  const bc = must(flat, /到\s*(\d{4})\s*年，打造完成支线\s*(\d+(?:\.\d+)?)\s*公里、联络线\s*(\d+(?:\.\d+)?)\s*公里的许昌市旅游公路网/d,
    'branch/connector target');
  const bcYear = Number(bc[1]);
  const textBranch = num(bc[2], 'text branch km');
  const textConn = num(bc[3], 'text connector km');
  const textBranchLine = flat.lineAt(bc.indices[2]![0]);
  const textConnLine = flat.lineAt(bc.indices[3]![0]);
  indicators.push(row('tourism_road_branch_km', CITY, bcYear, textBranch, textBranchLine, bc[0]));
  indicators.push(row('tourism_road_connector_km', CITY, bcYear, textConn, textConnLine, bc[0]));

  // --- Annex 1
  const annex = parseAnnex1(seed, start, end);
  const yearNote = `the table prints no year; ${bcYear} from the text at line ${textBranchLine} (到${bcYear}年，打造完成支线…联络线…)`;
  for (const r of annex.rows) {
    const quote = seed.line(r.line).trim();
    if (r.branch !== null) indicators.push(row('tourism_road_branch_km', r.area, bcYear, r.branch, r.line, quote, yearNote));
    if (r.connector !== null) indicators.push(row('tourism_road_connector_km', r.area, bcYear, r.connector, r.line, quote, yearNote));
  }
  const dash = (k: 'branch' | 'connector') => annex.rows.filter((r) => r[k] === null).map((r) => r.printedArea);
  const sumOf = (k: 'branch' | 'connector') => decimalSum(annex.rows.map((r) => r[k] ?? '0'), FIXED);
  for (const [k, zh] of [['branch', '支线'], ['connector', '联络线']] as const) {
    const expected = annex.total[k];
    const found = sumOf(k);
    const same = Number(found) === Number(expected);
    const dashes = dash(k);
    checks.push({
      check: `tourism_annex1_${k}_total`, doc: TOURISM_DOC, seed: seed.name, line: annex.total.line, expected, found,
      note: (same
        ? `ok: the ${annex.rows.length} county rows of ${zh}（公里） add up to the 合计 row`
        : `the ${annex.rows.length} county rows of ${zh}（公里） add up to ${found}, the 合计 row says ${expected}`) +
        (dashes.length ? ` ("—" counted as 0 for ${dashes.join('、')})` : ''),
    });
  }
  // text (rounded) vs annex 合计
  for (const [k, zh, text, line] of [
    ['branch', '支线', textBranch, textBranchLine],
    ['connector', '联络线', textConn, textConnLine],
  ] as const) {
    const annexTotal = annex.total[k];
    const ok = Math.round(Number(annexTotal)) === Number(text);
    checks.push({
      check: `tourism_text_${k}_vs_annex1`, doc: TOURISM_DOC, seed: seed.name, line, expected: text, found: annexTotal,
      note: ok
        ? `ok: the text's ${zh}${text}公里 is the annex 1 合计 (${annexTotal}, line ${annex.total.line}) rounded to whole km`
        : `the text says ${zh}${text}公里, the annex 1 合计 (line ${annex.total.line}) says ${annexTotal}`,
    });
  }
  // 380 公里以上 vs everything the annex lists
  const annexAll = decimalSum([annex.total.branch, annex.total.connector], FIXED);
  const gap = decimalSum([netValue, `-${annexAll}`], FIXED);
  checks.push({
    check: 'tourism_text_total_vs_annex1', doc: TOURISM_DOC, seed: seed.name, line: netLine,
    expected: `>=${netValue}`, found: annexAll,
    note: Number(annexAll) >= Number(netValue)
      ? `ok: annex 1 支线 + 联络线 (${annexAll}) reach the text's ${netValue} 公里以上`
      : `text: ${netValue} 公里以上 of tourism roads by ${netYear}; annex 1 lists only 支线 ${annex.total.branch} + 联络线 ` +
        `${annex.total.connector} = ${annexAll} km (text: ${textBranch} + ${textConn} = ${decimalSum([textBranch, textConn], FIXED)}), ${gap} km short. The document does not say what ` +
        'makes up the rest (possibly trunk/主线 sections such as G234/S319, which the annex does not tabulate)',
  });

  const places = extractRoutes(seed, flat);

  indicators.sort((a, b) =>
    a.indicator.localeCompare(b.indicator) || a.year - b.year || a.line - b.line || a.area_code.localeCompare(b.area_code));
  checks.sort((a, b) => a.check.localeCompare(b.check));
  const used = new Set(indicators.map((r) => r.indicator));
  return { indicators, places, checks, defs: DEFS.filter((d) => used.has(d.id)) };
}
