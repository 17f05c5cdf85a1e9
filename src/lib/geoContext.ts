declare const __GEO_PREFECTURES__: boolean;
/**
 * Whether this build has the Henan prefecture context layer (geo/henan_prefectures.geojson). Only the internal
 * AMap/DataV build has one (no open prefecture layer of usable accuracy exists); decided when the app is built
 * (vite.config), so the map's style never asks for a file that is not there.
 */
export const HAS_PREFECTURES: boolean = __GEO_PREFECTURES__;

declare const __BOUNDARY_CREDIT__: { en: string; zh: string };
/** The credit of the county boundaries this build was made with (geo/attribution.json), for exported images. */
export const BOUNDARY_CREDIT: { en: string; zh: string } = __BOUNDARY_CREDIT__;
