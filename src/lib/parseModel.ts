/**
 * Builds the app's data model (model.ts) from the pipeline's CSV files. Pure and DOM-free. The files are read
 * and their rows checked by the same reader and row validator as `npm run validate` (src/schema). A rejected row
 * is skipped and reported (file, line, reason) so the map still shows everything else and the user is told
 * what was lost; a file that cannot be read at all (missing columns) is an error.
 */
import { DATA_FILES, readTables, validateTables, type Problem, type Rec } from '../schema/index.ts';
import type { Binding, Kind, Qualifier, Topic, YearBasis } from '../schema/vocabulary.ts';
import type { AtlasData, Check, Def, Doc, Indicator, Place, RowProblem } from './model.ts';
import { CITY_LEVEL_CODES } from './view.ts';
import { conflictIndex, findConflicts } from './conflicts.ts';

const num = (s: string) => (s.trim() === '' ? NaN : Number(s));
const yearOrNull = (s: string) => (/^\d{4}$/.test(s) ? Number(s) : null);

/** texts: file path → CSV text */
export function buildModel(texts: Record<string, string>): AtlasData {
  const found: Problem[] = [];
  const tables = readTables(texts, found);
  const unreadable = found.find((p) => p.line <= 1);
  if (unreadable) throw new Error(`${unreadable.file}: ${unreadable.message}`);
  validateTables(tables, found);
  // one problem per rejected row (its first); warnings are known defects of rows that are still shown
  const problems: RowProblem[] = [];
  const rejected = new Set<string>();
  for (const p of found) {
    const key = `${p.file}:${p.line}`;
    if (p.warning || rejected.has(key)) continue;
    rejected.add(key);
    problems.push({ file: p.file, line: p.line, reason: p.message });
  }
  const F = DATA_FILES;
  const ok = (file: string) => (x: Rec) => !rejected.has(`${file}:${x.line}`);

  const defs: Def[] = tables.defs.filter(ok(F.defs)).map(({ r }) => ({
    id: r.id, topic: r.topic as Topic, name_zh: r.name_zh, name_en: r.name_en, unit: r.unit, description: r.description,
    binding: r.binding as Binding | '',
  }));
  const defById = new Map(defs.map((d) => [d.id, d]));

  const docs: Doc[] = tables.documents.filter(ok(F.documents)).map(({ r }) => ({
    doc: r.doc, title: r.title, issuer: r.issuer, issued: r.issued, seed: r.seed,
    first_line: Number(r.first_line), last_line: Number(r.last_line), parent: r.parent, note: r.note,
  }));
  const docById = new Map(docs.map((d) => [d.doc, d]));

  const places: Place[] = tables.places.filter(ok(F.places)).map(({ r }) => {
    const lon = num(r.lon), lat = num(r.lat);
    const located = r.location_precision !== 'none' && Number.isFinite(lon) && Number.isFinite(lat);
    return {
      place_id: r.place_id, name: r.name, category: r.category, area_code: r.area_code,
      lon: located ? lon : null, lat: located ? lat : null, precision: located ? (r.location_precision as Place['precision']) : 'none',
      year: yearOrNull(r.year), status: r.status, doc: r.doc, seed: r.seed, line: Number(r.line), quote: r.quote, note: r.note,
      in_service: yearOrNull(r.in_service),
    };
  });

  const indicators: Indicator[] = tables.indicators.filter(ok(F.indicators)).map(({ r }) => ({
    indicator: r.indicator, area_code: r.area_code, year: Number(r.year), value: Number(r.value), unit: r.unit, kind: r.kind as Kind,
    doc: r.doc, seed: r.seed, line: Number(r.line), quote: r.quote, note: r.note, place_id: r.place_id,
    qualifier: r.qualifier as Qualifier | '', year_basis: r.year_basis as YearBasis | '', printed: r.printed,
  }));

  const checks: Check[] = tables.checks.filter(ok(F.checks)).map(({ r }) => ({
    check: r.check, doc: r.doc, seed: r.seed, line: Number(r.line), expected: r.expected, found: r.found, note: r.note,
    indicators: r.indicators.split(' ').filter(Boolean), note_zh: r.note_zh,
  }));

  const byIndicator = new Map<string, Indicator[]>();
  for (const r of indicators) {
    const list = byIndicator.get(r.indicator);
    if (list) list.push(r); else byIndicator.set(r.indicator, [r]);
  }
  // city-level values (the whole city, the central city) are shown in the city panel, not on the map
  const cityOnly = new Set<string>();
  for (const [id, rows] of byIndicator) if (!rows.some((r) => !r.place_id && !CITY_LEVEL_CODES.has(r.area_code))) cityOnly.add(id);
  // where documents disagree: found once here, in the loader's worker, and kept with the rows they point to
  const conflicts = findConflicts({ indicators, docById });
  return { defs, defById, indicators, places, docs, docById, checks, problems, byIndicator, cityOnly, conflicts, conflictByKey: conflictIndex(conflicts) };
}
