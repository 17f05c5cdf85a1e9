// Data-file fixtures for the schema tests: one good row of each file, and the CSV writer.
import { DATA_FILES } from '../../src/schema/index.ts';

export const F = DATA_FILES;
export type Row = Record<string, string>;
export const csv = (columns: readonly string[], rows: Row[]) =>
  [columns.join(','), ...rows.map((r) => columns.map((c) => (/[",\n]/.test(r[c] ?? '') ? `"${r[c].replace(/"/g, '""')}"` : (r[c] ?? ''))).join(','))].join('\n') + '\n';

export const DOC: Row = { doc: 'N1', title: '通知', issuer: '政府', issued: '2023-01-05', seed: 's1', first_line: '1', last_line: '100' };
export const DEF: Row = { id: 'beds', topic: 'health', name_zh: '床位', name_en: 'Beds', unit: '张', description: '' };
export const IND: Row = {
  indicator: 'beds', area_code: '411000', area: '许昌市', year: '2025', value: '40', unit: '张', kind: 'target', doc: 'N1', seed: 's1',
  line: '10', quote: '到2025年床位达到40张以上',
};
export const PLACE: Row = {
  place_id: 'p1', name: '某医院', category: 'hospital', area_code: '411081', area: '禹州市', location_precision: 'none', status: 'planned',
  doc: 'N1', seed: 's1', line: '12', quote: '建设某医院',
};
export const CHECK: Row = { check: 'beds_sum', doc: 'N1', seed: 's1', line: '10', expected: '40', found: '41', note: 'differs' };
