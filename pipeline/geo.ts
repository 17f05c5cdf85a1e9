/**
 * Geo layers for the map (county polygons, optional prefecture context, townships, GeoNames places, rivers) and
 * their credits. The code lives in pipeline/geo/ by concern; this module re-exports it for the pipeline, the tests
 * and the app's type imports.
 */
export * from './geo/attribution.ts';
export * from './geo/boundaries.ts';
export * from './geo/build.ts';
export * from './geo/context.ts';
export * from './geo/coords.ts';
export * from './geo/labels.ts';
export * from './geo/polygons.ts';
export * from './geo/townships.ts';
