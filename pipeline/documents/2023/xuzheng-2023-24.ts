/**
 * 许政〔2023〕24号 关于奖励2021－2022年度许昌市市长质量奖获奖单位的通报 (seed 001, gazette 2023 年第 4 期), hook
 * `mayorQualityAwards`: Mayor Quality Award 2021－2022 counts and the five enterprises with their amounts (no county
 * printed: 411000).
 */
import { CITY, defineDocument, matchOnce, type DocContext } from '../../engine/index.ts';
import { numberOrThrow } from '../../lib/numbers.ts';
import { annotateChecks, type CheckText } from '../checkText.ts';

const DOC = '许政〔2023〕24号';

const CHECK_TEXT: readonly CheckText[] = [
  { id: /^(mqa|mqn)\d+_count_vs_names$/, indicators: (m) => [m[1] === 'mqa' ? 'mayor_quality_award_enterprises' : 'mayor_quality_nomination_award_enterprises'],
    zh: (c, ok) => ok ? `正文所列企业名称数与所述家数相同（${c.expected}家）` : `正文称${c.expected}家，列出${c.found}个名称` },
];

export default defineDocument({
  file: import.meta.url,
  doc: DOC,
  seed: '001_a0efda9bb81cc2fd.txt',
  hooks: { mayorQualityAwards, checkText: (ctx) => annotateChecks(ctx, CHECK_TEXT) },
});

const num = (printed: string, what: string) => numberOrThrow(printed, `${DOC}: ${what}`);

// 许政〔2023〕24号: Mayor Quality Award 2021－2022 (5 enterprises, no county printed)

function mayorQualityAwards(ctx: DocContext): void {
  const doc = ctx.doc;
  const flat = ctx.flat;
  const classes = [
    { re: /授予(?<list>[^；“]+?)\s*(?<n>\d+)\s*家企业“(?<p>\d{4})－(?<y>\d{4})\s*年度许昌市市长质量奖”，各奖励\s*(?<v>\d+)\s*万元/,
      id: 'mayor_quality_award_enterprises', slug: 'mqa', zh: '市长质量奖' },
    { re: /授予(?<list>[^；“]+?)\s*(?<n>\d+)\s*家企业“(?<p>\d{4})－(?<y>\d{4})\s*年度许昌市市长质量提名奖”，各奖励\s*(?<v>\d+)\s*万元/,
      id: 'mayor_quality_nomination_award_enterprises', slug: 'mqn', zh: '市长质量提名奖' },
  ];
  for (const k of classes) {
    const m = matchOnce(flat.text, k.re, `${ctx.seed.name}: ${doc} ${k.zh}`);
    const year = Number(m.groups!.y);
    const period = `${m.groups!.p}－${m.groups!.y}`;
    const yearNote = `award period ${period} 年度: the row carries its end year`;
    const n = num(m.groups!.n, 'count');
    ctx.emit({ id: k.id, area: CITY, year, value: n, kind: 'actual', line: flat.lineAt(m.indices.groups!.n[0]), quote: m[0], note: yearNote });
    const names = m.groups!.list.split('、');
    ctx.check({ check: `${k.slug}${m.groups!.y}_count_vs_names`, line: flat.lineAt(m.indices.groups!.n[0]), expected: n, found: String(names.length), ok: Number(n) === Number(String(names.length)),
      okNote: 'the text names as many enterprises as it counts', badNote: `the text counts ${n}, names ${names.length}` });
    let off = m.indices.groups!.list[0];
    const amount = num(m.groups!.v, 'amount');
    const vEnd = m.index + m[0].length; // the match ends with 万元
    names.forEach((name, i) => {
      if (!/(公司)$/.test(name)) throw new Error(`${doc}: "${name}" does not look like an enterprise name`);
      const place_id = `${k.slug}${m.groups!.y}-${String(i + 1).padStart(2, '0')}`;
      const nameLine = flat.lineAt(off);
      ctx.place({
        id: place_id, name, category: 'enterprise', year, status: 'existing', line: nameLine, quote: flat.text.slice(off, off + name.length),
        note: `${k.zh} ${period}; the notice prints no county: 411000`,
      });
      // the amount is printed once for the group (各奖励 N 万元): quote from the name to the amount
      ctx.emit({ id: 'mayor_quality_award_amount', area: CITY, year, value: amount, kind: 'actual',
        line: flat.lineAt(m.indices.groups!.v[0]), quote: flat.text.slice(off, vEnd), place: place_id,
        note: `printed once for the ${names.length} enterprises (各奖励 ${amount} 万元); ${yearNote}; the notice prints no county: 411000` });
      off += name.length + 1;
    });
  }
}
