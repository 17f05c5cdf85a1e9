// Expected values for the browser tests come from the committed data files, never typed in.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

export function readCsv(path) {
  return Papa.parse(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;
}
export const indicators = readCsv('data/indicators.csv');
export const documents = readCsv('data/documents.csv');
export const defs = readCsv('data/indicator-defs.csv');

/** area-level rows of an indicator for one area */
export const rowsOf = (indicator, area) => indicators.filter((r) => r.indicator === indicator && r.area_code === area && !r.place_id);
export const COUNTIES = ['411002', '411003', '411024', '411025', '411081', '411082'];
