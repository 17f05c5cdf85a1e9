/**
 * The app's data model: its shape and a few lookups on it. Pure and DOM-free. It is built from the pipeline's
 * CSV files by parseModel.ts (kept apart: the CSV parser is needed only where the files are read, in the
 * data loader's worker).
 */
import type { Binding, Kind, Qualifier, Topic, YearBasis } from '../schema/vocabulary.ts';
import type { ValueRow } from './asOf.ts';
import type { ValueConflict } from './conflicts.ts';

export interface Indicator extends ValueRow {
  indicator: string;
  area_code: string;
  unit: string;
  quote: string;
  note: string;
  place_id: string;
  /** 以上 / 以内 / 左右 … printed next to the value; '' when none */
  qualifier: Qualifier | '';
  /** '' when the year is printed; else how it was inferred */
  year_basis: YearBasis | '';
  /** the value and unit as printed when a conversion was made; else '' */
  printed: string;
}
export interface Def {
  id: string; topic: Topic; name_zh: string; name_en: string; unit: string; description: string;
  /** 约束性 / 预期性 where a document's table states it; else '' */
  binding: Binding | '';
}
export interface Place {
  place_id: string; name: string; category: string; area_code: string; lon: number | null; lat: number | null;
  precision: 'exact' | 'town' | 'county' | 'none'; year: number | null; status: string;
  doc: string; seed: string; line: number; quote: string; note: string;
  /** the year the facility entered service, where printed */
  in_service: number | null;
}
export interface Doc {
  doc: string; title: string; issuer: string; issued: string; seed: string; first_line: number; last_line: number;
  parent: string; note: string;
}
export interface Check {
  check: string; doc: string; seed: string; line: number; expected: string; found: string; note: string;
  /** the indicators the check concerns (empty when the pipeline did not record them) */
  indicators: string[];
  /** the note in Chinese; '' when not written */
  note_zh: string;
}
export interface RowProblem { file: string; line: number; reason: string }

export interface AtlasData {
  defs: Def[];
  defById: Map<string, Def>;
  indicators: Indicator[];
  places: Place[];
  docs: Doc[];
  docById: Map<string, Doc>;
  checks: Check[];
  problems: RowProblem[];
  /** rows of each indicator, in file order: the map and panels look up one indicator at a time */
  byIndicator: Map<string, Indicator[]>;
  /** indicators with no county or zone value (shown in the city panel, not as a choropleth) */
  cityOnly: Set<string>;
  /** values that documents give differently for one indicator, area and year (conflicts.ts) */
  conflicts: ValueConflict[];
  conflictByKey: Map<string, ValueConflict>;
}

export { DATA_FILES } from '../schema/rows.ts';

/** The year a document became available: its issue date, else the year in its number (the draft: 2020). */
export function issuedYearOf(data: Pick<AtlasData, 'docById'>): (doc: string) => number {
  const cache = new Map<string, number>();
  return (doc) => {
    let y = cache.get(doc);
    if (y === undefined) {
      const d = data.docById.get(doc);
      const m = (d?.issued || doc).match(/(19|20)\d\d/);
      y = m ? Number(m[0]) : Infinity;
      cache.set(doc, y);
    }
    return y;
  };
}

/** The most specific document containing a seed line: an attached plan inside its notice, else the notice. */
export function documentAt(docs: readonly Doc[], seed: string, line: number): Doc | undefined {
  let best: Doc | undefined;
  for (const d of docs) {
    if (d.seed !== seed || line < d.first_line || line > d.last_line) continue;
    if (!best || d.last_line - d.first_line < best.last_line - best.first_line) best = d;
  }
  return best;
}
