/**
 * The atlas state: one `AtlasState` (what the URL describes) plus what the page knows beside it (the data, the
 * notices, the view the user moved to). Every change goes through `update`, which keeps the URL and the history in
 * step; `readUrl` goes the other way (first load, Back/Forward). Views read it from the context (context.ts).
 */
import { tick, untrack } from 'svelte';
import { isLockedToOwnOrigin, lockToOwnOrigin } from '../lib/csp.ts';
import type { Loaded } from '../lib/load.ts';
import { loadAtlasOffThread } from '../lib/loadOffThread.ts';
import { countyGeometry } from '../lib/countyGeometry.ts';
import { DEFAULTS, DEFAULT_TOUR, isDiscreteChange } from '../lib/state.ts';
import { mapHints, parseUrlState, type AtlasState, type MapHints, type ParamNotice, type View } from '../lib/urlState.ts';
import { COUNTY_CODES, placeCategories, ZONE_CODES } from '../lib/view.ts';
import { CONTEXT_LAYERS } from '../lib/categories.ts';
import { t } from '../lib/i18n.ts';
import { LABEL_FONT_FAMILY, loadLabelFont } from '../lib/labelFont.ts';
import { TOPICS } from '../schema/vocabulary.ts';
import { slidePatch, type CheckedSlide, type TourSlide } from '../lib/tour.ts';
import { TourSession } from './tourSession.svelte.ts';
import { buildHandout, canvasesSized, mapDrawn, releaseHandout, type HandoutPage } from './handout.ts';
import { mapHandle } from '../map/mapHandle.ts';

export type UpdateHow = 'replace' | 'none';
export type Update = (patch: Partial<AtlasState>, how?: UpdateHow) => void;

export class AtlasStore {
  /** the data: replaced whole, never mutated (a deep proxy over thousands of rows made every read slow) */
  loaded = $state.raw<Loaded | null>(null);
  loadError = $state<string | null>(null);
  /** the county boundaries for the map, as soon as they arrive (before the rest of the data) */
  counties = $state.raw<Loaded['counties'] | null>(null);
  /** the labels' font, or the system's when the subset font failed to load */
  fontFamily = $state(LABEL_FONT_FAMILY);
  /**
   * Until the data is in (and the URL can be checked against it), the map starts from a lenient reading of the
   * URL: its view, base map and layout. readUrl then sets the state properly.
   */
  readonly hints: MapHints = mapHints(location.search, DEFAULTS);
  state = $state<AtlasState>({ ...DEFAULTS, mode: this.hints.mode, lang: this.hints.lang });
  /** what the URL asked for and could not be shown, named (a notice each) */
  notices = $state<ParamNotice[]>([]);
  /** the view the map reports, written to the URL only after the user moved the map */
  userView = $state<View | null>(null);
  readonly tour: TourSession;
  showTourPanel = $state(false);
  showDocs = $state(false);
  handout = $state.raw<HandoutPage[] | null>(null);
  handoutBusy = $state(false);
  /** problems drawing (a base-map source, deck.gl, the handout), named; the last few */
  mapErrors = $state<string[]>([]);

  private lastWritten = '';
  private replaceTimer: ReturnType<typeof setTimeout> | undefined;

  /** made while a component is created (its effect keeps the URL in step with the tour editor) */
  constructor() {
    if (!this.hints.online) lockToOwnOrigin();
    const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.tour = new TourSession({ defaults: DEFAULTS, builtIn: DEFAULT_TOUR, reducedMotion, show: (s, how) => this.showSlide(s, how) });
    countyGeometry().then((c) => (this.counties = c), () => { /* reported by load() */ });
    // the editor's slides live in the URL (a reload or a copied link keeps them)
    $effect(() => {
      void this.tour.editor;
      untrack(() => { if (this.loaded) this.writeUrl('replace'); });
    });
  }

  /** `update`, bound: what views are given to change the state */
  readonly update: Update = (patch, how) => this.apply(patch, how);

  async load(): Promise<void> {
    this.loadError = null;
    try {
      const [l, fontOk] = await Promise.all([loadAtlasOffThread(), loadLabelFont()]);
      if (!fontOk) this.fontFamily = 'sans-serif';
      performance.mark('atlas:data-loaded');
      this.loaded = l;
      // (when the first fetch of the boundaries failed, Retry's is the one the map gets)
      this.counties ??= l.counties;
      this.readUrl();
    } catch (e) {
      this.loadError = (e as Error).message;
    }
  }

  /** what a URL can name, to check it against */
  urlContext() {
    const d = this.loaded!.data;
    return {
      indicators: new Set(d.defs.map((x) => x.id)),
      layers: [...CONTEXT_LAYERS, ...placeCategories(d)],
      selectable: new Set([...COUNTY_CODES, ...ZONE_CODES, '411000', ...d.places.map((p) => p.place_id)]),
      docs: d.docs,
      topics: new Set<string>(TOPICS),
      docIds: new Set(d.docs.map((x) => x.doc)),
    };
  }

  readUrl(): void {
    if (!this.loaded) return;
    const r = parseUrlState(location.search, DEFAULTS, this.urlContext());
    // a playing tour's slide sets the map state; outside present mode, a tour link fills the tour editor
    const tr = this.tour.read(location.search, r.state, this.urlContext());
    if (tr.patch.view) r.parsed.view = this.tour.slides[this.tour.index!].hasView ? { status: 'valid', value: tr.patch.view } : { status: 'missing' };
    Object.assign(r.state, tr.patch);
    this.notices = [...r.notices, ...tr.notices];
    if (r.state.mode === 'normal' && this.tour.editor.length) this.showTourPanel = true;
    if (r.state.basemap !== 'osm') lockToOwnOrigin();
    else if (isLockedToOwnOrigin()) return location.reload(); // the online base map needs the looser policy
    this.userView = r.parsed.view.status === 'valid' ? r.state.view : null;
    this.state = r.state;
    this.lastWritten = this.urlFor(this.state);
    // an invalid parameter is dropped from the URL (the notice says which), so the link shared is clean
    // (and the URL says what is shown: the tour's slide, the editor's slides)
    if (this.notices.length || this.lastWritten !== (location.search || location.pathname)) history.replaceState(null, '', this.lastWritten);
  }

  /** Back/Forward: the sheet or the tour editor can come back to the URL the app wrote last: nothing to read again */
  onpopstate = () => {
    if ((location.search || location.pathname) === this.lastWritten) return;
    this.readUrl();
  };

  urlFor(s: AtlasState): string {
    const q = this.tour.query(s);
    return q ? `?${q}` : location.pathname;
  }

  /**
   * Every state change goes through here: discrete changes push a history entry, view moves replace it.
   * `how` overrides: a tour's slide change replaces (Back leaves the tour); the handout draws slides off the record.
   */
  private apply(patch: Partial<AtlasState>, how?: UpdateHow) {
    const s = this.state;
    const next = { ...s, ...patch };
    const discrete = isDiscreteChange(s, next) && how !== 'replace';
    if (next.mode !== 'present' && s.mode === 'present') this.tour.stop();
    // field by field, not a new object: what reads only the year is all a year step re-runs
    for (const key of Object.keys(patch) as (keyof AtlasState)[]) {
      if (s[key] !== next[key]) (s as Record<keyof AtlasState, unknown>)[key] = next[key];
    }
    if (how === 'none') return;
    if (!this.writeUrl(how === 'replace' ? 'replace' : discrete ? 'push' : 'later')) return;
    if (how !== 'replace' && discrete && patch.basemap === 'osm' && isLockedToOwnOrigin()) location.reload();
  }

  /** writes the state's URL (unless it is the one written last); `later`: a view move, replaced when it settles */
  private writeUrl(how: 'push' | 'replace' | 'later'): boolean {
    const url = this.urlFor(this.state);
    if (url === this.lastWritten) return false;
    this.lastWritten = url;
    clearTimeout(this.replaceTimer);
    if (how === 'push') history.pushState(null, '', url);
    else if (how === 'replace') history.replaceState(null, '', url);
    else this.replaceTimer = setTimeout(() => history.replaceState(null, '', url), 300);
    return true;
  }

  /** the user moved the map */
  moveTo(v: View): void {
    this.userView = v;
    this.update({ view: v });
  }

  /** A slide's state; without a view of its own, the first view (the map moves back if a slide had moved it). */
  showSlide(s: CheckedSlide, how: 'push' | 'replace' | 'none'): void {
    const patch = slidePatch(s);
    if (s.hasView) this.userView = patch.view;
    else if (this.userView) this.userView = DEFAULTS.view;
    this.update({ ...patch, mode: how === 'none' ? this.state.mode : 'present' }, how === 'push' ? undefined : how);
  }

  /** the tour editor's preview of a slide */
  preview = (slide: TourSlide) => {
    const r = parseUrlState(slide.q, DEFAULTS, this.urlContext());
    this.userView = r.parsed.view.status === 'valid' ? r.state.view : this.userView ? DEFAULTS.view : null;
    const { indicator, year, layers, area, view } = r.state;
    this.update({ indicator, year, layers, area, view });
  };

  /** a named problem drawing the map, kept with the last few */
  mapError = (m: string) => {
    if (!this.mapErrors.includes(m)) this.mapErrors = [...this.mapErrors.slice(-4), m];
  };

  /** Each slide drawn in turn off the record and captured; the view the user had comes back after. */
  makeHandout = async () => {
    if (this.handoutBusy) return;
    this.handoutBusy = true;
    const saved = $state.snapshot(this.state);
    const savedView = this.userView;
    const slides = this.tour.playable();
    try {
      const { mapPng } = await import('../lib/exportPng.ts');
      const container = document.querySelector('.map-area .map') as HTMLElement;
      this.handout = await buildHandout(slides, async (s) => {
        this.showSlide(s, 'none');
        await tick();
        await mapDrawn();
        await canvasesSized(container);
        await mapDrawn();
      }, async () => mapPng(container, { title: '', subtitle: '', legend: [], source: '' }, (await mapHandle()?.snapshot()) ?? []));
    } catch (e) {
      this.mapError(`${t(this.state.lang, 'handout')}: ${(e as Error).message}`);
    } finally {
      this.userView = savedView;
      this.update({ indicator: saved.indicator, year: saved.year, layers: saved.layers, area: saved.area, view: saved.view }, 'none');
      this.handoutBusy = false;
    }
  };

  closeHandout = () => {
    releaseHandout(this.handout ?? []);
    this.handout = null;
  };
}
