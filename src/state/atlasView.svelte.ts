/**
 * What the state shows, derived once for every view: the fill's values and scale (or a change map's), the symbols,
 * places, labels, the map's paint and style, the credits. Pure functions in src/lib do the work; this class only
 * ties them to the state so each re-runs when what it reads changes (a year step re-runs what reads the year).
 */
import { baseStyle } from '../lib/baseStyle.ts';
import { roughArea } from '../lib/labelLayout.ts';
import { areaValues, COUNTY_CODES, indicatorScale, isCityOnly, placeCategories, visiblePlaces, ZONE_CODES, type AreaValue } from '../lib/view.ts';
import { columnHeight, countyPaint, groupCountyPlaces } from '../lib/choropleth.ts';
import { areaName, areaShortName, formatNumber, t, unitName } from '../lib/i18n.ts';
import { changeMap, instrumentNotices, symbolRadius, symbolValues } from '../lib/instrument.ts';
import { conflictOf } from '../lib/conflicts.ts';
import { DEFAULTS } from '../lib/state.ts';
import { stateKey } from './drawnState.ts';
import type { AtlasStore } from './atlas.svelte.ts';
import type { MapLabel } from '../map/MapView.svelte';

export class AtlasView {
  // (read through a getter: the $derived fields below are lazy, and run only after the constructor has set it)
  readonly #store: AtlasStore;
  private get store() { return this.#store; }
  constructor(store: AtlasStore) {
    this.#store = store;
  }

  private get s() { return this.store.state; }
  readonly data = $derived(this.store.loaded?.data ?? null);
  readonly def = $derived(this.data?.defById.get(this.s.indicator));
  readonly cityOnly = $derived(this.data ? isCityOnly(this.data, this.s.indicator) : false);
  readonly countyValues = $derived(this.data ? areaValues(this.data, this.s.indicator, this.s.year, COUNTY_CODES) : []);
  readonly zoneValues = $derived(this.data ? areaValues(this.data, this.s.indicator, this.s.year, ZONE_CODES) : []);
  readonly valueMap = $derived(new Map(this.countyValues.map((v) => [v.area_code, v])));
  readonly scale = $derived(this.data ? indicatorScale(this.data, this.s.indicator) : null);
  // the instrument: a change map replaces what the fill shows; a symbol layer is drawn over it
  readonly change = $derived(this.data ? changeMap(this.data, this.s, COUNTY_CODES) : null);
  readonly fillValues = $derived(this.change ? this.change.values : this.valueMap);
  readonly fillScale = $derived(this.change ? this.change.scale : this.scale);
  readonly symbols = $derived(this.data ? symbolValues(this.data, this.s, COUNTY_CODES) : []);
  /** the symbols' size scale spans all years, like the fill's colours: a year step resizes only what changed */
  readonly symbolMax = $derived(this.data && this.symbols.length
    ? Math.max(0, ...(this.data.byIndicator.get(this.s.symbol) ?? []).filter((r) => !r.place_id && COUNTY_CODES.includes(r.area_code)).map((r) => r.value))
    : 0);
  readonly symbolByArea = $derived(new Map(this.symbols.map((v) => [v.area_code, v])));
  readonly symbolDef = $derived(this.symbols.length ? this.data?.defById.get(this.s.symbol) : undefined);
  readonly instrumentWarnings = $derived(this.data ? instrumentNotices(this.data, this.s, COUNTY_CODES) : []);
  readonly categories = $derived(this.data ? placeCategories(this.data) : []);
  readonly places = $derived(this.data ? visiblePlaces(this.data, this.s.layers.filter((l) => this.categories.includes(l)), this.s.year) : []);
  readonly groups = $derived(groupCountyPlaces(this.places, this.categories));
  readonly extrude = $derived(this.s.layers.includes('extrude'));
  /** deck.gl is needed for 3D columns, place markers and symbols; the flat choropleth is MapLibre's */
  readonly needsDeck = $derived(this.extrude || this.places.length > 0 || this.symbols.length > 0);
  // columns rise with the size of what the fill shows (a change: its absolute size)
  readonly columnMax = $derived(Math.max(0, ...[...this.fillValues.values()].map((v) => Math.abs(v.row?.value ?? 0))));
  readonly paint = $derived(this.fillScale ? countyPaint(COUNTY_CODES, this.fillValues, this.fillScale, this.s.area) : {});
  /** the KEY of the state (drawnState.ts) */
  readonly key = $derived(stateKey(this.s, DEFAULTS));

  /** the base map's switches and view: from the URL's hints until the data is in, then from the state */
  readonly mapSetup = $derived(this.store.loaded
    ? { online: this.s.basemap === 'osm', rivers: this.s.layers.includes('rivers'), extrude: this.extrude, view: this.store.userView }
    : this.store.hints);
  // MapLibre draws the flat choropleth; 3D columns are deck.gl's
  readonly style = $derived(baseStyle('geo/', { online: this.mapSetup.online, rivers: this.mapSetup.rivers, choropleth: !this.mapSetup.extrude }));

  /** every source credited on the map (its attribution control, or the SVG map's credits line) */
  readonly credits = $derived(this.store.loaded
    ? [...this.store.loaded.credits.map((c) => (this.s.lang === 'zh' ? c.attribution_zh ?? c.attribution : c.attribution)),
      this.s.lang === 'zh' ? '文件：许昌市人民政府公报' : 'Documents: Xuchang Municipal Government gazette']
    : []);

  /** a value as the map labels it: the number and unit (its own year if not the shown one), or a change */
  fmtValue(v: Pick<AreaValue, 'status' | 'row'>): string {
    const lang = this.s.lang;
    if (!v.row) return v.status === 'not_yet_planned' ? t(lang, 'notYet') : '';
    if (this.change) return this.fmtChange(v.row.value);
    const unit = unitName(lang, this.def?.unit ?? '');
    const own = v.row.year !== this.s.year ? ` (${v.row.year})` : '';
    return `${formatNumber(lang, v.row.value)} ${unit}${own}`.trim();
  }

  /** a change as the map labels it: signed, in the indicator's unit or in % */
  private fmtChange(x: number): string {
    const lang = this.s.lang;
    const sign = x > 0 ? '+' : x < 0 ? '−' : '±';
    const n = formatNumber(lang, Math.abs(x));
    return this.change?.measure === 'pct' ? `${sign}${n}%` : `${sign}${n} ${unitName(lang, this.def?.unit ?? '')}`.trim();
  }

  /** each county's name and value, for the SVG map's accessible names */
  readonly countyNames = $derived(Object.fromEntries(COUNTY_CODES.map((c) => {
    const v = this.valueMap.get(c);
    return [c, `${areaName(this.s.lang, c)}${v?.row ? `: ${this.fmtValue(v)}` : ''}`];
  })));

  // county labels, smallest county first: where labels would overlap, the ones listed first keep their place
  // (the small ones have the least room)
  private readonly labelledCounties = $derived(this.store.loaded
    ? [...this.store.loaded.counties.features].sort((a, b) => roughArea(a.geometry) - roughArea(b.geometry))
    : []);
  readonly mapLabels = $derived.by((): MapLabel[] => {
    if (!this.store.loaded || !this.s.layers.includes('labels')) return [];
    const { data, change, cityOnly, extrude, columnMax } = this;
    return this.labelledCounties.map((f) => {
      const v = this.fillValues.get(f.properties.adcode);
      // documents disagree on this value: the label says so instead of showing one of them
      const disputed = !change && data && v?.row ? conflictOf(data.conflictByKey, v.row) : undefined;
      const text = disputed ? `≠ ${disputed.rows.map((r) => formatNumber(this.s.lang, r.value)).join(' / ')}` : v && !cityOnly ? this.fmtValue(v) : '';
      const sym = this.symbolByArea.get(f.properties.adcode);
      return {
        id: f.properties.adcode, lon: f.properties.label_lon, lat: f.properties.label_lat,
        name: areaShortName(this.s.lang, f.properties.adcode), value: text,
        // a symbol is drawn at the label point: the label moves up, clear of it
        lift: sym?.row ? symbolRadius(sym.row.value, this.symbolMax) + 2 : 0,
        z: extrude && v?.row ? columnHeight(v.row.value, columnMax) : 0,
      };
    });
  });

  /** the page's title: the indicator shown, then the atlas */
  readonly title = $derived(`${this.def ? (this.s.lang === 'zh' ? this.def.name_zh : this.def.name_en) + ' · ' : ''}${t(this.s.lang, 'title')}`);
}
