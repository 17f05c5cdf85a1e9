/**
 * Headless timeline controller (like OWID Grapher's): play/pause and stepping over the years, with no DOM.
 * The view calls it; it calls `setYear`. Timers are injected so tests drive time by hand.
 */
export interface TimelineOptions {
  min: number;
  max: number;
  getYear: () => number;
  setYear: (y: number) => void;
  /** ms between steps while playing */
  interval?: number;
  onPlayingChange?: (playing: boolean) => void;
  schedule?: (fn: () => void, ms: number) => unknown;
  cancel?: (handle: unknown) => void;
}

export class TimelineController {
  private handle: unknown = null;
  private opts: Required<Omit<TimelineOptions, 'onPlayingChange'>> & Pick<TimelineOptions, 'onPlayingChange'>;

  constructor(opts: TimelineOptions) {
    this.opts = {
      interval: 1200,
      schedule: (fn, ms) => setTimeout(fn, ms),
      cancel: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      ...opts,
    };
  }

  get playing(): boolean {
    return this.handle !== null;
  }

  private clamp(y: number) {
    return Math.min(this.opts.max, Math.max(this.opts.min, Math.round(y)));
  }

  goTo(y: number) {
    const c = this.clamp(y);
    if (c !== this.opts.getYear()) this.opts.setYear(c);
  }
  step(delta: number) { this.goTo(this.opts.getYear() + delta); }
  first() { this.goTo(this.opts.min); }
  last() { this.goTo(this.opts.max); }

  /** Play from the current year to the last; from the last year, start again at the first. */
  play() {
    if (this.playing) return;
    if (this.opts.getYear() >= this.opts.max) this.goTo(this.opts.min);
    this.handle = this.opts.schedule(() => this.tick(), this.opts.interval);
    this.opts.onPlayingChange?.(true);
  }

  pause() {
    if (!this.playing) return;
    this.opts.cancel(this.handle);
    this.handle = null;
    this.opts.onPlayingChange?.(false);
  }

  toggle() { (this.playing ? this.pause() : this.play()); }

  private tick() {
    this.handle = null;
    this.step(1);
    if (this.opts.getYear() >= this.opts.max) {
      this.opts.onPlayingChange?.(false);
      return;
    }
    this.handle = this.opts.schedule(() => this.tick(), this.opts.interval);
  }
}
