/** UI text of the detail components (zh default, en), same pattern as src/lib/i18n.ts. */
import type { Lang } from '../../lib/urlState.ts';
import { fill } from '../../lib/i18n.ts';
import { STATUS_NAMES, type PlaceStatus } from '../../schema/vocabulary.ts';

const S = {
  cityPanel: { zh: '全市概览', en: 'City overview' },
  topicValues: { zh: '{topic}：{y} 年时的数值', en: '{topic}: values as of {y}' },
  centralCityValues: { zh: '中心城区（非全市）· {topic}：{y} 年时的数值', en: 'Central city (not the whole city) · {topic}: values as of {y}' },
  activeIndicator: { zh: '当前指标', en: 'active indicator' },
  noTopicValues: { zh: '此区域没有该主题的区域数值。', en: 'No area values of this topic for this area.' },
  noCityValues: { zh: '该主题没有全市数值。', en: 'No city-wide values for this topic.' },
  noneDue: { zh: '{y} 年没有到期的目标。', en: 'No targets fall due in {y}.' },
  sitesDue: { zh: '{n} 个单位（地点）目标', en: '{n} site-level target(s)' },
  dueCount: { zh: '{n} 个区域', en: '{n} area(s)' },
  seriesOf: { zh: '{name}（{area}）', en: '{name} ({area})' },
  seriesNote: { zh: '只含截至 {y} 年已印发文件中的数值；数值之间不插值。', en: 'Only values from documents issued by {y}; nothing is interpolated between points.' },
  seriesEmpty: { zh: '截至所选年份没有数值。', en: 'No values as of the chosen year.' },
  chartSummary: { zh: '历年数值{unit}：{list}。当前年份 {y}。', en: 'Values{unit} over time: {list}. Current year {y}.' },
  solidLegend: { zh: '实线实心点：基数/实际', en: 'solid dots and line: baseline / actual' },
  dashedLegend: { zh: '虚线空心点：目标/计划', en: 'hollow dots and dashed line: target / plan' },
  chartPoint: { zh: '{y} 年 {v}（{k}）', en: '{y}: {v} ({k})' },
  yearCol: { zh: '年份', en: 'Year' },
  rankingNone: { zh: '截至 {y} 年没有县区或功能区数值。', en: 'No county or zone values as of {y}.' },
  selectAreaBtn: { zh: '选择 {area}', en: 'Select {area}' },
  zoneTag: { zh: '功能区', en: 'zone' },
  reconciled: { zh: '另有 {n} 项核对一致', en: '{n} other check(s) reconcile' },
  noFindings: { zh: '该指标未发现文件内部不一致。', en: 'No inconsistencies found for this indicator.' },
  expected: { zh: '文件所述', en: 'Expected' },
  found: { zh: '核算结果', en: 'Found' },
  notice: { zh: '通知', en: 'Notice' },
  attached: { zh: '所附文件', en: 'Attached plan' },
  seedFile: { zh: '原文文件', en: 'Seed file' },
  noteLabel: { zh: '说明', en: 'Note' },
  unknownDoc: { zh: '（文件目录中没有此文件）', en: '(not in the document list)' },
  noIssueDate: { zh: '无印发日期', en: 'no issue date' },
  sourceOf: { zh: '{what}的来源', en: 'Source of {what}' },
  place: { zh: '地点', en: 'Place' },
  category: { zh: '类别', en: 'Category' },
  status: { zh: '状态', en: 'Status' },
  placeYear: { zh: '年份', en: 'Year' },
  inService: { zh: '投用年份', en: 'In service since' },
  location: { zh: '位置', en: 'Location' },
  precisionExact: { zh: '位置为来源给出的坐标', en: 'Position as given by a source' },
  siteValues: { zh: '该地点的数值', en: 'Values of this site' },
  noSiteValues: { zh: '文件没有给出该地点的数值。', en: 'The documents give no values for this site.' },
  placeNotYet: { zh: '所属文件在 {y} 年尚未印发。', en: 'Its document was not issued yet in {y}.' },
  showArea: { zh: '查看{area}', en: 'Show {area}' },
  backToCity: { zh: '返回全市概览', en: 'Back to the city overview' },
  unknownSelection: { zh: '未知的选择“{id}”。', en: 'Unknown selection "{id}".' },
  allDocuments: { zh: '文件目录', en: 'Documents' },
  docsIntro: {
    zh: '种子文本中的全部文件，按原文文件分组；附件缩进列在其通知之下。',
    en: 'Every document in the seed texts, grouped by seed file; attached plans are indented under their notice.',
  },
  onlyFeeding: { zh: '只显示为地图提供数据的文件', en: 'Only documents that feed the map' },
  contributes: { zh: '{v} 个数值 · {p} 个地点', en: '{v} values · {p} places' },
  contributesNothing: { zh: '未提供地图数据', en: 'Feeds nothing on the map' },
  feeds: { zh: '提供的指标：', en: 'Feeds:' },
  docCount: { zh: '{n} 个文件', en: '{n} documents' },
  draft: { zh: '征求意见稿', en: 'consultation draft' },
} as const;
export type DetailKey = keyof typeof S;

export function dt(lang: Lang, key: DetailKey, params: Record<string, string | number> = {}): string {
  return fill(S[key][lang], params);
}

// one list of place categories for the whole app
export { categoryName } from '../../lib/categories.ts';

export function statusName(lang: Lang, status: string): string {
  return Object.hasOwn(STATUS_NAMES, status) ? STATUS_NAMES[status as PlaceStatus][lang] : status;
}
