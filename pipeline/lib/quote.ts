import type { Seed } from './seeds.ts';

/**
 * Quotes are verbatim text from a seed. A quote may run across line breaks; the seeds are PDF text with
 * hard wraps (and, in some files, a blank line between every text line), so a quote is matched against the
 * lines around its line with each line trimmed and the line breaks dropped. Inside a line, every character,
 * spaces included, must match.
 */
export const QUOTE_WINDOW = 8;

interface Flat {
  text: string;
  /** [start, end) offsets of the target line inside text */
  start: number;
  end: number;
}

function flattenAround(seed: Seed, line: number, radius = QUOTE_WINDOW): Flat {
  const from = Math.max(1, line - radius);
  const to = Math.min(seed.lines.length, line + radius);
  let text = '';
  let start = 0;
  let end = 0;
  for (let n = from; n <= to; n++) {
    const t = seed.lines[n - 1].trim();
    if (n === line) start = text.length;
    text += t;
    if (n === line) end = text.length;
  }
  return { text, start, end };
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
  let s = '';
  for (let n = from; n <= to; n++) s += seed.line(n).trim();
  return s;
}
