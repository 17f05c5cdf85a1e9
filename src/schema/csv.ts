/**
 * The one CSV writer and reader of the data files, used by the pipeline (writing, `npm run validate`) and by
 * the app's loader. Reading keeps physical line numbers so every problem can be reported as `file:line: reason`.
 */
import Papa from 'papaparse';

/**
 * Deterministic CSV: header row, "\n" line endings, a final newline, fields quoted only when they contain
 * a comma, quote, or line break (RFC 4180). Same rows in → same bytes out. A missing field is written as ''.
 */
export function toCsv<T extends object>(columns: readonly (keyof T & string)[], rows: readonly T[]): string {
  const esc = (v: unknown): string => {
    const s = v === undefined || v === null ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const out = [columns.join(',')];
  for (const r of rows) out.push(columns.map((c) => esc((r as Record<string, unknown>)[c])).join(','));
  return out.join('\n') + '\n';
}

export interface ParsedCsv {
  header: string[];
  /** each record with its 1-based line number in the file (header is line 1) */
  rows: { line: number; fields: string[] }[];
  /** structural problems: unterminated quotes, etc., with line numbers */
  errors: { line: number; message: string }[];
}

/** Parse CSV text strictly, keeping line numbers. */
export function parseCsv(text: string): ParsedCsv {
  const res = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: ',' });
  const data = res.data;
  const errors = res.errors.map((e) => ({ line: (e.row ?? 0) + 1, message: `${e.code}: ${e.message}` }));
  // drop the trailing empty record produced by the final newline
  if (data.length && data[data.length - 1].length === 1 && data[data.length - 1][0] === '') data.pop();
  const header = data[0] ?? [];
  // Papa does not report physical line numbers: count the newlines inside each record's fields
  const rows: ParsedCsv['rows'] = [];
  let line = 2;
  for (let i = 1; i < data.length; i++) {
    rows.push({ line, fields: data[i] });
    line += 1 + data[i].reduce((k, f) => k + (f.match(/\n/g)?.length ?? 0), 0);
  }
  return { header, rows, errors };
}

export interface Problem {
  file: string;
  /** 1-based line in the file; 0 = the file as a whole */
  line: number;
  message: string;
  /** a known defect that does not stop `npm run validate` (see the rule that reports it) */
  warning?: true;
}
export const formatProblem = (p: Problem) => `${p.file}:${p.line}: ${p.warning ? 'warning: ' : ''}${p.message}`;

/** One record of a data file: its fields by column name and its line. */
export interface Rec {
  line: number;
  r: Record<string, string>;
}

/**
 * Read one data file: every record with the header's fields, or a problem naming the file and line
 * (file missing, malformed CSV, missing columns, wrong field count). Extra columns are kept.
 */
export function readTable(file: string, text: string | undefined, columns: readonly string[], problems: Problem[]): Rec[] {
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
  for (const { line, fields } of parsed.rows) {
    if (fields.length !== parsed.header.length) {
      problems.push({ file, line, message: `malformed row: ${fields.length} fields, header has ${parsed.header.length}` });
      continue;
    }
    const r: Record<string, string> = {};
    parsed.header.forEach((h, i) => (r[h] = fields[i]));
    out.push({ line, r });
  }
  return out;
}
