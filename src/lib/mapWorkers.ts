/**
 * MapLibre's tile workers. Left to itself MapLibre starts them when the first map is created, which in this app
 * is after the whole UI has mounted; the worker then evaluates its script before it can fetch the GeoJSON.
 * Started here, before the UI mounts, that work overlaps the mount (the worker is on the first map's critical
 * path: see `npm run bench`). MapLibre 5's bundle carries its worker (made from a blob: the page's CSP allows
 * `worker-src blob:`), and the code both share is in it once.
 */
import { prewarm } from 'maplibre-gl';

/** Starts the shared workers now; they are kept for every map after (e.g. the one rebuilt after a lost WebGL context). */
export function startMapWorkers(): void {
  prewarm();
}
