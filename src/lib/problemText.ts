/**
 * What is wrong with a data row or file, in the UI's language. The row validator (src/schema, shared with
 * `npm run validate`) and the loader state their findings in English, as data; the Chinese UI shows each in
 * Chinese, and the finding as the validator wrote it beside it (what a maintainer searches for). Values quoted
 * from the data, file and column names stay as they are.
 */
import type { Lang } from './urlState.ts';

type Rule = [RegExp, (m: RegExpExecArray) => string];

/** the data files' columns a finding names, in Chinese (the column's own name follows, as in the file) */
const COLUMN_ZH: Record<string, string> = {
  kind: '类型', binding: '约束性', topic: '主题', qualifier: '限定', year_basis: '年份依据', category: '类别',
  status: '状态', location_precision: '定位精度', area_code: '区域代码', unit: '单位', indicator: '指标',
};
const column = (c: string) => (COLUMN_ZH[c] ? `${COLUMN_ZH[c]}（${c}）` : c);

/** PapaParse's error codes (csv.ts: `malformed CSV: <code>: <message>`) */
const CSV_ZH: Record<string, string> = {
  MissingQuotes: '引号没有闭合', InvalidQuotes: '引号位置不对', UndetectableDelimiter: '无法识别分隔符',
  TooFewFields: '字段太少', TooManyFields: '字段太多',
};

const RULES: Rule[] = [
  // the validator (src/schema/validate.ts, csv.ts)
  [/^unknown (\w+) "(.*)" \(known: (.*)\)$/s, (m) => `未知的${column(m[1])} "${m[2]}"（可用：${m[3]}）`],
  [/^unknown area code "(.*)" \(known: (.*)\)$/s, (m) => `未知的区域代码 "${m[1]}"（可用：${m[2]}）`],
  [/^duplicated document "(.*)"$/s, (m) => `文件 "${m[1]}" 重复`],
  [/^bad line range (.*)$/s, (m) => `行范围 ${m[1]} 有误`],
  [/^issued "(.*)" is not YYYY-MM-DD$/s, (m) => `发布日期 "${m[1]}" 不是“年-月-日”（YYYY-MM-DD）格式`],
  [/^parent "(.*)" is not a document$/s, (m) => `上级文件 "${m[1]}" 不是已知的文件`],
  [/^unknown document "(.*)"$/s, (m) => `未知的文件 "${m[1]}"`],
  [/^line "(.*)" is not a line number$/s, (m) => `行号 "${m[1]}" 不是行号`],
  [/^(\S+):(\S+) is not inside document (\S+) \((\S+)\)$/s, (m) => `${m[1]}:${m[2]} 不在文件 ${m[3]} 之内（${m[4]}）`],
  [/^area "(.*)" does not match code (\S+) \((.*)\)$/s, (m) => `区域 "${m[1]}" 与代码 ${m[2]}（${m[3]}）不符`],
  [/^id "(.*)" is not a lower_snake_case id$/s, (m) => `标识 "${m[1]}" 不是小写字母加下划线的格式`],
  [/^duplicated definition "(.*)"$/s, (m) => `指标定义 "${m[1]}" 重复`],
  [/^definition needs name_zh and name_en$/, () => '指标定义缺少中文名（name_zh）或英文名（name_en）'],
  [/^unit "(.*)" has no Chinese\/English name in (\S+)$/s, (m) => `单位 "${m[1]}" 在 ${m[2]} 中没有中英文名称`],
  [/^category "(.*)" has no Chinese\/English name in (\S+)$/s, (m) => `类别 "${m[1]}" 在 ${m[2]} 中没有中英文名称`],
  [/^duplicated place_id "(.*)"$/s, (m) => `地点标识 "${m[1]}" 重复`],
  [/^unknown location_precision "(.*)"$/s, (m) => `未知的定位精度 "${m[1]}"`],
  [/^location_precision none but coordinates given$/, () => '定位精度为“无”（none），却给了坐标'],
  [/^coordinates "(.*)" missing or outside Xuchang$/s, (m) => `坐标 "${m[1]}" 缺失或在许昌市以外`],
  [/^year "(.*)" is not a year$/s, (m) => `年份 "${m[1]}" 不是年份`],
  [/^in_service "(.*)" is not a year$/s, (m) => `投用年份 "${m[1]}" 不是年份`],
  [/^value "(.*)" is not an ASCII decimal$/s, (m) => `数值 "${m[1]}" 不是半角数字写的十进制数`],
  [/^indicator "(.*)" has no definition in (\S+)$/s, (m) => `指标 "${m[1]}" 在 ${m[2]} 中没有定义`],
  [/^printed "(.*)" is not in its quote "(.*)"$/s, (m) => `原文写法 "${m[1]}" 不在其引文 "${m[2]}" 之中`],
  [/^unknown place_id "(.*)"$/s, (m) => `未知的地点标识 "${m[1]}"`],
  [/^duplicated row \(same as line (\d+)\)$/, (m) => `重复的行（与第 ${m[1]} 行相同）`],
  [/^unit "(.*)" differs from the unit "(.*)" of (\S+) \(one unit per indicator: .*\)$/s,
    (m) => `单位 "${m[1]}" 与指标 ${m[3]} 的单位 "${m[2]}" 不同（每个指标只用一个单位：应换算，并在 printed 列记下原文写法）`],
  [/^check has no id$/, () => '核对项没有标识'],
  [/^file is missing$/, () => '文件缺失'],
  [/^malformed CSV: (\w+): .*$/s, (m) => `CSV 格式有误：${CSV_ZH[m[1]] ?? m[1]}`],
  [/^missing column\(s\): (.*)$/s, (m) => `缺少列：${m[1]}`],
  [/^malformed row: (\d+) fields, header has (\d+)$/, (m) => `行格式有误：有 ${m[1]} 个字段，表头有 ${m[2]} 个`],
  // the loader (fetchData.ts, load.ts, loadOffThread.ts)
  [/^could not be fetched \((.*)\)$/s, (m) => `无法获取（${m[1]}）`],
  [/^server answered (\d+)(.*)$/s, (m) => `服务器返回 ${m[1]}${m[2]}`],
  [/^is not valid JSON \((.*)\)$/s, (m) => `不是有效的 JSON（${m[1]}）`],
  [/^not a list of sources$/, () => '不是来源列表'],
  [/^no county features$/, () => '没有县（市、区）要素'],
  [/^the data loader could not start \((.*)\)$/s, (m) => `数据加载程序无法启动（${m[1]}）`],
];

const zh = (message: string): string => {
  for (const [re, f] of RULES) {
    const m = re.exec(message);
    if (m) return f(m);
  }
  return message;
};

/**
 * A finding in the UI's language: a row's (`reason`) or a file's (`data/x.csv: reason`, the file kept). One no rule
 * knows is shown as given, never dropped.
 */
export function problemText(lang: Lang, message: string): string {
  if (lang === 'en') return message;
  const file = /^([\w./-]+\.(?:csv|json|geojson)):? (.*)$/s.exec(message);
  return file ? `${file[1]}：${zh(file[2])}` : zh(message);
}

