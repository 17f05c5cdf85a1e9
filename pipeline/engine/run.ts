/**
 * Runs document modules: locate each document, its sections, then figures → tables → places → hooks →
 * restatements (which may refer to rows a hook emitted), in that order; documents in the order given (pipeline/documents/index.ts). Every failure names the
 * module file, the spec and the reason.
 */
import { resolveArea } from '../lib/areas.ts';
import { findLine, type Seed, type SeedSet } from '../lib/seeds.ts';
import type { ExtractResult, IndicatorDef } from '../lib/types.ts';
import { numberedDocuments, segmentDocuments, type NumberedDoc } from '../segment.ts';
import { CITY, DocContext, joinNotes, sectionYearNote, type Emitted, type Section } from './context.ts';
import { indicatorRegistry, sourcePath, type IndicatorRegistry } from './indicators.ts';
import { findAll, findOnce, subScope } from './pattern.ts';
import { qualifierOf } from './qualifier.ts';
import { readTable, reconcile } from './table.ts';
import type { DocumentModule, EngineRow, FigureSpec, PlaceSpec, RestateSpec, TableSpec, YearBasis } from './types.ts';

export interface EngineResult extends ExtractResult {
  indicators: EngineRow[];
}

/** Lazily computed facts about the seed set shared by all documents. */
class SeedFacts {
  private numbered = new Map<string, NumberedDoc[]>();
  private issuedByDoc?: Map<string, string>;
  constructor(readonly seeds: SeedSet) {}
  seed(name: string, where: string): Seed {
    const s = this.seeds.get(name);
    if (!s) throw new Error(`${where}: seed ${name} missing`);
    return s;
  }
  numberedDocs(seed: Seed): NumberedDoc[] {
    let d = this.numbered.get(seed.name);
    if (!d) this.numbered.set(seed.name, (d = numberedDocuments(seed)));
    return d;
  }
  issued(doc: string): string {
    this.issuedByDoc ??= new Map(segmentDocuments(this.seeds).map((r) => [r.doc, r.issued]));
    return this.issuedByDoc.get(doc) ?? '';
  }
}

function locate(m: DocumentModule, file: string, facts: SeedFacts): { seed: Seed; start: number; end: number } {
  const seed = facts.seed(m.seed, `${file}: ${m.doc}`);
  let start: number;
  let end: number;
  if (m.firstLine) {
    start = findLine(seed, m.firstLine);
    end = seed.lines.length;
    while (end > start && seed.line(end).trim() === '') end--;
  } else {
    const d = facts.numberedDocs(seed).find((x) => x.doc === m.doc);
    if (!d) throw new Error(`${file}: ${m.doc}: document not found in ${seed.name} (its number line is gone or changed)`);
    start = d.numberLine;
    end = d.end;
  }
  if (m.title) {
    try {
      findLine(seed, m.title, start, end);
    } catch {
      throw new Error(`${file}: ${m.doc}: title "${m.title}" not found in ${seed.name}:${start}..${end}`);
    }
  }
  return { seed, start, end };
}

/** Where a registered document stands in its seed: number line (or first line) to its last line. */
export function locateDocument(m: DocumentModule, seeds: SeedSet): { seed: Seed; start: number; end: number } {
  return locate(m, sourcePath(m.file), new SeedFacts(seeds));
}

/** The sections of a registered document as line ranges (first and last line holding their text), by name. */
export function documentSections(m: DocumentModule, seeds: SeedSet): Map<string, { start: number; end: number }> {
  const file = sourcePath(m.file);
  const { seed, start, end } = locate(m, file, new SeedFacts(seeds));
  const ctx = new DocContext(m, seed, start, end, indicatorRegistry([]), { docs: new Map(), indicators: [], places: new Map(), checks: [] }, () => '', file);
  locateSections(ctx);
  return new Map([...ctx.sections].map(([name, s]) => {
    const { from, to } = ctx.linesOf(s.scope);
    return [name, { start: from, end: to }];
  }));
}

function locateSections(ctx: DocContext): void {
  const m = ctx.module;
  for (const s of m.sections ?? []) {
    const parent = ctx.scope(s.in);
    const what = `section ${s.name}`;
    let from: number;
    let headLine: number;
    let year: number | undefined;
    let area: string | undefined;
    let afterStart: number;
    if (s.start !== undefined) {
      const h = findOnce(parent, s.start, ctx.where(what));
      from = h.index;
      afterStart = h.index + h.text.length;
      headLine = h.line;
      if (h.slots.y) year = Number(h.slots.y.text);
      if (h.slots.a) area = h.slots.a.text;
    } else if (s.startLine) {
      const { from: l0, to: l1 } = ctx.linesOf(parent);
      const lines: number[] = [];
      for (let n = l0; n <= l1; n++) if (s.startLine.test(ctx.seed.line(n).trim())) lines.push(n);
      if (lines.length !== 1) ctx.fail(what, `heading line ${String(s.startLine)} found ${lines.length} times, expected exactly once`);
      headLine = lines[0];
      from = Math.max(parent.from, ctx.flat.offsetOf(headLine));
      afterStart = from + ctx.seed.line(headLine).trim().length;
    } else {
      ctx.fail(what, 'needs start or startLine');
    }
    let to = parent.to;
    if (s.end !== undefined) {
      const ends = findAll(subScope(parent, afterStart, parent.to, parent.name), s.end);
      if (!ends.length) ctx.fail(what, `end ${String(s.end)} not found after its start`);
      to = ends[0].index;
    }
    const parentSec = s.in ? ctx.section(s.in) : undefined;
    ctx.sections.set(s.name, {
      scope: subScope(parent, from, to, `${ctx.doc} § ${s.name}`), headLine, year: year ?? s.year, area,
      horizon: s.horizon ?? parentSec?.horizon, period: s.period ?? parentSec?.period, what: s.what ?? `section ${s.name}`,
    });
  }
  for (const sr of m.series ?? []) {
    const parent = ctx.scope(sr.in);
    const { from: l0, to: l1 } = ctx.linesOf(parent);
    const found: { name: string; line: number }[] = [];
    for (let n = l0; n <= l1; n++) {
      const x = sr.line.exec(ctx.seed.line(n));
      if (x) found.push({ name: (x.groups?.name ?? x[1]).replace(/\s+/g, ''), line: n });
    }
    const names = found.map((f) => f.name).join(' ');
    if (names !== sr.names.join(' ')) ctx.fail(`series ${sr.prefix}`, `headings changed: ${names}`);
    found.forEach((f, i) => {
      const from = ctx.flat.offsetOf(f.line);
      const to = i + 1 < found.length ? ctx.flat.offsetOf(found[i + 1].line) : parent.to;
      const name = `${sr.prefix}/${f.name}`;
      ctx.sections.set(name, { scope: subScope(parent, from, to, `${ctx.doc} § ${name}`), headLine: f.line, horizon: sr.horizon, period: sr.period, what: `the plan ${f.name}` });
    });
  }
}

/**
 * The year of a figure: printed, or inferred by `year_basis` (with a note saying from what), or stated by the spec
 * (whose note must say why).
 */
function figureYear(ctx: DocContext, s: FigureSpec, printed: string | undefined, sec: Section | undefined, what: string): { year: number; basis: YearBasis; note?: string } {
  const stated = [printed !== undefined, s.year !== undefined, s.year_basis !== undefined].filter(Boolean).length;
  if (stated > 1) ctx.fail(what, 'the year is given twice (printed in the pattern, `year` and/or `year_basis`)');
  if (printed !== undefined) return { year: Number(printed), basis: '' };
  if (s.year !== undefined) {
    if (!s.note) ctx.fail(what, 'a stated year needs a note saying why');
    return { year: s.year, basis: '' };
  }
  const basis = s.year_basis;
  if (basis === 'section') {
    if (sec?.year === undefined) ctx.fail(what, 'year_basis section: the section states no year');
    return { year: sec.year, basis, note: sectionYearNote(sec) };
  }
  if (basis === 'horizon') {
    const h = sec?.horizon ?? ctx.module.horizon;
    if (h === undefined) ctx.fail(what, 'year_basis horizon: neither the section nor the document declares a horizon');
    return { year: h, basis, note: `year ${h} inferred: the plan's horizon${sec?.horizon !== undefined ? ` (${sec.what})` : ''}; the sentence prints none` };
  }
  if (basis === 'before_issue') {
    const issued = ctx.module.issued ?? ctx.issued();
    if (!issued) ctx.fail(what, 'year_basis before_issue: the document has no issue date');
    const y = Number(issued.slice(0, 4)) - 1;
    return { year: y, basis, note: `year ${y} inferred: the year before the document's issue (${issued}); the sentence prints none` };
  }
  return ctx.fail(what, 'no year: the pattern has no {y}; give year_basis (or year with a note)');
}

function runFigure(ctx: DocContext, s: FigureSpec): void {
  const what = `figure ${s.id}${s.in ? ` in ${s.in}` : ''}`;
  const sec = s.in ? ctx.section(s.in) : undefined;
  const hit = ctx.find(s.t, what, s.in);
  const v = hit.slots[s.v ?? 'v'];
  if (!v) ctx.fail(what, `the pattern has no value slot {${s.v ?? 'v'}}`);
  const { year, basis, note: yearNote } = figureYear(ctx, s, hit.slots[s.y ?? 'y']?.text, sec, what);
  const value = ctx.num(v.text, what);
  if (s.place && !(ctx.module.places ?? []).some((p) => p.id === s.place) && !ctx.emitted.places.has(s.place)) {
    ctx.fail(what, `unknown place ${s.place}`);
  }
  const areaSlot = hit.slots[s.a ?? (typeof s.t === 'string' ? 'a' : '')];
  const areas = areaSlot ? [areaSlot.text] : s.areas ?? [s.area ?? CITY.name_zh];
  const line = s.line === 'match' ? hit.line : v.line;
  const qualifier = qualifierOf(ctx.flat.text, v.at, v.at + v.text.length);
  for (const a of areas) {
    const row = ctx.emit({
      id: s.id, area: resolveArea(a), year, value, kind: s.kind, line, quote: hit.text, note: joinNotes(s.note, yearNote), place: s.place,
      qualifier, year_basis: basis,
    });
    ctx.figureRows.set(s.id, [...(ctx.figureRows.get(s.id) ?? []), row]);
  }
}

function runTable(ctx: DocContext, t: TableSpec): void {
  const what = `table ${t.name}`;
  const { from, to } = ctx.linesOf(ctx.scope(t.in));
  const table = readTable(ctx.seed, from, to, t, `${ctx.doc} ${t.name}`);
  ctx.tables.set(t.name, table);
  for (const c of t.columns) {
    let year = c.year;
    let note = c.note ?? '';
    if (c.yearOf) {
      // the figure row of that indicator and of this column's kind (a target column takes the target's year)
      const rs = (ctx.figureRows.get(c.yearOf) ?? []).filter((r) => r.kind === (c.kind ?? 'target') && r.area_code === CITY.code);
      if (rs.length !== 1) ctx.fail(what, `yearOf ${c.yearOf}: ${rs.length} city-wide ${c.kind ?? 'target'} figure rows, expected exactly one`);
      year = rs[0].year;
      note = note.replaceAll('{year}', String(year)).replaceAll('{line}', String(rs[0].line));
    }
    if (year === undefined) ctx.fail(what, `column ${c.col} has no year (year or yearOf)`);
    if (table.total) note = note.replaceAll('{totalLine}', String(table.total.line));
    for (const r of table.rows) {
      const value = r.values[c.col];
      if (value === null) continue;
      ctx.emit({ id: c.id, area: r.area, year, value, kind: c.kind, line: r.line, quote: ctx.seed.line(r.line).trim(), note });
    }
    if (c.check) ctx.addCheck(reconcile(table, t, c.col, c.check, { doc: ctx.doc, seed: ctx.seed.name }));
  }
}

function runPlace(ctx: DocContext, p: PlaceSpec): void {
  const what = `place ${p.id}`;
  const sec = p.in ? ctx.section(p.in) : undefined;
  const hit = ctx.find(p.t, what, p.in);
  const slot = (name: string | undefined) => (name ? hit.slots[name] ?? ctx.fail(what, `the match has no slot ${name}`) : undefined);
  const nameSlot = slot(p.g);
  const name = p.name ?? nameSlot?.text.replace(/\s+/g, '') ?? ctx.fail(what, 'needs a name or a name slot g');
  if (!p.composed && !hit.text.replace(/\s+/g, '').includes(name)) ctx.fail(what, `name ${name} not in the quote`);
  const areaSlot = slot(p.a) ?? (typeof p.t === 'string' ? hit.slots.a : undefined);
  let areaNote = '';
  let printedArea = areaSlot?.text ?? p.area;
  if (printedArea === undefined && sec?.area) {
    printedArea = sec.area;
    areaNote = `area from the heading of ${sec.what} (line ${sec.headLine})`;
  }
  const area = resolveArea(printedArea ?? CITY.name_zh);
  if (!p.g && !p.a) {
    // a county named at the start of the place name must be the place's area
    const named = ctx.areaPrefix(name);
    if (named && named.code !== area.code && named.code !== CITY.code) ctx.fail(what, `name says ${named.name_zh}, spec says ${area.name_zh}`);
  }
  const nameAt = hit.text.indexOf(name);
  const line = nameSlot ? nameSlot.line : nameAt >= 0 ? ctx.flat.lineAt(hit.index + nameAt) : hit.line;
  const year = p.y ? Number(slot(p.y)!.text) : p.year ?? '';
  ctx.place({
    id: p.id, name, category: p.category, area, year, status: p.status, line, quote: hit.text,
    note: joinNotes(areaNote, p.note), town: p.town, in_service: p.in_service, repeat: p.repeat,
  });
}

function runRestate(ctx: DocContext, s: RestateSpec): void {
  const hit = ctx.find(s.t, `check ${s.check}`, s.in);
  const v = hit.slots.v ?? ctx.fail(`check ${s.check}`, 'the pattern has no {v}');
  const stated = ctx.num(v.text, `check ${s.check}`);
  const ref = ctx.row(s.ref.id, s.ref.year, { area: s.ref.area, doc: s.ref.doc });
  ctx.check({
    check: s.check, line: v.line, expected: stated, found: ref.value, ok: Number(stated) === Number(ref.value),
    okNote: `the text restates ${s.what}: ${stated}, as emitted from line ${ref.line}`,
    badNote: `${s.what}: this line says ${stated}, line ${ref.line} says ${ref.value}`,
  });
}

/** Run one document module against the seeds, adding to `emitted`. Every error names the module file. */
function runDocument(m: DocumentModule, facts: SeedFacts, registry: IndicatorRegistry, emitted: Emitted): DocContext {
  const file = sourcePath(m.file);
  let step = 'locate';
  try {
    const { seed, start, end } = locate(m, file, facts);
    const issued = () => m.issued ?? (m.firstLine ? '' : facts.issued(m.doc));
    const ctx = new DocContext(m, seed, start, end, registry, emitted, issued, file);
    emitted.docs.set(m.doc, ctx);
    step = 'sections';
    locateSections(ctx);
    step = 'figures';
    for (const f of m.figures ?? []) runFigure(ctx, f);
    for (const t of m.tables ?? []) {
      step = `table ${t.name}`;
      runTable(ctx, t);
    }
    step = 'places';
    for (const p of m.places ?? []) runPlace(ctx, p);
    for (const [name, hook] of Object.entries(m.hooks ?? {})) {
      step = `hook ${name}`;
      hook(ctx);
    }
    step = 'restates';
    for (const r of m.restates ?? []) runRestate(ctx, r);
    return ctx;
  } catch (e) {
    const msg = (e as Error).message;
    throw new Error(msg.startsWith(file) ? msg : `${file}: ${m.doc} ${step}: ${msg}`, { cause: e });
  }
}

/**
 * Run the documents in order and return their rows, places, checks, and the definitions of the indicators they
 * emit. Every place an indicator row points at must have been emitted by some document.
 */
export function runDocuments(modules: readonly DocumentModule[], seeds: SeedSet, registry: IndicatorRegistry): EngineResult {
  const facts = new SeedFacts(seeds);
  const emitted: Emitted = { docs: new Map(), indicators: [], places: new Map(), checks: [] };
  const seen = new Map<string, string>();
  for (const m of modules) {
    const file = sourcePath(m.file);
    if (seen.has(m.doc)) throw new Error(`${file}: ${m.doc} is also registered by ${seen.get(m.doc)}`);
    seen.set(m.doc, file);
    runDocument(m, facts, registry, emitted);
  }
  for (const r of emitted.indicators) {
    if (r.place_id && !emitted.places.has(r.place_id)) throw new Error(`${r.doc} ${r.indicator} (${r.seed}:${r.line}): unknown place ${r.place_id}`);
  }
  const used = new Set(emitted.indicators.map((r) => r.indicator));
  const defs: IndicatorDef[] = registry.all().filter((d) => used.has(d.id));
  const places = [...emitted.places.values()].map(({ from: _from, ...p }) => p);
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    indicators: emitted.indicators.sort((a, b) => cmp(a.indicator, b.indicator) || a.year - b.year || cmp(a.kind, b.kind) ||
      cmp(a.area_code, b.area_code) || cmp(a.doc, b.doc) || a.line - b.line || cmp(a.place_id, b.place_id)),
    places: places.sort((a, b) => cmp(a.place_id, b.place_id)),
    checks: emitted.checks.sort((a, b) => cmp(a.check, b.check)),
    defs: defs.sort((a, b) => cmp(a.id, b.id)),
  };
}
