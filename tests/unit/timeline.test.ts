import { describe, expect, it } from 'vitest';
import { TimelineController } from '../../src/lib/timeline.ts';

function setup(start = 2019) {
  let year = start;
  const queue: (() => void)[] = [];
  const changes: boolean[] = [];
  const tl = new TimelineController({
    min: 2019, max: 2025, getYear: () => year, setYear: (y) => (year = y),
    schedule: (fn) => { queue.push(fn); return queue.length; }, cancel: () => queue.splice(0),
    onPlayingChange: (p) => changes.push(p),
  });
  const runNext = () => queue.shift()?.();
  return { tl, year: () => year, runNext, changes };
}

describe('timeline controller', () => {
  it('steps within 2019–2025 and clamps at the ends', () => {
    const s = setup(2024);
    s.tl.step(1); expect(s.year()).toBe(2025);
    s.tl.step(1); expect(s.year()).toBe(2025);
    s.tl.first(); expect(s.year()).toBe(2019);
    s.tl.step(-1); expect(s.year()).toBe(2019);
    s.tl.last(); expect(s.year()).toBe(2025);
  });
  it('plays through to the last year and stops', () => {
    const s = setup(2023);
    s.tl.play();
    expect(s.tl.playing).toBe(true);
    s.runNext(); expect(s.year()).toBe(2024);
    s.runNext(); expect(s.year()).toBe(2025);
    expect(s.tl.playing).toBe(false);
    expect(s.changes).toEqual([true, false]);
  });
  it('restarts from the first year when played at the end, and pauses', () => {
    const s = setup(2025);
    s.tl.play(); expect(s.year()).toBe(2019);
    s.tl.pause(); s.runNext();
    expect(s.year()).toBe(2019);
    expect(s.tl.playing).toBe(false);
  });
});
