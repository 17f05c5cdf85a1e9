/**
 * UI text in Chinese (default) and English. The names of the data's terms (areas, topics, kinds, units …) come
 * from the shared vocabulary (src/schema), indicator names from the definitions.
 */
import { areaByCode } from '../schema/areas.ts';
import { KIND_NAMES, TOPIC_NAMES, UNITS, type Kind, type Topic } from '../schema/vocabulary.ts';
import type { Lang } from './urlState.ts';

const UI = {
  title: { zh: '许昌规划地图', en: 'Xuchang Plan Atlas' },
  subtitle: { zh: '政府文件中的指标与目标，逐条可溯源', en: 'Figures and targets from government documents, each traced to its source' },
  layers: { zh: '图层', en: 'Layers' },
  indicator: { zh: '指标', en: 'Indicator' },
  places: { zh: '地点', en: 'Places' },
  context: { zh: '底图要素', en: 'Context' },
  labels: { zh: '标注', en: 'Labels' },
  rivers: { zh: '河流', en: 'Rivers' },
  towns: { zh: '乡镇驻地', en: 'Town seats' },
  extrude: { zh: '三维柱高', en: '3D extrusion' },
  onlineBasemap: { zh: '在线底图（OpenStreetMap）', en: 'Online base map (OpenStreetMap)' },
  year: { zh: '年份', en: 'Year' },
  play: { zh: '播放', en: 'Play' },
  pause: { zh: '暂停', en: 'Pause' },
  prevYear: { zh: '上一年', en: 'Previous year' },
  nextYear: { zh: '下一年', en: 'Next year' },
  asOf: { zh: '截至 {y} 年', en: 'As of {y}' },
  noData: { zh: '无数据', en: 'No data' },
  notYet: { zh: '尚未规划', en: 'Not yet planned' },
  expired: { zh: '已过期（{y} 年）', en: 'Expired ({y})' },
  expiredLegend: { zh: '已过期（标注原年份）', en: 'Expired (labelled with its year)' },
  target: { zh: '目标', en: 'Target' },
  baseline: { zh: '基数', en: 'Baseline' },
  actual: { zh: '实际', en: 'Actual' },
  plan: { zh: '计划', en: 'Plan' },
  source: { zh: '来源', en: 'Source' },
  quote: { zh: '原文', en: 'Quote' },
  line: { zh: '行', en: 'line' },
  issued: { zh: '印发日期', en: 'Issued' },
  documents: { zh: '文件目录', en: 'Documents' },
  close: { zh: '关闭', en: 'Close' },
  copyLink: { zh: '复制链接', en: 'Copy link' },
  copied: { zh: '链接已复制', en: 'Link copied' },
  exportPng: { zh: '导出 PNG', en: 'Export PNG' },
  exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
  downloads: { zh: '下载数据', en: 'Download data' },
  dataAsShown: { zh: '当前显示的数据（CSV）', en: 'The data as shown (CSV)' },
  forGis: { zh: '全部数据，供 GIS 和数据分析使用', en: 'All the data, for GIS and data analysis' },
  dlGeopackage: { zh: 'GeoPackage：县区、地点、指标', en: 'GeoPackage: counties, places, indicators' },
  dlShapefile: { zh: 'Shapefile（ZIP）：县区、地点', en: 'Shapefile (zip): counties, places' },
  dlCounties: { zh: '县区边界（GeoJSON）', en: 'County boundaries (GeoJSON)' },
  dlPlaces: { zh: '地点（CSV，含 WKT 几何）', en: 'Places (CSV with WKT geometry)' },
  dlIndicators: { zh: '全部指标数值（CSV）', en: 'All indicator values (CSV)' },
  dlDatapackage: { zh: '数据包说明（datapackage.json）', en: 'Data package description (datapackage.json)' },
  dlNotice: { zh: '许可与署名（NOTICE.txt）', en: 'Licences and credits (NOTICE.txt)' },
  ranking: { zh: '各区域排名', en: 'Ranking of areas' },
  series: { zh: '历年数值', en: 'Values over time' },
  dueIn: { zh: '{y} 年到期的目标', en: 'Targets due in {y}' },
  findings: { zh: '文件内部不一致', en: 'Inconsistencies in the documents' },
  zones: { zh: '功能区（无公布边界）', en: 'Functional zones (no published boundary)' },
  zonesNote: { zh: '功能区没有公布的边界，不在地图上画出，数值列于此处。', en: 'These zones have no published boundary, so they are listed here instead of drawn.' },
  cityWide: { zh: '全市', en: 'City-wide' },
  cityOnly: { zh: '此指标只有全市数值，见右侧面板。', en: 'This indicator has city-wide values only: see the panel.' },
  ignoredParam: { zh: '已忽略无效的链接参数 {p}（{r}）', en: 'Ignored invalid link parameter {p} ({r})' },
  loadFailed: { zh: '数据加载失败', en: 'Could not load the data' },
  retry: { zh: '重试', en: 'Retry' },
  brokenRows: { zh: '{n} 行数据有误，已跳过', en: '{n} broken data rows were skipped' },
  rowAt: { zh: '{f} 第 {n} 行：', en: '{f} line {n}: ' },
  validatorWording: { zh: '校验器原文：', en: 'In the validator\'s words: ' },
  mapLayerFailed: { zh: '部分底图数据未能加载', en: 'Some base-map data could not be loaded' },
  contextLost: { zh: '地图绘制中断（WebGL 上下文丢失）', en: 'The map stopped drawing (WebGL context lost)' },
  reload: { zh: '重新加载地图', en: 'Reload the map' },
  partsFailed: { zh: '部分界面未能加载（可能已断网，或网站已更新）：', en: 'Parts of the page could not be loaded (offline, or the site was updated): ' },
  reloadPage: { zh: '重新加载页面', en: 'Reload the page' },
  precisionTown: { zh: '位置为乡镇驻地（近似）', en: 'Position is the town seat (approximate)' },
  precisionCounty: { zh: '位置为县区标注点（近似）', en: 'Position is the county label point (approximate)' },
  precisionNone: { zh: '无位置信息', en: 'No position' },
  fullView: { zh: '在完整地图中打开', en: 'Open the full atlas' },
  dataTable: { zh: '数据表', en: 'Data table' },
  sources: { zh: '数据来源', en: 'Sources' },
  language: { zh: 'English', en: '中文' },
  present: { zh: '演示模式', en: 'Present' },
  exitPresent: { zh: '退出演示', en: 'Exit presentation' },
  selectArea: { zh: '点击地图上的区域或地点查看详情', en: 'Click an area or place on the map for details' },
  value: { zh: '数值', en: 'Value' },
  area: { zh: '区域', en: 'Area' },
  kind: { zh: '类型', en: 'Kind' },
  filterIndicators: { zh: '筛选指标…', en: 'Filter indicators…' },
  noMatch: { zh: '没有匹配的指标', en: 'No matching indicator' },
  tour: { zh: '导览', en: 'Tour' },
  tourEditor: { zh: '编辑导览', en: 'Edit the tour' },
  addView: { zh: '添加当前视图', en: 'Add this view' },
  captionZh: { zh: '中文说明', en: 'Caption (Chinese)' },
  captionEn: { zh: '英文说明', en: 'Caption (English)' },
  moveUp: { zh: '上移', en: 'Move up' },
  moveDown: { zh: '下移', en: 'Move down' },
  remove: { zh: '删除', en: 'Delete' },
  preview: { zh: '预览', en: 'Preview' },
  copyTourLink: { zh: '复制导览链接', en: 'Copy tour link' },
  playTour: { zh: '播放导览', en: 'Play the tour' },
  handout: { zh: 'PDF 讲义', en: 'PDF handout' },
  handoutBusy: { zh: '正在生成讲义…', en: 'Making the handout…' },
  print: { zh: '打印 / 存为 PDF', en: 'Print / save as PDF' },
  slideN: { zh: '第 {n} 张', en: 'Slide {n}' },
  slideOfTotal: { zh: '第 {n} / {total} 张', en: 'Slide {n} of {total}' },
  prevSlide: { zh: '上一张', en: 'Previous slide' },
  nextSlide: { zh: '下一张', en: 'Next slide' },
  autoplayPause: { zh: '暂停自动播放', en: 'Pause autoplay' },
  autoplayResume: { zh: '继续自动播放', en: 'Resume autoplay' },
  noSlides: { zh: '还没有幻灯片：演示模式播放内置导览。', en: 'No slides yet: present mode plays the built-in tour.' },
  tourLinkLength: { zh: '链接长度 {n} 个字符', en: 'Link length: {n} characters' },
  tourKeys: { zh: '演示时：←/→、PageUp/PageDown、空格、Home/End 翻页，Esc 退出。', en: 'While presenting: ←/→, PageUp/PageDown, Space, Home/End; Esc leaves.' },
  more: { zh: '更多', en: 'More' },
  cityWideIndicators: { zh: '全市指标（{n}）', en: 'City-wide indicators ({n})' },
  handoutSources: { zh: '来源文件', en: 'Source documents' },
  changeTitle: { zh: '变化：{a} → {b} 年', en: 'Change {a} → {b}' },
  changeToTarget: { zh: '终点为目标 / 计划', en: 'Ends at a target / plan' },
  symbolArea: { zh: '圆面积与数值成正比', en: 'circle area ∝ value' },
  symbolLayer: { zh: '叠加符号', en: 'Symbols over the fill' },
  noSymbol: { zh: '无', en: 'None' },
  changeFrom: { zh: '显示变化，起始年', en: 'Show change from' },
  noChange: { zh: '不显示变化', en: 'No change' },
  measureAbs: { zh: '绝对值', en: 'Absolute' },
  measurePct: { zh: '百分比', en: 'Percent' },
  layerStack: { zh: '图层叠加', en: 'Layer stack' },
  fillLayer: { zh: '填色', en: 'Fill' },
  disputed: { zh: '文件间数值不一致', en: 'Documents disagree' },
  revises: { zh: '修订前值', en: 'revises the earlier value' },
  contradiction: { zh: '同一时期的文件给出不同数值', en: 'documents of one date give different values' },
  gap_no_base: { zh: '起始年无数值', en: 'no value for the base year' },
  gap_no_end: { zh: '当年无数值', en: 'no value for the year' },
  gap_not_yet_planned: { zh: '尚未规划', en: 'not yet planned' },
  gap_no_span: { zh: '两端为同一数值', en: 'both ends are the same value' },
  noWebgl: { zh: '此浏览器无法使用 WebGL：地图以简化方式绘制，三维柱高、叠加符号和地点标记不可用。', en: 'WebGL is not available in this browser: the map is drawn in a simple form, without 3D, symbols or place markers.' },
  barometer: { zh: '晴雨表', en: 'Barometer' },
  instrument: { zh: '进度与目标', en: 'Progress and targets' },
  topic: { zh: '主题', en: 'Topic' },
  allTopics: { zh: '全部主题', en: 'All topics' },
  allDocuments: { zh: '全部文件', en: 'All documents' },
  barometerRule: { zh: '按序时进度（基数到目标的直线）比较：落后不超过 {a} 个百分点为“正常”，不超过 {b} 个为“滞后”，更多为“严重滞后”；文件未报告中期数值时不作判断。', en: 'Compared with time-elapsed progress (the straight line from baseline to target): up to {a} points behind is on track, up to {b} behind, more far behind; without a reported interim value there is no judgement.' },
  noTargetsInTopic: { zh: '此主题没有目标值。', en: 'This topic has no targets.' },
  latest: { zh: '最新', en: 'Latest' },
  required: { zh: '尚需变化', en: 'Still required' },
  binding: { zh: '约束性', en: 'binding' },
  expected: { zh: '预期性', en: 'expected' },
  st_on_track: { zh: '正常', en: 'On track' },
  st_behind: { zh: '滞后', en: 'Behind' },
  st_far_behind: { zh: '严重滞后', en: 'Far behind' },
  st_no_reported: { zh: '无报告值', en: 'No reported value' },
  st_no_target: { zh: '无目标', en: 'No target' },
  calendarCount: { zh: '{n} 项', en: '{n} values' },
  noRevisions: { zh: '没有文件间不一致的数值。', en: 'No values on which documents disagree.' },
  revisionsIntro: { zh: '同一指标、同一区域、同一年份，文件给出不同数值之处：全部列出，不择其一。', en: 'Where documents give different values for the same indicator, area and year: all are listed, none is picked.' },
  revisionSort: { zh: '后发文件修订', en: 'revised by a later document' },
  showOnMap: { zh: '在地图上查看', en: 'Show on the map' },
  calendar: { zh: '目标日历', en: 'Target calendar' },
  revisions: { zh: '修订与矛盾', en: 'Revisions and conflicts' },
} as const;
export type UiKey = keyof typeof UI;

/** Fill {name} placeholders of a UI template. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, k) => String(params[k] ?? ''));
}

/** The parts of the UI loaded on first use (their script is not in the first load), named for the notice when one fails. */
const PART_NAMES = {
  dataTable: { zh: '数据表', en: 'data table' },
  detailPanel: { zh: '详情面板', en: 'details panel' },
  handout: { zh: '讲义', en: 'handout' },
  instrumentLinks: { zh: '仪表入口', en: 'instrument links' },
  tooltip: { zh: '悬停提示', en: 'tooltip' },
  tourPanel: { zh: '导览编辑', en: 'tour editor' },
  tourStage: { zh: '导览播放', en: 'tour player' },
  sourceReader: { zh: '原文阅读', en: 'source reader' },
  instrumentPanel: { zh: '晴雨表、目标日历与修订', en: 'barometer, calendar and revisions' },
  documentsView: { zh: '文件目录', en: 'documents' },
  searchDialog: { zh: '搜索', en: 'search' },
  shortcutsDialog: { zh: '快捷键说明', en: 'keyboard shortcuts' },
  exporter: { zh: '导出', en: 'export' },
} as const;
export type LazyPart = keyof typeof PART_NAMES;
export const partName = (lang: Lang, part: LazyPart) => PART_NAMES[part][lang];

export function t(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): string {
  return fill(UI[key][lang], params);
}

export const topicName = (lang: Lang, topic: Topic) => TOPIC_NAMES[topic][lang];
/** Topics in their fixed order (the keys of the name table). */
export const TOPIC_ORDER = Object.keys(TOPIC_NAMES) as Topic[];

export function areaShortName(lang: Lang, code: string): string {
  const a = areaByCode(code);
  return a ? (lang === 'zh' ? a.short_zh : a.short_en) : code;
}

export function areaName(lang: Lang, code: string): string {
  const a = areaByCode(code);
  return a ? (lang === 'zh' ? a.name_zh : a.name_en) : code;
}

export const kindName = (lang: Lang, kind: Kind) => KIND_NAMES[kind][lang];

/** A unit as shown in the UI language (Chinese as printed; English where a name is known, else as printed). */
export function unitName(lang: Lang, unit: string): string {
  return lang === 'zh' || !Object.hasOwn(UNITS, unit) ? unit : UNITS[unit].en;
}

/**
 * A number as the UI writes it: at most two decimals (half away from zero), the integer part grouped by commas —
 * what `new Intl.NumberFormat('zh-CN' | 'en-US', { maximumFractionDigits: 2 })` writes (both locales write numbers
 * alike; tests/unit/formatNumber.test.ts compares them). Not Intl itself: the first number format of a page loads
 * the locale's data, ~20 ms on the main thread, and the map's labels are first formatted when the data arrives,
 * in the middle of MapLibre's first map (a CPU profile of the load: 22 of the task's 87 ms).
 */
export function formatNumber(lang: Lang, x: number): string {
  // NaN, ∞ and numbers written with an exponent beyond 1e21 are Intl's (rare: not worth a copy of its rules)
  if (!Number.isFinite(x) || Math.abs(x) >= 1e21) return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 2 }).format(x);
  // Intl rounds the number's shortest decimal (what String(x) writes: 1.005, not the double's 1.00499…), half away
  // from zero; below 1e-6 String writes an exponent, and such a number rounds to 0
  const shortest = String(Math.abs(x));
  const [int, frac = ''] = shortest.includes('e') ? ['0'] : shortest.split('.');
  let hundredths = BigInt(int + frac.slice(0, 2).padEnd(2, '0'));
  if (frac.charCodeAt(2) >= 53 /* '5' */) hundredths += 1n;
  const digits = hundredths.toString().padStart(3, '0');
  const whole = digits.slice(0, -2).replace(/\B(?=(\d{3})+$)/g, ',');
  const fraction = digits.slice(-2).replace(/0+$/, '');
  return `${x < 0 || Object.is(x, -0) ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}
