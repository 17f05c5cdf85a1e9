/**
 * What the build inlined for the first paint (vite.config.ts): the default state's paint and labels (firstView.ts).
 * With these and the inlined counties (countyGeometry.ts) the SVG map draws the default view at once, while the
 * data files are still on their way.
 */
import type { FirstView } from './firstView.ts';

declare const __FIRST_VIEW__: FirstView;

/** the default state's first view */
export const FIRST_VIEW: FirstView = __FIRST_VIEW__;
