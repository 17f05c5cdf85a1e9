import type { FilterSpecification, StyleSpecification } from 'maplibre-gl';
import { HATCH_IMAGE_ID } from './layers.ts';

/** The map background; with the choropleth under the base map, the page shows it through the base map. */
export const MAP_BACKGROUND = '#eef2f4';
/** Land outside Xuchang; also the gap colour of the target hatching, so both modes look alike. */
export const LAND_FILL = '#f7f8f6';
/** Xuchang's own prefecture: left unfilled so the choropleth drawn under the base map shows through. */
const XUCHANG = '411000';

export interface BaseStyleOptions {
  /** OpenStreetMap raster tiles underneath (the only remote source; off by default) */
  online: boolean;
  rivers: boolean;
  /**
   * The base map is drawn over the choropleth (flat offline map): it has no background, leaves Xuchang
   * unfilled, and draws the county borders and the selected county's outline itself. Borders drawn by
   * MapLibre cost almost nothing; deck.gl's path layer cost ~0.7 s of first-map time and ~100 ms a frame on
   * software WebGL. With 3D columns or raster tiles the choropleth is drawn on top instead (see MapView).
   */
  over: boolean;
  /** adcode of the selected county ('' for none) */
  selected: string;
  /** adcodes of the counties whose shown value is a target or plan: hatched (only when `over`) */
  hatched: string[];
}

/**
 * The offline base map: drawn only from our own GeoJSON (served from the page's origin), no glyphs, no sprites,
 * no tiles. County labels are HTML (MapView), so the style needs no glyph server.
 */
export function baseStyle(geoBase: string, { online, rivers, over, selected, hatched }: BaseStyleOptions): StyleSpecification {
  const url = (f: string) => new URL(`${geoBase}${f}`, document.baseURI).href;
  return {
    version: 8,
    sources: {
      prefectures: { type: 'geojson', data: url('henan_prefectures.geojson') },
      rivers: { type: 'geojson', data: url('rivers.geojson') },
      counties: { type: 'geojson', data: url('xuchang_counties.geojson') },
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
    layers: [
      ...(over ? [] : [{ id: 'background', type: 'background' as const, paint: { 'background-color': MAP_BACKGROUND } }]),
      ...(online ? [{ id: 'osm', type: 'raster' as const, source: 'osm', paint: { 'raster-opacity': 0.75 } }] : []),
      {
        id: 'prefectures-fill', type: 'fill', source: 'prefectures', paint: { 'fill-color': LAND_FILL, 'fill-opacity': online ? 0.3 : 1 },
        ...(over ? { filter: ['!=', ['get', 'adcode'], XUCHANG] as FilterSpecification } : {}),
      },
      // the image is added by MapView when the style asks for it (styleimagemissing)
      ...(over ? [{
        id: 'counties-hatch', type: 'fill' as const, source: 'counties', filter: ['in', ['get', 'adcode'], ['literal', hatched]] as FilterSpecification,
        paint: { 'fill-pattern': HATCH_IMAGE_ID },
      }] : []),
      { id: 'prefectures-line', type: 'line', source: 'prefectures', paint: { 'line-color': '#b8c2cc', 'line-width': 0.8 } },
      {
        id: 'rivers', type: 'line', source: 'rivers', layout: { visibility: rivers ? 'visible' : 'none' },
        paint: { 'line-color': '#7fb2d6', 'line-width': ['match', ['get', 'wdb_level'], 1, 1.6, 0.8] },
      },
      { id: 'counties-line', type: 'line', source: 'counties', paint: { 'line-color': over ? '#283038' : '#52606d', 'line-width': 1.2 } },
      // the selection outline (the same colour deck.gl uses when the choropleth is on top)
      ...(over ? [{
        id: 'counties-selected', type: 'line' as const, source: 'counties', filter: ['==', ['get', 'adcode'], selected] as FilterSpecification,
        paint: { 'line-color': '#ffbf47', 'line-width': 4 },
      }] : []),
    ],
  };
}
