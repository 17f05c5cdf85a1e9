import type { ExpressionSpecification, FilterSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { HATCH_IMAGE_ID } from './choropleth.ts';
import { HAS_PREFECTURES } from './geoContext.ts';
import { LAND_FILL } from './land.ts';

export { LAND_FILL };
/**
 * The map background: the map container's CSS background (map/MapView), which shows through MapLibre's canvas
 * wherever the style draws nothing, and which the PNG export fills first. The style has no background layer: a
 * layer covering the whole canvas is drawn on every frame, which software WebGL pays per pixel (the frames before
 * the first map, every year step) for a colour the page can show for free (README, Performance, run z5). Offline it
 * is the land colour itself, rather than a land-coloured fill of the prefectures over a slightly bluer background:
 * that fill covered the whole map too (~0.1 s of time to first map with software WebGL, `npm run bench`).
 */
export const MAP_BACKGROUND = LAND_FILL;
/** Xuchang's own prefecture: not filled under the choropleth, whose colours are partly transparent. */
const XUCHANG = '411000';

export interface BaseStyleOptions {
  /** OpenStreetMap raster tiles underneath (the only remote source; off by default) */
  online: boolean;
  rivers: boolean;
  /**
   * MapLibre draws the flat choropleth: each county's fill and target hatching come from its feature state
   * (`CountyPaint`, set by map/CountyFill), so a year step changes no style and no tile, only the state. Off when
   * the counties are deck.gl's 3D columns.
   */
  choropleth: boolean;
  /** the selected area's code (outlined when it is a county); '' for none */
  selected?: string;
  /** draw the Henan prefectures around Xuchang (only the internal DataV build has them); default: what was built */
  prefectures?: boolean;
  /** the county boundaries (inlined by the build: countyGeometry.ts); the source is empty without them */
  counties?: FeatureCollection;
}

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

/**
 * The offline base map: drawn only from our own GeoJSON (served from the page's origin), no glyphs, no sprites,
 * no tiles. County labels are HTML (map/MapLabels), so the style needs no glyph server.
 *
 * Every layer paints with constant values except where a value really varies by feature (the fill colour and the
 * hatching, by feature state): each combination of data-driven properties is a shader program of its own, and
 * software WebGL compiles each on its first draw, holding the first frame with data (the selection outline by
 * feature state, the rivers' widths by property and the fills' antialiasing outlines were four more programs than
 * the anchor's six; without them that frame holds the main thread ~100 ms less: README, Performance, run s).
 */
export function baseStyle(geoBase: string, { online, rivers, choropleth, selected = '', prefectures = HAS_PREFECTURES, counties }: BaseStyleOptions): StyleSpecification {
  const url = (f: string) => new URL(`${geoBase}${f}`, document.baseURI).href;
  return {
    version: 8,
    // feature-state and style changes show at once, not faded in over 300 ms
    transition: { duration: 0, delay: 0 },
    sources: {
      // Tiles are cut at a low zoom and overzoomed above it: the default view (zoom ~8.5) then needs one or two
      // tiles per source, not up to nine, and every layer is drawn once per tile (time to first map, `npm run
      // bench`). The cost is detail when zoomed far in, where it is below the sources' own accuracy: rivers are
      // 1:3M (km errors), counties generalised (OSM/geoBoundaries: 1–2 km vertex spacing; DataV: ~100 m). Less simplification than the
      // default (tolerance 0.375 px) keeps the outlines sharp at the default zoom.
      ...(prefectures ? { prefectures: { type: 'geojson' as const, data: url('henan_prefectures.geojson'), maxzoom: 6, tolerance: 0.1 } } : {}),
      rivers: { type: 'geojson', data: url('rivers.geojson'), maxzoom: 6, tolerance: 0.1 },
      // adcode is the feature id, for feature state. The data is in the style itself (the build inlines it,
      // countyGeometry.ts; the labels and the data model read the same object): MapLibre tiles it as the style
      // loads, rather than after a setData once the style is loaded
      counties: { type: 'geojson', data: counties ?? { type: 'FeatureCollection', features: [] }, promoteId: 'adcode', maxzoom: 7, tolerance: 0.1 },
      ...(online
        ? {
            osm: {
              type: 'raster' as const,
              tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
              tileSize: 256,
              maxzoom: 19,
              attribution: '© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap</a> contributors',
            },
          }
        : {}),
    },
    // (no background layer: MAP_BACKGROUND is the container's, under the canvas)
    layers: [
      ...(online ? [{ id: 'osm', type: 'raster' as const, source: 'osm', paint: { 'raster-opacity': 0.75 } }] : []),
      // over the online tiles only: lightens Henan's land so the prefecture lines and counties stand out
      ...(online && prefectures ? [{
        id: 'prefectures-fill', type: 'fill' as const, source: 'prefectures', paint: { 'fill-color': LAND_FILL, 'fill-opacity': 0.3 },
        ...(choropleth ? { filter: ['!=', ['get', 'adcode'], XUCHANG] as FilterSpecification } : {}),
      }] : []),
      ...(choropleth ? [
        {
          id: 'counties-fill', type: 'fill' as const, source: 'counties',
          // a county with no state yet is left transparent rather than drawn in a colour that means something
          // (no antialiasing outline: the county lines are drawn over every edge)
          paint: { 'fill-antialias': false, 'fill-color': ['to-color', ['feature-state', 'fill'], 'rgba(0, 0, 0, 0)'] as ExpressionSpecification },
        },
        // the pattern image is added by map/CountyFill (no sprite to fetch)
        {
          id: 'counties-hatch', type: 'fill' as const, source: 'counties',
          paint: { 'fill-antialias': false, 'fill-pattern': HATCH_IMAGE_ID, 'fill-opacity': ['case', state('hatched'), 1, 0] as ExpressionSpecification },
        },
      ] : []),
      ...(prefectures ? [{ id: 'prefectures-line', type: 'line' as const, source: 'prefectures', paint: { 'line-color': '#b8c2cc', 'line-width': 0.8 } }] : []),
      // the main rivers (WDB level 1) wider: two layers of constant width rather than a width by property
      ...([['rivers', '!=', 0.8], ['rivers-main', '==', 1.6]] as const).map(([id, op, width]) => ({
        id, type: 'line' as const, source: 'rivers', filter: [op, ['get', 'wdb_level'], 1] as FilterSpecification,
        layout: { visibility: rivers ? 'visible' as const : 'none' as const },
        paint: { 'line-color': '#7fb2d6', 'line-width': width },
      })),
      { id: 'counties-line', type: 'line', source: 'counties', paint: { 'line-color': choropleth ? '#283038' : '#52606d', 'line-width': 1.2 } },
      // the selection outline (the colour of deck.gl's wireframe for the selected column), by filter: a selection
      // changes the style (MapLibre lays the counties' tiles out again, ~once a click), not every frame's program
      ...(choropleth ? [{
        id: 'counties-selected', type: 'line' as const, source: 'counties', filter: ['==', ['get', 'adcode'], selected] as FilterSpecification,
        paint: { 'line-color': '#ffbf47', 'line-width': 4 },
      }] : []),
    ],
  };
}
