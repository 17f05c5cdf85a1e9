// The areas live in src/schema/areas.ts (shared with the app); re-exported so the extractors' imports keep working.
export { AREAS, AREA_CODES, CITY_CODE, CENTRAL_CITY_CODE, areaByCode, resolveArea, tryResolveArea } from '../../src/schema/areas.ts';
export type { Area, AreaKind } from '../../src/schema/areas.ts';
