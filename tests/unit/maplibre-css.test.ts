import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { trimMaplibreStylesheet } from '../../vite.config.ts';

const css = readFileSync(createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.css'), 'utf8');
const trimmed = trimMaplibreStylesheet(css);
/** the declarations of every rule whose selector list includes exactly `selector` */
const rulesFor = (sheet: string, selector: string) =>
  [...sheet.matchAll(/([^{}]+)\{([^{}]*)\}/g)].filter((m) => m[1].split(',').map((x) => x.trim()).includes(selector)).map((m) => m[2]);

describe("MapLibre's stylesheet, trimmed to what the map shows (vite.config.ts)", () => {
  it('keeps every rule of the map, its canvas and the controls the app adds (navigation, attribution)', () => {
    for (const sel of [
      '.maplibregl-map', '.maplibregl-canvas', '.maplibregl-ctrl-group button',
      '.maplibregl-ctrl button.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon',
      '.maplibregl-ctrl button.maplibregl-ctrl-zoom-out .maplibregl-ctrl-icon',
      '.maplibregl-ctrl button.maplibregl-ctrl-compass .maplibregl-ctrl-icon',
      '.maplibregl-ctrl-attrib-button', '.maplibregl-ctrl-attrib.maplibregl-compact', '.maplibregl-boxzoom',
    ]) {
      const before = rulesFor(css, sel);
      expect(before.length, `${sel} is in MapLibre's stylesheet`).toBeGreaterThan(0);
      expect(rulesFor(trimmed, sel), sel).toEqual(before);
    }
  });

  it('drops the controls, popups and markers the app never adds, and most of the bytes', () => {
    for (const word of ['geolocate', 'popup', 'marker', 'fullscreen', 'terrain', 'globe', 'ctrl-logo', 'ctrl-scale', 'cooperative']) {
      expect(trimmed).not.toContain(`maplibregl-${word}`);
    }
    expect(trimmed.length).toBeLessThan(css.length / 3);
  });
});
