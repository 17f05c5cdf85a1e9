/**
 * The atlas's keyboard shortcuts: the global ones (search, this list) and the ones other parts handle, listed
 * together for the "?" dialog. Pure: `globalShortcut` reads a key event's fields, not the DOM.
 */
export type GlobalAction = 'search' | 'help';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** the event's target is a text field (input, textarea, select, contenteditable) */
  inTextField: boolean;
}

/** "/" and "?" only outside text fields (they are typed there); Ctrl/⌘+K everywhere. */
export function globalShortcut(e: KeyLike): GlobalAction | null {
  if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') return 'search';
  if (e.ctrlKey || e.metaKey || e.altKey || e.inTextField) return null;
  if (e.key === '/') return 'search';
  if (e.key === '?') return 'help';
  return null;
}

/** Is an element a place where typing goes (so "/" and "?" must be left to it)? */
export function isTextField(el: EventTarget | null): boolean {
  if (!el || typeof (el as Element).tagName !== 'string') return false;
  const e = el as HTMLElement;
  if (e.isContentEditable) return true;
  if (e.tagName === 'TEXTAREA' || e.tagName === 'SELECT') return true;
  if (e.tagName !== 'INPUT') return false;
  return !['checkbox', 'radio', 'range', 'button', 'submit', 'reset', 'color', 'file', 'image'].includes((e as HTMLInputElement).type);
}

export interface Shortcut {
  keys: string[];
  zh: string;
  en: string;
  /** where it works, when not everywhere */
  where?: { zh: string; en: string };
}

const PRESENT = { zh: '演示模式', en: 'present mode' };
const DIALOG = { zh: '对话框、来源框、搜索', en: 'dialogs, source boxes, search' };

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['/'], zh: '搜索指标、区域、地点和文件', en: 'Search indicators, areas, places and documents' },
  { keys: ['Ctrl K', '⌘ K'], zh: '搜索（在输入框中也可用）', en: 'Search (also from a text field)' },
  { keys: ['?'], zh: '显示键盘快捷键', en: 'Show the keyboard shortcuts' },
  { keys: ['↑', '↓'], zh: '在搜索结果中移动', en: 'Move through search results', where: { zh: '搜索', en: 'search' } },
  { keys: ['Enter'], zh: '打开所选结果', en: 'Open the chosen result', where: { zh: '搜索', en: 'search' } },
  { keys: ['Esc'], zh: '关闭', en: 'Close', where: DIALOG },
  { keys: ['←', '→', 'PageUp', 'PageDown'], zh: '上一张 / 下一张幻灯片（也可用演示翻页笔）', en: 'Previous / next slide (presentation clickers too)', where: PRESENT },
  { keys: ['Space', 'Shift Space'], zh: '下一张 / 上一张幻灯片', en: 'Next / previous slide', where: PRESENT },
  { keys: ['Home', 'End'], zh: '第一张 / 最后一张幻灯片', en: 'First / last slide', where: PRESENT },
  { keys: ['Esc'], zh: '退出演示', en: 'Leave present mode', where: PRESENT },
  { keys: ['←', '→'], zh: '上一年 / 下一年', en: 'Previous / next year', where: { zh: '年份滑块', en: 'year slider' } },
  { keys: ['↑', '↓'], zh: '切换指标', en: 'Change the indicator', where: { zh: '图层列表', en: 'layer list' } },
  { keys: ['Tab'], zh: '在控件之间移动', en: 'Move between controls' },
];

/** A dialog's Esc closes the dialog only: it must not reach the page's own Esc (leaving present mode). */
export function stopEscape(e: KeyboardEvent) {
  if (e.key === 'Escape') e.stopPropagation();
}
