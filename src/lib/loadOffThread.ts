/**
 * loadAtlas in a worker (see load.ts for why). A readable error either way: the loader's own (a file that
 * could not be fetched or parsed) or, if the worker itself cannot run, that.
 */
import type { Loaded } from './load.ts';
import type { LoadReply } from './loadWorker.ts';
import LoadWorker from './loadWorker.ts?worker';
import { builtCounties } from './countyGeometry.ts';

type Tables = Omit<Loaded, 'counties'>;
let started: Promise<Tables> | null = null;

/**
 * Starts the worker now (boot.ts, before the main bundle loads); the next loadAtlasOffThread takes its result.
 * Only the first load is started early: a Retry starts a fresh one.
 */
export function startAtlasLoad(base: string = document.baseURI): void {
  if (started) return;
  started = loadTablesOffThread(base);
  // handled here too, so a failure before anyone asks is not an unhandled rejection (the asker still gets it)
  started.catch(() => {});
}

/** The tables from the worker, the county boundaries the build inlined. */
export async function loadAtlasOffThread(base: string = document.baseURI): Promise<Loaded> {
  const tables = started ?? loadTablesOffThread(base);
  started = null;
  return { ...(await tables), counties: builtCounties() };
}

function loadTablesOffThread(base: string): Promise<Tables> {
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
