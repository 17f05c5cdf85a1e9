/**
 * deck.gl layers: the 3D columns and the place markers (the flat choropleth is MapLibre's, see baseStyle). This
 * module and deck.gl are loaded only when one of these is shown. All layers live in the single MapLibreOverlay;
 * they keep stable ids and data identities across year steps, and what changes with the year goes through
 * `updateTriggers`, so a year step recomputes colours without rebuilding geometry.
 */
import { GeoJsonLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { FillStyleExtension } from '@deck.gl/extensions';
import type { Layer } from '@deck.gl/core';
import type { AreaValue } from './view.ts';
import type { Place } from './model.ts';
import type { ColourScale } from './scales.ts';
import { categoryColour, fillOf, isHatched, stripes, type Counties, type CountyFeature, type CountyProps, type PlaceGroup } from './choropleth.ts';

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

const PATTERN_MAPPING = {
  solid: { x: 0, y: 0, width: 16, height: 16, mask: true },
  hatch: { x: 16, y: 0, width: 16, height: 16, mask: true },
};

export interface ChoroplethInput {
  counties: Counties;
  values: ReadonlyMap<string, AreaValue>;
  scale: ColourScale;
  selected: string;
  /** changes whenever values change (indicator + year), for updateTriggers */
  key: string;
  maxValue: number;
}

/** The choropleth as 3D columns (height ∝ value), with the wireframe showing the selected county. */
export function columnsLayer(inp: ChoroplethInput): Layer {
  const val = (f: CountyFeature) => inp.values.get(f.properties.adcode);
  return new GeoJsonLayer<CountyProps, { fillPatternMask?: boolean }>({
    id: 'columns',
    data: inp.counties as never,
    pickable: true,
    filled: true,
    extruded: true,
    wireframe: true,
    getElevation: (f: CountyFeature) => (val(f)?.row ? (val(f)!.row!.value / (inp.maxValue || 1)) * 30000 : 0),
    getFillColor: (f: CountyFeature) => fillOf(val(f), inp.scale),
    getLineColor: (f: CountyFeature) => (f.properties.adcode === inp.selected ? [255, 191, 71, 255] : [40, 48, 56, 255]),
    // @ts-expect-error FillStyleExtension props
    fillPatternAtlas: hatchAtlas(),
    fillPatternMapping: PATTERN_MAPPING,
    fillPatternMask: true,
    // pattern size in screen pixels (the default, meters, makes stripes vanish at city scale)
    fillPatternSizeUnits: 'pixels',
    getFillPattern: (f: CountyFeature) => (isHatched(val(f)) ? 'hatch' : 'solid'),
    getFillPatternScale: 1,
    getFillPatternOffset: [0, 0],
    extensions: [new FillStyleExtension({ pattern: true })],
    updateTriggers: {
      getFillColor: inp.key,
      getFillPattern: inp.key,
      getElevation: [inp.key, inp.maxValue],
      getLineColor: inp.selected,
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
