import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseStyle, LAND_FILL, MAP_BACKGROUND } from '../../src/lib/baseStyle.ts';
import { countyPaint, cssColour, isHatched } from '../../src/lib/choropleth.ts';
import { NO_DATA, type ColourScale } from '../../src/lib/scales.ts';
import type { AreaValue } from '../../src/lib/view.ts';

// baseStyle resolves file names against document.baseURI; give it one outside the browser
(globalThis as unknown as { document: { baseURI: string } }).document ??= { baseURI: 'http://localhost/atlas/' };

type Style = ReturnType<typeof baseStyle>;
const ids = (s: Style) => s.layers.map((l) => l.id);
const layer = (s: Style, id: string) => s.layers.find((l) => l.id === id) as unknown as Record<string, Record<string, unknown>> & { filter?: unknown };

describe('base style drawing the flat choropleth', () => {
  const flat = baseStyle('geo/', { online: false, rivers: true, choropleth: true });

  it('fills the counties from feature state keyed by adcode', () => {
    expect((flat.sources.counties as { promoteId?: string }).promoteId).toBe('adcode');
    expect(JSON.stringify(layer(flat, 'counties-fill').paint['fill-color'])).toContain('"feature-state","fill"');
  });

  it('offline, draws no layer over the whole map: the land is the background the container shows through the canvas', () => {
    const withPrefectures = baseStyle('geo/', { online: false, rivers: true, choropleth: true, prefectures: true });
    expect(MAP_BACKGROUND).toBe(LAND_FILL);
    expect(withPrefectures.layers.map((l) => l.type)).not.toContain('background');
    expect(ids(withPrefectures)).not.toContain('prefectures-fill');
    expect(ids(withPrefectures)).toContain('prefectures-line');
  });

  it('the open build (no prefecture file) asks for no prefecture source and draws no prefecture layer', () => {
    expect(existsSync('geo/henan_prefectures.geojson')).toBe(false);
    for (const online of [false, true]) {
      const s = baseStyle('geo/', { online, rivers: true, choropleth: true });
      expect(Object.keys(s.sources)).not.toContain('prefectures');
      expect(ids(s).filter((id) => id.startsWith('prefectures'))).toEqual([]);
    }
  });

  it('online, lightens the land over the tiles but leaves Xuchang to the choropleth (DataV build)', () => {
    const online = baseStyle('geo/', { online: true, rivers: true, choropleth: true, prefectures: true });
    expect(ids(online).indexOf('prefectures-fill')).toBeGreaterThan(ids(online).indexOf('osm'));
    expect(layer(online, 'prefectures-fill').filter).toEqual(['!=', ['get', 'adcode'], '411000']);
  });

  it('draws fill, hatching, borders and the selection outline in that order, the outline last', () => {
    const order = ['counties-fill', 'counties-hatch', 'counties-line', 'counties-selected'].map((id) => ids(flat).indexOf(id));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(ids(flat).at(-1)).toBe('counties-selected');
    expect(JSON.stringify(layer(flat, 'counties-hatch').paint['fill-opacity'])).toContain('"hatched"');
  });

  it('outlines exactly the selected county, by filter, and none when nothing is selected', () => {
    const selected = baseStyle('geo/', { online: false, rivers: true, choropleth: true, selected: '411023' });
    expect(layer(selected, 'counties-selected').filter).toEqual(['==', ['get', 'adcode'], '411023']);
    expect(layer(flat, 'counties-selected').filter).toEqual(['==', ['get', 'adcode'], '']);
  });

  it('varies paint by feature only for the fill colour and the hatching (each such combination is a shader program)', () => {
    const dataDriven = flat.layers.flatMap((l) => Object.entries((l as { paint?: Record<string, unknown> }).paint ?? {})
      .filter(([, v]) => Array.isArray(v)).map(([k]) => `${l.id}.${k}`));
    expect(dataDriven).toEqual(['counties-fill.fill-color', 'counties-hatch.fill-opacity']);
    for (const id of ['counties-fill', 'counties-hatch']) expect(layer(flat, id).paint['fill-antialias']).toBe(false);
  });

  it('draws the main rivers wider than the others, and both follow the rivers switch', () => {
    expect(layer(flat, 'rivers').filter).toEqual(['!=', ['get', 'wdb_level'], 1]);
    expect(layer(flat, 'rivers-main').filter).toEqual(['==', ['get', 'wdb_level'], 1]);
    expect(layer(flat, 'rivers-main').paint['line-width']).toBeGreaterThan(layer(flat, 'rivers').paint['line-width'] as number);
    const off = baseStyle('geo/', { online: false, rivers: false, choropleth: true });
    for (const id of ['rivers', 'rivers-main']) {
      expect(layer(flat, id).layout.visibility).toBe('visible');
      expect(layer(off, id).layout.visibility).toBe('none');
    }
  });

  it('shows paint changes at once (no fade)', () => {
    expect(flat.transition).toEqual({ duration: 0, delay: 0 });
  });
});

describe('base style under 3D columns', () => {
  const under = baseStyle('geo/', { online: true, rivers: false, choropleth: false, prefectures: true });
  it('leaves fill, hatching and selection to deck.gl and keeps the raster tiles', () => {
    expect(ids(under)[0]).toBe('osm');
    for (const id of ['counties-fill', 'counties-hatch', 'counties-selected']) expect(ids(under)).not.toContain(id);
    expect(layer(under, 'prefectures-fill').filter).toBeUndefined();
    expect(ids(under)).toContain('osm');
  });
});

describe('countyPaint', () => {
  const scale = { colourOf: (x: number) => (x > 10 ? [37, 52, 148] : [255, 255, 204]) } as unknown as ColourScale;
  const v = (area_code: string, value: number, kind: string, status = 'current') =>
    ({ area_code, status, row: { value, kind, year: 2020 } }) as unknown as AreaValue;
  const values = new Map([
    ['411002', v('411002', 20, 'actual')],
    ['411023', v('411023', 5, 'target')],
    ['411081', v('411081', 20, 'actual', 'expired')],
  ]);
  const paint = countyPaint(['411002', '411023', '411081', '411025'], values, scale, '411023');

  it('colours each county by its value, mutes expired values and greys counties without data', () => {
    expect(paint['411002'].fill).toBe(cssColour([37, 52, 148, 235]));
    expect(paint['411023'].fill).toBe(cssColour([255, 255, 204, 235]));
    expect(paint['411081'].fill).toBe(cssColour([37, 52, 148, 110]));
    expect(paint['411025'].fill).toBe(cssColour([...NO_DATA, 200]));
  });

  it('hatches targets only and selects exactly the selected county', () => {
    expect(Object.entries(paint).filter(([, p]) => p.hatched).map(([k]) => k)).toEqual(['411023']);
    expect(Object.entries(paint).filter(([, p]) => p.selected).map(([k]) => k)).toEqual(['411023']);
  });

  it('writes CSS colours MapLibre can parse', () => {
    expect(cssColour([37, 52, 148, 235])).toBe('rgba(37, 52, 148, 0.922)');
  });
});

describe('isHatched', () => {
  const v = (kind: string) => ({ row: { kind } }) as never;
  it('marks targets and plans, not actual values or missing ones', () => {
    expect(isHatched(v('target'))).toBe(true);
    expect(isHatched(v('plan'))).toBe(true);
    expect(isHatched(v('actual'))).toBe(false);
    expect(isHatched(undefined)).toBe(false);
  });
});
