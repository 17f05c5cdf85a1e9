/**
 * The deck.gl layers of the one overlay: 3D columns and their roof hatching, symbols, place markers. deck.gl
 * (≈ a third of the app's script) is loaded only when the view needs one of them; the first view, the flat
 * choropleth, needs none.
 */
import type { Layer } from '@deck.gl/core';
import { columnHeight, isHatched } from '../lib/choropleth.ts';
import { LABEL_CHARACTERS } from '../lib/labelFont.ts';
import type { AtlasStore } from '../state/atlas.svelte.ts';
import type { AtlasView } from '../state/atlasView.svelte.ts';

export class DeckLayerStack {
  private module = $state.raw<typeof import('../lib/deckLayers.ts') | null>(null);
  private loadError = $state<string | null>(null);
  // (read through getters: the $derived fields are lazy, and run only after the constructor has set them)
  readonly #store: AtlasStore;
  readonly #view: AtlasView;
  private get store() { return this.#store; }
  private get view() { return this.#view; }

  /** made while a component is created: its effect loads deck.gl when first needed */
  constructor(store: AtlasStore, view: AtlasView) {
    this.#store = store;
    this.#view = view;
    $effect(() => {
      if (!view.needsDeck || this.module) return;
      import('../lib/deckLayers.ts').then((m) => (this.module = m), (e: Error) => {
        // the flat map goes on working; the notice says what could not be shown
        this.loadError = e.message;
        store.mapError(`deck.gl: ${e.message}`);
      });
    });
  }

  /** deck.gl is still loading for layers the view needs */
  readonly waiting = $derived(this.view.needsDeck && !this.module && !this.loadError);

  readonly layers = $derived.by((): Layer[] => {
    const { store, view } = this;
    const deck = this.module;
    const loaded = store.loaded;
    const s = store.state;
    if (!loaded || !view.fillScale || !deck || !view.needsDeck) return [];
    const key = `${s.indicator}|${s.year}|${s.change}|${s.measure}`;
    const out: Layer[] = [];
    const columns = { counties: loaded.counties, values: view.fillValues, scale: view.fillScale, selected: s.area, key, maxValue: view.columnMax };
    if (view.extrude) out.push(deck.columnsLayer(columns));
    if (view.extrude && [...view.fillValues.values()].some(isHatched)) out.push(deck.roofHatchLayer(columns));
    if (view.symbols.length) {
      out.push(deck.symbolLayer({
        counties: loaded.counties, values: view.symbols, maxValue: view.symbolMax, key: `${s.symbol}|${s.year}|${view.extrude}`, selected: s.area,
        elevation: view.extrude ? new Map([...view.fillValues].map(([code, v]) => [code, v.row ? columnHeight(v.row.value, view.columnMax) : 0])) : undefined,
      }));
    }
    // layers with nothing to draw are left out: each layer type compiles its shaders on first use, which is
    // the largest part of a first map on software WebGL
    if (view.places.some((p) => p.precision === 'exact' || p.precision === 'town')) out.push(deck.placePointLayer(view.places, view.categories, s.area));
    if (view.groups.length) out.push(deck.placeGroupLayer(view.groups, view.categories, store.fontFamily, LABEL_CHARACTERS));
    return out;
  });
}
