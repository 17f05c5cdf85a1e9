/**
 * The documents' texts for the source reader. At build time each top-level document (a notice with its attached
 * plans, a range of seed lines in data/documents.csv) becomes one text asset (pipeline/assets/docTexts.ts); the
 * reader fetches the one holding the cited line and marks the quote in it. Pure and DOM-free.
 */
import type { AtlasData, Doc } from './model.ts';

export const seedStem = (seed: string) => seed.replace(/\.txt$/, '');

/** The text asset of a top-level document: its seed lines first_line..last_line joined with "\n". */
export const docTextPath = (d: Pick<Doc, 'seed' | 'first_line' | 'last_line'>) =>
  `texts/${seedStem(d.seed)}-${d.first_line}-${d.last_line}.txt`;

/** Documents that are not inside another: their line ranges do not overlap, and each has a text asset. */
export const isTopLevel = (d: Doc, known: ReadonlySet<string>) => !d.parent || !known.has(d.parent);

/** The top-level document holding a seed line, if any (lines between documents belong to none). */
export function topDocAt(docs: readonly Doc[], seed: string, line: number): Doc | undefined {
  const known = new Set(docs.map((d) => d.doc));
  return docs.find((d) => d.seed === seed && line >= d.first_line && line <= d.last_line && isTopLevel(d, known));
}

/** A reader link: seed file stem and line, e.g. "000_e340f357b4b28fe7:812". */
export interface ReaderTarget {
  seed: string;
  line: number;
}
export type ReaderParse = { ok: true; target: ReaderTarget } | { ok: false; reason: string };

/** Read a `reader` parameter against the documents: the line must stand inside a document of a known seed. */
export function parseReaderParam(raw: string, docs: readonly Doc[]): ReaderParse {
  const m = /^([\w-]+):(\d{1,6})$/.exec(raw);
  if (!m) return { ok: false, reason: 'expected <seed file>:<line>' };
  const seed = `${m[1]}.txt`;
  const line = Number(m[2]);
  if (!docs.some((d) => d.seed === seed)) return { ok: false, reason: `unknown seed file ${m[1]}` };
  if (!topDocAt(docs, seed, line)) return { ok: false, reason: `line ${line} is in no document` };
  return { ok: true, target: { seed, line } };
}
export const formatReaderParam = (t: ReaderTarget) => `${seedStem(t.seed)}:${t.line}`;

/** The distinct quotes the data cites at a seed line (values and places), longest first. */
export function quotesAt(data: Pick<AtlasData, 'indicators' | 'places'>, seed: string, line: number): string[] {
  const qs = new Set<string>();
  for (const r of [...data.indicators, ...data.places]) if (r.seed === seed && r.line === line && r.quote) qs.add(r.quote);
  return [...qs].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/** Part of one line to mark: [start, end) in the line's text as stored (leading spaces included). */
export interface Span {
  line: number;
  start: number;
  end: number;
}

/**
 * Where a quote stands in a document's lines, as spans per line, or null when it is not there. The quote
 * convention of the pipeline (pipeline/lib/quote.ts): each line trimmed, line breaks dropped, and the match must
 * cover part of the cited line; it is searched within `window` lines either side. Never a near match: the
 * marked text, lines joined, equals the quote.
 */
export function locateQuote(lines: readonly string[], firstLine: number, line: number, quote: string, window = 8): Span[] | null {
  const at = line - firstLine;
  if (!quote || at < 0 || at >= lines.length) return null;
  const from = Math.max(0, at - window);
  const to = Math.min(lines.length - 1, at + window);
  let text = '';
  /** per line: where its trimmed text starts in `text`, and where that text starts in the line as stored */
  const parts: { idx: number; start: number; lead: number; len: number }[] = [];
  for (let i = from; i <= to; i++) {
    const raw = lines[i];
    const trimmed = raw.trim();
    parts.push({ idx: i, start: text.length, lead: trimmed ? raw.indexOf(trimmed) : 0, len: trimmed.length });
    text += trimmed;
  }
  const cited = parts[at - from];
  if (!cited.len) return null; // a blank line holds no quote
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) {
    const end = i + quote.length;
    if (!(i < cited.start + cited.len && end > cited.start)) continue;
    const spans: Span[] = [];
    for (const p of parts) {
      const s = Math.max(i, p.start);
      const e = Math.min(end, p.start + p.len);
      if (e > s) spans.push({ line: firstLine + p.idx, start: p.lead + s - p.start, end: p.lead + e - p.start });
    }
    return spans;
  }
  return null;
}

/** Merge spans of several quotes on the same lines into disjoint ones (sorted by line, then start). */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.line - b.line || a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.line === s.line && s.start <= prev.end) prev.end = Math.max(prev.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** One line cut at its marked spans: the pieces in order, each marked or not. */
export function lineSegments(text: string, spans: readonly Span[]): { text: string; mark: boolean }[] {
  const out: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start > at) out.push({ text: text.slice(at, s.start), mark: false });
    out.push({ text: text.slice(s.start, s.end), mark: true });
    at = s.end;
  }
  if (at < text.length || !out.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

export interface ReaderView {
  /** the document's lines as stored, from `first` */
  first: number;
  lines: string[];
  /** marked spans by line */
  marks: Map<number, Span[]>;
  /** quotes that cite the line but could not be found there (nothing of them is marked) */
  notFound: string[];
  /** the cited line is not in the text */
  lineMissing: boolean;
}

/** Mark the quotes at a cited line of a document text (see locateQuote); what cannot be found is said, not guessed. */
export function readerView(text: string, first: number, line: number, quotes: readonly string[]): ReaderView {
  const lines = text.split('\n');
  const lineMissing = line < first || line >= first + lines.length;
  const found: Span[] = [];
  const notFound: string[] = [];
  for (const q of lineMissing ? [] : quotes) {
    const spans = locateQuote(lines, first, line, q);
    if (spans) found.push(...spans);
    else notFound.push(q);
  }
  const marks = new Map<number, Span[]>();
  for (const s of mergeSpans(found)) marks.set(s.line, [...(marks.get(s.line) ?? []), s]);
  return { first, lines, marks, notFound: lineMissing ? [...quotes] : notFound, lineMissing };
}
