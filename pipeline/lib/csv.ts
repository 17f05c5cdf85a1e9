import Papa from 'papaparse';

/**
 * Deterministic CSV: header row, "\n" line endings, a final newline, fields quoted only when they contain
 * a comma, quote, or line break (RFC 4180). Same rows in → same bytes out.
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

/** Parse CSV text strictly, keeping line numbers so the validator can point at file:line. */
export function parseCsv(text: string): ParsedCsv {
  const res = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: ',' });
  const data = res.data;
  const errors = res.errors.map((e) => ({ line: (e.row ?? 0) + 1, message: `${e.code}: ${e.message}` }));
  // drop the trailing empty record produced by the final newline
  if (data.length && data[data.length - 1].length === 1 && data[data.length - 1][0] === '') data.pop();
  const header = data[0] ?? [];
  // Papa does not report physical line numbers; fields with embedded newlines are rare in our files,
  // so compute them by counting newlines in each record as written back.
  const rows: ParsedCsv['rows'] = [];
  let line = 2;
  for (let i = 1; i < data.length; i++) {
    rows.push({ line, fields: data[i] });
    line += 1 + data[i].reduce((k, f) => k + (f.match(/\n/g)?.length ?? 0), 0);
  }
  return { header, rows, errors };
}
