/**
 * The registry of gazette documents: one module per document, run in this order (by seed, then print order).
 * Adding a gazette: write its module under pipeline/documents/<year>/ and list it here (pipeline/README.md).
 */
import type { SeedSet } from '../lib/seeds.ts';
import { runDocuments, type DocumentModule, type EngineResult } from '../engine/index.ts';
import { INDICATORS } from './indicators/index.ts';
import xuzheng2023_14 from './2023/xuzheng-2023-14.ts';
import xuzheng2023_15 from './2023/xuzheng-2023-15.ts';
import xuzheng2023_16 from './2023/xuzheng-2023-16.ts';
import xuzheng2023_17 from './2023/xuzheng-2023-17.ts';
import xuzheng2023_18 from './2023/xuzheng-2023-18.ts';
import xuzheng2023_19 from './2023/xuzheng-2023-19.ts';
import xuzheng2023_20 from './2023/xuzheng-2023-20.ts';
import xuzheng2023_23 from './2023/xuzheng-2023-23.ts';
import xuzheng2023_24 from './2023/xuzheng-2023-24.ts';
import xuzheng2023_25 from './2023/xuzheng-2023-25.ts';
import xuzhengban2023_11 from './2023/xuzhengban-2023-11.ts';
import xuzhengban2023_14 from './2023/xuzhengban-2023-14.ts';
import xuzhengban2023_15 from './2023/xuzhengban-2023-15.ts';
import xuzhengban2023_16 from './2023/xuzhengban-2023-16.ts';

export const DOCUMENTS: readonly DocumentModule[] = [
  // seed 001: 许昌市人民政府公报 2023 年第 4 期 (许政〔2023〕21号, 22号, 许政办〔2023〕12号, 13号: policy parameters and
  // procedures only, no module)
  xuzheng2023_14,
  xuzheng2023_15,
  xuzheng2023_16,
  xuzheng2023_17,
  xuzheng2023_18,
  xuzheng2023_19,
  xuzheng2023_20,
  xuzheng2023_23,
  xuzheng2023_24,
  xuzheng2023_25,
  xuzhengban2023_11,
  xuzhengban2023_14,
  xuzhengban2023_15,
  xuzhengban2023_16,
];

/** Run the registered documents (or `docs`) over the seeds. */
export function extractDocuments(seeds: SeedSet, docs: readonly DocumentModule[] = DOCUMENTS): EngineResult {
  return runDocuments(docs, seeds, INDICATORS);
}
