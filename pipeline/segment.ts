/**
 * Segment the seed texts into documents: one `DocumentRow` per numbered notice / decision / opinion, one per
 * plan (方案, 规划, 计划, 办法, 政策, 预案 …) that a 印发…的通知 attaches, and one for the unnumbered draft.
 *
 * Everything is found by searching the text; nothing is keyed to a line number. The structure relied on:
 *
 *   许昌市人民政府[办公室] [关于…]        ← header (issuer), first line of the title block
 *   关于…的                              ← title, possibly wrapped over several lines
 *   通  知
 *   许政〔2019〕3 号                      ← the number on a line of its own
 *   各县（市、区）人民政府…：             ← addressees, body
 *   现将《A》、《B》印发给你们…。          ← for a 印发 notice: the attached titles
 *   许昌市人民政府                        ← signature: issuer …
 *   2019 年 1 月 30 日                    ← … and date (Arabic or Chinese numerals)
 *   A                                     ← attached plan 1 (title block), its text, annexes
 *   B                                     ← attached plan 2 …
 *
 * A top-level document runs from its header line to the line before the next header (trailing blank lines
 * and page furniture — the running head 许昌市人民政府公报（…） and page numbers `- 23 -` — trimmed).
 * Gazette issues that open with a table of contents (目 录) have it checked against the titles found.
 * A seed without any numbered document must be a recognised consultation draft (征求意见稿), else we throw.
 *
 * Missing dates: every numbered document must carry a signature date; if one does not, segmentDocuments
 * throws (the seeds are fixed texts, so a missing date means the seed or this parser changed). Only the
 * unnumbered draft gets issued = '' (with a note saying why); attached plans inherit their notice's date.
 */
import type { DocumentRow } from './lib/types.ts';
import type { Seed, SeedSet } from './lib/seeds.ts';
import { joinLines } from './lib/quote.ts';
import { parseChineseNumeral, toAsciiDigits } from './lib/numbers.ts';

const GOV = '许昌市人民政府';
const GOV_OFFICE = '许昌市人民政府办公室';
/** document-number prefix → issuer */
const ISSUER_OF_PREFIX: Record<string, string> = { 许政: GOV, 许政办: GOV_OFFICE };

/** The document number standing on a line of its own, e.g. `许政〔2019〕1 号 ` or `许政办〔2023〕23号`. */
export const NUMBER_LINE = /^\s*(许政办?)〔(\d{4})〕\s*(\d+)\s*号\s*$/;
/** A signature date standing on its own line: `2019 年 1 月 15 日`, `2023年10月30日`, `二〇二三年十二月五日`. */
const DATE_LINE = /^\s*([0-9０-９〇零一二三四五六七八九]{4})\s*年\s*([0-9０-９一二三四五六七八九十]{1,3})\s*月\s*([0-9０-９一二三四五六七八九十]{1,3})\s*日\s*$/;
/** Page furniture left in the PDF text: the running head and page numbers. */
const FURNITURE = /^\s*(?:许昌市人民政府公报(?:\s*（[^）]*）)?|-\s*\d+\s*-)\s*$/;
/** Header line of a top-level document: the issuer, alone or followed by the start of the title. */
const HEADER = /^\s*(许昌市人民政府办公室|许昌市人民政府)(?=\s|关于|$)/;
/** A title ends with the kind of document it names (before an optional parenthetical such as （2020—2022年）). */
const DOC_TYPE_END = /(方案|计划|规划|办法|预案|政策|措施|细则|意见|决定|通知|通报|名录|名单|纲要|条例|规定|指南|清单)$/;
const PARENTHETICAL = /[（(][^（）()]*[）)]$/;
/** a line that is only a parenthetical, e.g. `（2020—2022年）` or `(征求意见稿)` */
const PARENTHETICAL_LINE = /^[（(][^（）()]{1,20}[）)]$/;
/** sentence punctuation never found inside a title */
const SENTENCE_PUNCT = /[，。；：！？,;]/;
const MAX_TITLE_LINE = 45;

/**
 * Title normalisation: the trimmed lines are joined without separator (hard wraps carry no space); then
 * every whitespace run (incl. U+3000) becomes one space, and a space next to any non-ASCII character is
 * dropped. So letter-spaced words (`通  知` → `通知`), the space the PDF text puts around Arabic numbers and
 * Latin words (`许昌市 5G 产业` → `许昌市5G产业`, `15个`) and the space between a header issuer and the
 * title (`许昌市人民政府 关于…`) all go, while a space between two ASCII words would stay. Nothing else is
 * changed: brackets keep their printed width (`(2023—2025年)` vs `（2023—2025年）`).
 */
export function normaliseTitle(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/ ?([^\x00-\x7F]) ?/g, '$1')
    .trim();
}

/** For comparing titles printed in different places: no whitespace, one bracket width. */
function compareKey(s: string): string {
  return normaliseTitle(s).replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
}

function levenshtein(a: string, b: string): number {
  const A = [...a];
  const B = [...b];
  let prev = Array.from({ length: B.length + 1 }, (_, j) => j);
  for (let i = 1; i <= A.length; i++) {
    const cur = [i];
    for (let j = 1; j <= B.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (A[i - 1] === B[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[B.length];
}

const ZH_YEAR_DIGIT: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

function dateNumber(s: string, what: string): number {
  const ascii = toAsciiDigits(s);
  const n = /^\d+$/.test(ascii) ? Number(ascii) : parseChineseNumeral(s);
  if (n === null || !Number.isInteger(n)) throw new Error(`unreadable ${what} in date: ${s}`);
  return n;
}

/** `2019 年 1 月 15 日` / `二〇二三年十二月二十一日` → `2019-01-15` / `2023-12-21`; null if the line is no date. */
export function parseDateLine(line: string): string | null {
  const m = DATE_LINE.exec(line);
  if (!m) return null;
  // a year in Chinese numerals is written digit by digit (二〇二三), not as a number (二千零二十三)
  const yearText = [...m[1]].map((c) => ZH_YEAR_DIGIT[c] ?? c).join('');
  const year = dateNumber(yearText, 'year');
  const month = dateNumber(m[2], 'month');
  const day = dateNumber(m[3], 'day');
  if (year < 1949 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) {
    throw new Error(`implausible date: ${line.trim()}`);
  }
  const p = (n: number) => String(n).padStart(2, '0');
  return `${year}-${p(month)}-${p(day)}`;
}

const isBlank = (l: string) => l.trim() === '';
const isFurniture = (l: string) => FURNITURE.test(l);
const isSkippable = (l: string) => isBlank(l) || isFurniture(l);

/** Next line at or after `from` (≤ to) that is neither blank nor page furniture; 0 if none. */
function nextContent(seed: Seed, from: number, to: number): number {
  for (let n = from; n <= to; n++) if (!isSkippable(seed.line(n))) return n;
  return 0;
}

/** Trim blank lines and page furniture from the end of a range. */
function trimEnd(seed: Seed, from: number, to: number): number {
  let n = to;
  while (n > from && isSkippable(seed.line(n))) n--;
  return n;
}

function endsWithDocType(text: string): boolean {
  let t = text;
  while (PARENTHETICAL.test(t)) t = t.replace(PARENTHETICAL, '');
  return DOC_TYPE_END.test(t);
}

function isTitleLike(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= MAX_TITLE_LINE && !SENTENCE_PUNCT.test(t);
}

interface TitleBlock {
  first: number;
  last: number;
  /** line numbers of the block's non-blank lines */
  lines: number[];
  title: string;
}

/**
 * The title block of a plan (or the draft) starting at line `start`. Judgement, encoded here: a title
 * continues onto the next non-blank line when (a) that line is only a parenthetical — `（2020—2022年）`,
 * `(征求意见稿)` — or (b) the text so far does not yet end in a document type (方案, 规划, …) and the next
 * line is short and has no sentence punctuation (a wrapped title such as `许昌市深入贯彻城市公共交通优先发展战略`
 * / `推动城市公共交通高质量发展实施方案`). At most 4 lines.
 */
function readTitleBlock(seed: Seed, start: number, limit: number): TitleBlock {
  const lines = [start];
  let text = normaliseTitle(seed.line(start));
  while (lines.length < 4) {
    const j = nextContent(seed, lines[lines.length - 1] + 1, limit);
    if (!j) break;
    const t = seed.line(j).trim();
    if (PARENTHETICAL_LINE.test(t) || (!endsWithDocType(text) && isTitleLike(t))) {
      lines.push(j);
      text = normaliseTitle(text + t);
    } else break;
  }
  return { first: start, last: lines[lines.length - 1], lines, title: text };
}

interface Signature {
  line: number;
  issued: string;
  printed: string;
}

/** First date line in from..to whose preceding non-blank line is the issuer's name: the signature. */
function findSignature(seed: Seed, issuer: string, from: number, to: number): Signature | null {
  for (let n = from; n <= to; n++) {
    const issued = parseDateLine(seed.line(n));
    if (!issued) continue;
    let p = n - 1;
    while (p >= from && isBlank(seed.line(p))) p--;
    if (p >= from && seed.line(p).trim() === issuer) return { line: n, issued, printed: seed.line(n).trim() };
  }
  return null;
}

/** A numbered document as its number line and the title block above it give it. */
export interface TopDoc {
  doc: string;
  year: number;
  issuer: string;
  header: number;
  numberLine: number;
  title: string;
  /** title without the issuer, e.g. 关于印发…的通知 */
  titleRest: string;
}

/** Walk back from the number line over the title lines to the header line (issuer). */
function readHeader(seed: Seed, numberLine: number): TopDoc {
  const m = NUMBER_LINE.exec(seed.line(numberLine))!;
  const doc = `${m[1]}〔${m[2]}〕${m[3]}号`;
  const expectedIssuer = ISSUER_OF_PREFIX[m[1]];
  const titleLines: number[] = [];
  let header = 0;
  for (let n = numberLine - 1; n >= 1 && titleLines.length < 6; n--) {
    const l = seed.line(n);
    if (isBlank(l)) continue;
    titleLines.unshift(n);
    if (HEADER.test(l)) {
      header = n;
      break;
    }
  }
  if (!header) throw new Error(`${seed.name}:${numberLine}: ${doc} has no header line (${GOV}…) above its number`);
  const issuer = HEADER.exec(seed.line(header))![1];
  if (issuer !== expectedIssuer) {
    throw new Error(`${seed.name}:${header}: ${doc} is headed by ${issuer}, expected ${expectedIssuer}`);
  }
  const title = normaliseTitle(titleLines.map((n) => seed.line(n).trim()).join(''));
  const titleRest = title.slice(issuer.length);
  if (!/^关于.{4,}/.test(titleRest) || !endsWithDocType(titleRest)) {
    throw new Error(`${seed.name}:${header}: ${doc} has no readable title (found "${title}")`);
  }
  return { doc, year: Number(m[2]), issuer, header, numberLine, title, titleRest };
}

/** Table of contents of a gazette issue: entries `<title>\t[………\t]<page>` between 目 录 and `before`. */
function readToc(seed: Seed, before: number): string[] | null {
  let toc = 0;
  for (let n = 1; n < before; n++) if (/^\s*目\s*录\s*$/.test(seed.line(n))) toc = n;
  if (!toc) return null;
  const entries: string[] = [];
  for (let n = toc + 1; n < before; n++) {
    const m = /^([^\t]+)\t(?:[…\s]*\t)?\s*\d+\s*$/.exec(seed.line(n));
    if (m) entries.push(normaliseTitle(m[1]));
  }
  return entries;
}

/**
 * The documents a 印发 notice attaches, from its body: the sentence with 现将…印发 / 现印发 / 现予以印发 names
 * them in 《…》; `等15个…` gives a count larger than the titles named.
 */
function attachedTitles(seed: Seed, d: TopDoc, bodyFrom: number, bodyTo: number): { named: string[]; count: number } {
  const body = joinLines(seed, bodyFrom, bodyTo);
  const sentence = body.split('。').find((s) => /《[^》]+》/.test(s) && /(现将|现印发|现予以印发|印发给你们)/.test(s));
  if (!sentence) throw new Error(`${seed.name}:${d.numberLine}: ${d.doc} is a 印发 notice but names no attached document`);
  const named = [...sentence.matchAll(/《([^》]+)》/g)].map((x) => normaliseTitle(x[1]));
  const more = /等\s*(\d+)\s*个/.exec(sentence);
  const count = more ? Number(more[1]) : named.length;
  const inTitle = /等\s*(\d+)\s*个/.exec(d.titleRest);
  if (inTitle && Number(inTitle[1]) !== count) {
    throw new Error(`${seed.name}:${d.numberLine}: ${d.doc} title says ${inTitle[1]} documents, body ${count}`);
  }
  if (count < named.length || count < 1) throw new Error(`${seed.name}:${d.numberLine}: ${d.doc}: bad attachment count`);
  return { named, count };
}

/** Does a printed plan title correspond to a title named in the notice? Exact up to spacing/bracket width, or ≤ 2 edits. */
function titleDistance(printed: string, named: string): number {
  return levenshtein(compareKey(printed), compareKey(named));
}
const MAX_TITLE_EDITS = 2;

function segmentNotice(seed: Seed, d: TopDoc, last: number, out: DocumentRow[]): void {
  const sig = findSignature(seed, d.issuer, d.numberLine + 1, last);
  if (!sig) throw new Error(`${seed.name}:${d.numberLine}: ${d.doc} has no signature date (${d.issuer} / YYYY 年 M 月 D 日)`);
  const notes: string[] = [];
  if (Number(sig.issued.slice(0, 4)) !== d.year) {
    notes.push(`signature year ${sig.issued.slice(0, 4)} differs from the number's year ${d.year}`);
  }
  out.push({
    doc: d.doc, title: d.title, issuer: d.issuer, issued: sig.issued, seed: seed.name,
    first_line: d.header, last_line: last, parent: '', note: notes.join('; '),
  });
  if (!/^关于印发.+的通知$/.test(d.titleRest)) return;

  const { named, count } = attachedTitles(seed, d, d.numberLine + 1, sig.line - 1);
  // Judgement: the first attached document's title is the first line of content after the signature.
  const firstLine = nextContent(seed, sig.line + 1, last);
  if (!firstLine) throw new Error(`${seed.name}:${sig.line}: ${d.doc}: no attached document after the signature`);
  const blocks: TitleBlock[] = [readTitleBlock(seed, firstLine, last)];
  if (count > 1) {
    // Judgement: a further attached title is a short line starting with 许昌市, without sentence punctuation,
    // whose title block ends in a document type (行动方案, 应急预案, …).
    const candidates: TitleBlock[] = [];
    for (let n = blocks[0].last + 1; n <= last; n++) {
      const t = seed.line(n).trim();
      if (!t.startsWith('许昌市') || !isTitleLike(t)) continue;
      const b = readTitleBlock(seed, n, last);
      if (endsWithDocType(b.title)) {
        candidates.push(b);
        n = b.last;
      }
    }
    if (named.length === count) {
      // every attached title is named: take, in order, the next candidate that matches each named title
      let from = 0;
      for (const t of named.slice(1)) {
        const i = candidates.findIndex((c, k) => k >= from && titleDistance(c.title, t) <= MAX_TITLE_EDITS);
        if (i < 0) throw new Error(`${seed.name}: ${d.doc}: attached title 《${t}》 not found after line ${sig.line}`);
        blocks.push(candidates[i]);
        from = i + 1;
      }
    } else {
      // only some are named (《A》等15个…): the candidates must be exactly the remaining ones
      if (candidates.length !== count - 1) {
        throw new Error(`${seed.name}: ${d.doc}: expected ${count} attached titles, found ${candidates.length + 1}: ${[blocks[0], ...candidates].map((c) => `${c.first}:${c.title}`).join(' | ')}`);
      }
      blocks.push(...candidates);
    }
  }
  // the named titles must appear, in order, among the titles found
  let k = 0;
  for (const t of named) {
    while (k < blocks.length && titleDistance(blocks[k].title, t) > MAX_TITLE_EDITS) k++;
    if (k === blocks.length) throw new Error(`${seed.name}: ${d.doc}: attached title 《${t}》 does not match the text`);
    k++;
  }
  blocks.forEach((b, i) => {
    const end = i + 1 < blocks.length ? trimEnd(seed, b.first, blocks[i + 1].first - 1) : last;
    const notes = [`issued: inherits the signature date of notice ${d.doc} (${sig.printed}, line ${sig.line})`];
    const nameMatch = named.find((t) => titleDistance(b.title, t) <= MAX_TITLE_EDITS);
    if (!nameMatch) {
      notes.push(`title located by its form (line starting 许昌市, ending in a document type): the notice names only ${named.map((t) => `《${t}》`).join('')} of ${count}`);
    } else if (compareKey(nameMatch) !== compareKey(b.title)) {
      notes.push(`title as printed above the plan; the notice names it 《${nameMatch}》`);
    }
    if (b.lines.length > 1) notes.push(`title joined from lines ${b.lines.join(', ')}`);
    out.push({
      doc: `${d.doc}/附${i + 1}`, title: b.title, issuer: d.issuer, issued: sig.issued, seed: seed.name,
      first_line: b.first, last_line: end, parent: d.doc, note: notes.join('; '),
    });
  });
}

/**
 * Consultation drafts have no number. Their id is DRAFT-<first year in the title>-<topic>; the topic slug
 * comes from this table (judgement: an unknown draft must be added here, not guessed).
 */
const DRAFT_TOPICS: [RegExp, string][] = [[/制造业/, 'MFG']];

interface Draft {
  row: DocumentRow;
  /** title without (征求意见稿), to find the final version */
  finalKey: string;
}

function segmentDraft(seed: Seed): Draft {
  const first = nextContent(seed, 1, seed.lines.length);
  if (!first) throw new Error(`${seed.name}: empty seed`);
  const b = readTitleBlock(seed, first, seed.lines.length);
  if (!/[（(]征求意见稿[）)]/.test(b.title)) {
    throw new Error(`${seed.name}: no numbered document and not a 征求意见稿 (starts "${b.title}")`);
  }
  const year = /[（(](\d{4})/.exec(b.title);
  const topic = DRAFT_TOPICS.find(([re]) => re.test(b.title));
  if (!year || !topic) throw new Error(`${seed.name}: draft "${b.title}" has no year or known topic for its id`);
  const signature = findSignature(seed, GOV, 1, seed.lines.length) ?? findSignature(seed, GOV_OFFICE, 1, seed.lines.length);
  if (signature) throw new Error(`${seed.name}: the draft carries a signature (line ${signature.line}); update segmentDraft`);
  return {
    row: {
      doc: `DRAFT-${year[1]}-${topic[1]}`, title: b.title, issuer: '', issued: '', seed: seed.name,
      first_line: b.first, last_line: trimEnd(seed, b.first, seed.lines.length), parent: '',
      note: 'no document number: a 征求意见稿 (consultation draft) with no header, signature or date, so issuer and issued are empty',
    },
    finalKey: compareKey(b.title.replace(/[（(]征求意见稿[）)]/, '')),
  };
}

/** A numbered top-level document of a seed, as `numberedDocuments` finds it. */
export interface NumberedDoc extends TopDoc {
  /** last line: the line before the next document's header (or the seed's end), trailing blank lines and page furniture trimmed */
  end: number;
}

/**
 * The numbered documents of a seed in printed order: one per number line (NUMBER_LINE), headed by the issuer line
 * above it, running to the line before the next document's header. Extractors anchor their searches in
 * numberLine..end. Throws on a document printed twice or a header that overlaps the document before it.
 */
export function numberedDocuments(seed: Seed): NumberedDoc[] {
  const docs: TopDoc[] = [];
  seed.lines.forEach((l, i) => {
    if (NUMBER_LINE.test(l)) docs.push(readHeader(seed, i + 1));
  });
  docs.forEach((d, i) => {
    if (i === 0) return;
    if (d.header <= docs[i - 1].numberLine) throw new Error(`${seed.name}:${d.header}: header overlaps ${docs[i - 1].doc}`);
    if (docs.slice(0, i).some((p) => p.doc === d.doc)) throw new Error(`${seed.name}:${d.numberLine}: ${d.doc} printed twice`);
  });
  return docs.map((d, i) => ({ ...d, end: trimEnd(seed, d.header, i + 1 < docs.length ? docs[i + 1].header - 1 : seed.lines.length) }));
}

/** The numbered document `doc` (normalised, e.g. 许政〔2019〕2号) of a seed; throws if the seed does not print it. */
export function numberedDocument(seed: Seed, doc: string): NumberedDoc {
  const d = numberedDocuments(seed).find((x) => x.doc === doc);
  if (!d) throw new Error(`${seed.name}: document ${doc} not found`);
  return d;
}

function segmentSeed(seed: Seed, out: DocumentRow[], drafts: Draft[]): void {
  const docs = numberedDocuments(seed);
  if (docs.length === 0) {
    const d = segmentDraft(seed);
    drafts.push(d);
    out.push(d.row);
    return;
  }
  const toc = readToc(seed, docs[0].header);
  if (toc) {
    const titles = docs.map((d) => d.title);
    if (toc.length !== titles.length || toc.some((t, i) => compareKey(t) !== compareKey(titles[i]))) {
      throw new Error(`${seed.name}: table of contents does not match the documents found:\n  toc: ${toc.join(' | ')}\n  docs: ${titles.join(' | ')}`);
    }
  }
  for (const d of docs) segmentNotice(seed, d, d.end, out);
}

export function segmentDocuments(seeds: SeedSet): DocumentRow[] {
  const out: DocumentRow[] = [];
  const drafts: Draft[] = [];
  for (const name of [...seeds.keys()].sort()) segmentSeed(seeds.get(name)!, out, drafts);

  const seen = new Set<string>();
  for (const r of out) {
    if (seen.has(r.doc)) throw new Error(`duplicate document id ${r.doc} (${r.seed}:${r.first_line})`);
    seen.add(r.doc);
  }
  // a draft whose final version is in the seeds says so
  for (const d of drafts) {
    const finals = out.filter((r) => r !== d.row && compareKey(r.title) === d.finalKey);
    if (finals.length > 1) throw new Error(`${d.row.doc}: several final versions: ${finals.map((r) => r.doc).join(', ')}`);
    const f = finals[0];
    d.row.note += f
      ? `; draft of ${f.title}, issued as ${f.doc}${f.parent ? ` by notice ${f.parent}` : ''} (${f.issued}, ${f.seed}:${f.first_line})`
      : '; its final version is not in the seeds';
  }
  return out.sort((a, b) => (a.seed < b.seed ? -1 : a.seed > b.seed ? 1 : a.first_line - b.first_line));
}
