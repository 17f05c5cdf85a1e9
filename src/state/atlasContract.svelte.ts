/**
 * What the test contract (testContract.ts, `window.__atlas`) reads: the state and what it draws, asked of the
 * atlas on each call (nothing is copied or kept).
 */
import { calendarEntries } from '../lib/calendar.ts';
import { conflictOf } from '../lib/conflicts.ts';
import { NO_DATA } from '../lib/scales.ts';
import { COUNTY_CODES, type AreaValue } from '../lib/view.ts';
import type { Atlas } from './context.ts';
import type { ContractSource, RenderedLayer } from './testContract.ts';

export function contractSource({ store, view }: Atlas): ContractSource {
  const layerRows = (vs: Iterable<AreaValue>) =>
    [...vs].map((v) => ({ area_code: v.area_code, value: v.row?.value ?? null, year: v.row?.year ?? null, kind: v.row?.kind ?? null }));
  return {
    getState: () => {
      const { indicator, year, layers, area, view: v, lang, mode } = $state.snapshot(store.state);
      return { indicator, year, layers, area, view: store.userView ?? v, lang, mode };
    },
    getRenderedAreas: () => {
      const { data, change, cityOnly } = view;
      const changes = new Map((change?.changes ?? []).map((c) => [c.area_code, c]));
      return [...view.countyValues, ...view.zoneValues].map((v) => {
        const c = changes.get(v.area_code);
        return {
          area_code: v.area_code,
          value: cityOnly && COUNTY_CODES.includes(v.area_code) ? null : (v.row?.value ?? null),
          year: v.row?.year ?? null,
          kind: v.row?.kind ?? null,
          status: v.status,
          base_year: c?.base.row?.year ?? null,
          base_value: c?.base.row?.value ?? null,
          change: c?.change ?? null,
          change_pct: c?.change_pct ?? null,
          conflict: !!(data && v.row && conflictOf(data.conflictByKey, v.row)),
        };
      });
    },
    getRenderedLayers: () => {
      const s = store.state;
      const out: RenderedLayer[] = [];
      if (!view.cityOnly) out.push({ role: 'fill', indicator: s.indicator, areas: layerRows(view.change ? view.change.values.values() : view.countyValues) });
      if (view.symbols.length) out.push({ role: 'symbol', indicator: s.symbol, areas: layerRows(view.symbols) });
      for (const c of view.categories.filter((x) => s.layers.includes(x))) {
        out.push({ role: 'places', category: c, areas: view.places.filter((p) => p.category === c).map((p) => ({ area_code: p.area_code, value: null, year: p.year, kind: null })) });
      }
      return out;
    },
    getCalendar: () => {
      const { data } = view;
      const s = store.state;
      return data && s.panel === 'calendar'
        ? calendarEntries(data, ['411000'], data.conflicts, { topic: s.topic || undefined, doc: s.doc || undefined })
          .map(({ year, indicator, area_code, value, kind, doc }) => ({ year, indicator, area_code, value, kind, doc }))
        : [];
    },
    getRenderedPlaces: () => view.places.map((p) => ({ place_id: p.place_id, category: p.category, precision: p.precision })),
    stateKey: () => view.key,
    // the legend the fill is drawn with (a change map: its diverging scale)
    getLegend: () => {
      const sc = view.fillScale;
      return sc && !view.cityOnly ? { breaks: [...sc.breaks], colours: sc.colours.map((c) => [...c] as typeof c), noData: [...NO_DATA] } : null;
    },
  };
}
