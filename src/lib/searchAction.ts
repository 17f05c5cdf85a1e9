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

/** The second line of a result: what kind of thing it is and where it belongs. */
export function describeEntry(entry: SearchEntry, data: AtlasData, lang: Lang): string {
  switch (entry.k) {
    case 'area':
    case 'zone':
      return lang === 'zh' ? entry.names.slice(1).join('、') : entry.en;
    case 'indicator': {
      const d = data.defById.get(entry.id);
      if (!d) return '';
      const unit = unitName(lang, d.unit);
      return `${lang === 'zh' ? '' : `${d.name_en} · `}${topicName(lang, d.topic)}${unit ? ` · ${unit}` : ''}`;
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
