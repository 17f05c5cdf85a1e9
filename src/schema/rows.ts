/**
 * Row shapes of the committed data files. Column order here is the column order in the CSVs. Columns added for
 * issue 11 stand at the end of each list; in the row types they are optional (absent = written as ''), so an
 * extractor that does not set them yet still compiles.
 */
import type { Binding, Kind, LocationPrecision, PlaceStatus, Qualifier, Topic, YearBasis } from './vocabulary.ts';

export const DATA_FILES = {
  documents: 'data/documents.csv',
  indicators: 'data/indicators.csv',
  defs: 'data/indicator-defs.csv',
  places: 'data/places.csv',
  checks: 'data/checks.csv',
} as const;
export type DataFile = (typeof DATA_FILES)[keyof typeof DATA_FILES];

export const INDICATOR_COLUMNS = [
  'indicator', 'area_code', 'area', 'year', 'value', 'unit', 'kind', 'doc', 'seed', 'line', 'quote', 'note', 'place_id',
  'qualifier', 'year_basis', 'printed',
] as const;
export interface IndicatorRow {
  indicator: string;
  area_code: string;
  area: string;
  year: number;
  /** ASCII decimal string, e.g. "234.1"; never full-width */
  value: string;
  /** the indicator's one unit (its definition's) */
  unit: string;
  kind: Kind;
  doc: string;
  seed: string;
  line: number;
  quote: string;
  /** why a judgement was needed (ambiguity, reconstructed table cell); empty otherwise */
  note: string;
  /** set when the value belongs to one site (e.g. a coal enterprise) inside the area, not to the area as a whole */
  place_id: string;
  /** 以上 / 以内 / 左右 / 力争 … as printed next to the value; '' when none */
  qualifier?: Qualifier | '';
  /** '' when the year is printed in the sentence; else how it was inferred */
  year_basis?: YearBasis | '';
  /** the value and unit as printed when value/unit were converted to the indicator's unit (e.g. "5000 台"); else '' */
  printed?: string;
}

export const DEF_COLUMNS = ['id', 'topic', 'name_zh', 'name_en', 'unit', 'description', 'binding'] as const;
export interface IndicatorDef {
  id: string;
  topic: Topic;
  name_zh: string;
  name_en: string;
  unit: string;
  description: string;
  /** 指标性质 (约束性 / 预期性) where a document's table states it; else '' */
  binding?: Binding | '';
}

export const PLACE_COLUMNS = [
  'place_id', 'name', 'category', 'area_code', 'area', 'lon', 'lat', 'location_precision', 'year', 'status',
  'doc', 'seed', 'line', 'quote', 'note', 'in_service',
] as const;
export interface PlaceRow {
  place_id: string;
  name: string;
  /** a key of PLACE_CATEGORIES */
  category: string;
  area_code: string;
  area: string;
  /** WGS84, 6 decimals as string, or '' when location_precision is none */
  lon: string;
  lat: string;
  location_precision: LocationPrecision;
  /** the plan year the place refers to (planned completion, plan year); '' when the text gives none */
  year: number | '';
  status: PlaceStatus;
  doc: string;
  seed: string;
  line: number;
  quote: string;
  note: string;
  /** the year a facility entered service, where printed; else '' */
  in_service?: number | '';
}

export const CHECK_COLUMNS = ['check', 'doc', 'seed', 'line', 'expected', 'found', 'note', 'indicators', 'note_zh'] as const;
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
  /** space-separated ids of the indicators the check concerns; '' when not recorded */
  indicators?: string;
  /** the note in Chinese; '' when not written yet (the app then builds a Chinese line from the other fields) */
  note_zh?: string;
}

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

/** Every data file with its columns: what the reader requires and the writer writes. */
export const COLUMNS_OF: Record<DataFile, readonly string[]> = {
  [DATA_FILES.documents]: DOCUMENT_COLUMNS,
  [DATA_FILES.indicators]: INDICATOR_COLUMNS,
  [DATA_FILES.defs]: DEF_COLUMNS,
  [DATA_FILES.places]: PLACE_COLUMNS,
  [DATA_FILES.checks]: CHECK_COLUMNS,
};

/** A check reconciles when its note starts with "ok"; anything else is a finding: the documents disagree. */
export const isReconciledNote = (note: string) => /^ok\b/i.test(note.trim());
