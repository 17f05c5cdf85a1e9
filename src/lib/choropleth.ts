/**
 * What the choropleth shows, independent of who draws it: the fill colour, hatching and selection of each
 * county. MapLibre draws the flat map from these (as feature state); deck.gl, loaded only for 3D columns and
 * place markers, uses the same colours (deckLayers.ts).
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { AreaValue } from './view.ts';
import type { Place } from './model.ts';
import { NO_DATA, type ColourScale, type RGB } from './scales.ts';

// the properties the pipeline writes into geo/xuchang_counties.geojson
import type { CountyProps } from '../schema/geo.ts';
export type { CountyProps };
export type CountyFeature = Feature<Geometry, CountyProps>;
export type Counties = FeatureCollection<Geometry, CountyProps>;

/** Colours of place categories (Okabe–Ito, distinguishable under colour-vision deficiencies). */
const CATEGORY_COLOURS: RGB[] = [
  [213, 94, 0], [0, 114, 178], [0, 158, 115], [204, 121, 167], [230, 159, 0], [86, 180, 233], [120, 94, 240], [100, 100, 100],
];
export function categoryColour(categories: readonly string[], category: string): RGB {
  const i = categories.indexOf(category);
  return CATEGORY_COLOURS[(i < 0 ? categories.length : i) % CATEGORY_COLOURS.length];
}

// the target hatch lives in src/map/hatch.ts (one definition for map, legend and PNG); re-exported for the style
export { HATCH_IMAGE_ID, hatchImage } from '../map/hatch.ts';

/** Targets and plans are hatched (as OWID marks projections); values that happened are solid. */
export const isHatched = (v: AreaValue | undefined) => v?.row?.kind === 'target' || v?.row?.kind === 'plan';

export function fillOf(v: AreaValue | undefined, scale: ColourScale): [number, number, number, number] {
  if (!v || !v.row) return [...NO_DATA, 200];
  const c = scale.colourOf(v.row.value);
  // an expired value (its year is before the shown year) is muted
  return [...c, v.status === 'expired' ? 110 : 235];
}

/** m: the height of a 3D column (the largest value 30 km, so six counties read at city scale); absolute for changes */
export const columnHeight = (value: number, maxValue: number) => (Math.abs(value) / (maxValue || 1)) * 30000;

/**
 * How one county is painted on the flat map: `fill` and `hatched` are MapLibre feature state (baseStyle reads
 * these keys); the SVG map reads all three (MapLibre outlines the selection by its style's filter).
 */
export interface CountyPaint {
  /** CSS colour */
  fill: string;
  hatched: boolean;
  selected: boolean;
}

export const cssColour = ([r, g, b, a]: readonly [number, number, number, number]) =>
  `rgba(${r}, ${g}, ${b}, ${Math.round((a / 255) * 1000) / 1000})`;

/** The paint of every county, keyed by adcode. */
export function countyPaint(
  codes: readonly string[], values: ReadonlyMap<string, AreaValue>, scale: ColourScale, selected: string,
): Record<string, CountyPaint> {
  const out: Record<string, CountyPaint> = {};
  for (const code of codes) {
    const v = values.get(code);
    out[code] = { fill: cssColour(fillOf(v, scale)), hatched: isHatched(v), selected: code === selected };
  }
  return out;
}

/** A group of places that only have a county position: shown as one badge per county and category. */
export interface PlaceGroup {
  id: string;
  area_code: string;
  category: string;
  places: Place[];
  position: [number, number];
  /** pixel offset so badges of several categories at one county do not overlap */
  offset: [number, number];
}

export function groupCountyPlaces(places: readonly Place[], categories: readonly string[]): PlaceGroup[] {
  const groups = new Map<string, PlaceGroup>();
  for (const p of places) {
    if (p.precision !== 'county') continue;
    const id = `${p.area_code}:${p.category}`;
    const g = groups.get(id) ?? { id, area_code: p.area_code, category: p.category, places: [], position: [p.lon!, p.lat!], offset: [0, 0] };
    g.places.push(p);
    groups.set(id, g);
  }
  const list = [...groups.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  // spread the badges of one county in a row under its label
  const byArea = new Map<string, PlaceGroup[]>();
  for (const g of list) byArea.set(g.area_code, [...(byArea.get(g.area_code) ?? []), g]);
  for (const gs of byArea.values()) {
    gs.sort((a, b) => categories.indexOf(a.category) - categories.indexOf(b.category));
    gs.forEach((g, i) => (g.offset = [(i - (gs.length - 1) / 2) * 34, 30]));
  }
  return list;
}
