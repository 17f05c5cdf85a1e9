/**
 * The URL codec. The query string holds the whole map state; each parameter parses to valid / invalid /
 * missing. Invalid parameters fall back to the default and are reported so the app can say which one was
 * ignored. Only values that differ from the defaults are written back. Pure: no DOM, no globals.
 */
import { parseReaderParam } from './docText.ts';
import type { Doc } from './model.ts';

export const YEAR_MIN = 2019;
export const YEAR_MAX = 2025;
export type Lang = 'zh' | 'en';
export type Mode = 'normal' | 'present' | 'embed';
export type Basemap = 'none' | 'osm';
/** change maps: the change as an absolute difference or as % of the base value */
export type Measure = 'abs' | 'pct';
/** the instrument's panels: progress against targets, the targets' calendar, the documents' revisions */
export type Panel = '' | 'barometer' | 'calendar' | 'revisions';
export const PANELS: readonly Panel[] = ['barometer', 'calendar', 'revisions'];
/** base years of change maps: the documents' baselines go back to 2015 (and a few earlier) */
export const BASE_YEAR_MIN = 2000;

export interface View {
  lon: number;
  lat: number;
  zoom: number;
  bearing: number;
  pitch: number;
}

export interface AtlasState {
  indicator: string;
  year: number;
  /** visible layer ids, kept in the order of the known layer list */
  layers: string[];
  /** selected area code or place id; '' for none */
  area: string;
  view: View;
  lang: Lang;
  mode: Mode;
  basemap: Basemap;
  /** the source reader's document line, "<seed file stem>:<line>"; '' when the reader is closed */
  reader: string;
  /** a second indicator drawn over the fill as proportional symbols; '' for none */
  symbol: string;
  /** base year of a change map (fill = change from this year to `year`); 0 for none */
  change: number;
  measure: Measure;
  panel: Panel;
  /** topic of the barometer and filter of the calendar; '' for all (the barometer then shows coal) */
  topic: string;
  /** document filter of the calendar; '' for all */
  doc: string;
}

export type Parsed<T> = { status: 'valid'; value: T } | { status: 'invalid'; raw: string; reason: string } | { status: 'missing' };

export interface UrlContext {
  indicators: ReadonlySet<string>;
  layers: readonly string[];
  /** area codes and place ids that can be selected */
  selectable: ReadonlySet<string>;
  /** the documents (data/documents.csv): a reader link must point into one */
  docs?: readonly Doc[];
  topics?: ReadonlySet<string>;
  /** document numbers the calendar can be filtered by */
  docIds?: ReadonlySet<string>;
}

export interface ParamNotice {
  param: string;
  /** the raw value, cut to a readable length; display as text only */
  raw: string;
  reason: string;
}

export const PARAMS = [
  'indicator', 'year', 'layers', 'area', 'view', 'lang', 'mode', 'basemap', 'reader', 'symbol', 'change', 'measure', 'panel',
  'topic', 'doc',
] as const;
const MAX_RAW = 300;
/** Xuchang and its surroundings: a view outside this is not a view of the atlas */
const VIEW_LIMITS = { lon: [108, 119], lat: [30, 38], zoom: [5, 16], bearing: [-180, 180], pitch: [0, 60] } as const;

const invalid = <T>(raw: string, reason: string): Parsed<T> => ({ status: 'invalid', raw, reason });

export function parseYear(raw: string): Parsed<number> {
  if (!/^\d{4}$/.test(raw)) return invalid(raw, `not a year (${YEAR_MIN}–${YEAR_MAX})`);
  const y = Number(raw);
  return y >= YEAR_MIN && y <= YEAR_MAX ? { status: 'valid', value: y } : invalid(raw, `outside ${YEAR_MIN}–${YEAR_MAX}`);
}

export function parseBaseYear(raw: string): Parsed<number> {
  if (!/^\d{4}$/.test(raw)) return invalid(raw, `not a year (${BASE_YEAR_MIN}–${YEAR_MAX})`);
  const y = Number(raw);
  return y >= BASE_YEAR_MIN && y <= YEAR_MAX ? { status: 'valid', value: y } : invalid(raw, `outside ${BASE_YEAR_MIN}–${YEAR_MAX}`);
}

export function parseView(raw: string): Parsed<View> {
  const parts = raw.split(',');
  if (parts.length !== 3 && parts.length !== 5) return invalid(raw, 'expected lon,lat,zoom[,bearing,pitch]');
  if (!parts.every((p) => /^-?\d+(\.\d+)?$/.test(p))) return invalid(raw, 'not numbers');
  const [lon, lat, zoom, bearing = 0, pitch = 0] = parts.map(Number);
  const v = { lon, lat, zoom, bearing, pitch };
  for (const k of Object.keys(VIEW_LIMITS) as (keyof View)[]) {
    const [lo, hi] = VIEW_LIMITS[k];
    if (v[k] < lo || v[k] > hi) return invalid(raw, `${k} outside ${lo}…${hi}`);
  }
  return { status: 'valid', value: v };
}

function parseEnum<T extends string>(raw: string, allowed: readonly T[]): Parsed<T> {
  return (allowed as readonly string[]).includes(raw) ? { status: 'valid', value: raw as T } : invalid(raw, `expected ${allowed.join(' or ')}`);
}

export function parseLayers(raw: string, known: readonly string[]): Parsed<string[]> {
  if (raw === '') return { status: 'valid', value: [] };
  const ids = raw.split('~');
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length) return invalid(raw, `unknown layer ${unknown.slice(0, 3).join(', ')}`);
  return { status: 'valid', value: known.filter((k) => ids.includes(k)) };
}

export interface ParseResult {
  state: AtlasState;
  parsed: Record<(typeof PARAMS)[number], Parsed<unknown>>;
  notices: ParamNotice[];
}

/** Parse a query string ("?a=b&…" or "a=b&…") against the defaults and what the data knows. */
export function parseUrlState(search: string, defaults: AtlasState, ctx: UrlContext): ParseResult {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const get = (k: string) => params.get(k);
  const one = <T>(k: string, parse: (raw: string) => Parsed<T>): Parsed<T> => {
    const raw = get(k);
    if (raw === null) return { status: 'missing' };
    if (raw.length > MAX_RAW) return invalid(raw, 'too long');
    return parse(raw);
  };
  const parsed = {
    indicator: one('indicator', (r) => (ctx.indicators.has(r) ? { status: 'valid', value: r } : invalid<string>(r, 'unknown indicator'))),
    year: one('year', parseYear),
    layers: one('layers', (r) => parseLayers(r, ctx.layers)),
    area: one('area', (r) => (r === '' || ctx.selectable.has(r) ? { status: 'valid', value: r } : invalid<string>(r, 'unknown area or place'))),
    view: one('view', parseView),
    lang: one('lang', (r) => parseEnum(r, ['zh', 'en'] as const)),
    mode: one('mode', (r) => parseEnum(r, ['present', 'embed', 'normal'] as const)),
    basemap: one('basemap', (r) => parseEnum(r, ['osm', 'none'] as const)),
    reader: one('reader', (r) => {
      const p = parseReaderParam(r, ctx.docs ?? []);
      return p.ok ? { status: 'valid', value: r } : invalid<string>(r, p.reason);
    }),
    symbol: one('symbol', (r) => (r === '' || ctx.indicators.has(r) ? { status: 'valid', value: r } : invalid<string>(r, 'unknown indicator'))),
    change: one('change', parseBaseYear),
    measure: one('measure', (r) => parseEnum(r, ['abs', 'pct'] as const)),
    panel: one('panel', (r) => parseEnum(r, PANELS)),
    topic: one('topic', (r) => (!ctx.topics || ctx.topics.has(r) ? { status: 'valid', value: r } : invalid<string>(r, 'unknown topic'))),
    doc: one('doc', (r) => (!ctx.docIds || ctx.docIds.has(r) ? { status: 'valid', value: r } : invalid<string>(r, 'unknown document'))),
  };
  const pick = <T>(p: Parsed<T>, d: T): T => (p.status === 'valid' ? p.value : d);
  const state: AtlasState = {
    indicator: pick(parsed.indicator, defaults.indicator),
    year: pick(parsed.year, defaults.year),
    layers: pick(parsed.layers, defaults.layers),
    area: pick(parsed.area, defaults.area),
    view: pick(parsed.view, defaults.view),
    lang: pick(parsed.lang, defaults.lang),
    mode: pick(parsed.mode, defaults.mode),
    basemap: pick(parsed.basemap, defaults.basemap),
    reader: pick(parsed.reader, defaults.reader),
    symbol: pick(parsed.symbol, defaults.symbol),
    change: pick(parsed.change, defaults.change),
    measure: pick(parsed.measure, defaults.measure),
    panel: pick(parsed.panel, defaults.panel),
    topic: pick(parsed.topic, defaults.topic),
    doc: pick(parsed.doc, defaults.doc),
  };
  const notices: ParamNotice[] = [];
  for (const k of PARAMS) {
    const p = parsed[k];
    if (p.status === 'invalid') notices.push({ param: k, raw: p.raw.length > 60 ? `${p.raw.slice(0, 60)}…` : p.raw, reason: p.reason });
  }
  return { state, parsed, notices };
}

const round = (x: number, d: number) => String(Number(x.toFixed(d)));
export const formatView = (v: View) =>
  [round(v.lon, 4), round(v.lat, 4), round(v.zoom, 2), ...(v.bearing || v.pitch ? [round(v.bearing, 1), round(v.pitch, 1)] : [])].join(',');

/** Only what differs from the defaults, in a fixed parameter order; '' when everything is default. */
export function serializeUrlState(state: AtlasState, defaults: AtlasState): string {
  const out = new URLSearchParams();
  if (state.indicator !== defaults.indicator) out.set('indicator', state.indicator);
  if (state.year !== defaults.year) out.set('year', String(state.year));
  if (state.layers.join('~') !== defaults.layers.join('~')) out.set('layers', state.layers.join('~'));
  if (state.area !== defaults.area) out.set('area', state.area);
  if (formatView(state.view) !== formatView(defaults.view)) out.set('view', formatView(state.view));
  if (state.lang !== defaults.lang) out.set('lang', state.lang);
  if (state.mode !== defaults.mode) out.set('mode', state.mode);
  if (state.basemap !== defaults.basemap) out.set('basemap', state.basemap);
  if (state.reader !== defaults.reader) out.set('reader', state.reader);
  if (state.symbol !== defaults.symbol) out.set('symbol', state.symbol);
  if (state.change !== defaults.change) out.set('change', String(state.change));
  if (state.measure !== defaults.measure) out.set('measure', state.measure);
  if (state.panel !== defaults.panel) out.set('panel', state.panel);
  if (state.topic !== defaults.topic) out.set('topic', state.topic);
  if (state.doc !== defaults.doc) out.set('doc', state.doc);
  // "~" and "," are safe in a query and read better unescaped
  return out.toString().replace(/%7E/gi, '~').replace(/%2C/gi, ',');
}

/** The part of the URL the map needs to start (see mapHints). */
export interface MapHints {
  view: View | null;
  /** the page's layout and the language of the map's credit line */
  mode: Mode;
  lang: Lang;
  online: boolean;
  rivers: boolean;
  extrude: boolean;
}

/** a parameter's raw value, or null (absent, too long, or a query that cannot be read) */
function lenientReader(search: string): (k: string) => string | null {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  return (k) => {
    const v = params.get(k);
    return v === null || v.length > MAX_RAW ? null : v;
  };
}

/** The layers a link asks for, read leniently as mapHints reads it (before the data: not checked against it). */
export function layersHint(search: string, defaults: AtlasState): string[] {
  return lenientReader(search)('layers')?.split('~') ?? defaults.layers;
}

/**
 * What the map needs to start before the data has loaded (the full parse checks indicators, layers and places
 * against the data): the view and the base map's switches. Read leniently; the full parse, once the data is
 * in, decides and reports what was wrong, and the map follows it.
 */
export function mapHints(search: string, defaults: AtlasState): MapHints {
  const raw = lenientReader(search);
  const view = raw('view');
  const parsedView = view === null ? null : parseView(view);
  const layers = layersHint(search, defaults);
  const oneOf = <T extends string>(k: string, allowed: readonly T[], d: T): T => {
    const v = raw(k);
    return v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : d;
  };
  return {
    view: parsedView?.status === 'valid' ? parsedView.value : null,
    mode: oneOf('mode', ['present', 'embed', 'normal'] as const, defaults.mode),
    lang: oneOf('lang', ['zh', 'en'] as const, defaults.lang),
    online: (raw('basemap') ?? defaults.basemap) === 'osm',
    rivers: layers.includes('rivers'),
    extrude: layers.includes('extrude'),
  };
}
