/**
 * The tour as the app holds it: the slides being edited, and the tour being played in present mode (its slides,
 * the slide shown, autoplay). Reads and writes the `tour`, `slide` and `autoplay` URL parameters through the
 * pure codec (src/lib/tour.ts); the app gives it a way to show a slide, and the views read its fields.
 */
import {
  checkSlides, encodeTour, parseTourParams, slidePatch, TourPlayer, tourQuery,
  type CheckedSlide, type TourSlide,
} from '../lib/tour.ts';
import { serializeUrlState, type AtlasState, type ParamNotice, type UrlContext } from '../lib/urlState.ts';

export interface TourDeps {
  defaults: AtlasState;
  builtIn: readonly TourSlide[];
  /** show a slide of the playing tour; `replace`: the history entry is replaced (Back leaves the tour) */
  show: (slide: CheckedSlide, how: 'push' | 'replace') => void;
  reducedMotion: () => boolean;
}

/** after input pauses a kiosk, it resumes once left alone this long */
const RESUME_AFTER_MS = 60_000;

export class TourSession {
  /** the slides being edited (captions included); written to the URL as `tour` outside present mode */
  editor = $state<TourSlide[]>([]);
  /** the tour being played: the link's, the editor's, or the built-in one */
  slides = $state.raw<CheckedSlide[]>([]);
  custom = $state(false);
  /** the slide shown (0-based); null in present mode before the first key (the page's own view) */
  index = $state<number | null>(null);
  autoplay = $state<number | null>(null);
  autoplaying = $state(false);
  private player: TourPlayer | null = null;
  private ctx: UrlContext | null = null;

  constructor(private deps: TourDeps) {}

  private builtInSlides(): CheckedSlide[] {
    return this.ctx ? checkSlides(this.deps.builtIn, this.deps.defaults, this.ctx).slides : [];
  }

  /**
   * Read `tour`, `slide` and `autoplay` for the state parsed from the same URL; returns the notices and what the
   * shown slide sets on the state.
   */
  read(search: string, state: AtlasState, ctx: UrlContext): { notices: ParamNotice[]; patch: Partial<AtlasState> } {
    this.ctx = ctx;
    const builtIn = this.builtInSlides();
    const p = parseTourParams(search, this.deps.defaults, ctx, builtIn);
    if (state.mode !== 'present') {
      this.stop();
      // a tour link fills the editor; an entry without one (Back, Forward) leaves the editor's slides as they are
      if (p.slides) this.editor = p.slides.map(({ q, zh, en }) => ({ q, ...(zh ? { zh } : {}), ...(en ? { en } : {}) }));
      return { notices: p.notices, patch: {} };
    }
    this.slides = p.slides ?? builtIn;
    this.custom = p.slides !== null;
    // a tour link without `slide` starts at its first slide; the bare present mode shows the page's view first
    this.index = p.index ?? (p.slides ? 0 : null);
    this.autoplay = p.autoplay;
    this.startPlayer();
    return { notices: p.notices, patch: this.index === null ? {} : slidePatch(this.slides[this.index]) };
  }

  /** The editor's slides, checked; the built-in tour when the editor has none. */
  playable(): CheckedSlide[] {
    return this.editorSlides().length ? this.editorSlides() : this.builtInSlides();
  }
  private editorSlides(): CheckedSlide[] {
    return this.ctx ? checkSlides(this.editor, this.deps.defaults, this.ctx).slides : [];
  }

  /** Present the editor's tour (or the built-in one when the editor is empty) from its first slide. */
  start() {
    this.custom = this.editorSlides().length > 0;
    this.slides = this.playable();
    this.index = 0;
    this.autoplay = null;
    this.startPlayer();
    if (this.slides.length) this.deps.show(this.slides[0], 'push');
  }

  stop() {
    this.player?.dispose();
    this.player = null;
    this.index = null;
    this.autoplaying = false;
  }

  private startPlayer() {
    this.player?.dispose();
    const interval = (this.autoplay ?? 8) * 1000 * (this.deps.reducedMotion() ? 2 : 1);
    this.player = new TourPlayer({
      count: this.slides.length,
      show: (i) => {
        this.index = i;
        this.deps.show(this.slides[i], 'replace');
      },
      interval,
      resumeAfter: RESUME_AFTER_MS,
      onPlayingChange: (on) => (this.autoplaying = on),
    }, this.index ?? -1);
    // before the first key the page's own view is shown: the first → goes to slide 1
    if (this.index === null) this.player.index = -1;
    if (this.autoplay) this.player.play();
  }

  /** A key in present mode; true when the tour used it. */
  key(e: KeyboardEvent): boolean {
    return this.player?.key(e.key, e.shiftKey) ?? false;
  }
  input() { this.player?.input(); }
  goto(i: number) { this.player?.input(); this.player?.goto(i); }
  toggleAutoplay() {
    if (!this.player) return;
    if (this.autoplaying) this.player.pause();
    else this.player.play();
  }

  /** The query string for a state: in a playing tour, the page's settings and the tour; else the state and the editor's tour. */
  query(s: AtlasState): string {
    const d = this.deps.defaults;
    if (s.mode === 'present' && this.index !== null) {
      const page = serializeUrlState({ ...d, lang: s.lang, mode: s.mode, basemap: s.basemap }, d);
      const tour = tourQuery({ slides: this.custom ? this.slides : null, index: this.index, autoplay: this.autoplay });
      return [page, tour].filter(Boolean).join('&');
    }
    const own = serializeUrlState(s, d);
    const tour = s.mode === 'normal' && this.editor.length ? `tour=${encodeTour(this.editor)}` : '';
    return [own, tour].filter(Boolean).join('&');
  }

  /** The link that plays the editor's tour from its first slide. */
  presentQuery(lang: AtlasState['lang']): string {
    const d = this.deps.defaults;
    const page = serializeUrlState({ ...d, lang, mode: 'present' }, d);
    return [page, tourQuery({ slides: this.editor, index: 0 })].join('&');
  }
}
