/**
 * Class breaks and colours for the choropleth. With at most nine areas, natural breaks (Jenks, exact by
 * dynamic programming) group similar values; the palette is a ColorBrewer sequential scheme (YlGnBu) that
 * stays ordered in lightness, so it reads under the common colour-vision deficiencies and in greyscale.
 */
export type RGB = [number, number, number];

// ColorBrewer YlGnBu, 5 classes (Cynthia Brewer, Apache-2.0); lightest → darkest
export const PALETTE: readonly RGB[] = [
  [255, 255, 204], [161, 218, 180], [65, 182, 196], [44, 127, 184], [37, 52, 148],
];
export const NO_DATA: RGB = [224, 224, 224];

/** Exact natural breaks: upper bounds of k classes minimising within-class variance. */
export function naturalBreaks(values: readonly number[], k: number): number[] {
  const xs = [...new Set(values.filter(Number.isFinite))].sort((a, b) => a - b);
  if (xs.length === 0) return [];
  const classes = Math.max(1, Math.min(k, xs.length));
  const n = xs.length;
  // ssd(i, j): sum of squared deviations of xs[i..j]
  const pre = [0], pre2 = [0];
  for (const x of xs) { pre.push(pre[pre.length - 1] + x); pre2.push(pre2[pre2.length - 1] + x * x); }
  const ssd = (i: number, j: number) => {
    const s = pre[j + 1] - pre[i], s2 = pre2[j + 1] - pre2[i], m = j - i + 1;
    return s2 - (s * s) / m;
  };
  const cost: number[][] = Array.from({ length: classes }, () => new Array(n).fill(Infinity));
  const cut: number[][] = Array.from({ length: classes }, () => new Array(n).fill(0));
  for (let j = 0; j < n; j++) cost[0][j] = ssd(0, j);
  for (let c = 1; c < classes; c++) {
    for (let j = c; j < n; j++) {
      for (let i = c; i <= j; i++) {
        const v = cost[c - 1][i - 1] + ssd(i, j);
        if (v < cost[c][j]) { cost[c][j] = v; cut[c][j] = i; }
      }
    }
  }
  const uppers: number[] = [];
  let j = n - 1;
  for (let c = classes - 1; c >= 0; c--) {
    uppers.unshift(xs[j]);
    j = cut[c][j] - 1;
  }
  return uppers;
}

export interface ColourScale {
  /** upper bound of each class, ascending */
  breaks: number[];
  colours: RGB[];
  /** every value is a whole number (counts): classes are labelled as whole-number ranges */
  integer: boolean;
  colourOf(value: number | null): RGB;
  classOf(value: number | null): number;
}

/** Spread the palette over however many classes there are, keeping the ends. */
function pick(count: number): RGB[] {
  if (count <= 1) return [PALETTE[3]];
  return Array.from({ length: count }, (_, i) => PALETTE[Math.round((i * (PALETTE.length - 1)) / (count - 1))]);
}

export function colourScale(values: readonly number[], k = 5): ColourScale {
  const breaks = naturalBreaks(values, k);
  const colours = pick(breaks.length);
  const classOf = (v: number | null) => {
    if (v === null || !Number.isFinite(v) || breaks.length === 0) return -1;
    const i = breaks.findIndex((b) => v <= b);
    return i === -1 ? breaks.length - 1 : i;
  };
  const integer = values.length > 0 && values.every((v) => Number.isInteger(v));
  return { breaks, colours, integer, classOf, colourOf: (v) => (classOf(v) === -1 ? NO_DATA : colours[classOf(v)]) };
}

/**
 * Legend labels: "≤ a", "a – b", … For whole-number data a class (a, b] holds a+1 … b, so it is labelled
 * "a+1 – b", or just "b" when that is a single number (counts of 0, 1, 2 read as "0", "1", "2").
 */
export function legendLabels(breaks: readonly number[], fmt: (x: number) => string, integer = false): string[] {
  if (integer) {
    return breaks.map((b, i) => {
      const lo = i === 0 ? null : breaks[i - 1] + 1;
      return lo === null ? (i === breaks.length - 1 || b <= 0 ? fmt(b) : `≤ ${fmt(b)}`) : lo === b ? fmt(b) : `${fmt(lo)} – ${fmt(b)}`;
    });
  }
  return breaks.map((b, i) => (i === 0 ? `≤ ${fmt(b)}` : `${fmt(breaks[i - 1])} – ${fmt(b)}`));
}
