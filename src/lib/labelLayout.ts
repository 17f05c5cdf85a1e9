/**
 * Where the county labels go so that none covers another. Pure: boxes in, offsets out. On a phone the label of
 * 魏都区 (a small district inside 建安区) sat under 建安区's.
 */

import type { Geometry } from 'geojson';

/** A label box centred on its anchor point; all in map pixels. */
export interface LabelBox {
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface LabelPlacement {
  dx: number;
  dy: number;
  visible: boolean;
}

/** Offsets tried around the anchor, as fractions of the label's own width and height, nearest first. */
const CANDIDATES: [number, number][] = (() => {
  const out: [number, number][] = [];
  for (const fx of [0, -0.5, 0.5]) for (const fy of [0, -0.5, 0.5, -1, 1, -1.5, 1.5]) out.push([fx, fy]);
  return out.sort((a, b) => Math.hypot(a[0] * 3, a[1]) - Math.hypot(b[0] * 3, b[1]));
})();

const overlaps = (a: LabelBox, b: LabelBox, gap: number) =>
  Math.abs(a.x - b.x) * 2 < a.w + b.w + gap * 2 && Math.abs(a.y - b.y) * 2 < a.h + b.h + gap * 2;

/**
 * Greedy, in the order given: put first the labels that should move least (the smallest areas, which have the
 * least room around their point). Each goes at its anchor or, if that covers a label already placed, at the
 * nearest spot around it that does not (labels are wider than tall: vertical moves are preferred). A label with
 * no free spot is hidden; the data table lists every value.
 */
export function layoutLabels(boxes: readonly LabelBox[], gap = 2): LabelPlacement[] {
  const placed: LabelBox[] = [];
  return boxes.map((b) => {
    for (const [fx, fy] of CANDIDATES) {
      const at = { ...b, x: b.x + fx * b.w, y: b.y + fy * b.h };
      if (!placed.some((p) => overlaps(at, p, gap))) {
        placed.push(at);
        return { dx: at.x - b.x, dy: at.y - b.y, visible: true };
      }
    }
    return { dx: 0, dy: 0, visible: false };
  });
}

type Ring = number[][];
/** Planar area (in square degrees) of a Polygon or MultiPolygon's outer rings: enough to rank labels by size. */
export function roughArea(geometry: Geometry): number {
  const ring = (r: Ring) => Math.abs(r.reduce((s, [x, y], i) => {
    const [x2, y2] = r[(i + 1) % r.length];
    return s + x * y2 - x2 * y;
  }, 0)) / 2;
  if (geometry.type === 'Polygon') return ring(geometry.coordinates[0]);
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.reduce((s, p) => s + ring(p[0]), 0);
  return 0;
}
