import { describe, expect, it } from 'vitest';
import { DEFAULTS, DEFAULT_TOUR, TOUR } from '../../src/lib/state.ts';
import {
  checkSlides, decodeTour, encodeTour, moveSlide, parseTourParams, slideOf, slidePatch, TOUR_LIMITS,
  TourPlayer, tourQuery, type TourSlide,
} from '../../src/lib/tour.ts';
import type { UrlContext } from '../../src/lib/urlState.ts';

const ctx: UrlContext = {
  indicators: new Set(['coal_total', 'fire_new_stations_total', 'tourism_road_branch_km', 'tourism_road_connector_km']),
  layers: ['labels', 'rivers', 'towns', 'extrude', 'coal_enterprise', 'fire_station', 'fire_training_hall', 'tourism_road', 'wetland', 'wetland_park'],
  selectable: new Set(['411002', '411081', 'XC-DCQ']),
};
/** base64url of UTF-8 JSON, written by hand here (not with the module's encoder) */
const handEncode = (json: unknown) => Buffer.from(JSON.stringify(json), 'utf8').toString('base64url');

describe('tour codec', () => {
  it('reads a tour written by hand to the spec (plain base64url of UTF-8 JSON)', () => {
    const raw = handEncode([{ q: 'indicator=fire_new_stations_total&year=2025', zh: '消防站', en: 'Fire stations' }, { q: 'area=411081' }]);
    const d = decodeTour(raw);
    expect(d.problems).toEqual([]);
    expect(d.slides).toEqual([{ q: 'indicator=fire_new_stations_total&year=2025', zh: '消防站', en: 'Fire stations' }, { q: 'area=411081' }]);
  });

  it('round-trips captions in Chinese and English as base64url JSON, dropping empty captions', () => {
    const slides: TourSlide[] = [
      { q: 'indicator=coal_total&year=2019', zh: '煤炭消费总量（万吨）', en: 'Coal cap, 10k t' },
      { q: 'year=2025', zh: '  ', en: '' },
    ];
    const raw = encodeTour(slides);
    expect(raw).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeTour(raw).slides).toEqual([slides[0], { q: 'year=2025' }]);
    expect(Buffer.from(raw, 'base64url').toString('utf8')).toBe(JSON.stringify([slides[0], { q: 'year=2025' }]));
  });

  it('keeps a 10-slide tour with captions and views pasteable (under 4,000 characters; browsers take 8,000+)', () => {
    const ids = [...ctx.indicators];
    const slides: TourSlide[] = Array.from({ length: 10 }, (_, i) => ({
      q: `indicator=${ids[i % ids.length]}&year=${2019 + (i % 7)}&layers=labels~rivers~${ctx.layers[4 + (i % 6)]}&area=${['411002', '411081', 'XC-DCQ'][i % 3]}&view=113.${7000 + i * 37},34.${100 + i * 13},${9 + (i % 3) * 0.5}`,
      zh: `第${i + 1}张：${['煤炭消费总量控制', '新建消防站', '旅游公路支线', '湿地公园'][i % 4]}目标`,
      en: `Slide ${i + 1}: the ${['coal cap', 'new fire stations', 'tourism road branches', 'wetland parks'][i % 4]} target`,
    }));
    const link = `https://example.org/atlas/?mode=present&${tourQuery({ slides, index: 0 })}`;
    expect(link.length).toBeLessThan(4000);
    console.log(`10-slide tour link: ${link.length} characters`);
    expect(decodeTour(encodeTour(slides)).slides).toEqual(slides);
  });

  it('names what is malformed and keeps the good slides', () => {
    expect(decodeTour('%%%').problems).toEqual(['not base64url']);
    expect(decodeTour(handEncode({ q: 'x' })).problems).toEqual(['not a list of slides']);
    expect(decodeTour(Buffer.from('[{"q":').toString('base64url')).problems).toEqual(['not base64url of UTF-8 JSON']);
    expect(decodeTour('W'.repeat(TOUR_LIMITS.chars + 1)).problems[0]).toMatch(/too long/);
    const d = decodeTour(handEncode([{ q: 'year=2021' }, { zh: 'no query' }, 7, { q: 'year=2022', en: 'x'.repeat(400) }]));
    expect(d.slides.map((s) => s.q)).toEqual(['year=2021', 'year=2022']);
    expect(d.slides[1].en).toHaveLength(TOUR_LIMITS.caption);
    expect(d.problems).toEqual(['slide 2: no query string q', 'slide 3: no query string q', 'slide 4: caption en cut to 300 characters']);
    const many = decodeTour(handEncode(Array.from({ length: 45 }, () => ({ q: 'year=2021' }))));
    expect(many.slides).toHaveLength(TOUR_LIMITS.slides);
    expect(many.problems).toEqual(['slides 41–45 left out (at most 40)']);
  });

  it('drops a slide with a bad parameter, naming the slide and the parameter', () => {
    const c = checkSlides([{ q: 'year=2021' }, { q: 'indicator=no_such&year=2025' }, { q: 'area=411081&view=113.8,34.1,10' }], DEFAULTS, ctx);
    expect(c.slides.map((s) => s.q)).toEqual(['year=2021', 'area=411081&view=113.8,34.1,10']);
    expect(c.problems).toEqual(['slide 2 left out: indicator no_such (unknown indicator)']);
    expect(slidePatch(c.slides[0])).toMatchObject({ year: 2021, indicator: 'coal_total', area: '' });
    expect(c.slides[0].hasView).toBe(false);
    expect(c.slides[1].hasView).toBe(true);
  });

  it('parses tour, slide and autoplay, with a notice for each bad one', () => {
    const raw = handEncode([{ q: 'year=2021' }, { q: 'year=2022' }, { q: 'year=2023' }]);
    const ok = parseTourParams(`mode=present&tour=${raw}&slide=2&autoplay=10`, DEFAULTS, ctx, []);
    expect(ok.slides?.map((s) => s.state.year)).toEqual([2021, 2022, 2023]);
    expect([ok.index, ok.autoplay, ok.notices]).toEqual([1, 10, []]);
    const bad = parseTourParams(`tour=${raw}&slide=9&autoplay=0`, DEFAULTS, ctx, []);
    expect(bad.index).toBeNull();
    expect(bad.autoplay).toBeNull();
    expect(bad.notices.map((n) => [n.param, n.reason])).toEqual([['slide', 'expected 1–3'], ['autoplay', 'expected seconds 2–3600']]);
    const broken = parseTourParams('tour=!!&slide=2', DEFAULTS, ctx, checkSlides(DEFAULT_TOUR, DEFAULTS, ctx).slides);
    expect(broken.slides).toBeNull();
    expect(broken.index).toBe(1); // the built-in tour plays
    expect(broken.notices.map((n) => n.param)).toEqual(['tour']);
  });

  it('a slide of the current state is its query string as the app writes it, without language or mode', () => {
    const s = slideOf({ ...DEFAULTS, indicator: 'fire_new_stations_total', year: 2025, lang: 'en', mode: 'present' }, DEFAULTS, { zh: '甲' });
    expect(s).toEqual({ q: 'indicator=fire_new_stations_total&year=2025', zh: '甲' });
  });

  it('the built-in tour is the five fixed views', () => {
    const c = checkSlides(DEFAULT_TOUR, DEFAULTS, ctx);
    expect(c.problems).toEqual([]);
    // layers come back in the order of the known layer list
    const norm = (p: Partial<ReturnType<typeof slidePatch>>) => ({ ...p, layers: [...(p.layers ?? [])].sort() });
    expect(c.slides.map((s) => norm(slidePatch(s)))).toEqual(TOUR.map((t) => norm({ ...slidePatch({ state: DEFAULTS } as never), ...t })));
  });

  it('moves slides up and down within the list', () => {
    expect(moveSlide(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveSlide(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveSlide(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });
});

/** a manual clock: tasks run only when the test advances time */
function clock() {
  let now = 0;
  let seq = 0;
  const tasks = new Map<number, { at: number; fn: () => void }>();
  return {
    schedule: (fn: () => void, ms: number) => { tasks.set(++seq, { at: now + ms, fn }); return seq; },
    cancel: (h: unknown) => { tasks.delete(h as number); },
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = [...tasks.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        tasks.delete(due[0]);
        now = due[1].at;
        due[1].fn();
      }
      now = end;
    },
    pending: () => tasks.size,
  };
}

describe('tour player', () => {
  function setup(count = 3, start = 0, resumeAfter = 0) {
    const c = clock();
    const shown: number[] = [];
    const playing: boolean[] = [];
    const p = new TourPlayer({ count, show: (i) => shown.push(i), interval: 5000, resumeAfter, schedule: c.schedule, cancel: c.cancel, onPlayingChange: (x) => playing.push(x) }, start);
    return { p, c, shown, playing };
  }

  it('steps with clicker and arrow keys, Space and Shift+Space, Home/End, and stays within the tour', () => {
    const { p, shown } = setup(3);
    expect(p.key('PageDown')).toBe(true);
    p.key('ArrowRight');
    p.key('ArrowRight'); // at the end: nothing
    p.key('PageUp');
    p.key(' ');
    p.key(' ', true);
    p.key('Home');
    p.key('ArrowLeft'); // at the start: nothing
    p.key('End');
    expect(p.key('x')).toBe(false);
    expect(shown).toEqual([1, 2, 1, 2, 1, 0, 2]);
  });

  it('autoplays on the injected clock, looping for a kiosk', () => {
    const { p, c, shown, playing } = setup(3, 1);
    p.play();
    c.advance(4999);
    expect(shown).toEqual([]);
    c.advance(1);
    expect(shown).toEqual([2]);
    c.advance(10_000);
    expect(shown).toEqual([2, 0, 1]);
    p.pause();
    c.advance(60_000);
    expect(shown).toEqual([2, 0, 1]);
    expect(playing).toEqual([true, false]);
    expect(c.pending()).toBe(0);
  });

  it('any input pauses autoplay; left alone, it resumes', () => {
    const { p, c, shown } = setup(4, 0, 30_000);
    p.play();
    c.advance(5000);
    expect(shown).toEqual([1]);
    p.input(); // a click, a wheel, a key
    c.advance(29_999);
    expect(p.playing).toBe(false);
    expect(shown).toEqual([1]);
    p.key('PageDown'); // a key is input too: it moves, and the idle wait starts again
    expect(shown).toEqual([1, 2]);
    c.advance(29_999);
    expect(p.playing).toBe(false);
    c.advance(1);
    expect(p.playing).toBe(true);
    c.advance(5000);
    expect(shown).toEqual([1, 2, 3]);
  });

  it('without a resume delay, input pauses for good; a one-slide tour does not autoplay', () => {
    const a = setup(3);
    a.p.play();
    a.p.input();
    a.c.advance(100_000);
    expect(a.shown).toEqual([]);
    expect(a.c.pending()).toBe(0);
    const b = setup(1);
    b.p.play();
    expect(b.p.playing).toBe(false);
  });
});
