import type { Seed } from './seeds.ts';

/**
 * Quotes are verbatim text from a seed. A quote may run across line breaks; the seeds are PDF text with
 * hard wraps (and, in some files, a blank line between every text line), so a quote is matched against the
 * lines around its line with each line trimmed and the line breaks dropped. Inside a line, every character,
 * spaces included, must match.
 */
export const QUOTE_WINDOW = 8;

/**
 * Lines from..to of a seed as one text in the quote convention (each line trimmed, line breaks dropped), with the
 * way back from an offset in that text to the line it stands on. Extractors search this text with regexes that
 * may run across hard wraps; the match is a verbatim quote and `lineAt` gives the line to cite.
 */
export interface Flat {
  text: string;
  from: number;
  to: number;
  /** The line holding the character at `offset`; throws unless 0 ≤ offset < text.length (a blank line holds none). */
  lineAt(offset: number): number;
  /** Offset in `text` where line n (from ≤ n ≤ to) starts; for a blank line, where the text after it starts. */
  offsetOf(n: number): number;
}

export function flatten(seed: Seed, from: number, to: number): Flat {
  let text = '';
  /** starts[i]: offset where line from + i starts (blank lines share it with the next line that has text) */
  const starts: number[] = [];
  for (let n = from; n <= to; n++) {
    starts.push(text.length);
    text += seed.line(n).trim();
  }
  return {
    text,
    from,
    to,
    lineAt(offset: number) {
      if (!(offset >= 0 && offset < text.length)) throw new Error(`${seed.name}: offset ${offset} outside lines ${from}..${to}`);
      // the last line starting at or before offset: a blank line before it shares its start, one after it starts later
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return from + lo;
    },
    offsetOf(n: number) {
      if (!(n >= from && n <= to)) throw new Error(`${seed.name}: line ${n} outside ${from}..${to}`);
      return starts[n - from];
    },
  };
}

/** A regex match with its offsets (the d flag): `indices` and `indices.groups` say where each group stands. */
export type Match = RegExpExecArray & { indices: NonNullable<RegExpExecArray['indices']> };

/** Every match of `re` in `text`, with offsets (`re` is run with the g and d flags added to its own). */
export function matchAll(text: string, re: RegExp): Match[] {
  const flags = [...new Set([...re.flags, 'g', 'd'])].join('');
  return [...text.matchAll(new RegExp(re.source, flags))] as Match[];
}

/** The one match of `re` in `text` (see matchAll); throws when there is none or more than one. */
export function matchOnce(text: string, re: RegExp, what: string): Match {
  const all = matchAll(text, re);
  if (all.length !== 1) throw new Error(`${what}: expected exactly one match of ${String(re)}, found ${all.length}`);
  return all[0];
}

/** The text around `line` (QUOTE_WINDOW lines either side) and the [start, end) offsets of that line in it. */
function flattenAround(seed: Seed, line: number, radius = QUOTE_WINDOW): { text: string; start: number; end: number } {
  const flat = flatten(seed, Math.max(1, line - radius), Math.min(seed.lines.length, line + radius));
  const start = flat.offsetOf(line);
  return { text: flat.text, start, end: start + seed.line(line).trim().length };
}

/** Is `quote` in the seed such that the match covers at least one character of line `line`? */
export function quoteIsAtLine(seed: Seed, line: number, quote: string): boolean {
  if (!quote || line < 1 || line > seed.lines.length) return false;
  const { text, start, end } = flattenAround(seed, line);
  if (end === start) return false; // a blank line holds no value
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) {
    if (i < end && i + quote.length > start) return true;
  }
  return false;
}

/** Build a citation and fail the pipeline at once if it does not hold (a seed changed, or a coding error). */
export function cite(seed: Seed, line: number, quote: string): { seed: string; line: number; quote: string } {
  if (!quoteIsAtLine(seed, line, quote)) {
    throw new Error(`${seed.name}:${line}: quote not found at this line: "${quote}"`);
  }
  return { seed: seed.name, line, quote };
}

/** The trimmed text of lines from..to with the line breaks dropped: a verbatim quote of a wrapped sentence. */
export function joinLines(seed: Seed, from: number, to: number): string {
  return flatten(seed, from, to).text;
}
