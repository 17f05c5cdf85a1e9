/**
 * Build-time: the search index the app fetches on first use (src/lib/searchIndex.ts matches against it).
 * One entry per area, functional zone, indicator, place and document, each with the pinyin of its Chinese names,
 * so "yanling" and "yl" find 鄢陵县. pinyin-pro runs here only; the app gets the tokens, not the library.
 */
import { pinyin } from 'pinyin-pro';
import { AREAS } from '../lib/areas.ts';
import type { AtlasData } from '../../src/lib/model.ts';
import { latinTokens, type SearchEntry } from '../../src/lib/searchIndex.ts';

/** The pinyin of a name as space-separated tokens: one syllable per Han character, digit and letter runs kept. */
export function pinyinTokens(text: string): string {
  const parts = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  return parts.flatMap((p) => latinTokens(p)).join(' ');
}

function entry(k: SearchEntry['k'], id: string, names: string[], en: string): SearchEntry {
  const distinct = [...new Set(names.filter(Boolean))];
  return { k, id, names: distinct, py: distinct.map(pinyinTokens), en };
}

/** Every searchable thing, in a fixed order (same data in → same bytes out). */
export function buildSearchIndex(data: Pick<AtlasData, 'defs' | 'places' | 'docs'>): SearchEntry[] {
  const out: SearchEntry[] = [];
  for (const a of AREAS) {
    out.push(entry(a.kind === 'zone' ? 'zone' : 'area', a.code, [a.name_zh, a.short_zh, ...a.aliases], a.name_en));
  }
  for (const d of data.defs) out.push(entry('indicator', d.id, [d.name_zh], d.name_en));
  for (const p of data.places) out.push(entry('place', p.place_id, [p.name], ''));
  for (const d of data.docs) out.push(entry('document', d.doc, [d.doc, d.title], ''));
  return out;
}
