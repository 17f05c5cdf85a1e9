/**
 * 许政〔2020〕17号, seed 004 (gazette 2020 年第 2 期): the notice issuing the plan 关于完善医疗卫生服务体系…; rows carry
 * the notice's number, also for values in the attached plan.
 */
import { CITY, defineDocument, normaliseNumber, splitCells, type DocContext } from '../../engine/index.ts';
import type { Seed } from '../../lib/seeds.ts';

export default defineDocument({
  file: import.meta.url,
  doc: '许政〔2020〕17号',
  seed: '004_52965add714eecf8.txt',
  title: '完善医疗卫生服务体系',
  sections: [
    { name: 'goals2021', start: /(?<y>\d{4})年年底前，加快推进各级各类医疗卫生机构建设/, end: /\d{4}年年底前，经过/, what: 'the 主要目标 paragraph opening 2021年年底前' },
  ],
  figures: [
    { id: 'community_health_service_coverage_pct', t: /社区卫生服务机构覆盖率达到(?<v>\d+)%/, in: 'goals2021', year_basis: 'section' },
    { id: 'village_clinics_tcm_capable_pct', t: /到(?<y>\d{4})年年底，社区卫生服务中心、政府举办的社区卫生服务站、乡镇卫生院和(?<v>\d+)%以上的村卫生室具备中医药服务能力/ },
    { id: 'primary_care_with_tcm_hall_pct', t: /到(?<y>\d{4})年年底，(?<v>\d+)%以上的社区卫生服务中心和乡镇卫生院设立中医馆等中医综合服务区/, note: 'a floor (以上)' },
    { id: 'healthy_towns', t: /每个县（市、区）力争在(?<y>\d{4})年创成省市级健康示范乡镇(?<a>\d+)个，健康村（社区）(?<b>\d+)个，健康单位(?<c>\d+)个，健康家庭(?<d>\d+)个/, v: 'a', areas: ['魏都区', '建安区', '鄢陵县', '襄城县', '禹州市', '长葛市'], note: '"每个县（市、区）" expanded to the six counties, county-level cities and districts (魏都区、建安区、鄢陵县、襄城县、禹州市、长葛市; the functional zones are not 县（市、区）); the value applies to each' },
    { id: 'healthy_villages', t: /每个县（市、区）力争在(?<y>\d{4})年创成省市级健康示范乡镇(?<a>\d+)个，健康村（社区）(?<b>\d+)个，健康单位(?<c>\d+)个，健康家庭(?<d>\d+)个/, v: 'b', areas: ['魏都区', '建安区', '鄢陵县', '襄城县', '禹州市', '长葛市'], note: '"每个县（市、区）" expanded to the six counties, county-level cities and districts (魏都区、建安区、鄢陵县、襄城县、禹州市、长葛市; the functional zones are not 县（市、区）); the value applies to each' },
    { id: 'healthy_units', t: /每个县（市、区）力争在(?<y>\d{4})年创成省市级健康示范乡镇(?<a>\d+)个，健康村（社区）(?<b>\d+)个，健康单位(?<c>\d+)个，健康家庭(?<d>\d+)个/, v: 'c', areas: ['魏都区', '建安区', '鄢陵县', '襄城县', '禹州市', '长葛市'], note: '"每个县（市、区）" expanded to the six counties, county-level cities and districts (魏都区、建安区、鄢陵县、襄城县、禹州市、长葛市; the functional zones are not 县（市、区）); the value applies to each' },
    { id: 'healthy_families', t: /每个县（市、区）力争在(?<y>\d{4})年创成省市级健康示范乡镇(?<a>\d+)个，健康村（社区）(?<b>\d+)个，健康单位(?<c>\d+)个，健康家庭(?<d>\d+)个/, v: 'd', areas: ['魏都区', '建安区', '鄢陵县', '襄城县', '禹州市', '长葛市'], note: '"每个县（市、区）" expanded to the six counties, county-level cities and districts (魏都区、建安区、鄢陵县、襄城县、禹州市、长葛市; the functional zones are not 县（市、区）); the value applies to each' },
  ],
  places: [
    { id: 'hospital-yuzhou-peoples-xz2020', category: 'hospital', t: /在抓好(?<n1>(?<a1>禹州市)人民医院)、(?<n2>(?<a2>襄城县)人民医院)县域医疗中心建设的基础上，督促指导(?<n3>(?<a3>长葛市)人民医院)和(?<n4>(?<a4>鄢陵县)人民医院)启动县域医疗中心建设/, g: 'n1', a: 'a1', status: 'upgrading', note: 'being built up as the county medical centre (县域医疗中心建设)', repeat: true },
    { id: 'hospital-xiangcheng-peoples-xz2020', category: 'hospital', t: /在抓好(?<n1>(?<a1>禹州市)人民医院)、(?<n2>(?<a2>襄城县)人民医院)县域医疗中心建设的基础上，督促指导(?<n3>(?<a3>长葛市)人民医院)和(?<n4>(?<a4>鄢陵县)人民医院)启动县域医疗中心建设/, g: 'n2', a: 'a2', status: 'upgrading', note: 'being built up as the county medical centre (县域医疗中心建设)', repeat: true },
    { id: 'hospital-changge-peoples-xz2020', category: 'hospital', t: /在抓好(?<n1>(?<a1>禹州市)人民医院)、(?<n2>(?<a2>襄城县)人民医院)县域医疗中心建设的基础上，督促指导(?<n3>(?<a3>长葛市)人民医院)和(?<n4>(?<a4>鄢陵县)人民医院)启动县域医疗中心建设/, g: 'n3', a: 'a3', status: 'upgrading', note: 'to start building up as the county medical centre (启动县域医疗中心建设)', repeat: true },
    { id: 'hospital-yanling-peoples-xz2020', category: 'hospital', t: /在抓好(?<n1>(?<a1>禹州市)人民医院)、(?<n2>(?<a2>襄城县)人民医院)县域医疗中心建设的基础上，督促指导(?<n3>(?<a3>长葛市)人民医院)和(?<n4>(?<a4>鄢陵县)人民医院)启动县域医疗中心建设/, g: 'n4', a: 'a4', status: 'upgrading', note: 'to start building up as the county medical centre (启动县域医疗中心建设)', repeat: true },
    { id: 'hospital-yanling-mch-xz2020', category: 'hospital', t: /加快推动(?<n1>(?<a1>鄢陵县)妇幼保健院)迁建、(?<n2>(?<a2>长葛市)疾病预防控制中心)实验楼项目建设，指导(?<n3>(?<a3>许昌市)疾病预防控制中心)综合服务楼项目、(?<n4>(?<a4>襄城县)妇幼保健院)迁建项目/, g: 'n1', a: 'a1', status: 'planned', note: 'relocation to a new site (迁建); the new site is not given', repeat: true },
    { id: 'cdc-changge-xz2020', category: 'disease_control_centre', t: /加快推动(?<n1>(?<a1>鄢陵县)妇幼保健院)迁建、(?<n2>(?<a2>长葛市)疾病预防控制中心)实验楼项目建设，指导(?<n3>(?<a3>许昌市)疾病预防控制中心)综合服务楼项目、(?<n4>(?<a4>襄城县)妇幼保健院)迁建项目/, g: 'n2', a: 'a2', status: 'upgrading', note: 'new laboratory building (实验楼项目)', repeat: true },
    { id: 'cdc-xuchang-xz2020', category: 'disease_control_centre', t: /加快推动(?<n1>(?<a1>鄢陵县)妇幼保健院)迁建、(?<n2>(?<a2>长葛市)疾病预防控制中心)实验楼项目建设，指导(?<n3>(?<a3>许昌市)疾病预防控制中心)综合服务楼项目、(?<n4>(?<a4>襄城县)妇幼保健院)迁建项目/, g: 'n3', a: 'a3', status: 'upgrading', note: 'new service building (综合服务楼项目), preparatory stage', repeat: true },
    { id: 'hospital-xiangcheng-mch-xz2020', category: 'hospital', t: /加快推动(?<n1>(?<a1>鄢陵县)妇幼保健院)迁建、(?<n2>(?<a2>长葛市)疾病预防控制中心)实验楼项目建设，指导(?<n3>(?<a3>许昌市)疾病预防控制中心)综合服务楼项目、(?<n4>(?<a4>襄城县)妇幼保健院)迁建项目/, g: 'n4', a: 'a4', status: 'planned', note: 'relocation to a new site (迁建项目), preparatory stage; the new site is not given', repeat: true },
    { id: 'hospital-xuchang-mch-xz2020', category: 'hospital', t: /谋划(?<n1>(?<a1>许昌市)妇幼保健院)妇幼健康服务项目、(?<n2>(?<a2>许昌市)传染病医院)新建（改扩建）等项目/, g: 'n1', a: 'a1', status: 'upgrading', note: 'a maternal and child health service project is being prepared (谋划)', repeat: true },
    { id: 'hospital-xuchang-infectious-xz2020', category: 'hospital', t: /谋划(?<n1>(?<a1>许昌市)妇幼保健院)妇幼健康服务项目、(?<n2>(?<a2>许昌市)传染病医院)新建（改扩建）等项目/, g: 'n2', a: 'a2', status: 'planned', note: 'printed 新建（改扩建）: new building or expansion, prepared (谋划)', repeat: true },
  ],
  hooks: { healthTable, eldercareVs12 },
});

const HEALTH_TABLE_TITLE = '完善医疗卫生服务体系主要预期指标';
/** 指标名称 as printed → indicator id and the unit its parenthetical prints. An unknown name throws. */
const HEALTH_ROWS: Record<string, { id: string; unit: string }> = {
  '人均预期寿命（岁）': { id: 'life_expectancy', unit: '岁' },
  '婴儿死亡率（‰）': { id: 'infant_mortality_permille', unit: '‰' },
  '5岁以下儿童死亡率（‰）': { id: 'under5_mortality_permille', unit: '‰' },
  '孕产妇死亡率（/10万）': { id: 'maternal_mortality_per_100k', unit: '1/10万' },
  '居民健康素养（%）': { id: 'health_literacy_pct', unit: '%' },
  '每千常住人口执业（助理）医师数（人）': { id: 'doctors_per_1000', unit: '人' },
  '每千常住人口医疗卫生机构床位数（张）': { id: 'hospital_beds_per_1000', unit: '张' },
  '《国民体质测定标准》总体达到合格以上的人数比例（%）': { id: 'fitness_standard_pass_rate_pct', unit: '%' },
  '每千名老年人口拥有养老床位数（张）': { id: 'elderly_care_beds_per_1000_elderly', unit: '张' },
  '健康产业规模（亿元）': { id: 'health_industry_scale', unit: '亿元' },
};
/** Non-numeric cells the table may print; they give no row. */
const HEALTH_TEXT_CELLS = new Set(['高于全国平均水平']);

export interface HealthCell {
  printed: string;
  /** canonical value, or null for a text cell */
  value: string | null;
  bound: '' | '≤' | '≥';
}
export interface HealthTable {
  titleLine: number;
  headerLine: number;
  years: number[];
  rows: { line: number; serial: number; name: string; id: string; unit: string; cells: HealthCell[] }[];
}

const isBlank = (s: string) => s.trim() === '';
function nextNonBlank(seed: Seed, from: number, to: number): number {
  for (let n = from; n <= to; n++) if (!isBlank(seed.line(n))) return n;
  throw new Error(`${seed.name}: nothing after line ${from - 1} (up to ${to})`);
}

/** The health indicators table of 许政〔2020〕17号: 序号 | 指标名称 | 2021年目标值 | 2025年目标值, rows 1..10. */
export function parseHealthTable(seed: Seed, from: number, to: number): HealthTable {
  const d = { doc: '许政〔2020〕17号', end: to };
  const where = (n: number) => `${seed.name}:${n} (${d.doc} health table)`;
  let titleLine = from;
  while (titleLine <= to && seed.line(titleLine).trim() !== HEALTH_TABLE_TITLE) titleLine++;
  if (titleLine > to) throw new Error(`${where(from)}: table title ${HEALTH_TABLE_TITLE} not found`);
  const headerLine = nextNonBlank(seed, titleLine + 1, d.end);
  const split = (n: number) => splitCells(seed.line(n));
  const header = split(headerLine);
  const years = header.slice(2).map((h) => /^(\d{4})年目标值$/.exec(h)?.[1]);
  if (header.length !== 4 || header[0] !== '序号' || header[1] !== '指标名称' || years.some((y) => !y)) {
    throw new Error(`${where(headerLine)}: unexpected header [${header.join(' | ')}]`);
  }
  const rows: HealthTable['rows'] = [];
  let n = headerLine + 1;
  for (; n <= d.end && !isBlank(seed.line(n)); n++) {
    const c = split(n);
    if (c.length !== 4) throw new Error(`${where(n)}: expected 4 cells, got ${c.length}`);
    if (c[0] !== String(rows.length + 1)) throw new Error(`${where(n)}: expected serial ${rows.length + 1}, got "${c[0]}"`);
    const def = HEALTH_ROWS[c[1]];
    if (!def) throw new Error(`${where(n)}: unknown indicator "${c[1]}"`);
    const cells = c.slice(2).map((printed): HealthCell => {
      if (HEALTH_TEXT_CELLS.has(printed)) return { printed, value: null, bound: '' };
      const m = /^(≤|≥)?\s*(\d+(?:\.\d+)?)$/.exec(printed);
      if (!m) throw new Error(`${where(n)}: cell "${printed}" is neither a number nor a known text`);
      return { printed, value: normaliseNumber(m[2]), bound: (m[1] ?? '') as HealthCell['bound'] };
    });
    rows.push({ line: n, serial: rows.length + 1, name: c[1], id: def.id, unit: def.unit, cells });
  }
  const names = rows.map((r) => r.name);
  for (const k of Object.keys(HEALTH_ROWS)) if (!names.includes(k)) throw new Error(`${where(headerLine)}: row "${k}" missing`);
  const after = nextNonBlank(seed, n, d.end);
  if (!/^\s*二、重点任务/.test(seed.line(after))) throw new Error(`${where(after)}: unexpected text after the table: "${seed.line(after).trim()}"`);
  return { titleLine, headerLine, years: years.map(Number), rows };
}

/** The table's rows (2021 and 2025 targets, city-wide) and the text's 2021 life expectancy vs the table. */
function healthTable(ctx: DocContext): void {
  const t = parseHealthTable(ctx.seed, ctx.start, ctx.end);
  for (const r of t.rows) {
    r.cells.forEach((c, i) => {
      if (c.value === null) return;
      const note = c.bound === '≤' ? 'a cap (≤)' : c.bound === '≥' ? 'a floor (≥)' : '';
      ctx.emit({ id: r.id, area: CITY, year: t.years[i], value: c.value, line: r.line, quote: ctx.seed.line(r.line).trim(), note });
    });
  }
  const sec = ctx.section('goals2021');
  const le = ctx.find(/人均预期寿命达到(?<v>\d+)岁/, 'life expectancy', 'goals2021');
  const tle = t.rows.find((r) => r.id === 'life_expectancy')!;
  const tv = tle.cells[t.years.indexOf(sec.year!)]?.value ?? '';
  const stated = ctx.num(le.slots.v.text, 'life expectancy');
  ctx.check({
    check: 'health_life_expectancy_text_vs_table', line: le.slots.v.line, expected: stated, found: tv,
    ok: tv !== '' && Number(stated) === Number(tv),
    okNote: `the text's ${sec.year} life expectancy equals the table (line ${tle.line})`,
    badNote: `the text says ${le.slots.v.text}岁 for ${sec.year}, the table (line ${tle.line}) ${tv}`,
  });
}

/** Elderly-care beds: the table vs 许政〔2020〕12号's text. */
function eldercareVs12(ctx: DocContext): void {
  const D12 = '许政〔2020〕12号';
  const a = ctx.row('elderly_care_beds_per_1000_elderly', 2025);
  const b = ctx.row('elderly_care_beds_per_1000_elderly', 2025, { doc: D12 });
  ctx.check({
    check: 'eldercare_beds_2025_17_vs_12', line: a.line, expected: a.value, found: b.value, ok: Number(a.value) === Number(b.value),
    okNote: `the health table (≥${a.value}) and 许政〔2020〕12号 (line ${b.line}) agree for 2025`,
    badNote: `the health table says ≥${a.value} for 2025, 许政〔2020〕12号 (line ${b.line}) ${b.value}`,
  });
  const a21 = ctx.row('elderly_care_beds_per_1000_elderly', 2021);
  const b20 = ctx.row('elderly_care_beds_per_1000_elderly', 2020, { doc: D12 });
  ctx.check({
    check: 'eldercare_beds_2021_17_vs_2020_12', line: a21.line, expected: a21.value, found: b20.value, ok: Number(a21.value) === Number(b20.value),
    okNote: `the health table's 2021 floor (≥${a21.value}) equals 许政〔2020〕12号's 2020 target (line ${b20.line}); different years, consistent`,
    badNote: `the health table's 2021 floor is ≥${a21.value}, 许政〔2020〕12号 (line ${b20.line}) sets ${b20.value} for 2020`,
  });
}
