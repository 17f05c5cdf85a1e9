import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/lib/clock.ts';
import { DrawnState, stateKey } from '../../src/state/drawnState.ts';
import { DEFAULTS } from '../../src/lib/state.ts';
import { TimelineController } from '../../src/lib/timeline.ts';

function setup() {
  const root = { dataset: {} as Record<string, string> };
  const frames: (() => void)[] = [];
  const d = new DrawnState(root as unknown as HTMLElement, (fn) => frames.push(fn));
  const frame = () => frames.splice(0).forEach((f) => f());
  return { d, ds: root.dataset, frame };
}

describe('state key', () => {
  it('is the URL query without the view, with the language always last', () => {
    expect(stateKey(DEFAULTS, DEFAULTS)).toBe('lang=zh');
    expect(stateKey({ ...DEFAULTS, year: 2025, lang: 'en', view: { ...DEFAULTS.view, zoom: 10 } }, DEFAULTS)).toBe('year=2025&lang=en');
    expect(stateKey({ ...DEFAULTS, indicator: 'x', layers: ['labels'], mode: 'present' }, DEFAULTS)).toBe('indicator=x&layers=labels&mode=present&lang=zh');
  });
});

describe('drawn state', () => {
  it('is ready only once the map has drawn the state now wanted', () => {
    const { d, ds } = setup();
    d.setReady(true); // the base map drawn before the data: no state yet
    expect(ds.mapReady).toBe('false');
    d.want('lang=zh');
    expect(ds.mapReady).toBe('false');
    d.setReady(false);
    d.setReady(true);
    expect([ds.mapDrawn, ds.mapReady]).toEqual(['lang=zh', 'true']);
  });

  it('a new state is not ready until drawn, even while the map still says it is', () => {
    const { d, ds, frame } = setup();
    d.want('lang=zh');
    d.setReady(true);
    d.want('year=2021&lang=zh');
    expect([ds.mapDrawn, ds.mapReady]).toEqual(['lang=zh', 'false']);
    d.setReady(false); // the map starts drawing it (before the next frame)
    frame();
    expect(ds.mapReady).toBe('false');
    d.setReady(true);
    expect([ds.mapDrawn, ds.mapReady]).toEqual(['year=2021&lang=zh', 'true']);
  });

  it('a change the map has nothing to redraw for is drawn with the next frame', () => {
    const { d, ds, frame } = setup();
    d.want('lang=zh');
    d.setReady(true);
    d.want('lang=en');
    expect(ds.mapReady).toBe('false');
    frame();
    expect([ds.mapDrawn, ds.mapReady]).toEqual(['lang=en', 'true']);
  });
});

describe('manual clock', () => {
  it('runs timers only when advanced, in order, and Play holds each year for its interval', () => {
    const clock = new ManualClock();
    let year = 2019;
    const tl = new TimelineController({ min: 2019, max: 2025, getYear: () => year, setYear: (y) => (year = y), interval: 3000,
      schedule: (fn, ms) => clock.schedule(fn, ms), cancel: (h) => clock.cancel(h) });
    tl.play();
    clock.advance(2999);
    expect(year).toBe(2019);
    clock.advance(1);
    expect(year).toBe(2020);
    clock.advance(6000);
    expect(year).toBe(2022);
    tl.pause();
    clock.advance(60_000);
    expect(year).toBe(2022);
    expect(clock.pending).toBe(0);
  });
});
