/** Shapes of the geo files the pipeline writes and the app reads (geo/xuchang_counties.geojson, geo/attribution.json). */

/** Properties of one county feature. */
export interface CountyProps {
  adcode: string;
  name_zh: string;
  name_en: string;
  label_lon: number;
  label_lat: number;
}

/** One data source as shown to users (geo/attribution.json, geo/SOURCES.md). */
export interface SourceCredit {
  id: string;
  name: string;
  /** output files (names under geo/) that contain data from this source; filled by buildAttribution */
  files: string[];
  licence: string;
  licence_url: string;
  /** short string the app shows in its attribution control (English UI) */
  attribution: string;
  /** the same in Chinese (Chinese UI) */
  attribution_zh: string;
  note: string;
}
