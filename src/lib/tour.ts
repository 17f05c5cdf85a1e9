/**
 * Tours: a list of slides, each a map state (the query string the app writes for it) with an optional caption
 * in Chinese and English. Pure: the codec of the `tour`, `slide` and `autoplay` URL parameters, the checks
 * of each slide against what the data knows, and a headless player (keys, autoplay with injected timers).
 *
 * `tour=` is the base64url of the UTF-8 JSON `[{q, zh?, en?}, …]`, written and read exactly so (a tour written by
 * hand plays; a tour the app writes can be read by anyone with a base64 decoder). Empty captions are left out.
 */
import { parseUrlState, serializeUrlState, type AtlasState, type ParamNotice, type UrlContext } from './urlState.ts';

export interface TourSlide {
  /** the slide's state as the query string serializeUrlState writes */
  q: string;
  zh?: string;
  en?: string;
}

/** A slide that passed the checks, with the state it shows. */
export interface CheckedSlide extends TourSlide {
  state: AtlasState;
  /** the slide has a view of its own (else the tour's first view is used) */
  hasView: boolean;
}

export const TOUR_LIMITS = {
  /** characters of the `tour` parameter */
  chars: 8000,
  slides: 40,
  /** characters of a slide's query string */
  query: 600,
  caption: 300,
} as const;

export const AUTOPLAY_RANGE = [2, 3600] as const;

/** What a slide may set: the tour's language, mode and base map are the page's, not each slide's. */
export const SLIDE_FIELDS = ['indicator', 'year', 'layers', 'area', 'view'] as const;

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** The slides' captions, trimmed; empty captions left out so they cost nothing in the link. */
function compact(slides: readonly TourSlide[]): TourSlide[] {
  return slides.map((s) => ({
    q: s.q,
    ...(s.zh?.trim() ? { zh: s.zh.trim() } : {}),
    ...(s.en?.trim() ? { en: s.en.trim() } : {}),
  }));
}

/** base64url of the UTF-8 JSON of the slides. */
export function encodeTour(slides: readonly TourSlide[]): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(compact(slides))));
}

export interface DecodedTour {
  /** slides well-formed as JSON (their states not yet checked) */
  slides: TourSlide[];
  /** what was wrong, in words; the slides that were fine are kept */
  problems: string[];
}

/** The `tour` parameter's JSON: every well-formed slide, and a problem for each one that is not. */
export function decodeTour(raw: string): DecodedTour {
  if (raw.length > TOUR_LIMITS.chars) return { slides: [], problems: [`too long (${raw.length} characters, at most ${TOUR_LIMITS.chars})`] };
  if (!/^[A-Za-z0-9_-]*$/.test(raw)) return { slides: [], problems: ['not base64url'] };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(raw)));
  } catch {
    return { slides: [], problems: ['not base64url of UTF-8 JSON'] };
  }
  if (!Array.isArray(json)) return { slides: [], problems: ['not a list of slides'] };
  const problems: string[] = [];
  const slides: TourSlide[] = [];
  json.forEach((item: unknown, i) => {
    const n = i + 1;
    if (i >= TOUR_LIMITS.slides) {
      if (i === TOUR_LIMITS.slides) problems.push(`slides ${n}–${json.length} left out (at most ${TOUR_LIMITS.slides})`);
      return;
    }
    const o = item as Record<string, unknown> | null;
    if (!o || typeof o !== 'object' || typeof o.q !== 'string') return problems.push(`slide ${n}: no query string q`);
    if (o.q.length > TOUR_LIMITS.query) return problems.push(`slide ${n}: query too long`);
    const slide: TourSlide = { q: o.q.replace(/^\?/, '') };
    for (const lang of ['zh', 'en'] as const) {
      const c = o[lang];
      if (c === undefined) continue;
      if (typeof c !== 'string') problems.push(`slide ${n}: caption ${lang} is not text`);
      else if (c.length > TOUR_LIMITS.caption) {
        problems.push(`slide ${n}: caption ${lang} cut to ${TOUR_LIMITS.caption} characters`);
        slide[lang] = c.slice(0, TOUR_LIMITS.caption);
      } else slide[lang] = c;
    }
    slides.push(slide);
  });
  return { slides, problems };
}

/**
 * A slide's state: its query string read like the page's URL, over the defaults. A slide with a bad parameter
 * is dropped (its caption would describe a view that is not shown) and named.
 */
export function checkSlides(slides: readonly TourSlide[], defaults: AtlasState, ctx: UrlContext): { slides: CheckedSlide[]; problems: string[] } {
  const problems: string[] = [];
  const out: CheckedSlide[] = [];
  slides.forEach((s, i) => {
    const r = parseUrlState(s.q, defaults, ctx);
    const bad = r.notices.filter((n) => (SLIDE_FIELDS as readonly string[]).includes(n.param));
    // a slide's parameters are joined by " · ", the tour's problems by "; " (reasonText translates each part)
    if (bad.length) return problems.push(`slide ${i + 1} left out: ${bad.map((n) => `${n.param} ${n.raw} (${n.reason})`).join(' · ')}`);
    out.push({ ...s, state: r.state, hasView: r.parsed.view.status === 'valid' });
  });
  return { slides: out, problems };
}

/** The part of a state a slide sets. */
export function slidePatch(s: CheckedSlide): Pick<AtlasState, (typeof SLIDE_FIELDS)[number]> {
  const { indicator, year, layers, area, view } = s.state;
  return { indicator, year, layers, area, view };
}

/** A slide for the current state: its query string as the app writes it, with the page's language and mode left out. */
export function slideOf(state: AtlasState, defaults: AtlasState, caption: { zh?: string; en?: string } = {}): TourSlide {
  const q = serializeUrlState({ ...state, lang: defaults.lang, mode: defaults.mode, basemap: defaults.basemap }, defaults);
  return { q, ...caption };
}

export interface TourParams {
  /** the slides from `tour` that passed; null when there is no `tour` parameter (or nothing in it was usable) */
  slides: CheckedSlide[] | null;
  /** 0-based index from `slide`; null when missing */
  index: number | null;
  /** seconds between slides; null when missing */
  autoplay: number | null;
  notices: ParamNotice[];
}

const cut = (raw: string) => (raw.length > 60 ? `${raw.slice(0, 60)}…` : raw);

/** Parse `tour`, `slide` and `autoplay` from a query string; each problem becomes a notice naming its parameter. */
export function parseTourParams(search: string, defaults: AtlasState, ctx: UrlContext, fallback: readonly CheckedSlide[]): TourParams {
  const params = new URLSearchParams(search);
  const notices: ParamNotice[] = [];
  let slides: CheckedSlide[] | null = null;
  const rawTour = params.get('tour');
  if (rawTour !== null) {
    const d = decodeTour(rawTour);
    const c = checkSlides(d.slides, defaults, ctx);
    const problems = [...d.problems, ...c.problems];
    // one notice for the parameter, naming every slide that was left out
    if (problems.length) notices.push({ param: 'tour', raw: cut(rawTour), reason: problems.join('; ') });
    slides = c.slides.length ? c.slides : null;
  }
  const count = (slides ?? fallback).length;
  let index: number | null = null;
  const rawSlide = params.get('slide');
  if (rawSlide !== null) {
    const n = /^\d{1,4}$/.test(rawSlide) ? Number(rawSlide) : NaN;
    if (n >= 1 && n <= count) index = n - 1;
    else notices.push({ param: 'slide', raw: cut(rawSlide), reason: `expected 1–${count}` });
  }
  let autoplay: number | null = null;
  const rawAuto = params.get('autoplay');
  if (rawAuto !== null) {
    const s = /^\d{1,4}(\.\d+)?$/.test(rawAuto) ? Number(rawAuto) : NaN;
    if (s >= AUTOPLAY_RANGE[0] && s <= AUTOPLAY_RANGE[1]) autoplay = s;
    else notices.push({ param: 'autoplay', raw: cut(rawAuto), reason: `expected seconds ${AUTOPLAY_RANGE[0]}–${AUTOPLAY_RANGE[1]}` });
  }
  return { slides, index, autoplay, notices };
}

/** `tour=…&slide=n[&autoplay=s]` for a playing tour; the built-in tour is not written out. */
export function tourQuery(p: { slides: readonly TourSlide[] | null; index: number | null; autoplay?: number | null }): string {
  const parts: string[] = [];
  if (p.slides?.length) parts.push(`tour=${encodeTour(p.slides)}`);
  if (p.index !== null) parts.push(`slide=${p.index + 1}`);
  if (p.autoplay) parts.push(`autoplay=${p.autoplay}`);
  return parts.join('&');
}

/** Editing: move slide i by delta (−1 up, +1 down); out of range is a no-op. */
export function moveSlide<T>(slides: readonly T[], i: number, delta: number): T[] {
  const j = i + delta;
  if (i < 0 || i >= slides.length || j < 0 || j >= slides.length) return [...slides];
  const out = [...slides];
  [out[i], out[j]] = [out[j], out[i]];
  return out;
}

export interface TourPlayerOptions {
  count: number;
  /** shows slide i (0-based) */
  show: (i: number) => void;
  /** ms between slides while autoplaying */
  interval?: number;
  /** after input paused autoplay, resume after this long without input (a kiosk left alone); 0 = never */
  resumeAfter?: number;
  onPlayingChange?: (playing: boolean) => void;
  schedule?: (fn: () => void, ms: number) => unknown;
  cancel?: (handle: unknown) => void;
}

/**
 * The player of a tour: next/previous/first/last by key, autoplay that loops (a kiosk), pauses on any input and
 * resumes when left alone. Timers are injected, so tests drive time by hand.
 */
export class TourPlayer {
  index: number;
  private timer: unknown = null;
  private idle: unknown = null;
  private wantsAutoplay = false;
  private o: Required<Omit<TourPlayerOptions, 'onPlayingChange'>> & Pick<TourPlayerOptions, 'onPlayingChange'>;

  constructor(opts: TourPlayerOptions, start = 0) {
    this.o = {
      interval: 8000, resumeAfter: 0,
      schedule: (fn, ms) => setTimeout(fn, ms),
      cancel: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      ...opts,
    };
    this.index = Math.min(Math.max(0, start), Math.max(0, opts.count - 1));
  }

  get playing(): boolean { return this.timer !== null; }

  goto(i: number) {
    const c = Math.min(this.o.count - 1, Math.max(0, i));
    if (c === this.index || this.o.count === 0) return;
    this.index = c;
    this.o.show(c);
  }
  next() { this.goto(this.index + 1); }
  prev() { this.goto(this.index - 1); }
  first() { this.goto(0); }
  last() { this.goto(this.o.count - 1); }

  /** Handle a key; true when it was the player's. Any key pauses autoplay. */
  key(key: string, shift = false): boolean {
    const action = ({
      ArrowRight: () => this.next(), PageDown: () => this.next(), ' ': () => (shift ? this.prev() : this.next()),
      ArrowLeft: () => this.prev(), PageUp: () => this.prev(), Home: () => this.first(), End: () => this.last(),
    } as Record<string, () => void>)[key];
    this.input();
    action?.();
    return !!action;
  }

  play() {
    this.wantsAutoplay = true;
    this.clearIdle();
    if (this.playing || this.o.count < 2) return;
    this.timer = this.o.schedule(() => this.tick(), this.o.interval);
    this.o.onPlayingChange?.(true);
  }

  /** Stop autoplay for good (the pause button). */
  pause() {
    this.wantsAutoplay = false;
    this.clearIdle();
    this.stopTimer();
  }

  /** Any input: autoplay pauses, and resumes after `resumeAfter` without input. */
  input() {
    if (!this.wantsAutoplay) return;
    this.stopTimer();
    this.clearIdle();
    if (this.o.resumeAfter > 0) {
      this.idle = this.o.schedule(() => {
        this.idle = null;
        this.play();
      }, this.o.resumeAfter);
    }
  }

  dispose() {
    this.clearIdle();
    this.stopTimer();
  }

  private stopTimer() {
    if (!this.playing) return;
    this.o.cancel(this.timer);
    this.timer = null;
    this.o.onPlayingChange?.(false);
  }

  private clearIdle() {
    if (this.idle === null) return;
    this.o.cancel(this.idle);
    this.idle = null;
  }

  private tick() {
    this.timer = null;
    // a kiosk loops: after the last slide, the first
    this.index = (this.index + 1) % this.o.count;
    this.o.show(this.index);
    this.timer = this.o.schedule(() => this.tick(), this.o.interval);
  }
}
