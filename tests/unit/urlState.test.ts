import { describe, expect, it } from 'vitest';
import { mapHints, parseUrlState, serializeUrlState, type AtlasState, type UrlContext } from '../../src/lib/urlState.ts';
import { readFileSync } from 'node:fs';
import { boundsOf } from '../../src/lib/bounds.ts';

const defaults: AtlasState = {
  indicator: 'coal_total', year: 2020, layers: ['labels', 'rivers'], area: '',
  view: { lon: 113.75, lat: 34.05, zoom: 8.6, bearing: 0, pitch: 0 }, lang: 'zh', mode: 'normal', basemap: 'none',
  reader: '',
  symbol: '', change: 0, measure: 'abs', panel: '', topic: '', doc: '',
};
const ctx: UrlContext = {
  indicators: new Set(['coal_total', 'fire_new_stations_total']),
  layers: ['labels', 'rivers', 'fire_station', 'wetland'],
  selectable: new Set(['411002', 'XC-DCQ', 'fire-upgrade-01']),
};

describe('URL codec', () => {
  it('writes nothing for the default state and reads it back', () => {
    expect(serializeUrlState(defaults, defaults)).toBe('');
    const r = parseUrlState('', defaults, ctx);
    expect(r.state).toEqual(defaults);
    expect(r.notices).toEqual([]);
  });
  it('round-trips a full state, writing only what differs', () => {
    const s: AtlasState = { ...defaults, indicator: 'fire_new_stations_total', year: 2025, layers: ['labels', 'fire_station'],
      area: 'XC-DCQ', view: { lon: 113.8123456, lat: 34.0212, zoom: 10.257, bearing: 20, pitch: 40 }, lang: 'en', mode: 'present', basemap: 'osm' };
    const q = serializeUrlState(s, defaults);
    expect(q).toBe('indicator=fire_new_stations_total&year=2025&layers=labels~fire_station&area=XC-DCQ&view=113.8123,34.0212,10.26,20,40&lang=en&mode=present&basemap=osm');
    const back = parseUrlState(`?${q}`, defaults, ctx);
    expect(back.notices).toEqual([]);
    expect(back.state).toMatchObject({ ...s, layers: ['labels', 'fire_station'], view: { lon: 113.8123, lat: 34.0212, zoom: 10.26, bearing: 20, pitch: 40 } });
  });
  it('falls back to the default for each invalid parameter and names it', () => {
    const r = parseUrlState('?year=2031&indicator=nope&layers=labels~bogus&view=1,2&lang=fr&mode=x&basemap=google&area=999999', defaults, ctx);
    expect(r.state).toEqual(defaults);
    expect(r.notices.map((n) => n.param)).toEqual(['indicator', 'year', 'layers', 'area', 'view', 'lang', 'mode', 'basemap']);
  });
  it('keeps valid parameters when others are invalid', () => {
    const r = parseUrlState('?year=2023&view=abc', defaults, ctx);
    expect(r.state.year).toBe(2023);
    expect(r.parsed.view.status).toBe('invalid');
    expect(r.parsed.lang.status).toBe('missing');
  });
  it('survives hostile input without throwing', () => {
    const hostile = [
      '?year=<script>alert(1)</script>', '?indicator=%E0%A4%A', '?view=NaN,NaN,NaN', '?view=1e400,1,1', `?layers=${'a~'.repeat(5000)}`,
      '?year=2020.5', '?year=02020', '?view=113,34,8,999,0', '?area=<img src=x onerror=alert(1)>', '?%%%%', '?year=&year=2021',
      '?view=113.7,34,8,0,-5', '?mode=__proto__', '?indicator=constructor',
    ];
    for (const h of hostile) {
      const r = parseUrlState(h, defaults, ctx);
      expect(ctx.indicators.has(r.state.indicator)).toBe(true);
      expect(r.state.year).toBeGreaterThanOrEqual(2019);
      expect(r.state.year).toBeLessThanOrEqual(2025);
      for (const n of r.notices) expect(n.raw.length).toBeLessThanOrEqual(61);
    }
    expect(parseUrlState('?year=<script>', defaults, ctx).notices[0]).toMatchObject({ param: 'year', raw: '<script>' });
    expect(parseUrlState('?mode=__proto__', defaults, ctx).state.mode).toBe('normal');
  });
  it('accepts an empty layers parameter as "no layers"', () => {
    expect(parseUrlState('?layers=', defaults, ctx).state.layers).toEqual([]);
    expect(serializeUrlState({ ...defaults, layers: [] }, defaults)).toBe('layers=');
  });
});

describe('mapHints: what the map starts from before the data is in', () => {
  it('reads the view, base map, layout and language the full parse would read', () => {
    const q = 'view=113.8,34.1,9.5,10,30&basemap=osm&layers=labels~extrude&mode=present&lang=en';
    const h = mapHints(q, defaults);
    expect(h).toEqual({ view: { lon: 113.8, lat: 34.1, zoom: 9.5, bearing: 10, pitch: 30 }, mode: 'present', lang: 'en', online: true, rivers: false, extrude: true });
    const full = parseUrlState(q, defaults, { ...ctx, layers: [...ctx.layers, 'extrude'] }).state;
    expect([h.view, h.mode, h.lang, h.online]).toEqual([full.view, full.mode, full.lang, full.basemap === 'osm']);
  });

  it('falls back to the defaults for anything missing or malformed, and never throws', () => {
    expect(mapHints('', defaults)).toEqual({ view: null, mode: 'normal', lang: 'zh', online: false, rivers: true, extrude: false });
    for (const q of ['view=abc&mode=<script>&lang=fr&basemap=OSM', '%E0%A4%A', `view=${'9'.repeat(5000)}`, 'view=200,100,3']) {
      const h = mapHints(q, defaults);
      expect(h.view).toBeNull();
      expect(h.mode).toBe('normal');
      expect(h.lang).toBe('zh');
      expect(h.online).toBe(false);
    }
  });
});

describe('boundsOf: the first view of the map, computed at build time', () => {
  it('encloses every county vertex, and is inside the limits a view may have', () => {
    const fc = JSON.parse(readFileSync('geo/xuchang_counties.geojson', 'utf8'));
    const [[w, s], [e, n]] = boundsOf(fc);
    expect(w).toBeLessThan(e);
    expect(s).toBeLessThan(n);
    const coords = JSON.stringify(fc.features.map((f: { geometry: unknown }) => f.geometry)).match(/-?\d+\.\d+,-?\d+\.\d+/g)!;
    for (const c of coords) {
      const [x, y] = c.split(',').map(Number);
      expect(x >= w && x <= e && y >= s && y <= n).toBe(true);
    }
    expect(w > 108 && e < 119 && s > 30 && n < 38).toBe(true);
  });
});

describe('URL codec: the instrument (symbol, change, measure, panel, topic, doc)', () => {
  const ictx: UrlContext = { ...ctx, topics: new Set(['coal', 'health']), docIds: new Set(['许政〔2019〕2号']) };
  it('round-trips the instrument parameters, writing only what differs', () => {
    const s: AtlasState = { ...defaults, symbol: 'fire_new_stations_total', change: 2015, measure: 'pct', panel: 'calendar', topic: 'health', doc: '许政〔2019〕2号' };
    const q = serializeUrlState(s, defaults);
    expect(q).toContain('symbol=fire_new_stations_total&change=2015&measure=pct&panel=calendar&topic=health&doc=');
    const back = parseUrlState(`?${q}`, defaults, ictx);
    expect(back.notices).toEqual([]);
    expect(back.state).toEqual(s);
  });
  it('names each bad instrument parameter and keeps the rest', () => {
    const r = parseUrlState('symbol=nope&change=15&measure=ratio&panel=gantt&topic=mars&doc=X&year=2025', defaults, ictx);
    expect(r.notices.map((n) => n.param)).toEqual(['symbol', 'change', 'measure', 'panel', 'topic', 'doc']);
    expect(r.state).toMatchObject({ symbol: '', change: 0, measure: 'abs', panel: '', topic: '', doc: '', year: 2025 });
    expect(parseUrlState('change=1999', defaults, ictx).notices[0]).toMatchObject({ param: 'change' });
    expect(parseUrlState('change=2015', defaults, ictx).state.change).toBe(2015);
  });
});
