/**
 * 许政〔2023〕19号 第四批享受许昌市政府特殊津贴人员名单 (seed 001, gazette 2023 年第 4 期): the count of persons named
 * (2023), checked against the annex list (hook `personList`).
 */
import { defineDocument, type DocContext } from '../../engine/index.ts';
import { annotateChecks, type CheckText } from '../checkText.ts';

/** The annex header of a list of persons; a module using `personListCheck` declares it as section `list`. */
export const PERSON_LIST_HEADER = /^姓名\s+性别\s+工作单位\s+职称或技术等级$/;

const CHECK_TEXT: readonly CheckText[] = [
  { id: /^special_allowance_batch4_text_vs_annex$/, indicators: () => ['govt_special_allowance_experts_named'],
    zh: (c, ok) => ok ? `附件名单人数与正文相同（${c.expected}人）` : `正文${c.expected}人，附件名单${c.found}人` },
];

export default defineDocument({
  file: import.meta.url,
  doc: '许政〔2023〕19号',
  seed: '001_a0efda9bb81cc2fd.txt',
  figures: [
    { id: 'govt_special_allowance_experts_named', t: '现将{v}名第四批享受许昌市政府特殊津贴人员名单予以公布', year: 2023, kind: 'actual', note: 'year: the notice is dated 2023-05-06' },
  ],
  sections: [{ name: 'list', startLine: PERSON_LIST_HEADER }],
  hooks: { personList: (ctx) => personListCheck(ctx, 'govt_special_allowance_experts_named', 'special_allowance_batch4_text_vs_annex'), checkText: (ctx) => annotateChecks(ctx, CHECK_TEXT) },
});

/** Running heads and page numbers of the gazette inside the annex. */
const PAGE_FURNITURE = /^(许昌市人民政府公报（\d{4}\s*年第\s*\d+\s*期）|-\s*\d+\s*-)$/;

/** 19号 / 20号: the annex lists one person per line (姓名 性别 工作单位 职称): count them against the text. */
export function personListCheck(ctx: DocContext, id: string, check: string): void {
  const seed = ctx.seed;
  const doc = ctx.doc;
  const head = ctx.section('list').headLine;
  let n = 0;
  let wrapped = false;
  for (let k = head + 1; k <= ctx.end; k++) {
    const t = seed.line(k).trim();
    if (!t || PAGE_FURNITURE.test(t)) continue;
    if (/^\S+(?:\s{1,3}\S)?\s+[男女]\s+\S+\s+\S+$/.test(t)) {
      n++;
      wrapped = false;
    } else if (/^\S+(?:\s{1,3}\S)?\s+[男女]\s+\S+$/.test(t)) {
      // the work unit wraps: its end and the title stand on the next line
      n++;
      wrapped = true;
    } else if (wrapped && /^\S+\s+\S+$/.test(t) && !/\s[男女]\s/.test(` ${t} `)) {
      wrapped = false;
    } else {
      throw new Error(`${seed.name}:${k} (${doc} annex): unexpected line "${t}"`);
    }
  }
  if (wrapped) throw new Error(`${seed.name}: ${doc} annex ends inside a wrapped row`);
  const text = ctx.row(id, 2023);
  ctx.check({ check: check, line: text.line, expected: text.value, found: String(n), ok: Number(text.value) === Number(String(n)),
      okNote: 'the annex lists as many persons as the text says', badNote: `text ${text.value}, annex lists ${n}` });
}