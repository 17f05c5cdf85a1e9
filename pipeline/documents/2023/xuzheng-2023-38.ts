/**
 * 许政〔2023〕38号 许昌市加快新型基础设施建设提速行动方案（2023—2025年）, seed 002: the table 新型基础设施中重点建设
 * 任务目标 (2023 基础 / 2025 目标, hook `infraTable`), the text's 2025 targets; text figures restating a table cell
 * become checks (restates).
 */
import { CITY, defineDocument, readCell, splitCells, type DocContext } from '../../engine/index.ts';
import type { Seed } from '../../lib/seeds.ts';
import { FLOOR, NO_COUNTY } from '../phrases.ts';

export default defineDocument({
  file: import.meta.url,
  doc: '许政〔2023〕38号',
  seed: '002_f07e19463daa5e7b.txt',
  title: '许昌市加快新型基础设施建设提速',
  horizon: 2025,
  period: [2023, 2025],
  figures: [
    {
      id: 'ai_computing_center_capacity_pflops', t: '持续拓展中原人工智能计算中心算力应用范围，到{y}年算力规模超过{v}PFlops',
      place: 'zhongyuan-ai-computing-center', note: '超过: more than',
    },
    { id: 'public_charging_stations', t: '到{y}年全市累计建成集中式公用充电站{v}座' },
    { id: 'heavy_truck_swap_stations', t: '到{y}年市内全域建设完成{v}座以上重卡换电站', note: FLOOR },
    { id: 'smart_emission_monitoring_units_new', t: '力争到{y}年，实现排污智慧监管单位新增{v}家以上', note: FLOOR },
  ],
  places: [
    { id: 'zhongyuan-ai-computing-center', name: '中原人工智能计算中心', category: 'data_center', t: '加快中原人工智能计算中心二期、许昌边缘云计算中心项目建设', area: '许昌市', status: 'upgrading', note: `phase 2 (二期) to be built; ${NO_COUNTY}` },
    { id: 'xuchang-edge-cloud-computing-center', name: '许昌边缘云计算中心', category: 'data_center', t: '加快中原人工智能计算中心二期、许昌边缘云计算中心项目建设', area: '许昌市', status: 'planned', note: NO_COUNTY },
    { id: 'xiangcheng-port', name: '襄城港', category: 'port', t: '打通襄城港水运航道', area: '襄城', status: 'planned', note: 'county from the name (襄城); the plan is to open its waterway (打通…水运航道)' },
  ],
  hooks: { infraTable, aiCentreVsTable },
  restates: [
    { check: 'infra_text_racks_vs_table', t: '力争到{y}年全市标准机架数量达到{v}架', ref: { id: 'data_center_standard_racks', year: 2025 }, what: 'standard racks (text 架, table 个)' },
    { check: 'infra_text_charging_piles_vs_table', t: '公共充电桩（枪）{v}个以上', ref: { id: 'public_charging_piles', year: 2025 }, what: 'public charging points (text: 以上)' },
    { check: 'infra_text_innovation_platforms_vs_table', t: '到{y}年，全市国家级创新平台数量达到{v}家', ref: { id: 'national_innovation_platforms', year: 2025 }, what: 'national innovation platforms (text 国家级创新平台, table 国家重大科技创新平台)' },
  ],
});

/** 新型基础设施中重点建设任务目标: 指标 | 2023 年基础 | 2025 年目标, one indicator per row, in this order. */
export const INFRA_ROWS: readonly [label: string, id: string][] = [
  ['5G 基站累计数量（个）', 'base_stations_5g'],
  ['数据中心标准机架数量（个）', 'data_center_standard_racks'],
  ['新能源公共充电桩（枪） 累计量（个）', 'public_charging_piles'],
  ['智算规模（PFlops）', 'intelligent_computing_capacity_pflops'],
  ['国家重大科技创新平台（家）', 'national_innovation_platforms'],
  ['10G-PON 及以上端口数量（个）', 'pon_10g_ports'],
];
export interface InfraRow { line: number; id: string; base: string; target: string; cells: string[] }

/** The table inside lines from..to: title, header, the six rows of INFRA_ROWS; anything else throws. */
export function parseInfraTable(seed: Seed, from: number, to: number): { titleLine: number; rows: InfraRow[] } {
  const where = (n: number) => `${seed.name}:${n} (许政〔2023〕38号 table)`;
  const isBlank = (n: number) => seed.line(n).trim() === '';
  let n = from;
  while (n <= to && seed.line(n).trim() !== '新型基础设施中重点建设任务目标') n++;
  if (n > to) throw new Error(`${where(from)}: table title 新型基础设施中重点建设任务目标 not found`);
  const titleLine = n++;
  while (n <= to && isBlank(n)) n++;
  const header = splitCells(seed.line(n));
  if (header.join('|') !== '指标|2023 年基础|2025 年目标') throw new Error(`${where(n)}: unexpected header [${header.join(' | ')}]`);
  const rows: InfraRow[] = [];
  for (n++; n <= to && !isBlank(n); n++) {
    const c = splitCells(seed.line(n));
    if (c.length !== 3) throw new Error(`${where(n)}: expected 3 cells, got ${c.length}`);
    const spec = INFRA_ROWS[rows.length];
    if (!spec || c[0] !== spec[0]) throw new Error(`${where(n)}: expected row "${spec?.[0]}", got "${c[0]}"`);
    const [base, target] = [c[1], c[2]].map((x) => readCell(x, where(n), false)!);
    rows.push({ line: n, id: spec[1], base, target, cells: c });
  }
  if (rows.length !== INFRA_ROWS.length) throw new Error(`${where(n)}: ${rows.length} rows, expected ${INFRA_ROWS.length}`);
  return { titleLine, rows };
}

function infraTable(ctx: DocContext): void {
  for (const r of parseInfraTable(ctx.seed, ctx.start, ctx.end).rows) {
    const quote = ctx.seed.line(r.line).trim();
    ctx.emit({ id: r.id, area: CITY, year: 2023, value: r.base, kind: 'baseline', line: r.line, quote });
    ctx.emit({ id: r.id, area: CITY, year: 2025, value: r.target, kind: 'target', line: r.line, quote });
  }
}

function aiCentreVsTable(ctx: DocContext): void {
  const center = ctx.row('ai_computing_center_capacity_pflops', 2025, { place: 'zhongyuan-ai-computing-center' });
  const table = ctx.row('intelligent_computing_capacity_pflops', 2025);
  ctx.check({
    check: 'infra_text_ai_center_vs_table', line: center.line, expected: center.value, found: table.value, ok: center.value === table.value,
    okNote: `中原人工智能计算中心 (${center.value} PFlops, 超过) and the table's 2025 智算规模 (${table.value}, line ${table.line}) agree`,
    badNote: `中原人工智能计算中心: ${center.value} PFlops (超过); the table's 2025 智算规模: ${table.value} (line ${table.line})`,
  });
}
