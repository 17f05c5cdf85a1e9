/**
 * deck.gl layers for one map state. All layers live in the single MapLibreOverlay. Layers keep stable ids and
 * data identities across year steps; what changes with the year goes through `updateTriggers`, so a year step
 * recomputes colours without rebuilding geometry.
 */
import { GeoJsonLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { FillStyleExtension } from '@deck.gl/extensions';
import type { Layer } from '@deck.gl/core';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { AreaValue } from './view.ts';
import type { Place } from './model.ts';
import { NO_DATA, type ColourScale, type RGB } from './scales.ts';

export interface CountyProps {
  adcode: string;
  name_zh: string;
  name_en: string;
  label_lon: number;
  label_lat: number;
}
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

/** Diagonal stripes, tileable in a 16 px square, drawn with the 2D context's current stroke style. */
function stripes(g: CanvasRenderingContext2D, x0: number) {
  g.lineWidth = 4.5;
  for (let k = -16; k <= 16; k += 8) {
    g.beginPath();
    g.moveTo(x0 + k, 16);
    g.lineTo(x0 + k + 16, 0);
    g.stroke();
  }
}

/** Hatch pattern for target values (as OWID marks projections), drawn once into a canvas: no network. */
let patternAtlas: HTMLCanvasElement | null = null;
function hatchAtlas(): HTMLCanvasElement {
  if (patternAtlas) return patternAtlas;
  const c = document.createElement('canvas');
  c.width = 32;
  c.height = 16;
  const g = c.getContext('2d')!;
  g.fillStyle = '#fff';
  g.fillRect(0, 0, 16, 16); // solid
  g.save();
  g.beginPath();
  g.rect(16, 0, 16, 16);
  g.clip();
  g.strokeStyle = '#fff';
  stripes(g, 16);
  g.restore();
  patternAtlas = c;
  return c;
}

/** The base map's version of the hatch, laid over the choropleth: light gaps between the coloured stripes. */
export const HATCH_IMAGE_ID = 'target-hatch';
export function hatchImage(gap: string): ImageData {
  const c = document.createElement('canvas');
  c.width = 16;
  c.height = 16;
  const g = c.getContext('2d')!;
  g.fillStyle = gap;
  g.fillRect(0, 0, 16, 16);
  // clear the stripes, where the colour below shows (the same geometry as the atlas' mask)
  g.globalCompositeOperation = 'destination-out';
  g.strokeStyle = '#000';
  stripes(g, 0);
  return g.getImageData(0, 0, 16, 16);
}

/** Targets and plans are hatched; values that happened are solid. */
export const isHatched = (v: AreaValue | undefined) => v?.row?.kind === 'target' || v?.row?.kind === 'plan';
const PATTERN_MAPPING = {
  solid: { x: 0, y: 0, width: 16, height: 16, mask: true },
  hatch: { x: 16, y: 0, width: 16, height: 16, mask: true },
};

export interface ChoroplethInput {
  counties: Counties;
  values: ReadonlyMap<string, AreaValue>;
  scale: ColourScale;
  selected: string;
  extrude: boolean;
  /**
   * draw county borders and the target hatching (only when the choropleth is on top of the base map, which
   * otherwise draws both, far more cheaply on software WebGL)
   */
  onTop: boolean;
  /** changes whenever values change (indicator + year), for updateTriggers */
  key: string;
  maxValue: number;
}

export function fillOf(v: AreaValue | undefined, scale: ColourScale): [number, number, number, number] {
  if (!v || !v.row) return [...NO_DATA, 200];
  const c = scale.colourOf(v.row.value);
  // an expired value (its year is before the shown year) is muted
  return [...c, v.status === 'expired' ? 110 : 235];
}

export function choroplethLayer(inp: ChoroplethInput): Layer {
  const val = (f: CountyFeature) => inp.values.get(f.properties.adcode);
  return new GeoJsonLayer<CountyProps, { fillPatternMask?: boolean }>({
    id: 'choropleth',
    data: inp.counties as never,
    pickable: true,
    filled: true,
    stroked: inp.onTop,
    extruded: inp.extrude,
    wireframe: inp.extrude,
    getElevation: (f: CountyFeature) => (val(f)?.row ? (val(f)!.row!.value / (inp.maxValue || 1)) * 30000 : 0),
    getFillColor: (f: CountyFeature) => fillOf(val(f), inp.scale),
    getLineColor: (f: CountyFeature) => (f.properties.adcode === inp.selected ? [255, 191, 71, 255] : [40, 48, 56, 255]),
    getLineWidth: (f: CountyFeature) => (f.properties.adcode === inp.selected ? 4 : 1.2),
    lineWidthUnits: 'pixels',
    // @ts-expect-error FillStyleExtension props
    fillPatternAtlas: hatchAtlas(),
    fillPatternMapping: PATTERN_MAPPING,
    fillPatternMask: true,
    // pattern size in screen pixels (the default, meters, makes stripes vanish at city scale)
    fillPatternSizeUnits: 'pixels',
    getFillPattern: (f: CountyFeature) => (isHatched(val(f)) ? 'hatch' : 'solid'),
    getFillPatternScale: 1,
    getFillPatternOffset: [0, 0],
    extensions: inp.onTop ? [new FillStyleExtension({ pattern: true })] : [],
    updateTriggers: {
      getFillColor: inp.key,
      getFillPattern: inp.key,
      getElevation: [inp.key, inp.maxValue],
      getLineColor: inp.selected,
      getLineWidth: inp.selected,
    },
    transitions: { getFillColor: 0 },
  });
}

/** Places with a town or exact position: one dot each. Town seats are approximate: drawn with a white ring. */
export function placePointLayer(places: readonly Place[], categories: readonly string[], selected: string): Layer {
  const pts = places.filter((p) => p.precision === 'exact' || p.precision === 'town');
  return new ScatterplotLayer<Place>({
    id: 'places-points',
    data: pts,
    pickable: true,
    getPosition: (p) => [p.lon!, p.lat!],
    getRadius: (p) => (p.place_id === selected ? 9 : 6),
    radiusUnits: 'pixels',
    stroked: true,
    getFillColor: (p) => [...categoryColour(categories, p.category), 255],
    getLineColor: (p) => (p.precision === 'exact' ? [30, 30, 30, 255] : [255, 255, 255, 255]),
    getLineWidth: 2,
    lineWidthUnits: 'pixels',
    updateTriggers: { getRadius: selected },
  });
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

export function placeGroupLayer(groups: readonly PlaceGroup[], categories: readonly string[], fontFamily: string, characterSet: string): Layer {
  return new TextLayer<PlaceGroup>({
    id: 'places-county-groups',
    data: groups,
    pickable: true,
    getPosition: (g) => g.position,
    getPixelOffset: (g) => g.offset,
    getText: (g) => `○${g.places.length}`,
    getSize: 12,
    getColor: [255, 255, 255, 255],
    background: true,
    getBackgroundColor: (g) => [...categoryColour(categories, g.category), 235],
    backgroundPadding: [5, 2],
    backgroundBorderRadius: 8,
    getBorderColor: [255, 255, 255, 255],
    getBorderWidth: 1.5,
    fontFamily,
    characterSet,
    fontWeight: 700,
  });
}
