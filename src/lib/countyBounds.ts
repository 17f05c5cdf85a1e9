import type { Bounds } from './bounds.ts';

declare const __COUNTY_BOUNDS__: Bounds;
/**
 * The counties' bounds, computed from geo/xuchang_counties.geojson when the app is built (vite.config): the
 * map starts with the right view without waiting for that file to download.
 */
export const COUNTY_BOUNDS: Bounds = __COUNTY_BOUNDS__;
