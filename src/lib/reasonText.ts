/**
 * Why a link parameter was ignored, in the UI's language. The parsers (urlState, tour, reader link, instrument)
 * state their reasons in English, as data; the Chinese UI shows each in Chinese, so no English sentence reaches it.
 * A reason may nest others (a tour's slide lists its parameters' reasons): every part is translated.
 */
import type { Lang } from './urlState.ts';

type Rule = [RegExp, (m: RegExpExecArray, zh: (s: string) => string) => string];

const PARAM_ZH: Record<string, string> = {
  indicator: '指标', year: '年份', layers: '图层', area: '区域', view: '视图', lang: '语言', mode: '模式', basemap: '底图',
  reader: '原文链接', symbol: '叠加符号', change: '变化起始年', measure: '变化度量', panel: '面板', topic: '主题', doc: '文件',
  tour: '导览', slide: '幻灯片', autoplay: '自动播放', lon: '经度', lat: '纬度', zoom: '缩放级别', bearing: '方位角', pitch: '倾角',
};
const param = (p: string) => PARAM_ZH[p] ?? p;

const RULES: Rule[] = [
  [/^not a year \((\d+)–(\d+)\)$/, (m) => `不是年份（${m[1]}–${m[2]}）`],
  [/^outside (\d+)–(\d+)$/, (m) => `超出 ${m[1]}–${m[2]}`],
  [/^expected lon,lat,zoom\[,bearing,pitch\]$/, () => '应为 经度,纬度,缩放级别[,方位角,倾角]'],
  [/^not numbers$/, () => '不是数字'],
  [/^(lon|lat|zoom|bearing|pitch) outside (.+)$/, (m) => `${param(m[1])}超出 ${m[2]}`],
  [/^expected seconds (\d+)–(\d+)$/, (m) => `应为 ${m[1]}–${m[2]} 秒`],
  [/^expected (\d+)–(\d+)$/, (m) => `应为 ${m[1]}–${m[2]}`],
  [/^expected <seed file>:<line>$/, () => '应为 <原文文件>:<行号>'],
  // the values a parameter takes are literal URL values (present, osm …): listed as they must be typed
  [/^expected (.+)$/, (m) => `应为以下之一：${m[1].split(' or ').join('、')}`],
  [/^unknown layer (.+)$/, (m) => `未知图层 ${m[1]}`],
  [/^too long \((\d+) characters, at most (\d+)\)$/, (m) => `过长（${m[1]} 个字符，最多 ${m[2]}）`],
  [/^too long$/, () => '过长'],
  [/^unknown indicator$/, () => '未知指标'],
  [/^unknown area or place$/, () => '未知区域或地点'],
  [/^unknown topic$/, () => '未知主题'],
  [/^unknown document$/, () => '未知文件'],
  [/^unknown seed file (.+)$/, (m) => `未知原文文件 ${m[1]}`],
  [/^line (\d+) is in no document$/, (m) => `第 ${m[1]} 行不在任何文件之内`],
  [/^same as the year: no change to show$/, () => '与所选年份相同，没有变化可显示'],
  [/^after the year shown$/, () => '晚于所选年份'],
  [/^the indicator has no county values$/, () => '此指标没有县（市、区）数值'],
  [/^no values for the base year$/, () => '起始年没有数值'],
  [/^not base64url of UTF-8 JSON$/, () => '不是 UTF-8 JSON 的 base64url 编码'],
  [/^not base64url$/, () => '不是 base64url 编码'],
  [/^not a list of slides$/, () => '不是幻灯片列表'],
  [/^slides (\d+)–(\d+) left out \(at most (\d+)\)$/, (m) => `第 ${m[1]}–${m[2]} 张已略去（最多 ${m[3]} 张）`],
  [/^slide (\d+): no query string q$/, (m) => `第 ${m[1]} 张：缺少查询字符串 q`],
  [/^slide (\d+): query too long$/, (m) => `第 ${m[1]} 张：查询字符串过长`],
  [/^slide (\d+): caption (zh|en) is not text$/, (m) => `第 ${m[1]} 张：${m[2] === 'zh' ? '中文' : '英文'}说明不是文本`],
  [/^slide (\d+): caption (zh|en) cut to (\d+) characters$/, (m) => `第 ${m[1]} 张：${m[2] === 'zh' ? '中文' : '英文'}说明截为 ${m[3]} 个字符`],
  [/^slide (\d+) left out: (.+)$/, (m, zh) => `第 ${m[1]} 张已略去：${m[2].split(' · ').map((part) => {
    const p = /^(\w+) (.*) \((.+)\)$/.exec(part);
    return p ? `${param(p[1])} ${p[2]}（${zh(p[3])}）` : zh(part);
  }).join('；')}`],
];

/** The reason in the UI's language (a reason no rule knows is shown as given, never dropped). */
export function reasonText(lang: Lang, reason: string): string {
  if (lang === 'en') return reason;
  const zh = (r: string): string => {
    for (const [re, f] of RULES) {
      const m = re.exec(r);
      if (m) return f(m, zh);
    }
    return r;
  };
  return reason.split('; ').map(zh).join('；');
}

/** A parameter's name in the UI's language, with the name the link itself uses (so the user finds it there). */
export const paramName = (lang: Lang, p: string) => (lang === 'zh' && PARAM_ZH[p] ? `${PARAM_ZH[p]}（${p}）` : p);
