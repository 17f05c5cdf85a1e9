/**
 * deck.gl layers: the 3D columns and the place markers (the flat choropleth is MapLibre's, see baseStyle). This
 * module and deck.gl are loaded only when one of these is shown. All layers live in the single MapLibreOverlay;
 * they keep stable ids and data identities across year steps, and what changes with the year goes through
 * `updateTriggers`, so a year step recomputes colours without rebuilding geometry.
 */
import { GeoJsonLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { FillStyleExtension } from '@deck.gl/extensions';
import type { Layer } from '@deck.gl/core';
import type { Geometry } from 'geojson';
import type { AreaValue } from './view.ts';
import type { Place } from './model.ts';
import type { ColourScale } from './scales.ts';
import { symbolRadius } from './instrument.ts';
import { deckHatchPattern } from '../map/hatch.ts';
import { categoryColour, columnHeight, fillOf, isHatched, type Counties, type CountyFeature, type CountyProps, type PlaceGroup } from './choropleth.ts';

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
  return new GeoJsonLayer<CountyProps>({
    id: 'columns',
    data: inp.counties as never,
    pickable: true,
    filled: true,
    extruded: true,
    wireframe: true,
    getElevation: (f: CountyFeature) => (val(f)?.row ? columnHeight(val(f)!.row!.value, inp.maxValue) : 0),
    getFillColor: (f: CountyFeature) => fillOf(val(f), inp.scale),
    getLineColor: (f: CountyFeature) => (f.properties.adcode === inp.selected ? [255, 191, 71, 255] : [40, 48, 56, 255]),
    // the walls stay plain: hatching goes on the roofs only (roofHatchLayer), where it reads as a fill
    updateTriggers: {
      getFillColor: inp.key,
      getElevation: [inp.key, inp.maxValue],
      getLineColor: inp.selected,
    },
    transitions: { getFillColor: 0 },
  });
}

/** A GeoJSON geometry with every position raised to height z (m). */
function raise(g: Geometry, z: number): Geometry {
  const up = (ring: number[][]) => ring.map(([x, y]) => [x, y, z]);
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map(up) };
  if (g.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(up)) };
  return g;
}

/**
 * The hatching of targets and plans on the columns' roofs: each hatched county's outline, raised to its column's
 * height (and a little above it, so it wins the depth test against the roof), drawn with the map's hatch tile
 * (src/map/hatch.ts) in its own colours: land-coloured gaps and hairlines, the roof's colour showing between them.
 */
export function roofHatchLayer(inp: ChoroplethInput): Layer {
  const val = (f: CountyFeature) => inp.values.get(f.properties.adcode);
  const roofs = inp.counties.features
    .filter((f) => isHatched(val(f)) && val(f)?.row)
    .map((f) => ({ ...f, geometry: raise(f.geometry, columnHeight(val(f)!.row!.value, inp.maxValue) + 30) }));
  const hatch = deckHatchPattern();
  return new GeoJsonLayer<CountyProps, { fillPatternMask?: boolean }>({
    id: 'roof-hatch',
    data: { type: 'FeatureCollection', features: roofs } as never,
    pickable: false,
    filled: true,
    stroked: false,
    // (the pattern's own colours replace this; its alpha is kept)
    getFillColor: [255, 255, 255, 255],
    // @ts-expect-error FillStyleExtension props
    fillPatternAtlas: hatch.atlas,
    fillPatternMapping: hatch.mapping,
    fillPatternMask: hatch.mask,
    // pattern size in screen pixels (the default, meters, makes stripes vanish at city scale)
    fillPatternSizeUnits: 'pixels',
    getFillPattern: () => 'hatch',
    getFillPatternScale: 1,
    getFillPatternOffset: [0, 0],
    extensions: [new FillStyleExtension({ pattern: true })],
  });
}

/** Drawn over the 3D columns rather than hidden inside them: markers and symbols ignore the depth buffer. */
const ON_TOP = { depthCompare: 'always' } as const;

export interface SymbolInput {
  counties: Counties;
  values: readonly AreaValue[];
  maxValue: number;
  /** changes whenever values change (indicator + year), for updateTriggers */
  key: string;
  selected: string;
  /** m above the ground per area: in 3D the circles sit on the columns' roofs */
  elevation?: ReadonlyMap<string, number>;
}

/**
 * The second indicator as proportional circles at each county's label point (area ∝ value). Facts are solid,
 * targets and plans hollow rings (the fill's hatching would not read on a small circle).
 */
export function symbolLayer(inp: SymbolInput): Layer {
  const points = new Map(inp.counties.features.map((f) => [f.properties.adcode, [f.properties.label_lon, f.properties.label_lat] as [number, number]]));
  const shown = inp.values.filter((v) => v.row && v.row.value > 0 && points.has(v.area_code));
  const planned = (v: AreaValue) => v.row?.kind === 'target' || v.row?.kind === 'plan';
  return new ScatterplotLayer<AreaValue>({
    id: 'symbols',
    data: shown,
    pickable: true,
    getPosition: (v) => [...points.get(v.area_code)!, (inp.elevation?.get(v.area_code) ?? 0) + 40],
    getRadius: (v) => symbolRadius(v.row!.value, inp.maxValue),
    radiusUnits: 'pixels',
    stroked: true,
    getFillColor: (v) => (planned(v) ? [255, 255, 255, 90] : [31, 41, 51, 170]),
    getLineColor: (v) => (v.area_code === inp.selected ? [255, 191, 71, 255] : planned(v) ? [31, 41, 51, 255] : [255, 255, 255, 255]),
    getLineWidth: (v) => (planned(v) ? 2.5 : 1.5),
    lineWidthUnits: 'pixels',
    parameters: ON_TOP,
    updateTriggers: { getPosition: [inp.key, inp.elevation], getRadius: [inp.key, inp.maxValue], getFillColor: inp.key, getLineColor: [inp.key, inp.selected], getLineWidth: inp.key },
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
    parameters: ON_TOP,
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
    parameters: ON_TOP,
  });
}
