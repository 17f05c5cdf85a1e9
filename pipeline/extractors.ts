// Every extractor, in one list: the pipeline runs them all and merges their rows. The registered documents
// (pipeline/documents/) run as one entry, first: their definitions come from the registry, which holds the committed
// descriptions, so a definition an old extractor shares keeps the registry's. The per-seed / per-topic extractors
// below run until their seeds are ported to document modules.
import type { SeedSet } from './lib/seeds.ts';
import type { ExtractResult } from './lib/types.ts';
import { extractCoal } from './extract/coal.ts';
import { extractSeed000 } from './extract/seed000.ts';
import { extractWetlands } from './extract/wetlands.ts';
import { extractDocuments } from './documents/index.ts';

export const EXTRACTORS: { name: string; run: (s: SeedSet) => ExtractResult }[] = [
  { name: 'documents', run: (s) => extractDocuments(s) },
  { name: 'coal', run: extractCoal },
  { name: 'wetlands', run: extractWetlands },
  { name: 'seed000', run: extractSeed000 },
];
