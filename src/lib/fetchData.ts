/** Fetch a file the pipeline produced, relative to the page (so any sub-path works), with errors a user can read. */
export class DataLoadError extends Error {
  constructor(public file: string, public reason: string) {
    super(`${file}: ${reason}`);
  }
}

/** `base`: the page's URL (document.baseURI); passed in, as a worker has no document. */
export async function fetchText(file: string, base: string, fetchImpl: typeof fetch = fetch): Promise<string> {
  let res: Response;
  try {
    res = await fetchImpl(new URL(file, base).href);
  } catch (e) {
    throw new DataLoadError(file, `could not be fetched (${(e as Error).message})`);
  }
  if (!res.ok) throw new DataLoadError(file, `server answered ${res.status} ${res.statusText}`);
  return res.text();
}

export async function fetchJson<T>(file: string, base: string, fetchImpl: typeof fetch = fetch): Promise<T> {
  const text = await fetchText(file, base, fetchImpl);
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    throw new DataLoadError(file, `is not valid JSON (${(e as Error).message})`);
  }
}
