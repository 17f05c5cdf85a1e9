/**
 * The size of a county label's box (a name line and, if any, a value line; see `.label` in map/MapLabels.svelte),
 * from the font's metrics: asking the page for it (offsetWidth) made every year step lay the page out before the
 * map could draw it. Keep FONT, LINE and the padding equal to the label's CSS.
 */
import { LABEL_FONT_STACK } from './labelFont.ts';

const FONT_PX = 13;
const FONT = `${FONT_PX}px ${LABEL_FONT_STACK}`;
const LINE = FONT_PX * 1.25;
const PAD_X = 4;
const PAD_Y = 1;

let measure: CanvasRenderingContext2D | null | undefined;

export function labelBoxSize(name: string, value: string): { w: number; h: number } {
  measure ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!measure) return { w: 0, h: 0 };
  measure.font = FONT;
  const w = Math.max(measure.measureText(name).width, value ? measure.measureText(value).width : 0);
  return { w: Math.ceil(w) + 2 * PAD_X, h: Math.ceil((value ? 2 : 1) * LINE) + 2 * PAD_Y };
}
