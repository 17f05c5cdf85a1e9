import { describe, expect, it } from 'vitest';
import { loadCommittedModel } from '../../pipeline/assets/vitePlugin.ts';
import { prepare, search, type SearchEntry } from '../../src/lib/searchIndex.ts';
import { buildSearchIndex, pinyinTokens } from '../../pipeline/assets/searchIndex.ts';
import { patchForEntry } from '../../src/lib/searchAction.ts';
import { globalShortcut } from '../../src/lib/shortcuts.ts';

const data = loadCommittedModel();
const entries = buildSearchIndex(data);
const index = prepare(JSON.parse(JSON.stringify(entries)) as SearchEntry[]);
const first = (q: string) => search(index, q)[0]?.entry;
const ids = (q: string) => search(index, q).map((h) => h.entry.id);

describe('pinyin tokens (build time)', () => {
  it('gives one syllable per character and keeps numbers whole', () => {
    expect(pinyinTokens('鄢陵县')).toBe('yan ling xian');
    expect(pinyinTokens('许政〔2019〕2号')).toBe('xu zheng 2019 2 hao');
    expect(pinyinTokens('长葛市')).toBe('chang ge shi');
  });
});

describe('search over the real index', () => {
  it('finds 鄢陵县 first by pinyin, initials, Chinese and English', () => {
    for (const q of ['yanling', 'yl', 'YanLing', 'yan ling', 'ylx', '鄢陵', 'Yanling']) {
      expect(first(q), q).toMatchObject({ k: 'area', id: '411024' });
    }
  });

  it('"meitan" lists the indicators named with 煤炭, and nothing unrelated', () => {
    const coal = data.defs.filter((d) => d.name_zh.includes('煤炭')).map((d) => d.id);
    expect(coal.length).toBeGreaterThan(3);
    const found = search(index, 'meitan', 100);
    for (const id of coal) expect(found.map((h) => h.entry.id), id).toContain(id);
    for (const h of found) expect(h.entry.names.join('')).toMatch(/煤炭/);
  });

  it('"xz2019 2" finds 许政〔2019〕2号 first, not 许政办〔2019〕2号', () => {
    expect(first('xz2019 2')).toMatchObject({ k: 'document', id: '许政〔2019〕2号' });
    expect(ids('xz2019 2')).not.toContain('许政办〔2019〕2号');
    expect(first('xzb2019 2')).toMatchObject({ id: '许政办〔2019〕2号' });
    expect(first('许政〔2019〕2号')).toMatchObject({ id: '许政〔2019〕2号' });
  });

  it('matches aliases (许昌县 is 建安区) and places by name', () => {
    expect(first('xuchangxian')).toMatchObject({ id: '411003' });
    const place = data.places.find((p) => p.name.length > 4)!;
    expect(ids(place.name)).toContain(place.place_id);
  });

  it('finds nothing for a query that matches nothing', () => {
    expect(search(index, 'qqqqzzzz')).toEqual([]);
    expect(search(index, '   ')).toEqual([]);
  });

  it('choosing a result gives the state that shows it', () => {
    expect(patchForEntry(first('yanling')!, data, { layers: ['labels'] })).toEqual({ area: '411024', reader: '' });
    const coal = search(index, 'meitan').find((h) => h.entry.k === 'indicator')!.entry;
    expect(patchForEntry(coal, data, { layers: [] })).toEqual({ indicator: coal.id, reader: '' });
    expect(patchForEntry(first('xz2019 2')!, data, { layers: [] })).toEqual({ reader: '000_e340f357b4b28fe7:500' });
    const place = data.places.find((p) => p.category === 'fire_station')!;
    expect(patchForEntry({ k: 'place', id: place.place_id, names: [place.name], py: [''], en: '' }, data, { layers: ['labels', 'rivers'] }))
      .toEqual({ area: place.place_id, layers: ['labels', 'rivers', 'fire_station'], reader: '' });
  });
});

describe('matching rules', () => {
  const mini = prepare([
    { k: 'document', id: 'a', names: ['许政〔2019〕20号'], py: ['xu zheng 2019 20 hao'], en: '' },
    { k: 'document', id: 'b', names: ['许政〔2019〕2号'], py: ['xu zheng 2019 2 hao'], en: '' },
    { k: 'indicator', id: 'c', names: ['长葛市'], py: ['chang ge shi'], en: 'Changge City' },
  ]);
  it('a whole number beats a number the query only begins', () => {
    expect(search(mini, 'xz2019 2').map((h) => h.entry.id)).toEqual(['b', 'a']);
    expect(search(mini, 'xz2019 20').map((h) => h.entry.id)).toEqual(['a']);
  });
  it('reads syllables whole or by initial, from a syllable start only', () => {
    expect(search(mini, 'changg').map((h) => h.entry.id)).toEqual(['c']);
    expect(search(mini, 'cgs').map((h) => h.entry.id)).toEqual(['c']);
    expect(search(mini, 'gesh').map((h) => h.entry.id)).toEqual(['c']);
    expect(search(mini, 'hangge')).toEqual([]);
    expect(search(mini, 'city').map((h) => h.entry.id)).toEqual(['c']);
    expect(search(mini, 'ity')).toEqual([]);
  });
});

describe('global shortcuts', () => {
  const key = (k: string, o: Partial<{ ctrlKey: boolean; metaKey: boolean; inTextField: boolean }> = {}) =>
    globalShortcut({ key: k, ctrlKey: false, metaKey: false, altKey: false, inTextField: false, ...o });
  it('"/" and "?" open search and the list, but are typed in text fields', () => {
    expect(key('/')).toBe('search');
    expect(key('?')).toBe('help');
    expect(key('/', { inTextField: true })).toBeNull();
    expect(key('?', { inTextField: true })).toBeNull();
  });
  it('Ctrl+K and ⌘K open search everywhere', () => {
    expect(key('k', { ctrlKey: true, inTextField: true })).toBe('search');
    expect(key('K', { metaKey: true })).toBe('search');
    expect(key('k')).toBeNull();
  });
});
