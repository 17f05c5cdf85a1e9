/**
 * 许政〔2023〕20号 许昌市第十一批优秀学术技术带头人 (seed 001, gazette 2023 年第 4 期): the count of persons named
 * (2023), checked against the annex list (hook `personList`, shared with 许政〔2023〕19号).
 */
import { defineDocument } from '../../engine/index.ts';
import { PERSON_LIST_HEADER, personListCheck } from './xuzheng-2023-19.ts';
import { annotateChecks, type CheckText } from '../checkText.ts';

const CHECK_TEXT: readonly CheckText[] = [
  { id: /^academic_leaders_batch11_text_vs_annex$/, indicators: () => ['academic_technical_leaders_named'],
    zh: (c, ok) => ok ? `附件名单人数与正文相同（${c.expected}人）` : `正文${c.expected}人，附件名单${c.found}人` },
];

export default defineDocument({
  file: import.meta.url,
  doc: '许政〔2023〕20号',
  seed: '001_a0efda9bb81cc2fd.txt',
  figures: [
    { id: 'academic_technical_leaders_named', t: '同意马玉朝等{v}名同志为“许昌市第十一批优秀学术技术带头人”', year: 2023, kind: 'actual', note: 'year: the decision is dated 2023-05-06' },
  ],
  sections: [{ name: 'list', startLine: PERSON_LIST_HEADER }],
  hooks: { personList: (ctx) => personListCheck(ctx, 'academic_technical_leaders_named', 'academic_leaders_batch11_text_vs_annex'), checkText: (ctx) => annotateChecks(ctx, CHECK_TEXT) },
});
