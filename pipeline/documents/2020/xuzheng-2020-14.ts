/**
 * 许政〔2020〕14号, seed 004 (gazette 2020 年第 2 期): the notice issuing 许昌市推动制造业高质量发展行动方案（2020—2022年）, the
 * final version of the draft DRAFT-2020-MFG (seed 003). Its 发展目标 (2022), the 千亿元级 clusters it names (places, hook
 * `clusters`), and the draft vs final comparison of every target (hook `draftVsFinal`). Rows carry the notice's number.
 */
import { SHARED_GOALS } from './draft-2020-mfg.ts';
import { CITY, defineDocument, listItems, sectionYearNote, type DocContext, type EngineRow } from '../../engine/index.ts';

const DRAFT_DOC = 'DRAFT-2020-MFG';

const doc14 = defineDocument({
  file: import.meta.url,
  doc: '许政〔2020〕14号',
  seed: '004_52965add714eecf8.txt',
  title: '推动制造业高质量发展行动方案',
  sections: [
    { name: 'goals', start: /（二）发展目标到(?<y>\d{4})年，/, end: /二、重点任务/, what: 'the 发展目标 section headed 到2022年' },
  ],
  figures: [
    ...SHARED_GOALS,
    { id: 'coke_oven_phaseout_height_threshold', t: /(?<y>\d{4})年年底淘汰炭化室高度在(?<v>[\d.]+)米及以下的焦炉/ },
    { id: 'strategic_emerging_industry_va_share_pct', t: /战略性新兴产业占规模以上工业增加值的比重达到\s*(?<v>[\d.]+)%以上/, in: 'goals', year_basis: 'section' },
    { id: 'high_tech_enterprises', t: /高新技术企业达到\s*(?<v>\d+)\s*家以上/, in: 'goals', year_basis: 'section', note: '以上: a floor' },
    { id: 'tech_smes', t: /科技型中小企业达到\s*(?<v>\d+)\s*家左右/, in: 'goals', year_basis: 'section', note: '左右: about' },
  ],
  places: [
    { id: 'park-yuzhou-env-equipment-xz2020', category: 'industrial_park', t: /建设(?<n>(?<a>禹州市)环保装备产业园)/, g: 'n', a: 'a', status: 'planned', repeat: true },
    { id: 'park-xiangcheng-coking-circular-xz2020', category: 'industrial_park', t: /加快静脉产业园、(?<n1>(?<a1>襄城县)煤焦化循环经济产业园)、(?<n2>许昌（(?<a2>魏都)）循环经济产业园)建设/, g: 'n1', a: 'a1', status: 'planned', repeat: true },
    { id: 'park-weidu-circular-xz2020', category: 'industrial_park', t: /加快静脉产业园、(?<n1>(?<a1>襄城县)煤焦化循环经济产业园)、(?<n2>许昌（(?<a2>魏都)）循环经济产业园)建设/, g: 'n2', a: 'a2', status: 'planned', note: 'area from the name: 许昌（魏都）', repeat: true },
  ],
  hooks: { clusters, draftVsFinal, cokeOvenVs9 },
});
export default doc14;

/** The 发展目标 targets compared with the draft, in the draft's order (the renamed share is compared apart). */
const COMPARED = [
  'enterprises_revenue_over_10bn', 'industry_enterprises_above_scale', 'high_tech_industry_va_share_pct', 'industrial_zone_tax_per_mu',
  'rd_intensity_pct', 'provincial_rd_platforms', 'high_tech_enterprises', 'tech_smes', 'innovation_talent_teams_recruited',
  'high_level_leading_talents_recruited', 'key_process_nc_rate_pct', 'industrial_robots_in_use', 'smart_demo_production_lines',
  'smart_factories', 'industrial_enterprises_on_cloud', 'two_integration_benchmarking_firms', 'two_integration_certified_firms',
  'key_product_spot_check_pass_rate_pct', 'standards_led_or_participated', 'brand_demo_zones',
];
/** what this plan prints where it drops the draft's figure */
const ALT: Record<string, RegExp> = { rd_intensity_pct: /研究与试验发展经费投入强度高于全省平均水平/ };
/** The final plan's 千亿元级 clusters (listed before 等一批千亿元级产业集群) → place ids. An unknown name throws. */
const CLUSTERS: Record<string, string> = {
  电力装备: 'cluster-power-equipment-xz2020',
  节能环保装备及服务: 'cluster-energy-saving-env-equipment-xz2020',
  再生金属及制品: 'cluster-recycled-metals-xz2020',
  新一代信息技术: 'cluster-next-gen-it-xz2020',
  碳硅先进材料: 'cluster-carbon-silicon-materials-xz2020',
  新能源及网联汽车: 'cluster-nev-connected-vehicles-xz2020',
};
const CLUSTER_RE = /形成(?<list>[^。]*?)等一批(?<v>千)亿元级产业集群/;

/** The 千亿元级 clusters: a place and one scale row each (the draft names none: a check). */
function clusters(ctx: DocContext): void {
  const goals = ctx.section('goals');
  const cm = ctx.find(CLUSTER_RE, 'clusters', 'goals');
  const scale = ctx.num(cm.slots.v.text, 'cluster scale');
  const items = listItems(cm.slots.list);
  for (const { item: printed, at } of items) {
    const id = CLUSTERS[printed] ?? ctx.fail('clusters', `cluster "${printed}" has no id in CLUSTERS`);
    const line = ctx.flat.lineAt(at);
    ctx.place({
      id, name: `${printed}产业集群`, category: 'industrial_cluster', area: CITY, year: goals.year!, status: 'planned', line, quote: cm.text,
      note: `${sectionYearNote(goals)}; name: the listed sector + 产业集群; a city-wide cluster (the text assigns it to no county)`, repeat: true,
    });
    ctx.emit({ id: 'industrial_cluster_scale', area: CITY, year: goals.year!, value: scale, line, quote: cm.text, place: id,
      note: `千亿元级 read as the 1000 亿元 class; ${sectionYearNote(goals)}` });
  }
  const draft = ctx.document(DRAFT_DOC);
  const dm = draft.find(/形成一批千亿元级产业集群/, 'clusters', 'goals');
  ctx.addCheck({
    check: 'mfg_kiloyi_clusters_final_vs_draft', doc: ctx.doc, seed: ctx.seed.name, line: cm.line, expected: String(items.length), found: '',
    note: `the final plan names ${items.length} 千亿元级 clusters (${items.map((x) => x.item).join('、')}); the draft (${DRAFT_DOC} line ${dm.line}) only says 形成一批千亿元级产业集群`,
  });
}

/** Every 发展目标 target of either version: the final plan's doc; expected = final, found = draft. */
function draftVsFinal(ctx: DocContext): void {
  const goals = ctx.section('goals');
  const one = (doc: string, id: string): EngineRow | undefined => ctx.rows((r) => r.doc === doc && r.indicator === id && r.area_code === CITY.code)[0];
  for (const id of COMPARED) {
    const f = one(ctx.doc, id);
    const dr = one(DRAFT_DOC, id);
    const specNote = doc14.figures!.find((x) => x.id === id)?.note;
    let line: number;
    let expected = f?.value ?? '';
    let note: string;
    if (f && dr) {
      line = f.line;
      note = Number(f.value) === Number(dr.value)
        ? `ok: the final plan and the draft (${DRAFT_DOC} line ${dr.line}) both set ${f.value} ${f.unit} for ${f.year}${specNote ? ` (${specNote})` : ''}`
        : `the final plan sets ${f.value} ${f.unit}, the draft (${DRAFT_DOC} line ${dr.line}) ${dr.value} ${dr.unit}`;
    } else if (dr) {
      if (ALT[id]) {
        const m = ctx.find(ALT[id], `draftVsFinal ${id}`, 'goals');
        line = m.line;
        expected = m.text;
        note = `the final plan drops the figure and prints "${m.text}"; the draft (${DRAFT_DOC} line ${dr.line}) set ${dr.value}${dr.unit}`;
      } else {
        line = goals.headLine;
        note = `the final plan has no such target; the draft (${DRAFT_DOC} line ${dr.line}) set ${dr.value} ${dr.unit} for ${dr.year}`;
      }
    } else if (f) {
      line = f.line;
      note = `the draft has no such target; the final plan adds ${f.value} ${f.unit} for ${f.year}`;
    } else {
      ctx.fail('draftVsFinal', `manufacturing target ${id} found in neither version`);
    }
    ctx.addCheck({ check: `mfg_${id}_final_vs_draft`, doc: ctx.doc, seed: ctx.seed.name, line, expected, found: dr?.value ?? '', note });
  }
  // the renamed share: 新兴产业 (draft) → 战略性新兴产业 (final)
  const f = ctx.row('strategic_emerging_industry_va_share_pct', goals.year!);
  const dr = ctx.row('emerging_industry_va_share_pct', goals.year!, { doc: DRAFT_DOC });
  ctx.addCheck({
    check: 'mfg_emerging_industry_share_final_vs_draft', doc: ctx.doc, seed: ctx.seed.name, line: f.line, expected: f.value, found: dr.value,
    note: `same figure (${f.value}%以上) but a different measure: the final plan says 战略性新兴产业, the draft (${DRAFT_DOC} line ${dr.line}) 新兴产业; kept as two indicators`,
  });
}

function cokeOvenVs9(ctx: DocContext): void {
  const a = ctx.row('coke_oven_phaseout_height_threshold', 2020);
  const b = ctx.row('coke_oven_phaseout_height_threshold', 2020, { doc: '许政〔2020〕9号' });
  ctx.check({
    check: 'coke_oven_threshold_14_vs_9', line: a.line, expected: a.value, found: b.value, ok: Number(a.value) === Number(b.value),
    okNote: `许政〔2020〕14号 and 许政〔2020〕9号 (line ${b.line}) set the same 2020 threshold`,
    badNote: `许政〔2020〕14号 says ${a.value}米, 许政〔2020〕9号 (line ${b.line}) ${b.value}米`,
  });
}
