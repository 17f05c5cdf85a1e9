/**
 * MapLibre's tile workers. Left to itself MapLibre starts them when the first map is created, which in this app
 * is after the whole UI has mounted; the worker then fetches and evaluates its ~0.5 MB script before it can fetch
 * the GeoJSON. Started here, before the UI mounts, that work overlaps the mount (the worker is on the first
 * map's critical path: see `npm run bench`).
 */
import { prewarm, setWorkerUrl } from 'maplibre-gl';
// plain ?url leaves the production map blank; the worker must be built as a worker
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

setWorkerUrl(workerUrl);

/** Starts the shared workers now; they are kept for every map after (e.g. the one rebuilt after a lost WebGL context). */
export function startMapWorkers(): void {
  prewarm();
}
