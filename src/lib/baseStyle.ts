import type { StyleSpecification } from 'maplibre-gl';

/**
 * The offline base map: drawn only from our own GeoJSON (served from the page's origin), no glyphs, no sprites,
 * no tiles. Labels are drawn by deck.gl (TextLayer with its own font atlas), so the style needs no glyph server.
 * The optional online base map adds OpenStreetMap raster tiles underneath.
 */
export function baseStyle(geoBase: string, online: boolean, rivers = true): StyleSpecification {
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
      { id: 'background', type: 'background', paint: { 'background-color': '#eef2f4' } },
      ...(online ? [{ id: 'osm', type: 'raster' as const, source: 'osm', paint: { 'raster-opacity': 0.75 } }] : []),
      { id: 'prefectures-fill', type: 'fill', source: 'prefectures', paint: { 'fill-color': '#f7f8f6', 'fill-opacity': online ? 0.3 : 1 } },
      { id: 'prefectures-line', type: 'line', source: 'prefectures', paint: { 'line-color': '#b8c2cc', 'line-width': 0.8 } },
      {
        id: 'rivers', type: 'line', source: 'rivers', layout: { visibility: rivers ? 'visible' : 'none' },
        paint: { 'line-color': '#7fb2d6', 'line-width': ['match', ['get', 'wdb_level'], 1, 1.6, 0.8] },
      },
      { id: 'counties-line', type: 'line', source: 'counties', paint: { 'line-color': '#52606d', 'line-width': 1.2 } },
    ],
  };
}
