/** Row shapes of the committed data files. Column order here is the column order in the CSVs. */

export type Kind = 'baseline' | 'actual' | 'target' | 'plan';
export const KINDS: readonly Kind[] = ['baseline', 'actual', 'target', 'plan'];

export const INDICATOR_COLUMNS = [
  'indicator', 'area_code', 'area', 'year', 'value', 'unit', 'kind', 'doc', 'seed', 'line', 'quote', 'note', 'place_id',
] as const;
export interface IndicatorRow {
  indicator: string;
  area_code: string;
  area: string;
  year: number;
  /** ASCII decimal string, e.g. "234.1"; never full-width */
  value: string;
  unit: string;
  kind: Kind;
  doc: string;
  seed: string;
  line: number;
  quote: string;
  /** why a judgement was needed (ambiguity, inferred year, reconstructed table cell); empty otherwise */
  note: string;
  /** set when the value belongs to one site (e.g. a coal enterprise) inside the area, not to the area as a whole */
  place_id: string;
  /** '' | at_least | at_most | about | aim | over | under: the words printed with the value */
  qualifier?: string;
  /** '' = the year is printed in the sentence; section | horizon | before_issue = inferred, and how */
  year_basis?: string;
  /** '' unless a unit conversion was made: the value and unit as printed */
  printed?: string;
}

export const TOPICS = [
  'coal', 'fire', 'tourism_road', 'wetland', 'water', 'forest', 'air', 'energy', 'industry', 'digital',
  'transport', 'health', 'housing', 'eldercare', 'agriculture', 'culture', 'economy', 'science', 'other',
] as const;
export type Topic = (typeof TOPICS)[number];

export const DEF_COLUMNS = ['id', 'topic', 'name_zh', 'name_en', 'unit', 'description'] as const;
export interface IndicatorDef {
  id: string;
  topic: Topic;
  name_zh: string;
  name_en: string;
  unit: string;
  description: string;
  /** '' | binding (约束性) | expected (预期性), only where a document's table states it */
  binding?: string;
}

export const PLACE_STATUSES = ['existing', 'planned', 'upgrading', 'pilot', 'unknown'] as const;
export type PlaceStatus = (typeof PLACE_STATUSES)[number];
export const LOCATION_PRECISIONS = ['exact', 'town', 'county', 'none'] as const;
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];

export const PLACE_COLUMNS = [
  'place_id', 'name', 'category', 'area_code', 'area', 'lon', 'lat', 'location_precision', 'year', 'status',
  'doc', 'seed', 'line', 'quote', 'note',
] as const;
export interface PlaceRow {
  place_id: string;
  name: string;
  category: string;
  area_code: string;
  area: string;
  /** WGS84, 6 decimals as string, or '' when location_precision is none */
  lon: string;
  lat: string;
  location_precision: LocationPrecision;
  /** year the place refers to (planned completion, service year, plan year); '' when the text gives none */
  year: number | '';
  status: PlaceStatus;
  doc: string;
  seed: string;
  line: number;
  quote: string;
  note: string;
  /** year the facility entered service, where printed; '' otherwise */
  in_service?: number | '';
}
/** What an extractor emits: the locator step fills lon/lat/location_precision. */
export type PlaceDraft = Omit<PlaceRow, 'lon' | 'lat' | 'location_precision'> & {
  /** township / town name as printed (e.g. 神垕镇), used to look up a gazetteer coordinate */
  town?: string;
};

export const CHECK_COLUMNS = ['check', 'doc', 'seed', 'line', 'expected', 'found', 'note'] as const;
export interface CheckRow {
  /** stable id, e.g. coal_annex1_total_vs_text */
  check: string;
  doc: string;
  seed: string;
  line: number;
  /** what the document states (e.g. its 合计 row or text figure) */
  expected: string;
  /** what the parts add up to / the other statement */
  found: string;
  /** 'ok: …' when it reconciles, otherwise a description of the inconsistency */
  note: string;
  /** space-separated ids of the indicators the check concerns */
  indicators?: string;
  /** the note in Chinese */
  note_zh?: string;
}

/**
 * Columns issue 11 appends (HELPERS.md names). The writer (build.ts) appends them after the columns above; readers
 * (validate, the app) still require only the columns above, so older files and test fixtures keep loading.
 */
export const APPENDED_COLUMNS = {
  indicators: ['qualifier', 'year_basis', 'printed'],
  defs: ['binding'],
  places: ['in_service'],
  checks: ['indicators', 'note_zh'],
} as const;

export const DOCUMENT_COLUMNS = ['doc', 'title', 'issuer', 'issued', 'seed', 'first_line', 'last_line', 'parent', 'note'] as const;
export interface DocumentRow {
  /** e.g. 许政〔2019〕2号; an attached plan: <parent>/附<n>; the unnumbered draft: DRAFT-2020-MFG */
  doc: string;
  title: string;
  issuer: string;
  /** YYYY-MM-DD or '' when the text gives no date */
  issued: string;
  seed: string;
  first_line: number;
  last_line: number;
  /** for an attached plan, the notice that issues it; else '' */
  parent: string;
  note: string;
}

export interface ExtractResult {
  indicators: IndicatorRow[];
  places: PlaceDraft[];
  checks: CheckRow[];
  defs: IndicatorDef[];
}
