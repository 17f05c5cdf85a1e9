// The CSV writer and reader live in src/schema/csv.ts (shared with the app's loader).
export { toCsv, parseCsv, type ParsedCsv } from '../../src/schema/csv.ts';
