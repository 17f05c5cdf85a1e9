/** CSV of the active indicator as shown in the current year: one row per area, with its source. Pure. */
import { toCsv } from '../schema/csv.ts';
import { AREAS } from '../schema/areas.ts';
import type { AtlasData } from './model.ts';
import { areaValues, CENTRAL_CITY_CODE, CITY_CODE, COUNTY_CODES, ZONE_CODES } from './view.ts';
import { changeValues } from './change.ts';

const COLUMNS = ['area_code', 'area', 'indicator', 'shown_for_year', 'status', 'value', 'unit', 'year', 'kind', 'doc', 'seed', 'line', 'quote'] as const;
type Row = Record<(typeof COLUMNS)[number], string | number>;

export function indicatorCsv(data: AtlasData, indicator: string, year: number): string {
  const unit = data.defById.get(indicator)?.unit ?? '';
  const rows: Row[] = areaValues(data, indicator, year, [...COUNTY_CODES, ...ZONE_CODES, CITY_CODE, CENTRAL_CITY_CODE])
    // the central city is listed only where the documents give it a value
    .filter((v) => v.area_code !== CENTRAL_CITY_CODE || v.row).map((v) => ({
    area_code: v.area_code,
    area: AREAS.find((a) => a.code === v.area_code)?.name_zh ?? v.area_code,
    indicator,
    shown_for_year: year,
    status: v.status,
    value: v.row?.value ?? '',
    unit: v.row ? unit : '',
    year: v.row?.year ?? '',
    kind: v.row?.kind ?? '',
    doc: v.row?.doc ?? '',
    seed: v.row?.seed ?? '',
    line: v.row?.line ?? '',
    quote: v.row?.quote ?? '',
  }));
  return toCsv(COLUMNS, rows);
}

const CHANGE_COLUMNS = [
  'area_code', 'area', 'indicator', 'change_from', 'change_to', 'change', 'change_pct', 'unit', 'gap',
  'base_value', 'base_year', 'base_kind', 'base_doc', 'base_seed', 'base_line', 'base_quote',
  'value', 'year', 'kind', 'doc', 'seed', 'line', 'quote',
] as const;
type ChangeRow = Record<(typeof CHANGE_COLUMNS)[number], string | number>;

/** CSV of a change map: per area both ends, each with its own source, and the change between them. */
export function changeCsv(data: AtlasData, indicator: string, base: number, year: number): string {
  const unit = data.defById.get(indicator)?.unit ?? '';
  const rows: ChangeRow[] = changeValues(data, indicator, base, year, [...COUNTY_CODES, ...ZONE_CODES, CITY_CODE]).map((c) => {
    const b = c.base.row, e = c.end.row;
    return {
      area_code: c.area_code, area: AREAS.find((a) => a.code === c.area_code)?.name_zh ?? c.area_code, indicator,
      change_from: base, change_to: year, change: c.change ?? '', change_pct: c.change_pct ?? '', unit, gap: c.gap ?? '',
      base_value: b?.value ?? '', base_year: b?.year ?? '', base_kind: b?.kind ?? '', base_doc: b?.doc ?? '', base_seed: b?.seed ?? '',
      base_line: b?.line ?? '', base_quote: b?.quote ?? '',
      value: e?.value ?? '', year: e?.year ?? '', kind: e?.kind ?? '', doc: e?.doc ?? '', seed: e?.seed ?? '', line: e?.line ?? '', quote: e?.quote ?? '',
    };
  });
  return toCsv(CHANGE_COLUMNS, rows);
}
