import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadSeeds, type SeedSet } from '../../pipeline/lib/seeds.ts';
import { withEditedSeed } from './seedTestKit.ts';
import { quoteIsAtLine } from '../../pipeline/lib/quote.ts';
import { quoteContainsValue } from '../../pipeline/lib/numbers.ts';
import { AREA_CODES, areaByCode } from '../../pipeline/lib/areas.ts';
import { PLACE_STATUSES } from '../../pipeline/lib/types.ts';
import { EXPECTED_WETLANDS, extractWetlands } from '../../pipeline/extract/wetlands.ts';

const seeds = loadSeeds(join(__dirname, '../../seeds'));
const result = extractWetlands(seeds);
const S000 = '000_e340f357b4b28fe7.txt';
const S001 = '001_a0efda9bb81cc2fd.txt';

/** a copy of the seed set with one seed's text changed by `edit` (which must change something) */
const mutate = (name: string, edit: (text: string) => string): SeedSet => withEditedSeed(seeds, name, edit);

const byId = (id: string) => {
  const p = result.places.find((x) => x.place_id === id);
  if (!p) throw new Error(`missing ${id}`);
  return p;
};

describe('extractWetlands', () => {
  it('finds every named wetland / wetland park with its county, status and document', () => {
    const rows = result.places.map((p) => [p.place_id, p.name, p.area, p.status, p.doc, p.year]);
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
    expect(result.places).toHaveLength(EXPECTED_WETLANDS.length);
  });

  it('puts 鹤鸣湖 in 鄢陵县 (411024), in the 2023 annual plan of seed 001', () => {
    const p = byId('wetland-park-yanling-heminghu-xz2023-15');
    expect(p.area_code).toBe('411024');
    expect(p.category).toBe('wetland_park');
    expect(p.seed).toBe(S001);
    expect(p.quote).toContain('鄢陵鹤鸣湖国家湿地公园（试点）');
    expect(p.note).toMatch(/plan year/);
    expect(p.note).toContain('wetland-park-yanling-xz2019-1');
  });

  it('places the 2019 pilots and works at the lines where their names start', () => {
    const seed = seeds.get(S000)!;
    for (const p of result.places.filter((x) => x.seed === S000)) {
      // the name as printed may wrap; its first characters stand on the cited line
      expect(seed.line(p.line).replace(/\s+/g, '')).toContain(p.name.slice(0, 3));
    }
    expect(byId('wetland-park-changge-shuangjihe-xz2019-1').area_code).toBe('411082');
    expect(byId('wetland-park-xiangcheng-beiruhe-xz2019-1').area_code).toBe('411025');
    expect(byId('wetland-park-yuzhou-yinghe-xz2019-1').area_code).toBe('411081');
    expect(byId('wetland-jianan-yinghe-xz2019-1').area_code).toBe('411003');
  });

  it('emits valid, unique, cited place drafts', () => {
    const ids = result.places.map((p) => p.place_id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of result.places) {
      expect(p.place_id).toMatch(/^[a-z0-9-]+$/);
      expect(['wetland', 'wetland_park']).toContain(p.category);
      expect(PLACE_STATUSES).toContain(p.status);
      expect(AREA_CODES.has(p.area_code)).toBe(true);
      expect(areaByCode(p.area_code)!.name_zh).toBe(p.area);
      expect(quoteIsAtLine(seeds.get(p.seed)!, p.line, p.quote)).toBe(true);
      expect(p.quote.replace(/（试点）/g, '')).toContain(p.name);
    }
    const sorted = [...ids].sort((a, b) => a.localeCompare(b));
    expect(ids).toEqual(sorted);
  });

  it('emits no wetland figures because the seeds print none; any it did emit would be cited', () => {
    // No seed states a wetland area, protection rate or park count with a number (see header of wetlands.ts).
    expect(result.indicators).toEqual([]);
    expect(result.defs).toEqual([]);
    for (const r of result.indicators) {
      expect(quoteIsAtLine(seeds.get(r.seed)!, r.line, r.quote)).toBe(true);
      expect(quoteContainsValue(r.quote, r.value)).toBe(true);
    }
  });

  it('is deterministic', () => {
    expect(extractWetlands(seeds)).toEqual(result);
  });

  it('throws when an expected wetland cannot be found', () => {
    const noHeminghu = mutate(S001, (t) => t.replace('鄢陵鹤鸣湖国家湿地公园（试', '鄢陵某公园（试'));
    expect(() => extractWetlands(noHeminghu)).toThrow(/wetland not found: 许政〔2023〕15号\|鄢陵鹤鸣湖国家湿地公园/);
  });

  it('throws on a wetland mention it cannot account for', () => {
    const extra = mutate(S001, (t) => t.replace('做好国家验收准备。', '做好国家验收准备。新建长葛市某湿地。'));
    expect(() => extractWetlands(extra)).toThrow(/unaccounted wetland mention/);
    const unknownName = mutate(S001, (t) => t.replace('鄢陵鹤鸣湖国家湿地公园', '鄢陵天鹅湖国家湿地公园'));
    expect(() => extractWetlands(unknownName)).toThrow(/no slug for wetland "天鹅湖"/);
  });
});
