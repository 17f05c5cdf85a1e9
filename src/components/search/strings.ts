/** UI text of search, the shortcuts list and the source reader (zh default, en), as in src/lib/i18n.ts. */
import type { Lang } from '../../lib/urlState.ts';
import { fill } from '../../lib/i18n.ts';

const S = {
  search: { zh: '搜索', en: 'Search' },
  searchOpen: { zh: '搜索（/）', en: 'Search (/)' },
  searchLabel: { zh: '搜索指标、区域、功能区、地点和文件', en: 'Search indicators, areas, zones, places and documents' },
  searchPlaceholder: { zh: '输入中文、拼音或首字母，如 yanling、yl、xz2019 2', en: 'Chinese, pinyin or initials, e.g. yanling, yl, coal' },
  results: { zh: '搜索结果', en: 'Results' },
  resultCount: { zh: '{n} 个结果', en: '{n} results' },
  noResults: { zh: '没有匹配的结果', en: 'Nothing matches' },
  loading: { zh: '正在加载搜索索引…', en: 'Loading the search index…' },
  loadFailed: { zh: '搜索索引加载失败：{e}', en: 'Could not load the search index: {e}' },
  hint: { zh: '↑↓ 选择 · Enter 打开 · Esc 关闭', en: '↑↓ to move · Enter to open · Esc to close' },
  kind_area: { zh: '区域', en: 'Area' },
  kind_zone: { zh: '功能区', en: 'Zone' },
  kind_indicator: { zh: '指标', en: 'Indicator' },
  kind_place: { zh: '地点', en: 'Place' },
  kind_document: { zh: '文件', en: 'Document' },
  shortcuts: { zh: '键盘快捷键', en: 'Keyboard shortcuts' },
  shortcutsOpen: { zh: '快捷键（?）', en: 'Shortcuts (?)' },
  key: { zh: '按键', en: 'Key' },
  action: { zh: '作用', en: 'Action' },
  where: { zh: '适用于', en: 'Where' },
  everywhere: { zh: '全局', en: 'anywhere' },
  or: { zh: '或', en: 'or' },
  // the source reader
  readInDoc: { zh: '在原文中阅读', en: 'Read in the document' },
  reader: { zh: '原文阅读', en: 'Source reader' },
  readerLine: { zh: '第 {n} 行', en: 'line {n}' },
  lineNo: { zh: '行号', en: 'Line' },
  quotedBy: { zh: '引文已标出（{n} 处数值引用此行）', en: 'The quote is marked ({n} value(s) cite this line)' },
  noQuote: { zh: '没有数值引用此行。', en: 'No value cites this line.' },
  quoteNotFound: { zh: '在第 {n} 行附近找不到引文“{q}”，未作标记。', en: 'The quote "{q}" was not found at line {n}; nothing is marked.' },
  lineMissing: { zh: '文件文本中没有第 {n} 行。', en: 'Line {n} is not in the document text.' },
  textLoading: { zh: '正在加载原文…', en: 'Loading the text…' },
  textFailed: { zh: '原文加载失败：{e}', en: 'Could not load the text: {e}' },
  goToLine: { zh: '回到引用行', en: 'Back to the cited line' },
  noDate: { zh: '无印发日期', en: 'no issue date' },
  inNotice: { zh: '所属通知', en: 'Part of' },
} as const;
export type SearchKey = keyof typeof S;

export function st(lang: Lang, key: SearchKey, params: Record<string, string | number> = {}): string {
  return fill(S[key][lang], params);
}
