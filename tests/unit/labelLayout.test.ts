import { describe, expect, it } from 'vitest';
import { layoutLabels, roughArea, type LabelBox } from '../../src/lib/labelLayout.ts';

const at = (b: LabelBox, p: { dx: number; dy: number }) => ({ ...b, x: b.x + p.dx, y: b.y + p.dy });
const overlap = (a: LabelBox, b: LabelBox) => Math.abs(a.x - b.x) * 2 < a.w + b.w && Math.abs(a.y - b.y) * 2 < a.h + b.h;

describe('layoutLabels', () => {
  it('leaves labels that do not touch at their points', () => {
    const boxes = [{ x: 100, y: 100, w: 60, h: 30 }, { x: 300, y: 100, w: 60, h: 30 }];
    expect(layoutLabels(boxes)).toEqual([{ dx: 0, dy: 0, visible: true }, { dx: 0, dy: 0, visible: true }]);
  });

  it('moves a later label off an earlier one, the earlier keeps its point, nothing overlaps', () => {
    // 魏都区 inside 建安区 on a phone: the two points 10 px apart
    const boxes = [{ x: 200, y: 200, w: 64, h: 34 }, { x: 220, y: 192, w: 64, h: 34 }];
    const [first, second] = layoutLabels(boxes);
    expect(first).toEqual({ dx: 0, dy: 0, visible: true });
    expect(second.visible).toBe(true);
    expect(overlap(at(boxes[0], first), at(boxes[1], second))).toBe(false);
    // the nearest free spot: a vertical move of at most one label height and a half
    expect(second.dx).toBe(0);
    expect(Math.abs(second.dy)).toBeLessThanOrEqual(1.5 * 34);
  });

  it('keeps every shown label clear of every other in a crowd, and hides what cannot be placed', () => {
    const boxes = Array.from({ length: 30 }, (_, i) => ({ x: 100 + (i % 5) * 7, y: 100 + Math.floor(i / 5) * 5, w: 60, h: 30 }));
    const out = layoutLabels(boxes);
    const shown = out.map((p, i) => (p.visible ? at(boxes[i], p) : null)).filter((b): b is LabelBox => b !== null);
    expect(out.some((p) => !p.visible)).toBe(true);
    expect(shown.length).toBeGreaterThan(1);
    for (let i = 0; i < shown.length; i++) for (let j = i + 1; j < shown.length; j++) expect(overlap(shown[i], shown[j])).toBe(false);
  });
});

describe('roughArea', () => {
  it('measures polygons and multipolygons by their outer rings', () => {
    const square = [[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]];
    const hole = [[0.5, 0.5], [1, 0.5], [1, 1], [0.5, 0.5]];
    expect(roughArea({ type: 'Polygon', coordinates: [square, hole] })).toBe(4);
    expect(roughArea({ type: 'MultiPolygon', coordinates: [[square], [[[5, 5], [6, 5], [6, 6], [5, 6], [5, 5]]]] })).toBe(5);
    expect(roughArea({ type: 'Point', coordinates: [1, 2] })).toBe(0);
  });
});
