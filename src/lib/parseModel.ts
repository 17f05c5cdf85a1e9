/**
 * Builds the app's data model (model.ts) from the pipeline's CSV files. Pure and DOM-free. A broken row is
 * skipped and reported (file, line, reason) so the map still shows everything else and the user is told what
 * was lost.
 */
import Papa from 'papaparse';
import { AREAS } from '../../pipeline/lib/areas.ts';
import {
  CHECK_COLUMNS, DEF_COLUMNS, DOCUMENT_COLUMNS, INDICATOR_COLUMNS, KINDS, PLACE_COLUMNS, TOPICS,
  type Kind, type Topic,
} from '../../pipeline/lib/types.ts';
import { conflictIndex, findConflicts } from './conflicts.ts';
import { DATA_FILES, type AtlasData, type Check, type Def, type Doc, type Indicator, type Place, type RowProblem } from './model.ts';

const AREA_CODES = new Set(AREAS.map((a) => a.code));

type Raw = Record<string, string>;
function rows(file: string, text: string, columns: readonly string[], problems: RowProblem[]): { line: number; r: Raw }[] {
  const res = Papa.parse<string[]>(text, { skipEmptyLines: true, delimiter: ',' });
  const [header, ...body] = res.data;
  const missing = columns.filter((c) => !header?.includes(c));
  if (!header || missing.length) {
    throw new Error(`${file}: missing column(s) ${missing.join(', ') || '(no header)'}`);
  }
  const out: { line: number; r: Raw }[] = [];
  body.forEach((fields, i) => {
    const line = i + 2;
    if (fields.length !== header.length) {
      problems.push({ file, line, reason: `${fields.length} fields, expected ${header.length}` });
      return;
    }
    const r: Raw = {};
    header.forEach((h, j) => (r[h] = fields[j]));
    out.push({ line, r });
  });
  return out;
}

const num = (s: string) => (s.trim() === '' ? NaN : Number(s));

/** texts: file path → CSV text */
export function buildModel(texts: Record<string, string>): AtlasData {
  const problems: RowProblem[] = [];
  const F = DATA_FILES;

  const defs: Def[] = [];
  for (const { line, r } of rows(F.defs, texts[F.defs], DEF_COLUMNS, problems)) {
    if (!(TOPICS as readonly string[]).includes(r.topic)) { problems.push({ file: F.defs, line, reason: `unknown topic "${r.topic}"` }); continue; }
    defs.push({ id: r.id, topic: r.topic as Topic, name_zh: r.name_zh, name_en: r.name_en, unit: r.unit, description: r.description });
  }
  const defById = new Map(defs.map((d) => [d.id, d]));

  const docs: Doc[] = rows(F.docs, texts[F.docs], DOCUMENT_COLUMNS, problems).map(({ r }) => ({
    doc: r.doc, title: r.title, issuer: r.issuer, issued: r.issued, seed: r.seed,
    first_line: Number(r.first_line), last_line: Number(r.last_line), parent: r.parent, note: r.note,
  }));
  const docById = new Map(docs.map((d) => [d.doc, d]));

  const places: Place[] = [];
  for (const { line, r } of rows(F.places, texts[F.places], PLACE_COLUMNS, problems)) {
    if (!AREA_CODES.has(r.area_code)) { problems.push({ file: F.places, line, reason: `unknown area "${r.area_code}"` }); continue; }
    const lon = num(r.lon), lat = num(r.lat);
    places.push({
      place_id: r.place_id, name: r.name, category: r.category, area_code: r.area_code,
      lon: Number.isFinite(lon) ? lon : null, lat: Number.isFinite(lat) ? lat : null,
      precision: (['exact', 'town', 'county'].includes(r.location_precision) && Number.isFinite(lon) && Number.isFinite(lat)
        ? r.location_precision : 'none') as Place['precision'],
      year: /^\d{4}$/.test(r.year) ? Number(r.year) : null, status: r.status,
      doc: r.doc, seed: r.seed, line: Number(r.line), quote: r.quote, note: r.note,
    });
  }
  const placeIds = new Set(places.map((p) => p.place_id));

  const indicators: Indicator[] = [];
  for (const { line, r } of rows(F.indicators, texts[F.indicators], INDICATOR_COLUMNS, problems)) {
    const value = num(r.value);
    const year = Number(r.year);
    const reason =
      !defById.has(r.indicator) ? `indicator "${r.indicator}" has no definition` :
      !AREA_CODES.has(r.area_code) ? `unknown area "${r.area_code}"` :
      !Number.isFinite(value) ? `value "${r.value}" is not a number` :
      !/^\d{4}$/.test(r.year) ? `year "${r.year}" is not a year` :
      !(KINDS as readonly string[]).includes(r.kind) ? `unknown kind "${r.kind}"` :
      r.place_id && !placeIds.has(r.place_id) ? `unknown place "${r.place_id}"` : '';
    if (reason) { problems.push({ file: F.indicators, line, reason }); continue; }
    indicators.push({
      indicator: r.indicator, area_code: r.area_code, year, value, unit: r.unit, kind: r.kind as Kind,
      doc: r.doc, seed: r.seed, line: Number(r.line), quote: r.quote, note: r.note, place_id: r.place_id,
    });
  }

  const checks: Check[] = rows(F.checks, texts[F.checks], CHECK_COLUMNS, problems).map(({ r }) => ({
    check: r.check, doc: r.doc, seed: r.seed, line: Number(r.line), expected: r.expected, found: r.found, note: r.note,
  }));

  const byIndicator = new Map<string, Indicator[]>();
  for (const r of indicators) {
    const list = byIndicator.get(r.indicator);
    if (list) list.push(r); else byIndicator.set(r.indicator, [r]);
  }
  const cityOnly = new Set<string>();
  for (const [id, rows] of byIndicator) if (!rows.some((r) => !r.place_id && r.area_code !== '411000')) cityOnly.add(id);
  // where documents disagree: found once here, in the loader's worker, and kept with the rows they point to
  const conflicts = findConflicts({ indicators, docById });
  return { defs, defById, indicators, places, docs, docById, checks, problems, byIndicator, cityOnly, conflicts, conflictByKey: conflictIndex(conflicts) };
}
