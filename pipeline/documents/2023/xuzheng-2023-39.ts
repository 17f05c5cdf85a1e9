/**
 * 许政〔2023〕39号 许昌市“十四五”医疗卫生服务体系规划, seed 002: the 2020 status figures, the table 主要发展指标
 * (2020 / 2025, hook `healthTable`: cells read by kind), the county tables 各县（市、区）床位配置规划 and
 * 各县（市、区）执业（助理）医师和注册护士数规划 (tables `beds`, `staff`; their 全市 rows and population checked by hook
 * `countyChecks`), the text's 2025 targets (text figures restating the table become checks); hospitals and
 * public-health institutions as places.
 */
import { CITY, decimalSum, defineDocument, normaliseNumber, splitCells, type DocContext, type FigureSpec, type PlaceSpec } from '../../engine/index.ts';
import type { Kind } from '../../lib/types.ts';
import type { Seed } from '../../lib/seeds.ts';
import { FLOOR, INFER_2025, NO_COUNTY } from '../phrases.ts';

const D39 = '许政〔2023〕39号';
const POP_NOTE =
  'the 常住人口数（万人） column prints no year; read as 2020, the table’s base year: the 全市 figure with the 2020 bed count ' +
  '(24389 张) gives the 2020 beds per 1,000 printed in the row (see check health_population_2020_vs_beds, line {totalLine})';

export default defineDocument({
  file: import.meta.url,
  doc: D39,
  seed: '002_f07e19463daa5e7b.txt',
  title: '许昌市“十四五”医疗卫生服务体系规划',
  horizon: 2025,
  period: [2021, 2025],
  figures: [
    { id: 'health_institutions', t: '截至{y}年年底，全市共有医疗卫生机构{v}家', kind: 'baseline' },
    { id: 'hospitals', t: '截至{y}年年底，…其中医院{v}家', kind: 'baseline' },
    { id: 'primary_health_institutions', t: '截至{y}年年底，…基层医疗卫生机构{v}家', kind: 'baseline' },
    { id: 'public_health_institutions', t: '截至{y}年年底，…专业公共卫生机构{v}家', kind: 'baseline' },
    { id: 'other_health_institutions', t: '截至{y}年年底，…其他卫生机构{v}家', kind: 'baseline' },
    { id: 'hospital_beds', t: '截至{y}年年底，…实有床位{v}张', kind: 'baseline' },
    ...([
      ['health_technicians', '共有卫生技术人员{v}人'],
      ['health_technicians_growth_vs_2015_pct', '共有卫生技术人员27598人，较2015年增长{v}%'],
      ['licensed_doctors', '共有卫生技术人员…其中执业（助理）医师{v}人'],
      ['registered_nurses', '共有卫生技术人员…注册护士{v}人'],
      ['licensed_doctors_growth_vs_2015_pct', '共有卫生技术人员…分别较2015年增长{v}%'],
      ['registered_nurses_growth_vs_2015_pct', '共有卫生技术人员…分别较2015年增长21.28%、{v}%'],
    ] as const).map(([id, tail]): FigureSpec => ({
      id, t: `截至{y}年年底，……全市医疗卫生机构${tail}`, kind: 'baseline',
      note: 'year from the preceding sentence (截至2020年年底), which the quote includes',
    })),
    { id: 'life_expectancy', t: '2020年全市人均预期寿命从{y}年的{v}岁', kind: 'actual' },
    { id: 'infant_mortality_permille', t: '{y}年全市人均预期寿命…分别为{v}‰', kind: 'baseline' },
    { id: 'maternal_mortality_per_100k', t: '{y}年全市人均预期寿命…分别为2.74‰、{v}/10万', kind: 'baseline' },
    { id: 'under5_mortality_permille', t: '{y}年全市人均预期寿命…5.72/10万、{v}‰', kind: 'baseline' },
    {
      id: 'cdc_senior_post_share_pct', t: '到 {y} 年，许昌市疾病预防控制中心高级岗位比例提高到{v}% 以上',
      place: 'xuchang-cdc', note: FLOOR,
    },
    {
      id: 'county_cdc_bachelor_share_pct', t: '到 {y} 年，…县（市、区）疾病预防控制中心本科学历人才达到{v}%',
      note: 'a target for every county-level CDC, stated once; emitted city-wide (411000)',
    },
    { id: 'govt_run_chc_share_pct', t: '到{y}年，…政府办社区卫生服务中心比例达到{v}%以上', note: FLOOR },
    { id: 'standard_public_village_clinics_pct', t: '到{y}年，…村卫生室比例达到{v}%以上', note: FLOOR },
    {
      id: 'primary_care_with_demo_tcm_hall_pct', t: '乡镇卫生院和社区卫生服务中心实现中医馆全覆盖，{v}%以上建成示范中医馆', year: 2025,
      note: `${INFER_2025('the sentence gives no year; it is a goal of the “十四五” plan (2021—2025)')}; ${FLOOR}`,
    },
    {
      id: 'national_tcm_expert_studios', t: '“十四五”期间力争创建3-5个省级重点专科。……力争建设{v}个全国名老中医药专家传承工作室', year: 2025,
      note: INFER_2025('the sentence follows “十四五”期间力争…; the plan period ends in 2025'),
    },
    { id: 'psychiatrists_per_100k', t: '到{y}年，每10万人口精神科执业（助理）医师数不低于{v}名', note: '不低于: a floor' },
    { id: 'psychiatric_nurses_per_100k', t: '到{y}年，…每10万人口精神科注册护士数不低于{v}名', note: '不低于: a floor' },
    { id: 'primary_care_with_rehab_dept_pct', t: '力争到{y}年{v}%以上乡镇卫生院、社区卫生服务中心设置康复医学科', note: FLOOR },
    { id: 'rehab_physicians_per_100k', t: '力争到{y}年每10万人口康复医师达到{v}人' },
    { id: 'rehab_therapists_per_100k', t: '力争到{y}年每10万人口康复医师达到8人、康复治疗师达到{v}人' },
  ],
  tables: [
    {
      name: 'beds', title: '各县（市、区）床位配置规划', area: 0, dashes: false, total: { label: '全市', at: 'first' },
      header: ['地区 指标', '常住人口数（万人）', '每千常住人口医疗卫生机构床位数（张）', ''], subheader: ['', '', '2020年', '2025年'],
      columns: [
        { col: 1, id: 'resident_population', year: 2020, kind: 'baseline', note: POP_NOTE },
        { col: 2, id: 'hospital_beds_per_1000', year: 2020, kind: 'baseline' },
        { col: 3, id: 'hospital_beds_per_1000', year: 2025, kind: 'target', note: '2025: planned allocation (规划)' },
      ],
    },
    {
      name: 'staff', title: '各县（市、区）执业（助理）医师和注册护士数规划', area: 0, dashes: false, total: { label: '全市', at: 'first' },
      header: ['地区 指标', '每千常住人口执业 (助理) 医师数(人)', '', '每千常住人口 注册护士数(人)', ''], subheader: ['', '2020年', '2025年', '2020年', '2025年'],
      columns: [
        { col: 1, id: 'doctors_per_1000', year: 2020, kind: 'baseline' },
        { col: 2, id: 'doctors_per_1000', year: 2025, kind: 'target' },
        { col: 3, id: 'nurses_per_1000', year: 2020, kind: 'baseline' },
        { col: 4, id: 'nurses_per_1000', year: 2025, kind: 'target' },
      ],
    },
  ],
  places: [
    { id: 'xuchang-central-hospital', name: '许昌市中心医院', category: 'hospital', t: '支持许昌市中心医院探索“一院多区”同质化管理新模式', area: '许昌市', status: 'existing', note: `municipal hospital; ${NO_COUNTY}` },
    { id: 'xuchang-tcm-hospital', name: '许昌市中医医院', category: 'hospital', t: '支持许昌市中医医院发挥中医药在疾病预防、治疗、康复中的特色与优势', area: '许昌市', status: 'existing', note: `municipal hospital; ${NO_COUNTY}` },
    { id: 'xuchang-mch-hospital', name: '许昌市妇幼保健院', category: 'hospital', t: '支持许昌市妇幼保健院牵头创建儿科、妇产科省级区域医疗中心', area: '许昌市', status: 'existing', note: `municipal maternal and child health hospital; ${NO_COUNTY}` },
    { id: 'xuchang-jianan-hospital', name: '许昌市建安医院', category: 'hospital', t: '支持许昌市建安医院发展高水平专科医疗服务，创建精神专科医疗中心', area: '许昌市', status: 'existing', note: `municipal mental-health centre (许昌市建安医院为市级精神卫生中心); 建安 in the name is not read as 建安区; ${NO_COUNTY}` },
    { id: 'xuchang-public-health-medical-center', name: '许昌市公共卫生医疗中心', category: 'hospital', t: '加快许昌市公共卫生医疗中心建设', area: '许昌市', status: 'planned', note: `regional base for major epidemics; ${NO_COUNTY}` },
    ...([
      ['yuzhou-peoples-hospital', '禹州市人民医院', '禹州市'],
      ['changge-peoples-hospital', '长葛市人民医院', '长葛市'],
      ['xiangcheng-peoples-hospital', '襄城县人民医院', '襄城县'],
    ] as const).map(([id, name, area]): PlaceSpec => ({
      id, name, category: 'hospital', area, status: 'upgrading',
      t: '支持禹州市人民医院、长葛市人民医院、襄城县人民医院创建三级甲等综合医院', note: 'to become a grade-3A general hospital (创建三级甲等)',
    })),
    { id: 'yanling-peoples-hospital', name: '鄢陵县人民医院', category: 'hospital', t: '支持鄢陵县人民医院创建三级综合医院', area: '鄢陵县', status: 'upgrading', note: 'to become a grade-3 general hospital (创建三级)' },
    { id: 'yuzhou-tcm-hospital', name: '禹州市中医院', category: 'hospital', t: '支持禹州市中医院、鄢陵县中医院创建三级甲等中医医院', area: '禹州市', status: 'upgrading', note: 'to become a grade-3A TCM hospital' },
    { id: 'yanling-tcm-hospital', name: '鄢陵县中医院', category: 'hospital', t: '支持禹州市中医院、鄢陵县中医院创建三级甲等中医医院', area: '鄢陵县', status: 'upgrading', note: 'to become a grade-3A TCM hospital' },
    { id: 'xiangcheng-tcm-hospital', name: '襄城县中医院', category: 'hospital', t: '襄城县中医院达到三级中医医院水平', area: '襄城县', status: 'upgrading', note: 'to reach grade-3 TCM hospital level' },
    { id: 'xuchang-cdc', name: '许昌市疾病预防控制中心', category: 'cdc', t: '许昌市疾病预防控制中心要具备突发急性传染病病原体快速检测能力', area: '许昌市', status: 'existing', note: `municipal CDC; ${NO_COUNTY}` },
    { id: 'xuchang-120-emergency-center', name: '许昌市120急救中心', category: 'emergency_center', t: '构建以许昌市 120 急救中心为中心', area: '许昌市', status: 'existing', note: `municipal emergency centre; ${NO_COUNTY}` },
    { id: 'xuchang-occupational-disease-institute', name: '许昌市职业病防治所', category: 'public_health_institution', t: '许昌市职业病防治所负责全市职业病诊断工作', area: '许昌市', status: 'existing', note: NO_COUNTY },
    { id: 'xuchang-central-blood-station', name: '许昌市中心血站', category: 'blood_station', t: '许昌市中心血站可根据需要设置分支机构', area: '许昌市', status: 'existing', note: NO_COUNTY },
  ],
  hooks: { healthTable, countyChecks },
  restates: [
    { check: 'health_text_public_health_staff_2020', t: '全市每千常住人口公共卫生人员数为{v}人', ref: { id: 'public_health_staff_per_1000', year: 2020 }, what: 'public-health staff per 1,000 in 2020' },
    { check: 'health_text_gps_2020', t: '每万常住人口全科医生数为{v}人', ref: { id: 'gps_per_10000', year: 2020 }, what: 'GPs per 10,000 in 2020' },
    { check: 'health_text_life_expectancy_2020', t: '2020年全市人均预期寿命从2015年的76.36岁提高到{v}岁', ref: { id: 'life_expectancy', year: 2020 }, what: 'life expectancy in 2020' },
    { check: 'health_text_beds_2025', t: '到{y}年，全市每千常住人口医疗卫生机构床位数按{v}张规划设置', ref: { id: 'hospital_beds_per_1000', year: 2025 }, what: 'beds per 1,000 in 2025' },
    { check: 'health_text_public_health_staff_growth_2025', t: '到{y}年，每千常住人口公共卫生人员数较“十三五”末提高{v}%', ref: { id: 'public_health_staff_per_1000_growth_pct', year: 2025 }, what: 'increase of public-health staff per 1,000 by 2025' },
    { check: 'health_text_doctors_2025', t: '到{y}年，全市每千人口执业（助理）医师达到{v}人', ref: { id: 'doctors_per_1000', year: 2025 }, what: 'doctors per 1,000 in 2025' },
    { check: 'health_text_nurses_2025', t: '到{y}年，全市每千人口执业（助理）医师达到3.29人，每千人口注册护士达到{v}人', ref: { id: 'nurses_per_1000', year: 2025 }, what: 'nurses per 1,000 in 2025' },
    { check: 'health_text_pharmacists_2025', t: '到{y}年，全市每千人口执业（助理）医师…每千人口药师（士）达到{v}人', ref: { id: 'pharmacists_per_1000', year: 2025 }, what: 'pharmacists per 1,000 in 2025' },
    { check: 'health_text_gps_2025', t: '到{y}年，全市每千人口执业（助理）医师…每万人口全科医生达到{v}人', ref: { id: 'gps_per_10000', year: 2025 }, what: 'GPs per 10,000 in 2025' },
    { check: 'health_text_childcare_2025', t: '到{y}年，每千人口拥有3岁以下婴幼儿托位数达到{v}个', ref: { id: 'childcare_places_per_1000', year: 2025 }, what: 'childcare places per 1,000 in 2025' },
    { check: 'health_text_geriatrics_2025', t: '到{y}年，二级及以上综合医院设立老年医学科的比例达到{v}%以上', ref: { id: 'hospitals_with_geriatrics_dept_pct', year: 2025 }, what: 'hospitals with a geriatrics department in 2025 (text 60%以上, table ≥60)' },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// 主要发展指标

/** How a cell of the health plan's 主要发展指标 table is read. */
type Cell =
  | { k: 'num'; id: string }
  | { k: 'approx'; id: string }
  | { k: 'ratio'; id: string }
  | { k: 'geq'; id: string }
  | { k: 'incpct'; id: string }
  | { k: 'incyears'; id: string }
  | { k: 'dash' }
  | { k: 'text'; text: string };
const n_ = (id: string): Cell => ({ k: 'num', id });
const DASH: Cell = { k: 'dash' };
/** serial, label (as printed), 2020 cell, 2025 cell — in print order */
export const HEALTH_ROWS: readonly [string, string, Cell, Cell][] = [
  ['1', '每千人口公共卫生人员数(人)', n_('public_health_staff_per_1000'), { k: 'incpct', id: 'public_health_staff_per_1000_growth_pct' }],
  ['2', '各级疾病预防控制机构标准化基础设施', DASH, { k: 'text', text: '全覆盖' }],
  ['3', '二级以上综合医院(含中医医院，下同)设置感染性疾病科的比例(%)', DASH, n_('hospitals_with_infectious_dept_pct')],
  ['4', '乡镇卫生院和社区卫生服务中心设置发热诊室(门诊、哨点)的比例(%)', DASH, n_('primary_care_with_fever_clinic_pct')],
  ['5', '每千人口医疗卫生机构床位数(张)', n_('hospital_beds_per_1000'), n_('hospital_beds_per_1000')],
  ['5', '其中：市办以上医院', n_('hospital_beds_per_1000_municipal'), { k: 'approx', id: 'hospital_beds_per_1000_municipal' }],
  ['5', '县办公立医院及基层医疗卫生机构', n_('hospital_beds_per_1000_county_primary'), { k: 'approx', id: 'hospital_beds_per_1000_county_primary' }],
  ['6', '每千人口公立中医医院床位数(张)', n_('tcm_hospital_beds_per_1000'), n_('tcm_hospital_beds_per_1000')],
  ['7', '每千人口执业(助理)医师数(人)', n_('doctors_per_1000'), n_('doctors_per_1000')],
  ['8', '每千人口注册护士数(人)', n_('nurses_per_1000'), n_('nurses_per_1000')],
  ['9', '每千人口药师(士)数(人)', n_('pharmacists_per_1000'), n_('pharmacists_per_1000')],
  ['10', '每万人口全科医生数(人)', n_('gps_per_10000'), n_('gps_per_10000')],
  ['11', '医护比', { k: 'ratio', id: 'nurses_per_doctor' }, { k: 'ratio', id: 'nurses_per_doctor' }],
  ['12', '床人(卫生人员)比', { k: 'ratio', id: 'health_staff_per_bed' }, { k: 'ratio', id: 'health_staff_per_bed' }],
  ['13', '每千人口中医类别职业（助理）医师数（人）', n_('tcm_doctors_per_1000'), n_('tcm_doctors_per_1000')],
  ['14', '设置中医临床科室的二级以上公立综合医院比例（%）', n_('public_general_hospitals_with_tcm_dept_pct'), n_('public_general_hospitals_with_tcm_dept_pct')],
  ['15', '设置中医馆的社区卫生服务中心和乡镇卫生院比例（%）', n_('primary_care_with_tcm_hall_pct'), n_('primary_care_with_tcm_hall_pct')],
  ['16', '每千人口拥有3岁以下婴幼儿托位数（个）', n_('childcare_places_per_1000'), n_('childcare_places_per_1000')],
  ['17', '二级及以上综合性医院设置老年医学科的比例（%）', n_('hospitals_with_geriatrics_dept_pct'), { k: 'geq', id: 'hospitals_with_geriatrics_dept_pct' }],
  ['18', '人均预期寿命（岁）', n_('life_expectancy'), { k: 'incyears', id: 'life_expectancy_gain_years' }],
  ['19', '人均健康预期寿命（岁）', DASH, { k: 'text', text: '同比例提高' }],
];
export interface TableValue {
  line: number; id: string; year: number; kind: Kind; value: string; note: string; quote: string;
  /** the row's 指标性质: 约束性 binding, 预期性 expected */
  binding: 'binding' | 'expected';
}

function readHealthCell(cell: Cell, printed: string, where: string): { id: string; value: string; note: string } | null {
  const m = (re: RegExp) => {
    const r = re.exec(printed);
    if (!r) throw new Error(`${where}: cell "${printed}" does not read as ${cell.k}`);
    return normaliseNumber(r[1])!;
  };
  switch (cell.k) {
    case 'dash': if (printed !== '—') throw new Error(`${where}: expected "—", got "${printed}"`); return null;
    case 'text': if (printed !== cell.text) throw new Error(`${where}: expected "${cell.text}", got "${printed}"`); return null;
    case 'num': return { id: cell.id, value: m(/^(\d+(?:\.\d+)?)$/), note: '' };
    case 'approx': return { id: cell.id, value: m(/^(\d+(?:\.\d+)?)左右$/), note: `printed ${printed}: 左右 (about)` };
    case 'ratio': return { id: cell.id, value: m(/^1:(\d+(?:\.\d+)?)$/), note: `printed ${printed}; the value is the second term` };
    case 'geq': return { id: cell.id, value: m(/^≥(\d+(?:\.\d+)?)$/), note: `printed ${printed}: a floor` };
    case 'incpct': return { id: cell.id, value: m(/^比“十三五”末提高(\d+(?:\.\d+)?)%$/), note: `printed ${printed}: increase over the 2020 (“十三五”末) value` };
    case 'incyears': return { id: cell.id, value: m(/^提高(\d+(?:\.\d+)?)岁$/), note: `printed ${printed}: increase over 2020` };
  }
}

/** 主要发展指标 inside lines from..to: 领域 | 序号 | 主要指标 | 2020年 | 2025年目标 | 指标性质, rows as HEALTH_ROWS, then 注：. */
export function parseHealthTable(seed: Seed, from: number, to: number): { titleLine: number; values: TableValue[]; rowLines: number[] } {
  const isBlank = (_: Seed, n: number) => seed.line(n).trim() === '';
  const cellsOf = (_: Seed, n: number) => splitCells(seed.line(n));
  const where = (n: number) => `${seed.name}:${n} (${D39} 主要发展指标)`;
  let titleLine = from;
  while (titleLine <= to && seed.line(titleLine).trim() !== '主要发展指标') titleLine++;
  if (titleLine > to) throw new Error(`${where(from)}: table title 主要发展指标 not found`);
  let n = titleLine + 1;
  while (n <= to && isBlank(seed, n)) n++;
  const header = cellsOf(seed, n);
  if (header.join('|') !== '领域|序号|主要指标|2020年|2025年目标|指标性质') throw new Error(`${where(n)}: unexpected header [${header.join(' | ')}]`);
  const values: TableValue[] = [];
  const rowLines: number[] = [];
  let i = 0;
  for (n++; n <= to; n++) {
    if (isBlank(seed, n)) continue; // the PDF text breaks the table with blank lines
    if (/^\s*注：/.test(seed.line(n))) break;
    const c = cellsOf(seed, n);
    if (c.length !== 6) throw new Error(`${where(n)}: expected 6 cells, got ${c.length}`);
    const spec = HEALTH_ROWS[i];
    if (!spec || c[1] !== spec[0] || c[2] !== spec[1]) {
      throw new Error(`${where(n)}: expected row ${spec?.[0]} "${spec?.[1]}", got ${c[1]} "${c[2]}"`);
    }
    if (c[5] !== '预期性' && c[5] !== '约束性') throw new Error(`${where(n)}: 指标性质 "${c[5]}"`);
    const quote = seed.line(n).trim();
    for (const [cell, printed, year, kind] of [[spec[2], c[3], 2020, 'baseline'], [spec[3], c[4], 2025, 'target']] as const) {
      const r = readHealthCell(cell, printed, where(n));
      if (r) values.push({ line: n, id: r.id, year, kind, value: r.value, note: r.note, quote, binding: c[5] === '约束性' ? 'binding' : 'expected' });
    }
    rowLines.push(n);
    i++;
  }
  if (i !== HEALTH_ROWS.length) throw new Error(`${where(n)}: ${i} rows, expected ${HEALTH_ROWS.length}`);
  return { titleLine, values, rowLines };
}

/** The table's rows; the 指标性质 it prints must be the registry's `binding` of each indicator. */
function healthTable(ctx: DocContext): void {
  for (const v of parseHealthTable(ctx.seed, ctx.start, ctx.end).values) {
    const def = ctx.registry.must(v.id, ctx.where('healthTable'));
    if (def.binding !== v.binding) ctx.fail('healthTable', `line ${v.line}: the table says ${v.binding} (指标性质) for ${v.id}, the registry says "${def.binding}"`);
    ctx.emit({ id: v.id, area: CITY, year: v.year, value: v.value, kind: v.kind, line: v.line, quote: v.quote, note: v.note });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// county tables: the 全市 rows vs 主要发展指标, the population column

const SIX_COUNTIES = '411002,411003,411024,411025,411081,411082';

function countyChecks(ctx: DocContext): void {
  const beds = ctx.table('beds');
  const staff = ctx.table('staff');
  for (const t of [beds, staff]) {
    const codes = t.rows.map((r) => r.area.code).sort().join(',');
    if (codes !== SIX_COUNTIES) ctx.fail(`table ${t.name}`, `expected the six counties, got ${codes}`);
  }
  const bt = beds.total!;
  const st = staff.total!;
  // the 全市 row: population only (its beds per 1,000 restate the 主要发展指标 table: checks)
  ctx.emit({ id: 'resident_population', area: CITY, year: 2020, value: bt.values[1]!, kind: 'baseline', line: bt.line,
    quote: ctx.seed.line(bt.line).trim(), note: POP_NOTE.replace('{totalLine}', String(bt.line)) });
  for (const [c, id, year, value, line] of [
    ['health_bed_table_city_2020', 'hospital_beds_per_1000', 2020, bt.values[2]!, bt.line],
    ['health_bed_table_city_2025', 'hospital_beds_per_1000', 2025, bt.values[3]!, bt.line],
    ['health_staff_table_city_doctors_2020', 'doctors_per_1000', 2020, st.values[1]!, st.line],
    ['health_staff_table_city_doctors_2025', 'doctors_per_1000', 2025, st.values[2]!, st.line],
    ['health_staff_table_city_nurses_2020', 'nurses_per_1000', 2020, st.values[3]!, st.line],
    ['health_staff_table_city_nurses_2025', 'nurses_per_1000', 2025, st.values[4]!, st.line],
  ] as const) {
    const ref = ctx.row(id, year);
    ctx.check({
      check: c, line, expected: value, found: ref.value, ok: Number(value) === Number(ref.value),
      okNote: `the county table's 全市 row (${year}) equals the 主要发展指标 table (line ${ref.line})`,
      badNote: `the county table's 全市 row says ${value} for ${year}, the 主要发展指标 table (line ${ref.line}) says ${ref.value}`,
    });
  }
  // population: counties add up to 全市
  const sum = decimalSum(beds.rows.map((r) => r.values[1]!));
  const total = bt.values[1]!;
  ctx.check({
    check: 'health_population_counties_vs_city', line: bt.line, expected: total, found: sum, ok: Number(sum) === Number(total),
    okNote: `the six counties' 常住人口数 add up to the 全市 row (${total} 万人)`,
    badNote: `the six counties' 常住人口数 add up to ${sum} 万人, the 全市 row says ${total}`,
  });
  // 2020 counts / population = 2020 per-1,000 values (confirms the population year)
  for (const [c, countId, perId] of [
    ['health_population_2020_vs_beds', 'hospital_beds', 'hospital_beds_per_1000'],
    ['health_population_2020_vs_doctors', 'licensed_doctors', 'doctors_per_1000'],
    ['health_population_2020_vs_nurses', 'registered_nurses', 'nurses_per_1000'],
  ] as const) {
    const count = ctx.row(countId, 2020);
    const per = ctx.row(perId, 2020);
    const pop = Number(total);
    const derived = String(Number((Number(count.value) / (pop * 10)).toFixed(2)));
    ctx.check({
      check: c, line: bt.line, expected: per.value, found: derived, ok: Number(derived) === Number(per.value),
      okNote: `${countId} 2020 (${count.value}, line ${count.line}) / 全市 population ${pop} 万 = ${derived} per 1,000 = the 2020 value (line ${per.line}); the population column is 2020`,
      badNote: `${countId} 2020 (${count.value}, line ${count.line}) / 全市 population ${pop} 万 = ${derived} per 1,000, the table says ${per.value} (line ${per.line})`,
    });
  }
}
