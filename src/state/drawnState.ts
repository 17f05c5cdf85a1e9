/**
 * The drawn-state contract: `<html data-map-drawn="KEY">` names the state whose frame is on screen, and
 * `data-map-ready="true"` says that frame is the current state's. A test (or anything else) that caused a state
 * waits for that state's KEY, not for a boolean that also reads true before drawing has begun.
 */
import { serializeUrlState, type AtlasState } from '../lib/urlState.ts';

/**
 * KEY of a state: its URL query without the view, then `lang=…` always (so the default state's key is
 * `lang=zh`). The view is left out: MapLibre draws every view by itself, and a drag changes it on every frame.
 */
export function stateKey(s: AtlasState, defaults: AtlasState): string {
  const q = serializeUrlState({ ...s, view: defaults.view, lang: defaults.lang }, defaults);
  return `${q ? `${q}&` : ''}lang=${s.lang}`;
}

export class DrawnState {
  private current = '';
  private drawn = '';
  private ready = false;

  constructor(
    private root: HTMLElement,
    private nextFrame: (fn: () => void) => unknown = (fn) => requestAnimationFrame(fn),
  ) {}

  /** The state now wanted on screen; '' while there is none the map can draw yet (no data). */
  want(key: string): void {
    if (key === this.current) return;
    this.current = key;
    this.write();
    // a change the map has nothing to redraw for (only labels or panels change) is on screen with the next
    // frame; a change it redraws for makes it report not ready before that frame (MapView's effects run first)
    if (this.ready) this.nextFrame(() => { if (this.ready && this.current === key) this.mark(); });
  }

  /** The map has (true) or has not yet (false) drawn everything it was given. */
  setReady(ready: boolean): void {
    this.ready = ready;
    if (ready) this.mark();
    else this.write();
  }

  private mark() {
    if (this.current) this.drawn = this.current;
    this.write();
  }

  private write() {
    const d = this.root.dataset;
    if (d.mapDrawn !== this.drawn) d.mapDrawn = this.drawn;
    const ready = String(this.ready && this.drawn !== '' && this.drawn === this.current);
    if (d.mapReady !== ready) d.mapReady = ready;
  }
}
