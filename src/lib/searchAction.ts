/**
 * What choosing a search result does to the atlas: a state patch (so it lands in the URL and Back undoes it),
 * and how each result is described. Pure, DOM-free.
 */
import type { SearchEntry } from './searchIndex.ts';
import type { AtlasData } from './model.ts';
import type { AtlasState, Lang } from './urlState.ts';
import { CONTEXT_LAYERS, categoryName } from './categories.ts';
import { areaName, topicName, unitName } from './i18n.ts';
import { formatReaderParam } from './docText.ts';
import { placeCategories } from './view.ts';

/**
 * An area or zone is selected; an indicator is shown; a place is selected with its category's layer switched on
 * (so it is drawn); a document opens in the source reader at its first line. Any open reader closes otherwise.
 */
export function patchForEntry(entry: SearchEntry, data: AtlasData, atlas: Pick<AtlasState, 'layers'>): Partial<AtlasState> | null {
  switch (entry.k) {
    case 'area':
    case 'zone':
      return { area: entry.id, reader: '' };
    case 'indicator':
      return data.defById.has(entry.id) ? { indicator: entry.id, reader: '' } : null;
    case 'place': {
      const place = data.places.find((p) => p.place_id === entry.id);
      if (!place) return null;
      const known = [...CONTEXT_LAYERS, ...placeCategories(data)];
      const on = new Set([...atlas.layers, place.category]);
      return { area: place.place_id, layers: known.filter((k) => on.has(k)), reader: '' };
    }
    case 'document': {
      const d = data.docById.get(entry.id);
      return d ? { reader: formatReaderParam({ seed: d.seed, line: d.first_line }) } : null;
    }
  }
}

/** The name a result is listed by: the English name in the English UI where there is one, else the Chinese. */
export function entryName(entry: SearchEntry, lang: Lang): { text: string; lang: 'zh-CN' | 'en' } {
  return lang === 'en' && entry.en ? { text: entry.en, lang: 'en' } : { text: entry.names[0], lang: 'zh-CN' };
}

/** The second line of a result: its Chinese name where the first line is English, what it is, where it belongs. */
export function describeEntry(entry: SearchEntry, data: AtlasData, lang: Lang): string {
  const zhName = lang === 'en' && entry.en ? [entry.names[0]] : [];
  switch (entry.k) {
    case 'area':
    case 'zone':
      return [...zhName, ...entry.names.slice(1).filter((n) => n !== entry.names[0])].join(lang === 'zh' ? '、' : ', ');
    case 'indicator': {
      const d = data.defById.get(entry.id);
      if (!d) return '';
      return [...zhName, topicName(lang, d.topic), unitName(lang, d.unit)].filter(Boolean).join(' · ');
    }
    case 'place': {
      const p = data.places.find((x) => x.place_id === entry.id);
      if (!p) return '';
      // a category without a name of its own is not shown as an English slug in the Chinese UI
      const category = categoryName(lang, p.category);
      const named = lang === 'en' || category !== p.category.replace(/_/g, ' ');
      return [named ? category : '', areaName(lang, p.area_code), p.doc].filter(Boolean).join(' · ');
    }
    case 'document': {
      const d = data.docById.get(entry.id);
      return d ? `${d.title}${d.issued ? ` · ${d.issued}` : ''}` : '';
    }
  }
}
