/**
 * What a document's specs run against, and what its hooks receive: the document's text and sections, the
 * pattern search, and the emitters (rows, places, checks) that enforce the provenance contract (quote at its
 * line, value in its quote, a definition for every indicator, known areas).
 */
import { resolveArea, tryResolveArea, type Area } from '../lib/areas.ts';
import { normaliseNumber, quoteContainsValue } from '../lib/numbers.ts';
import { cite, flatten, type Flat } from '../lib/quote.ts';
import type { Seed } from '../lib/seeds.ts';
import type { CheckRow, Kind, PlaceDraft, PlaceStatus } from '../lib/types.ts';
import type { IndicatorRegistry } from './indicators.ts';
import { findAll, findOnce, type Hit, type Pattern, type Scope } from './pattern.ts';
import { qualifierOf, type Qualifier } from './qualifier.ts';
import type { Table } from './table.ts';
import type { DocumentModule, EngineRow, YearBasis } from './types.ts';

export const CITY: Area = resolveArea('许昌市');

/** A located section: its scope and what its heading / spec says. */
export interface Section {
  scope: Scope;
  headLine: number;
  /** the year the passage describes ({y} of its start, or the spec's year) */
  year?: number;
  /** printed area of its heading ({a} of its start) */
  area?: string;
  /** how notes name it */
  what: string;
  horizon?: number;
  period?: readonly [number, number];
}

export interface RowInput {
  id: string;
  area?: Area;
  year: number;
  value: string;
  kind?: Kind;
  line: number;
  quote: string;
  note?: string;
  place?: string;
  qualifier?: Qualifier;
  year_basis?: YearBasis;
  /** document number of the row; default this document (a notice's attached plan uses the notice's) */
  doc?: string;
}

export interface CheckInput {
  check: string;
  line: number;
  expected: string;
  found: string;
  /** reconciles? then the note is `ok: ${okNote}`, else `badNote` */
  ok: boolean;
  okNote: string;
  badNote: string;
}

export interface PlaceInput {
  id: string;
  name: string;
  category: string;
  area?: Area;
  year?: number | '';
  status: PlaceStatus;
  line: number;
  quote: string;
  note?: string;
  town?: string;
  in_service?: number;
  /**
   * the place may be named more than once: keep the first mention — unless only the later one gives a county, then
   * that one — and note the other line ("also named at line N")
   */
  repeat?: boolean;
}

/** The note of a year taken from a section heading. */
export const sectionYearNote = (sec: Section) => `year ${sec.year} from ${sec.what} (line ${sec.headLine}); the sentence prints none`;

/** Join note parts with "; ", dropping empty ones. */
export const joinNotes = (...parts: (string | undefined)[]) => parts.filter((p) => p && p.trim()).join('; ');

/** Everything emitted so far, across documents (a hook may read rows of documents listed before its own). */
export interface Emitted {
  /** the documents run so far, by number */
  docs: Map<string, DocContext>;
  indicators: EngineRow[];
  places: Map<string, PlaceDraft & { from: string }>;
  checks: CheckRow[];
}

export class DocContext {
  readonly doc: string;
  readonly file: string;
  readonly flat: Flat;
  readonly sections = new Map<string, Section>();
  readonly tables = new Map<string, Table>();
  /** rows emitted by this document's figure specs, by indicator id */
  readonly figureRows = new Map<string, EngineRow[]>();

  constructor(
    readonly module: DocumentModule,
    readonly seed: Seed,
    readonly start: number,
    readonly end: number,
    readonly registry: IndicatorRegistry,
    readonly emitted: Emitted,
    /** the document's issue date (YYYY-MM-DD) or '' (computed on first use: it segments the seeds) */
    readonly issued: () => string,
    file: string,
  ) {
    this.doc = module.doc;
    this.file = file;
    this.flat = flatten(seed, start, end);
  }

  /** `<file>: <doc> <what>` — how every error of this document starts. */
  where(what: string): string {
    return `${this.file}: ${this.doc} ${what}`;
  }
  fail(what: string, reason: string): never {
    throw new Error(`${this.where(what)}: ${reason}`);
  }

  /** The whole document's scope, or a named section's. */
  scope(section?: string): Scope {
    if (!section) return { flat: this.flat, from: 0, to: this.flat.text.length, name: this.doc };
    return this.section(section).scope;
  }
  section(name: string): Section {
    const s = this.sections.get(name);
    if (!s) this.fail(`section ${name}`, 'no such section (declare it in sections/series)');
    return s;
  }
  /** Lines of a scope: first and last line holding its text. */
  linesOf(scope: Scope): { from: number; to: number } {
    return { from: this.flat.lineAt(scope.from), to: this.flat.lineAt(Math.max(scope.from, scope.to - 1)) };
  }

  find(t: Pattern, what: string, section?: string): Hit {
    return findOnce(this.scope(section), t, this.where(what));
  }
  findAll(t: Pattern, section?: string): Hit[] {
    return findAll(this.scope(section), t);
  }

  /** A printed number → canonical decimal; throws naming `what`. */
  num(printed: string, what: string): string {
    const v = normaliseNumber(printed);
    if (v === null) this.fail(what, `"${printed}" is not a number`);
    return v;
  }

  emit(r: RowInput): EngineRow {
    const what = `${r.id}`;
    const def = this.registry.must(r.id, this.where(what));
    if (!quoteContainsValue(r.quote, r.value)) this.fail(what, `value ${r.value} not in quote "${r.quote}"`);
    const area = r.area ?? CITY;
    const row: EngineRow = {
      indicator: r.id, area_code: area.code, area: area.name_zh, year: r.year, value: r.value, unit: def.unit,
      kind: r.kind ?? 'target', doc: r.doc ?? this.doc, ...cite(this.seed, r.line, r.quote), note: r.note ?? '',
      place_id: r.place ?? '', qualifier: r.qualifier ?? '', year_basis: r.year_basis ?? '',
    };
    this.emitted.indicators.push(row);
    return row;
  }

  check(c: CheckInput): CheckRow {
    return this.addCheck({
      check: c.check, doc: this.doc, seed: this.seed.name, line: c.line, expected: c.expected, found: c.found,
      note: c.ok ? `ok: ${c.okNote}` : c.badNote,
    });
  }
  addCheck(row: CheckRow): CheckRow {
    if (this.emitted.checks.some((x) => x.check === row.check)) this.fail(`check ${row.check}`, 'check id emitted twice');
    this.emitted.checks.push(row);
    return row;
  }

  place(p: PlaceInput): PlaceDraft {
    const area = p.area ?? CITY;
    const d: PlaceDraft & { in_service?: number } = {
      place_id: p.id, name: p.name, category: p.category, area_code: area.code, area: area.name_zh, year: p.year ?? '',
      status: p.status, doc: this.doc, ...cite(this.seed, p.line, p.quote), note: p.note ?? '',
    };
    if (p.town) d.town = p.town;
    if (p.in_service !== undefined) d.in_service = p.in_service;
    const prev = this.emitted.places.get(p.id);
    if (prev && !p.repeat) this.fail(`place ${p.id}`, `place id already emitted by ${prev.from}`);
    if (!prev) {
      this.emitted.places.set(p.id, { ...d, from: this.file });
    } else if (prev.area_code === CITY.code && d.area_code !== CITY.code) {
      this.emitted.places.set(p.id, { ...d, note: joinNotes(d.note, `also named at line ${prev.line}`), from: this.file });
    } else {
      prev.note = joinNotes(prev.note, `also named at line ${d.line}`);
    }
    return d;
  }

  /**
   * The one row emitted so far for (id, year, area code — default 411000, doc — default this document, place —
   * default none); throws otherwise. Rows of another document need its number in `doc` (and that document listed
   * before this one in the index).
   */
  row(id: string, year: number, o: { area?: string; doc?: string; place?: string } = {}): EngineRow {
    const doc = o.doc ?? this.doc;
    const rs = this.emitted.indicators.filter((r) => r.indicator === id && r.year === year && r.area_code === (o.area ?? CITY.code) &&
      r.place_id === (o.place ?? '') && r.doc === doc);
    if (rs.length !== 1) this.fail(`reference ${id} ${year}`, `${rs.length} rows, expected exactly one`);
    return rs[0];
  }
  /** Every row emitted so far matching `pred`. */
  rows(pred: (r: EngineRow) => boolean): EngineRow[] {
    return this.emitted.indicators.filter(pred);
  }

  /** Another document, run before this one (listed earlier in the index): to search its text in a cross-check. */
  document(doc: string): DocContext {
    const d = this.emitted.docs.get(doc);
    if (!d) this.fail(`reference ${doc}`, 'no such document run before this one');
    return d;
  }

  table(name: string): Table {
    const t = this.tables.get(name);
    if (!t) this.fail(`table ${name}`, 'no such table (declare it in tables)');
    return t;
  }

  /** The area a place name starts with (禹州市…, 长葛…), if any: the longest known prefix. */
  areaPrefix(name: string): Area | undefined {
    for (let k = Math.min(6, name.length); k >= 2; k--) {
      const a = tryResolveArea(name.slice(0, k));
      if (a) return a;
    }
    return undefined;
  }
}
