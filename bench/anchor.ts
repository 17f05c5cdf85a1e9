// Bench anchor: the floor for this stack. MapLibre alone draws the same county GeoJSON the app draws, as a
// fill + line style layer, with the same worker setup as the app; data-map-ready flips on the first 'idle'.
import { Map as MapLibreMap, type StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';

/** bbox of geo/xuchang_counties.geojson, computed at build time (bench/vite.anchor.config.ts) */
declare const __COUNTY_BOUNDS__: [[number, number], [number, number]];

const style: StyleSpecification = {
  version: 8,
  // as the app's: paint changes show at once (the step floor below would otherwise include a 300 ms fade)
  transition: { duration: 0, delay: 0 },
  sources: {
    counties: { type: 'geojson', data: new URL('geo/xuchang_counties.geojson', document.baseURI).href, promoteId: 'adcode' },
  },
  layers: [
    { id: 'background', type: 'background', paint: { 'background-color': '#f4f1ea' } },
    { id: 'county-fill', type: 'fill', source: 'counties', paint: { 'fill-color': ['to-color', ['feature-state', 'fill'], '#6baed6'], 'fill-opacity': 0.8 } },
    { id: 'county-line', type: 'line', source: 'counties', paint: { 'line-color': '#ffffff', 'line-width': 1.5 } },
  ],
};

const map = new MapLibreMap({
  container: 'map',
  style,
  bounds: __COUNTY_BOUNDS__,
  fitBoundsOptions: { padding: 24 },
  attributionControl: false,
  fadeDuration: 0, // as the app (no symbol layers): 'idle' is not held back by MapLibre 5's 300 ms label fade
  // as the app: no preserveDrawingBuffer (the app's PNG export reads a frame it has just drawn)
});
map.once('idle', () => {
  document.documentElement.dataset.mapReady = 'true';
});

// The floor for a timeline step on this stack: MapLibre alone recolouring the counties as the app does (feature
// state), from the change to the next 'idle'. `npm run bench` reports it beside the app's step.
let flip = false;
(window as unknown as { __anchorStep: () => Promise<number> }).__anchorStep = () =>
  new Promise((resolve) => {
    const t0 = performance.now();
    flip = !flip;
    const ids = [...new Set(map.querySourceFeatures('counties').map((f) => String(f.id)))];
    ids.forEach((id, i) => map.setFeatureState({ source: 'counties', id }, { fill: (i % 2 === 0) === flip ? '#2c7fb8' : '#a1dab4' }));
    map.once('idle', () => resolve(performance.now() - t0));
  });
