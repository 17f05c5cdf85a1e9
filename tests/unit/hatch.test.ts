// The target hatch has ONE definition (src/map/hatch.ts): the SVG map's pattern, the legend's swatch, the canvas
// painter behind MapLibre's image, deck.gl's atlas and the PNG legend all draw its strokes. Checked by reading what
// each renderer emits (SVG markup, the calls on a 2D context) against the definition — and against a changed
// definition, so agreement by coincidence (copied numbers) cannot pass.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'svelte/server';
import {
  deckHatchPattern, gapWidth, HATCH, HATCH_IMAGE_ID, hatchImage, hatchPeriod, hatchStrokes, legendHatchFill,
  mapHatchScale, paintHatchSwatch, tilesSeamlessly, type HatchDef, type HatchStroke,
} from '../../src/map/hatch.ts';
import * as choropleth from '../../src/lib/choropleth.ts';
import { LAND_FILL } from '../../src/lib/baseStyle.ts';
import HatchLines from '../../src/map/HatchLines.svelte';
import HatchSwatch from '../../src/components/HatchSwatch.svelte';
import SvgMap from '../../src/map/SvgMap.svelte';

/** another hatch, differing from HATCH in every number and colour */
const OTHER: HatchDef = { tile: 12, angle: 45, step: 6, stripeWidth: 2, gap: '#abcdef', hairline: '#123456', hairlineWidth: 0.5 };

/** The <line> elements of SVG markup, as strokes. */
function svgLines(html: string): HatchStroke[] {
  return [...html.matchAll(/<line ([^>]*)>/g)].map(([, attrs]) => {
    const a = Object.fromEntries([...attrs.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, k, v]) => [k, v]));
    return { x1: +a.x1, y1: +a.y1, x2: +a.x2, y2: +a.y2, stroke: a.stroke, width: +a['stroke-width'] };
  });
}

/** perpendicular distance between two parallel strokes */
const apart = (a: HatchStroke, b: HatchStroke) => {
  const dx = a.x2 - a.x1, dy = a.y2 - a.y1, len = Math.hypot(dx, dy);
  return Math.abs((b.x1 - a.x1) * dy - (b.y1 - a.y1) * dx) / len;
};

/** A 2D context that records what is drawn: each stroke (colour, width, ends) and each filled rectangle. */
function recordingContext() {
  const strokes: HatchStroke[] = [];
  const fills: { x: number; y: number; w: number; h: number; colour: string }[] = [];
  const clips: number[][] = [];
  let path: number[] = [], rect: number[] = [];
  let t = [0, 0];
  const stack: number[][] = [];
  const g = {
    strokeStyle: '', fillStyle: '', lineWidth: 1, lineCap: 'butt',
    save: () => stack.push([...t]), restore: () => { t = stack.pop()!; },
    translate: (x: number, y: number) => { t = [t[0] + x, t[1] + y]; },
    beginPath: () => { path = []; rect = []; },
    rect: (x: number, y: number, w: number, h: number) => { rect = [x + t[0], y + t[1], w, h]; },
    clip: () => clips.push(rect),
    moveTo: (x: number, y: number) => { path = [x + t[0], y + t[1]]; },
    lineTo: (x: number, y: number) => { path.push(x + t[0], y + t[1]); },
    stroke: () => { strokes.push({ x1: path[0], y1: path[1], x2: path[2], y2: path[3], stroke: String(g.strokeStyle), width: g.lineWidth }); },
    fillRect: (x: number, y: number, w: number, h: number) => fills.push({ x: x + t[0], y: y + t[1], w, h, colour: String(g.fillStyle) }),
    getImageData: (x: number, y: number, w: number, h: number) => ({ width: w, height: h }),
  };
  return { g: g as unknown as CanvasRenderingContext2D, strokes, fills, clips };
}

describe('the hatch definition', () => {
  it('has land-coloured gaps, a tile that repeats without a seam and gaps wider than their hairline', () => {
    expect(HATCH.gap).toBe(LAND_FILL);
    expect(tilesSeamlessly(HATCH)).toBe(true);
    expect(tilesSeamlessly({ ...HATCH, step: 7 })).toBe(false);
    expect(gapWidth()).toBeCloseTo(hatchPeriod() - HATCH.stripeWidth);
    expect(gapWidth()).toBeGreaterThan(HATCH.hairlineWidth);
  });

  it('lays gap bands, then hairlines, one period apart at the stripe angle, running past the rectangle', () => {
    for (const def of [HATCH, OTHER]) {
      const s = hatchStrokes(def.tile, def.tile, def);
      const bands = s.filter((x) => x.stroke === def.gap), hairs = s.filter((x) => x.stroke === def.hairline);
      expect(s).toEqual([...bands, ...hairs]);
      expect(bands.length).toBe(hairs.length);
      expect(new Set(bands.map((b) => b.width))).toEqual(new Set([gapWidth(def)]));
      expect(new Set(hairs.map((b) => b.width))).toEqual(new Set([def.hairlineWidth]));
      for (const b of bands) {
        // rising to the right (screen y points down)
        expect((Math.atan2(b.y2 - b.y1, b.x1 - b.x2) * 180) / Math.PI).toBeCloseTo(def.angle);
        // the square ends lie outside the tile (a cut end inside it would leave a seam)
        expect(b.y1).toBeLessThan(-gapWidth(def));
        expect(b.y2).toBeGreaterThan(def.tile + gapWidth(def));
      }
      for (let i = 1; i < bands.length; i++) expect(apart(bands[i - 1], bands[i])).toBeCloseTo(hatchPeriod(def));
    }
  });

  it('keeps the MapLibre image id and renderer importable from choropleth.ts', () => {
    expect(choropleth.HATCH_IMAGE_ID).toBe(HATCH_IMAGE_ID);
    expect(choropleth.hatchImage).toBe(hatchImage);
  });
});

describe('SVG renderers (the SVG map and the legend swatch)', () => {
  it('draws exactly the definition\'s strokes, and follows a changed definition', () => {
    for (const def of [HATCH, OTHER]) {
      const { body } = render(HatchLines, { props: { width: def.tile, height: def.tile, def } });
      expect(svgLines(body)).toEqual(hatchStrokes(def.tile, def.tile, def));
    }
  });

  it('scales as MapLibre scales a fill pattern: its own size at whole zooms, growing with the map in between', () => {
    expect(mapHatchScale(9)).toBe(1);
    expect(mapHatchScale(9.5)).toBeCloseTo(Math.SQRT2);
    expect(mapHatchScale(9.999)).toBeCloseTo(2, 2);
  });

  it('the SVG map\'s pattern is one tile of those strokes, at the WebGL map\'s scale', () => {
    const { body } = render(SvgMap, {
      props: { counties: { type: 'FeatureCollection', features: [] }, paint: {}, view: null, bounds: [[113, 33], [114, 34]] as never, standalone: false },
    });
    const pattern = body.match(/<pattern id="svg-hatch"([^>]*)>([\s\S]*?)<\/pattern>/);
    expect(pattern).not.toBeNull();
    expect(pattern![1]).toContain(`width="${HATCH.tile}"`);
    expect(pattern![1]).toContain(`height="${HATCH.tile}"`);
    expect(svgLines(pattern![2])).toEqual(hatchStrokes(HATCH.tile, HATCH.tile));
    expect(pattern![1]).toMatch(/patternTransform="scale\([\d.]+\)"/);
  });

  it('the legend swatch is the fill colour under the same strokes, clipped to the swatch', () => {
    const { body } = render(HatchSwatch, { props: { fill: 'rgb(37,52,148)' } });
    expect(body).toMatch(/<rect [^>]*fill="rgb\(37,52,148\)"/);
    expect(svgLines(body)).toEqual(hatchStrokes(18, 12));
    expect(body).toContain('viewBox="0 0 18 12"');
  });
});

describe('canvas renderers (MapLibre image, deck.gl atlas, PNG legend)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('the PNG legend paints the fill, then the definition\'s strokes clipped to the swatch at its place', () => {
    const { g, strokes, fills, clips } = recordingContext();
    paintHatchSwatch(g, 16, 100, 18, 12, 'rgb(1,2,3)');
    expect(fills).toEqual([{ x: 16, y: 100, w: 18, h: 12, colour: 'rgb(1,2,3)' }]);
    expect(clips).toEqual([[16, 100, 18, 12]]);
    expect(strokes).toEqual(hatchStrokes(18, 12).map((s) => ({ ...s, x1: s.x1 + 16, x2: s.x2 + 16, y1: s.y1 + 100, y2: s.y2 + 100 })));
  });

  it('MapLibre\'s image and deck.gl\'s atlas are one tile of the same strokes, on a transparent canvas', () => {
    const made: ReturnType<typeof recordingContext>[] = [];
    vi.stubGlobal('document', {
      createElement: () => {
        const rec = recordingContext();
        made.push(rec);
        return { width: 0, height: 0, getContext: () => rec.g };
      },
    });
    const img = hatchImage(LAND_FILL);
    expect([img.width, img.height]).toEqual([HATCH.tile, HATCH.tile]);
    expect(made[0].strokes).toEqual(hatchStrokes(HATCH.tile, HATCH.tile));
    expect(made[0].fills).toEqual([]);

    const deck = deckHatchPattern();
    expect(deck.mapping.hatch).toEqual({ x: 0, y: 0, width: HATCH.tile, height: HATCH.tile });
    // drawn in the tile's own colours (a mask would carry one colour: the gap or the hairline, not both)
    expect(deck.mask).toBe(false);
    expect(made[1].strokes).toEqual(hatchStrokes(HATCH.tile, HATCH.tile));
    // made once: deck.gl keeps the texture while the atlas is the same object
    expect(deckHatchPattern().atlas).toBe(deck.atlas);
  });

  it('legends show the hatch over the scale\'s strongest colour', () => {
    expect(legendHatchFill([[1, 2, 3], [4, 5, 6]], [9, 9, 9])).toBe('rgb(4,5,6)');
    expect(legendHatchFill([], [9, 9, 9])).toBe('rgb(9,9,9)');
  });
});
