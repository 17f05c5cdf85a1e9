/**
 * The wetlands (湿地) and wetland parks (湿地公园) of the seeds: places of 许政〔2019〕1号 and 许政〔2023〕15号
 * (pipeline/documents/), and the audit that every 湿地 / 鹤鸣湖 printed in any seed is accounted for — a named
 * wetland place, or a generic phrase listed below — so a changed seed or a new wetland cannot slip through.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadSeeds, type SeedSet } from '../../pipeline/lib/seeds.ts';
import { withEditedSeed } from './seedTestKit.ts';
import { flatten, quoteIsAtLine } from '../../pipeline/lib/quote.ts';
import { AREA_CODES, areaByCode } from '../../pipeline/lib/areas.ts';
import { PLACE_STATUSES, type PlaceDraft } from '../../pipeline/lib/types.ts';
import { extractDocuments } from '../../pipeline/documents/index.ts';
import { INDICATORS } from '../../pipeline/documents/indicators/index.ts';
import xuzheng2019_1 from '../../pipeline/documents/2019/xuzheng-2019-1.ts';
import xuzheng2023_15 from '../../pipeline/documents/2023/xuzheng-2023-15.ts';

const seeds = loadSeeds(join(__dirname, '../../seeds'));
const S000 = xuzheng2019_1.seed;
const S001 = xuzheng2023_15.seed;
const WETLAND_CATEGORIES = ['wetland', 'wetland_park'];
const wetlandPlaces = (places: PlaceDraft[]) => places.filter((p) => WETLAND_CATEGORIES.includes(p.category));
/** the two documents that name wetlands, in index order (许政〔2023〕15号 refers to places of 许政〔2019〕1号) */
const extractWetlandDocs = (s: SeedSet) => extractDocuments(s, [xuzheng2019_1, xuzheng2023_15]);

const all = extractDocuments(seeds);
const places = wetlandPlaces(all.places);

/** a copy of the seed set with one seed's text changed by `edit` (which must change something) */
const mutate = (name: string, edit: (text: string) => string): SeedSet => withEditedSeed(seeds, name, edit);

/**
 * Generic (unnamed) wetland wording that is not a place and carries no wetland figure. Every 湿地 / 鹤鸣湖 of the
 * seeds must stand inside the name of a wetland place (at that place's line) or inside one of these.
 */
const GENERIC_WETLAND: readonly RegExp[] = [
  /扩大森林、湖泊、湿地面积/g, // 000 许政〔2019〕1号 basic principles
  /生态湿地/g, // 000 flood-water use, sponge city
  /河流湖泊湿地水生态修复/g, // 000 river/lake restoration (heading sentence)
  /范围内湿地保护和系统修复/g, // 000 tail of the pilot-park sentence
  /规划建设人工湿地/g, // 000 generic artificial wetlands
  /规划建设河道湿地/g, // 000 generic river wetlands
  /人工湿地污水处理技术/g, // 000 (许政〔2019〕3号) technology list
  /尾水人工湿地/g, // 004 sewage plants
  /加强湿地修复和保护/g, // 004 urban water system upkeep
  /郊野公园、湿地公园或森林公园/g, // 004 forest plan 许政〔2020〕11号: one ≥300 亩 park per county, type open (not wetland-specific)
  /湿地保护与恢复/g, // 004 forest plan: funding programme
  /森林公园、湿地公园和地质公园/g, // 004 forest plan: supervision of protected areas
  /增加森林、湿地面积/g, // 004 rural plan
];

/** Every 湿地 / 鹤鸣湖 in `s` accounted for by neither a wetland place of `found` nor a generic phrase: `seed:line: context`. */
function unaccountedMentions(s: SeedSet, found: PlaceDraft[]): string[] {
  const out: string[] = [];
  for (const seed of s.values()) {
    const flat = flatten(seed, 1, seed.lines.length);
    const spans: [number, number][] = [];
    const spansOf = (needle: string | RegExp, keep: (at: number) => boolean = () => true) => {
      const re = typeof needle === 'string' ? new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g') : needle;
      for (const m of flat.text.matchAll(re)) if (keep(m.index!)) spans.push([m.index!, m.index! + m[0].length]);
    };
    for (const p of wetlandPlaces(found).filter((x) => x.seed === seed.name)) spansOf(p.name, (at) => flat.lineAt(at) === p.line);
    for (const re of GENERIC_WETLAND) spansOf(re);
    for (const m of flat.text.matchAll(/湿地|鹤鸣湖/g)) {
      const at = m.index!;
      if (!spans.some(([from, to]) => from <= at && at + m[0].length <= to)) {
        out.push(`${seed.name}:${flat.lineAt(at)}: ${flat.text.slice(Math.max(0, at - 20), at + 20)}`);
      }
    }
  }
  return out;
}

const byId = (id: string) => {
  const p = places.find((x) => x.place_id === id);
  if (!p) throw new Error(`missing ${id}`);
  return p;
};

describe('wetlands (许政〔2019〕1号, 许政〔2023〕15号)', () => {
  it('finds every named wetland / wetland park with its county, status and document', () => {
    const rows = places.map((p) => [p.place_id, p.name, p.area, p.status, p.doc, p.year]);
    expect(rows).toEqual([
      ['wetland-jianan-yinghe-xz2019-1', '建安区颍河湿地工程', '建安区', 'planned', '许政〔2019〕1号', ''],
      ['wetland-jianan-yingru-canal-lower-xz2019-1', '建安区颍汝干渠下游湿地工程', '建安区', 'planned', '许政〔2019〕1号', ''],
      ['wetland-park-changge-shuangjihe-xz2019-1', '长葛市双洎河国家湿地公园', '长葛市', 'pilot', '许政〔2019〕1号', ''],
      ['wetland-park-xiangcheng-beiruhe-xz2019-1', '襄城县北汝河国家湿地公园', '襄城县', 'pilot', '许政〔2019〕1号', ''],
      ['wetland-park-yanling-heminghu-xz2023-15', '鄢陵鹤鸣湖国家湿地公园', '鄢陵县', 'pilot', '许政〔2023〕15号', 2023],
      ['wetland-park-yanling-xz2019-1', '鄢陵县国家湿地公园', '鄢陵县', 'pilot', '许政〔2019〕1号', ''],
      ['wetland-park-yuzhou-yinghe-xz2019-1', '禹州市颍河国家湿地公园', '禹州市', 'pilot', '许政〔2019〕1号', ''],
      ['wetland-park-yuzhou-yinghe-xz2023-15', '禹州颍河国家湿地公园', '禹州市', 'pilot', '许政〔2023〕15号', 2023],
    ]);
  });

  it('accounts for every 湿地 / 鹤鸣湖 printed in the seeds', () => {
    expect(unaccountedMentions(seeds, all.places)).toEqual([]);
    // and every generic phrase is still printed somewhere (a stale entry could hide a future mention)
    const texts = [...seeds.values()].map((sd) => flatten(sd, 1, sd.lines.length).text);
    for (const re of GENERIC_WETLAND) expect(texts.some((t) => t.search(re) >= 0), String(re)).toBe(true);
  });

  it('puts 鹤鸣湖 in 鄢陵县 (411024), in the 2023 annual plan of seed 001', () => {
    const p = byId('wetland-park-yanling-heminghu-xz2023-15');
    expect(p.area_code).toBe('411024');
    expect(p.category).toBe('wetland_park');
    expect(p.seed).toBe(S001);
    expect(p.quote).toContain('鄢陵鹤鸣湖国家湿地公园（试点）');
    expect(p.note).toMatch(/plan year/);
    expect(p.note).toContain('wetland-park-yanling-xz2019-1');
    expect(byId('wetland-park-yanling-xz2019-1').note).toContain('wetland-park-yanling-heminghu-xz2023-15');
  });

  it('places the 2019 pilots and works at the lines where their names start', () => {
    const seed = seeds.get(S000)!;
    for (const p of places.filter((x) => x.seed === S000)) {
      // the name as printed may wrap; its first characters stand on the cited line
      expect(seed.line(p.line).replace(/\s+/g, '')).toContain(p.name.slice(0, 3));
    }
    expect(byId('wetland-park-changge-shuangjihe-xz2019-1').area_code).toBe('411082');
    expect(byId('wetland-park-xiangcheng-beiruhe-xz2019-1').area_code).toBe('411025');
    expect(byId('wetland-park-yuzhou-yinghe-xz2019-1').area_code).toBe('411081');
    expect(byId('wetland-jianan-yinghe-xz2019-1').area_code).toBe('411003');
  });

  it('emits valid, unique, cited places', () => {
    const ids = places.map((p) => p.place_id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of places) {
      expect(p.place_id).toMatch(/^[a-z0-9-]+$/);
      expect(PLACE_STATUSES).toContain(p.status);
      expect(AREA_CODES.has(p.area_code)).toBe(true);
      expect(areaByCode(p.area_code)!.name_zh).toBe(p.area);
      expect(quoteIsAtLine(seeds.get(p.seed)!, p.line, p.quote)).toBe(true);
      expect(p.quote.replace(/（试点）/g, '')).toContain(p.name);
    }
    expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
  });

  it('emits no wetland figures because the seeds print none', () => {
    // No seed states a wetland area, protection rate or park count with a number (许政〔2019〕1号's header).
    const wetlandIds = new Set(INDICATORS.all().filter((d) => d.topic === 'wetland').map((d) => d.id));
    expect(all.indicators.filter((r) => wetlandIds.has(r.indicator))).toEqual([]);
    expect(all.defs.filter((d) => d.topic === 'wetland')).toEqual([]);
  });

  it('is deterministic', () => {
    expect(extractWetlandDocs(seeds)).toEqual(extractWetlandDocs(seeds));
  });

  it('fails naming the module and place when a named wetland cannot be found', () => {
    const noHeminghu = mutate(S001, (t) => t.replace('鄢陵鹤鸣湖国家湿地公园（试', '鄢陵某公园（试'));
    expect(() => extractWetlandDocs(noHeminghu)).toThrow(
      /xuzheng-2023-15\.ts: 许政〔2023〕15号 place wetland-park-[a-z-]+-xz2023-15: pattern "[^"]*鄢陵鹤鸣湖国家湿地公园[^"]*" matches 0 times/,
    );
    const noBeiruhe = mutate(S000, (t) => t.replace('襄城县北汝河国家湿地公园', '襄城县北汝河公园'));
    expect(() => extractWetlandDocs(noBeiruhe)).toThrow(/xuzheng-2019-1\.ts: 许政〔2019〕1号 place wetland-park-[a-z-]+-xz2019-1: pattern .* matches 0 times/);
  });

  it('fails when a 2023 pilot has no park of 许政〔2019〕1号 to be the same as', () => {
    expect(() => extractDocuments(seeds, [xuzheng2023_15])).toThrow(
      /xuzheng-2023-15\.ts: 许政〔2023〕15号 place wetland-park-yuzhou-yinghe-xz2023-15: same park as wetland-park-yuzhou-yinghe-xz2019-1: no such wetland park/,
    );
  });

  it('reports a wetland mention it cannot account for', () => {
    const extra = mutate(S001, (t) => t.replace('做好国家验收准备。', '做好国家验收准备。新建长葛市某湿地。'));
    const unaccounted = unaccountedMentions(extra, extractDocuments(extra).places);
    expect(unaccounted).toHaveLength(1);
    expect(unaccounted[0]).toMatch(new RegExp(`^${S001}:\\d+: .*新建长葛市某湿地`));
    // a renamed park: its place spec no longer matches, and its 湿地 is accounted for by no place
    const renamed = mutate(S001, (t) => t.replace('鄢陵鹤鸣湖国家湿地公园', '鄢陵天鹅湖国家湿地公园'));
    expect(() => extractWetlandDocs(renamed)).toThrow(/matches 0 times/);
    expect(unaccountedMentions(renamed, all.places).join('\n')).toContain('天鹅湖国家湿地公园');
  });
});
