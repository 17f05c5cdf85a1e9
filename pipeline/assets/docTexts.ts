/**
 * Build-time: the seeds cut into one text asset per top-level document (a notice with its attached plans), so
 * the source reader fetches one document, never a whole seed, and nothing of the seeds is in the app's bundle.
 */
import type { SeedSet } from '../lib/seeds.ts';
import type { Doc } from '../../src/lib/model.ts';
import { docTextPath, isTopLevel } from '../../src/lib/docText.ts';

/** asset path → the document's seed lines, as stored, joined with "\n" */
export function buildDocTexts(seeds: SeedSet, docs: readonly Doc[]): Map<string, string> {
  const known = new Set(docs.map((d) => d.doc));
  const out = new Map<string, string>();
  for (const d of docs) {
    if (!isTopLevel(d, known)) continue;
    const seed = seeds.get(d.seed);
    if (!seed) throw new Error(`documents.csv: ${d.doc} cites unknown seed ${d.seed}`);
    if (d.first_line < 1 || d.last_line > seed.lines.length || d.first_line > d.last_line) {
      throw new Error(`documents.csv: ${d.doc} lines ${d.first_line}..${d.last_line} outside ${d.seed} (1..${seed.lines.length})`);
    }
    out.set(docTextPath(d), seed.lines.slice(d.first_line - 1, d.last_line).join('\n'));
  }
  return out;
}
