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
