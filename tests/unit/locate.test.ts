import { describe, expect, it } from 'vitest';
import { locatePlaces } from '../../pipeline/locate.ts';
import type { PlaceDraft } from '../../pipeline/lib/types.ts';

const base: PlaceDraft = {
  place_id: 'p1', name: '某站', category: 'fire_station', area_code: '411081', area: '禹州市', year: 2025,
  status: 'planned', doc: 'X', seed: 's', line: 1, quote: 'q', note: '',
};
const towns = [{ name: '神垕镇', county_code: '411081', lon: 113.2, lat: 34.1 }];
const labels = new Map<string, [number, number]>([['411081', [113.4, 34.2]]]);

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
});
