/**
 * How any source box opens the source reader without the app threading a callback through every panel: the app
 * provides the opener (it sets the `reader` URL parameter); a source box asks for it. The quote a source box
 * shows travels alongside, so exactly that quote is marked (a deep link, which names only the line, marks every
 * quote that cites it).
 */
import { getContext, setContext } from 'svelte';
import { formatReaderParam } from '../../lib/docText.ts';

const KEY = Symbol('atlas-source-reader');
type SetReader = (param: string) => void;

let hint: { param: string; quote: string } | null = null;

export function provideReader(setReader: SetReader) {
  setContext(KEY, setReader);
}

/** The opener for source boxes; undefined where no reader is provided. */
export function useReader(): ((seed: string, line: number, quote: string) => void) | undefined {
  const setReader = getContext<SetReader | undefined>(KEY);
  if (!setReader) return undefined;
  return (seed, line, quote) => {
    const param = formatReaderParam({ seed, line });
    hint = quote ? { param, quote } : null;
    setReader(param);
  };
}

/** The quote the source box that opened `param` showed, if it was one. */
export function quoteHint(param: string): string | null {
  return hint?.param === param ? hint.quote : null;
}
