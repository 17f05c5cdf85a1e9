/**
 * The indicator ids and the Chinese text of a document's checks (issue 11: checks.csv `indicators`, `note_zh`),
 * given as rules on check ids: a hook `annotateChecks(ctx, rules)` that runs last fills every check the document
 * emitted; a check no rule matches fails the build, so a new check cannot go out without its Chinese text.
 */
import type { DocContext } from '../engine/index.ts';
import type { CheckRow } from '../lib/types.ts';

export interface CheckText {
  /** matched against the check id; its groups are passed on */
  id: RegExp;
  /** indicator ids the check concerns (ctx: to leave out ids no row carries, e.g. a table's empty columns) */
  indicators: (m: RegExpExecArray, ctx: DocContext) => readonly string[];
  /** the Chinese note: `ok` says whether the English note starts with ok: */
  zh: (c: CheckRow, ok: boolean, m: RegExpExecArray) => string;
}

export function annotateChecks(ctx: DocContext, rules: readonly CheckText[]): void {
  for (const c of ctx.emitted.checks) {
    if (c.doc !== ctx.doc || c.seed !== ctx.seed.name) continue;
    const hit = rules.map((r) => ({ r, m: r.id.exec(c.check) })).find((x) => x.m);
    if (!hit?.m) ctx.fail(`check ${c.check}`, 'no CheckText rule gives its indicators and Chinese note');
    const ok = c.note.startsWith('ok:');
    c.indicators = hit.r.indicators(hit.m, ctx).join(' ');
    c.note_zh = `${ok ? '一致：' : ''}${hit.r.zh(c, ok, hit.m)}`;
  }
}
