/**
 * The row validator of the data files: every rule that needs only the files themselves (vocabulary, areas,
 * years, numbers, links between files, one unit per indicator). `npm run validate` (pipeline/validate.ts) adds
 * the rules that need the seed texts; the app's loader runs these and skips the rows they reject.
 */
import { AREAS, areaByCode } from './areas.ts';
import { readTable, type Problem, type Rec } from './csv.ts';
import { COLUMNS_OF, DATA_FILES } from './rows.ts';
import {
  BINDINGS, KINDS, LOCATION_PRECISIONS, PLACE_STATUSES, QUALIFIERS, TOPICS, YEAR_BASES, isKnownUnit, isOptionalTerm,
  isPlaceCategory,
} from './vocabulary.ts';

export interface Tables {
  documents: Rec[];
  defs: Rec[];
  places: Rec[];
  indicators: Rec[];
  checks: Rec[];
}

/** Read the five data files (path → text; undefined = missing) with the one CSV reader. */
export function readTables(files: Record<string, string | undefined>, problems: Problem[]): Tables {
  const F = DATA_FILES;
  const read = (file: (typeof F)[keyof typeof F]) => readTable(file, files[file], COLUMNS_OF[file], problems);
  return { documents: read(F.documents), defs: read(F.defs), places: read(F.places), indicators: read(F.indicators), checks: read(F.checks) };
}

/** Xuchang's extent with a margin, WGS84; a point outside is a wrong coordinate, not a place in Xuchang. */
const BBOX = { west: 112.9, south: 33.5, east: 114.5, north: 34.6 };
export const CANONICAL_DECIMAL = /^-?(0|[1-9]\d*)(\.\d*[1-9])?$/;
const YEAR = /^(19|20)\d\d$/;
const ID = /^[a-z][a-z0-9_]*$/;

/** Text compared the way a reader would: full-width digits and punctuation as ASCII (NFKC), whitespace dropped. */
export const comparable = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/**
 * Check every row; problems are pushed as `file:line: reason`. A problem with `warning` is a known defect the
 * data still has (see the rule); any other problem means the row is wrong and the app skips it.
 */
export function validateTables(t: Tables, problems: Problem[]): void {
  const F = DATA_FILES;
  const at = (file: string, x: Rec, message: string, warning?: true) =>
    problems.push(warning ? { file, line: x.line, message, warning } : { file, line: x.line, message });
  const term = (file: string, x: Rec, column: string, terms: readonly string[], optional = false) => {
    const v = x.r[column];
    if (optional ? !isOptionalTerm(terms, v) : !terms.includes(v)) at(file, x, `unknown ${column} "${v}" (known: ${terms.join(' ')})`);
  };

  // documents
  const docById = new Map<string, Rec>();
  for (const d of t.documents) {
    if (docById.has(d.r.doc)) at(F.documents, d, `duplicated document "${d.r.doc}"`);
    docById.set(d.r.doc, d);
  }
  for (const d of t.documents) {
    const { first_line, last_line, issued, parent } = d.r;
    if (!/^\d+$/.test(first_line) || !/^\d+$/.test(last_line) || Number(first_line) < 1 || Number(last_line) < Number(first_line)) {
      at(F.documents, d, `bad line range ${first_line}..${last_line}`);
    }
    if (issued && !/^\d{4}-\d{2}-\d{2}$/.test(issued)) at(F.documents, d, `issued "${issued}" is not YYYY-MM-DD`);
    if (parent && !docById.has(parent)) at(F.documents, d, `parent "${parent}" is not a document`);
  }
  const docCovers = (file: string, x: Rec) => {
    const d = docById.get(x.r.doc);
    if (!d) return at(file, x, `unknown document "${x.r.doc}"`);
    if (!/^\d+$/.test(x.r.line)) return at(file, x, `line "${x.r.line}" is not a line number`);
    const n = Number(x.r.line);
    if (d.r.seed !== x.r.seed || n < Number(d.r.first_line) || n > Number(d.r.last_line)) {
      at(file, x, `${x.r.seed}:${x.r.line} is not inside document ${x.r.doc} (${d.r.seed}:${d.r.first_line}-${d.r.last_line})`);
    }
  };
  const areaOk = (file: string, x: Rec) => {
    const a = areaByCode(x.r.area_code);
    if (!a) return at(file, x, `unknown area code "${x.r.area_code}" (known: ${AREAS.map((y) => y.code).join(' ')})`);
    if (x.r.area !== a.name_zh) at(file, x, `area "${x.r.area}" does not match code ${x.r.area_code} (${a.name_zh})`);
  };

  // definitions
  const defById = new Map<string, Rec>();
  for (const d of t.defs) {
    if (!ID.test(d.r.id)) at(F.defs, d, `id "${d.r.id}" is not a lower_snake_case id`);
    if (defById.has(d.r.id)) at(F.defs, d, `duplicated definition "${d.r.id}"`);
    defById.set(d.r.id, d);
    term(F.defs, d, 'topic', TOPICS);
    if (!d.r.name_zh || !d.r.name_en) at(F.defs, d, 'definition needs name_zh and name_en');
    if (!isKnownUnit(d.r.unit)) at(F.defs, d, `unit "${d.r.unit}" has no Chinese/English name in src/schema/vocabulary.ts`);
    term(F.defs, d, 'binding', BINDINGS, true);
  }

  // places (before indicators: indicators may point at a place)
  const placeIds = new Set<string>();
  for (const p of t.places) {
    const r = p.r;
    if (placeIds.has(r.place_id)) at(F.places, p, `duplicated place_id "${r.place_id}"`);
    placeIds.add(r.place_id);
    if (!isPlaceCategory(r.category)) at(F.places, p, `category "${r.category}" has no Chinese/English name in src/schema/vocabulary.ts`);
    areaOk(F.places, p);
    if (!(LOCATION_PRECISIONS as readonly string[]).includes(r.location_precision)) {
      at(F.places, p, `unknown location_precision "${r.location_precision}"`);
    } else if (r.location_precision === 'none') {
      if (r.lon || r.lat) at(F.places, p, 'location_precision none but coordinates given');
    } else {
      const lon = Number(r.lon), lat = Number(r.lat);
      if (!r.lon || !r.lat || !(lon >= BBOX.west && lon <= BBOX.east && lat >= BBOX.south && lat <= BBOX.north)) {
        at(F.places, p, `coordinates "${r.lon},${r.lat}" missing or outside Xuchang`);
      }
    }
    term(F.places, p, 'status', PLACE_STATUSES);
    if (r.year && !YEAR.test(r.year)) at(F.places, p, `year "${r.year}" is not a year`);
    if (r.in_service && !YEAR.test(r.in_service)) at(F.places, p, `in_service "${r.in_service}" is not a year`);
    docCovers(F.places, p);
  }

  // indicators
  const seen = new Map<string, number>();
  for (const x of t.indicators) {
    const r = x.r;
    if (!CANONICAL_DECIMAL.test(r.value)) at(F.indicators, x, `value "${r.value}" is not an ASCII decimal`);
    if (!defById.has(r.indicator)) at(F.indicators, x, `indicator "${r.indicator}" has no definition in ${F.defs}`);
    areaOk(F.indicators, x);
    if (!YEAR.test(r.year)) at(F.indicators, x, `year "${r.year}" is not a year`);
    term(F.indicators, x, 'kind', KINDS);
    term(F.indicators, x, 'qualifier', QUALIFIERS, true);
    term(F.indicators, x, 'year_basis', YEAR_BASES, true);
    if (!isKnownUnit(r.unit)) at(F.indicators, x, `unit "${r.unit}" has no Chinese/English name in src/schema/vocabulary.ts`);
    if (r.printed && !comparable(r.quote).includes(comparable(r.printed))) {
      at(F.indicators, x, `printed "${r.printed}" is not in its quote "${r.quote}"`);
    }
    if (r.place_id && !placeIds.has(r.place_id)) at(F.indicators, x, `unknown place_id "${r.place_id}"`);
    docCovers(F.indicators, x);
    const key = [r.indicator, r.area_code, r.place_id, r.year, r.kind, r.value, r.seed, r.line].join('|');
    const dup = seen.get(key);
    if (dup !== undefined) at(F.indicators, x, `duplicated row (same as line ${dup})`);
    else seen.set(key, x.line);
  }
  oneUnitPerIndicator(t, defById, (x, m) => at(F.indicators, x, m));

  // checks
  for (const c of t.checks) {
    if (!c.r.check) at(F.checks, c, 'check has no id');
    if (!docById.has(c.r.doc)) at(F.checks, c, `unknown document "${c.r.doc}"`);
    if (!/^\d+$/.test(c.r.line)) at(F.checks, c, `line "${c.r.line}" is not a line number`);
    for (const id of c.r.indicators.split(' ').filter(Boolean)) {
      if (!defById.has(id)) at(F.checks, c, `indicator "${id}" has no definition in ${F.defs}`);
    }
  }
}

/**
 * Every row of an indicator is in its definition's unit (a converted value records what was printed in
 * `printed`): a chart or a colour scale never mixes 台 with 万台.
 */
function oneUnitPerIndicator(t: Tables, defById: Map<string, Rec>, fail: (x: Rec, message: string) => void) {
  for (const x of t.indicators) {
    const def = defById.get(x.r.indicator);
    if (def && x.r.unit !== def.r.unit) {
      fail(x, `unit "${x.r.unit}" differs from the unit "${def.r.unit}" of ${x.r.indicator} (one unit per indicator: convert and record the printed value in "printed")`);
    }
  }
}
