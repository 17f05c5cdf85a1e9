/**
 * The page's first script, kept tiny: it starts what the first map waits for (the data loader's worker, the
 * label font, MapLibre's chunk and its worker) before the UI's bundle has been downloaded, parsed and run, then
 * loads that bundle. Before, each of these started only once the UI mounted,
 * ~0.25 s later on this machine, and the data arrived ~0.6 s after the script (`npm run bench`,
 * first_map_phases_ms).
 */
import { startAtlasLoad } from './lib/loadOffThread.ts';
import { loadLabelFont } from './lib/labelFont.ts';

startAtlasLoad();
loadLabelFont();
// MapLibre and its tile worker (made from MapLibre's bundle; on the full map's critical path): loaded beside the UI,
// which paints the SVG map without them (map/AtlasMap.svelte)
import('./lib/mapWorkers.ts').then((m) => m.startMapWorkers(), () => { /* AtlasMap reports it */ });
// (and the map's component, which the UI imports when it renders the map: requested now, it is there by then)
import('./map/MapView.svelte').catch(() => { /* AtlasMap reports it */ });
// (index.html preloads main.ts and what it imports: see vite.config.ts, preloadMain)
import('./main.ts');
