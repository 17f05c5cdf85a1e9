/**
 * The shape of a document module (pipeline/documents/<year>/<number>.ts): one gazette document as data —
 * where it is, its sections, the figures its sentences state, its tables, its places, and named hooks for
 * what does not fit a spec. See pipeline/README.md for the recipe.
 */
import type { IndicatorRow, Kind, PlaceStatus } from '../lib/types.ts';
import type { Pattern } from './pattern.ts';
import type { Qualifier } from './qualifier.ts';
import type { DocContext } from './context.ts';

/** How a year not printed in the sentence was inferred (HELPERS.md `year_basis`). '' = printed. */
export type YearBasis = '' | 'section' | 'horizon' | 'before_issue';
export const YEAR_BASES: readonly YearBasis[] = ['', 'section', 'horizon', 'before_issue'];

/** An indicator row as the engine emits it: the CSV columns plus what issue 11 adds (not yet written to data/). */
export type EngineRow = IndicatorRow & { qualifier: Qualifier; year_basis: YearBasis };

/**
 * A part of a document located by searching its text, never by line number.
 * - `start` (a pattern on the flattened text) must match exactly once inside the parent; the section runs from
 *   that match to the first match of `end` after it (exclusive), else to the parent's end.
 * - `startLine` (a RegExp on single lines, trimmed) for headings printed on a line of their own: the first such
 *   line inside the parent (it must be the only one).
 * A `{y}` slot in `start` gives the section's year (`year_basis: 'section'`), `{a}` its area.
 */
export interface SectionSpec {
  name: string;
  /** parent section; default the whole document */
  in?: string;
  start?: Pattern;
  startLine?: RegExp;
  end?: Pattern;
  /** the year the passage describes (e.g. a 十三五 review → 2020) when no {y} in `start` gives it */
  year?: number;
  /** the plan horizon of this section (e.g. its heading says 到2025年), overriding the document's */
  horizon?: number;
  period?: readonly [number, number];
  /** how notes name the section (e.g. `the 发展目标 section headed 到2022年`); default `section <name>` */
  what?: string;
}

/**
 * Repeated headings that cut a part into named sections (e.g. the 15 plans of one notice): every line matching
 * `line` (group `name`) starts a section `${prefix}/${name}` that runs to the line before the next one; the names
 * found must be exactly `names`, in order.
 */
export interface SectionSeries {
  prefix: string;
  in?: string;
  line: RegExp;
  names: readonly string[];
  horizon?: number;
  period?: readonly [number, number];
}

/** A figure a sentence states: one indicator row (or one per area of `areas`). */
export interface FigureSpec {
  /** indicator id (defined once in pipeline/documents/indicators/) */
  id: string;
  /** template or RegExp; must match exactly once in its scope; the match is the row's quote */
  t: Pattern;
  /** section name; default the whole document */
  in?: string;
  /** slot holding the value; default v */
  v?: string;
  /** slot holding the year; default y */
  y?: string;
  /** slot holding the printed area (a template's {a} is slot a); for a RegExp, name it here */
  a?: string;
  /** the year when the pattern prints none: a judgement, so `note` must say why (prefer `year_basis`) */
  year?: number;
  /** the year is inferred from the section / the plan horizon / the issue date (flagged in the row) */
  year_basis?: Exclude<YearBasis, ''>;
  /** default target */
  kind?: Kind;
  /** printed area name; default 许昌市; the area slot wins when the match has one */
  area?: string;
  /** one row per printed area, same value (note must say why) */
  areas?: readonly string[];
  place?: string;
  note?: string;
  /** the row's line: where the value stands (default) or where the match starts */
  line?: 'value' | 'match';
}

/** A cell column of a table that becomes indicator rows. */
export interface TableColumn {
  /** 0-based column index */
  col: number;
  id: string;
  /** the year of the column; or the year of this document's city-wide figure row of indicator `yearOf` (same kind) */
  year?: number;
  yearOf?: string;
  kind?: Kind;
  /** note on each row; {year} and {line}: the year and line of the `yearOf` figure; {totalLine}: the 合计 row's line */
  note?: string;
  /** id of the 合计 reconciliation check of this column (needs `total`) */
  check?: string;
}

/**
 * A table the PDF text printed as whitespace-separated columns (tabs, or runs of 2+ spaces with `split: 'spaces'`),
 * one row per line; a row with fewer cells continues the cell(s) of the line before (wrapped cells) when
 * `wrapped` is set. Rows are keyed by an area column (`area`) — an unknown name throws — and checked for a serial
 * column when `serial` is set. Every value cell must be a number or "—"; a 合计 row is reconciled with the rows
 * as a CheckRow (ok or not: a finding, never an error).
 */
export interface TableSpec {
  name: string;
  in?: string;
  /** a line (trimmed, RegExp) to start looking from, e.g. /^附件\s*1$/ */
  after?: RegExp;
  /** the table title: the next non-blank line, trimmed, must equal it */
  title: string;
  header: readonly string[];
  /** a second header line right below (e.g. the years under merged cells) */
  subheader?: readonly string[];
  split?: 'tab' | 'spaces';
  /** false: a "—" cell is an error (default: "—" means no value) */
  dashes?: boolean;
  wrapped?: boolean;
  serial?: number;
  /** column with the area name of each row */
  area: number;
  /** the 合计 row: its label (in column `labelCol`, default 0), printed first (before the rows) or last */
  total?: { label: string; labelCol?: number; at: 'first' | 'last' };
  columns: readonly TableColumn[];
  /** after the table: only blank lines, then a line matching this (or the end of the scope) */
  followedBy?: RegExp;
  /** what the rows are called in check notes; default county */
  rowNoun?: string;
}

/** A named place a sentence gives. */
export interface PlaceSpec {
  id: string;
  /** the name; default the text of slot `g` (whitespace removed) */
  name?: string;
  category: string;
  t: Pattern;
  in?: string;
  /** slot holding the printed name: the place's line is where it stands */
  g?: string;
  /** slot holding the printed area (a template's {a} is slot a) */
  a?: string;
  /** printed area (default: the section heading's {a}, else 许昌市); the area slot wins */
  area?: string;
  status: PlaceStatus;
  year?: number | '';
  /** slot holding the year */
  y?: string;
  /** the place may be named again (here or in a later document): keep one place, note the other lines */
  repeat?: boolean;
  /** the year the facility entered service, where printed (HELPERS: places.csv in_service) */
  in_service?: number;
  town?: string;
  note?: string;
  /** the name is composed (not printed as one string): skip the name-in-quote test */
  composed?: boolean;
}

/** Two emitted values that restate each other: a CheckRow. */
export interface RestateSpec {
  check: string;
  /** the restating sentence (its {v} is `expected`) */
  t: Pattern;
  in?: string;
  /** the row it restates: indicator, year, area code (default 411000), doc (default this document) */
  ref: { id: string; year: number; area?: string; doc?: string };
  what: string;
}

export type Hook = (ctx: DocContext) => void;

export interface DocumentModule {
  /** this module's file (pass import.meta.url); error messages name it */
  file: string;
  /** the document number, normalised (许政〔2023〕37号), or the id of an unnumbered document (DRAFT-2020-MFG) */
  doc: string;
  seed: string;
  /** for an unnumbered document: its first line (trimmed RegExp); it runs to the seed's end */
  firstLine?: RegExp;
  /** a phrase that must appear in the document (proves the anchor: e.g. the attached plan's title) */
  title?: string;
  /** the plan's horizon year (title (2023—2025年), 十四五 → 2025) and period, for `year_basis: 'horizon'` */
  horizon?: number;
  period?: readonly [number, number];
  /** issue date YYYY-MM-DD, for `year_basis: 'before_issue'` (default: the signature date segment.ts reads) */
  issued?: string;
  sections?: readonly SectionSpec[];
  series?: readonly SectionSeries[];
  figures?: readonly FigureSpec[];
  tables?: readonly TableSpec[];
  places?: readonly PlaceSpec[];
  restates?: readonly RestateSpec[];
  /** named hooks, run in order after the specs: odd tables, cross-checks, list-shaped places */
  hooks?: Readonly<Record<string, Hook>>;
}

/** Identity function that type-checks a document module. */
export const defineDocument = (m: DocumentModule): DocumentModule => m;
