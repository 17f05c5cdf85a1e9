/**
 * 许政〔2023〕35号 (气象), seed 002: no figures with a year; the named meteorological sites as places.
 */
import { defineDocument, type PlaceSpec } from '../../engine/index.ts';

export default defineDocument({
  file: import.meta.url,
  doc: '许政〔2023〕35号',
  seed: '002_f07e19463daa5e7b.txt',
  places: [
    { id: 'xiangcheng-tobacco-met-test-base', name: '襄城县烤烟气象服务科学试验基地', category: 'meteorological_facility', t: '加快河南省烤烟气象服务中心、襄城县烤烟气象服务科学试验基地建设', area: '襄城县', status: 'planned' },
    ...([
      ['xiangcheng-national-basic-met-station', '襄城县国家基本气象站', 'weather_station', '襄城县', 'upgrading', 'to be relocated (迁建)'],
      ['yanling-national-basic-met-station', '鄢陵县国家基本气象站', 'weather_station', '鄢陵县', 'upgrading', 'to be relocated (迁建)'],
      ['yuzhou-x-band-weather-radar', '禹州市X波段相控阵天气雷达', 'weather_radar', '禹州市', 'planned', 'to be built (建设及组网应用)'],
      ['xiangcheng-x-band-weather-radar', '襄城县X波段相控阵天气雷达', 'weather_radar', '襄城县', 'planned', 'to be built (建设及组网应用)'],
    ] as const).map(([id, name, category, area, status, what]): PlaceSpec => ({
      id, name, category, area, status, composed: true,
      t: '完成襄城县、鄢陵县国家基本气象站迁建和禹州市、襄城县X波段相控阵天气雷达建设及组网应用',
      note: `${what}; name composed from the list 襄城县、鄢陵县国家基本气象站迁建和禹州市、襄城县X波段相控阵天气雷达建设`,
    })),
  ],
});
