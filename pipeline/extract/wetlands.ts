/**
 * Wetlands (湿地) and wetland parks (湿地公园) named in the five seeds.
 *
 * What the seeds contain (checked by the completeness guard below, which throws on any 湿地 mention it
 * cannot account for):
 * - 许政〔2019〕1号 (seed 000, water ecology): four national wetland park pilots (禹州市颍河, 长葛市双洎河,
 *   襄城县北汝河, 鄢陵县 — the last one unnamed) and two wetland works to be built in 建安区
 *   (颍汝干渠下游湿地工程, 颍河湿地工程); otherwise only generic mentions (人工湿地, 河道湿地, 生态湿地 …).
 * - 许政〔2023〕15号 (seed 001, 2023 annual plan): 禹州颍河 and 鄢陵鹤鸣湖 national wetland park pilots.
 * - seeds 002/003 and the 2020 plans in seed 004 (forest plan 许政〔2020〕11号 included): generic mentions only
 *   (湿地保护与恢复 funding, 湿地公园 supervision, "1处300亩以上的郊野公园、湿地公园或森林公园" per county).
 * - No seed prints a wetland figure (area, 湿地保护率, number of wetland parks) with a number, so this
 *   extractor emits no indicator rows and no defs. The "1处300亩以上的郊野公园、湿地公园或森林公园" figure is
 *   not wetland-specific (any of three park types) and is left to the forest topic.
 *
 * Places: ONE PLACE PER (wetland, document) MENTION. Each mention has its own doc/line/quote, status and year
 * (2019 notice: pilot, no year; 2023 plan: pilot, plan year 2023), so merging would drop provenance. The
 * place_id is built from county, wetland and document (e.g. wetland-park-yuzhou-yinghe-xz2019-1), so it is
 * stable and distinct; later mentions of the same park carry a note naming the earlier place_id.
 */
import type { ExtractResult, PlaceDraft, PlaceStatus } from '../lib/types.ts';
import type { Seed, SeedSet } from '../lib/seeds.ts';
import { AREAS, resolveArea } from '../lib/areas.ts';
import { cite, flatten, type Flat } from '../lib/quote.ts';

const DRAFT_DOC = 'DRAFT-2020-MFG';
const DOC_NUMBER_LINE = /^\s*(许政(?:办|文)?)\s*〔\s*(\d{4})\s*〕\s*(\d+)\s*号\s*$/;

interface DocMark {
  doc: string;
  line: number;
}

/** Document-number lines of a seed (the number line follows the title; table-of-contents lines carry no number). */
function docMarks(seed: Seed): DocMark[] {
  const marks: DocMark[] = [];
  seed.lines.forEach((l, i) => {
    const m = DOC_NUMBER_LINE.exec(l);
    if (m) marks.push({ doc: `${m[1]}〔${m[2]}〕${m[3]}号`, line: i + 1 });
  });
  return marks;
}

/** The document a line belongs to: the nearest preceding number line; an unnumbered seed is the 2020 draft. */
function docOf(seed: Seed, marks: DocMark[], line: number): string {
  if (marks.length === 0) return DRAFT_DOC;
  let doc = '';
  for (const m of marks) if (m.line <= line) doc = m.doc;
  if (!doc) throw new Error(`${seed.name}:${line}: wetland mention before the first document number`);
  return doc;
}

function docSlug(doc: string): string {
  if (doc === DRAFT_DOC) return 'draft-2020-mfg';
  const m = /^(许政办|许政文|许政)〔(\d{4})〕(\d+)号$/.exec(doc);
  if (!m) throw new Error(`cannot slug document number ${doc}`);
  const prefix = { 许政: 'xz', 许政办: 'xzb', 许政文: 'xzw' }[m[1]];
  return `${prefix}${m[2]}-${m[3]}`;
}

/** ascii slugs for ids: counties by area code, wetlands by printed name. An unknown name throws. */
const COUNTY_SLUG: Record<string, string> = {
  '411002': 'weidu',
  '411003': 'jianan',
  '411024': 'yanling',
  '411025': 'xiangcheng',
  '411081': 'yuzhou',
  '411082': 'changge',
};
const WETLAND_SLUG: Record<string, string> = {
  '': '',
  颍河: 'yinghe',
  双洎河: 'shuangjihe',
  北汝河: 'beiruhe',
  鹤鸣湖: 'heminghu',
  颍汝干渠下游: 'yingru-canal-lower',
};

/**
 * Every (document, printed name) this extractor must find; anything else it finds throws as well, so a changed
 * seed or a new wetland cannot slip through unnoticed.
 */
export const EXPECTED_WETLANDS: readonly string[] = [
  '许政〔2019〕1号|禹州市颍河国家湿地公园',
  '许政〔2019〕1号|长葛市双洎河国家湿地公园',
  '许政〔2019〕1号|襄城县北汝河国家湿地公园',
  '许政〔2019〕1号|鄢陵县国家湿地公园',
  '许政〔2019〕1号|建安区颍汝干渠下游湿地工程',
  '许政〔2019〕1号|建安区颍河湿地工程',
  '许政〔2023〕15号|禹州颍河国家湿地公园',
  '许政〔2023〕15号|鄢陵鹤鸣湖国家湿地公园',
];

/**
 * Generic (unnamed) wetland wording that is not a place. Every 湿地 in the seeds must sit inside a named match
 * or one of these, otherwise the guard throws.
 */
const GENERIC_WETLAND = [
  /扩大森林、湖泊、湿地面积/g, // 000 basic principles
  /生态湿地/g, // 000 flood-water use, sponge city
  /河流湖泊湿地水生态修复/g, // 000 river/lake restoration (heading sentence)
  /范围内湿地保护和系统修复/g, // 000 tail of the pilot-park sentence
  /规划建设人工湿地/g, // 000 generic artificial wetlands
  /规划建设河道湿地/g, // 000 generic river wetlands
  /人工湿地污水处理技术/g, // 000 (许政〔2019〕3号) technology list
  /尾水人工湿地/g, // 004 sewage plants
  /加强湿地修复和保护/g, // 004 urban water system upkeep
  /郊野公园、湿地公园或森林公园/g, // 004 forest plan: one ≥300 亩 park per county, type open
  /湿地保护与恢复/g, // 004 forest plan: funding programme
  /森林公园、湿地公园和地质公园/g, // 004 forest plan: supervision of protected areas
  /增加森林、湿地面积/g, // 004 rural plan
];

const COUNTY_NAMES = AREAS.filter((a) => a.kind === 'county')
  .flatMap((a) => [a.name_zh, ...a.aliases])
  .sort((a, b) => b.length - a.length || a.localeCompare(b));
const COUNTY_ALT = COUNTY_NAMES.join('|');
/** <county><name>国家湿地公园（试点） — the name may be empty (鄢陵县国家湿地公园). */
const PARK_RE = new RegExp(`(${COUNTY_ALT})([\\u4e00-\\u9fff]{0,6}?)(国家湿地公园)（试点）`, 'g');
/** <county><name>湿地工程 — wetland works. */
const WORKS_RE = new RegExp(`(${COUNTY_ALT})([\\u4e00-\\u9fff]{1,8}?)(湿地工程)`, 'g');

/** The sentence around [start, end): from after the previous 。/；/：to the next 。/； inclusive. */
function sentenceAround(text: string, start: number, end: number): { s: number; e: number } {
  let s = start;
  while (s > 0 && !'。；：'.includes(text[s - 1])) s--;
  let e = end;
  while (e < text.length && !'。；'.includes(text[e])) e++;
  return { s, e: Math.min(text.length, e + 1) };
}

interface Found {
  key: string;
  draft: PlaceDraft;
  span: [number, number];
}

function findNamed(seed: Seed, flat: Flat, marks: DocMark[]): Found[] {
  const out: Found[] = [];
  const { text } = flat;
  for (const [re, category] of [[PARK_RE, 'wetland_park'], [WORKS_RE, 'wetland']] as const) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      const [, countyPrinted, wetland, suffix] = m;
      const area = resolveArea(countyPrinted);
      const line = flat.lineAt(start);
      const doc = docOf(seed, marks, line);
      const name = `${countyPrinted}${wetland}${suffix}`;
      const sent = sentenceAround(text, start, end);
      // quote: the whole sentence (it carries the status wording: 试点 / 建设)
      const sentence = text.slice(sent.s, sent.e);
      const quote = sentence;

      let status: PlaceStatus;
      if (category === 'wetland_park') {
        status = 'pilot'; // the match requires 国家湿地公园（试点）
      } else if (/^(建设|新建)/.test(sentence)) {
        status = 'planned'; // 000: "建设……建安区颍汝干渠下游湿地工程和建安区颍河湿地工程"
      } else {
        throw new Error(`${seed.name}:${line}: cannot tell the status of ${name} from "${sentence}"`);
      }

      const countySlug = COUNTY_SLUG[area.code];
      const wetlandSlug = WETLAND_SLUG[wetland];
      if (countySlug === undefined) throw new Error(`${seed.name}:${line}: no slug for area ${area.code}`);
      if (wetlandSlug === undefined) throw new Error(`${seed.name}:${line}: no slug for wetland "${wetland}"`);
      const place_id = [category === 'wetland_park' ? 'wetland-park' : 'wetland', countySlug, wetlandSlug, docSlug(doc)]
        .filter(Boolean)
        .join('-');

      out.push({
        key: `${doc}|${name}`,
        span: [start, end],
        draft: {
          place_id,
          name,
          category,
          area_code: area.code,
          area: area.name_zh,
          year: '',
          status,
          doc,
          ...cite(seed, line, quote),
          note: '',
        },
      });
    }
  }
  return out;
}

/** 2023 annual plan: the pilot parks sit under "三、2023 年经济社会发展的主要任务"; the year is that plan year. */
function annualPlanYear(seed: Seed, marks: DocMark[], doc: string, line: number): number | '' {
  const from = marks.find((m) => m.doc === doc)!.line;
  for (let n = line; n >= from; n--) {
    const m = /^\s*[一二三四五六七八九十]+、\s*(\d{4})\s*年.*主要任务/.exec(seed.lines[n - 1]);
    if (m) return Number(m[1]);
    if (/^\s*[一二三四五六七八九十]+、/.test(seed.lines[n - 1])) return '';
  }
  return '';
}

export function extractWetlands(seeds: SeedSet): ExtractResult {
  const places: PlaceDraft[] = [];
  const foundKeys = new Set<string>();

  for (const seed of [...seeds.values()].sort((a, b) => a.name.localeCompare(b.name))) {
    const flat = flatten(seed, 1, seed.lines.length);
    const marks = docMarks(seed);
    const found = findNamed(seed, flat, marks);

    // completeness guard: every 湿地 / 鹤鸣湖 must be inside a named match or a known generic phrase
    const spans: [number, number][] = found.map((f) => f.span);
    for (const re of GENERIC_WETLAND) {
      re.lastIndex = 0;
      for (const m of flat.text.matchAll(re)) spans.push([m.index!, m.index! + m[0].length]);
    }
    for (const m of flat.text.matchAll(/湿地|鹤鸣湖/g)) {
      const i = m.index!;
      if (!spans.some(([s, e]) => s <= i && i + m[0].length <= e)) {
        const line = flat.lineAt(i);
        throw new Error(`${seed.name}:${line}: unaccounted wetland mention: "${flat.text.slice(Math.max(0, i - 20), i + 20)}"`);
      }
    }

    for (const f of found) {
      if (foundKeys.has(f.key)) throw new Error(`${seed.name}:${f.draft.line}: duplicate wetland mention ${f.key}`);
      foundKeys.add(f.key);
      if (!EXPECTED_WETLANDS.includes(f.key)) throw new Error(`${seed.name}:${f.draft.line}: unexpected wetland ${f.key}`);
      const d = f.draft;
      if (d.doc === '许政〔2023〕15号') {
        d.year = annualPlanYear(seed, marks, d.doc, d.line);
        if (d.year !== 2023) throw new Error(`${seed.name}:${d.line}: expected the 2023 plan-year heading above ${d.name}`);
        d.note = 'year: plan year of the 2023 annual plan (section 三、2023 年经济社会发展的主要任务), not printed in the sentence';
      }
      places.push(d);
    }
  }

  for (const key of EXPECTED_WETLANDS) {
    if (!foundKeys.has(key)) throw new Error(`wetland not found: ${key}`);
  }

  // cross-references between mentions of the same park in different documents (judgement, stated in note)
  const byId = new Map(places.map((p) => [p.place_id, p]));
  const link = (laterId: string, earlierId: string, extra: string) => {
    const later = byId.get(laterId);
    if (!later || !byId.has(earlierId)) throw new Error(`cannot link ${laterId} → ${earlierId}`);
    later.note = [later.note, `same park as ${earlierId}${extra}`].filter(Boolean).join('; ');
  };
  link('wetland-park-yuzhou-yinghe-xz2023-15', 'wetland-park-yuzhou-yinghe-xz2019-1', '');
  link(
    'wetland-park-yanling-heminghu-xz2023-15',
    'wetland-park-yanling-xz2019-1',
    ' (judgement: 许政〔2019〕1号 names only "鄢陵县国家湿地公园（试点）"; 鄢陵 has one national wetland park pilot in the seeds)',
  );
  const yanling2019 = byId.get('wetland-park-yanling-xz2019-1')!;
  yanling2019.note = 'the text gives no wetland name; 许政〔2023〕15号 calls the 鄢陵 pilot 鹤鸣湖 (see wetland-park-yanling-heminghu-xz2023-15)';

  places.sort((a, b) => a.place_id.localeCompare(b.place_id));
  return { indicators: [], places, checks: [], defs: [] };
}
