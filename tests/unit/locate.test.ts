import { describe, expect, it } from 'vitest';
import { locatePlaces } from '../../pipeline/locate.ts';
import type { PlaceDraft } from '../../pipeline/lib/types.ts';

const base: PlaceDraft = {
  place_id: 'p1', name: '某站', category: 'fire_station', area_code: '411081', area: '禹州市', year: 2025,
  status: 'planned', doc: 'X', seed: 's', line: 1, quote: 'q', note: '',
};
const towns = [
  { name: '神垕镇', county_code: '411081', lon: 113.2, lat: 34.1 },
  { code: '411003105', name: '张潘镇', county_code: '411003', lon: 113.99, lat: 33.99 },
  { code: '411003104', name: '灵井镇', county_code: '411003', lon: null, lat: null },
  { code: '411024103', name: '马坊镇', county_code: '411024', lon: null, lat: null },
  { code: '411081107', name: '马坊镇', county_code: '411081', lon: null, lat: null },
];
const labels = new Map<string, [number, number]>([['411081', [113.4, 34.2]], ['411003', [113.9, 34.0]]]);
const cityWide = { ...base, area_code: '411000', area: '许昌市' };

describe('place locator', () => {
  it('uses the gazetteer town seat when the text names a town in that county', () => {
    const [p] = locatePlaces([{ ...base, town: '神垕' }], towns, labels);
    expect(p).toMatchObject({ lon: '113.200000', lat: '34.100000', location_precision: 'town' });
  });
  it('falls back to the county label point and says so', () => {
    const [p] = locatePlaces([{ ...base, town: '无名镇' }], towns, labels);
    expect(p.location_precision).toBe('county');
    expect(p.note).toMatch(/无名镇/);
  });
  it('gives zones no coordinate at all', () => {
    const [p] = locatePlaces([{ ...base, area_code: 'XC-DCQ', area: '东城区' }], towns, labels);
    expect(p).toMatchObject({ lon: '', lat: '', location_precision: 'none' });
  });
  it('does not take a same-named town from another county', () => {
    const [p] = locatePlaces([{ ...base, area_code: '411082', area: '长葛市', town: '神垕镇' }], towns, labels);
    expect(p.location_precision).not.toBe('town');
  });
  it('gives a city-wide town place the county the gazetteer lists, and its seat where the gazetteer has one', () => {
    const [p] = locatePlaces([{ ...cityWide, town: '张潘' }], towns, labels);
    expect(p).toMatchObject({ area_code: '411003', area: '建安区', lon: '113.990000', lat: '33.990000', location_precision: 'town' });
    expect(p.note).toMatch(/张潘镇 411003105 is in 建安区/);
  });
  it('a gazetteer township without coordinate gives the county and its label point (precision county)', () => {
    const [p] = locatePlaces([{ ...cityWide, town: '灵井' }], towns, labels);
    expect(p).toMatchObject({ area_code: '411003', area: '建安区', lon: '113.900000', location_precision: 'county' });
    expect(p.note).toMatch(/no coordinate for 灵井/);
  });
  it('leaves a city-wide place alone when the township name is in two counties or not in the gazetteer', () => {
    for (const town of ['马坊', '无名镇']) {
      const [p] = locatePlaces([{ ...cityWide, town }], towns, labels);
      expect(p).toMatchObject({ area_code: '411000', area: '许昌市', lon: '', location_precision: 'none' });
    }
  });
});
