/**
 * 许政〔2023〕14号 许昌市“十四五”数字经济和信息化发展规划 (seed 001, gazette 2023 年第 4 期).
 *
 * - The targets table (许昌市“十四五”数字经济和信息化发展目标: 类别 | 指标 | 单位 | 2020年 | 2025年), parsed
 *   structurally by the hook `targetsTable` (known row labels in order, expected unit, cells number / [number] / —):
 *   2020 = baseline, 2025 = target. Judgements: [4] is a cumulative increase (table note) → percentage points;
 *   公共数据归集率 is printed with % but 0.65/0.95 → kept as a fraction (unit 比值).
 * - Text figures that print their year (到2025年…). The 5G figure of the 十三五 review (全市已开通5G基站4804座) has
 *   no year; it is kept as a 2020 baseline next to the table's 1901, with a CheckRow.
 * - Checks (hook `tableVsText`): 5G 2020 table vs text; e-commerce 2025 table 1562 vs text 超1200; 上云企业 2025
 *   table 1.3万家 vs text 3－4万家; software revenue table (12 → 20) vs the yearless text target 10亿元.
 * - Named sites (industrial parks, data centres, an enterprise base) are places in their printed area, else city-wide.
 */
import { defineDocument, type DocContext } from '../../engine/index.ts';
import { numberOrThrow } from '../../lib/numbers.ts';
import type { Seed } from '../../lib/seeds.ts';
import { annotateChecks, type CheckText } from '../checkText.ts';

const DOC = '许政〔2023〕14号';
const squash = (s: string) => s.replace(/\s+/g, '');
const N = String.raw`[0-9０-９]+(?:[.．][0-9０-９]+)?`;
const INFRA_NOW = 'stated as current (目前) in 5．新型数字基础设施建设成效明显 of the “十三五” review; the table gives 1901 5G base stations for 2020 against 4804 here, so the paragraph describes a later date than 2020';

const CHECK_TEXT: readonly CheckText[] = [
  { id: /^digital_5g_base_stations_2020_table_vs_text$/, indicators: () => ['base_stations_5g'],
    zh: (c) => `规划表2020年5G基站为${c.expected}个，正文“目前…已开通5G基站${c.found}座”未写年份：正文所述时点晚于2020年，按发文前一年记，两值分别保留` },
  { id: /^digital_ecommerce_2025_table_vs_text$/, indicators: () => ['ecommerce_transaction_volume'],
    zh: (c, ok) => ok ? `规划表2025年电子商务交易额目标${c.expected}亿元满足正文“超${c.found.replace('>', '')}亿元”，但两处表述的目标不同` : `规划表2025年目标${c.expected}亿元低于正文“超${c.found.replace('>', '')}亿元”` },
  { id: /^digital_cloud_enterprises_2025_table_vs_text$/, indicators: () => ['cloud_enterprises'],
    zh: (c, ok) => ok ? '规划表2025年上云企业目标在正文所述区间内' : `规划表2025年上云企业为${c.expected}万家，正文为${c.found}万家（区间，未作为数据行）` },
  { id: /^digital_software_revenue_table_vs_text$/, indicators: () => ['software_it_services_revenue'],
    zh: (c, ok) => ok ? '正文目标与规划表2025年目标一致' : `正文“力争…达到${c.found}亿元”未写年份，低于规划表2020年基数；规划表2025年为${c.expected}亿元（正文值未作为数据行）` },
];

export default defineDocument({
  file: import.meta.url,
  doc: DOC,
  seed: '001_a0efda9bb81cc2fd.txt',
  title: '许昌市“十四五”数字经济和信息化发展规划',
  horizon: 2025,
  period: [2021, 2025],
  sections: [
    // 一、（一）发展基础: the 十三五 review, read as the state at the end of 2020
    { name: 'review', what: 'the “十三五” review 一、（一）发展基础 (the state at the end of 2020)', start: /（一）发展基础/, end: /（二）面临形势/, year: 2020 },
    { name: 'infrastructure', in: 'review', start: /5．新型数字基础设施建设成效明显/, end: /6．信息惠民服务实现全面覆盖/ },
  ],
  figures: [
    // the 十三五 review (一、（一）发展基础): achievements and 目前 figures, read as the state at the end of 2020
    { id: 'provincial_industry_clusters', t: '形成了以许继、瑞贝卡、远东传动等为代表的{v}个省级产业集群', in: 'review', year_basis: 'section', kind: 'baseline' },
    { id: 'digital_economy_industry_fund', t: '为项目设立了{v}亿元规模的数字经济产业基金', in: 'review', year_basis: 'section', kind: 'baseline' },
    { id: 'hair_product_export_enterprises', t: '目前我市发制品出口贸易企业有{v}家', in: 'review', year_basis: 'section', kind: 'baseline' },
    { id: 'gov_service_items_no_visit', t: '市级{v}项政务服务事项实现了“不见面审批”', in: 'review', year_basis: 'section', kind: 'baseline' },
    { id: 'gov_service_items_no_visit_share_pct', t: new RegExp(String.raw`实现了“不见面审批”，占比\s*(?<v>${N})\s*％`), in: 'review', year_basis: 'section', kind: 'baseline' },
    { id: 'gov_service_items_instant', t: '{v}项政务服务事项实现了来 即能办', in: 'review', year_basis: 'section', kind: 'baseline' },
    { id: 'gov_service_instant_share_pct', t: new RegExp(String.raw`即办件事项占比\s*(?<v>${N})\s*％`), in: 'review', year_basis: 'section', kind: 'baseline' },
    { id: 'gov_service_time_limit_reduction_pct', t: new RegExp(String.raw`市级政务服务事项办理时限压缩比\s*(?<v>${N})\s*％`), in: 'review', year_basis: 'section', kind: 'baseline' },
    { id: 'supervision_main_items', t: '我市目前监管事项主项数{v}项', in: 'review', year_basis: 'section', kind: 'baseline' },
    { id: 'supervision_main_items_covered', t: '主项覆盖数{v}项', in: 'review', year_basis: 'section', kind: 'baseline' },
    { id: 'supervision_coverage_pct', t: new RegExp(String.raw`主项覆盖数\s*\d+\s*项，覆盖率\s*(?<v>${N})\s*％`), in: 'review', year_basis: 'section', kind: 'baseline' },
    { id: 'supervision_data_records', t: '监管行为数据汇聚总数{v}条', in: 'review', year_basis: 'section', kind: 'baseline' },
    { id: 'shared_data_resources_national', t: '已成功申请国家 级部门共享数据资源{v}项', in: 'review', year_basis: 'section', kind: 'baseline' },
    { id: 'shared_data_resources_provincial', t: '省级部门共享数据资源{v}项', in: 'review', year_basis: 'section', kind: 'baseline' },
    { id: 'shared_data_resources_municipal', t: '市级部门上线可订阅共享数 据资源{v}项', in: 'review', year_basis: 'section', kind: 'baseline' },
    { id: 'yinong_info_stations', t: '建设益农信息社站点{v}个', in: 'review', year_basis: 'section', kind: 'baseline' },
    { id: 'yinong_village_coverage_pct', t: '建设益农信息社站点 1824 个，覆盖全市{v}％行政村', in: 'review', year_basis: 'section', kind: 'baseline' },
    { id: 'yinong_station_activation_pct', t: '站点激活率已达{v}％', in: 'review', year_basis: 'section', kind: 'baseline' },
    // targets of the plan's tasks that print no year: the plan's horizon (十四五 → 2025)
    { id: 'deep_tillage_monitored_area', t: '实现电子监控农机深松面积{v}万亩以上', year_basis: 'horizon' },
    { id: 'agri_production_informatisation_pct', t: '力争农业生产信息化水 平达到{v}％左右', year_basis: 'horizon' },
    { id: 'animal_disease_samples_monitored', t: '监测动物疫病样品{v}项次以上', year_basis: 'horizon' },
    { id: 'innovation_lead_projects', t: '实施{v}项战略意义重大、需求紧迫、引领性强的创新引领专项', year_basis: 'horizon' },
    { id: 'innovation_demo_projects', t: '实施{v}项产业化前景 良好的创新示范专项', year_basis: 'horizon' },
    { id: 'innovation_application_projects', t: '实施{v}项示范带动作用明显的创新应用专项', year_basis: 'horizon' },
    { id: 'provincial_innovation_platforms_formed', t: '组建{v}个省级以上重点实验室、技术创新中心、工程研究中心等创新平台', year_basis: 'horizon' },
    { id: 'municipal_innovation_platforms_formed', t: '组建{v}个市级创 新平台', year_basis: 'horizon' },
    { id: 'high_tech_enterprises_new_plan_period', t: '培育全市新增高新技术企 业{v}家以上', year_basis: 'horizon' },
    { id: 'tech_smes_new_plan_period', t: '科技型中小企业{v}家以上，打造创新型龙头企业', year_basis: 'horizon' },
    { id: 'innovative_leading_enterprises', t: '打造创新型龙头企业{v}家以上', year_basis: 'horizon' },
    // 5．新型数字基础设施建设成效明显 opens with 目前: its figures are later than 2020 (the table gives 1901 5G base stations
    // for 2020, the paragraph 4804), so the paragraph is read as of the year before issue
    { id: 'base_stations_5g', t: '全市已开通 5G 基站{v}座', in: 'infrastructure', year_basis: 'before_issue', kind: 'actual', note: INFRA_NOW },
    { id: 'gigabit_communities', t: '目前全市已开通千兆小区{v}个', in: 'infrastructure', year_basis: 'before_issue', kind: 'actual', note: INFRA_NOW },
    { id: 'pon_10g_port_share_pct', t: '城市 10G－PON 端口占比{v}％', in: 'infrastructure', year_basis: 'before_issue', kind: 'actual', note: INFRA_NOW },
    { id: 'pon_10g_ftth_ports', t: new RegExp(String.raw`10G－PON\s*承载\s*FTTH\s*宽带端口达到\s*(?<v>${N})\s*万个`), in: 'infrastructure', year_basis: 'before_issue', kind: 'actual', note: INFRA_NOW },
    { id: 'gigabit_user_share_pct', t: new RegExp(String.raw`千兆用户占比达到\s*(?<v>${N})\s*％`), in: 'infrastructure', year_basis: 'before_issue', kind: 'actual', note: INFRA_NOW },
    { id: 'nb_iot_sites', t: '已累计开通{v}个 NB－IOT 站点', in: 'infrastructure', year_basis: 'before_issue', kind: 'actual', note: INFRA_NOW },
    { id: 'ecommerce_transaction_volume', t: '到 {y}年，电子商务年交易额超{v}亿元', note: 'a floor: 超 (more than); the table gives 1562 for 2025 (see check digital_ecommerce_2025_table_vs_text)' },
    { id: 'cross_border_ecommerce_volume', t: '到 {y}年，电子商务年交易额超…亿元，其中跨境电商交易额超{v}亿元', note: 'a floor: 超 (more than)' },
    { id: 'provincial_digital_village_demo_counties', t: '到 {y}年，力争成功申报省级数字乡村示范县{v}个', note: 'an aspiration: 力争 (strive for)' },
    { id: 'digital_tech_innovation_platforms_new', t: '到 {y}年，全市省级以上数字技术领域…各类科技创新平台新增不少于{v}家', note: 'a floor: 不少于 (not less than)' },
  ],
  places: [
    // printed 许昌 5G 边缘计算中心 on the line after the sentence starts: the name slot g gives the place its line
    { id: 'xuchang-5g-edge-computing-center', name: '许昌5G边缘计算中心', category: 'data_center', t: /推动中原人工智\s*能计算中心、(?<n>许昌\s*5G\s*边缘计算中心)等项目建设/, g: 'n', status: 'planned', note: 'status planned: 推动…等项目建设; the text names no county: recorded city-wide (411000)' },
    { id: 'xuchang-smart-info-industrial-park', name: '许昌市智慧信息产业园', category: 'industrial_park', t: /建设(?<n>许昌市智慧信息产业园)，加快推进\s*5G\s*成果转化，目前园区已入驻企业/, status: 'existing', note: 'status existing: 目前园区已入驻企业20余家; the text names no county: recorded city-wide (411000)' },
    { id: 'xuchang-kunpeng-manufacturing-base', name: '许昌鲲鹏制造基地', category: 'enterprise', t: /目前，(?<n>许昌鲲鹏制造基地)\s*已具备年产/, status: 'existing', note: 'a manufacturing base (PCs, servers, mainboards) of the 鲲鹏 industry; status existing: 已具备…生产能力; the text names no county: recorded city-wide (411000)' },
    { id: 'weidu-hi-tech-industrial-park', name: '魏都区高新技术产业园', category: 'industrial_park', t: /(?<a>魏都区)(?<n>高新技术产业园)已具有企业集聚/, a: 'a', status: 'existing' },
    { id: 'xuchang-5g-innovation-industrial-park', name: '许昌5G创新应用产业园', category: 'industrial_park', t: /(?<a>城乡一体化示范区)(?<n>许昌\s*5G\s*创新应用产业园)积极推动/, a: 'a', status: 'existing' },
    { id: 'weidu-it-services-industrial-park', name: '魏都区信息技术服务产业园', category: 'industrial_park', t: /力争把(?<a>魏都区)(?<n>信\s*息技术服务产业园)/, a: 'a', status: 'existing', note: 'status existing: named as a park to be made a leading software park (力争把…打造成全省领先的软件园区)' },
    { id: 'dongcheng-digital-economy-industrial-park', name: '东城区数字经济产业园', category: 'industrial_park', t: /信\s*息技术服务产业园、(?<a>东城区)(?<n>数字经济产业园)等软件产业园/, a: 'a', status: 'existing', note: 'status existing: named as a park to be made a leading software park (力争把…打造成全省领先的软件园区)' },
    { id: 'xuchang-5g-edge-computing-eco-park', name: '5G边缘计算生态产业园区', category: 'industrial_park', t: /依托\s*(?<n>5G\s*边缘计算生态产业园区)，建设\s*5G\s*边缘计算产品研发基地/, status: 'existing', note: 'status existing: 依托 (built on); the text names no county: recorded city-wide (411000)' },
    { id: 'xuchang-government-big-data-center', name: '许昌市政务大数据中心', category: 'data_center', t: /构建(?<n>许昌市政务大数据中心)，实现存量系统逐步迁移上云/, status: 'planned', note: 'status planned: 建设政务大数据中心; the text names no county: recorded city-wide (411000)' },
  ],
  hooks: { targetsTable, tableVsText, checkText: (ctx) => annotateChecks(ctx, CHECK_TEXT) },
});

const num = numberOrThrow;


const TABLE_TITLE = '许昌市“十四五”数字经济和信息化发展目标';
const TABLE_HEADER = '类别指标单位2020年2025年';
const TABLE_NOTE = /^注：\[\s*\]内数据为\s*5\s*年规划累计提升数$/;
/** Category labels of the first column, broken over two lines by the PDF text ("数字产" / "业化"). */
const CATEGORY_FRAGMENTS = new Set(['数字产', '业化', '产业数', '字化', '治理数', '新型基', '础设施']);

/** Table rows in printed order: label as printed (spaces removed), indicator id, unit cell as printed. */
const TABLE_ROWS: readonly [label: string, id: string, unit: string][] = [
  ['数字经济核心产业增加值占生产总值的比重', 'digital_economy_core_share_gdp_increase_pp', '%'],
  ['规模以上新一代信息技术产业营业收入', 'it_industry_revenue_above_scale', '亿元'],
  ['软件和信息技术服务业主营业务收入', 'software_it_services_revenue', '亿元'],
  ['“两化”融合发展水平指数', 'ict_industrialisation_integration_index', ''],
  ['上云企业数量', 'cloud_enterprises', '万家'],
  ['工业企业生产设备数字化率', 'industrial_equipment_digitalisation_rate_pct', '%'],
  ['工业企业关键工序数控化率', 'key_process_nc_rate_pct', '%'],
  ['电子商务交易额', 'ecommerce_transaction_volume', '亿元'],
  ['“豫事办”注册用户数', 'yushiban_registered_users', '万户'],
  ['公共数据归集率', 'public_data_aggregation_ratio', '%'],
  ['5G基站数量', 'base_stations_5g', '个'],
  ['5G用户普及率', 'mobile_5g_user_penetration_pct', '%'],
  ['光纤入户用户占宽带用户比重', 'ftth_share_of_broadband_pct', '%'],
  ['互联网骨干直联点总带宽', 'backbone_direct_link_bandwidth_g', 'G'],
  ['互联网出口总带宽', 'internet_egress_bandwidth_g', 'G'],
  ['月户均移动数据流量', 'mobile_data_per_user_month_g', 'G'],
  ['数据中心机架数', 'data_center_racks', '万架'],
];

export interface TableCell {
  printed: string;
  /** canonical decimal, or null for "—" */
  value: string | null;
  /** printed in [ ]: a cumulative increase over the plan period (table note) */
  bracketed: boolean;
}
export interface TableRow {
  line: number;
  label: string;
  id: string;
  unit: string;
  y2020: TableCell;
  y2025: TableCell;
}
export interface DigitalTable {
  titleLine: number;
  headerLine: number;
  noteLine: number;
  rows: TableRow[];
}

function tableCell(printed: string, where: string): TableCell {
  if (printed === '—') return { printed, value: null, bracketed: false };
  const b = /^\[(\d+(?:\.\d+)?)\]$/.exec(printed);
  if (b) return { printed, value: num(b[1], where), bracketed: true };
  if (!/^\d+(\.\d+)?$/.test(printed)) throw new Error(`${where}: cell "${printed}" is neither a number, [number] nor "—"`);
  return { printed, value: num(printed, where), bracketed: false };
}

/**
 * The table lost its borders: each data row is one line "label unit 2020 2025"; the 类别 column's labels are
 * broken over two lines ("数字产" / "业化") that stand on lines of their own, or (治理数字化) glued to the end of
 * one data row and the start of the next. Those fragments are dropped (they carry no value); every other line
 * must be a known row with the expected unit and two cells (number, [number] or —). Anything else throws.
 */
export function parseDigitalTable(seed: Seed, from: number, to: number): DigitalTable {
  const where = (n: number) => `${seed.name}:${n} (${DOC} table)`;
  const titles: number[] = [];
  for (let n = from; n <= to; n++) if (squash(seed.line(n)) === TABLE_TITLE) titles.push(n);
  if (titles.length !== 1) throw new Error(`${seed.name}: table title found ${titles.length} times in ${DOC}`);
  const titleLine = titles[0];
  let n = titleLine + 1;
  while (n <= to && !seed.line(n).trim()) n++;
  const headerLine = n;
  if (squash(seed.line(headerLine)) !== TABLE_HEADER) {
    throw new Error(`${where(headerLine)}: unexpected header "${seed.line(headerLine).trim()}"`);
  }
  const rows: TableRow[] = [];
  let noteLine = 0;
  for (n = headerLine + 1; n <= to; n++) {
    let t = seed.line(n).trim();
    if (!t) continue;
    if (TABLE_NOTE.test(t)) {
      noteLine = n;
      break;
    }
    if (CATEGORY_FRAGMENTS.has(t)) continue;
    // a category fragment glued to a data row: "字化 公共数据归集率 …" / "… 123 310 治理数"
    const lead = /^(\S+)\s+/.exec(t);
    if (lead && CATEGORY_FRAGMENTS.has(lead[1])) t = t.slice(lead[0].length);
    const trail = /\s+(\S+)$/.exec(t);
    if (trail && CATEGORY_FRAGMENTS.has(trail[1])) t = t.slice(0, trail.index);
    const spec = TABLE_ROWS[rows.length];
    if (!spec) throw new Error(`${where(n)}: more rows than expected: "${t}"`);
    const [label, id, unit] = spec;
    // the label may contain a space ("5G 基站数量"): match it with optional whitespace between characters
    const labelRe = new RegExp('^' + [...label].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'));
    const lm = labelRe.exec(t);
    if (!lm) throw new Error(`${where(n)}: expected row "${label}", got "${t}"`);
    const rest = t.slice(lm[0].length);
    // cells are separated by one space; an empty unit cell leaves two spaces ("“两化”融合发展水平指数  55 64")
    const cells = rest.replace(/^\s/, '').split(/\s/);
    if (cells.length !== 3) throw new Error(`${where(n)}: expected unit + 2 cells after "${label}", got [${cells.join(' | ')}]`);
    if (cells[0] !== unit) throw new Error(`${where(n)}: expected unit "${unit}" for "${label}", got "${cells[0]}"`);
    rows.push({ line: n, label, id, unit, y2020: tableCell(cells[1], where(n)), y2025: tableCell(cells[2], where(n)) });
  }
  if (!noteLine) throw new Error(`${where(headerLine)}: table note 注：[ ]内数据… not found`);
  if (rows.length !== TABLE_ROWS.length) throw new Error(`${where(noteLine)}: ${rows.length} rows, expected ${TABLE_ROWS.length}`);
  return { titleLine, headerLine, noteLine, rows };
}

// ---------------------------------------------------------------------------------------------------------------

/** The targets table: one row per indicator, 2020 = baseline, 2025 = target. */
function targetsTable(ctx: DocContext): void {
  const table = parseDigitalTable(ctx.seed, ctx.start, ctx.end);
  for (const r of table.rows) {
    const quote = ctx.seed.line(r.line).trim();
    for (const [year, kind, c] of [[2020, 'baseline', r.y2020], [2025, 'target', r.y2025]] as const) {
      if (c.value === null) continue;
      const notes: string[] = [];
      if (c.bracketed) {
        notes.push(`printed [${c.value}]: per the table note (注：[ ]内数据为5年规划累计提升数) a cumulative increase over the plan period, read as percentage points of the share`);
      }
      if (r.id === 'public_data_aggregation_ratio') {
        notes.push(`printed ${c.printed} under the unit %; read as a fraction of 1 (${Math.round(Number(c.value) * 100)}%), since a 0.65%→0.95% aggregation-rate target is implausible`);
      }
      ctx.emit({ id: r.id, year, value: c.value, kind, line: r.line, quote, note: notes.join('; ') });
    }
  }
  tables.set(ctx, table);
}
const tables = new WeakMap<DocContext, DigitalTable>();

/** The table against the text's figures: a CheckRow each, reconciling or not. */
function tableVsText(ctx: DocContext): void {
  const table = tables.get(ctx)!;
  const check = (check: string, line: number, expected: string, found: string, note: string) =>
    ctx.addCheck({ check, doc: DOC, seed: ctx.seed.name, line, expected, found, note });
  const tableRow = (id: string) => {
    const r = table.rows.find((x) => x.id === id);
    if (!r) throw new Error(`table row ${id} missing`);
    return r;
  };
  const figure = (id: string) => {
    const rs = ctx.figureRows.get(id) ?? [];
    if (rs.length !== 1) ctx.fail(`figure ${id}`, `${rs.length} rows, expected one`);
    return rs[0];
  };
  /** a value printed in the text but not emitted as a row (no year, a range) */
  const textValue = (re: RegExp, what: string, group = 'v') => {
    const h = ctx.find(re, what);
    const s = h.slots[group] ?? ctx.fail(what, `no group ${group}`);
    return { value: num(s.text, what), line: s.line };
  };
  {
    // 5G base stations: table 2020 vs the text of the 十三五 review
    const t = tableRow('base_stations_5g');
    const x = figure('base_stations_5g');
    check('digital_5g_base_stations_2020_table_vs_text', t.line, t.y2020.value ?? '—', x.value,
      t.y2020.value === x.value
        ? `ok: the table's 2020 5G base stations equal the text (line ${x.line})`
        : `the table (line ${t.line}) gives ${t.y2020.value} 5G base stations for 2020; the text (line ${x.line}, 目前…全市已开通5G基站${x.value}座, in the “十三五” review, no year printed) gives ${x.value}, so the text describes a later date: its row is kept for ${x.year} (the year before issue), the table's for 2020`);
  }
  {
    // e-commerce 2025: table target vs the text's floor 超1200
    const t = tableRow('ecommerce_transaction_volume');
    const x = figure('ecommerce_transaction_volume');
    const ok = Number(t.y2025.value) > Number(x.value);
    check('digital_ecommerce_2025_table_vs_text', t.line, t.y2025.value ?? '—', `>${x.value}`,
      ok
        ? `ok: the table's 2025 target (${t.y2025.value} 亿元) satisfies the text's floor (line ${x.line}: 电子商务年交易额超${x.value}亿元), though the two state different targets`
        : `the table's 2025 target (${t.y2025.value} 亿元) is below the text's floor (line ${x.line}: 超${x.value}亿元)`);
  }
  {
    // cloud enterprises 2025: table 1.3 万家 vs the text's 3–4 万家 (a range, not emitted as a row)
    const t = tableRow('cloud_enterprises');
    const range = new RegExp(String.raw`到\s*2025\s*年，推\s*动\s*(?<v>${N})\s*[－-]\s*(?<hi>${N})\s*万家企业上云用云`);
    const lo = textValue(range, 'cloud 3–4万 text');
    const hi = textValue(range, 'cloud 3–4万 text', 'hi');
    const inRange = Number(t.y2025.value) >= Number(lo.value) && Number(t.y2025.value) <= Number(hi.value);
    check('digital_cloud_enterprises_2025_table_vs_text', t.line, t.y2025.value ?? '—', `${lo.value}-${hi.value}`,
      inRange
        ? `ok: the table's 2025 target lies in the text's range (line ${lo.line})`
        : `the table gives ${t.y2025.value} 万家 上云企业 for 2025; the text (line ${lo.line}: 到2025年，推动${lo.value}－${hi.value}万家企业上云用云) says ${lo.value}–${hi.value} 万家. The text range is not emitted as a row`);
  }
  {
    // software revenue: text target 10 亿元 (no year) vs the table (2020: 12, 2025: 20)
    const t = tableRow('software_it_services_revenue');
    const x = textValue(new RegExp(String.raw`力争软件和信息服务业主营业务收入达到\s*(?<v>${N})\s*亿元`), 'software revenue text');
    check('digital_software_revenue_table_vs_text', x.line, t.y2025.value ?? '—', x.value,
      Number(x.value) === Number(t.y2025.value)
        ? `ok: the text's target equals the table's 2025 target (line ${t.line})`
        : `the text (line ${x.line}) sets 力争软件和信息服务业主营业务收入达到${x.value}亿元 with no year; the table (line ${t.line}) gives ${t.y2020.value} 亿元 for 2020 and ${t.y2025.value} 亿元 for 2025, so the text target is below even the 2020 baseline. The text figure is not emitted as a row (no year)`);
  }
}
