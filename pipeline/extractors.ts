// Every extractor, in one list: the pipeline runs them all and merges their rows.
import type { SeedSet } from './lib/seeds.ts';
import type { ExtractResult } from './lib/types.ts';
import { extractCoal } from './extract/coal.ts';
import { extractSeed000 } from './extract/seed000.ts';
import { extractSeed002 } from './extract/seed002.ts';
import { extractSeed003004 } from './extract/seed003004.ts';
import { extractTourism } from './extract/tourism.ts';
import { extractWetlands } from './extract/wetlands.ts';
import { extractDocuments } from './documents/index.ts';

export const EXTRACTORS: { name: string; run: (s: SeedSet) => ExtractResult }[] = [
  { name: 'coal', run: extractCoal },
  { name: 'tourism', run: extractTourism },
  { name: 'wetlands', run: extractWetlands },
  { name: 'seed000', run: extractSeed000 },
  { name: 'seed002', run: extractSeed002 },
  { name: 'seed003004', run: extractSeed003004 },
  { name: 'documents', run: (s) => extractDocuments(s) },
];
