/**
 * The 2020 智造之都、宜居之城 programme: seed 003 (the manufacturing draft, 征求意见稿, no number → DRAFT-2020-MFG)
 * and seed 004 (gazette issue 2020 年第 2 期: 许政〔2020〕7–18号, each a notice with the plan it attaches; rows carry
 * the notice number, also for values in the attached plan).
 *
 * What is emitted
 * - Indicator rows: every quantitative target tied to an area and a year, located by TEXT_SPECS / MFG_SPECS
 *   (pattern → indicator, unit, area, year). Each pattern must match exactly once inside its document (or inside
 *   a named section of it), else extraction throws. The year is read from the quote; where the sentence has none,
 *   it comes from the heading of the section it stands in (the 发展目标 section headed 到2022年 of the 2020—2022
 *   manufacturing plan, a paragraph opening 2021年年底，…) and the row's note says so.
 * - Policy standards stated without a year: 12号's 高龄津贴 (80—89 / 90—99 / 100+ 岁: 50 / 100 / 300 元) are read as the
 *   standard in force in 2020 (the plan, dated 2020-04-24, says to apply it in full: 全面落实…政策), kind actual, with a
 *   note; the same ids carry 许政办〔2023〕30号's 2023 当前标准 (seed 002).
 * - Tables: the health indicators table of 许政〔2020〕17号 (2021 and 2025 targets, city-wide, parsed cell by
 *   cell) and the task annex of 许政〔2020〕18号 (its 工作目标 figures are checked against the plan text). Neither
 *   seed has a per-area table with a 合计 row.
 * - Places: named sites whose area the text gives (industrial parks, sewage plants, power plants, hospitals,
 *   museums, scenic/heritage sites, key towns, the 千亿元级 industrial clusters of the final manufacturing plan).
 * - Checks: draft vs final manufacturing plan (许政〔2020〕14号), the same target in two plans of the issue,
 *   text vs table / annex, and the forest plan's itemised areas vs its total.
 *
 * Not emitted (judged out of scope; precision first):
 * - figures whose sentence and heading give no year: all of 许政〔2020〕8号 (service time limits such as 1个工作日,
 *   90%以上); the 重点工作 figures of 10号 (路网密度 8公里/平方公里, 人均道路面积, 公交分担率, 亮灯率, 绿地率 37.5%,
 *   林荫路 92%, the stable 污水处理率 97%/93%, 道路完好率); 11号 村庄林木覆盖率 25% / 庭院绿化率 40%; 13号 龙头企业 100家,
 *   合作社 200家, 1824个益农信息社, 机械化率 88%, 粪污 95%/80%, 灌溉系数 0.7, 测土配方 95% / 化肥利用率 40%, 秸秆 95%;
 *   15号 出口份额 30%/50%, 进口 10%, 发制品出口 8%; 16号 文明村镇 60%; 17号 30% 乡镇卫生院, 满意度 90%; 7号 煤炭洗选率
 *   85%, 33处易涝点, grid projects, and 3座/8万吨 sewage plants "未来三年内"; 三年内 3000名乡村文化能人 (16号);
 * - annual rates (每年…: 100项技改, 信贷投放 180亿元, 1—2家上市, 200家科技型中小企业, visits, budgets), ranges (1—2家,
 *   1—2个, 2—3个, 10—50万元), design standards (0.01mm 农膜, 3000元/亩, corridor widths, 11号's 每个县（市、区）
 *   1处300亩以上 parks; 11号's 25% / 40% read as 森林乡村 creation standards),
 *   amounts without a year (draft: 10亿元基金, 100家上市后备; both: 资本金 5亿元/2亿元), and 17号's "2020年年底每个县至少有
 *   一所综合医院达到二级甲等" (which units 每个县 covers is unclear);
 * - sites whose county the text does not give (瑞贝卡/邓庄/高铁北站污水处理厂, 曹寨水厂, 龙岗电厂, the enterprises of 9号
 *   and 15号, 静脉产业园, 硅碳先进材料产业园 (only its 责任单位 is 襄城县), 颍云物联网小镇, 十里庙 and 钧台钧窑址 parks),
 *   except townships (located from the gazetteer); the draft's per-county industry-focus lists (not sites); wetlands
 *   (another extractor).
 */
import type { CheckRow, ExtractResult, IndicatorDef, IndicatorRow, Kind, PlaceDraft, PlaceStatus, Topic } from '../lib/types.ts';
import { findLine, type Seed, type SeedSet } from '../lib/seeds.ts';
import { normaliseNumber } from '../lib/numbers.ts';
import { resolveArea, type Area } from '../lib/areas.ts';
import { cite, flatten, type Flat, type Match } from '../lib/quote.ts';
import { NUMBER_LINE, numberedDocuments } from '../segment.ts';

export const SEED003 = '003_206b382eaf266c0c.txt';
export const SEED004 = '004_52965add714eecf8.txt';
export const DRAFT_DOC = 'DRAFT-2020-MFG';
export const FINAL_MFG_DOC = '许政〔2020〕14号';
const CITY = resolveArea('许昌市');

/** 'draft' = seed 003; a number n = 许政〔2020〕n号 in seed 004. */
export type DocKey = 'draft' | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18;
export const GAZETTE_NUMBERS = [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18] as const;
/** A phrase of each notice's 现将《…》印发 line: proves the number line belongs to the expected notice. */
const NOTICE_SUBJECT: Record<number, string> = {
  7: '加强基础能力支撑', 8: '进一步优化营商环境', 9: '深入推进污染防治', 10: '高水平推进城乡建设发展',
  11: '推进森林许昌生态建设', 12: '健全完善养老服务体系', 13: '推进乡村振兴', 14: '推动制造业高质量发展行动方案',
  15: '打造对外开放新高地', 16: '打造中原文化高地', 17: '完善医疗卫生服务体系', 18: '加快科技创新',
};

/** Printed area groups used by the texts; expanding them onto counties is a judgement, stated in each row's note. */
const XIAN_SHI = ['禹州市', '长葛市', '鄢陵县', '襄城县'] as const;
const XIAN_SHI_QU = ['魏都区', '建安区', '鄢陵县', '襄城县', '禹州市', '长葛市'] as const;
const NOTE_XIAN_SHI = '"各县（市）" expanded to the four counties and county-level cities (禹州市、长葛市、鄢陵县、襄城县); the value applies to each';
const NOTE_XIAN_SHI_QU = '"每个县（市、区）" expanded to the six counties, county-level cities and districts (魏都区、建安区、鄢陵县、襄城县、禹州市、长葛市; the functional zones are not 县（市、区）); the value applies to each';
const NOTE_CENTRAL = (printed: string) => `"${printed}" is the central city, not the whole municipality; 411000 stands for it (county values have their own rows)`;

// ---------------------------------------------------------------------------------------------------------------
// documents and flattened text

export interface DocText {
  key: DocKey;
  /** doc id: DRAFT-2020-MFG or the notice number, e.g. 许政〔2020〕14号 */
  doc: string;
  seed: Seed;
  /** the draft's title line / the notice's number line */
  start: number;
  /** the last line with text: for a notice, its end as numberedDocuments gives it */
  end: number;
  flat: Flat;
}

const isBlank = (s: string) => s.trim() === '';

function mustSeed(seeds: SeedSet, name: string): Seed {
  const s = seeds.get(name);
  if (!s) throw new Error(`seed ${name} missing`);
  return s;
}

/** The draft (seed 003) and the twelve notices of seed 004, each anchored on its title / number line. */
export function locateDocs(seeds: SeedSet): Map<DocKey, DocText> {
  const docs = new Map<DocKey, DocText>();
  // seed 003: an unnumbered consultation draft of the manufacturing plan
  const s3 = mustSeed(seeds, SEED003);
  const title = findLine(s3, /^\s*许昌市推动制造业高质量发展行动方案\s*[（(]2020—2022年[）)]\s*$/);
  findLine(s3, /^\s*[（(]征求意见稿[）)]\s*$/, title + 1, title + 4);
  if (s3.lines.some((l) => NUMBER_LINE.test(l))) throw new Error(`${SEED003}: the draft has a document number line`);
  let end3 = s3.lines.length;
  while (end3 > title && isBlank(s3.line(end3))) end3--;
  docs.set('draft', { key: 'draft', doc: DRAFT_DOC, seed: s3, start: title, end: end3, flat: flatten(s3, title, end3) });

  // seed 004: 许政〔2020〕7号 … 18号, in this order
  const s4 = mustSeed(seeds, SEED004);
  const notices = numberedDocuments(s4).map((d) => {
    const m = /^许政〔2020〕(\d+)号$/.exec(d.doc);
    if (!m) throw new Error(`${SEED004}:${d.numberLine}: unexpected document number ${d.doc}`);
    return { n: Number(m[1]), d };
  });
  if (notices.map((x) => x.n).join(',') !== GAZETTE_NUMBERS.join(',')) {
    throw new Error(`${SEED004}: expected 许政〔2020〕7–18号 in order, found ${notices.map((x) => x.n).join(',')}`);
  }
  for (const { n, d } of notices) {
    const { numberLine: line, end } = d;
    findLine(s4, NOTICE_SUBJECT[n], line, Math.min(end, line + 8)); // the 现将《…》 line names the plan
    docs.set(n as DocKey, { key: n as DocKey, doc: d.doc, seed: s4, start: line, end, flat: flatten(s4, line, end) });
  }
  return docs;
}

function mustDoc(docs: Map<DocKey, DocText>, k: DocKey): DocText {
  const d = docs.get(k);
  if (!d) throw new Error(`document ${String(k)} not located`);
  return d;
}

// ---------------------------------------------------------------------------------------------------------------
// specs

/** A part of a document: from the (unique) match of `start` to the first match of `end` after it. */
export interface Section {
  start: RegExp;
  end: RegExp;
  /** what the heading states, for notes (e.g. "the 发展目标 section headed 到2022年") */
  what: string;
}
interface ResolvedSection {
  from: number;
  to: number;
  /** group y of the start match, if any */
  year?: number;
  /** group a of the start match (a printed area), if any */
  area?: string;
  headLine: number;
  head: string;
  what: string;
}

/** All matches of `re` in text[from, to) (offsets absolute). */
function matchesIn(text: string, re: RegExp, from: number, to: number): Match[] {
  const g = new RegExp(re.source, re.flags.replace(/[gyd]/g, '') + 'gd');
  const slice = text.slice(from, to);
  const out: Match[] = [];
  for (const m of slice.matchAll(g)) {
    const mm = m as Match;
    // shift to absolute offsets
    mm.index = (m.index ?? 0) + from;
    const groupIdx = mm.indices.groups;
    const shifted = mm.indices.map((p) => (p ? [p[0] + from, p[1] + from] : p)) as unknown as Match['indices'];
    if (groupIdx) {
      const groups: Record<string, [number, number]> = {};
      for (const [k, v] of Object.entries(groupIdx)) if (v) groups[k] = [v[0] + from, v[1] + from];
      (shifted as unknown as { groups: Record<string, [number, number]> }).groups = groups;
    }
    mm.indices = shifted;
    out.push(mm);
  }
  return out;
}

function resolveSection(d: DocText, s: Section): ResolvedSection {
  const starts = matchesIn(d.flat.text, s.start, 0, d.flat.text.length);
  if (starts.length !== 1) throw new Error(`${d.doc}: section start ${String(s.start)} matches ${starts.length} times`);
  const st = starts[0];
  const ends = matchesIn(d.flat.text, s.end, st.index + st[0].length, d.flat.text.length);
  if (!ends.length) throw new Error(`${d.doc}: section end ${String(s.end)} not found after ${String(s.start)}`);
  return {
    from: st.index,
    to: ends[0].index,
    year: st.groups?.y ? Number(st.groups.y) : undefined,
    area: st.groups?.a,
    headLine: d.flat.lineAt(st.index),
    head: st[0],
    what: s.what,
  };
}

/** The one match of `re` in the document (or section); throws when there is none or more than one. */
function matchOnce(d: DocText, re: RegExp, sec?: ResolvedSection): Match {
  const from = sec ? sec.from : 0;
  const to = sec ? sec.to : d.flat.text.length;
  const ms = matchesIn(d.flat.text, re, from, to);
  if (ms.length !== 1) {
    throw new Error(`${d.doc}: ${String(re)} matches ${ms.length} times${sec ? ` in ${sec.what}` : ''} (expected exactly one)`);
  }
  return ms[0];
}

function groupOffset(m: Match, g: string): number {
  const p = m.indices.groups?.[g];
  if (!p) throw new Error(`pattern ${m[0]} has no group ${g}`);
  return p[0];
}

interface Out {
  /** group holding the printed value */
  g: string;
  indicator: string;
  unit: string;
  /** printed area names (resolved with resolveArea); default 许昌市 */
  areas?: readonly string[];
  /** group holding the year, when the pattern prints two years */
  yearGroup?: string;
  note?: string;
  place_id?: string;
  /** default target */
  kind?: Kind;
}
export interface TextSpec {
  doc: DocKey;
  section?: Section;
  re: RegExp;
  out: Out[];
  /** note on every row of the spec */
  note?: string;
  /** the year when neither the sentence nor a section heading prints one: a judgement, so `note` must say why */
  year?: number;
}

const join = (...parts: (string | undefined)[]) => parts.filter((p) => p && p.trim()).join('; ');

// --- sections reused by several specs
const MFG_GOALS_DRAFT: Section = { start: /\(二\)\s*发展目标到(?<y>\d{4})年，/, end: /二、重点任务/, what: 'the 发展目标 section headed 到2022年' };
const MFG_GOALS_FINAL: Section = { start: /（二）发展目标到(?<y>\d{4})年，/, end: /二、重点任务/, what: 'the 发展目标 section headed 到2022年' };
const URBAN_2025: Section = { start: /(?<y>\d{4})年年底，彰显特色提品质。/, end: /二、重点工作/, what: 'the paragraph opening 2025年年底，彰显特色提品质' };
const CULTURE_2021: Section = {
  start: /(?<y>\d{4})年年底，市、县两级公共图书馆、文化馆全部达到国家二级馆以上标准，乡、村两级/,
  end: /\d{4}年年底，市、县、乡、村四级公共文化设施/, what: 'the 主要目标 paragraph opening 2021年年底',
};
const CULTURE_2025: Section = { start: /(?<y>\d{4})年年底，市、县、乡、村四级公共文化设施/, end: /二、重点任务/, what: 'the 主要目标 paragraph opening 2025年年底' };
const HEALTH_2021: Section = { start: /(?<y>\d{4})年年底前，加快推进各级各类医疗卫生机构建设/, end: /\d{4}年年底前，经过/, what: 'the 主要目标 paragraph opening 2021年年底前' };
const SCIENCE_TEXT: Section = { start: /二、主要目标/, end: /附件：许昌市加快科技创新/, what: 'the plan text (before its annex)' };
const SCIENCE_GOALS_2022: Section = { start: /二、主要目标到(?<y>\d{4})年，/, end: /到\d{4}年，基本建成/, what: 'the 主要目标 paragraph opening 到2022年' };

/**
 * City-wide and per-area targets of seed 004 (and the shared manufacturing targets in MFG_SPECS). Reviewable:
 * pattern → value group(s) → indicator, unit, areas.
 */
export const TEXT_SPECS: readonly TextSpec[] = [
  // ---------------- 许政〔2020〕7号 infrastructure
  {
    doc: 7, re: /到(?<y>\d{4})年天然气在一次性能源消费结构中力争达到(?<v>[\d.]+)%以上/,
    out: [{ g: 'v', indicator: 'natural_gas_primary_energy_share_pct', unit: '%' }],
  },
  { doc: 7, re: /(?<y>\d{4})年，建设5G基站(?<v>\d+)个/, out: [{ g: 'v', indicator: 'base_stations_5g_built', unit: '个' }] },

  // ---------------- 许政〔2020〕9号 pollution control
  {
    doc: 9, re: /(?<y>\d{4})年年底，市区和县城污水处理率分别达到(?<a>\d+)%以上和(?<b>\d+)%以上/,
    out: [
      { g: 'a', indicator: 'central_urban_sewage_treatment_rate_pct', unit: '%', note: 'printed 市区 (the central city); 411000 stands for it; 以上: a floor' },
      { g: 'b', indicator: 'county_urban_sewage_treatment_rate_pct', unit: '%', note: 'printed 县城: the standard for every county seat, one city-level row (not a city-wide average); 以上: a floor' },
    ],
  },
  {
    doc: 9, re: /(?<y>\d{4})年中心城区生活垃圾分类试点达到(?<a>[\d.]+)万户，中心城区生活垃圾分类覆盖率达到(?<b>\d+)%/,
    out: [
      { g: 'a', indicator: 'waste_sorting_pilot_households', unit: '万户', note: NOTE_CENTRAL('中心城区') },
      { g: 'b', indicator: 'waste_sorting_coverage_pct', unit: '%', note: NOTE_CENTRAL('中心城区') },
    ],
  },

  {
    doc: 9, re: /(?<y>\d{4})年年底前，淘汰炭化室高度(?<v>[\d.]+)米及以下的焦炉/,
    out: [{ g: 'v', indicator: 'coke_oven_phaseout_height_threshold', unit: '米' }],
  },
  {
    doc: 9, re: /(?<y>\d{4})年分行业制定绿色化改造技术指南，重点推进[^。]*?等(?<v>\d+)个行业绿色化改造/,
    out: [{ g: 'v', indicator: 'green_retrofit_industries', unit: '个' }],
  },

  // ---------------- 许政〔2020〕10号 urban-rural construction
  { doc: 10, section: URBAN_2025, re: /城镇化率达到(?<v>\d+)%以上/, out: [{ g: 'v', indicator: 'urbanization_rate_pct', unit: '%' }] },
  {
    doc: 10,
    re: /到(?<y>\d{4})年年底，许昌市建成区集中供暖普及率达到(?<a>\d+)%以上，(?<ab>禹州市)、(?<ac>长葛市)建成区集中供热普及率达到(?<b>\d+)%以上，(?<ad>鄢陵县)、(?<ae>襄城县)城区集中供热普及率达到(?<c>\d+)%以上/,
    out: [
      { g: 'a', indicator: 'central_heating_coverage_pct', unit: '%', note: NOTE_CENTRAL('许昌市建成区') },
      { g: 'b', indicator: 'central_heating_coverage_pct', unit: '%', areas: ['禹州市', '长葛市'] },
      { g: 'c', indicator: 'central_heating_coverage_pct', unit: '%', areas: ['鄢陵县', '襄城县'] },
    ],
  },
  {
    doc: 10, re: /(?<y>\d{4})年年底前中心城区燃气普及率达到(?<a>\d+)%以上，各县（市）达到(?<b>\d+)%以上/,
    out: [
      { g: 'a', indicator: 'gas_coverage_pct', unit: '%', note: NOTE_CENTRAL('中心城区') },
      { g: 'b', indicator: 'gas_coverage_pct', unit: '%', areas: XIAN_SHI, note: NOTE_XIAN_SHI },
    ],
  },
  {
    doc: 10, re: /(?<y>\d{4})年年底前，城市公共供水普及率达到(?<v>\d+)%以上/,
    out: [{ g: 'v', indicator: 'public_water_supply_coverage_pct', unit: '%' }],
  },
  {
    doc: 10, re: /(?<y>\d{4})年年底前中心城区和各县（市）供水管网漏损率控制在(?<a>\d+)%、(?<b>\d+)%以下/,
    out: [
      { g: 'a', indicator: 'water_network_leakage_rate_pct', unit: '%', note: NOTE_CENTRAL('中心城区') },
      { g: 'b', indicator: 'water_network_leakage_rate_pct', unit: '%', areas: XIAN_SHI, note: NOTE_XIAN_SHI },
    ],
  },

  // ---------------- 许政〔2020〕11号 forest (森林许昌)
  {
    doc: 11,
    re: /到(?<y>\d{4})年年底，完成营造林面积(?<a>[\d.]+)万亩，建设(?<b>\d+)个省级森林城市，(?<c>\d+)个森林特色小镇，(?<d>\d+)个森林乡村，(?<e>\d+)个果树进村示范村/,
    out: [
      { g: 'a', indicator: 'afforestation_area', unit: '万亩' },
      { g: 'b', indicator: 'provincial_forest_cities', unit: '个' },
      { g: 'c', indicator: 'forest_towns', unit: '个' },
      { g: 'd', indicator: 'forest_villages', unit: '个' },
      { g: 'e', indicator: 'fruit_tree_demo_villages', unit: '个' },
    ],
  },
  {
    doc: 11,
    re: /争取到(?<y>\d{4})年年底，建成覆盖城乡、互联互通的生态绿廊体系，所有廊道平均绿化率达(?<avg>\d+)%以上，I级生态廊道（[^）]*）绿化率达(?<l1>\d+)%，[^；]*；II级生态廊道（[^）]*）绿化率达(?<l2>\d+)%以上，[^；]*；III级生态廊道（[^）]*）绿化率达(?<l3>\d+)%以上，[^；]*；IV级生态廊道（[^）]*）绿化率达(?<l4>\d+)%以上/,
    out: [
      { g: 'avg', indicator: 'eco_corridor_greening_rate_pct', unit: '%' },
      { g: 'l1', indicator: 'eco_corridor_l1_greening_rate_pct', unit: '%' },
      { g: 'l2', indicator: 'eco_corridor_l2_greening_rate_pct', unit: '%' },
      { g: 'l3', indicator: 'eco_corridor_l3_greening_rate_pct', unit: '%' },
      { g: 'l4', indicator: 'eco_corridor_l4_greening_rate_pct', unit: '%' },
    ],
  },
  { doc: 11, re: /到(?<y>\d{4})年年底，完成生态廊道绿化工程(?<v>[\d.]+)万亩/, out: [{ g: 'v', indicator: 'eco_corridor_greening_area', unit: '万亩' }] },
  { doc: 11, re: /到(?<y>\d{4})年年底，完成乡村绿化美化工程(?<v>[\d.]+)万亩/, out: [{ g: 'v', indicator: 'rural_greening_area', unit: '万亩' }] },
  { doc: 11, re: /到(?<y>\d{4})年年底，完成山区生态林工程(?<v>[\d.]+)万亩/, out: [{ g: 'v', indicator: 'mountain_eco_forest_area', unit: '万亩' }] },
  { doc: 11, re: /到(?<y>\d{4})年年底，完成农田防护林工程(?<v>[\d.]+)万亩/, out: [{ g: 'v', indicator: 'farmland_shelterbelt_area', unit: '万亩' }] },

  // ---------------- 许政〔2020〕12号 elderly care
  {
    doc: 12, re: /到\s*(?<y>\d{4})\s*年年底，全面建成[^。]*?力争每千名老年人拥有养老床位数达到\s*(?<v>\d+)\s*张/,
    out: [{ g: 'v', indicator: 'elderly_care_beds_per_1000_elderly', unit: '张' }],
  },
  {
    doc: 12, re: /（其中\s*(?<y>\d{4})\s*年每千名老年人拥有养老床位数达到\s*(?<v>\d+)\s*张）/,
    out: [{ g: 'v', indicator: 'elderly_care_beds_per_1000_elderly', unit: '张' }],
  },
  {
    doc: 12, re: /到\s*(?<y>\d{4})\s*年年底，全市\s*(?<v>\d+)\s*个街道办事处每个至少建成\s*1\s*个综合养老服务中心/,
    out: [{
      g: 'v', indicator: 'subdistricts_with_eldercare_centre', unit: '个',
      note: 'all 31 街道办事处 are to have at least one 综合养老服务中心 (每个至少建成1个)',
    }],
  },
  { doc: 12, re: /(?<y>\d{4})\s*年年底全市建成\s*(?<v>\d+)\s*个示范性农村幸福院/, out: [{ g: 'v', indicator: 'demo_rural_happiness_homes', unit: '个' }] },
  {
    doc: 12, re: /(?<y>\d{4})\s*年年底前，每个县（市、区）至少建成\s*(?<v>\d+)\s*所养老床位不低于\s*100\s*张的/,
    out: [{ g: 'v', indicator: 'county_public_care_facilities', unit: '所', areas: XIAN_SHI_QU, note: NOTE_XIAN_SHI_QU }],
  },
  { doc: 12, re: /(?<y>\d{4})年6月底前，完成(?<v>\d+)所乡镇敬老院升级改造/, out: [{ g: 'v', indicator: 'township_nursing_homes_upgraded', unit: '所' }] },
  {
    doc: 12, year: 2020,
    re: /全面落实老年人关爱服务政策，对\s*80\s*岁以上老年人发放高龄津贴，其中\s*80—89\s*岁老年人每人每月不低于\s*(?<a>\d+)\s*元，90—99\s*岁老年人每人每月不低于\s*(?<b>\d+)\s*元，100\s*岁以上老年人每人每月不低于\s*(?<c>\d+)\s*元/,
    note: 'year 2020 inferred: the sentence prints no year; the plan (dated 2020-04-24) says to apply the allowance policy in full (全面落实…政策), read as the standard in force in 2020; 不低于: a floor',
    out: [
      { g: 'a', indicator: 'old_age_allowance_80_89_yuan_month', unit: '元/人·月', kind: 'actual' },
      { g: 'b', indicator: 'old_age_allowance_90_99_yuan_month', unit: '元/人·月', kind: 'actual' },
      { g: 'c', indicator: 'old_age_allowance_100plus_yuan_month', unit: '元/人·月', kind: 'actual' },
    ],
  },

  // ---------------- 许政〔2020〕13号 rural revitalisation
  { doc: 13, re: /(?<y>\d{4})年全市建设(?<v>\d+)个绿色优质农产品标准化种养基地/, out: [{ g: 'v', indicator: 'green_agri_standard_bases', unit: '个' }] },
  {
    doc: 13, re: /(?<y>\d{4})年力争新增(?<a>\d+)个绿色食品、培育(?<b>\d+)个知名农业品牌/,
    out: [
      { g: 'a', indicator: 'green_food_products_new', unit: '个' },
      { g: 'b', indicator: 'known_agri_brands_new', unit: '个' },
    ],
  },
  { doc: 13, re: /(?<y>\d{4})年，建成国家级标准化示范场(?<v>\d+)个/, out: [{ g: 'v', indicator: 'national_standard_livestock_farms', unit: '个' }] },
  { doc: 13, re: /(?<y>\d{4})年全市新建高标准农田(?<v>[\d.]+)万亩/, out: [{ g: 'v', indicator: 'high_standard_farmland_new', unit: '万亩' }] },
  {
    doc: 13, re: /(?<y>\d{4})年全市力争按照每亩不低于3000元的标准，打造(?<v>[\d.]+)万亩高标准农田高效灌溉示范区/,
    out: [{ g: 'v', indicator: 'efficient_irrigation_demo_area', unit: '万亩' }],
  },
  {
    doc: 13, re: /(?<y>\d{4})年，全市主要农作物农药使用量实现负增长，绿色防控覆盖率达到(?<a>\d+)%以上，专业化统防统治覆盖率达到(?<b>\d+)%/,
    out: [
      { g: 'a', indicator: 'green_pest_control_coverage_pct', unit: '%' },
      { g: 'b', indicator: 'professional_pest_control_coverage_pct', unit: '%' },
    ],
  },
  { doc: 13, re: /(?<y>\d{4})年年底前，全市废弃农膜回收率达(?<v>\d+)%以上/, out: [{ g: 'v', indicator: 'farm_film_recovery_rate_pct', unit: '%' }] },
  {
    doc: 13, re: /(?<y>\d{4})年，全市(?<v>\d+)个产粮（油）大县全面推广实施农药包装废弃物回收处理/,
    out: [{ g: 'v', indicator: 'pesticide_packaging_recycling_counties', unit: '个' }],
  },
  {
    doc: 13, re: /(?<y>\d{4})年，县（市、区）普遍开展[^；。]*对生活垃圾进行处理的村占比达到(?<v>\d+)%以上/,
    out: [{ g: 'v', indicator: 'villages_treating_household_waste_pct', unit: '%' }],
  },
  {
    doc: 13, re: /到(?<y>\d{4})年，形成稳定有效的处理机制，对生活垃圾进行处理的村占比达到(?<v>\d+)%以上/,
    out: [{ g: 'v', indicator: 'villages_treating_household_waste_pct', unit: '%' }],
  },
  { doc: 13, re: /(?<y>\d{4})年年底全市农村生活污水治理率达到(?<v>\d+)%以上/, out: [{ g: 'v', indicator: 'rural_sewage_treatment_rate_pct', unit: '%' }] },
  {
    doc: 13, re: /(?<y>\d{4})年完成(?<a>\d+)个村、(?<b>[\d.]+)万户农村户用卫生厕所改造工作，全市农村无害化卫生厕所普及率达到(?<c>\d+)%以上/,
    out: [
      { g: 'a', indicator: 'rural_toilet_renovation_villages', unit: '个' },
      { g: 'b', indicator: 'rural_toilet_renovations', unit: '万户' },
      { g: 'c', indicator: 'rural_sanitary_toilet_coverage_pct', unit: '%' },
    ],
  },
  { doc: 13, re: /(?<y>\d{4})年，全市新增水土流失治理面积(?<v>[\d.]+)平方公里/, out: [{ g: 'v', indicator: 'soil_erosion_control_area_new', unit: '平方公里' }] },
  {
    doc: 13, re: /(?<y>\d{4})年建成(?<a>\d+)个森林特色小镇、(?<b>\d+)个森林乡村、(?<c>\d+)个绿化模范村（果树进村示范村）/,
    out: [
      { g: 'a', indicator: 'forest_towns', unit: '个' },
      { g: 'b', indicator: 'forest_villages', unit: '个' },
      { g: 'c', indicator: 'fruit_tree_demo_villages', unit: '个', note: 'printed 绿化模范村（果树进村示范村）' },
    ],
  },

  // ---------------- 许政〔2020〕14号 manufacturing (the 发展目标 are in MFG_SPECS)
  {
    doc: 14, re: /(?<y>\d{4})年年底淘汰炭化室高度在(?<v>[\d.]+)米及以下的焦炉/,
    out: [{ g: 'v', indicator: 'coke_oven_phaseout_height_threshold', unit: '米' }],
  },

  // ---------------- 许政〔2020〕15号 opening-up
  {
    doc: 15,
    re: /(?<y0>\d{4})到(?<y>\d{4})年，实际利用省外资金年均增长(?<a>\d+)%，实际利用外资年均增长(?<b>\d+)%，对外贸易进出口年均增长(?<c>\d+)%，跨境电商交易额年均增长(?<d>\d+)%/,
    note: 'average annual growth over 2020–2022 (2020到2022年，…年均增长); year = the end of the period',
    out: [
      { g: 'a', indicator: 'capital_from_outside_province_growth_pct', unit: '%' },
      { g: 'b', indicator: 'fdi_utilised_growth_pct', unit: '%' },
      { g: 'c', indicator: 'foreign_trade_growth_pct', unit: '%' },
      { g: 'd', indicator: 'cross_border_ecommerce_growth_pct', unit: '%' },
    ],
  },
  {
    doc: 15, re: /(?<y>\d{4})年年底，实现试点市场主体达到(?<a>\d+)户以上，年交易额达到(?<b>\d+)亿元/,
    out: [
      { g: 'a', indicator: 'market_procurement_pilot_entities', unit: '户' },
      { g: 'b', indicator: 'market_procurement_pilot_trade_value', unit: '亿元' },
    ],
  },
  {
    doc: 15, re: /到(?<y>\d{4})年，产业园对德合作企业占全市对德合作企业总数的(?<v>\d+)%以上/,
    out: [{ g: 'v', indicator: 'sino_german_park_share_of_german_coop_firms_pct', unit: '%', place_id: 'park-sino-german-xz2020' }],
  },
  {
    doc: 15, re: /力争到(?<y>\d{4})年末，全市引进和培育中德（欧）合作项目总数达到(?<a>\d+)个，其中产业项目占(?<b>\d+)%以上/,
    out: [
      { g: 'a', indicator: 'sino_german_cooperation_projects', unit: '个' },
      { g: 'b', indicator: 'sino_german_projects_industrial_share_pct', unit: '%' },
    ],
  },
  {
    doc: 15,
    re: /(?<y>\d{4})年，累计培育(?<a>\d+)个以上跨境电子商务产业集群，重点扶持(?<b>\d+)家跨境电子商务企业发展，跨境电子商务年交易额超(?<c>\d+)亿元/,
    out: [
      { g: 'a', indicator: 'cross_border_ecommerce_clusters', unit: '个' },
      { g: 'b', indicator: 'cross_border_ecommerce_firms_supported', unit: '家' },
      { g: 'c', indicator: 'cross_border_ecommerce_volume', unit: '亿元' },
    ],
  },

  // ---------------- 许政〔2020〕16号 culture
  { doc: 16, section: CULTURE_2021, re: /人均公共文化财政支出达到(?<v>\d+)元以上/, out: [{ g: 'v', indicator: 'public_culture_spending_per_capita', unit: '元' }] },
  {
    doc: 16, section: CULTURE_2021, re: /城乡居民文化娱乐消费支出占家庭消费支出的比重达到(?<v>[\d.]+)%以上/,
    out: [{ g: 'v', indicator: 'culture_entertainment_consumption_share_pct', unit: '%' }],
  },
  {
    doc: 16, section: CULTURE_2021, re: /全市文化及相关产业增加值突破(?<a>\d+)亿元，占GDP比重达(?<b>[\d.]+)%以上/,
    out: [
      { g: 'a', indicator: 'culture_industry_value_added', unit: '亿元' },
      { g: 'b', indicator: 'culture_industry_gdp_share_pct', unit: '%' },
    ],
  },
  { doc: 16, section: CULTURE_2025, re: /全市文化及相关产业增加值突破(?<v>\d+)亿元/, out: [{ g: 'v', indicator: 'culture_industry_value_added', unit: '亿元' }] },
  {
    doc: 16, re: /(?<y>\d{4})年年底，市、县两级公共图书馆、文化馆全部达到国家二级馆以上标准，全市乡（镇、办）、村（社区）综合性文化服务中心全部达标，建设特色文化分馆(?<v>\d+)个以上/,
    out: [{ g: 'v', indicator: 'special_culture_branches', unit: '个' }],
  },
  {
    doc: 16, re: /基层群众参与文化活动覆盖率(?<ya>\d{4})年年底达到(?<a>\d+)%以上，(?<yb>\d{4})年年底达到(?<b>\d+)%以上/,
    out: [
      { g: 'a', yearGroup: 'ya', indicator: 'grassroots_culture_participation_pct', unit: '%' },
      { g: 'b', yearGroup: 'yb', indicator: 'grassroots_culture_participation_pct', unit: '%' },
    ],
  },
  {
    doc: 16, re: /到(?<ya>\d{4})年，基本实现每个村（社区）有(?<a>\d+)名以上宣传文化骨干，到(?<yb>\d{4})年，每个村（社区）有(?<b>\d+)支品牌文化团队/,
    out: [
      { g: 'a', yearGroup: 'ya', indicator: 'culture_backbones_per_village', unit: '名' },
      { g: 'b', yearGroup: 'yb', indicator: 'brand_culture_teams_per_village', unit: '支' },
    ],
  },
  {
    doc: 16, re: /到(?<y>\d{4})年年底，全市A级旅游景区新增(?<a>\d+)个以上，至少达到(?<b>\d+)个/,
    out: [
      { g: 'a', indicator: 'a_grade_scenic_areas_added', unit: '个' },
      { g: 'b', indicator: 'a_grade_scenic_areas', unit: '个' },
    ],
  },
  {
    doc: 16, re: /(?<y>\d{4})年年底，全市省级特色生态旅游示范乡镇达到(?<a>\d+)个以上、乡村旅游特色村达到(?<b>\d+)个以上/,
    out: [
      { g: 'a', indicator: 'provincial_eco_tourism_demo_towns', unit: '个' },
      { g: 'b', indicator: 'rural_tourism_featured_villages', unit: '个' },
    ],
  },
  { doc: 16, re: /(?<y>\d{4})年实现平台入驻企业(?<v>\d+)家/, out: [{ g: 'v', indicator: 'culture_tourism_platform_firms', unit: '家' }] },
  {
    doc: 16, re: /提升文化创意产业园管理运营水平[^。]*?(?<y>\d{4})年入驻企业过(?<v>百)家/,
    out: [{ g: 'v', indicator: 'cultural_creative_park_firms', unit: '家', note: '过百家 read as more than 100 (百 = 100)' }],
  },
  { doc: 16, re: /(?<y>\d{4})年我市博物馆总数达到(?<v>\d+)家以上/, out: [{ g: 'v', indicator: 'museums', unit: '家' }] },

  // ---------------- 许政〔2020〕17号 health (the indicators table is parsed separately)
  {
    doc: 17, section: HEALTH_2021, re: /社区卫生服务机构覆盖率达到(?<v>\d+)%/,
    out: [{ g: 'v', indicator: 'community_health_service_coverage_pct', unit: '%' }],
  },
  {
    doc: 17, re: /到(?<y>\d{4})年年底，社区卫生服务中心、政府举办的社区卫生服务站、乡镇卫生院和(?<v>\d+)%以上的村卫生室具备中医药服务能力/,
    out: [{ g: 'v', indicator: 'village_clinics_tcm_capable_pct', unit: '%' }],
  },
  {
    doc: 17, re: /到(?<y>\d{4})年年底，(?<v>\d+)%以上的社区卫生服务中心和乡镇卫生院设立中医馆等中医综合服务区/,
    out: [{ g: 'v', indicator: 'primary_care_with_tcm_hall_pct', unit: '%', note: 'a floor (以上)' }],
  },
  {
    doc: 17, re: /每个县（市、区）力争在(?<y>\d{4})年创成省市级健康示范乡镇(?<a>\d+)个，健康村（社区）(?<b>\d+)个，健康单位(?<c>\d+)个，健康家庭(?<d>\d+)个/,
    out: [
      { g: 'a', indicator: 'healthy_towns', unit: '个', areas: XIAN_SHI_QU, note: NOTE_XIAN_SHI_QU },
      { g: 'b', indicator: 'healthy_villages', unit: '个', areas: XIAN_SHI_QU, note: NOTE_XIAN_SHI_QU },
      { g: 'c', indicator: 'healthy_units', unit: '个', areas: XIAN_SHI_QU, note: NOTE_XIAN_SHI_QU },
      { g: 'd', indicator: 'healthy_families', unit: '个', areas: XIAN_SHI_QU, note: NOTE_XIAN_SHI_QU },
    ],
  },

  // ---------------- 许政〔2020〕18号 science (plan text; its annex is parsed separately)
  {
    doc: 18, section: SCIENCE_GOALS_2022, re: /研究与试验发展（R&D）经费投入强度达到(?<v>[\d.]+)%以上/,
    out: [{ g: 'v', indicator: 'rd_intensity_pct', unit: '%' }],
  },
  {
    doc: 18, section: SCIENCE_GOALS_2022, re: /高新技术产业增加值占规模以上工业增加值的比重达到(?<v>\d+)%以上/,
    out: [{ g: 'v', indicator: 'high_tech_industry_va_share_pct', unit: '%' }],
  },
  {
    doc: 18, section: SCIENCE_TEXT, re: /到(?<y>\d{4})年，全市通过备案的科技型中小企业达到(?<v>\d+)家左右/,
    out: [{ g: 'v', indicator: 'tech_smes', unit: '家', note: '左右: about' }],
  },
  {
    doc: 18, section: SCIENCE_TEXT, re: /到(?<y>\d{4})年，全市高新技术企业总量达到(?<v>\d+)家左右/,
    out: [{ g: 'v', indicator: 'high_tech_enterprises', unit: '家', note: '左右: about' }],
  },
  {
    doc: 18, section: SCIENCE_TEXT, re: /到(?<y>\d{4})年，争取培育省“百强”企业、省“百快”企业各(?<a>\d+)家左右，“雏鹰”企业(?<b>\d+)家以上/,
    out: [
      { g: 'a', indicator: 'provincial_top100_innovation_firms', unit: '家', note: '各10家左右: 10 each of 省“百强” and 省“百快”' },
      { g: 'a', indicator: 'provincial_gazelle_firms', unit: '家', note: '各10家左右: 10 each of 省“百强” and 省“百快”' },
      { g: 'b', indicator: 'eaglet_firms', unit: '家' },
    ],
  },
  {
    doc: 18, section: SCIENCE_TEXT,
    re: /到(?<y>\d{4})年，省级工程（技术）研究中心、重点实验室、企业技术（创新）中心、产业技术创新中心达到(?<a>\d+)家以上，市级创新平台达到(?<b>\d+)家以上，新建省级产业技术创新战略联盟(?<c>\d+)家左右/,
    out: [
      {
        g: 'a', indicator: 'provincial_rd_platforms', unit: '家',
        note: 'counts 省级工程（技术）研究中心、重点实验室、企业技术（创新）中心、产业技术创新中心; the annex says 100 for three of these types (see checks)',
      },
      { g: 'b', indicator: 'municipal_innovation_platforms', unit: '家' },
      { g: 'c', indicator: 'provincial_tech_alliances_new', unit: '家' },
    ],
  },
  {
    doc: 18, section: SCIENCE_TEXT, re: /到(?<y>\d{4})年，争取新建创新创业孵化平台(?<v>\d+)家左右/,
    out: [{ g: 'v', indicator: 'incubation_platforms_new', unit: '家' }],
  },
  {
    doc: 18, section: SCIENCE_TEXT, re: /到(?<y>\d{4})年，争取新引进(?<a>\d+)个左右创新创业人才（团队），(?<b>\d+)名以上优秀科技人才进入国家、省科技创新人才计划/,
    out: [
      { g: 'a', indicator: 'innovation_talent_teams_recruited', unit: '个' },
      { g: 'b', indicator: 'talents_in_national_provincial_programmes', unit: '名' },
    ],
  },
  {
    doc: 18, section: SCIENCE_TEXT, re: /到(?<y>\d{4})年，力争经备案的省级新型研发机构达到(?<v>\d+)家以上/,
    out: [{ g: 'v', indicator: 'provincial_new_rd_institutions', unit: '家' }],
  },
  {
    doc: 18, section: SCIENCE_TEXT, re: /到(?<y>\d{4})年，力争实施“十百千”转型升级创新专项(?<v>\d+)个以上/,
    out: [{ g: 'v', indicator: 'innovation_special_projects', unit: '个' }],
  },
  {
    doc: 18, section: SCIENCE_TEXT, re: /到(?<y>\d{4})年，争取引进落地中德（欧）合作和技术成果转化项目(?<v>\d+)个以上/,
    out: [{ g: 'v', indicator: 'sino_german_tech_transfer_projects', unit: '个' }],
  },
];

/**
 * The manufacturing plan's 发展目标 (2020—2022): the same list in the draft (seed 003) and the final plan
 * 许政〔2020〕14号. `in` says where the target must be found; `alt` is what the other version prints instead
 * (used for the check line and text).
 */
export interface MfgSpec {
  indicator: string;
  unit: string;
  re: RegExp;
  g?: string;
  in: readonly ('draft' | 'final')[];
  /** the other version's wording where it drops the figure */
  alt?: { version: 'draft' | 'final'; re: RegExp };
  note?: string;
}
export const MFG_SPECS: readonly MfgSpec[] = [
  { indicator: 'enterprises_revenue_over_10bn', unit: '家', re: /超百亿企业突破\s*(?<v>\d+)\s*家/, in: ['draft', 'final'] },
  { indicator: 'industry_enterprises_above_scale', unit: '家', re: /规模以上工业企业突破\s*(?<v>\d+)\s*家/, in: ['draft', 'final'] },
  { indicator: 'emerging_industry_va_share_pct', unit: '%', re: /(?<!战略性)新兴产业占规模以上工业增加值的比重达到\s*(?<v>[\d.]+)%以上/, in: ['draft'] },
  { indicator: 'strategic_emerging_industry_va_share_pct', unit: '%', re: /战略性新兴产业占规模以上工业增加值的比重达到\s*(?<v>[\d.]+)%以上/, in: ['final'] },
  { indicator: 'high_tech_industry_va_share_pct', unit: '%', re: /高新技术产业增加值占规模以上工业增加值的比重达到\s*(?<v>[\d.]+)%以上/, in: ['draft', 'final'] },
  { indicator: 'industrial_zone_tax_per_mu', unit: '万元/亩', re: /产业集聚区内企业亩均税收达到\s*(?<v>[\d.]+)\s*万元/, in: ['draft', 'final'] },
  {
    indicator: 'rd_intensity_pct', unit: '%', re: /研究与试验发展经费投入强度达到\s*(?<v>[\d.]+)%以上/, in: ['draft'],
    alt: { version: 'final', re: /研究与试验发展经费投入强度高于全省平均水平/ },
  },
  { indicator: 'provincial_rd_platforms', unit: '家', re: /省级研发平台达到\s*(?<v>\d+)\s*家以上/, in: ['draft', 'final'] },
  { indicator: 'high_tech_enterprises', unit: '家', re: /高新技术企业达到\s*(?<v>\d+)\s*家以上/, in: ['final'], note: '以上: a floor' },
  { indicator: 'tech_smes', unit: '家', re: /科技型中小企业达到\s*(?<v>\d+)\s*家左右/, in: ['final'], note: '左右: about' },
  { indicator: 'innovation_talent_teams_recruited', unit: '个', re: /引进\s*(?<v>\d+)\s*个以上创新创业人才（团队）/, in: ['draft'] },
  { indicator: 'high_level_leading_talents_recruited', unit: '名', re: /引进\s*\d+\s*个以上创新创业人才（团队）、(?<v>\d+)\s*名以上高层次领军人才/, in: ['draft'] },
  { indicator: 'key_process_nc_rate_pct', unit: '%', re: /规模以上工业企业关键工序数控化率超过\s*(?<v>[\d.]+)%/, in: ['draft', 'final'] },
  { indicator: 'industrial_robots_in_use', unit: '台', re: /工业机器人示范应用达到\s*(?<v>\d+)\s*台以上/, in: ['draft', 'final'] },
  { indicator: 'smart_demo_production_lines', unit: '条', re: /建设\s*(?<v>\d+)\s*条智能化示范生产线/, in: ['draft', 'final'] },
  {
    indicator: 'smart_factories', unit: '个', re: /建成\s*(?<v>\d+)\s*家智能(?:制造)?工厂（车间）/, in: ['draft', 'final'],
    note: 'the draft says 智能制造工厂（车间）, the final 智能工厂（车间）; printed 家 (counted in 个, the shared definition\'s unit)',
  },
  { indicator: 'industrial_enterprises_on_cloud', unit: '家', re: /实现\s*(?<v>\d+)\s*家工业企业上云/, in: ['draft', 'final'] },
  {
    indicator: 'two_integration_benchmarking_firms', unit: '家', g: 'a', in: ['draft', 'final'],
    re: /两化融合管理体系对标和贯标企业分别达到\s*(?<a>\d+)\s*家、\s*(?<b>\d+)\s*家/,
  },
  {
    indicator: 'two_integration_certified_firms', unit: '家', g: 'b', in: ['draft', 'final'],
    re: /两化融合管理体系对标和贯标企业分别达到\s*(?<a>\d+)\s*家、\s*(?<b>\d+)\s*家/,
  },
  { indicator: 'key_product_spot_check_pass_rate_pct', unit: '%', re: /重点工业产品监督抽查合格率达到\s*(?<v>[\d.]+)%以上/, in: ['draft', 'final'] },
  { indicator: 'standards_led_or_participated', unit: '项', re: /主导或参与制定国际、国家、行业和地方标准达到\s*(?<v>\d+)\s*项以上/, in: ['draft'] },
  { indicator: 'brand_demo_zones', unit: '个', re: /创建\s*(?<v>\d+)\s*个以上知名品牌示范区/, in: ['draft', 'final'] },
];

/** The final plan's 千亿元级 clusters (listed before 等一批千亿元级产业集群) → place ids. An unknown name throws. */
const CLUSTERS: Record<string, string> = {
  电力装备: 'cluster-power-equipment-xz2020',
  节能环保装备及服务: 'cluster-energy-saving-env-equipment-xz2020',
  再生金属及制品: 'cluster-recycled-metals-xz2020',
  新一代信息技术: 'cluster-next-gen-it-xz2020',
  碳硅先进材料: 'cluster-carbon-silicon-materials-xz2020',
  新能源及网联汽车: 'cluster-nev-connected-vehicles-xz2020',
};

// ---------------------------------------------------------------------------------------------------------------
// places

interface PlaceItem {
  /** group holding the printed name (line and, unless `name` is given, the name) */
  g: string;
  id: string;
  /** a name built by us (e.g. 禹州市生物质电厂 from 禹州市、襄城县生物质电厂); needs a note */
  name?: string;
  category: string;
  /** group holding the printed area, or a printed area name; default 许昌市 */
  areaGroup?: string;
  area?: string;
  status: PlaceStatus;
  yearGroup?: string;
  town?: string;
  note?: string;
}
export interface PlaceSpec {
  doc: DocKey;
  section?: Section;
  re: RegExp;
  items: PlaceItem[];
}
const TOWN_NOTE_CITY = 'the text states no county: 411000 (the township is located from the gazetteer)';
export const PLACE_SPECS: readonly PlaceSpec[] = [
  // 许政〔2020〕7号
  {
    doc: 7, re: /未来三年内新建(?<n1>(?<a1>魏都区)庞庄污水处理厂)一期工程、(?<n2>(?<a2>示范区)污水处理厂)一期工程/,
    items: [
      { g: 'n1', id: 'sewage-weidu-pangzhuang-xz2020', category: 'sewage_plant', areaGroup: 'a1', status: 'planned', note: 'new plant (新建…一期工程) within three years (未来三年内)' },
      { g: 'n2', id: 'sewage-sfq-xz2020', category: 'sewage_plant', areaGroup: 'a2', status: 'planned', note: 'new plant (新建…一期工程) within three years (未来三年内)' },
    ],
  },
  {
    doc: 7, re: /对瑞贝卡污水处理厂一二期、(?<n1>(?<a1>魏都区)宏源污水处理厂)、(?<n2>(?<a2>长葛市)城南污水处理厂)、邓庄污水处理厂/,
    items: [
      { g: 'n1', id: 'sewage-weidu-hongyuan-xz2020', category: 'sewage_plant', areaGroup: 'a1', status: 'upgrading', note: 'upgrade to a higher discharge standard (提标改造)' },
      { g: 'n2', id: 'sewage-changge-chengnan-xz2020', category: 'sewage_plant', areaGroup: 'a2', status: 'upgrading', note: 'upgrade to a higher discharge standard (提标改造)' },
    ],
  },
  {
    doc: 7, re: /持续推动(?<a1>禹州市)、(?<a2>襄城县)生物质电厂建设，争取(?<y>\d{4})年12月底建成投产/,
    items: [
      { g: 'a1', id: 'power-biomass-yuzhou-xz2020', name: '禹州市生物质电厂', category: 'power_plant', areaGroup: 'a1', status: 'planned', yearGroup: 'y', note: 'name built from "禹州市、襄城县生物质电厂"; to start operation by the end of 2020 (争取…建成投产)' },
      { g: 'a2', id: 'power-biomass-xiangcheng-xz2020', name: '襄城县生物质电厂', category: 'power_plant', areaGroup: 'a2', status: 'planned', yearGroup: 'y', note: 'name built from "禹州市、襄城县生物质电厂"; to start operation by the end of 2020 (争取…建成投产)' },
    ],
  },
  {
    doc: 7, re: /加快推进(?<n>(?<a>开发区)生物医药产业园)专用线建设/,
    items: [{ g: 'n', id: 'park-jkq-biomedicine-xz2020', category: 'industrial_park', areaGroup: 'a', status: 'existing', note: 'status existing: the text builds a gas line to the park (专用线建设)' }],
  },
  // 许政〔2020〕9号
  {
    doc: 9, re: /(?<y>\d{4})年12月底前，基本完成(?<n1>(?<a1>鄢陵县)第二污水处理厂)二期工程、(?<n2>(?<a2>建安区)三达污水处理厂)三期工程建设/,
    items: [
      { g: 'n1', id: 'sewage-yanling-no2-xz2020', category: 'sewage_plant', areaGroup: 'a1', status: 'upgrading', yearGroup: 'y', note: 'status upgrading: phase 2 (二期工程) of an existing plant, basically complete by the end of 2020' },
      { g: 'n2', id: 'sewage-jianan-sanda-xz2020', category: 'sewage_plant', areaGroup: 'a2', status: 'upgrading', yearGroup: 'y', note: 'status upgrading: phase 3 (三期工程) of an existing plant, basically complete by the end of 2020; also named in 许政〔2020〕7号 and 10号' },
    ],
  },
  // 许政〔2020〕10号
  {
    doc: 10, re: /以(?<n>(?<a>长葛)大周产业集聚区)向北至市界/,
    items: [{ g: 'n', id: 'park-changge-dazhou-xz2020', category: 'industrial_park', areaGroup: 'a', status: 'existing', town: '大周' }],
  },
  {
    doc: 10, re: /扎实推进(?<n>(?<a>开发区)森林公园)建设/,
    items: [{ g: 'n', id: 'forest-park-jkq-xz2020', category: 'forest_park', areaGroup: 'a', status: 'planned' }],
  },
  {
    doc: 10, re: /建安区三达污水处理厂、(?<n>(?<a>开发区)屯南污水处理厂)、长葛市污水净化站/,
    items: [{ g: 'n', id: 'sewage-jkq-tunnan-xz2020', category: 'sewage_plant', areaGroup: 'a', status: 'upgrading', note: 'upgrade to a higher discharge standard (提标改造工程)' }],
  },
  {
    doc: 10, re: /强化(?<a>鄢陵县)生态环境优势，突出(?<t1>陈化店)的茶、(?<t2>柏梁镇)的温泉/,
    items: [
      { g: 't1', id: 'town-chenhuadian-xz2020', category: 'town', areaGroup: 'a', status: 'existing', town: '陈化店', note: 'featured town (特色小镇) of 鄢陵县: tea (茶)' },
      { g: 't2', id: 'town-bailiang-xz2020', category: 'town', areaGroup: 'a', status: 'existing', town: '柏梁镇', note: 'featured town (特色小镇) of 鄢陵县: hot springs (温泉)' },
    ],
  },
  // 许政〔2020〕14号
  {
    doc: 14, re: /建设(?<n>(?<a>禹州市)环保装备产业园)/,
    items: [{ g: 'n', id: 'park-yuzhou-env-equipment-xz2020', category: 'industrial_park', areaGroup: 'a', status: 'planned' }],
  },
  {
    doc: 14, re: /加快静脉产业园、(?<n1>(?<a1>襄城县)煤焦化循环经济产业园)、(?<n2>许昌（(?<a2>魏都)）循环经济产业园)建设/,
    items: [
      { g: 'n1', id: 'park-xiangcheng-coking-circular-xz2020', category: 'industrial_park', areaGroup: 'a1', status: 'planned' },
      { g: 'n2', id: 'park-weidu-circular-xz2020', category: 'industrial_park', areaGroup: 'a2', status: 'planned', note: 'area from the name: 许昌（魏都）' },
    ],
  },
  // 许政〔2020〕15号
  {
    doc: 15, re: /高标准规划建设(?<n>中德（许昌）产业园)，建安区、市城乡一体化示范区、经济技术开发区、长葛市大周产业集聚区要完善园区配套设施建设/,
    items: [{
      g: 'n', id: 'park-sino-german-xz2020', category: 'industrial_park', status: 'planned',
      note: 'one park in four parts (一园四区): 建安区、示范区、经济技术开发区 and 长葛市大周产业集聚区; recorded city-wide (411000)',
    }],
  },
  {
    doc: 15, re: /支持(?<a>经济技术开发区)建设(?<n>中瑞国际合作产业园)/,
    items: [{ g: 'n', id: 'park-sino-swiss-xz2020', category: 'industrial_park', areaGroup: 'a', status: 'planned' }],
  },
  // 许政〔2020〕16号
  {
    doc: 16, section: { start: /16\.\s*打造(?<a>禹州)钧瓷文化品牌。/, end: /17\.\s*打造鄢陵生态文化品牌/, what: 'task 16 (打造禹州钧瓷文化品牌)' },
    re: /加快(?<n>神垕古镇)保护开发建设，以创建国家5A级景区为抓手/,
    items: [{ g: 'n', id: 'scenic-shenhou-old-town-xz2020', category: 'scenic_area', status: 'upgrading', town: '神垕', note: 'to become a national 5A scenic area (以创建国家5A级景区为抓手)' }],
  },
  {
    doc: 16, re: /打造(?<a>魏都)文化旅游品牌。依托(?<n>曹魏古城)打造/,
    items: [{ g: 'n', id: 'scenic-caowei-old-city-xz2020', category: 'scenic_area', areaGroup: 'a', status: 'existing', note: 'area: the sentence builds the 魏都 tourism brand on the old city (task 15 is led by 魏都区政府)' }],
  },
  {
    doc: 16, re: /加快推进(?<a>鄢陵)国家全域旅游示范区、黄河故道国家健康养老示范区、国家级旅游度假区、(?<n>中原梦想城)等重点项目建设/,
    items: [{ g: 'n', id: 'scenic-zhongyuan-dream-city-xz2020', category: 'scenic_area', areaGroup: 'a', status: 'planned', note: 'area: listed among the 鄢陵 key projects of task 17 (打造鄢陵生态文化品牌)' }],
  },
  {
    doc: 16, re: /推进实施(?<n>灵井“许昌人”考古遗址公园)/,
    items: [{ g: 'n', id: 'heritage-lingjing-park-xz2020', category: 'heritage_site', status: 'planned', town: '灵井', note: TOWN_NOTE_CITY }],
  },
  {
    doc: 16, re: /做好夏文化研究和(?<n>(?<a>禹州)瓦店遗址)的考古发掘/,
    items: [{ g: 'n', id: 'heritage-yuzhou-wadian-xz2020', category: 'heritage_site', areaGroup: 'a', status: 'existing' }],
  },
  {
    doc: 16, re: /完成(?<a1>长葛市)、(?<a2>鄢陵县)和(?<a3>襄城县)3个县级博物馆和4家特色非国有博物馆建设/,
    items: [
      { g: 'a1', id: 'museum-changge-county-xz2020', name: '长葛市县级博物馆', category: 'museum', areaGroup: 'a1', status: 'planned', note: 'the text names the county, not the museum: name = county + 县级博物馆' },
      { g: 'a2', id: 'museum-yanling-county-xz2020', name: '鄢陵县县级博物馆', category: 'museum', areaGroup: 'a2', status: 'planned', note: 'the text names the county, not the museum: name = county + 县级博物馆' },
      { g: 'a3', id: 'museum-xiangcheng-county-xz2020', name: '襄城县县级博物馆', category: 'museum', areaGroup: 'a3', status: 'planned', note: 'the text names the county, not the museum: name = county + 县级博物馆' },
    ],
  },
  // 许政〔2020〕17号
  {
    doc: 17, re: /在抓好(?<n1>(?<a1>禹州市)人民医院)、(?<n2>(?<a2>襄城县)人民医院)县域医疗中心建设的基础上，督促指导(?<n3>(?<a3>长葛市)人民医院)和(?<n4>(?<a4>鄢陵县)人民医院)启动县域医疗中心建设/,
    items: [
      { g: 'n1', id: 'hospital-yuzhou-peoples-xz2020', category: 'hospital', areaGroup: 'a1', status: 'upgrading', note: 'being built up as the county medical centre (县域医疗中心建设)' },
      { g: 'n2', id: 'hospital-xiangcheng-peoples-xz2020', category: 'hospital', areaGroup: 'a2', status: 'upgrading', note: 'being built up as the county medical centre (县域医疗中心建设)' },
      { g: 'n3', id: 'hospital-changge-peoples-xz2020', category: 'hospital', areaGroup: 'a3', status: 'upgrading', note: 'to start building up as the county medical centre (启动县域医疗中心建设)' },
      { g: 'n4', id: 'hospital-yanling-peoples-xz2020', category: 'hospital', areaGroup: 'a4', status: 'upgrading', note: 'to start building up as the county medical centre (启动县域医疗中心建设)' },
    ],
  },
  {
    doc: 17,
    re: /加快推动(?<n1>(?<a1>鄢陵县)妇幼保健院)迁建、(?<n2>(?<a2>长葛市)疾病预防控制中心)实验楼项目建设，指导(?<n3>(?<a3>许昌市)疾病预防控制中心)综合服务楼项目、(?<n4>(?<a4>襄城县)妇幼保健院)迁建项目/,
    items: [
      { g: 'n1', id: 'hospital-yanling-mch-xz2020', category: 'hospital', areaGroup: 'a1', status: 'planned', note: 'relocation to a new site (迁建); the new site is not given' },
      { g: 'n2', id: 'cdc-changge-xz2020', category: 'disease_control_centre', areaGroup: 'a2', status: 'upgrading', note: 'new laboratory building (实验楼项目)' },
      { g: 'n3', id: 'cdc-xuchang-xz2020', category: 'disease_control_centre', areaGroup: 'a3', status: 'upgrading', note: 'new service building (综合服务楼项目), preparatory stage' },
      { g: 'n4', id: 'hospital-xiangcheng-mch-xz2020', category: 'hospital', areaGroup: 'a4', status: 'planned', note: 'relocation to a new site (迁建项目), preparatory stage; the new site is not given' },
    ],
  },
  {
    doc: 17, re: /谋划(?<n1>(?<a1>许昌市)妇幼保健院)妇幼健康服务项目、(?<n2>(?<a2>许昌市)传染病医院)新建（改扩建）等项目/,
    items: [
      { g: 'n1', id: 'hospital-xuchang-mch-xz2020', category: 'hospital', areaGroup: 'a1', status: 'upgrading', note: 'a maternal and child health service project is being prepared (谋划)' },
      { g: 'n2', id: 'hospital-xuchang-infectious-xz2020', category: 'hospital', areaGroup: 'a2', status: 'planned', note: 'printed 新建（改扩建）: new building or expansion, prepared (谋划)' },
    ],
  },
  // 许政〔2020〕12号
  {
    doc: 12, re: /加快推进(?<n>(?<a>许昌市)老年综合福利大楼)公建民营工作/,
    items: [{ g: 'n', id: 'eldercare-xuchang-welfare-building-xz2020', category: 'eldercare_facility', areaGroup: 'a', status: 'existing', note: 'public building to be run by a private operator (公建民营)' }],
  },
];

/** Lists of townships in 许政〔2020〕10号 (、-separated, group list); every name needs an id here. */
interface TownList {
  doc: DocKey;
  re: RegExp;
  role: string;
}
const TOWN_LISTS: readonly TownList[] = [
  { doc: 10, re: /以城市快速路沿线(?<list>[^，。等]+)等乡镇为重点/, role: 'key township along the urban expressway (城市快速路沿线…等乡镇为重点)' },
  { doc: 10, re: /以(?<list>[^，。等]+)等全省百强乡镇为重点/, role: 'one of the province\'s top-100 townships (全省百强乡镇), to develop as an industrial featured town' },
  { doc: 10, re: /以(?<list>[^，。等]+)等具有百年或千年历史的古镇为重点/, role: 'historic town (具有百年或千年历史的古镇) to develop as a cultural featured town' },
];
const TOWN_IDS: Record<string, string> = {
  五女店: 'town-wunvdian-xz2020', 陈化店: 'town-chenhuadian-xz2020', 桂村: 'town-guicun-xz2020', 小召: 'town-xiaozhao-xz2020',
  灵井: 'town-lingjing-xz2020', 褚河: 'town-chuhe-xz2020', 颍阳: 'town-yingyang-xz2020', 大周: 'town-dazhou-xz2020',
  和尚桥: 'town-heshangqiao-xz2020', 神垕: 'town-shenhou-xz2020', 张潘: 'town-zhangpan-xz2020', 官亭: 'town-guanting-xz2020',
  彭店: 'town-pengdian-xz2020',
};

// ---------------------------------------------------------------------------------------------------------------
// tables

const HEALTH_TABLE_TITLE = '完善医疗卫生服务体系主要预期指标';
/** 指标名称 as printed → indicator id and the unit its parenthetical prints. An unknown name throws. */
const HEALTH_ROWS: Record<string, { id: string; unit: string }> = {
  '人均预期寿命（岁）': { id: 'life_expectancy', unit: '岁' },
  '婴儿死亡率（‰）': { id: 'infant_mortality_permille', unit: '‰' },
  '5岁以下儿童死亡率（‰）': { id: 'under5_mortality_permille', unit: '‰' },
  '孕产妇死亡率（/10万）': { id: 'maternal_mortality_per_100k', unit: '1/10万' },
  '居民健康素养（%）': { id: 'health_literacy_pct', unit: '%' },
  '每千常住人口执业（助理）医师数（人）': { id: 'doctors_per_1000', unit: '人' },
  '每千常住人口医疗卫生机构床位数（张）': { id: 'hospital_beds_per_1000', unit: '张' },
  '《国民体质测定标准》总体达到合格以上的人数比例（%）': { id: 'fitness_standard_pass_rate_pct', unit: '%' },
  '每千名老年人口拥有养老床位数（张）': { id: 'elderly_care_beds_per_1000_elderly', unit: '张' },
  '健康产业规模（亿元）': { id: 'health_industry_scale', unit: '亿元' },
};
/** Non-numeric cells the table may print; they give no row. */
const HEALTH_TEXT_CELLS = new Set(['高于全国平均水平']);

export interface HealthCell {
  printed: string;
  /** canonical value, or null for a text cell */
  value: string | null;
  bound: '' | '≤' | '≥';
}
export interface HealthTable {
  titleLine: number;
  headerLine: number;
  years: number[];
  rows: { line: number; serial: number; name: string; id: string; unit: string; cells: HealthCell[] }[];
}

function nextNonBlank(seed: Seed, from: number, to: number): number {
  for (let n = from; n <= to; n++) if (!isBlank(seed.line(n))) return n;
  throw new Error(`${seed.name}: nothing after line ${from - 1} (up to ${to})`);
}

/** The health indicators table of 许政〔2020〕17号: 序号 | 指标名称 | 2021年目标值 | 2025年目标值, rows 1..10. */
export function parseHealthTable(d: DocText): HealthTable {
  const seed = d.seed;
  const where = (n: number) => `${seed.name}:${n} (${d.doc} health table)`;
  const titleLine = findLine(seed, new RegExp(`^\\s*${HEALTH_TABLE_TITLE}\\s*$`), d.start, d.end);
  const headerLine = nextNonBlank(seed, titleLine + 1, d.end);
  const split = (n: number) => seed.line(n).split('\t').map((c) => c.trim());
  const header = split(headerLine);
  const years = header.slice(2).map((h) => /^(\d{4})年目标值$/.exec(h)?.[1]);
  if (header.length !== 4 || header[0] !== '序号' || header[1] !== '指标名称' || years.some((y) => !y)) {
    throw new Error(`${where(headerLine)}: unexpected header [${header.join(' | ')}]`);
  }
  const rows: HealthTable['rows'] = [];
  let n = headerLine + 1;
  for (; n <= d.end && !isBlank(seed.line(n)); n++) {
    const c = split(n);
    if (c.length !== 4) throw new Error(`${where(n)}: expected 4 cells, got ${c.length}`);
    if (c[0] !== String(rows.length + 1)) throw new Error(`${where(n)}: expected serial ${rows.length + 1}, got "${c[0]}"`);
    const def = HEALTH_ROWS[c[1]];
    if (!def) throw new Error(`${where(n)}: unknown indicator "${c[1]}"`);
    const cells = c.slice(2).map((printed): HealthCell => {
      if (HEALTH_TEXT_CELLS.has(printed)) return { printed, value: null, bound: '' };
      const m = /^(≤|≥)?\s*(\d+(?:\.\d+)?)$/.exec(printed);
      if (!m) throw new Error(`${where(n)}: cell "${printed}" is neither a number nor a known text`);
      return { printed, value: normaliseNumber(m[2]), bound: (m[1] ?? '') as HealthCell['bound'] };
    });
    rows.push({ line: n, serial: rows.length + 1, name: c[1], id: def.id, unit: def.unit, cells });
  }
  const names = rows.map((r) => r.name);
  for (const k of Object.keys(HEALTH_ROWS)) if (!names.includes(k)) throw new Error(`${where(headerLine)}: row "${k}" missing`);
  const after = nextNonBlank(seed, n, d.end);
  if (!/^\s*二、重点任务/.test(seed.line(after))) throw new Error(`${where(after)}: unexpected text after the table: "${seed.line(after).trim()}"`);
  return { titleLine, headerLine, years: years.map(Number), rows };
}

const SCI_ANNEX_TITLE = '许昌市加快科技创新推进“智造之都、宜居之城”建设重点任务一览表';
const SCI_ANNEX_HEADER = ['序号', '工作重点', '工作目标', '重点任务', '牵头单位', '责任主体'];
export interface SciAnnexTask {
  serial: number;
  focus: string;
  goal: string;
  /** line of the task's first row */
  line: number;
}
/**
 * The annex of 许政〔2020〕18号 (重点任务一览表): six tab-separated columns; a task row starts with its serial,
 * continuation rows have the first three cells empty; the header is repeated on every page, and a task running
 * over a page break is repeated with the same serial, focus and goal. Anything else throws.
 */
export function parseSciAnnex(d: DocText): SciAnnexTask[] {
  const seed = d.seed;
  const where = (n: number) => `${seed.name}:${n} (${d.doc} annex)`;
  const head = findLine(seed, /^\s*附\s*件\s*$/, d.start, d.end);
  const titleLine = nextNonBlank(seed, head + 1, d.end);
  if (seed.line(titleLine).trim() !== SCI_ANNEX_TITLE) throw new Error(`${where(titleLine)}: unexpected annex title`);
  const tasks: SciAnnexTask[] = [];
  let open: SciAnnexTask | null = null;
  let afterHeader = false;
  let headers = 0;
  for (let n = titleLine + 1; n <= d.end; n++) {
    if (isBlank(seed.line(n))) continue;
    const c = seed.line(n).split('\t').map((x) => x.trim());
    if (c.join('|') === SCI_ANNEX_HEADER.join('|')) {
      headers++;
      afterHeader = true;
      continue;
    }
    if (!headers) throw new Error(`${where(n)}: expected the header row`);
    if (c.length !== SCI_ANNEX_HEADER.length) throw new Error(`${where(n)}: expected ${SCI_ANNEX_HEADER.length} cells, got ${c.length}`);
    if (/^\d+$/.test(c[0])) {
      const serial = Number(c[0]);
      if (!c[1] || !c[2]) throw new Error(`${where(n)}: task ${serial} without 工作重点 / 工作目标`);
      if (open && serial === open.serial) {
        // a task continued over a page break: allowed right after a repeated header, with the same texts
        if (!afterHeader || c[1] !== open.focus || c[2] !== open.goal) throw new Error(`${where(n)}: task ${serial} repeated`);
      } else {
        if (serial !== tasks.length + 1) throw new Error(`${where(n)}: expected task ${tasks.length + 1}, got ${serial}`);
        open = { serial, focus: c[1], goal: c[2], line: n };
        tasks.push(open);
      }
    } else if (c[0] === '' && c[1] === '' && c[2] === '') {
      if (!open) throw new Error(`${where(n)}: continuation row before any task`);
    } else {
      throw new Error(`${where(n)}: unexpected row [${c.join(' | ')}]`);
    }
    if (!c[3]) throw new Error(`${where(n)}: row without 重点任务`);
    afterHeader = false;
  }
  if (!tasks.length) throw new Error(`${where(titleLine)}: no tasks`);
  return tasks;
}

/** Annex 工作目标 figures compared with the plan text (the rows come from the text). */
interface AnnexCheck {
  serial: number;
  re: RegExp;
  out: { g: string; indicator: string }[];
}
const SCI_ANNEX_CHECKS: readonly AnnexCheck[] = [
  { serial: 1, re: /到\s*(?<y>\d{4})\s*年，全市通过备案的科技型中小企业达到\s*(?<a>\d+)\s*家左右/, out: [{ g: 'a', indicator: 'tech_smes' }] },
  { serial: 2, re: /到\s*(?<y>\d{4})\s*年，全市高新技术企业总量达到\s*(?<a>\d+)\s*家左右/, out: [{ g: 'a', indicator: 'high_tech_enterprises' }] },
  {
    serial: 3, re: /到\s*(?<y>\d{4})\s*年，培育省“百强”企业、省“百快”企业各\s*(?<a>\d+)\s*家左右，“雏鹰”企业\s*(?<b>\d+)\s*家以上/,
    out: [{ g: 'a', indicator: 'provincial_top100_innovation_firms' }, { g: 'a', indicator: 'provincial_gazelle_firms' }, { g: 'b', indicator: 'eaglet_firms' }],
  },
  {
    serial: 4,
    re: /到\s*(?<y>\d{4})\s*年，省级工程技术研究中心、重点实验室、技术创新中心达到\s*(?<a>\d+)\s*家以上，市级创新平台达到\s*(?<b>\d+)\s*家以上，新建省级产业技术创新战略联盟\s*(?<c>\d+)\s*家左右/,
    out: [{ g: 'a', indicator: 'provincial_rd_platforms' }, { g: 'b', indicator: 'municipal_innovation_platforms' }, { g: 'c', indicator: 'provincial_tech_alliances_new' }],
  },
  { serial: 5, re: /到\s*(?<y>\d{4})\s*年，争取新建创新创业孵化平台\s*(?<a>\d+)\s*家左右/, out: [{ g: 'a', indicator: 'incubation_platforms_new' }] },
  {
    serial: 6, re: /到\s*(?<y>\d{4})\s*年，争取新引进\s*(?<a>\d+)\s*个左右创新创业人才（团队），(?<b>\d+)\s*名以上优秀科技人才/,
    out: [{ g: 'a', indicator: 'innovation_talent_teams_recruited' }, { g: 'b', indicator: 'talents_in_national_provincial_programmes' }],
  },
  { serial: 7, re: /到\s*(?<y>\d{4})\s*年，力争经备案的省级新型研发机构达到\s*(?<a>\d+)\s*家以上/, out: [{ g: 'a', indicator: 'provincial_new_rd_institutions' }] },
  { serial: 8, re: /到\s*(?<y>\d{4})\s*年，力争实施“十百千”转型升级创新专项\s*(?<a>\d+)\s*个以上/, out: [{ g: 'a', indicator: 'innovation_special_projects' }] },
  { serial: 10, re: /到\s*(?<y>\d{4})\s*年，争取引进落地中德（欧）合作和技术成果转移转化项目\s*(?<a>\d+)\s*个以上/, out: [{ g: 'a', indicator: 'sino_german_tech_transfer_projects' }] },
];
/** Annex-only figure (the plan text gives none): a row from the annex. */
const SCI_ANNEX_ROWS: readonly { serial: number; re: RegExp; indicator: string; unit: string }[] = [
  { serial: 13, re: /到\s*(?<y>\d{4})\s*年，建成\s*(?<v>\d+)\s*个以上国家、省级创新创业特色基地/, indicator: 'innovation_demo_bases', unit: '个' },
];

// ---------------------------------------------------------------------------------------------------------------
// definitions

const def = (id: string, topic: Topic, name_zh: string, name_en: string, unit: string, description: string): IndicatorDef =>
  ({ id, topic, name_zh, name_en, unit, description });
const MFG = 'the manufacturing action plan 2020—2022 (draft DRAFT-2020-MFG and final 许政〔2020〕14号; year from its 发展目标 section headed 到2022年)';
const FLOOR = 'Target floor (以上: at least).';
export const DEFS: readonly IndicatorDef[] = [
  // industry / manufacturing
  def('enterprises_revenue_over_10bn', 'industry', '营业收入超百亿元企业数', 'Enterprises with revenue above 10 billion yuan', '家', `Number of enterprises with revenue above 百亿 (10 billion) yuan. Target: more than this number (突破), from ${MFG}.`),
  def('industry_enterprises_above_scale', 'industry', '规模以上工业企业数', 'Industrial enterprises above designated size', '家', `Number of industrial enterprises above designated size (规模以上). Target: more than this number (突破), from ${MFG}.`),
  def('industrial_cluster_scale', 'industry', '产业集群规模', 'Industrial cluster scale', '亿元', 'Scale of a named industrial cluster (place_id); printed N亿级 (a class of about N 亿元). Year inferred (see note).'),
  def('strategic_emerging_industry_va_share_pct', 'industry', '战略性新兴产业增加值占规模以上工业增加值比重', "Strategic emerging industries' share of industrial value added", '%', `${FLOOR} Share of strategic emerging industries in the value added of industry above designated size; final plan 许政〔2020〕14号 (the draft says 新兴产业: emerging_industry_va_share_pct).`),
  def('emerging_industry_va_share_pct', 'industry', '新兴产业增加值占规模以上工业增加值比重', "Emerging industries' share of industrial value added", '%', `${FLOOR} Share of emerging industries in the value added of industry above designated size, as worded in the draft (the final plan says 战略性新兴产业: strategic_emerging_industry_va_share_pct).`),
  def('high_tech_industry_va_share_pct', 'industry', '高新技术产业增加值占规模以上工业增加值比重', "High-tech industries' share of industrial value added", '%', `${FLOOR} Share of high-tech industries in the value added of industry above designated size (manufacturing plan and science plan 许政〔2020〕18号).`),
  def('industrial_zone_tax_per_mu', 'industry', '产业集聚区内企业亩均税收', 'Tax revenue per mu, enterprises in industrial agglomeration zones', '万元/亩', `Target tax revenue per mu (亩) of land of enterprises inside industrial agglomeration zones (产业集聚区), from ${MFG}.`),
  def('key_process_nc_rate_pct', 'digital', '工业企业关键工序数控化率', 'Numerical-control rate of key industrial processes', '%', 'Share of key processes under numerical control in industrial enterprises (the manufacturing plans: above designated size). Targets are floors (超过 / 达到).'),
  def('industrial_robots_in_use', 'industry', '工业机器人示范应用数量', 'Industrial robots in demonstration use', '台', `${FLOOR} From ${MFG}.`),
  def('smart_demo_production_lines', 'industry', '智能化示范生产线数', 'Smart demonstration production lines', '条', 'Smart demonstration production lines to build by the year.'),
  def('smart_factories', 'industry', '智能工厂数', 'Smart factories', '个', 'Smart factories (智能工厂; the 2020—2022 manufacturing plan: 智能工厂（车间）, printed 家) to build by the year.'),
  def('key_product_spot_check_pass_rate_pct', 'industry', '重点工业产品监督抽查合格率', 'Pass rate of supervisory spot checks of key industrial products', '%', `${FLOOR} From ${MFG}.`),
  def('standards_led_or_participated', 'industry', '主导或参与制定标准数', 'Standards led or co-drafted', '项', `${FLOOR} International, national, industry and local standards whose drafting local firms lead or join; in the draft only (${MFG}).`),
  def('brand_demo_zones', 'industry', '知名品牌示范区', 'Well-known brand demonstration zones', '个', `${FLOOR} Zones to create, from ${MFG}.`),
  // digital
  def('industrial_enterprises_on_cloud', 'digital', '工业企业上云数', 'Industrial enterprises on the cloud', '家', `Industrial enterprises using cloud services (上云), from ${MFG}.`),
  def('two_integration_benchmarking_firms', 'digital', '两化融合管理体系对标企业', 'Firms benchmarking the IT–industrialisation integration management system (对标)', '家', `From ${MFG}.`),
  def('two_integration_certified_firms', 'digital', '两化融合管理体系贯标企业', 'Firms implementing the IT–industrialisation integration management standard (贯标)', '家', `From ${MFG}.`),
  def('base_stations_5g_built', 'digital', '新建5G基站', '5G base stations built in the year', '个', 'Number of 5G base stations to build during the year (2020年，建设5G基站…个), 许政〔2020〕7号.'),
  // science
  def('rd_intensity_pct', 'science', '研发经费投入强度', 'R&D expenditure intensity', '%', 'R&D expenditure as a share of GDP. Targets are floors (以上). The final manufacturing plan 许政〔2020〕14号 gives no figure (高于全省平均水平), its draft and 许政〔2020〕18号 2.1%.'),
  def('provincial_rd_platforms', 'science', '省级研发平台数', 'Provincial-level R&D platforms', '家', `${FLOOR} Provincial engineering (technology) research centres, key laboratories, technology (innovation) centres and similar platforms. The manufacturing plan says 100; 许政〔2020〕18号 says 170 in its text (four platform types) and 100 in its annex (three types): see checks.`),
  def('high_tech_enterprises', 'science', '高新技术企业总量', 'High-tech enterprises (total)', '家', 'Stock of high-tech enterprises in the city. Targets: floors (以上) or approximate (左右) as noted per row; for 2022 许政〔2020〕14号 and 18号 differ (see checks).'),
  def('tech_smes', 'science', '科技型中小企业总量', 'Tech-based SMEs (total)', '家', 'Stock of registered (备案) technology-based SMEs in the city. Targets: floors or approximate (左右) as noted per row.'),
  def('innovation_talent_teams_recruited', 'science', '引进创新创业人才（团队）', 'Innovation and entrepreneurship talents (teams) recruited', '个', 'Talents or teams to recruit over the plan period up to the year: draft manufacturing plan 100个以上 (floor), science plan 许政〔2020〕18号 60个左右 (approximate).'),
  def('high_level_leading_talents_recruited', 'science', '引进高层次领军人才', 'High-level leading talents recruited', '名', `${FLOOR} To recruit over the plan period; in the draft manufacturing plan only.`),
  def('provincial_top100_innovation_firms', 'science', '省“百强”企业（创新龙头企业）', 'Provincial top-100 innovation leader firms', '家', 'Firms to cultivate into the province\'s 百强 (innovation leaders) by 2022; about this number (左右).'),
  def('provincial_gazelle_firms', 'science', '省“百快”企业（“瞪羚”企业）', 'Provincial fast-100 (gazelle) firms', '家', 'Firms to cultivate into the province\'s 百快 (gazelle) list by 2022; about this number (左右).'),
  def('eaglet_firms', 'science', '“雏鹰”企业', 'Eaglet firms', '家', `${FLOOR} Reserve firms for the provincial 双百 lists.`),
  def('municipal_innovation_platforms', 'science', '市级创新平台', 'City-level innovation platforms', '家', `${FLOOR}`),
  def('provincial_tech_alliances_new', 'science', '新建省级产业技术创新战略联盟', 'New provincial industrial technology innovation alliances', '家', 'To set up by 2022; about this number (左右).'),
  def('incubation_platforms_new', 'science', '新建创新创业孵化平台', 'New innovation and entrepreneurship incubation platforms', '家', 'To set up by 2022; about this number (左右).'),
  def('talents_in_national_provincial_programmes', 'science', '进入国家、省科技创新人才计划的优秀科技人才', 'Scientists admitted to national or provincial talent programmes', '名', `${FLOOR}`),
  def('provincial_new_rd_institutions', 'science', '省级新型研发机构（备案）', 'Registered provincial new-type R&D institutions', '家', `${FLOOR}`),
  def('innovation_special_projects', 'science', '“十百千”转型升级创新专项', 'Provincial "ten-hundred-thousand" transformation innovation projects', '个', `${FLOOR} Projects to implement by 2022.`),
  def('sino_german_tech_transfer_projects', 'science', '中德（欧）合作和技术成果转化项目', 'Sino-German (EU) cooperation and technology-transfer projects', '个', `${FLOOR} Projects to bring in and land by 2022 (science plan).`),
  def('innovation_demo_bases', 'science', '国家、省级创新创业特色基地', 'National and provincial innovation and entrepreneurship bases', '个', `${FLOOR} Stated only in the task annex of 许政〔2020〕18号 (task 13).`),
  def('green_retrofit_industries', 'industry', '重点推进绿色化改造的行业数', 'Industries targeted for green retrofits', '个', 'Number of industries whose enterprises are to be pushed through green retrofits (绿色化改造) in the year: 2020年…重点推进电力、钢铁…等13个行业绿色化改造 (许政〔2020〕9号).'),
  def('coke_oven_phaseout_height_threshold', 'air', '淘汰焦炉炭化室高度上限', 'Chamber-height threshold for phasing out coke ovens', '米', 'By the end of 2020 coke ovens with a carbonisation chamber of this height and below (及以下) are to be eliminated (许政〔2020〕9号 and 14号).'),
  // energy, water, other
  def('natural_gas_primary_energy_share_pct', 'energy', '天然气占一次能源消费比重', 'Natural gas share of primary energy consumption', '%', `${FLOOR} Printed 天然气在一次性能源消费结构中…达到 (力争), 许政〔2020〕7号.`),
  def('central_urban_sewage_treatment_rate_pct', 'water', '中心城区污水处理率', 'Sewage treatment rate of the central urban area', '%', 'Sewage treatment rate of the central urban area (中心城区 / 市区); rows carry 411000 because 中心城区 has no boundary of its own. Targets are floors (以上).'),
  def('county_urban_sewage_treatment_rate_pct', 'water', '县（市、区）城区污水处理率', 'Sewage treatment rate of county urban areas', '%', 'Target that each county urban area (县城 / 县（市、区）城区) must reach; one city-level row (411000) per year: the standard for every county town, not a city-wide average.'),
  def('public_water_supply_coverage_pct', 'water', '城市公共供水普及率', 'Urban public water supply coverage', '%', `${FLOOR}`),
  def('water_network_leakage_rate_pct', 'water', '供水管网漏损率', 'Water supply network leakage rate', '%', 'Target caps (以下: at most). The 411000 row is the central city (中心城区); county rows are each county and county-level city (各县（市）).'),
  def('rural_sewage_treatment_rate_pct', 'water', '农村生活污水治理率', 'Rural domestic sewage treatment rate', '%', `${FLOOR}`),
  def('soil_erosion_control_area_new', 'water', '新增水土流失治理面积', 'Newly controlled soil erosion area', '平方公里', 'Area of soil erosion to bring under control during the year.'),
  def('waste_sorting_pilot_households', 'other', '生活垃圾分类试点户数（中心城区）', 'Households in waste-sorting pilots (central city)', '万户', 'Households in household-waste sorting pilots in the central city (中心城区); the 411000 row stands for the central city.'),
  def('waste_sorting_coverage_pct', 'other', '生活垃圾分类覆盖率（中心城区）', 'Household-waste sorting coverage (central city)', '%', 'Coverage of household-waste sorting in the central city (中心城区); the 411000 row stands for the central city.'),
  // housing / urban
  def('urbanization_rate_pct', 'housing', '城镇化率', 'Urbanisation rate', '%', `${FLOOR}`),
  def('central_heating_coverage_pct', 'housing', '集中供热普及率', 'Central heating coverage', '%', `${FLOOR} Of the built-up area (建成区 / 城区): the 411000 row is the central city (许昌市建成区), county rows their own built-up areas.`),
  def('gas_coverage_pct', 'housing', '燃气普及率', 'Gas supply coverage', '%', `${FLOOR} The 411000 row is the central city (中心城区); county rows are each county and county-level city (各县（市）).`),
  // forest
  def('afforestation_area', 'forest', '营造林面积', 'Afforestation and forest management area', '万亩', 'Area to afforest or manage over 2020—2025 (利用五年时间), total by the year, 许政〔2020〕11号.'),
  def('provincial_forest_cities', 'forest', '省级森林城市', 'Provincial forest cities', '个', 'Provincial forest cities to build by the year.'),
  def('forest_towns', 'forest', '森林特色小镇', 'Forest featured towns', '个', 'Forest featured towns to build: the 2020 row is the number for 2020 (许政〔2020〕13号), the 2025 row the total for 2020—2025 (许政〔2020〕11号).'),
  def('forest_villages', 'forest', '森林乡村', 'Forest villages', '个', 'Forest villages to build: the 2020 row is the number for 2020 (许政〔2020〕13号), the 2025 row the total for 2020—2025 (许政〔2020〕11号).'),
  def('fruit_tree_demo_villages', 'forest', '果树进村示范村', 'Fruit-trees-into-villages demonstration villages', '个', 'Demonstration villages to build: the 2020 row (printed 绿化模范村（果树进村示范村）) is the number for 2020 (许政〔2020〕13号), the 2025 row the total for 2020—2025 (许政〔2020〕11号).'),
  def('eco_corridor_greening_rate_pct', 'forest', '生态廊道平均绿化率', 'Average greening rate of ecological corridors', '%', `${FLOOR} All corridors.`),
  def('eco_corridor_l1_greening_rate_pct', 'forest', 'I级生态廊道绿化率', 'Greening rate of level-I ecological corridors', '%', 'Target (达): level I = 南水北调中线干渠, high-speed rail, expressways, 颍汝总干渠.'),
  def('eco_corridor_l2_greening_rate_pct', 'forest', 'II级生态廊道绿化率', 'Greening rate of level-II ecological corridors', '%', `${FLOOR} Level II = national and provincial roads, intercity expressways, ring roads and the main rivers.`),
  def('eco_corridor_l3_greening_rate_pct', 'forest', 'III级生态廊道绿化率', 'Greening rate of level-III ecological corridors', '%', `${FLOOR} Level III = county and township roads and other rivers.`),
  def('eco_corridor_l4_greening_rate_pct', 'forest', 'IV级生态廊道绿化率', 'Greening rate of level-IV ecological corridors', '%', `${FLOOR} Level IV = other roads and ditches.`),
  def('eco_corridor_greening_area', 'forest', '生态廊道绿化工程面积', 'Ecological corridor greening works', '万亩', 'Area to complete by the year (2020—2025).'),
  def('rural_greening_area', 'forest', '乡村绿化美化工程面积', 'Rural greening works', '万亩', 'Area to complete by the year (2020—2025).'),
  def('mountain_eco_forest_area', 'forest', '山区生态林工程面积', 'Mountain ecological forest works', '万亩', 'Area to complete by the year (2020—2025).'),
  def('farmland_shelterbelt_area', 'forest', '农田防护林工程面积', 'Farmland shelterbelt works', '万亩', 'Area to complete by the year (2020—2025).'),
  // eldercare
  def('elderly_care_beds_per_1000_elderly', 'eldercare', '每千名老年人拥有养老床位数', 'Elderly-care beds per 1,000 older people', '张', 'Target (达到; the health plan table prints ≥: a floor) from 许政〔2020〕12号 and the table of 许政〔2020〕17号.'),
  // same measure as seed 002 (许政办〔2023〕30号): topic, names and unit must match its definitions
  def('old_age_allowance_80_89_yuan_month', 'eldercare', '高龄津贴（80—89岁）', 'Old-age allowance, aged 80–89', '元/人·月', 'Monthly minimum (不低于) per person; standard in force (许政〔2020〕12号: 2020; 许政办〔2023〕30号: 当前标准, 2023).'),
  def('old_age_allowance_90_99_yuan_month', 'eldercare', '高龄津贴（90—99岁）', 'Old-age allowance, aged 90–99', '元/人·月', 'Monthly minimum (不低于) per person; standard in force (许政〔2020〕12号: 2020; 许政办〔2023〕30号: 当前标准, 2023).'),
  def('old_age_allowance_100plus_yuan_month', 'eldercare', '高龄津贴（百岁以上）', 'Old-age allowance, aged 100+', '元/人·月', 'Monthly minimum (不低于) per person; standard in force (许政〔2020〕12号: 2020; 许政办〔2023〕30号: 当前标准, 2023).'),
  def('subdistricts_with_eldercare_centre', 'eldercare', '建成综合养老服务中心的街道办事处', 'Sub-districts with a comprehensive elderly-care service centre', '个', 'Sub-districts (街道办事处) with at least one 综合养老服务中心; the 2025 target covers all of them.'),
  def('demo_rural_happiness_homes', 'eldercare', '示范性农村幸福院', 'Model rural happiness homes', '个', 'To build by the end of the year.'),
  def('county_public_care_facilities', 'eldercare', '县级公办供养服务设施（养老床位不低于100张）', 'County public care facilities with at least 100 beds', '所', 'At least this many per county, city or district (每个县（市、区）至少建成), mainly for disabled 特困 persons.'),
  def('township_nursing_homes_upgraded', 'eldercare', '乡镇敬老院升级改造', 'Township nursing homes upgraded', '所', 'To upgrade by mid-2020 (2020年6月底前).'),
  // agriculture / rural
  def('green_agri_standard_bases', 'agriculture', '绿色优质农产品标准化种养基地', 'Standardised bases for green quality farm products', '个', 'To build in the year.'),
  def('green_food_products_new', 'agriculture', '新增绿色食品', 'New green-food certified products', '个', 'To add in the year (力争).'),
  def('known_agri_brands_new', 'agriculture', '培育知名农业品牌', 'Well-known agricultural brands cultivated', '个', 'To cultivate in the year.'),
  def('national_standard_livestock_farms', 'agriculture', '国家级标准化示范场', 'National standardised demonstration livestock farms', '个', 'To build in the year.'),
  def('high_standard_farmland_new', 'agriculture', '新建高标准农田', 'New high-standard farmland', '万亩', 'To build in the year.'),
  def('efficient_irrigation_demo_area', 'agriculture', '高标准农田高效灌溉示范区', 'Efficient-irrigation demonstration area of high-standard farmland', '万亩', 'To build in the year (at not less than 3000 元 per mu).'),
  def('green_pest_control_coverage_pct', 'agriculture', '绿色防控覆盖率', 'Green pest-control coverage', '%', `${FLOOR}`),
  def('professional_pest_control_coverage_pct', 'agriculture', '专业化统防统治覆盖率', 'Professional unified pest-control coverage', '%', 'Target (达到).'),
  def('farm_film_recovery_rate_pct', 'agriculture', '废弃农膜回收率', 'Waste farm film recovery rate', '%', `${FLOOR}`),
  def('pesticide_packaging_recycling_counties', 'agriculture', '全面推广农药包装废弃物回收处理的产粮（油）大县', 'Major grain (oil) counties recycling pesticide packaging', '个', 'Major grain (oil) producing counties where pesticide-packaging waste recycling is rolled out in full.'),
  def('villages_treating_household_waste_pct', 'agriculture', '对生活垃圾进行处理的村占比', 'Share of villages treating household waste', '%', `${FLOOR}`),
  def('rural_toilet_renovation_villages', 'agriculture', '农村户用卫生厕所改造村数', 'Villages with household toilet renovation', '个', 'Villages whose household toilets are renovated in the year.'),
  def('rural_toilet_renovations', 'housing', '农村户厕改造', 'Rural household toilets renovated', '万户', 'Rural household toilets renovated in the year.'),
  def('rural_sanitary_toilet_coverage_pct', 'agriculture', '农村无害化卫生厕所普及率', 'Rural sanitary toilet coverage', '%', `${FLOOR}`),
  // economy / opening-up
  def('capital_from_outside_province_growth_pct', 'economy', '实际利用省外资金年均增长率', 'Annual growth of capital from outside the province actually used', '%', 'Average annual growth over 2020–2022 (year = the end of the period), 许政〔2020〕15号.'),
  def('fdi_utilised_growth_pct', 'economy', '实际利用外资年均增长率', 'Annual growth of foreign investment actually used', '%', 'Average annual growth over 2020–2022 (year = the end of the period), 许政〔2020〕15号.'),
  def('foreign_trade_growth_pct', 'economy', '进出口增长', 'Growth of imports and exports', '%', 'Annual growth of the value of imports and exports; rows from 许政〔2020〕15号 are the average annual growth over 2020–2022 (year = the end of the period).'),
  def('cross_border_ecommerce_growth_pct', 'economy', '跨境电商交易额年均增长率', 'Annual growth of cross-border e-commerce turnover', '%', 'Average annual growth over 2020–2022 (year = the end of the period), 许政〔2020〕15号.'),
  def('market_procurement_pilot_entities', 'economy', '市场采购贸易方式试点市场主体', 'Market entities in the market-procurement trade pilot', '户', `${FLOOR} The hair-products market-procurement trade pilot (发制品国家市场采购贸易方式试点).`),
  def('market_procurement_pilot_trade_value', 'economy', '市场采购贸易试点年交易额', 'Annual turnover of the market-procurement trade pilot', '亿元', 'The hair-products market-procurement trade pilot; target (达到).'),
  def('sino_german_park_share_of_german_coop_firms_pct', 'economy', '产业园对德合作企业占全市对德合作企业比重', "Sino-German park's share of the city's German-cooperation firms", '%', `${FLOOR} Per park (place_id: 中德（许昌）产业园).`),
  def('sino_german_cooperation_projects', 'economy', '中德（欧）合作项目总数', 'Sino-German (EU) cooperation projects', '个', 'Total projects brought in or cultivated by the year (opening-up plan).'),
  def('sino_german_projects_industrial_share_pct', 'economy', '中德（欧）合作项目中产业项目占比', 'Industrial projects among Sino-German (EU) cooperation projects', '%', `${FLOOR}`),
  def('cross_border_ecommerce_clusters', 'economy', '跨境电子商务产业集群（累计）', 'Cross-border e-commerce industry clusters (cumulative)', '个', `${FLOOR}`),
  def('cross_border_ecommerce_firms_supported', 'economy', '重点扶持跨境电子商务企业', 'Cross-border e-commerce firms given key support', '家', 'Target.'),
  def('cross_border_ecommerce_volume', 'digital', '跨境电商交易额', 'Cross-border e-commerce transaction volume', '亿元', 'Annual cross-border e-commerce turnover; targets: more than this (超).'),
  // culture
  def('public_culture_spending_per_capita', 'culture', '人均公共文化财政支出', 'Public culture spending per capita', '元', `${FLOOR}`),
  def('culture_entertainment_consumption_share_pct', 'culture', '城乡居民文化娱乐消费支出占家庭消费支出比重', 'Culture and entertainment share of household consumption', '%', `${FLOOR}`),
  def('culture_industry_value_added', 'culture', '文化及相关产业增加值', 'Value added of culture and related industries', '亿元', 'Target: more than this (突破).'),
  def('culture_industry_gdp_share_pct', 'culture', '文化及相关产业增加值占GDP比重', 'Culture and related industries as a share of GDP', '%', `${FLOOR}`),
  def('special_culture_branches', 'culture', '特色文化分馆', 'Featured culture branch venues', '个', `${FLOOR} To build by the year.`),
  def('grassroots_culture_participation_pct', 'culture', '基层群众参与文化活动覆盖率', 'Grassroots participation in cultural activities', '%', `${FLOOR}`),
  def('culture_backbones_per_village', 'culture', '每个村（社区）宣传文化骨干', 'Publicity and culture leaders per village (community)', '名', `${FLOOR} Per village or community.`),
  def('brand_culture_teams_per_village', 'culture', '每个村（社区）品牌文化团队', 'Brand culture teams per village (community)', '支', 'Per village or community.'),
  def('a_grade_scenic_areas', 'culture', 'A级旅游景区数', 'A-grade tourist attractions', '个', 'Target: at least this many (至少达到).'),
  def('a_grade_scenic_areas_added', 'culture', '新增A级旅游景区', 'New A-grade tourist attractions', '个', `${FLOOR} New ones by the year.`),
  def('provincial_eco_tourism_demo_towns', 'culture', '省级特色生态旅游示范乡镇', 'Provincial eco-tourism demonstration townships', '个', `${FLOOR}`),
  def('rural_tourism_featured_villages', 'culture', '乡村旅游特色村', 'Featured rural-tourism villages', '个', `${FLOOR}`),
  def('culture_tourism_platform_firms', 'culture', '文旅消费综合服务平台入驻企业', 'Firms on the culture and tourism consumption platform', '家', 'Target.'),
  def('cultural_creative_park_firms', 'culture', '文化创意产业园入驻企业', 'Firms in the cultural and creative industry park', '家', 'Target: more than this (过百家).'),
  def('museums', 'culture', '博物馆总数', 'Museums', '家', `${FLOOR}`),
  // health
  def('community_health_service_coverage_pct', 'health', '社区卫生服务机构覆盖率', 'Community health service coverage', '%', 'Target (达到).'),
  def('life_expectancy', 'health', '人均预期寿命', 'Life expectancy at birth', '岁', 'Years.'),
  def('infant_mortality_permille', 'health', '婴儿死亡率', 'Infant mortality rate', '‰', 'Per mille.'),
  def('under5_mortality_permille', 'health', '5岁以下儿童死亡率', 'Under-5 mortality rate', '‰', 'Per mille.'),
  def('maternal_mortality_per_100k', 'health', '孕产妇死亡率', 'Maternal mortality ratio', '1/10万', 'Per 100,000.'),
  def('health_literacy_pct', 'health', '居民健康素养水平', 'Health literacy of residents', '%', 'Target.'),
  def('doctors_per_1000', 'health', '每千常住人口执业（助理）医师数', 'Licensed doctors per 1,000 residents', '人', 'Licensed (assistant) doctors per 1,000 resident population.'),
  def('hospital_beds_per_1000', 'health', '每千常住人口医疗卫生机构床位数', 'Hospital beds per 1,000 residents', '张', 'Beds of medical and health institutions per 1,000 resident population.'),
  def('fitness_standard_pass_rate_pct', 'health', '《国民体质测定标准》合格以上人数比例', 'Share meeting the national physical fitness standard', '%', 'Target.'),
  def('health_industry_scale', 'health', '健康产业规模', 'Size of the health industry', '亿元', 'Target.'),
  def('village_clinics_tcm_capable_pct', 'health', '具备中医药服务能力的村卫生室比例', 'Village clinics able to provide traditional Chinese medicine', '%', `${FLOOR}`),
  def('primary_care_with_tcm_hall_pct', 'health', '设置中医馆的社区卫生服务中心和乡镇卫生院比例', 'CHCs / township hospitals with a TCM hall', '%', 'Share.'),
  def('healthy_towns', 'health', '省市级健康示范乡镇', 'Provincial or city healthy model townships', '个', 'Per county, city or district (每个县（市、区）力争).'),
  def('healthy_villages', 'health', '健康村（社区）', 'Healthy villages (communities)', '个', 'Per county, city or district (每个县（市、区）力争).'),
  def('healthy_units', 'health', '健康单位', 'Healthy work units', '个', 'Per county, city or district (每个县（市、区）力争).'),
  def('healthy_families', 'health', '健康家庭', 'Healthy families', '个', 'Per county, city or district (每个县（市、区）力争).'),
];

// ---------------------------------------------------------------------------------------------------------------
// extraction

function num(printed: string, where: string): string {
  const v = normaliseNumber(printed);
  if (v === null) throw new Error(`${where}: "${printed}" is not a number`);
  return v;
}

interface Ctx {
  docs: Map<DocKey, DocText>;
  indicators: IndicatorRow[];
  places: Map<string, PlaceDraft>;
  checks: CheckRow[];
}

function makeRow(d: DocText, indicator: string, area: Area, year: number, value: string, unit: string, line: number, quote: string, note: string, place_id = '', kind: Kind = 'target'): IndicatorRow {
  return {
    indicator, area_code: area.code, area: area.name_zh, year, value, unit, kind, doc: d.doc,
    ...cite(d.seed, line, quote), note, place_id,
  };
}

function yearNote(sec: ResolvedSection): string {
  return `year ${sec.year} from ${sec.what} (line ${sec.headLine}); the sentence prints none`;
}

function runTextSpec(ctx: Ctx, spec: TextSpec): IndicatorRow[] {
  const d = mustDoc(ctx.docs, spec.doc);
  const sec = spec.section ? resolveSection(d, spec.section) : undefined;
  const m = matchOnce(d, spec.re, sec);
  const rows: IndicatorRow[] = [];
  for (const o of spec.out) {
    const printed = m.groups?.[o.g];
    if (printed === undefined) throw new Error(`${d.doc}: ${String(spec.re)} has no group ${o.g}`);
    const value = num(printed, `${d.doc} ${o.indicator}`);
    const line = d.flat.lineAt(groupOffset(m, o.g));
    let year: number;
    let yNote = '';
    if (o.yearGroup) year = Number(m.groups![o.yearGroup]);
    else if (m.groups?.y) year = Number(m.groups.y);
    else if (sec?.year) {
      year = sec.year;
      yNote = yearNote(sec);
    } else if (spec.year !== undefined) {
      // a judged year: the spec's note must say why
      if (!spec.note || !/year/.test(spec.note)) throw new Error(`${d.doc}: ${String(spec.re)}: a spec year needs a note saying why`);
      year = spec.year;
    } else throw new Error(`${d.doc}: ${String(spec.re)} gives no year`);
    for (const printedArea of o.areas ?? [CITY.name_zh]) {
      const area = resolveArea(printedArea);
      rows.push(makeRow(d, o.indicator, area, year, value, o.unit, line, m[0], join(spec.note, o.note, yNote), o.place_id, o.kind));
    }
  }
  return rows;
}

const fmt = (v: string | undefined) => v ?? '';
const rowOf = (rows: IndicatorRow[], doc: string, indicator: string, year?: number) => {
  const hits = rows.filter((r) => r.doc === doc && r.indicator === indicator && r.area_code === CITY.code && (year === undefined || r.year === year));
  if (hits.length > 1) throw new Error(`${doc}: more than one city-wide ${indicator} row`);
  return hits[0];
};

/** Draft and final manufacturing targets, their checks, and the final plan's 千亿元级 clusters. */
function extractManufacturing(ctx: Ctx): void {
  const draft = mustDoc(ctx.docs, 'draft');
  const final = mustDoc(ctx.docs, 14);
  const secs = { draft: resolveSection(draft, MFG_GOALS_DRAFT), final: resolveSection(final, MFG_GOALS_FINAL) };
  const docOf = { draft, final };
  const found: Record<'draft' | 'final', Map<string, IndicatorRow>> = { draft: new Map(), final: new Map() };
  for (const s of MFG_SPECS) {
    for (const version of s.in) {
      const [row] = runTextSpec(ctx, {
        doc: version === 'draft' ? 'draft' : 14, section: version === 'draft' ? MFG_GOALS_DRAFT : MFG_GOALS_FINAL, re: s.re,
        out: [{ g: s.g ?? 'v', indicator: s.indicator, unit: s.unit, note: s.note }],
      });
      ctx.indicators.push(row);
      found[version].set(s.indicator, row);
    }
  }
  // draft vs final, for every target of either version (the final plan's doc; expected = final, found = draft)
  for (const s of MFG_SPECS) {
    const f = found.final.get(s.indicator);
    const dr = found.draft.get(s.indicator);
    if (s.indicator === 'emerging_industry_va_share_pct' || s.indicator === 'strategic_emerging_industry_va_share_pct') continue;
    let line: number;
    let expected = fmt(f?.value);
    let note: string;
    if (f && dr) {
      line = f.line;
      note = Number(f.value) === Number(dr.value)
        ? `ok: the final plan and the draft (${DRAFT_DOC} line ${dr.line}) both set ${f.value} ${f.unit} for ${f.year}${s.note ? ` (${s.note})` : ''}`
        : `the final plan sets ${f.value} ${f.unit}, the draft (${DRAFT_DOC} line ${dr.line}) ${dr.value} ${dr.unit}`;
    } else if (dr) {
      if (s.alt) {
        const m = matchOnce(final, s.alt.re, secs.final);
        line = final.flat.lineAt(m.index);
        expected = m[0];
        note = `the final plan drops the figure and prints "${m[0]}"; the draft (${DRAFT_DOC} line ${dr.line}) set ${dr.value}${dr.unit}`;
      } else {
        line = secs.final.headLine;
        note = `the final plan has no such target; the draft (${DRAFT_DOC} line ${dr.line}) set ${dr.value} ${dr.unit} for ${dr.year}`;
      }
    } else if (f) {
      line = f.line;
      note = `the draft has no such target; the final plan adds ${f.value} ${f.unit} for ${f.year}`;
    } else throw new Error(`manufacturing target ${s.indicator} found in neither version`);
    ctx.checks.push({ check: `mfg_${s.indicator}_final_vs_draft`, doc: final.doc, seed: final.seed.name, line, expected, found: fmt(dr?.value), note });
  }
  // the renamed share: 新兴产业 (draft) → 战略性新兴产业 (final)
  {
    const f = found.final.get('strategic_emerging_industry_va_share_pct')!;
    const dr = found.draft.get('emerging_industry_va_share_pct')!;
    ctx.checks.push({
      check: 'mfg_emerging_industry_share_final_vs_draft', doc: final.doc, seed: final.seed.name, line: f.line, expected: f.value, found: dr.value,
      note: `same figure (${f.value}%以上) but a different measure: the final plan says 战略性新兴产业, the draft (${DRAFT_DOC} line ${dr.line}) 新兴产业; kept as two indicators`,
    });
  }

  // the final plan's 千亿元级 clusters (places + one scale row each); the draft names none
  const cm = matchOnce(final, /形成(?<list>[^。]*?)等一批(?<v>千)亿元级产业集群/, secs.final);
  const scale = num(cm.groups!.v, `${final.doc} cluster scale`);
  let at = groupOffset(cm, 'list');
  const names = cm.groups!.list.split('、');
  for (const printed of names) {
    const id = CLUSTERS[printed];
    if (!id) throw new Error(`${final.doc}: cluster "${printed}" has no id in CLUSTERS`);
    const line = final.flat.lineAt(at);
    at += printed.length + 1;
    const note = `${yearNote(secs.final)}; name: the listed sector + 产业集群; a city-wide cluster (the text assigns it to no county)`;
    addPlace(ctx, {
      place_id: id, name: `${printed}产业集群`, category: 'industrial_cluster', area_code: CITY.code, area: CITY.name_zh,
      year: secs.final.year!, status: 'planned', doc: final.doc, ...cite(final.seed, line, cm[0]), note,
    });
    ctx.indicators.push(makeRow(final, 'industrial_cluster_scale', CITY, secs.final.year!, scale, '亿元', line, cm[0],
      `千亿元级 read as the 1000 亿元 class; ${yearNote(secs.final)}`, id));
  }
  const dm = matchOnce(draft, /形成一批千亿元级产业集群/, secs.draft);
  ctx.checks.push({
    check: 'mfg_kiloyi_clusters_final_vs_draft', doc: final.doc, seed: final.seed.name, line: final.flat.lineAt(cm.index),
    expected: String(names.length), found: '',
    note: `the final plan names ${names.length} 千亿元级 clusters (${names.join('、')}); the draft (${DRAFT_DOC} line ${draft.flat.lineAt(dm.index)}) only says 形成一批千亿元级产业集群`,
  });
}

function addPlace(ctx: Ctx, p: PlaceDraft): void {
  const prev = ctx.places.get(p.place_id);
  if (!prev) {
    ctx.places.set(p.place_id, p);
    return;
  }
  // a later mention of the same site: keep the first, but take a county only the later one gives
  if (prev.area_code === CITY.code && p.area_code !== CITY.code) {
    ctx.places.set(p.place_id, { ...p, note: join(p.note, `also named at line ${prev.line}`) });
  } else {
    prev.note = join(prev.note, `also named at line ${p.line}`);
  }
}

function extractPlaces(ctx: Ctx): void {
  for (const spec of PLACE_SPECS) {
    const d = mustDoc(ctx.docs, spec.doc);
    const sec = spec.section ? resolveSection(d, spec.section) : undefined;
    const m = matchOnce(d, spec.re, sec);
    for (const it of spec.items) {
      const printed = m.groups?.[it.g];
      if (printed === undefined) throw new Error(`${d.doc}: ${String(spec.re)} has no group ${it.g}`);
      const line = d.flat.lineAt(groupOffset(m, it.g));
      let areaPrinted = it.areaGroup ? m.groups?.[it.areaGroup] : it.area;
      let areaNote = '';
      if (!areaPrinted && sec?.area) {
        areaPrinted = sec.area;
        areaNote = `area from the heading of ${sec.what} (line ${sec.headLine})`;
      }
      const area = areaPrinted ? resolveArea(areaPrinted) : CITY;
      const draft: PlaceDraft = {
        place_id: it.id, name: it.name ?? printed.replace(/\s+/g, ''), category: it.category, area_code: area.code, area: area.name_zh,
        year: it.yearGroup ? Number(m.groups![it.yearGroup]) : '', status: it.status, doc: d.doc, ...cite(d.seed, line, m[0]),
        note: join(areaNote, it.note),
      };
      if (it.town) draft.town = it.town;
      addPlace(ctx, draft);
    }
  }
  for (const tl of TOWN_LISTS) {
    const d = mustDoc(ctx.docs, tl.doc);
    const m = matchOnce(d, tl.re);
    let at = groupOffset(m, 'list');
    for (const name of m.groups!.list.split('、')) {
      const id = TOWN_IDS[name];
      if (!id) throw new Error(`${d.doc}: township "${name}" has no id in TOWN_IDS`);
      const line = d.flat.lineAt(at);
      at += name.length + 1;
      addPlace(ctx, {
        place_id: id, name, category: 'town', area_code: CITY.code, area: CITY.name_zh, year: '', status: 'existing', doc: d.doc,
        ...cite(d.seed, line, m[0]), note: join(tl.role, TOWN_NOTE_CITY), town: name,
      });
    }
  }
  // 神垕镇 as a national featured town (same township as in the 古镇 list)
  const d10 = mustDoc(ctx.docs, 10);
  const sh = matchOnce(d10, /发挥(?<n>神垕镇)国家级特色小镇优势/);
  const p = ctx.places.get(TOWN_IDS['神垕']);
  if (!p) throw new Error('town 神垕 missing');
  p.note = join(p.note, `also named at line ${d10.flat.lineAt(groupOffset(sh, 'n'))} as 神垕镇, a national featured town (国家级特色小镇)`);
}

function check(ctx: Ctx, id: string, d: DocText, line: number, expected: string, found: string, same: string, differ: string): void {
  ctx.checks.push({
    check: id, doc: d.doc, seed: d.seed.name, line, expected, found,
    note: Number(expected) === Number(found) && expected !== '' && found !== '' ? `ok: ${same}` : differ,
  });
}

function extractTables(ctx: Ctx): void {
  // health table of 许政〔2020〕17号
  const d17 = mustDoc(ctx.docs, 17);
  const t = parseHealthTable(d17);
  for (const r of t.rows) {
    r.cells.forEach((c, i) => {
      if (c.value === null) return;
      const note = c.bound === '≤' ? 'a cap (≤)' : c.bound === '≥' ? 'a floor (≥)' : '';
      ctx.indicators.push(makeRow(d17, r.id, CITY, t.years[i], c.value, r.unit, r.line, d17.seed.line(r.line).trim(), note));
    });
  }
  // the text's 2021 life expectancy vs the table
  const sec = resolveSection(d17, HEALTH_2021);
  const le = matchOnce(d17, /人均预期寿命达到(?<v>\d+)岁/, sec);
  const tle = t.rows.find((r) => r.id === 'life_expectancy')!;
  const tv = tle.cells[t.years.indexOf(sec.year!)]?.value ?? '';
  check(ctx, 'health_life_expectancy_text_vs_table', d17, d17.flat.lineAt(groupOffset(le, 'v')), num(le.groups!.v, 'life expectancy'), tv,
    `the text's ${sec.year} life expectancy equals the table (line ${tle.line})`,
    `the text says ${le.groups!.v}岁 for ${sec.year}, the table (line ${tle.line}) ${tv}`);

  // annex of 许政〔2020〕18号
  const d18 = mustDoc(ctx.docs, 18);
  const tasks = parseSciAnnex(d18);
  const task = (serial: number) => {
    const x = tasks.find((k) => k.serial === serial);
    if (!x) throw new Error(`${d18.doc}: annex task ${serial} missing`);
    return x;
  };
  for (const ac of SCI_ANNEX_CHECKS) {
    const tk = task(ac.serial);
    const m = new RegExp(ac.re.source).exec(tk.goal);
    if (!m?.groups) throw new Error(`${d18.doc}: annex task ${ac.serial} goal "${tk.goal}" does not match ${String(ac.re)}`);
    const year = Number(m.groups.y);
    for (const o of ac.out) {
      const annexValue = num(m.groups[o.g], `annex task ${ac.serial}`);
      const textRow = rowOf(ctx.indicators, d18.doc, o.indicator, year);
      if (!textRow) throw new Error(`${d18.doc}: no text row for ${o.indicator} ${year} (annex task ${ac.serial})`);
      const differ = o.indicator === 'provincial_rd_platforms'
        ? `the annex (task ${ac.serial}: 省级工程技术研究中心、重点实验室、技术创新中心) says ${annexValue}家以上, the plan text (line ${textRow.line}: 省级工程（技术）研究中心、重点实验室、企业技术（创新）中心、产业技术创新中心) ${textRow.value}家以上 for ${year}; the annex lists fewer platform types`
        : `the annex (task ${ac.serial}) says ${annexValue}, the plan text (line ${textRow.line}) ${textRow.value} for ${year}`;
      check(ctx, `sci_annex_task${ac.serial}_${o.indicator}`, d18, tk.line, annexValue, textRow.value,
        `the annex (task ${ac.serial}) and the plan text (line ${textRow.line}) give the same ${year} figure`, differ);
    }
  }
  for (const ar of SCI_ANNEX_ROWS) {
    const tk = task(ar.serial);
    const m = new RegExp(ar.re.source).exec(tk.goal);
    if (!m?.groups) throw new Error(`${d18.doc}: annex task ${ar.serial} goal does not match ${String(ar.re)}`);
    ctx.indicators.push(makeRow(d18, ar.indicator, CITY, Number(m.groups.y), num(m.groups.v, 'annex'), ar.unit, tk.line, m[0],
      `stated only in the annex (task ${ar.serial}, 工作目标); the plan text gives no figure`));
  }
}

/** The same target in two documents of the issue, and totals vs parts. */
function extractCrossChecks(ctx: Ctx): void {
  const rows = ctx.indicators;
  const d = (k: DocKey) => mustDoc(ctx.docs, k);
  const must = (doc: string, id: string, year?: number) => {
    const r = rowOf(rows, doc, id, year);
    if (!r) throw new Error(`${doc}: no city-wide ${id}${year ? ` ${year}` : ''} row`);
    return r;
  };
  const d14 = d(14).doc;
  const d18 = d(18);
  // science plan (18号) vs manufacturing plan (14号), both for 2022
  for (const id of ['high_tech_enterprises', 'tech_smes', 'high_tech_industry_va_share_pct', 'provincial_rd_platforms']) {
    const a = must(d18.doc, id, 2022);
    const b = must(d14, id, 2022);
    check(ctx, `sci_${id}_18_vs_14`, d18, a.line, a.value, b.value,
      `许政〔2020〕18号 and 许政〔2020〕14号 (line ${b.line}) set the same 2022 target`,
      `许政〔2020〕18号 sets ${a.value} ${a.unit} for 2022 (“${a.quote}”), 许政〔2020〕14号 (line ${b.line}) ${b.value} ${b.unit} (“${b.quote}”); the two plans, issued the same day, differ`);
  }
  {
    const a = must(d18.doc, 'rd_intensity_pct', 2022);
    const m = matchOnce(d(14), /研究与试验发展经费投入强度高于全省平均水平/);
    ctx.checks.push({
      check: 'sci_rd_intensity_pct_18_vs_14', doc: d18.doc, seed: d18.seed.name, line: a.line, expected: a.value, found: m[0],
      note: `许政〔2020〕18号 sets ${a.value}%以上 for 2022; 许政〔2020〕14号 (line ${d(14).flat.lineAt(m.index)}) gives no figure (高于全省平均水平), the draft had 2.1%以上`,
    });
  }
  {
    const a = must(d18.doc, 'innovation_talent_teams_recruited', 2022);
    const b = must(DRAFT_DOC, 'innovation_talent_teams_recruited', 2022);
    check(ctx, 'sci_innovation_talent_teams_recruited_18_vs_draft', d18, a.line, a.value, b.value, 'same figure',
      `许政〔2020〕18号 aims at about ${a.value} talents (teams) by 2022 (60个左右); the manufacturing draft (${DRAFT_DOC} line ${b.line}) had ${b.value}个以上 and the final manufacturing plan none`);
  }
  {
    const a = must(d(14).doc, 'coke_oven_phaseout_height_threshold', 2020);
    const b = must(d(9).doc, 'coke_oven_phaseout_height_threshold', 2020);
    check(ctx, 'coke_oven_threshold_14_vs_9', d(14), a.line, a.value, b.value,
      `许政〔2020〕14号 and 许政〔2020〕9号 (line ${b.line}) set the same 2020 threshold`,
      `许政〔2020〕14号 says ${a.value}米, 许政〔2020〕9号 (line ${b.line}) ${b.value}米`);
  }
  // elderly-care beds: 12号 text vs the 17号 table
  const d17 = d(17);
  {
    const a = must(d17.doc, 'elderly_care_beds_per_1000_elderly', 2025);
    const b = must(d(12).doc, 'elderly_care_beds_per_1000_elderly', 2025);
    check(ctx, 'eldercare_beds_2025_17_vs_12', d17, a.line, a.value, b.value,
      `the health table (≥${a.value}) and 许政〔2020〕12号 (line ${b.line}) agree for 2025`,
      `the health table says ≥${a.value} for 2025, 许政〔2020〕12号 (line ${b.line}) ${b.value}`);
    const a21 = must(d17.doc, 'elderly_care_beds_per_1000_elderly', 2021);
    const b20 = must(d(12).doc, 'elderly_care_beds_per_1000_elderly', 2020);
    check(ctx, 'eldercare_beds_2021_17_vs_2020_12', d17, a21.line, a21.value, b20.value,
      `the health table's 2021 floor (≥${a21.value}) equals 许政〔2020〕12号's 2020 target (line ${b20.line}); different years, consistent`,
      `the health table's 2021 floor is ≥${a21.value}, 许政〔2020〕12号 (line ${b20.line}) sets ${b20.value} for 2020`);
  }
  // forest plan (11号): repeated figures and the itemised areas vs the total
  const d11 = d(11);
  {
    const rep = matchOnce(d11, /完成乡村绿化美化工程[\d.]+万亩，建设(?<c>\d+)个森林特色小镇，(?<d>\d+)个森林乡村，(?<e>\d+)个果树进村示范村/);
    for (const [g, id] of [['c', 'forest_towns'], ['d', 'forest_villages'], ['e', 'fruit_tree_demo_villages']] as const) {
      const main = must(d11.doc, id, 2025);
      check(ctx, `forest_${id}_goal_vs_rural_greening`, d11, d11.flat.lineAt(groupOffset(rep, g)), main.value, num(rep.groups![g], id),
        `the 主要目标 (line ${main.line}) and the 乡村绿化美化工程 section give the same 2025 figure`,
        `the 主要目标 (line ${main.line}) says ${main.value}, the 乡村绿化美化工程 section ${rep.groups![g]}`);
    }
    const fc = matchOnce(d11, /到\d{4}年年底，建设(?<v>\d+)个省级森林城市。/);
    const main = must(d11.doc, 'provincial_forest_cities', 2025);
    check(ctx, 'forest_provincial_forest_cities_goal_vs_section', d11, d11.flat.lineAt(groupOffset(fc, 'v')), main.value, num(fc.groups!.v, 'forest cities'),
      `the 主要目标 (line ${main.line}) and the 森林城市建设工程 section give the same 2025 figure`,
      `the 主要目标 (line ${main.line}) says ${main.value}, the 森林城市建设工程 section ${fc.groups!.v}`);
    const total = must(d11.doc, 'afforestation_area', 2025);
    const parts = ['eco_corridor_greening_area', 'rural_greening_area', 'mountain_eco_forest_area', 'farmland_shelterbelt_area'].map((id) => must(d11.doc, id, 2025));
    const sum = parts.reduce((s, r) => s + Math.round(Number(r.value) * 100), 0) / 100;
    check(ctx, 'forest_afforestation_total_vs_projects', d11, total.line, total.value, String(sum),
      'the four works add up to the total',
      `the 主要目标 says 营造林面积${total.value}万亩 by 2025; the four works with an area (生态廊道 ${parts[0].value}, 乡村绿化美化 ${parts[1].value}, 山区生态林 ${parts[2].value}, 农田防护林 ${parts[3].value} 万亩) add up to ${sum} 万亩; the text gives no area for 森林城市建设 and 中心城区绿化, so ${Math.round((Number(total.value) - sum) * 100) / 100} 万亩 are not itemised (not necessarily an error)`);
  }
}

export function extractSeed003004(seeds: SeedSet): ExtractResult {
  const ctx: Ctx = { docs: locateDocs(seeds), indicators: [], places: new Map(), checks: [] };
  extractManufacturing(ctx);
  for (const spec of TEXT_SPECS) ctx.indicators.push(...runTextSpec(ctx, spec));
  extractTables(ctx);
  extractPlaces(ctx);
  extractCrossChecks(ctx);

  // every place an indicator points at must exist
  for (const r of ctx.indicators) {
    if (r.place_id && !ctx.places.has(r.place_id)) throw new Error(`${r.doc}:${r.line}: unknown place_id ${r.place_id}`);
  }
  const defIds = new Set(DEFS.map((x) => x.id));
  if (defIds.size !== DEFS.length) throw new Error('duplicated indicator definition');
  for (const r of ctx.indicators) if (!defIds.has(r.indicator)) throw new Error(`indicator ${r.indicator} has no definition`);
  const keys = new Set<string>();
  for (const r of ctx.indicators) {
    const k = [r.indicator, r.area_code, r.place_id, r.year, r.kind, r.value, r.seed, r.line].join('|');
    if (keys.has(k)) throw new Error(`duplicated row ${k}`);
    keys.add(k);
  }
  const checkIds = new Set<string>();
  for (const c of ctx.checks) {
    if (checkIds.has(c.check)) throw new Error(`duplicated check ${c.check}`);
    checkIds.add(c.check);
  }

  const indicators = ctx.indicators.sort((a, b) =>
    a.indicator.localeCompare(b.indicator) || a.year - b.year || a.doc.localeCompare(b.doc) || a.line - b.line ||
    a.area_code.localeCompare(b.area_code) || a.place_id.localeCompare(b.place_id));
  const places = [...ctx.places.values()].sort((a, b) => a.place_id.localeCompare(b.place_id));
  const checks = ctx.checks.sort((a, b) => a.check.localeCompare(b.check));
  const used = new Set(indicators.map((r) => r.indicator));
  return { indicators, places, checks, defs: DEFS.filter((x) => used.has(x.id)) };
}
