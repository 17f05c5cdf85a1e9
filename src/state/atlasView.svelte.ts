/**
 * What the state shows, derived once for every view: the fill's values and scale (or a change map's), the symbols,
 * places, labels, the map's paint and style, the credits. Pure functions in src/lib do the work; this class only
 * ties them to the state so each re-runs when what it reads changes (a year step re-runs what reads the year).
 */
import { baseStyle } from '../lib/baseStyle.ts';
import { countyLabels, labelOrder, labelValueText, type MapLabel } from '../lib/mapLabels.ts';
import { drawsDefault } from '../lib/firstView.ts';
import { FIRST_VIEW } from '../lib/firstViewNow.ts';
import { areaValues, COUNTY_CODES, indicatorScale, isCityOnly, placeCategories, visiblePlaces, ZONE_CODES, type AreaValue } from '../lib/view.ts';
import { countyPaint, groupCountyPlaces } from '../lib/choropleth.ts';
import { areaName, t } from '../lib/i18n.ts';
import { changeMap, instrumentNotices, symbolValues } from '../lib/instrument.ts';
import { DEFAULTS } from '../lib/state.ts';
import { layersHint } from '../lib/urlState.ts';
import { stateKey } from './drawnState.ts';
import type { AtlasStore } from './atlas.svelte.ts';

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
  /**
   * Before the data: the default state's paint and labels as the build computed them (firstView.ts), when the
   * link draws the default state; else the counties' names, and their colours once the data is in.
   */
  private readonly early = drawsDefault(location.search) ? FIRST_VIEW : null;
  private readonly earlyNames = layersHint(location.search, DEFAULTS).includes('labels');
  readonly paint = $derived(this.fillScale ? countyPaint(COUNTY_CODES, this.fillValues, this.fillScale, this.s.area) : (this.early?.paint ?? {}));
  /** the KEY of the state (drawnState.ts) */
  readonly key = $derived(stateKey(this.s, DEFAULTS));

  /** the base map's switches and view: from the URL's hints until the data is in, then from the state */
  readonly mapSetup = $derived(this.store.loaded
    ? { online: this.s.basemap === 'osm', rivers: this.s.layers.includes('rivers'), extrude: this.extrude, view: this.store.userView }
    : this.store.hints);
  /** 3D is on: the map tilts (a value of its own, so a view change does not re-run what reads only this) */
  readonly tilt = $derived(this.mapSetup.extrude);
  // MapLibre draws the flat choropleth; 3D columns are deck.gl's
  private readonly online = $derived(this.mapSetup.online);
  private readonly rivers = $derived(this.mapSetup.rivers);
  // (a county only: selecting a place or a zone leaves the outline, and the style, as they are)
  private readonly selectedCounty = $derived(COUNTY_CODES.includes(this.store.state.area) ? this.store.state.area : '');
  readonly style = $derived(baseStyle('geo/', { online: this.online, rivers: this.rivers, choropleth: !this.tilt, selected: this.selectedCounty, counties: this.store.counties }));

  /** every source credited on the map (its attribution control, or the SVG map's credits line) */
  readonly credits = $derived(this.store.loaded
    ? [...this.store.loaded.credits.map((c) => (this.s.lang === 'zh' ? c.attribution_zh ?? c.attribution : c.attribution)),
      this.s.lang === 'zh' ? '文件：许昌市人民政府公报' : 'Documents: Xuchang Municipal Government gazette']
    : []);

  /** how the map labels a value (labelValueText) in this state */
  fmtValue(v: Pick<AreaValue, 'status' | 'row'>): string {
    return labelValueText(v, { lang: this.s.lang, year: this.s.year, unit: this.def?.unit ?? '', change: this.change?.measure ?? null });
  }

  /** each county's name and value, for the SVG map's accessible names */
  readonly countyNames = $derived(Object.fromEntries(COUNTY_CODES.map((c) => {
    const v = this.valueMap.get(c);
    return [c, `${areaName(this.s.lang, c)}${v?.row ? `: ${this.fmtValue(v)}` : ''}`];
  })));

  private readonly labelledCounties = $derived(labelOrder(this.store.counties));
  readonly mapLabels = $derived.by((): MapLabel[] => {
    if (!this.data) {
      if (this.early) return this.early.labels[this.s.lang];
      return this.earlyNames ? countyLabels(this.labelledCounties, { lang: this.s.lang, year: this.s.year, unit: '', values: new Map(), change: null, cityOnly: true, conflicts: new Map() }) : [];
    }
    if (!this.s.layers.includes('labels')) return [];
    return countyLabels(this.labelledCounties, {
      lang: this.s.lang, year: this.s.year, unit: this.def?.unit ?? '', values: this.fillValues,
      change: this.change?.measure ?? null, cityOnly: this.cityOnly, conflicts: this.data.conflictByKey,
      symbols: this.symbolByArea, symbolMax: this.symbolMax, columnMax: this.extrude ? this.columnMax : undefined,
    });
  });

  /** the page's title: the indicator shown, then the atlas */
  readonly title = $derived(`${this.def ? (this.s.lang === 'zh' ? this.def.name_zh : this.def.name_en) + ' · ' : ''}${t(this.s.lang, 'title')}`);
}
