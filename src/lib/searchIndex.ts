/**
 * The search index and its matching. The index is built at build time (pipeline/assets/searchIndex.ts, with
 * the pinyin of every name) and fetched on first use; matching here is pure and DOM-free.
 *
 * A query matches a name by its Chinese characters, by pinyin ("yanling"), by initials ("yl"), by a mix of the
 * two ("yanl", "xz2019 2" for 许政〔2019〕2号), or by the English name. Pinyin matches start at a syllable.
 */

export type SearchKind = 'area' | 'zone' | 'indicator' | 'place' | 'document';

export interface SearchEntry {
  k: SearchKind;
  /** area code, indicator id, place id or document number */
  id: string;
  /** Chinese names: the first is shown; the others are aliases (an area's other spellings, a document's title) */
  names: string[];
  /** the pinyin of each name: tokens separated by spaces (a Han character → its syllable, digit and letter runs kept) */
  py: string[];
  /** the English name; '' when there is none (places and documents are named in Chinese only) */
  en: string;
}

export const SEARCH_INDEX_FILE = 'search-index.json';

/** Digit and letter runs of a text, lower case: how both pinyin and queries are cut into tokens. */
export const latinTokens = (s: string): string[] => s.toLowerCase().normalize('NFKC').match(/[a-z]+|\d+/g) ?? [];

interface PreparedName {
  /** letters and digits only, lower case: for queries typed in Chinese */
  plain: string;
  tokens: string[];
}
export interface Prepared {
  entry: SearchEntry;
  names: PreparedName[];
  en: string;
}

const plainOf = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

export function prepare(entries: readonly SearchEntry[]): Prepared[] {
  return entries.map((entry) => ({
    entry,
    names: entry.names.map((n, i) => ({ plain: plainOf(n), tokens: (entry.py[i] ?? '').split(' ').filter(Boolean) })),
    en: entry.en.toLowerCase(),
  }));
}

type Consumed = { end: number; exact: boolean } | null;

/**
 * Can the query tokens be read from the name's tokens starting at `start`? A letter token is read syllable by
 * syllable, each either whole or by its first letter; the query's last token may stop inside a syllable or
 * number (the user is still typing: then `exact` is false). Digits must match a whole number.
 */
function consume(query: string[], tokens: string[], start: number): Consumed {
  const memo = new Map<number, Consumed>();
  const go = (qi: number, pos: number, ti: number): Consumed => {
    if (qi === query.length) return { end: ti, exact: true };
    const q = query[qi];
    if (pos === q.length) return go(qi + 1, 0, ti);
    if (ti >= tokens.length) return null;
    const key = (qi * 64 + pos) * 4096 + ti;
    if (memo.has(key)) return memo.get(key)!;
    const t = tokens[ti];
    const rest = q.slice(pos);
    const last = qi === query.length - 1;
    let found: Consumed = null;
    const better = (a: Consumed, r: Consumed): Consumed => (r && (!a || (r.exact && !a.exact)) ? r : a);
    if (/^\d/.test(q)) {
      if (t === rest) found = better(found, go(qi + 1, 0, ti + 1));
      else if (last && t.startsWith(rest) && /^\d/.test(t)) found = { end: ti + 1, exact: false };
    } else if (/^[a-z]/.test(t)) {
      if (rest.startsWith(t)) found = better(found, go(qi, pos + t.length, ti + 1));
      if (!found?.exact && t[0] === rest[0]) found = better(found, go(qi, pos + 1, ti + 1));
      if (!found && last && t.startsWith(rest)) found = { end: ti + 1, exact: false };
    }
    memo.set(key, found);
    return found;
  };
  return go(0, 0, start);
}

/** Results of the same quality are listed in this order: places on the map first, then what to show on them. */
const KIND_ORDER: Record<SearchKind, number> = { area: 5, zone: 4, indicator: 3, document: 2, place: 1 };

/** How well the query matches one name: 0 for not at all; a whole name beats its start beats its middle. */
function scoreName(n: PreparedName, plainQuery: string, hanQuery: boolean, queryTokens: string[]): number {
  if (hanQuery) {
    const i = plainQuery ? n.plain.indexOf(plainQuery) : -1;
    if (i < 0) return 0;
    return i === 0 ? (n.plain.length === plainQuery.length ? 1000 : 800) : 500;
  }
  if (!queryTokens.length) return 0;
  let best = 0;
  for (let s = 0; s < n.tokens.length; s++) {
    const r = consume(queryTokens, n.tokens, s);
    if (!r) continue;
    const score = (s === 0 ? (r.end === n.tokens.length ? 1000 : 800) : 500) - (r.exact ? 0 : 50);
    if (score > best) best = score;
    if (s === 0) break; // a match further in cannot score higher
  }
  return best;
}

function scoreEnglish(en: string, q: string): number {
  if (!en || !q) return 0;
  for (let i = en.indexOf(q); i !== -1; i = en.indexOf(q, i + 1)) {
    if (i === 0) return en.length === q.length ? 950 : 700;
    if (!/[a-z0-9]/.test(en[i - 1])) return 450;
  }
  return 0;
}

export interface SearchHit {
  entry: SearchEntry;
  score: number;
}

/** The entries matching a query, best first (at most `limit`). */
export function search(index: readonly Prepared[], query: string, limit = 40): SearchHit[] {
  // long queries are cut: nothing is named that long, and the matcher's memo keys assume short tokens
  const q = query.normalize('NFKC').toLowerCase().trim().slice(0, 60);
  if (!q) return [];
  const hanQuery = /\p{Script=Han}/u.test(q);
  const plainQuery = plainOf(q);
  const tokens = latinTokens(q);
  const hits: SearchHit[] = [];
  for (const p of index) {
    let score = 0;
    p.names.forEach((n, i) => {
      // aliases and titles count a little less than the name itself
      const s = scoreName(n, plainQuery, hanQuery, tokens) - (i > 0 ? 100 : 0);
      if (s > score) score = s;
    });
    if (!hanQuery) score = Math.max(score, scoreEnglish(p.en, q.replace(/\s+/g, ' ')));
    if (score > 0) hits.push({ entry: p.entry, score: score + KIND_ORDER[p.entry.k] * 10 - Math.min(p.entry.names[0].length, 40) / 10 });
  }
  hits.sort((a, b) => b.score - a.score || (a.entry.id < b.entry.id ? -1 : 1));
  return hits.slice(0, limit);
}
