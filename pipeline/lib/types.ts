/**
 * Row shapes and vocabulary: defined in src/schema/ (shared with the app) and re-exported here so the
 * extractors' imports keep working. Only what is the pipeline's own (drafts, extractor results) is defined here.
 */
export {
  KINDS, TOPICS, PLACE_STATUSES, LOCATION_PRECISIONS, QUALIFIERS, YEAR_BASES, BINDINGS, PLACE_CATEGORIES, UNITS,
  INDICATOR_COLUMNS, DEF_COLUMNS, PLACE_COLUMNS, CHECK_COLUMNS, DOCUMENT_COLUMNS,
} from '../../src/schema/index.ts';
export type {
  Kind, Topic, PlaceStatus, LocationPrecision, Qualifier, YearBasis, Binding, PlaceCategory,
  IndicatorRow, IndicatorDef, PlaceRow, CheckRow, DocumentRow,
} from '../../src/schema/index.ts';
import type { CheckRow, IndicatorDef, IndicatorRow, PlaceRow } from '../../src/schema/index.ts';

/** What an extractor emits: the locator step fills lon/lat/location_precision. */
export type PlaceDraft = Omit<PlaceRow, 'lon' | 'lat' | 'location_precision'> & {
  /** township / town name as printed (e.g. 神垕镇), used to look up a gazetteer coordinate */
  town?: string;
};

export interface ExtractResult {
  indicators: IndicatorRow[];
  places: PlaceDraft[];
  checks: CheckRow[];
  defs: IndicatorDef[];
}
