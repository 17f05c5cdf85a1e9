/**
 * The atlas state: one `AtlasState` (what the URL describes) plus what the page knows beside it (the data, the
 * notices, the view the user moved to). Every change goes through `update`, which keeps the URL and the history in
 * step; `readUrl` goes the other way (first load, Back/Forward). Views read it from the context (context.ts).
 */
import { tick, untrack } from 'svelte';
import { isLockedToOwnOrigin, lockToOwnOrigin } from '../lib/csp.ts';
import type { Loaded } from '../lib/load.ts';
import { loadAtlasOffThread } from '../lib/loadOffThread.ts';
import { builtCounties } from '../lib/countyGeometry.ts';
import { DEFAULTS, DEFAULT_TOUR, isDiscreteChange } from '../lib/state.ts';
import { mapHints, parseUrlState, type AtlasState, type MapHints, type ParamNotice, type View } from '../lib/urlState.ts';
import { COUNTY_CODES, placeCategories, ZONE_CODES } from '../lib/view.ts';
import { CONTEXT_LAYERS } from '../lib/categories.ts';
import { t, type LazyPart } from '../lib/i18n.ts';
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
  /** the county boundaries for the map: inlined by the build, there before the rest of the data */
  readonly counties: Loaded['counties'] = builtCounties();
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
    this.pendingHistory = [];
    if (this.notices.length || this.lastWritten !== (location.search || location.pathname)) history.replaceState(null, '', this.lastWritten);
  }

  /** Back/Forward: the sheet or the tour editor can come back to the URL the app wrote last: nothing to read again */
  onpopstate = () => {
    // (a write still waiting is older than the entry the user went to: dropped)
    this.pendingHistory = [];
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
    // before the data is in, the URL has not been read yet (readUrl): it is not overwritten (e.g. by a 3D link's tilt)
    if (how === 'none' || !this.loaded) return;
    if (!this.writeUrl(how === 'replace' ? 'replace' : discrete ? 'push' : 'later')) return;
    if (how !== 'replace' && discrete && patch.basemap === 'osm' && isLockedToOwnOrigin()) {
      this.flushUrl();
      location.reload();
    }
  }

  /**
   * Writes the state's URL (unless it is the one written last). The history call itself comes in the frame, after
   * the map has drawn the change: Chromium's pushState blocks the main thread for ~10 ms, as long as a whole year
   * step otherwise, and the map should not wait for the address bar. Nothing can come between (input is handled
   * between frames), so Back still undoes the change just made. A replace (the tour editor, a view move once it
   * settles: `later`) is written at once, unless a push is waiting: then it rewrites that entry.
   */
  private writeUrl(how: 'push' | 'replace' | 'later'): boolean {
    const url = this.urlFor(this.state);
    if (url === this.lastWritten) return false;
    this.lastWritten = url;
    clearTimeout(this.replaceTimer);
    if (how === 'later') this.replaceTimer = setTimeout(() => this.queueHistory('replace', url), 300);
    else this.queueHistory(how, url);
    return true;
  }

  private pendingHistory: { how: 'push' | 'replace'; url: string }[] = [];
  private queueHistory(how: 'push' | 'replace', url: string) {
    // a replace after a push of the same moment rewrites that entry: one entry, as if written at once
    const last = this.pendingHistory.at(-1);
    if (how === 'replace' && last) last.url = url;
    else if (how === 'replace') return history.replaceState(null, '', url); // (cheap, and off the step's path)
    else this.pendingHistory.push({ how, url });
    if (this.pendingHistory.length > 1) return;
    // (queued after the state's own effects, so this frame callback runs after the map's; a hidden page has no
    // frames: the timer writes it then)
    queueMicrotask(() => requestAnimationFrame(this.flushUrl));
    setTimeout(this.flushUrl, 250);
  }

  /** the history entries not yet written, written now */
  flushUrl = () => {
    for (const { how, url } of this.pendingHistory.splice(0)) {
      if (how === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
  };

  /** the link to what is shown (for Copy link): the URL, written first if it was waiting */
  href = () => {
    this.flushUrl();
    return location.href;
  };

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

  /**
   * Parts of the UI whose script could not be loaded (loaded on first use: offline since the page loaded, or the
   * site updated with the page still open, its old files gone), by name (`LazyPart`): the notice offers a reload.
   */
  partsFailed = $state<LazyPart[]>([]);
  partFailed = (part: LazyPart, e?: unknown) => {
    if (this.partsFailed.includes(part)) return;
    console.warn(`${part}: ${(e as Error | undefined)?.message ?? e}`);
    this.partsFailed = [...this.partsFailed, part];
  };

  /** The page loaded again at the state shown (the URL is written first if a history entry was waiting). */
  reloadPage = () => {
    this.flushUrl();
    location.reload();
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
