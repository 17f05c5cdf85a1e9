/** Place categories: their topic (for the layer panel) and bilingual names. Unknown categories fall under "other". */
import type { Topic } from '../../pipeline/lib/types.ts';
import type { Lang } from './urlState.ts';

const KNOWN: Record<string, { topic: Topic; zh: string; en: string }> = {
  coal_enterprise: { topic: 'coal', zh: '重点耗煤企业', en: 'Key coal-consuming enterprises' },
  fire_station: { topic: 'fire', zh: '待改造消防站', en: 'Fire stations to upgrade' },
  fire_training_hall: { topic: 'fire', zh: '消防训练馆', en: 'Fire training halls' },
  tourism_road: { topic: 'tourism_road', zh: '旅游公路线路', en: 'Tourism road routes' },
  wetland_park: { topic: 'wetland', zh: '湿地公园', en: 'Wetland parks' },
  wetland: { topic: 'wetland', zh: '湿地工程', en: 'Wetland works' },
  industrial_park: { topic: 'industry', zh: '产业园区', en: 'Industrial parks' },
  enterprise: { topic: 'industry', zh: '企业', en: 'Enterprises' },
  hospital: { topic: 'health', zh: '医院', en: 'Hospitals' },
  museum: { topic: 'culture', zh: '博物馆', en: 'Museums' },
  scenic_area: { topic: 'culture', zh: '景区', en: 'Scenic areas' },
  town: { topic: 'other', zh: '重点镇', en: 'Key towns' },
  water_project: { topic: 'water', zh: '水利工程', en: 'Water projects' },
  reservoir: { topic: 'water', zh: '水库', en: 'Reservoirs' },
};

export const CONTEXT_LAYERS = ['labels', 'rivers', 'towns', 'extrude'] as const;

export function categoryTopic(category: string): Topic {
  return KNOWN[category]?.topic ?? 'other';
}

export function categoryName(lang: Lang, category: string): string {
  const k = KNOWN[category];
  if (k) return lang === 'zh' ? k.zh : k.en;
  return category.replace(/_/g, ' ');
}
