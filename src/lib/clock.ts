/**
 * The app's timers (Play's hold time), injectable: real time by default; a manual clock that only moves when
 * told to (`advance`), so a test can check how long a year is held without waiting for it.
 */
export interface Clock {
  schedule(fn: () => void, ms: number): unknown;
  cancel(handle: unknown): void;
}

export const realClock: Clock = {
  schedule: (fn, ms) => setTimeout(fn, ms),
  cancel: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** A clock whose time stands still until `advance(ms)` runs the timers that fall due, in order. */
export class ManualClock implements Clock {
  private now = 0;
  private seq = 0;
  private timers = new Map<number, { at: number; fn: () => void }>();

  schedule(fn: () => void, ms: number): number {
    const id = ++this.seq;
    this.timers.set(id, { at: this.now + Math.max(0, ms), fn });
    return id;
  }

  cancel(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** ms since the clock was made (moved only by advance) */
  get time(): number {
    return this.now;
  }

  /** Moves time forward by `ms`, running each timer due on the way at its own time (timers may add timers). */
  advance(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      let next: [number, { at: number; fn: () => void }] | undefined;
      for (const e of this.timers) if (e[1].at <= end && (!next || e[1].at < next[1].at)) next = e;
      if (!next) break;
      this.timers.delete(next[0]);
      this.now = next[1].at;
      next[1].fn();
    }
    this.now = end;
  }

  /** how many timers are waiting */
  get pending(): number {
    return this.timers.size;
  }
}

/** The clock the app's timers use; switchable (tests switch to a manual clock through window.__atlas). */
let current: Clock = realClock;
export const appClock: Clock = {
  schedule: (fn, ms) => current.schedule(fn, ms),
  cancel: (h) => current.cancel(h),
};
export function useClock(c: Clock): void {
  current = c;
}
