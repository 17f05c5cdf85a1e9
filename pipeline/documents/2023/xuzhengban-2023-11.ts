/**
 * 许政办〔2023〕11号 许昌市十大产业集群培育计划 (seed 001, gazette 2023 年第 4 期): the 2022 cluster baseline (figures)
 * and the 2025 cluster class targets of （三）培育目标 (十四五末, hook `clusterTargets`). Enterprise targets of the
 * cluster sections carry no year and are left out.
 */
import { CITY, defineDocument, matchOnce, type DocContext } from '../../engine/index.ts';
import { numberOrThrow } from '../../lib/numbers.ts';
import { annotateChecks, type CheckText } from '../checkText.ts';

const DOC = '许政办〔2023〕11号';

const CHECK_TEXT: readonly CheckText[] = [
  { id: /^cluster2025_(\d+)_count$/, indicators: (m) => [`industry_clusters_class_${m[1]}yi`],
    zh: (c, ok, m) => ok ? `正文所列${m[1]}亿级产业集群名称数与所述个数相同（${c.expected}个）` : `正文称${c.expected}个${m[1]}亿级集群，列出${c.found}个名称` },
];

export default defineDocument({
  file: import.meta.url,
  doc: DOC,
  seed: '001_a0efda9bb81cc2fd.txt',
  horizon: 2025,
  period: [2021, 2025],
  figures: [
    { id: 'hair_branded_export_enterprises', t: '培育{v}家左右拥有知名品牌、高附加值、 技术密集型的出口企业', year_basis: 'horizon', note: 'the section prints no year; the plan\'s targets are for 十四五末 (（三）培育目标): 2025' },
    { id: 'ten_industry_clusters_revenue', t: /据测算，(?<y>\d{4})\s*年十大产业集群营收总规模约为\s*(?<r>\d+)\s*亿元，占全市工业比重为\s*(?<s>\d+)％/, v: 'r', kind: 'baseline', note: 'an estimate: 据测算…约为 (about)' },
    { id: 'ten_industry_clusters_share_of_industry_pct', t: /据测算，(?<y>\d{4})\s*年十大产业集群营收总规模约为\s*(?<r>\d+)\s*亿元，占全市工业比重为\s*(?<s>\d+)％/, v: 's', kind: 'baseline' },
    { id: 'cluster_smart_power_equipment_revenue', t: /(?<y>\d{4})\s*年十大产业集群营收总规模[^。]*?其中，智能电力装备、再生金属产业集群营业收入突破\s*(?<v>\d+)\s*亿元/, kind: 'baseline', note: 'a floor: 突破 (exceeded); the value is printed once for two clusters (智能电力装备、再生金属…突破 1000 亿元)' },
    { id: 'cluster_recycled_metal_revenue', t: /(?<y>\d{4})\s*年十大产业集群营收总规模[^。]*?其中，智能电力装备、再生金属产业集群营业收入突破\s*(?<v>\d+)\s*亿元/, kind: 'baseline', note: 'a floor: 突破 (exceeded); the value is printed once for two clusters (智能电力装备、再生金属…突破 1000 亿元)' },
  ],
  hooks: { clusterTargets, checkText: (ctx) => annotateChecks(ctx, CHECK_TEXT) },
});

const num = (printed: string, what: string) => numberOrThrow(printed, `${DOC}: ${what}`);

// ---------------------------------------------------------------------------------------------------------------
// 许政办〔2023〕11号 （三）培育目标: 力争“十四五”末，培育形成智能电力装备、再生金属 2 个两千亿级，硅碳新材料 1 个千亿级，…

const CLUSTER_SLUG: Record<string, string> = {
  智能电力装备: 'smart_power_equipment', 再生金属: 'recycled_metal', 硅碳新材料: 'silicon_carbon_materials', 生物医药: 'biomedicine',
  新能源汽车及零部件: 'nev_and_parts', 发制品: 'hair_products', 食品: 'food', 超硬材料: 'superhard_materials', 人工智能: 'ai', 电梯: 'elevator',
};

function clusterTargets(ctx: DocContext): void {
  const doc = ctx.doc;
  const flat = ctx.flat;
  const m = matchOnce(flat.text, /力争“十四五”末，培育形成(?<body>[^。]+?)产业集群，/, `${ctx.seed.name}: ${doc} cluster targets`);
  const body = m.groups!.body;
  let at = m.indices.groups!.body[0];
  const seen = new Set<string>();
  for (const part of body.split('，')) {
    const g = /^(?<names>[^\d\s]+?)\s*(?<n>\d+)\s*个\s*(?<scale>[\d两千百十]+?)\s*亿级$/.exec(part);
    if (!g) throw new Error(`${doc}: unexpected cluster target group "${part}"`);
    const names = g.groups!.names.split('、');
    const scale = num(g.groups!.scale.trim(), 'cluster scale');
    // the group's quote: from 力争“十四五”末 to the end of this group (the year is in the quote)
    const quote = flat.text.slice(m.index, at + part.length);
    // the class count itself: 2 个两千亿级 …, a target for 十四五末
    ctx.emit({ id: `industry_clusters_class_${scale}yi`, year: 2025, value: num(g.groups!.n, 'cluster count'), kind: 'target',
      line: flat.lineAt(at + part.indexOf(g.groups!.n)), quote, year_basis: 'horizon',
      note: `printed ${g.groups!.n} 个 ${g.groups!.scale.trim()}亿级; year: 十四五末 = the end of 2025` });
    ctx.check({ check: `cluster2025_${scale}_count`, line: flat.lineAt(at + part.indexOf(g.groups!.n)), expected: g.groups!.n, found: String(names.length), ok: Number(g.groups!.n) === Number(String(names.length)),
      okNote: `the text names as many clusters as it counts for the ${scale} 亿 class`, badNote: `the text counts ${g.groups!.n}, names ${names.length}` });
    let off = at;
    for (const name of names) {
      const slug = CLUSTER_SLUG[name];
      if (!slug) throw new Error(`${doc}: unknown cluster "${name}"`);
      if (seen.has(slug)) throw new Error(`${doc}: cluster ${name} twice`);
      seen.add(slug);
      ctx.emit({ id: `cluster_${slug}_revenue`, area: CITY, year: 2025, value: scale, kind: 'target', line: flat.lineAt(off), quote, year_basis: 'horizon',
        note: `printed ${g.groups!.scale.trim()}亿级 (a cluster of the ${scale}-亿-yuan class), read as revenue of that scale; ` +
          'year: 十四五末 = the end of 2025' });
      off += name.length + 1;
    }
    at += part.length + 1;
  }
  if (seen.size !== Object.keys(CLUSTER_SLUG).length) throw new Error(`${doc}: ${seen.size} clusters in the targets`);
}
