// The map context's queue of style additions and its readiness account, against a stand-in for MapLibre's map
// that has only what the context uses: events, a style object with `_loaded`, setStyle.
import { describe, expect, test } from 'vitest';
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { MapContext } from '../../src/map/mapContext.svelte.ts';

type Listener = (e?: unknown) => void;
class FakeMap {
  style = { _loaded: false };
  setStyleCalls: { style: StyleSpecification; options: Record<string, unknown> }[] = [];
  private listeners = new Map<string, Listener[]>();
  on(type: string, fn: Listener) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), fn]);
    return this;
  }
  off(type: string, fn: Listener) {
    this.listeners.set(type, (this.listeners.get(type) ?? []).filter((f) => f !== fn));
    return this;
  }
  once(type: string, fn: Listener) {
    const wrapped: Listener = (e) => { this.off(type, wrapped); fn(e); };
    return this.on(type, wrapped);
  }
  fire(type: string) {
    for (const fn of this.listeners.get(type) ?? []) fn({ type });
  }
  listenerCount() {
    return [...this.listeners.values()].reduce((n, l) => n + l.length, 0);
  }
  /** frames asked for (awaitIdle asks for one, so an 'idle' comes even if the map was idle already) */
  repaints = 0;
  triggerRepaint() {
    this.repaints += 1;
  }
  setStyle(style: StyleSpecification, options: Record<string, unknown>) {
    this.setStyleCalls.push({ style, options });
  }
  /** MapLibre loading a style: `_loaded`, then 'style.load' (also fired after a diff is applied) */
  loadStyle() {
    this.style._loaded = true;
    this.fire('style.load');
  }
  /** MapLibre replacing its style (setStyle without a diff): a new style object, not loaded yet */
  replaceStyle() {
    this.style = { _loaded: false };
    this.fire('styledataloading');
  }
}

function setup(onready: (ready: boolean) => void = () => {}) {
  const fake = new FakeMap();
  const ctx = new MapContext(onready);
  const release = ctx.attach(fake as unknown as MapLibreMap);
  return { fake, ctx, release };
}

describe('whenStyleReady: additions wait for the style', () => {
  test('additions made before the style is loaded run once it is, in the order they were made, none lost', () => {
    const { fake, ctx } = setup();
    const ran: string[] = [];
    const made = Array.from({ length: 12 }, (_, i) => `addition ${i}`);
    made.forEach((name, i) => ctx.whenStyleReady(() => ran.push(name), { eachStyle: i % 3 === 0 }));
    expect(ran).toEqual([]);
    expect(ctx.styleLoaded).toBe(false);
    fake.loadStyle();
    expect(ctx.styleLoaded).toBe(true);
    expect(ran).toEqual(made);
  });

  test('each task is given the map', () => {
    const { fake, ctx } = setup();
    const given: unknown[] = [];
    ctx.whenStyleReady((m) => given.push(m));
    fake.loadStyle();
    ctx.whenStyleReady((m) => given.push(m));
    expect(given).toEqual([fake, fake]);
  });

  test('once the style is loaded, an addition runs at once; a one-off runs only once', () => {
    const { fake, ctx } = setup();
    fake.loadStyle();
    const ran: string[] = [];
    ctx.whenStyleReady(() => ran.push('now'));
    expect(ran).toEqual(['now']);
    fake.loadStyle();
    expect(ran).toEqual(['now']);
  });

  test('a map whose style is already loaded when attached runs additions at once', () => {
    const fake = new FakeMap();
    fake.style._loaded = true;
    const ctx = new MapContext();
    ctx.attach(fake as unknown as MapLibreMap);
    const ran: number[] = [];
    ctx.whenStyleReady(() => ran.push(1));
    expect(ran).toEqual([1]);
  });

  test('eachStyle additions run again with a replaced style and after a diff; one-offs do not', () => {
    const { fake, ctx } = setup();
    const ran: string[] = [];
    ctx.whenStyleReady(() => ran.push('image'), { eachStyle: true });
    ctx.whenStyleReady(() => ran.push('once'));
    fake.loadStyle();
    expect(ran).toEqual(['image', 'once']);
    fake.replaceStyle();
    expect(ctx.styleLoaded).toBe(false);
    // made while the new style loads: waits for it
    ctx.whenStyleReady(() => ran.push('during rebuild'));
    expect(ran).toEqual(['image', 'once']);
    fake.loadStyle();
    expect(ran).toEqual(['image', 'once', 'image', 'during rebuild']);
    fake.fire('style.load');
    expect(ran).toEqual(['image', 'once', 'image', 'during rebuild', 'image']);
  });

  test('a cancelled addition does not run; the others still do, in order', () => {
    const { fake, ctx } = setup();
    const ran: number[] = [];
    const cancels = [1, 2, 3, 4].map((n) => ctx.whenStyleReady(() => ran.push(n), { eachStyle: n === 4 }));
    cancels[1]();
    fake.loadStyle();
    expect(ran).toEqual([1, 3, 4]);
    cancels[3]();
    fake.loadStyle();
    expect(ran).toEqual([1, 3, 4]);
  });

  test('an addition made by a running addition is not lost', () => {
    const { fake, ctx } = setup();
    const ran: string[] = [];
    ctx.whenStyleReady(() => { ran.push('outer'); ctx.whenStyleReady(() => ran.push('inner')); });
    fake.loadStyle();
    expect(ran).toEqual(['outer', 'inner']);
  });

  test('released: the map is let go, its listeners removed, nothing more runs', () => {
    const { fake, ctx, release } = setup();
    const ran: number[] = [];
    ctx.whenStyleReady(() => ran.push(1), { eachStyle: true });
    release();
    expect(ctx.map).toBe(null);
    expect(fake.listenerCount()).toBe(0);
    fake.loadStyle();
    expect(ran).toEqual([]);
  });
});

describe('readiness: every part has drawn what it was given', () => {
  test('ready when the base map is idle; not ready when a part starts again; ready when all are done', () => {
    const reports: boolean[] = [];
    const { fake, ctx } = setup((r) => reports.push(r));
    ctx.awaitIdle();
    expect(reports).toEqual([]);
    // a frame is asked for: an already idle map would otherwise never fire 'idle' again
    expect(fake.repaints).toBe(1);
    fake.fire('idle');
    expect(reports).toEqual([true]);
    ctx.setDrawn('deck', false);
    expect(reports).toEqual([true, false]);
    ctx.awaitIdle();
    fake.fire('idle');
    // the base map is done, deck.gl is not
    expect(reports).toEqual([true, false]);
    ctx.setDrawn('deck', true);
    expect(reports).toEqual([true, false, true]);
    // each change is reported once, not once per part
    ctx.awaitIdle();
    ctx.setDrawn('deck', false);
    expect(reports).toEqual([true, false, true, false]);
  });

  test('a frame drawn after the map was released reports nothing', () => {
    const reports: boolean[] = [];
    const { fake, ctx, release } = setup((r) => reports.push(r));
    ctx.awaitIdle();
    release();
    fake.fire('idle');
    ctx.setDrawn('deck', true);
    expect(reports).toEqual([]);
  });
});

describe('setStyle', () => {
  test('a changed style is applied as a diff', () => {
    const { fake, ctx } = setup();
    const next = { version: 8, sources: {}, layers: [] } as unknown as StyleSpecification;
    ctx.setStyle(next);
    expect(fake.setStyleCalls).toEqual([{ style: next, options: { diff: true } }]);
  });
});
