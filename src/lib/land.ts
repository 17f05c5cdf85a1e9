/**
 * Land outside Xuchang; also the gap colour of the target hatching. A module of its own (re-exported by
 * baseStyle.ts) so the hatch definition (src/map/hatch.ts) can use it without an import cycle through the style.
 */
export const LAND_FILL = '#f7f8f6';
