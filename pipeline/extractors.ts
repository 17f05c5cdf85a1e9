// Every extractor, in one list: the pipeline runs them all and merges their rows.
import type { SeedSet } from './lib/seeds.ts';
import type { ExtractResult } from './lib/types.ts';
import { extractCoal } from './extract/coal.ts';
import { extractFire } from './extract/fire.ts';
import { extractTourism } from './extract/tourism.ts';
import { extractWetlands } from './extract/wetlands.ts';

export const EXTRACTORS: { name: string; run: (s: SeedSet) => ExtractResult }[] = [
  { name: 'coal', run: extractCoal },
  { name: 'fire', run: extractFire },
  { name: 'tourism', run: extractTourism },
  { name: 'wetlands', run: extractWetlands },
];
