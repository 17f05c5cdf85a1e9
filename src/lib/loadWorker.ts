/// <reference lib="webworker" />
// The data loader's worker: fetches and parses the data files (loadAtlas) off the main thread and posts the
// model back (plain objects, Maps and Sets: structured-cloneable, shared references kept).
import { loadTables } from './load.ts';

export type LoadReply = { loaded: Awaited<ReturnType<typeof loadTables>> } | { error: string };

self.onmessage = async (e: MessageEvent<{ base: string }>) => {
  let reply: LoadReply;
  try {
    reply = { loaded: await loadTables(e.data.base) };
  } catch (err) {
    reply = { error: (err as Error).message };
  }
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply);
};
