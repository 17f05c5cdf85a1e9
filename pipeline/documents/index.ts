/**
 * The registry of gazette documents: one module per document, run in this order (by seed, then print order).
 * Adding a gazette: write its module under pipeline/documents/<year>/ and list it here (pipeline/README.md).
 */
import type { SeedSet } from '../lib/seeds.ts';
import { runDocuments, type DocumentModule, type EngineResult } from '../engine/index.ts';
import { INDICATORS } from './indicators/index.ts';
import draft2020Mfg from './2020/draft-2020-mfg.ts';
import xuzheng2020_7 from './2020/xuzheng-2020-7.ts';
import xuzheng2020_9 from './2020/xuzheng-2020-9.ts';
import xuzheng2020_10 from './2020/xuzheng-2020-10.ts';
import xuzheng2020_11 from './2020/xuzheng-2020-11.ts';
import xuzheng2020_12 from './2020/xuzheng-2020-12.ts';
import xuzheng2020_13 from './2020/xuzheng-2020-13.ts';
import xuzheng2020_14 from './2020/xuzheng-2020-14.ts';
import xuzheng2020_15 from './2020/xuzheng-2020-15.ts';
import xuzheng2020_16 from './2020/xuzheng-2020-16.ts';
import xuzheng2020_17 from './2020/xuzheng-2020-17.ts';
import xuzheng2020_18 from './2020/xuzheng-2020-18.ts';
import xuzheng2023_34 from './2023/xuzheng-2023-34.ts';
import xuzheng2023_35 from './2023/xuzheng-2023-35.ts';
import xuzheng2023_37 from './2023/xuzheng-2023-37.ts';
import xuzheng2023_38 from './2023/xuzheng-2023-38.ts';
import xuzheng2023_39 from './2023/xuzheng-2023-39.ts';
import xuzhengban2023_25 from './2023/xuzhengban-2023-25.ts';
import xuzhengban2023_30 from './2023/xuzhengban-2023-30.ts';

export const DOCUMENTS: readonly DocumentModule[] = [
  // seed 002: 许昌市人民政府公报 2023 年第 6 期. Not extracted (no area-year figure): 许政〔2023〕33号 (a commendation:
  // 5000元 per person), 许政办〔2023〕23号 (heavy-pollution emergency plan: AQI thresholds and per-warning-level reduction
  // ratios, no year), 许政办〔2023〕26号, 27号, 28号 (rules; 28号's 2025 goals carry no number), 29号 (emergency plans:
  // incident-grading thresholds, norms). Permanent norms without a year (ICU beds ≥ 12%, 每百户 20 平方米) and ranges
  // (10—15所, 3—5家) are left out.
  xuzheng2023_34, xuzheng2023_35, xuzheng2023_37, xuzheng2023_38, xuzheng2023_39, xuzhengban2023_25, xuzhengban2023_30,
  // seed 003: the manufacturing plan's consultation draft (no number)
  draft2020Mfg,
  // seed 004: 许昌市人民政府公报 2020 年第 2 期 (智造之都、宜居之城). 许政〔2020〕8号 (营商环境) gives no figure with a year
  // (service time limits such as 1个工作日, 90%以上) and has no module.
  xuzheng2020_7, xuzheng2020_9, xuzheng2020_10, xuzheng2020_11, xuzheng2020_12, xuzheng2020_13, xuzheng2020_14, xuzheng2020_15,
  xuzheng2020_16, xuzheng2020_17, xuzheng2020_18,
];

/** Run the registered documents (or `docs`) over the seeds. */
export function extractDocuments(seeds: SeedSet, docs: readonly DocumentModule[] = DOCUMENTS): EngineResult {
  return runDocuments(docs, seeds, INDICATORS);
}
