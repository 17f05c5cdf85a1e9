// Every extractor, in one list: the pipeline runs them all and merges their rows. The registered documents
// (pipeline/documents/) run as one entry, first: their definitions come from the registry. The wetlands
// extractor still runs apart: it accounts for every 湿地 mention across the seeds, and its places belong to two
// documents (许政〔2019〕1号, 许政〔2023〕15号) whose modules do not yet hold them.
import type { SeedSet } from './lib/seeds.ts';
import type { ExtractResult } from './lib/types.ts';
import { extractWetlands } from './extract/wetlands.ts';
import { extractDocuments } from './documents/index.ts';

export const EXTRACTORS: { name: string; run: (s: SeedSet) => ExtractResult }[] = [
  { name: 'documents', run: (s) => extractDocuments(s) },
  { name: 'wetlands', run: extractWetlands },
];
