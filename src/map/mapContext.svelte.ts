/**
 * The MapLibre map shared with the parts drawn on it (CountyFill, MapLabels, DeckOverlay, Attribution, Camera),
 * after svelte-maplibre-gl's MapContext: MapView creates the map and this context; each part adds what it
 * draws through it.
 *
 * - Additions that need the style (images, source data, feature state) wait in a queue until the style is
 *   loaded (`whenStyleReady`), in the order they were made; those a new style would lose run again with it.
 * - "Ready" is kept per part: the base map and the deck.gl overlay each say whether they have drawn what they
 *   were last given; `onready(true)` when all have, `onready(false)` when one starts again.
 */
import { createContext, untrack } from 'svelte';
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import type { MapLibreOverlay } from '@deck.gl/maplibre';

export type StyleTask = (map: MapLibreMap) => void;
/** the parts of the map that draw: MapLibre's base map (style, data, feature state) and the deck.gl overlay */
export type DrawingPart = 'base' | 'deck';

/** MapLibre's style object: `_loaded` is what svelte-maplibre-gl reads too (isStyleLoaded also waits for tiles) */
const styleLoadedNow = (map: MapLibreMap) => Boolean((map.style as { _loaded?: boolean } | undefined)?._loaded);

export class MapContext {
  /** the map; null until MapView has created it, and again once it is removed */
  map: MapLibreMap | null = $state.raw(null);
  /** the style's sources and layers exist: additions can be made */
  styleLoaded = $state(false);
  /** the deck.gl overlay, once DeckOverlay has loaded it (picking and the PNG snapshot ask it first) */
  overlay: MapLibreOverlay | undefined = $state.raw(undefined);

  /**
   * Additions in the order they were made: those still waiting for the style, and those made again whenever a
   * style is loaded or changed (`eachStyle`: a rebuilt style starts without them, a diff may replace a source).
   */
  private queue: { task: StyleTask; eachStyle: boolean }[] = [];
  private drawn: Record<DrawingPart, boolean> = { base: false, deck: true };
  private reported = false;
  private detachMap: (() => void) | undefined;

  constructor(private onready: (ready: boolean) => void = () => {}) {}

  /** Takes the map just created; returns the function that lets it go (before it is removed). */
  attach(map: MapLibreMap): () => void {
    this.map = map;
    const loaded = () => {
      this.styleLoaded = true;
      const now = this.queue;
      this.queue = now.filter((q) => q.eachStyle);
      for (const { task } of now) task(map);
    };
    // MapLibre (5 and 6) fires 'style.load' when a style is loaded and after a diff is applied; a style being
    // replaced (not diffed) has none of the additions until its 'style.load'
    const loading = () => { this.styleLoaded = false; };
    map.on('style.load', loaded);
    map.on('styledataloading', loading);
    if (styleLoadedNow(map)) loaded();
    this.detachMap = () => {
      map.off('style.load', loaded);
      map.off('styledataloading', loading);
    };
    return () => this.detach();
  }

  private detach() {
    this.detachMap?.();
    this.detachMap = undefined;
    this.queue = [];
    this.overlay = undefined;
    this.map = null;
    this.styleLoaded = false;
  }

  /**
   * Runs `task` now if the style is loaded, else once it is (tasks run in the order they were given).
   * `eachStyle`: also whenever the style is loaded again or changed. Returns the function that cancels it.
   * (Untracked: an effect that calls this depends on what it read itself, not on what the task reads.)
   */
  whenStyleReady(task: StyleTask, { eachStyle = false }: { eachStyle?: boolean } = {}): () => void {
    const entry = { task, eachStyle };
    untrack(() => {
      const now = this.map && this.styleLoaded ? this.map : null;
      if (!now || eachStyle) this.queue.push(entry);
      if (now) task(now);
    });
    return () => { this.queue = this.queue.filter((q) => q !== entry); };
  }

  /**
   * Applies a changed style as a diff (the counties' data is in the style itself, so a diff keeps it; the feature
   * state and the hatch image are given again by the parts that add them: `whenStyleReady(…, { eachStyle })`).
   */
  setStyle(style: StyleSpecification): void {
    this.map?.setStyle(style, { diff: true });
  }

  /** Part `part` has (true) or has not yet (false) drawn what it was last given. */
  setDrawn(part: DrawingPart, drawn: boolean): void {
    // (a removed map reports nothing: e.g. deck.gl's last frame after the map was let go)
    if (!this.map) return;
    this.drawn[part] = drawn;
    if (!drawn) {
      if (this.reported) this.onready(false);
      this.reported = false;
    } else if (!this.reported && Object.values(this.drawn).every(Boolean)) {
      this.reported = true;
      this.onready(true);
    }
  }

  /** The base map was given something to draw: it has drawn it at its next 'idle'. */
  awaitIdle(): void {
    const map = this.map;
    if (!map) return;
    this.setDrawn('base', false);
    map.once('idle', () => { if (this.map === map) this.setDrawn('base', true); });
    // 'idle' comes only after a frame: if the change asked for none (the map was idle already), one is asked for,
    // or the map would wait for an 'idle' that never comes (seen now and then with a base-map file failing to load)
    map.triggerRepaint();
  }

  /** The county of the flat map under a point (map pixels), as a pick. */
  basePick(x: number, y: number): { object: unknown; x: number; y: number } | null {
    const map = this.map;
    if (!map?.getLayer('counties-fill')) return null;
    const f = map.queryRenderedFeatures([x, y], { layers: ['counties-fill'] })[0];
    return f ? { object: { properties: f.properties }, x, y } : null;
  }

  /** deck.gl's objects are above the flat map: they are asked first */
  pickAt(x: number, y: number): { object: unknown; x: number; y: number } | null {
    const info = this.overlay?.pickObject({ x, y, radius: 2 });
    return info?.object ? { object: info.object, x, y } : this.basePick(x, y);
  }
}

export const [getMapContext, setMapContext] = createContext<MapContext>();
