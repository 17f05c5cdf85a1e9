/**
 * 许政〔2020〕18号, seed 004 (gazette 2020 年第 2 期): the notice issuing the plan 关于加快科技创新…; rows carry
 * the notice's number, also for values in the attached plan.
 */
import { CITY, defineDocument, splitCells, type DocContext } from '../../engine/index.ts';
import type { Seed } from '../../lib/seeds.ts';

export default defineDocument({
  file: import.meta.url,
  doc: '许政〔2020〕18号',
  seed: '004_52965add714eecf8.txt',
  title: '加快科技创新',
  sections: [
    { name: 'goals2022', start: /二、主要目标到(?<y>\d{4})年，/, end: /到\d{4}年，基本建成/, what: 'the 主要目标 paragraph opening 到2022年' },
    { name: 'text', start: /二、主要目标/, end: /附件：许昌市加快科技创新/, what: 'the plan text (before its annex)' },
  ],
  figures: [
    { id: 'rd_intensity_pct', t: /研究与试验发展（R&D）经费投入强度达到(?<v>[\d.]+)%以上/, in: 'goals2022', year_basis: 'section' },
    { id: 'high_tech_industry_va_share_pct', t: /高新技术产业增加值占规模以上工业增加值的比重达到(?<v>\d+)%以上/, in: 'goals2022', year_basis: 'section' },
    { id: 'tech_smes', t: /到(?<y>\d{4})年，全市通过备案的科技型中小企业达到(?<v>\d+)家左右/, in: 'text', note: '左右: about' },
    { id: 'high_tech_enterprises', t: /到(?<y>\d{4})年，全市高新技术企业总量达到(?<v>\d+)家左右/, in: 'text', note: '左右: about' },
    { id: 'provincial_top100_innovation_firms', t: /到(?<y>\d{4})年，争取培育省“百强”企业、省“百快”企业各(?<a>\d+)家左右，“雏鹰”企业(?<b>\d+)家以上/, in: 'text', v: 'a', note: '各10家左右: 10 each of 省“百强” and 省“百快”' },
    { id: 'provincial_gazelle_firms', t: /到(?<y>\d{4})年，争取培育省“百强”企业、省“百快”企业各(?<a>\d+)家左右，“雏鹰”企业(?<b>\d+)家以上/, in: 'text', v: 'a', note: '各10家左右: 10 each of 省“百强” and 省“百快”' },
    { id: 'eaglet_firms', t: /到(?<y>\d{4})年，争取培育省“百强”企业、省“百快”企业各(?<a>\d+)家左右，“雏鹰”企业(?<b>\d+)家以上/, in: 'text', v: 'b' },
    { id: 'provincial_rd_platforms', t: /到(?<y>\d{4})年，省级工程（技术）研究中心、重点实验室、企业技术（创新）中心、产业技术创新中心达到(?<a>\d+)家以上，市级创新平台达到(?<b>\d+)家以上，新建省级产业技术创新战略联盟(?<c>\d+)家左右/, in: 'text', v: 'a', note: 'counts 省级工程（技术）研究中心、重点实验室、企业技术（创新）中心、产业技术创新中心; the annex says 100 for three of these types (see checks)' },
    { id: 'municipal_innovation_platforms', t: /到(?<y>\d{4})年，省级工程（技术）研究中心、重点实验室、企业技术（创新）中心、产业技术创新中心达到(?<a>\d+)家以上，市级创新平台达到(?<b>\d+)家以上，新建省级产业技术创新战略联盟(?<c>\d+)家左右/, in: 'text', v: 'b' },
    { id: 'provincial_tech_alliances_new', t: /到(?<y>\d{4})年，省级工程（技术）研究中心、重点实验室、企业技术（创新）中心、产业技术创新中心达到(?<a>\d+)家以上，市级创新平台达到(?<b>\d+)家以上，新建省级产业技术创新战略联盟(?<c>\d+)家左右/, in: 'text', v: 'c' },
    { id: 'incubation_platforms_new', t: /到(?<y>\d{4})年，争取新建创新创业孵化平台(?<v>\d+)家左右/, in: 'text' },
    { id: 'innovation_talent_teams_recruited', t: /到(?<y>\d{4})年，争取新引进(?<a>\d+)个左右创新创业人才（团队），(?<b>\d+)名以上优秀科技人才进入国家、省科技创新人才计划/, in: 'text', v: 'a' },
    { id: 'talents_in_national_provincial_programmes', t: /到(?<y>\d{4})年，争取新引进(?<a>\d+)个左右创新创业人才（团队），(?<b>\d+)名以上优秀科技人才进入国家、省科技创新人才计划/, in: 'text', v: 'b' },
    { id: 'provincial_new_rd_institutions', t: /到(?<y>\d{4})年，力争经备案的省级新型研发机构达到(?<v>\d+)家以上/, in: 'text' },
    { id: 'innovation_special_projects', t: /到(?<y>\d{4})年，力争实施“十百千”转型升级创新专项(?<v>\d+)个以上/, in: 'text' },
    { id: 'sino_german_tech_transfer_projects', t: /到(?<y>\d{4})年，争取引进落地中德（欧）合作和技术成果转化项目(?<v>\d+)个以上/, in: 'text' },
  ],
  hooks: { sciAnnex, sciCrossChecks },
});

const SCI_ANNEX_TITLE = '许昌市加快科技创新推进“智造之都、宜居之城”建设重点任务一览表';
const SCI_ANNEX_HEADER = ['序号', '工作重点', '工作目标', '重点任务', '牵头单位', '责任主体'];
export interface SciAnnexTask {
  serial: number;
  focus: string;
  goal: string;
  /** line of the task's first row */
  line: number;
}
/**
 * The annex of 许政〔2020〕18号 (重点任务一览表): six tab-separated columns; a task row starts with its serial,
 * continuation rows have the first three cells empty; the header is repeated on every page, and a task running
 * over a page break is repeated with the same serial, focus and goal. Anything else throws.
 */
export function parseSciAnnex(seed: Seed, from: number, to: number): SciAnnexTask[] {
  const d = { doc: '许政〔2020〕18号', end: to };
  const where = (n: number) => `${seed.name}:${n} (${d.doc} annex)`;
  const isBlank = (l: string) => l.trim() === '';
  let head = from;
  while (head <= to && !/^\s*附\s*件\s*$/.test(seed.line(head))) head++;
  if (head > to) throw new Error(`${where(from)}: no 附件 line`);
  let titleLine = head + 1;
  while (titleLine <= to && isBlank(seed.line(titleLine))) titleLine++;
  if (seed.line(titleLine).trim() !== SCI_ANNEX_TITLE) throw new Error(`${where(titleLine)}: unexpected annex title`);
  const tasks: SciAnnexTask[] = [];
  let open: SciAnnexTask | null = null;
  let afterHeader = false;
  let headers = 0;
  for (let n = titleLine + 1; n <= d.end; n++) {
    if (isBlank(seed.line(n))) continue;
    const c = splitCells(seed.line(n));
    if (c.join('|') === SCI_ANNEX_HEADER.join('|')) {
      headers++;
      afterHeader = true;
      continue;
    }
    if (!headers) throw new Error(`${where(n)}: expected the header row`);
    if (c.length !== SCI_ANNEX_HEADER.length) throw new Error(`${where(n)}: expected ${SCI_ANNEX_HEADER.length} cells, got ${c.length}`);
    if (/^\d+$/.test(c[0])) {
      const serial = Number(c[0]);
      if (!c[1] || !c[2]) throw new Error(`${where(n)}: task ${serial} without 工作重点 / 工作目标`);
      if (open && serial === open.serial) {
        // a task continued over a page break: allowed right after a repeated header, with the same texts
        if (!afterHeader || c[1] !== open.focus || c[2] !== open.goal) throw new Error(`${where(n)}: task ${serial} repeated`);
      } else {
        if (serial !== tasks.length + 1) throw new Error(`${where(n)}: expected task ${tasks.length + 1}, got ${serial}`);
        open = { serial, focus: c[1], goal: c[2], line: n };
        tasks.push(open);
      }
    } else if (c[0] === '' && c[1] === '' && c[2] === '') {
      if (!open) throw new Error(`${where(n)}: continuation row before any task`);
    } else {
      throw new Error(`${where(n)}: unexpected row [${c.join(' | ')}]`);
    }
    if (!c[3]) throw new Error(`${where(n)}: row without 重点任务`);
    afterHeader = false;
  }
  if (!tasks.length) throw new Error(`${where(titleLine)}: no tasks`);
  return tasks;
}

/** Annex 工作目标 figures compared with the plan text (the rows come from the text). */
interface AnnexCheck {
  serial: number;
  re: RegExp;
  out: { g: string; indicator: string }[];
}
const SCI_ANNEX_CHECKS: readonly AnnexCheck[] = [
  { serial: 1, re: /到\s*(?<y>\d{4})\s*年，全市通过备案的科技型中小企业达到\s*(?<a>\d+)\s*家左右/, out: [{ g: 'a', indicator: 'tech_smes' }] },
  { serial: 2, re: /到\s*(?<y>\d{4})\s*年，全市高新技术企业总量达到\s*(?<a>\d+)\s*家左右/, out: [{ g: 'a', indicator: 'high_tech_enterprises' }] },
  {
    serial: 3, re: /到\s*(?<y>\d{4})\s*年，培育省“百强”企业、省“百快”企业各\s*(?<a>\d+)\s*家左右，“雏鹰”企业\s*(?<b>\d+)\s*家以上/,
    out: [{ g: 'a', indicator: 'provincial_top100_innovation_firms' }, { g: 'a', indicator: 'provincial_gazelle_firms' }, { g: 'b', indicator: 'eaglet_firms' }],
  },
  {
    serial: 4,
    re: /到\s*(?<y>\d{4})\s*年，省级工程技术研究中心、重点实验室、技术创新中心达到\s*(?<a>\d+)\s*家以上，市级创新平台达到\s*(?<b>\d+)\s*家以上，新建省级产业技术创新战略联盟\s*(?<c>\d+)\s*家左右/,
    out: [{ g: 'a', indicator: 'provincial_rd_platforms' }, { g: 'b', indicator: 'municipal_innovation_platforms' }, { g: 'c', indicator: 'provincial_tech_alliances_new' }],
  },
  { serial: 5, re: /到\s*(?<y>\d{4})\s*年，争取新建创新创业孵化平台\s*(?<a>\d+)\s*家左右/, out: [{ g: 'a', indicator: 'incubation_platforms_new' }] },
  {
    serial: 6, re: /到\s*(?<y>\d{4})\s*年，争取新引进\s*(?<a>\d+)\s*个左右创新创业人才（团队），(?<b>\d+)\s*名以上优秀科技人才/,
    out: [{ g: 'a', indicator: 'innovation_talent_teams_recruited' }, { g: 'b', indicator: 'talents_in_national_provincial_programmes' }],
  },
  { serial: 7, re: /到\s*(?<y>\d{4})\s*年，力争经备案的省级新型研发机构达到\s*(?<a>\d+)\s*家以上/, out: [{ g: 'a', indicator: 'provincial_new_rd_institutions' }] },
  { serial: 8, re: /到\s*(?<y>\d{4})\s*年，力争实施“十百千”转型升级创新专项\s*(?<a>\d+)\s*个以上/, out: [{ g: 'a', indicator: 'innovation_special_projects' }] },
  { serial: 10, re: /到\s*(?<y>\d{4})\s*年，争取引进落地中德（欧）合作和技术成果转移转化项目\s*(?<a>\d+)\s*个以上/, out: [{ g: 'a', indicator: 'sino_german_tech_transfer_projects' }] },
];
/** Annex-only figure (the plan text gives none): a row from the annex. */
const SCI_ANNEX_ROWS: readonly { serial: number; re: RegExp; indicator: string; unit: string }[] = [
  { serial: 13, re: /到\s*(?<y>\d{4})\s*年，建成\s*(?<v>\d+)\s*个以上国家、省级创新创业特色基地/, indicator: 'innovation_demo_bases', unit: '个' },
];

/** The annex: its 工作目标 figures checked against the plan text, and the one figure only the annex gives. */
function sciAnnex(ctx: DocContext): void {
  const tasks = parseSciAnnex(ctx.seed, ctx.start, ctx.end);
  const task = (serial: number) => tasks.find((k) => k.serial === serial) ?? ctx.fail('annex', `annex task ${serial} missing`);
  for (const ac of SCI_ANNEX_CHECKS) {
    const tk = task(ac.serial);
    const m = new RegExp(ac.re.source).exec(tk.goal);
    if (!m?.groups) ctx.fail('annex', `annex task ${ac.serial} goal "${tk.goal}" does not match ${String(ac.re)}`);
    const year = Number(m.groups.y);
    for (const o of ac.out) {
      const annexValue = ctx.num(m.groups[o.g], `annex task ${ac.serial}`);
      const textRow = ctx.row(o.indicator, year);
      ctx.check({
        check: `sci_annex_task${ac.serial}_${o.indicator}`, line: tk.line, expected: annexValue, found: textRow.value,
        ok: Number(annexValue) === Number(textRow.value),
        okNote: `the annex (task ${ac.serial}) and the plan text (line ${textRow.line}) give the same ${year} figure`,
        badNote: o.indicator === 'provincial_rd_platforms'
          ? `the annex (task ${ac.serial}: 省级工程技术研究中心、重点实验室、技术创新中心) says ${annexValue}家以上, the plan text (line ${textRow.line}: 省级工程（技术）研究中心、重点实验室、企业技术（创新）中心、产业技术创新中心) ${textRow.value}家以上 for ${year}; the annex lists fewer platform types`
          : `the annex (task ${ac.serial}) says ${annexValue}, the plan text (line ${textRow.line}) ${textRow.value} for ${year}`,
      });
    }
  }
  for (const ar of SCI_ANNEX_ROWS) {
    const tk = task(ar.serial);
    const m = new RegExp(ar.re.source).exec(tk.goal);
    if (!m?.groups) ctx.fail('annex', `annex task ${ar.serial} goal does not match ${String(ar.re)}`);
    ctx.emit({ id: ar.indicator, area: CITY, year: Number(m.groups.y), value: ctx.num(m.groups.v, 'annex'), line: tk.line, quote: m[0],
      note: `stated only in the annex (task ${ar.serial}, 工作目标); the plan text gives no figure` });
  }
}

/** The same target in the manufacturing plan (许政〔2020〕14号) and its draft. */
function sciCrossChecks(ctx: DocContext): void {
  const D14 = '许政〔2020〕14号';
  const DRAFT_DOC = 'DRAFT-2020-MFG';
  for (const id of ['high_tech_enterprises', 'tech_smes', 'high_tech_industry_va_share_pct', 'provincial_rd_platforms']) {
    const a = ctx.row(id, 2022);
    const b = ctx.row(id, 2022, { doc: D14 });
    ctx.check({
      check: `sci_${id}_18_vs_14`, line: a.line, expected: a.value, found: b.value, ok: Number(a.value) === Number(b.value),
      okNote: `许政〔2020〕18号 and 许政〔2020〕14号 (line ${b.line}) set the same 2022 target`,
      badNote: `许政〔2020〕18号 sets ${a.value} ${a.unit} for 2022 (“${a.quote}”), 许政〔2020〕14号 (line ${b.line}) ${b.value} ${b.unit} (“${b.quote}”); the two plans, issued the same day, differ`,
    });
  }
  {
    const a = ctx.row('rd_intensity_pct', 2022);
    const m = ctx.document(D14).find(/研究与试验发展经费投入强度高于全省平均水平/, 'rd intensity');
    ctx.addCheck({
      check: 'sci_rd_intensity_pct_18_vs_14', doc: ctx.doc, seed: ctx.seed.name, line: a.line, expected: a.value, found: m.text,
      note: `许政〔2020〕18号 sets ${a.value}%以上 for 2022; 许政〔2020〕14号 (line ${m.line}) gives no figure (高于全省平均水平), the draft had 2.1%以上`,
    });
  }
  {
    const a = ctx.row('innovation_talent_teams_recruited', 2022);
    const b = ctx.row('innovation_talent_teams_recruited', 2022, { doc: DRAFT_DOC });
    ctx.check({
      check: 'sci_innovation_talent_teams_recruited_18_vs_draft', line: a.line, expected: a.value, found: b.value, ok: Number(a.value) === Number(b.value),
      okNote: 'same figure',
      badNote: `许政〔2020〕18号 aims at about ${a.value} talents (teams) by 2022 (60个左右); the manufacturing draft (${DRAFT_DOC} line ${b.line}) had ${b.value}个以上 and the final manufacturing plan none`,
    });
  }
}
