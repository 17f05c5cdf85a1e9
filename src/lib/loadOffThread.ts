/**
 * loadAtlas in a worker (see load.ts for why). A readable error either way: the loader's own (a file that
 * could not be fetched or parsed) or, if the worker itself cannot run, that.
 */
import type { Loaded } from './load.ts';
import type { LoadReply } from './loadWorker.ts';
import LoadWorker from './loadWorker.ts?worker';
import { countyGeometry } from './countyGeometry.ts';

/** The tables from the worker, the county boundaries from the page's one fetch of them. */
export async function loadAtlasOffThread(base: string = document.baseURI): Promise<Loaded> {
  const [tables, counties] = await Promise.all([loadTablesOffThread(base), countyGeometry(base)]);
  return { ...tables, counties };
}

function loadTablesOffThread(base: string): Promise<Omit<Loaded, 'counties'>> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new LoadWorker();
    } catch (e) {
      reject(new Error(`the data loader could not start (${(e as Error).message})`));
      return;
    }
    worker.onmessage = (e: MessageEvent<LoadReply>) => {
      worker.terminate();
      if ('error' in e.data) reject(new Error(e.data.error));
      else resolve(e.data.loaded);
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(`the data loader could not start (${e.message || 'worker error'})`));
    };
    worker.postMessage({ base });
  });
}
