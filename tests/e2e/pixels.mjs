// What the map shows, read from pixels: a page screenshot (or the exported PNG), never the app's own idea of
// its colours. Each county is sampled in a small window at an interior point that nothing covers (no label,
// legend, control, border or river), and compared with the colour the legend shows for the county's class;
// hatching is looked for exactly where the value is a target or a plan.
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { COUNTIES } from './data.mjs';

const counties = JSON.parse(readFileSync('geo/xuchang_counties.geojson', 'utf8')).features;
const rivers = JSON.parse(readFileSync('geo/rivers.geojson', 'utf8')).features;

/** half the side of the sampling window (px): 11 × 11 covers more than one period of the hatch (8 px) */
export const WINDOW = 5;

// ---------- images ----------

/** A decoded PNG: `at(x, y)` → [r, g, b] (x, y rounded; outside → null). */
export function decodePng(buffer) {
  const png = PNG.sync.read(buffer);
  const { width, height, data } = png;
  return {
    width, height,
    at(x, y) {
      const xi = Math.round(x), yi = Math.round(y);
      if (xi < 0 || yi < 0 || xi >= width || yi >= height) return null;
      const i = (yi * width + xi) * 4;
      return [data[i], data[i + 1], data[i + 2]];
    },
  };
}

/** The page as the user sees it (CSS pixels: the tests use deviceScaleFactor 1). */
export async function pageImage(page) {
  return decodePng(await page.screenshot());
}

const dist = (a, b) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
const key = (c) => c.join(',');

/** The pixels of the square window of half-side r around (x, y) in `img`. */
export function windowPixels(img, x, y, r = WINDOW) {
  const out = [];
  for (let dy = -r; dy <= r; dy++) for (let dx = -r; dx <= r; dx++) { const p = img.at(x + dx, y + dy); if (p) out.push(p); }
  return out;
}

/** The pixels of the w × h rectangle at (x, y) in `img`, as rows (for textures: neighbours matter). */
export function gridPixels(img, x, y, w, h) {
  const rows = [];
  for (let j = 0; j < h; j++) {
    const row = [];
    for (let i = 0; i < w; i++) row.push(img.at(x + i, y + j) ?? [0, 0, 0]);
    rows.push(row);
  }
  return rows;
}

/** The most frequent exact colour of a list of pixels. */
export function modeColour(pixels) {
  const counts = new Map();
  let best = null, bestN = 0;
  for (const p of pixels) {
    const k = key(p);
    const n = (counts.get(k) ?? 0) + 1;
    counts.set(k, n);
    if (n > bestN) { bestN = n; best = p; }
  }
  return best;
}

/**
 * A window's colour and texture: `colour` is its most frequent colour (for a hatched county: the colour of the
 * stripes, which cover most of it), `textured` the share of pixels far (> 20) from that colour: the hatch's light
 * gaps and dark hairlines; ~0 on a solid fill.
 */
export function sampleWindow(img, x, y, r = WINDOW) {
  const px = windowPixels(img, x, y, r);
  const colour = modeColour(px);
  return { colour, textured: px.filter((p) => dist(p, colour) > 20).length / px.length };
}

/**
 * How well pixel P is colour C laid over background B with opacity alpha: the alpha that fits best, and how far
 * (RGB distance) P is from that blend. A hue shift or a grey makes the distance large; a muted (expired) value
 * fits with a small alpha.
 */
export function blendFit(p, c, b) {
  const cb = [c[0] - b[0], c[1] - b[1], c[2] - b[2]];
  const pb = [p[0] - b[0], p[1] - b[1], p[2] - b[2]];
  const len2 = cb[0] ** 2 + cb[1] ** 2 + cb[2] ** 2;
  const alpha = len2 === 0 ? 1 : (pb[0] * cb[0] + pb[1] * cb[1] + pb[2] * cb[2]) / len2;
  const fit = [b[0] + alpha * cb[0], b[1] + alpha * cb[1], b[2] + alpha * cb[2]];
  return { alpha, residual: dist(p, fit) };
}

/**
 * What a hatched patch shows (a legend swatch, or a county's window), given the land colour: `fill` its most
 * frequent colour (the stripes'), and the shares of its pixels that are that colour (`fillShare`), the land-coloured
 * gaps (`gapShare`: on the line between fill and land, nearer the land; a magnified map blurs its narrow gaps) and
 * the hairlines (`hairShare`: pixels that no blend of fill and land explains, darker than the land: grey lines down
 * the gaps). `repeat`: the shift along the diagonal (px, both axes) after which the stripes repeat best; `rises`:
 * the stripes run bottom-left to top-right (the patch is more alike along that diagonal than along the other).
 */
export function hatchTexture(grid, land) {
  const px = grid.flat();
  const fill = modeColour(px);
  const lum = (c) => 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2];
  let fills = 0, gaps = 0, hairs = 0;
  for (const p of px) {
    if (dist(p, fill) <= 8) { fills++; continue; }
    // (alpha: how much of the fill over the land)
    const { alpha, residual } = blendFit(p, fill, land);
    if (residual <= 12 && alpha <= 0.5) gaps++;
    else if (residual > 20 && lum(p) < lum(land) - 40) hairs++;
  }
  const h = grid.length, w = grid[0]?.length ?? 0;
  // mean colour distance between each pixel and the one (dx, dy) away
  const unlike = (dx, dy) => {
    let sum = 0, n = 0;
    for (let y = Math.max(0, -dy); y < Math.min(h, h - dy); y++) {
      for (let x = Math.max(0, -dx); x < Math.min(w, w - dx); x++) { sum += dist(grid[y][x], grid[y + dy][x + dx]); n++; }
    }
    return n ? sum / n : Infinity;
  };
  let repeat = null, best = Infinity;
  for (let d = 2; d <= Math.min(w, h) - 3; d++) {
    const u = unlike(d, d);
    if (u < best - 1) { best = u; repeat = d; }
  }
  return {
    fill, fillShare: fills / px.length, gapShare: gaps / px.length, hairShare: hairs / px.length,
    repeat, rises: unlike(1, -1) < unlike(1, 1),
  };
}

const pct = (x) => `${Math.round(x * 100)}%`;
const textureText = (t) => `fill ${key(t.fill)} ${pct(t.fillShare)}, gaps ${pct(t.gapShare)}, hairlines ${pct(t.hairShare)}, repeat ${t.repeat}, ${t.rises ? 'rising' : 'falling'}`;

/**
 * What is wrong with a legend's hatch swatch (read from `grid`): it must show `fill` (the scale's strongest colour)
 * in stripes rising to the right, with land-coloured gaps, each with its darker hairline — what the map shows.
 */
export function hatchSwatchProblems(grid, fill, land, what = 'the legend\'s hatch swatch') {
  if (!grid?.length) return [`${what} is missing`];
  const t = hatchTexture(grid, land);
  const out = [];
  if (dist(t.fill, fill) > 8 || t.fillShare < 0.2) out.push(`${what} does not show the fill ${key(fill)} (${textureText(t)})`);
  if (t.gapShare < 0.1) out.push(`${what} has no land-coloured (${key(land)}) gaps (${textureText(t)})`);
  if (t.hairShare < 0.05) out.push(`${what} has no hairlines in its gaps (${textureText(t)})`);
  if (!t.rises) out.push(`${what}'s stripes do not rise to the right (${textureText(t)})`);
  return out;
}

// ---------- where to look ----------

/** Page positions (CSS px) of many lon/lat pairs on the current map, in one round trip. */
async function projectAll(page, lonLats) {
  return page.evaluate((pts) => pts.map(([lon, lat]) => window.__atlas.project(lon, lat)), lonLats);
}

const ringsOf = (geometry) => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).flat();
function inside(x, y, rings) {
  let c = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i], [xj, yj] = ring[j];
      if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
    }
  }
  return c;
}

/**
 * For each county (adcode → {x, y, r}, page px; null if nothing of it is uncovered): the interior point nearest
 * its label point whose sampling window (half-side r: WINDOW, or 3 where a small county has no room for that;
 * 7 × 7 still crosses the hatch) lies inside the county, clear of every county border, of rivers, and of
 * anything drawn over the map (labels, legend, controls, zone strip).
 */
export async function countySamplePoints(page) {
  // every ring of every county, and every river line, projected to the page in one go
  const countyRings = counties.map((f) => ringsOf(f.geometry));
  const riverLines = rivers.flatMap((f) => (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates));
  const flat = [...countyRings.flat(), ...riverLines];
  const projected = await projectAll(page, [...counties.map((f) => [f.properties.label_lon, f.properties.label_lat]), ...flat.flat()]);
  if (projected.some((p) => !p)) throw new Error('the map could not project points (no map?)');
  const labels = projected.slice(0, counties.length);
  let k = counties.length;
  const screen = flat.map((line) => line.map(() => { const p = projected[k++]; return [p.x, p.y]; }));
  const ringsByCounty = [];
  let n = 0;
  for (const rings of countyRings) { ringsByCounty.push(screen.slice(n, n + rings.length)); n += rings.length; }
  const { width, height } = page.viewportSize();

  const out = {};
  for (const r of [WINDOW, 3]) {
    // pixels too near a line (border or river) for a window of half-side r
    const near = lineMask(screen, width, height, r + 2);
    for (let c = 0; c < counties.length; c++) {
      const code = counties[c].properties.adcode;
      if (!out[code]) out[code] = await clearPoint(page, ringsByCounty[c], near, width, labels[c], r);
    }
  }
  return out;
}

/**
 * The selection outline as drawn: for each county, the share of its border points (its ring vertices that
 * nothing covers) with a pixel of `colour` within 1 px. Vertices within 6 px of another county's border count
 * for neither (shared borders are outlined when either side is selected).
 */
export async function outlineShares(page, img, colour, tolerance = 40) {
  const rings = counties.map((f) => ringsOf(f.geometry));
  const projected = await projectAll(page, rings.flat(2));
  if (projected.some((p) => !p)) throw new Error('the map could not project points (no map?)');
  let k = 0;
  const screen = rings.map((rs) => rs.flat().map(() => projected[k++]));
  const visible = await page.evaluate((pts) => {
    // (the labels and the pointer's tooltip let clicks through, so elementFromPoint does not see them: their
    // boxes are checked)
    const labels = [...document.querySelectorAll('[data-map-label], [role="tooltip"]')].filter((el) => getComputedStyle(el).visibility !== 'hidden')
      .map((el) => el.getBoundingClientRect());
    return pts.map(({ x, y }) => !labels.some((l) => x + 3 > l.left && x - 3 < l.right && y + 3 > l.top && y - 3 < l.bottom) &&
      document.elementFromPoint(x, y) instanceof HTMLCanvasElement);
  }, projected);
  k = 0;
  const shown = screen.map((pts) => pts.map(() => visible[k++]));
  const out = {};
  screen.forEach((pts, c) => {
    const others = screen.filter((_, o) => o !== c).flat();
    const own = pts.filter((p, i) => shown[c][i] && !others.some((q) => Math.hypot(p.x - q.x, p.y - q.y) < 6));
    const hits = own.filter((p) => windowPixels(img, Math.round(p.x), Math.round(p.y), 1).some((px) => dist(px, colour) <= tolerance));
    out[counties[c].properties.adcode] = { share: own.length ? hits.length / own.length : null, points: own.length };
  });
  return out;
}

/** width × height mask: 1 where a pixel is within d of one of the lines */
function lineMask(lines, width, height, d) {
  const mask = new Uint8Array(width * height);
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) {
      const [ax, ay] = line[i - 1], [bx, by] = line[i];
      const steps = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay)));
      for (let s = 0; s <= steps; s++) {
        const cx = Math.round(ax + ((bx - ax) * s) / steps), cy = Math.round(ay + ((by - ay) * s) / steps);
        if (cx < -d || cy < -d || cx > width + d || cy > height + d) continue;
        for (let y = Math.max(0, cy - d); y <= Math.min(height - 1, cy + d); y++) {
          for (let x = Math.max(0, cx - d); x <= Math.min(width - 1, cx + d); x++) if ((x - cx) ** 2 + (y - cy) ** 2 <= d * d) mask[y * width + x] = 1;
        }
      }
    }
  }
  return mask;
}

async function clearPoint(page, rings, near, width, label, r) {
  const height = near.length / width;
  const xs = rings.flat().map((p) => p[0]), ys = rings.flat().map((p) => p[1]);
  const candidates = [];
  for (let x = Math.max(r, Math.ceil(Math.min(...xs))); x <= Math.min(width - 1 - r, Math.max(...xs)); x += 2) {
    for (let y = Math.max(r, Math.ceil(Math.min(...ys))); y <= Math.min(height - 1 - r, Math.max(...ys)); y += 2) {
      if (near[y * width + x] || !inside(x, y, rings)) continue;
      candidates.push({ x, y, d: Math.hypot(x - label.x, y - label.y) });
    }
  }
  candidates.sort((a, b) => a.d - b.d);
  // the nearest candidates first, asking the page which are not covered (a batch at a time)
  for (let i = 0; i < candidates.length; i += 100) {
    const batch = candidates.slice(i, i + 100);
    const clear = await page.evaluate(([pts, m]) => {
      // the labels let clicks through (pointer-events: none), so elementFromPoint does not see them
      const labels = [...document.querySelectorAll('[data-map-label]')].filter((el) => getComputedStyle(el).visibility !== 'hidden')
        .map((el) => el.getBoundingClientRect());
      return pts.map(({ x, y }) =>
        !labels.some((l) => x + m > l.left && x - m < l.right && y + m > l.top && y - m < l.bottom) &&
        [[0, 0], [-m, -m], [m, -m], [-m, m], [m, m], [0, -m], [0, m], [-m, 0], [m, 0]].every(([dx, dy]) =>
          document.elementFromPoint(x + dx, y + dy) instanceof HTMLCanvasElement));
    }, [batch, r + 1]);
    const hit = batch.find((_, j) => clear[j]);
    if (hit) return { x: hit.x, y: hit.y, r };
  }
  return null;
}

// ---------- the legend ----------

/**
 * The legend's swatches as drawn: class index (or "none" for no data) → colour read from a screenshot. A folded
 * legend (on a phone it starts folded) is opened for this and folded again.
 */
export async function legendSwatches(page) {
  const legend = page.locator('details.legend');
  const folded = !(await legend.evaluate((d) => d.open));
  if (folded) await legend.locator('summary').click();
  const img = await pageImage(page);
  const rects = await page.locator('[data-legend-class]').evaluateAll((els) => els.map((el) => {
    const r = el.getBoundingClientRect();
    return { cls: el.dataset.legendClass, x: r.left, y: r.top, w: r.width, h: r.height };
  }));
  if (folded) await legend.locator('summary').click();
  const out = {};
  for (const s of rects) {
    // the hatch swatch as a grid of pixels (inside its 1 px border): its texture is compared with the map's
    if (s.cls === 'hatch') out.hatch = gridPixels(img, Math.ceil(s.x + 1), Math.ceil(s.y + 1), Math.floor(s.w - 2), Math.floor(s.h - 2));
    if (s.cls === 'hatch' || s.cls === 'expired') continue;
    // inside the 1 px border
    const px = [];
    for (let y = Math.ceil(s.y + 2); y <= s.y + s.h - 3; y++) for (let x = Math.ceil(s.x + 2); x <= s.x + s.w - 3; x++) px.push(img.at(x, y));
    out[s.cls] = modeColour(px.filter(Boolean));
  }
  return out;
}

/** The class a value falls in, given the legend's class upper bounds (-1 → no data). */
export function classOf(value, breaks) {
  if (value === null || breaks.length === 0) return -1;
  const i = breaks.findIndex((b) => value <= b);
  return i === -1 ? breaks.length - 1 : i;
}

// ---------- the check ----------

/**
 * Everything wrong with the map's colours in `img` (an empty list when all is right): for each county, its
 * window's colour must be the legend swatch of its class laid over the map background (opacity ≥ 0.75; a muted
 * 0.25–0.6 for an expired value), hatched exactly when its value is a target or a plan; the legend's swatches
 * must show the colours the legend is built from. `offset` maps page positions into `img` (for the exported PNG).
 * Returns { problems, samples } (samples: what was read, for the message).
 */
export async function mapColourProblems(page, { img, points, offset = { x: 0, y: 0 } }) {
  const legend = await page.evaluate(() => window.__atlas.getLegend());
  if (!legend) return { problems: ['the legend has no classes (a city-only indicator?)'], samples: [] };
  const areas = (await page.evaluate(() => window.__atlas.getRenderedAreas())).filter((a) => COUNTY_CODES.includes(a.area_code));
  const swatches = await legendSwatches(page);
  const problems = [];
  // the legend itself, as shown, must be the legend's colours (a filter over the whole page greys it too)
  legend.colours.forEach((c, i) => {
    if (!swatches[i]) problems.push(`legend class ${i} has no swatch`);
    else if (dist(swatches[i], c) > 8) problems.push(`legend swatch ${i} shows ${key(swatches[i])}, not ${key(c)}`);
  });
  if (!swatches.none || dist(swatches.none, legend.noData) > 8) problems.push(`legend no-data swatch shows ${swatches.none}, not ${key(legend.noData)}`);

  const mapRect = await page.locator('.map-area .map').boundingBox();
  // the map's background: the most common colour over the whole map
  const bg = [];
  for (let y = mapRect.y + 2; y < mapRect.y + mapRect.height - 2; y += 3) for (let x = mapRect.x + 2; x < mapRect.x + mapRect.width - 2; x += 3) bg.push(img.at(x + offset.x, y + offset.y));
  const background = modeColour(bg.filter(Boolean));

  // the legend's hatch: the strongest class colour, hatched as the map is (land-coloured gaps, hairlines)
  problems.push(...hatchSwatchProblems(swatches.hatch, legend.colours[legend.colours.length - 1] ?? legend.noData, background));
  const swatchHatch = swatches.hatch?.length ? hatchTexture(swatches.hatch, background) : null;
  // the map draws the hatch at the legend's size at whole zoom levels and scales it with the map in between
  // (MapLibre's fill patterns; the SVG map follows): the zoom, from the map's own projection of 1° of longitude
  const [w, e] = await projectAll(page, [[113, 34], [114, 34]]);
  const zoom = Math.log2((e.x - w.x) / (512 / 360));
  const hatchScale = 2 ** (zoom - Math.floor(zoom));

  const samples = [];
  for (const a of areas) {
    const p = points[a.area_code];
    if (!p) continue; // wholly under its label: nothing of its colour is shown
    const cls = classOf(a.value, legend.breaks);
    const swatch = swatches[cls === -1 ? 'none' : cls];
    const { colour, textured } = sampleWindow(img, p.x + offset.x, p.y + offset.y, p.r);
    const { alpha, residual } = blendFit(colour, swatch, background);
    const hatched = a.kind === 'target' || a.kind === 'plan';
    const expired = a.status === 'expired';
    samples.push({ area: a.area_code, at: p, colour, swatch, alpha: +alpha.toFixed(2), residual: +residual.toFixed(1), textured: +textured.toFixed(2), hatched, expired });
    const what = `county ${a.area_code} (class ${cls === -1 ? 'no data' : cls}, ${a.status}${hatched ? ', hatched' : ''}) at ${Math.round(p.x)},${Math.round(p.y)}`;
    if (residual > 12) problems.push(`${what}: colour ${key(colour)} is not the legend's ${key(swatch)} over ${key(background)} (off by ${residual.toFixed(1)})`);
    const [lo, hi] = expired ? [0.25, 0.6] : [0.75, 1.08];
    if (alpha < lo || alpha > hi) problems.push(`${what}: colour ${key(colour)} is the legend's ${key(swatch)} at ${Math.round(alpha * 100)}% strength, expected ${lo * 100}–${Math.min(100, hi * 100)}%`);
    if (hatched && textured < 0.15) problems.push(`${what}: no hatching (${Math.round(textured * 100)}% of the window differs from its colour)`);
    if (!hatched && textured > 0.03) problems.push(`${what}: hatched or textured where the value is not a target (${Math.round(textured * 100)}%)`);
    if (hatched && textured >= 0.15) {
      // the same hatch as the legend's swatch: land-coloured gaps with hairlines, at the same spacing and slant
      const t = hatchTexture(gridPixels(img, p.x + offset.x - p.r, p.y + offset.y - p.r, 2 * p.r + 1, 2 * p.r + 1), background);
      if (t.gapShare === 0 || t.hairShare === 0) problems.push(`${what}: its hatch lacks land-coloured gaps or hairlines (${textureText(t)})`);
      if (swatchHatch && (Math.abs(t.repeat - swatchHatch.repeat * hatchScale) > 1 || t.rises !== swatchHatch.rises)) {
        problems.push(`${what}: hatched unlike the legend's swatch (map: ${textureText(t)}; legend: ${textureText(swatchHatch)}, drawn ${hatchScale.toFixed(2)}× on the map)`);
      }
    }
  }
  return { problems, samples, background };
}

const COUNTY_CODES = COUNTIES;
