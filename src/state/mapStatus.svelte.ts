/**
 * What is on screen and what follows it: which map paints the counties (the SVG map first, MapLibre once it has
 * drawn the data, the SVG map alone without WebGL or after a lost context), whether the current state is drawn
 * (`<html data-map-drawn / data-map-ready / data-map-painted>`, drawnState.ts), and the side panels, which are
 * built and follow a year step in the task after the map has drawn, so the map is not kept waiting for them.
 */
import { DEFAULTS } from '../lib/state.ts';
import type { AreaValue } from '../lib/view.ts';
import { DrawnState } from './drawnState.ts';
import type { AtlasStore } from './atlas.svelte.ts';
import type { AtlasView } from './atlasView.svelte.ts';

export class MapStatus {
  /**
   * MapLibre can draw here: false once it could not make its WebGL2 context (or its code could not be loaded).
   * Not asked beforehand: a throwaway context made only to ask held the first map back ~20–25 ms (README,
   * Performance), as MapLibre then makes its own.
   */
  mapLibre = $state(true);
  /**
   * What paints the counties: the SVG map first (at once, while MapLibre starts; it hands over when MapLibre has
   * drawn the data), and alone where WebGL is missing or its context was lost (`standalone`).
   */
  svgMode = $state<'first' | 'standalone' | 'none'>('first');
  /** bumped to rebuild the map after a lost WebGL context; the state (and URL) is kept */
  epoch = $state(0);
  contextLost = $state(false);
  /** MapLibre (and deck.gl, with layers) has drawn everything it was given */
  ready = $state(false);
  /** the year the side panels show: the map's, one task after the map has drawn it */
  panelYear = $state(DEFAULTS.year);
  /** the side panels (~300 ms of rendering on a slow machine) are built just after the first map is drawn */
  sidePanels = $state(false);
  private panelTimer: ReturnType<typeof setTimeout> | undefined;
  /** the rows last shown in the data table (kept, not recomputed on a year step's hot path) */
  private shownRows: AreaValue[] = [];
  // (read through getters: the $derived fields are lazy, and run only after the constructor has set them)
  readonly #store: AtlasStore;
  readonly #view: AtlasView;
  private get store() { return this.#store; }
  private get view() { return this.#view; }

  /** made while a component is created: its effects write the drawn-state attributes */
  constructor(store: AtlasStore, view: AtlasView, deckWaiting: () => boolean) {
    this.#store = store;
    this.#view = view;
    const root = document.documentElement;
    const drawn = new DrawnState(root);
    // the map may have been drawn without the data; it is ready again once it has drawn the data
    $effect.pre(() => { if (store.loaded) this.ready = false; });
    $effect(() => {
      const y = store.state.year;
      clearTimeout(this.panelTimer);
      // if the map cannot draw (no WebGL), the panels still follow shortly
      this.panelTimer = setTimeout(() => (this.panelYear = y), 400);
    });
    $effect(() => {
      if (!store.loaded || this.sidePanels) return;
      const t = setTimeout(() => (this.sidePanels = true), 1500);
      return () => clearTimeout(t);
    });
    // there is a state to draw once the data is in and deck.gl (if the view needs it) is loaded
    const drawable = () => store.loaded !== null && (!deckWaiting() || this.svgMode === 'standalone');
    $effect(() => drawn.want(drawable() ? view.key : ''));
    $effect(() => {
      // what is on screen: the SVG map (first paint or the whole map) or MapLibre's
      const painted = this.svgMode === 'none' ? 'webgl' : 'svg';
      if (root.dataset.mapPainted !== painted) root.dataset.mapPainted = painted;
      if (painted === 'svg' && !performance.getEntriesByName('atlas:svg-painted').length) performance.mark('atlas:svg-painted');
      // the SVG map draws synchronously: alone, it is ready as soon as the data is in
      if (this.svgMode === 'standalone' && store.loaded) { this.ready = true; if (!this.sidePanels) this.sidePanels = true; }
    });
    $effect(() => {
      drawn.setReady(this.ready && drawable());
      if (this.ready && store.loaded && !deckWaiting() && !performance.getEntriesByName('atlas:ready').length) performance.mark('atlas:ready');
    });
  }

  /** MapLibre reports whether it has drawn what it was given */
  onMapReady = (r: boolean) => {
    this.ready = r;
    // MapLibre has drawn the data: the SVG first paint steps aside (same camera and colours: nothing moves)
    if (r && this.store.loaded && this.svgMode === 'first') this.svgMode = 'none';
    if (r) {
      clearTimeout(this.panelTimer);
      const y = this.store.state.year;
      this.panelTimer = setTimeout(() => {
        this.panelYear = y;
        if (this.store.loaded) this.sidePanels = true;
      }, 0);
    }
  };

  /** MapLibre could not make its WebGL2 context, or could not be loaded: the SVG map is the whole map */
  onMapUnavailable = () => {
    this.mapLibre = false;
    this.svgMode = 'standalone';
  };

  /** the WebGL context is gone: the SVG map becomes the whole map */
  onContextLost = () => {
    this.contextLost = true;
    this.svgMode = 'standalone';
  };

  /** Reload after a lost context: MapLibre again, from the same state */
  rebuild = () => {
    this.contextLost = false;
    this.ready = false;
    this.svgMode = 'first';
    this.epoch += 1;
  };

  /** the data table's rows: the map's values; until the panels follow a year step, the rows last shown */
  readonly tableRows = $derived(this.panelYear === this.store.state.year
    ? (this.shownRows = [...this.view.countyValues, ...this.view.zoneValues])
    : this.shownRows);
}
