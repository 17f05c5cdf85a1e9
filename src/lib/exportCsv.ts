/** CSV of the active indicator as shown in the current year: one row per area, with its source. Pure. */
import { toCsv } from '../schema/csv.ts';
import { AREAS } from '../schema/areas.ts';
import type { AtlasData } from './model.ts';
import { areaValues, CENTRAL_CITY_CODE, CITY_CODE, COUNTY_CODES, ZONE_CODES } from './view.ts';

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
