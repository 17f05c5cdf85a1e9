/**
 * The hatching laid over counties whose value is a target or a plan (as OWID marks projections): ONE definition,
 * and every renderer derived from it — MapLibre's pattern image, deck.gl's pattern atlas for the 3D roofs, the SVG
 * map's <pattern>, the legend's swatch (SVG) and the exported PNG's legend (canvas). The county's own colour shows
 * in the stripes; between them run land-coloured gaps, each with a dark hairline down its middle (on the palest
 * colours a pale gap alone hardly shows).
 */
import { LAND_FILL } from '../lib/land.ts';

export interface HatchDef {
  /** px (CSS): side of the square that tiles (a multiple of `step`, and of the vertical spacing) */
  tile: number;
  /** degrees from the horizontal, in (0, 90]; the stripes rise to the right */
  angle: number;
  /** px between neighbouring stripes, measured along a horizontal line */
  step: number;
  /** px across a stripe, where the county's colour shows; the rest of each period is the gap */
  stripeWidth: number;
  /** colour of the gaps: the land around Xuchang */
  gap: string;
  hairline: string;
  /** px across the hairline down the middle of each gap */
  hairlineWidth: number;
}

export const HATCH: Readonly<HatchDef> = Object.freeze({
  tile: 16,
  angle: 45,
  step: 8,
  stripeWidth: 3.5,
  gap: LAND_FILL,
  hairline: 'rgba(31, 41, 51, 0.45)',
  hairlineWidth: 1,
});

/** MapLibre's image id of the hatch (the style's `fill-pattern`, baseStyle.ts). */
export const HATCH_IMAGE_ID = 'target-hatch';

const rad = (deg: number) => (deg * Math.PI) / 180;
/** px across one stripe and its gap (the stripes' spacing measured at right angles to them) */
export const hatchPeriod = (def: HatchDef = HATCH) => def.step * Math.sin(rad(def.angle));
/** px across a gap */
export const gapWidth = (def: HatchDef = HATCH) => hatchPeriod(def) - def.stripeWidth;
/** whether the tile repeats without a seam: whole stripe periods across it and down it */
export function tilesSeamlessly(def: HatchDef = HATCH): boolean {
  const whole = (x: number) => Math.abs(x - Math.round(x)) < 1e-9 && Math.round(x) > 0;
  const down = def.angle === 90 ? def.tile : def.step * Math.tan(rad(def.angle));
  return whole(def.tile / def.step) && whole(def.tile / down) && gapWidth(def) > def.hairlineWidth;
}

/**
 * How much larger than `tile` MapLibre draws the pattern on screen at a zoom: at its own size at whole zoom levels,
 * scaled with the map in between (the pattern lives in the tiles of the whole zoom below). The SVG map follows it,
 * so its first paint hands over to MapLibre without the stripes jumping.
 */
export const mapHatchScale = (zoom: number) => 2 ** (zoom - Math.floor(zoom));

/** One straight stroke of the hatch. */
export interface HatchStroke { x1: number; y1: number; x2: number; y2: number; stroke: string; width: number }

/**
 * The strokes that hatch the rectangle [0, w] × [0, h] (over the county's colour): first every gap band, then
 * every hairline, each along a gap's centre line. The lines run past the rectangle, so their square ends lie outside
 * it and a clip (the canvas, the SVG viewport or pattern tile) cuts them at the edge: a tile then repeats seamlessly.
 */
export function hatchStrokes(w: number, h: number, def: HatchDef = HATCH): HatchStroke[] {
  const margin = def.step + gapWidth(def);
  const run = 1 / Math.tan(rad(def.angle)); // x per y along a stripe (0 when vertical)
  // gap centres cross the top edge (y = 0) at x0 = step/2 + i·step; every line crossing the rectangle has
  // x0 between 0 and w + h·run
  const first = Math.floor(-margin / def.step) - 1, last = Math.ceil((w + h * run + margin) / def.step) + 1;
  const centres: [number, number, number, number][] = [];
  for (let i = first; i <= last; i++) {
    const x0 = def.step / 2 + i * def.step;
    centres.push([x0 + margin * run, -margin, x0 - (h + margin) * run, h + margin]);
  }
  const strokes = (stroke: string, width: number) => centres.map(([x1, y1, x2, y2]) => ({ x1, y1, x2, y2, stroke, width }));
  return [...strokes(def.gap, gapWidth(def)), ...strokes(def.hairline, def.hairlineWidth)];
}

/** Draws the hatch's strokes over [0, w] × [0, h] of a 2D context (clipped there), in its current transform. */
export function strokeHatch(g: CanvasRenderingContext2D, w: number, h: number, def: HatchDef = HATCH) {
  g.save();
  g.beginPath();
  g.rect(0, 0, w, h);
  g.clip();
  g.lineCap = 'butt';
  for (const s of hatchStrokes(w, h, def)) {
    g.strokeStyle = s.stroke;
    g.lineWidth = s.width;
    g.beginPath();
    g.moveTo(s.x1, s.y1);
    g.lineTo(s.x2, s.y2);
    g.stroke();
  }
  g.restore();
}

/** (d) A hatched swatch on a 2D context (the PNG export's legend): the fill colour, hatched, at (x, y). */
export function paintHatchSwatch(g: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, fill: string, def: HatchDef = HATCH) {
  g.save();
  g.fillStyle = fill;
  g.fillRect(x, y, w, h);
  g.translate(x, y);
  strokeHatch(g, w, h, def);
  g.restore();
}

/** One tile of the hatch on a transparent canvas: gaps and hairlines, clear where the county's colour shows. */
export function hatchTile(def: HatchDef = HATCH): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = def.tile;
  c.height = def.tile;
  strokeHatch(c.getContext('2d')!, def.tile, def.tile, def);
  return c;
}

/** (a) MapLibre's image (HATCH_IMAGE_ID), laid over the flat choropleth. `gap`: the land colour (MapView passes it). */
export function hatchImage(gap: string = HATCH.gap): ImageData {
  const def = { ...HATCH, gap };
  return hatchTile(def).getContext('2d')!.getImageData(0, 0, def.tile, def.tile);
}

/**
 * (b) deck.gl's FillStyleExtension atlas and mapping (the 3D columns' roofs): the same tile, drawn in its own
 * colours (`fillPatternMask: false`) — a mask would carry one colour only and lose either the gap or the hairline.
 */
let atlas: HTMLCanvasElement | null = null;
export function deckHatchPattern() {
  atlas ??= hatchTile();
  return {
    atlas,
    mapping: { hatch: { x: 0, y: 0, width: HATCH.tile, height: HATCH.tile } },
    mask: false,
  };
}

/**
 * The colour a legend shows the hatch over (the swatch, the PNG's legend, the handout): the scale's last class,
 * the strongest colour, on which both the land-coloured gaps and their hairlines read.
 */
export const legendHatchFill = (colours: readonly (readonly number[])[], fallback: readonly number[]) =>
  `rgb(${(colours[colours.length - 1] ?? fallback).join(',')})`;
