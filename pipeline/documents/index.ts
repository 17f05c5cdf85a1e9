/**
 * The registry of gazette documents: one module per document, run in this order (by seed, then print order).
 * Adding a gazette: write its module under pipeline/documents/<year>/ and list it here (pipeline/README.md).
 */
import type { SeedSet } from '../lib/seeds.ts';
import { runDocuments, type DocumentModule, type EngineResult } from '../engine/index.ts';
import { INDICATORS } from './indicators/index.ts';
import xuzheng2019_01 from './2019/xuzheng-2019-01.ts';
import xuzheng2019_02 from './2019/xuzheng-2019-02.ts';
import xuzheng2019_03 from './2019/xuzheng-2019-03.ts';
import xuzhengban2019_01 from './2019/xuzhengban-2019-01.ts';
import xuzhengban2019_02 from './2019/xuzhengban-2019-02.ts';
import xuzheng2023_34 from './2023/xuzheng-2023-34.ts';
import xuzheng2023_35 from './2023/xuzheng-2023-35.ts';
import xuzheng2023_37 from './2023/xuzheng-2023-37.ts';
import xuzheng2023_38 from './2023/xuzheng-2023-38.ts';
import xuzheng2023_39 from './2023/xuzheng-2023-39.ts';
import xuzhengban2023_25 from './2023/xuzhengban-2023-25.ts';
import xuzhengban2023_30 from './2023/xuzhengban-2023-30.ts';

export const DOCUMENTS: readonly DocumentModule[] = [
  // seed 000: 许昌市人民政府公报 2019 年第 1 期
  // (the wetland parks and works of 许政〔2019〕1号 are still the wetlands extractor's)
  xuzheng2019_01, xuzheng2019_02, xuzheng2019_03, xuzhengban2019_01, xuzhengban2019_02,
  // seed 002: 许昌市人民政府公报 2023 年第 6 期. Not extracted (no area-year figure): 许政〔2023〕33号 (a commendation:
  // 5000元 per person), 许政办〔2023〕23号 (heavy-pollution emergency plan: AQI thresholds and per-warning-level reduction
  // ratios, no year), 许政办〔2023〕26号, 27号, 28号 (rules; 28号's 2025 goals carry no number), 29号 (emergency plans:
  // incident-grading thresholds, norms). Permanent norms without a year (ICU beds ≥ 12%, 每百户 20 平方米) and ranges
  // (10—15所, 3—5家) are left out.
  xuzheng2023_34, xuzheng2023_35, xuzheng2023_37, xuzheng2023_38, xuzheng2023_39, xuzhengban2023_25, xuzhengban2023_30,
];

/** Run the registered documents (or `docs`) over the seeds. */
export function extractDocuments(seeds: SeedSet, docs: readonly DocumentModule[] = DOCUMENTS): EngineResult {
  return runDocuments(docs, seeds, INDICATORS);
}
