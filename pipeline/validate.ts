/**
 * The data validator: re-checks every committed row against the seeds and the other files.
 * Pure: takes file texts and seeds, returns problems as `file:line: reason`. `validate-cli.ts` does the I/O.
 */
import { AREAS, areaByCode } from './lib/areas.ts';
import { parseCsv } from './lib/csv.ts';
import { quoteContainsValue } from './lib/numbers.ts';

/** issue 11 vocabularies (HELPERS.md; src/schema/ holds them with names once merged) */
const QUALIFIER_VALUES = ['at_least', 'at_most', 'about', 'aim', 'over', 'under'];
const YEAR_BASIS_VALUES = ['section', 'horizon', 'before_issue'];
import { quoteIsAtLine } from './lib/quote.ts';
import type { SeedSet } from './lib/seeds.ts';
import {
  CHECK_COLUMNS, DEF_COLUMNS, DOCUMENT_COLUMNS, INDICATOR_COLUMNS, KINDS, LOCATION_PRECISIONS, PLACE_COLUMNS,
  PLACE_STATUSES, TOPICS,
} from './lib/types.ts';

export interface Problem {
  file: string;
  line: number;
  message: string;
}
export const formatProblem = (p: Problem) => `${p.file}:${p.line}: ${p.message}`;

export const DATA_FILES = {
  documents: 'data/documents.csv',
  indicators: 'data/indicators.csv',
  defs: 'data/indicator-defs.csv',
  places: 'data/places.csv',
  checks: 'data/checks.csv',
} as const;

type Rec = Record<string, string> & { __line: string };

/** Xuchang's extent with a margin, WGS84; a point outside is a wrong coordinate, not a place in Xuchang. */
const BBOX = { west: 112.9, south: 33.5, east: 114.5, north: 34.6 };
const CANONICAL_DECIMAL = /^-?(0|[1-9]\d*)(\.\d*[1-9])?$/;

function readTable(file: string, text: string | undefined, columns: readonly string[], problems: Problem[]): Rec[] {
  if (text === undefined) {
    problems.push({ file, line: 0, message: 'file is missing' });
    return [];
  }
  const parsed = parseCsv(text);
  for (const e of parsed.errors) problems.push({ file, line: e.line, message: `malformed CSV: ${e.message}` });
  const missing = columns.filter((c) => !parsed.header.includes(c));
  if (missing.length) {
    problems.push({ file, line: 1, message: `missing column(s): ${missing.join(', ')}` });
    return [];
  }
  const out: Rec[] = [];
  for (const r of parsed.rows) {
    if (r.fields.length !== parsed.header.length) {
      problems.push({ file, line: r.line, message: `malformed row: ${r.fields.length} fields, header has ${parsed.header.length}` });
      continue;
    }
    const rec = { __line: String(r.line) } as Rec;
    parsed.header.forEach((h, i) => (rec[h] = r.fields[i]));
    out.push(rec);
  }
  return out;
}

export function validateData(files: Record<string, string | undefined>, seeds: SeedSet): Problem[] {
  const problems: Problem[] = [];
  const at = (file: string, r: Rec, message: string) => problems.push({ file, line: Number(r.__line), message });

  // documents
  const F = DATA_FILES;
  const docs = readTable(F.documents, files[F.documents], DOCUMENT_COLUMNS, problems);
  const docById = new Map<string, Rec>();
  for (const d of docs) {
    if (docById.has(d.doc)) at(F.documents, d, `duplicated document "${d.doc}"`);
    docById.set(d.doc, d);
    const seed = seeds.get(d.seed);
    if (!seed) at(F.documents, d, `unknown seed "${d.seed}"`);
    const a = Number(d.first_line), b = Number(d.last_line);
    if (!Number.isInteger(a) || !Number.isInteger(b) || a < 1 || b < a || (seed && b > seed.lines.length)) {
      at(F.documents, d, `bad line range ${d.first_line}..${d.last_line}`);
    }
    if (d.issued && !/^\d{4}-\d{2}-\d{2}$/.test(d.issued)) at(F.documents, d, `issued "${d.issued}" is not YYYY-MM-DD`);
    if (d.parent && !docs.some((p) => p.doc === d.parent)) at(F.documents, d, `parent "${d.parent}" is not a document`);
  }
  const docCovers = (file: string, r: Rec) => {
    const d = docById.get(r.doc);
    if (!d) return at(file, r, `unknown document "${r.doc}"`);
    const n = Number(r.line);
    if (d.seed !== r.seed || n < Number(d.first_line) || n > Number(d.last_line)) {
      at(file, r, `${r.seed}:${r.line} is not inside document ${r.doc} (${d.seed}:${d.first_line}-${d.last_line})`);
    }
  };
  const quoteHolds = (file: string, r: Rec) => {
    const seed = seeds.get(r.seed);
    if (!seed) return at(file, r, `unknown seed "${r.seed}"`);
    if (!/^\d+$/.test(r.line)) return at(file, r, `line "${r.line}" is not a line number`);
    if (!quoteIsAtLine(seed, Number(r.line), r.quote)) at(file, r, `quote not found at ${r.seed}:${r.line}: "${r.quote}"`);
  };
  const areaOk = (file: string, r: Rec) => {
    const a = areaByCode(r.area_code);
    if (!a) return at(file, r, `unknown area code "${r.area_code}" (known: ${AREAS.map((x) => x.code).join(' ')})`);
    if (r.area !== a.name_zh) at(file, r, `area "${r.area}" does not match code ${r.area_code} (${a.name_zh})`);
  };

  // definitions
  const defs = readTable(F.defs, files[F.defs], DEF_COLUMNS, problems);
  const defIds = new Map<string, Rec>();
  for (const d of defs) {
    if (!/^[a-z][a-z0-9_]*$/.test(d.id)) at(F.defs, d, `id "${d.id}" is not a lower_snake_case id`);
    if (defIds.has(d.id)) at(F.defs, d, `duplicated definition "${d.id}"`);
    defIds.set(d.id, d);
    if (!(TOPICS as readonly string[]).includes(d.topic)) at(F.defs, d, `unknown topic "${d.topic}"`);
    if (!d.name_zh || !d.name_en) at(F.defs, d, 'definition needs name_zh and name_en');
  }

  // places (before indicators: indicators may point at a place)
  const places = readTable(F.places, files[F.places], PLACE_COLUMNS, problems);
  const placeIds = new Set<string>();
  for (const p of places) {
    if (placeIds.has(p.place_id)) at(F.places, p, `duplicated place_id "${p.place_id}"`);
    placeIds.add(p.place_id);
    areaOk(F.places, p);
    if (!(LOCATION_PRECISIONS as readonly string[]).includes(p.location_precision)) {
      at(F.places, p, `unknown location_precision "${p.location_precision}"`);
    } else if (p.location_precision === 'none') {
      if (p.lon || p.lat) at(F.places, p, 'location_precision none but coordinates given');
    } else {
      const lon = Number(p.lon), lat = Number(p.lat);
      if (!p.lon || !p.lat || !(lon >= BBOX.west && lon <= BBOX.east && lat >= BBOX.south && lat <= BBOX.north)) {
        at(F.places, p, `coordinates "${p.lon},${p.lat}" missing or outside Xuchang`);
      }
    }
    if (!(PLACE_STATUSES as readonly string[]).includes(p.status)) at(F.places, p, `unknown status "${p.status}"`);
    if (p.year && !/^(19|20)\d\d$/.test(p.year)) at(F.places, p, `year "${p.year}" is not a year`);
    docCovers(F.places, p);
    quoteHolds(F.places, p);
  }

  // indicators
  const inds = readTable(F.indicators, files[F.indicators], INDICATOR_COLUMNS, problems);
  const seen = new Map<string, string>();
  for (const r of inds) {
    if (!defIds.has(r.indicator)) at(F.indicators, r, `indicator "${r.indicator}" has no definition in ${F.defs}`);
    areaOk(F.indicators, r);
    if (!/^(19|20)\d\d$/.test(r.year)) at(F.indicators, r, `year "${r.year}" is not a year`);
    if (!CANONICAL_DECIMAL.test(r.value)) {
      at(F.indicators, r, `value "${r.value}" is not an ASCII decimal`);
    } else if (r.printed) {
      // a recorded unit conversion: the quote holds the printed number, the unit printed is not the def's
      const p = /^\s*(\d+(?:\.\d+)?)\s*(\S.*)$/.exec(r.printed);
      if (!p) at(F.indicators, r, `printed "${r.printed}" is not "<number> <unit>"`);
      else if (r.quote && !quoteContainsValue(r.quote, p[1])) at(F.indicators, r, `printed ${p[1]} is not in its quote "${r.quote}"`);
    } else if (r.quote && !quoteContainsValue(r.quote, r.value)) {
      at(F.indicators, r, `value ${r.value} is not in its quote "${r.quote}"`);
    }
    // one unit per indicator: a row in another unit must be converted (value, unit) with `printed` recording the original
    const def = defIds.get(r.indicator);
    if (def && r.unit !== def.unit) at(F.indicators, r, `unit "${r.unit}" is not the unit "${def.unit}" of ${r.indicator}`);
    if (r.qualifier && !QUALIFIER_VALUES.includes(r.qualifier)) at(F.indicators, r, `unknown qualifier "${r.qualifier}"`);
    if (r.year_basis && !YEAR_BASIS_VALUES.includes(r.year_basis)) at(F.indicators, r, `unknown year_basis "${r.year_basis}"`);
    if (!(KINDS as readonly string[]).includes(r.kind)) at(F.indicators, r, `unknown kind "${r.kind}"`);
    if (r.place_id && !placeIds.has(r.place_id)) at(F.indicators, r, `unknown place_id "${r.place_id}"`);
    docCovers(F.indicators, r);
    quoteHolds(F.indicators, r);
    const key = [r.indicator, r.area_code, r.place_id, r.year, r.kind, r.value, r.seed, r.line].join('|');
    if (seen.has(key)) at(F.indicators, r, `duplicated row (same as line ${seen.get(key)})`);
    else seen.set(key, r.__line);
  }
  checkTotalRows(inds, (r, m) => at(F.indicators, r, m));

  // checks
  const checks = readTable(F.checks, files[F.checks], CHECK_COLUMNS, problems);
  for (const c of checks) {
    if (!c.check) at(F.checks, c, 'check has no id');
    if (!docById.has(c.doc)) at(F.checks, c, `unknown document "${c.doc}"`);
    if (!seeds.has(c.seed)) at(F.checks, c, `unknown seed "${c.seed}"`);
  }
  return problems;
}

/**
 * A table's 合计 row must equal the sum of its rows. Rows of one table share indicator, year, kind and doc;
 * the 合计 row is the city-wide (411000) row whose quote starts with 合计/总计; the parts are the area rows
 * of the same table (a 合计 row may stand after or before its rows: within 60 lines either side).
 */
function checkTotalRows(inds: Rec[], report: (r: Rec, m: string) => void) {
  for (const total of inds) {
    if (total.area_code !== '411000' || !/^\s*(合计|总计)/.test(total.quote)) continue;
    const tl = Number(total.line);
    const parts = inds.filter(
      (r) => r !== total && !r.place_id && r.area_code !== '411000' && r.indicator === total.indicator &&
        r.year === total.year && r.kind === total.kind && r.doc === total.doc && r.seed === total.seed &&
        Math.abs(Number(r.line) - tl) <= 60,
    );
    if (!parts.length) {
      report(total, `合计 row of ${total.indicator} ${total.year} has no table rows near it`);
      continue;
    }
    const sum = parts.reduce((s, r) => s + Number(r.value), 0);
    if (Math.abs(sum - Number(total.value)) > 1e-6) {
      report(total, `table rows of ${total.indicator} ${total.year} add up to ${+sum.toFixed(6)}, its 合计 row says ${total.value}`);
    }
  }
}
