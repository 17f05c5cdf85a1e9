/**
 * The one pattern language of the engine: a search template with named slots, or a plain RegExp with named groups.
 *
 * Template syntax (everything else is literal):
 *   {v} {v:name}    a number (Arabic, spaces around it allowed) → group v / name
 *   {zh} {zh:name}  a Chinese numeral without 万/亿 (千亿元 → 千 = 1000, unit 亿元) → group v / name
 *   {y} {y:name}    a year 20xx (spaces around it allowed) → group y / name
 *   {a} {a:name}    a printed area name (any name or alias lib/areas.ts knows) → group a / name
 *   {t:name}        free text inside the sentence (lazy, no 。) captured as group name (e.g. a list of names)
 *   …               any text inside the sentence (lazy, no 。)
 *   ……              any text, across sentences (lazy)
 *   ' '             optional whitespace (the PDF text puts spaces around numbers and Latin words)
 *
 * A pattern is searched in a scope (a document, or a section of it) of the flattened text (lib/quote.ts: lines
 * trimmed, line breaks dropped); `findOnce` insists on exactly one match, so a changed seed fails loudly.
 */
import { AREAS } from '../lib/areas.ts';
import { matchAll, type Flat, type Match } from '../lib/quote.ts';

export type Pattern = string | RegExp;

const ESCAPE = /[.*+?^${}()|[\]\\]/g;
export const escapeRegExp = (s: string) => s.replace(ESCAPE, '\\$&');

const AREA_NAMES = AREAS.flatMap((a) => [a.name_zh, ...a.aliases]).sort((a, b) => b.length - a.length || a.localeCompare(b));
const AREA_ALT = AREA_NAMES.map(escapeRegExp).join('|');

const SLOT = /^\{(v|zh|y|a|t)(?::([A-Za-z_]\w*))?\}/;

/** A template → RegExp (flags g, d). A RegExp is returned with g and d added. */
export function compile(p: Pattern): RegExp {
  if (p instanceof RegExp) return new RegExp(p.source, [...new Set([...p.flags, 'g', 'd'])].join(''));
  let src = '';
  for (let i = 0; i < p.length;) {
    const rest = p.slice(i);
    if (rest.startsWith('……')) { src += '[\\s\\S]*?'; i += 2; continue; }
    if (rest.startsWith('…')) { src += '[^。]*?'; i += 1; continue; }
    const slot = SLOT.exec(rest);
    if (slot) {
      const [all, kind, name] = slot;
      const g = name ?? (kind === 'zh' ? 'v' : kind);
      if (kind === 'v') src += `\\s*(?<${g}>\\d+(?:\\.\\d+)?)\\s*`;
      else if (kind === 'zh') src += `(?<${g}>[零〇一二两三四五六七八九十百千]+)`;
      else if (kind === 'y') src += `\\s*(?<${g}>20\\d\\d)\\s*`;
      else if (kind === 'a') src += `(?<${g}>${AREA_ALT})`;
      else {
        if (!name) throw new Error(`template "${p}": {t} needs a name, e.g. {t:list}`);
        src += `(?<${g}>[^。]*?)`;
      }
      i += all.length;
      continue;
    }
    if (rest[0] === ' ') { src += '\\s*'; i += 1; continue; }
    src += escapeRegExp(rest[0]);
    i += 1;
  }
  return new RegExp(src, 'gd');
}

/** A part of a document's flattened text: [from, to) offsets in `flat.text`. */
export interface Scope {
  flat: Flat;
  from: number;
  to: number;
  /** how error messages name it, e.g. `许政〔2023〕37号` or `许政〔2023〕37号 § annex` */
  name: string;
}

export interface Slot {
  text: string;
  /** offset in the flat text */
  at: number;
  line: number;
}
export interface Hit {
  /** the match: a verbatim quote */
  text: string;
  index: number;
  /** line of the match's first character */
  line: number;
  slots: Record<string, Slot>;
  match: Match;
}

/** Every match of `p` inside the scope, offsets absolute in the flat text. */
export function findAll(scope: Scope, p: Pattern): Hit[] {
  const { flat, from, to } = scope;
  return matchAll(flat.text.slice(from, to), compile(p)).map((m) => {
    const slots: Record<string, Slot> = {};
    for (const [g, pos] of Object.entries(m.indices.groups ?? {})) {
      if (!pos || pos[0] === pos[1]) continue;
      slots[g] = { text: m.groups![g], at: from + pos[0], line: flat.lineAt(from + pos[0]) };
    }
    return { text: m[0], index: from + m.index, line: flat.lineAt(from + m.index), slots, match: m };
  });
}

/** The one match of `p` inside the scope; throws `<where>: pattern "…" matches N times, expected exactly once`. */
export function findOnce(scope: Scope, p: Pattern, where: string): Hit {
  const hits = findAll(scope, p);
  if (hits.length !== 1) {
    throw new Error(`${where}: pattern ${p instanceof RegExp ? String(p) : `"${p}"`} matches ${hits.length} times in ${scope.name}, expected exactly once`);
  }
  return hits[0];
}

/** The scope from..to narrowed to [from, to). */
export const subScope = (s: Scope, from: number, to: number, name: string): Scope => ({ flat: s.flat, from, to, name });

/** The items of a 、-separated list captured in `slot`, each with its offset in the flat text. */
export function listItems(slot: Slot, sep = '、'): { item: string; at: number }[] {
  const out: { item: string; at: number }[] = [];
  let at = slot.at;
  for (const item of slot.text.split(sep)) {
    out.push({ item, at });
    at += item.length + sep.length;
  }
  return out;
}
