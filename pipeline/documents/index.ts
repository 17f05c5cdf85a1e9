/**
 * The registry of gazette documents: one module per document, run in this order (by seed, then print order).
 * Adding a gazette: write its module under pipeline/documents/<year>/ and list it here (pipeline/README.md).
 */
import type { SeedSet } from '../lib/seeds.ts';
import { runDocuments, type DocumentModule, type EngineResult } from '../engine/index.ts';
import { INDICATORS } from './indicators/index.ts';
import xuzheng2023_37 from './2023/xuzheng-2023-37.ts';

export const DOCUMENTS: readonly DocumentModule[] = [
  // seed 002: 许昌市人民政府公报 2023 年第 6 期
  xuzheng2023_37,
];

/** Run the registered documents (or `docs`) over the seeds. */
export function extractDocuments(seeds: SeedSet, docs: readonly DocumentModule[] = DOCUMENTS): EngineResult {
  return runDocuments(docs, seeds, INDICATORS);
}
