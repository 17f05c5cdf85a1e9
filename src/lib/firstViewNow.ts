/**
 * What the build inlined for the first paint (vite.config.ts): the county boundaries and the default state's
 * paint and labels (firstView.ts). With these the SVG map draws the default view at once, and any other view's
 * counties and names, while the data files are still on their way.
 */
import type { Counties } from './choropleth.ts';
import type { FirstView } from './firstView.ts';

declare const __COUNTIES__: Counties;
declare const __FIRST_VIEW__: FirstView;

/** geo/xuchang_counties.geojson as built */
export const INLINE_COUNTIES: Counties = __COUNTIES__;
/** the default state's first view */
export const FIRST_VIEW: FirstView = __FIRST_VIEW__;
