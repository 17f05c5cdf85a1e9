/**
 * Conflicting values (issue 11): when two documents give different values for the same indicator, area, year and
 * kind (area-level rows), every row is kept and one `conflict_*` CheckRow records the disagreement, so the app can
 * show both instead of silently picking one. Values restated within one document are that document's own checks.
 */
import type { CheckRow, IndicatorRow, Kind } from './lib/types.ts';

const KIND_ZH: Record<Kind, string> = { baseline: '基期值', actual: '实际值', target: '目标值', plan: '计划值' };
const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

export function conflictChecks(rows: readonly IndicatorRow[]): CheckRow[] {
  const groups = new Map<string, IndicatorRow[]>();
  for (const r of rows) {
    if (r.place_id) continue;
    const k = [r.indicator, r.area_code, r.year, r.kind].join('|');
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  const out: CheckRow[] = [];
  for (const rs of groups.values()) {
    if (new Set(rs.map((r) => r.doc)).size < 2) continue;
    if (new Set(rs.map((r) => Number(r.value))).size < 2) continue;
    const sorted = [...rs].sort((a, b) => cmp(a.doc, b.doc) || cmp(a.seed, b.seed) || a.line - b.line);
    const [first, ...rest] = sorted;
    const { indicator, area_code, area, year, kind, unit } = first;
    const en = sorted.map((r) => `${r.doc} ${r.value} ${r.unit} (${r.seed}:${r.line})`).join(', ');
    const zh = sorted.map((r) => `${r.doc}为${r.value}${r.unit}`).join('，');
    out.push({
      check: `conflict_${indicator}_${area_code.toLowerCase().replace(/-/g, '_')}_${year}_${kind}`,
      doc: first.doc, seed: first.seed, line: first.line, expected: first.value, found: rest.map((r) => r.value).join(' / '),
      note: `${area} ${year} (${kind}): the documents give different values for ${indicator} — ${en}; every row is kept`,
      indicators: indicator,
      note_zh: `${area}${year}年${KIND_ZH[kind]}不一致（${unit || '无单位'}）：${zh}；各值均保留`,
    });
  }
  return out.sort((a, b) => cmp(a.check, b.check));
}
