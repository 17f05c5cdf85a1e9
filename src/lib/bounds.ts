/** The bounding box of a GeoJSON feature collection. Pure: used at build time by vite.config.ts (the map's first view) and bench/vite.anchor.config.ts. */
export type Bounds = [[number, number], [number, number]];

export function boundsOf(fc: { features: { geometry: unknown }[] }): Bounds {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as number[];
      w = Math.min(w, x); e = Math.max(e, x); s = Math.min(s, y); n = Math.max(n, y);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const f of fc.features) visit((f.geometry as { coordinates: unknown } | null)?.coordinates);
  return [[w, s], [e, n]];
}
