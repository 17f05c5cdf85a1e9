/** Defaults and the discrete/continuous split of state changes (history push vs replace). */
import type { AtlasState, View } from './urlState.ts';
import { slideOf, type TourSlide } from './tour.ts';

export const DEFAULT_VIEW: View = { lon: 113.72, lat: 34.05, zoom: 8.7, bearing: 0, pitch: 0 };

export const DEFAULTS: AtlasState = {
  indicator: 'coal_total',
  year: 2020,
  layers: ['labels', 'rivers'],
  area: '',
  view: DEFAULT_VIEW,
  lang: 'zh',
  mode: 'normal',
  basemap: 'none',
  reader: '',
  symbol: '',
  change: 0,
  measure: 'abs',
  panel: '',
  topic: '',
  doc: '',
};

/** A change of anything but the view is a discrete step the Back button should undo. */
export function isDiscreteChange(a: AtlasState, b: AtlasState): boolean {
  return a.indicator !== b.indicator || a.year !== b.year || a.layers.join('~') !== b.layers.join('~') ||
    a.area !== b.area || a.lang !== b.lang || a.mode !== b.mode || a.basemap !== b.basemap || a.reader !== b.reader ||
    a.symbol !== b.symbol || a.change !== b.change || a.measure !== b.measure || a.panel !== b.panel || a.topic !== b.topic ||
    a.doc !== b.doc;
}

/** Key views: the built-in tour, played in present mode when the link gives none. */
export const TOUR: Partial<AtlasState>[] = [
  { indicator: 'coal_total', year: 2020, layers: ['labels', 'rivers', 'coal_enterprise'], area: '' },
  { indicator: 'fire_new_stations_total', year: 2025, layers: ['labels', 'rivers', 'fire_station', 'fire_training_hall'], area: '' },
  { indicator: 'tourism_road_branch_km', year: 2025, layers: ['labels', 'rivers', 'tourism_road'], area: '' },
  { indicator: 'tourism_road_connector_km', year: 2025, layers: ['labels', 'rivers', 'tourism_road'], area: '' },
  { indicator: 'coal_total', year: 2019, layers: ['labels', 'rivers', 'wetland_park', 'wetland'], area: '' },
];

/** The built-in tour as slides (no captions: the header names the indicator and year). */
export const DEFAULT_TOUR: TourSlide[] = TOUR.map((p) => slideOf({ ...DEFAULTS, ...p }, DEFAULTS));
