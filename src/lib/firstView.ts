/**
 * The first view, painted before the data has arrived: the default state's county colours, hatching and labels,
 * computed when the app is built (vite.config.ts → `__FIRST_VIEW__`, see firstViewNow.ts) by the same functions
 * the app runs on the data. It is used only when the link asks for what the default state draws.
 */
import { countyPaint, type Counties, type CountyPaint } from './choropleth.ts';
import { countyLabels, labelOrder, type MapLabel } from './mapLabels.ts';
import type { AtlasData } from './model.ts';
import type { AtlasState, Lang } from './urlState.ts';
import { areaValues, COUNTY_CODES, indicatorScale, isCityOnly } from './view.ts';

export interface FirstView {
  paint: Record<string, CountyPaint>;
  labels: Record<Lang, MapLabel[]>;
}

export function firstViewOf(data: AtlasData, counties: Counties, s: AtlasState): FirstView {
  const values = new Map(areaValues(data, s.indicator, s.year, COUNTY_CODES).map((v) => [v.area_code, v]));
  const scale = indicatorScale(data, s.indicator);
  const ordered = labelOrder(counties);
  const labels = (lang: Lang) => (s.layers.includes('labels')
    ? countyLabels(ordered, {
      lang, year: s.year, unit: data.defById.get(s.indicator)?.unit ?? '', values, change: null,
      cityOnly: isCityOnly(data, s.indicator), conflicts: data.conflictByKey,
    })
    : []);
  return {
    paint: scale ? countyPaint(COUNTY_CODES, values, scale, s.area) : {},
    labels: { zh: labels('zh'), en: labels('en') },
  };
}

/**
 * URL parameters that do not change what the map draws (its colours, hatching, labels): with no other, the first
 * view is the default state's. `mode` is not one (present mode plays a tour), nor `tour`/`slide`.
 */
const NOT_DRAWN = new Set(['lang', 'view', 'basemap', 'reader', 'panel', 'topic', 'doc']);

export function drawsDefault(search: string): boolean {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return false;
  }
  return [...params.keys()].every((k) => NOT_DRAWN.has(k));
}
