/**
 * The handout: one page per slide (map image, caption, legend, sources). The map draws each slide in turn, out
 * of the history (nothing is pushed or replaced), and is captured once it reports the slide drawn.
 */
import type { CheckedSlide } from '../lib/tour.ts';

export interface HandoutPage {
  slide: CheckedSlide;
  /** an object URL of the map image; revoke with releaseHandout */
  image: string;
}

/** Resolves once the map reports the current state drawn (html[data-map-ready="true"]). */
export function mapDrawn(timeoutMs = 30_000): Promise<void> {
  const root = document.documentElement;
  return new Promise((resolve, reject) => {
    // the map marks itself not ready in the frame after a change: look after that frame, not before
    requestAnimationFrame(() => {
      if (root.dataset.mapReady === 'true') return resolve();
      const timer = setTimeout(() => { obs.disconnect(); reject(new Error('the map did not finish drawing')); }, timeoutMs);
      const obs = new MutationObserver(() => {
        if (root.dataset.mapReady !== 'true') return;
        obs.disconnect();
        clearTimeout(timer);
        resolve();
      });
      obs.observe(root, { attributes: true, attributeFilter: ['data-map-ready'] });
    });
  });
}

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/**
 * The map's canvases once their drawing buffers have the size of their boxes: deck.gl's canvas, made for the
 * first slide with places, reports its first frame before it has been sized (a 300 × 150 buffer stretched over
 * the map). Bounded: after `maxFrames` the image is taken as it is.
 */
export async function canvasesSized(container: HTMLElement, maxFrames = 120): Promise<void> {
  for (let i = 0; i < maxFrames; i++) {
    const sized = [...container.querySelectorAll('canvas')].every((c) => {
      const r = c.getBoundingClientRect();
      return Math.abs(c.width - r.width * devicePixelRatio) < 2 && Math.abs(c.height - r.height * devicePixelRatio) < 2;
    });
    if (sized) break;
    await frame();
  }
  await frame();
}

export async function buildHandout(
  slides: readonly CheckedSlide[],
  show: (s: CheckedSlide) => Promise<void>,
  capture: () => Promise<Blob>,
): Promise<HandoutPage[]> {
  const pages: HandoutPage[] = [];
  for (const slide of slides) {
    await show(slide);
    pages.push({ slide, image: URL.createObjectURL(await capture()) });
  }
  return pages;
}

export function releaseHandout(pages: readonly HandoutPage[]) {
  for (const p of pages) URL.revokeObjectURL(p.image);
}
