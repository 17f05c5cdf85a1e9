import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitCamera, mercator, pathOf, project, viewCamera } from '../../src/lib/svgMap.ts';
import { boundsOf } from '../../src/lib/bounds.ts';

const counties = JSON.parse(readFileSync('geo/xuchang_counties.geojson', 'utf8'));
const bounds = boundsOf(counties);

describe('the SVG map camera', () => {
  it('is Web Mercator with 512 px tiles: zoom 0 spans 512 px, the equator at the middle', () => {
    expect(mercator(-180, 0)).toEqual([0, 256]);
    expect(mercator(180, 0)[0]).toBe(512);
    expect(mercator(0, 85.051129)[1]).toBeCloseTo(0, 3);
  });
  it('fits the counties inside the padded viewport, touching it on one axis, centred on the other', () => {
    for (const [w, h] of [[640, 680], [390, 460], [1280, 800]]) {
      const cam = fitCamera(bounds, w, h, 24);
      const [x0, y0] = project(cam, bounds[0][0], bounds[1][1]);
      const [x1, y1] = project(cam, bounds[1][0], bounds[0][1]);
      expect(x0).toBeGreaterThanOrEqual(24 - 1e-6);
      expect(y0).toBeGreaterThanOrEqual(24 - 1e-6);
      expect(x1).toBeLessThanOrEqual(w - 24 + 1e-6);
      expect(y1).toBeLessThanOrEqual(h - 24 + 1e-6);
      const touches = Math.abs(x0 - 24) < 1e-6 || Math.abs(y0 - 24) < 1e-6;
      expect(touches).toBe(true);
      expect((x0 + x1) / 2).toBeCloseTo(w / 2, 6);
      expect((y0 + y1) / 2).toBeCloseTo(h / 2, 6);
    }
  });
  it('puts a view\'s centre in the middle of the viewport at its zoom', () => {
    const cam = viewCamera({ lon: 113.8, lat: 34.0, zoom: 9, bearing: 0, pitch: 0 }, 800, 600);
    expect(project(cam, 113.8, 34.0)).toEqual([400, 300]);
    // one degree of longitude at zoom 9 is 512·2⁹/360 px
    expect(project(cam, 114.8, 34.0)[0] - 400).toBeCloseTo((512 * 2 ** 9) / 360, 6);
  });
  it('draws each county as a closed path', () => {
    const cam = fitCamera(bounds, 800, 600);
    for (const f of counties.features) {
      const d = pathOf(f.geometry, cam);
      expect(d).toMatch(/^M[\d.]+ [\d.]+(L[\d.-]+ [\d.-]+)+Z/);
      expect(d.endsWith('Z')).toBe(true);
    }
  });
});
