/**
 * 许政〔2023〕37号 许昌市加快推进旅游公路建设实施方案（2023—2030年）, seed 002 (gazette 2023 年第 6 期).
 *
 * - Annex 1 (许昌市旅游公路网路线明细表): km of 支线 (branch) and 联络线 (connector) per county, reconciled with its
 *   合计 row. The table prints no year; the text ties the network to 2025 (到 2025 年，打造完成支线146公里、
 *   联络线137公里的许昌市旅游公路网), so the county rows are 2025 targets.
 * - City-wide figures from the text: 380 公里以上 by end-2025, 支线 146 / 联络线 137 by 2025. The text gives no
 *   baseline (current) figures and no numeric 2030 figure.
 * - Named routes from the four lists in the text (示范路, 品牌, 项目建设, 精品线路) as places (hook `namedRoutes`).
 */
import { CITY, decimalSum, defineDocument, listItems, resolveArea, tryResolveArea, type Area, type DocContext, type PlaceInput } from '../../engine/index.ts';
import type { PlaceStatus } from '../../lib/types.ts';

const DOC = '许政〔2023〕37号';
/** sums keep the largest printed precision (146.30, not 146.3) */
const FIXED = { fixed: true };
const BRANCH_CONNECTOR = '到{y}年，打造完成支线{v}公里、联络线{v:c}公里的许昌市旅游公路网';
const TABLE_YEAR_NOTE = 'the table prints no year; {year} from the text at line {line} (到{year}年，打造完成支线…联络线…)';

export default defineDocument({
  file: import.meta.url,
  doc: DOC,
  seed: '002_f07e19463daa5e7b.txt',
  title: '许昌市加快推进旅游公路建设实施方案（2023—2030年）',
  period: [2023, 2030],
  figures: [
    { id: 'tourism_road_total_km', t: '到{y}年年底，…构筑{v}公里以上“…”的旅游公路', note: 'a floor: 以上 (at least this length)' },
    { id: 'tourism_road_branch_km', t: BRANCH_CONNECTOR },
    { id: 'tourism_road_connector_km', t: BRANCH_CONNECTOR, v: 'c' },
  ],
  tables: [
    {
      name: 'annex1',
      after: /^附件\s*1$/,
      title: '许昌市旅游公路网路线明细表',
      header: ['序号', '县（市、区）', '支线（公里）', '联络线（公里）'],
      serial: 0,
      area: 1,
      total: { label: '合计', at: 'first' },
      followedBy: /^附件\s*2$/,
      columns: [
        { col: 2, id: 'tourism_road_branch_km', yearOf: 'tourism_road_branch_km', note: TABLE_YEAR_NOTE, check: 'tourism_annex1_branch_total' },
        { col: 3, id: 'tourism_road_connector_km', yearOf: 'tourism_road_branch_km', note: TABLE_YEAR_NOTE, check: 'tourism_annex1_connector_total' },
      ],
    },
  ],
  hooks: { textVsAnnex, namedRoutes },
});

/** The text's rounded 支线 / 联络线 totals and its 380 公里以上 vs the annex's 合计 row. */
function textVsAnnex(ctx: DocContext): void {
  const annex = ctx.table('annex1');
  const total = annex.total!;
  const [branch, connector, net] = ['tourism_road_branch_km', 'tourism_road_connector_km', 'tourism_road_total_km'].map((id) => ctx.row(id, 2025));
  for (const [k, zh, text, col] of [['branch', '支线', branch, 2], ['connector', '联络线', connector, 3]] as const) {
    const annexTotal = total.values[col]!;
    ctx.check({
      check: `tourism_text_${k}_vs_annex1`, line: text.line, expected: text.value, found: annexTotal,
      ok: Math.round(Number(annexTotal)) === Number(text.value),
      okNote: `the text's ${zh}${text.value}公里 is the annex 1 合计 (${annexTotal}, line ${total.line}) rounded to whole km`,
      badNote: `the text says ${zh}${text.value}公里, the annex 1 合计 (line ${total.line}) says ${annexTotal}`,
    });
  }
  const annexAll = decimalSum([total.values[2]!, total.values[3]!], FIXED);
  const gap = decimalSum([net.value, `-${annexAll}`], FIXED);
  ctx.check({
    check: 'tourism_text_total_vs_annex1', line: net.line, expected: `>=${net.value}`, found: annexAll,
    ok: Number(annexAll) >= Number(net.value),
    okNote: `annex 1 支线 + 联络线 (${annexAll}) reach the text's ${net.value} 公里以上`,
    badNote: `text: ${net.value} 公里以上 of tourism roads by ${net.year}; annex 1 lists only 支线 ${total.values[2]} + 联络线 ` +
      `${total.values[3]} = ${annexAll} km (text: ${branch.value} + ${connector.value} = ${decimalSum([branch.value, connector.value], FIXED)}), ${gap} km short. The document does not say what ` +
      'makes up the rest (possibly trunk/主线 sections such as G234/S319, which the annex does not tabulate)',
  });
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
  /** quote [from, to) offsets */
  quoteFrom: number;
  quoteTo: number;
  year: number | '';
  status: PlaceStatus;
  statusWhy: string;
  list: string;
}

/** The routes of the four lists; the first mention of a route is its place, a later one may add its county. */
function namedRoutes(ctx: DocContext): void {
  const hits: RouteHit[] = [];
  const end = (it: { item: string; at: number }) => it.at + it.item.length;
  // 1. 目标任务: 到 2025 年年底，建成禹州 S231 大鸿寨段、鄢陵“花都一号”、襄城县雷洞村旅游道路等精品旅游公路示范路
  const demo = ctx.find('到{y}年年底，建成{t:list}等精品旅游公路示范路', '示范路 list');
  for (const it of listItems(demo.slots.list)) {
    hits.push({ ...it, quoteFrom: demo.index, quoteTo: end(it), year: Number(demo.slots.y.text), status: 'planned', statusWhy: '建成', list: '示范路' });
  }
  // 2. same sentence: 打造“花都一号”“钧都一号”“紫云山一号”旅游公路品牌 (quote from 打造 to the end of the sentence part)
  const brand = ctx.find(/到\s*(?<y>\d{4})\s*年年底，[^。]*?打造(?<list>(?:“[^”]+”)+)旅游公路品牌/, 'brand list');
  {
    let at = brand.slots.list.at;
    const from = at - '打造'.length;
    for (const b of brand.slots.list.text.match(/“[^”]+”/g)!) {
      hits.push({ item: b, at, quoteFrom: from, quoteTo: brand.index + brand.text.length, year: Number(brand.slots.y.text), status: 'planned', statusWhy: '打造…品牌', list: '品牌' });
      at += b.length;
    }
  }
  // 3. 重点任务: 加快推进国道 234 …改建工程、省道 319 …路面改造工程、禹州市乡道 014 …等项目建设
  const proj = ctx.find('加快推进{t:list}等项目建设', '项目建设 list');
  for (const it of listItems(proj.slots.list)) {
    const upgrade = /(改建|改造)工程$/.exec(it.item);
    hits.push({
      ...it, quoteFrom: it.at, quoteTo: end(it), year: '', list: '项目建设',
      // 改建/路面改造 works on an existing road → upgrading; a bare 项目建设 → planned
      status: upgrade ? 'upgrading' : 'planned', statusWhy: upgrade ? upgrade[0] : '项目建设',
    });
  }
  // 4. 打造鄢陵“花都一号”公路、禹州鸠神旅游“红叶专线”、襄城县雷洞村旅游道路等精品线路
  const fine = ctx.find('打造{t:list}等精品线路', '精品线路 list');
  for (const it of listItems(fine.slots.list)) {
    hits.push({ ...it, quoteFrom: it.at, quoteTo: end(it), year: '', status: 'planned', statusWhy: '打造', list: '精品线路' });
  }

  const places = new Map<string, PlaceInput>();
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
    if (!spec) ctx.fail('namedRoutes', `route "${rest}" (from "${h.item}") has no id in ROUTES`);
    const line = ctx.flat.lineAt(h.at);
    const prev = places.get(spec.slug);
    if (prev) {
      // the same route in a later list: keep the first mention, but take a county if only the later one states it
      if ((prev.area ?? CITY).code === CITY.code && pre) {
        prev.area = pre.area;
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
    places.set(spec.slug, {
      id: spec.slug, name: rest, category: 'tourism_road', area: pre?.area ?? CITY, year: h.year, status: h.status,
      line, quote: ctx.flat.text.slice(h.quoteFrom, h.quoteTo), note: notes.join('; '), town,
    });
  }
  for (const p of places.values()) ctx.place(p);
}
