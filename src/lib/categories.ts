/** Place categories: their topic (for the layer panel) and bilingual names, from the shared vocabulary. */
import { PLACE_CATEGORIES, isPlaceCategory, type Topic } from '../schema/vocabulary.ts';
import type { Lang } from './urlState.ts';

export const CONTEXT_LAYERS = ['labels', 'rivers', 'towns', 'extrude'] as const;

/** The topic a category is listed under; a category outside the vocabulary (rejected by the loader) under "other". */
export function categoryTopic(category: string): Topic {
  return isPlaceCategory(category) ? PLACE_CATEGORIES[category].topic : 'other';
}

export function categoryName(lang: Lang, category: string): string {
  return isPlaceCategory(category) ? PLACE_CATEGORIES[category][lang] : category;
}
