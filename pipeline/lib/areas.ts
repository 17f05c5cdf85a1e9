/** The areas indicators can refer to. Counties have polygons; the functional zones have none (no published boundary). */

export interface Area {
  code: string;
  name_zh: string;
  name_en: string;
  /** central: a part of the city across several counties (中心城区), neither ranked nor mapped with them */
  kind: 'city' | 'county' | 'zone' | 'central';
  /** short names for map labels and compact UI */
  short_zh: string;
  short_en: string;
  /** other spellings used in the seeds, longest first is not required; matched exactly after whitespace removal */
  aliases: string[];
}

export const AREAS: readonly Area[] = [
  { code: '411000', short_zh: '许昌市', short_en: "Xuchang", name_zh: '许昌市', name_en: 'Xuchang City', kind: 'city', aliases: ['全市', '市本级', '许昌'] },
  { code: '411002', short_zh: '魏都区', short_en: "Weidu", name_zh: '魏都区', name_en: 'Weidu District', kind: 'county', aliases: ['魏都'] },
  // 建安区 was 许昌县 (old code 411023) until 2016
  { code: '411003', short_zh: '建安区', short_en: "Jian'an", name_zh: '建安区', name_en: "Jian'an District", kind: 'county', aliases: ['建安', '许昌县'] },
  { code: '411024', short_zh: '鄢陵县', short_en: "Yanling", name_zh: '鄢陵县', name_en: 'Yanling County', kind: 'county', aliases: ['鄢陵'] },
  { code: '411025', short_zh: '襄城县', short_en: "Xiangcheng", name_zh: '襄城县', name_en: 'Xiangcheng County', kind: 'county', aliases: ['襄城'] },
  { code: '411081', short_zh: '禹州市', short_en: "Yuzhou", name_zh: '禹州市', name_en: 'Yuzhou City', kind: 'county', aliases: ['禹州'] },
  { code: '411082', short_zh: '长葛市', short_en: "Changge", name_zh: '长葛市', name_en: 'Changge City', kind: 'county', aliases: ['长葛'] },
  {
    code: 'XC-SFQ', short_zh: '示范区', short_en: "Demo Zone", name_zh: '示范区', name_en: 'Urban-Rural Integration Demonstration Zone', kind: 'zone',
    aliases: ['城乡一体化示范区', '市城乡一体化示范区', '许昌城乡一体化示范区'],
  },
  {
    code: 'XC-JKQ', short_zh: '经开区', short_en: "Dev. Zone", name_zh: '经济技术开发区', name_en: 'Economic and Technological Development Zone', kind: 'zone',
    aliases: ['经开区', '开发区', '许昌经济技术开发区', '市经济技术开发区'],
  },
  { code: 'XC-DCQ', short_zh: '东城区', short_en: "Dongcheng", name_zh: '东城区', name_en: 'Dongcheng District', kind: 'zone', aliases: ['市东城区'] },
  // issue 11: 中心城区 / 市区 / 建成区 figures are the central city's, not the whole city's (411000); no published boundary
  { code: 'XC-ZXCQ', short_zh: '中心城区', short_en: 'Central city', name_zh: '中心城区', name_en: 'Central city', kind: 'central', aliases: ['市区', '城市建成区'] },
];

export const AREA_CODES = new Set(AREAS.map((a) => a.code));
const byName = new Map<string, Area>();
for (const a of AREAS) for (const n of [a.name_zh, ...a.aliases]) byName.set(n, a);

/** Resolve a printed area name (whitespace and line breaks ignored) to its Area; throws with the name if unknown. */
export function resolveArea(printed: string): Area {
  const key = printed.replace(/\s+/g, '');
  const a = byName.get(key);
  if (!a) throw new Error(`unknown area name "${printed}"`);
  return a;
}

export function tryResolveArea(printed: string): Area | undefined {
  return byName.get(printed.replace(/\s+/g, ''));
}

export function areaByCode(code: string): Area | undefined {
  return AREAS.find((a) => a.code === code);
}
