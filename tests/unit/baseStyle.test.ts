import { describe, expect, it } from 'vitest';
import { baseStyle } from '../../src/lib/baseStyle.ts';
import { isHatched } from '../../src/lib/layers.ts';

// baseStyle resolves file names against document.baseURI; give it one outside the browser
(globalThis as unknown as { document: { baseURI: string } }).document ??= { baseURI: 'http://localhost/atlas/' };

const ids = (s: ReturnType<typeof baseStyle>) => s.layers.map((l) => l.id);
const layer = (s: ReturnType<typeof baseStyle>, id: string) => s.layers.find((l) => l.id === id) as unknown as Record<string, unknown>;

describe('base style over the choropleth', () => {
  const over = baseStyle('geo/', { online: false, rivers: true, over: true, selected: '411081', hatched: ['411023', '411081'] });

  it('has no background and leaves Xuchang unfilled, so the choropleth under it shows', () => {
    expect(ids(over)).not.toContain('background');
    expect(layer(over, 'prefectures-fill').filter).toEqual(['!=', ['get', 'adcode'], '411000']);
  });

  it('hatches exactly the counties given, under the borders', () => {
    expect(layer(over, 'counties-hatch').filter).toEqual(['in', ['get', 'adcode'], ['literal', ['411023', '411081']]]);
    expect(ids(over).indexOf('counties-hatch')).toBeLessThan(ids(over).indexOf('counties-line'));
  });

  it('outlines the selected county last, on top of every border', () => {
    expect(layer(over, 'counties-selected').filter).toEqual(['==', ['get', 'adcode'], '411081']);
    expect(ids(over).at(-1)).toBe('counties-selected');
  });
});

describe('base style under the choropleth (3D columns or raster tiles)', () => {
  const under = baseStyle('geo/', { online: true, rivers: false, over: false, selected: '411081', hatched: ['411081'] });
  it('keeps its background and leaves hatching and selection to deck.gl', () => {
    expect(ids(under)[0]).toBe('background');
    expect(ids(under)).not.toContain('counties-hatch');
    expect(ids(under)).not.toContain('counties-selected');
    expect(layer(under, 'prefectures-fill').filter).toBeUndefined();
    expect(ids(under)).toContain('osm');
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
