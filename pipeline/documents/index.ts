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
import xuzheng2019_01 from './2019/xuzheng-2019-1.ts';
import xuzheng2019_02 from './2019/xuzheng-2019-2.ts';
import xuzheng2019_03 from './2019/xuzheng-2019-3.ts';
import xuzhengban2019_01 from './2019/xuzhengban-2019-1.ts';
import xuzhengban2019_02 from './2019/xuzhengban-2019-2.ts';
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
import xuzheng2023_34 from './2023/xuzheng-2023-34.ts';
import xuzheng2023_35 from './2023/xuzheng-2023-35.ts';
import xuzheng2023_37 from './2023/xuzheng-2023-37.ts';
import xuzheng2023_38 from './2023/xuzheng-2023-38.ts';
import xuzheng2023_39 from './2023/xuzheng-2023-39.ts';
import xuzhengban2023_25 from './2023/xuzhengban-2023-25.ts';
import xuzhengban2023_30 from './2023/xuzhengban-2023-30.ts';

export const DOCUMENTS: readonly DocumentModule[] = [
  // seed 000: 许昌市人民政府公报 2019 年第 1 期
  xuzheng2019_01, xuzheng2019_02, xuzheng2019_03, xuzhengban2019_01, xuzhengban2019_02,
  // seed 001: 许昌市人民政府公报 2023 年第 4 期. No module (policy parameters and procedures only): 许政〔2023〕21号,
  // 22号, 许政办〔2023〕12号, 13号.
  xuzheng2023_14, xuzheng2023_15, xuzheng2023_16, xuzheng2023_17, xuzheng2023_18, xuzheng2023_19, xuzheng2023_20,
  xuzheng2023_23, xuzheng2023_24, xuzheng2023_25, xuzhengban2023_11, xuzhengban2023_14, xuzhengban2023_15, xuzhengban2023_16,
  // seed 002: 许昌市人民政府公报 2023 年第 6 期. Not extracted (no area-year figure): 许政〔2023〕33号 (a commendation:
  // 5000元 per person), 许政办〔2023〕23号 (heavy-pollution emergency plan: AQI thresholds and per-warning-level reduction
  // ratios, no year), 许政办〔2023〕26号, 27号, 28号 (rules; 28号's 2025 goals carry no number), 29号 (emergency plans:
  // incident-grading thresholds, norms). Permanent norms without a year (ICU beds ≥ 12%, 每百户 20 平方米) and ranges
  // (10—15所, 3—5家) are left out.
  xuzheng2023_34, xuzheng2023_35, xuzheng2023_37, xuzheng2023_38, xuzheng2023_39, xuzhengban2023_25, xuzhengban2023_30,
  // seed 003: the manufacturing plan's consultation draft (no number)
  draft2020Mfg,
  // seed 004: 许昌市人民政府公报 2020 年第 2 期 (智造之都、宜居之城): each notice with the plan it attaches; rows carry the
  // notice number. 许政〔2020〕8号 (营商环境) gives no figure with a year and has no module.
  // Not emitted (judged out of scope; precision first):
  // - figures whose sentence and heading give no year: all of 许政〔2020〕8号 (service time limits such as 1个工作日,
  //   90%以上); the 重点工作 figures of 10号 (路网密度 8公里/平方公里, 人均道路面积, 公交分担率, 亮灯率, 绿地率 37.5%,
  //   林荫路 92%, the stable 污水处理率 97%/93%, 道路完好率); 11号 村庄林木覆盖率 25% / 庭院绿化率 40%; 13号 龙头企业 100家,
  //   合作社 200家, 1824个益农信息社, 机械化率 88%, 粪污 95%/80%, 灌溉系数 0.7, 测土配方 95% / 化肥利用率 40%, 秸秆 95%;
  //   15号 出口份额 30%/50%, 进口 10%, 发制品出口 8%; 16号 文明村镇 60%; 17号 30% 乡镇卫生院, 满意度 90%; 7号 煤炭洗选率
  //   85%, 33处易涝点, grid projects, and 3座/8万吨 sewage plants "未来三年内"; 三年内 3000名乡村文化能人 (16号);
  // - annual rates (每年…: 100项技改, 信贷投放 180亿元, 1—2家上市, 200家科技型中小企业, visits, budgets), ranges (1—2家,
  //   1—2个, 2—3个, 10—50万元), design standards (0.01mm 农膜, 3000元/亩, corridor widths, 11号's 每个县（市、区）
  //   1处300亩以上 parks; 11号's 25% / 40% read as 森林乡村 creation standards),
  //   amounts without a year (draft: 10亿元基金, 100家上市后备; both: 资本金 5亿元/2亿元), and 17号's "2020年年底每个县至少有
  //   一所综合医院达到二级甲等" (which units 每个县 covers is unclear);
  // - sites whose county the text does not give (瑞贝卡/邓庄/高铁北站污水处理厂, 曹寨水厂, 龙岗电厂, the enterprises of 9号
  //   and 15号, 静脉产业园, 硅碳先进材料产业园 (only its 责任单位 is 襄城县), 颍云物联网小镇, 十里庙 and 钧台钧窑址 parks),
  //   except townships (located from the gazetteer); the draft's per-county industry-focus lists (not sites); the
  //   generic wetland mentions (no named wetland, no wetland figure: tests/unit/extract-wetlands.test.ts lists them).
  xuzheng2020_7, xuzheng2020_9, xuzheng2020_10, xuzheng2020_11, xuzheng2020_12, xuzheng2020_13, xuzheng2020_14, xuzheng2020_15,
  xuzheng2020_16, xuzheng2020_17, xuzheng2020_18,
];

/** Run the registered documents (or `docs`) over the seeds. */
export function extractDocuments(seeds: SeedSet, docs: readonly DocumentModule[] = DOCUMENTS): EngineResult {
  return runDocuments(docs, seeds, INDICATORS);
}
