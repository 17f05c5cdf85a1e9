/**
 * The test contract, `window.__atlas`: read-only views of the state and of what is drawn, the map's projection,
 * and the clock Play runs on. It ships in production on purpose (the browser tests run against the production
 * build), and it is the only global the app sets. It holds no map: it asks mapHandle for the current one, so a
 * removed map (e.g. after a lost WebGL context) is not kept alive by it.
 */
import { ManualClock, realClock, useClock } from '../lib/clock.ts';
import { mapHandle } from '../map/mapHandle.ts';
import type { AtlasState, View } from '../lib/urlState.ts';
import type { RGB } from '../lib/scales.ts';

export interface RenderedArea {
  area_code: string;
  value: number | null;
  year: number | null;
  kind: string | null;
  status: string;
  /** a change map's base end and change (null where not applicable) */
  base_year: number | null;
  base_value: number | null;
  change: number | null;
  change_pct: number | null;
  /** documents give different values for this area, indicator and year */
  conflict: boolean;
}

/** One layer of the stack as drawn: the fill, the symbols over it, each place layer. */
export interface RenderedLayer {
  role: 'fill' | 'symbol' | 'places';
  indicator?: string;
  category?: string;
  areas?: { area_code: string; value: number | null; year: number | null; kind: string | null }[];
}

/** One value shown in the calendar (two conflicting values are two entries). */
export interface CalendarItem { year: number; indicator: string; area_code: string; value: number; kind: string; doc: string }

/** What App provides; the contract adds the map and the clock. */
export interface ContractSource {
  getState(): Pick<AtlasState, 'indicator' | 'year' | 'layers' | 'area' | 'lang' | 'mode'> & { view: View };
  getRenderedAreas(): RenderedArea[];
  getRenderedPlaces(): { place_id: string; category: string; precision: string }[];
  getRenderedLayers(): RenderedLayer[];
  /** the calendar's entries as shown ([] while the calendar is closed) */
  getCalendar(): CalendarItem[];
  /** the KEY of the current state (see drawnState.ts) */
  stateKey(): string;
  /** what the legend is built from: class upper bounds and colours, and the no-data colour; null if none */
  getLegend(): { breaks: number[]; colours: RGB[]; noData: RGB } | null;
}

export function installTestContract(source: ContractSource): void {
  let manual: ManualClock | null = null;
  const contract = {
    getState: () => source.getState(),
    getRenderedAreas: () => source.getRenderedAreas(),
    getRenderedPlaces: () => source.getRenderedPlaces(),
    getRenderedLayers: () => source.getRenderedLayers(),
    getCalendar: () => source.getCalendar(),
    stateKey: () => source.stateKey(),
    getLegend: () => source.getLegend(),
    /** page position (CSS px) of a lon/lat on the current map; null without a map */
    project: (lon: number, lat: number) => mapHandle()?.project(lon, lat) ?? null,
    /** the current map's pitch in degrees; null without a map */
    pitch: () => mapHandle()?.pitch() ?? null,
    clock: {
      /** from now on the app's timers (Play) run only when advanced */
      manual: () => { manual = new ManualClock(); useClock(manual); },
      /** moves the manual clock on by ms, running the timers that fall due */
      advance: (ms: number) => { if (!manual) throw new Error('__atlas.clock.manual() first'); manual.advance(ms); },
      /** back to real time */
      real: () => { manual = null; useClock(realClock); },
      pending: () => manual?.pending ?? 0,
    },
  };
  (window as unknown as { __atlas: typeof contract }).__atlas = contract;
}
