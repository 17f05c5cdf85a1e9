import { existsSync, readFileSync } from 'node:fs';
import { loadSeeds } from './lib/seeds.ts';
import { DATA_FILES, formatProblem, validateData } from './validate.ts';

const files: Record<string, string | undefined> = {};
for (const f of Object.values(DATA_FILES)) files[f] = existsSync(f) ? readFileSync(f, 'utf8') : undefined;
const problems = validateData(files, loadSeeds());
const errors = problems.filter((p) => !p.warning);
for (const p of problems) console.error(formatProblem(p));
const rows = Object.values(files).reduce((n, t) => n + (t ? t.split('\n').length - 2 : 0), 0);
if (errors.length) {
  console.error(`validate: ${errors.length} problem(s) in ${rows} rows`);
  process.exit(1);
}
const warned = problems.length ? `; ${problems.length} warning(s) above (known defects)` : '';
console.log(`validate: ${rows} rows in ${Object.keys(files).length} files, all quotes found in the seeds, all values in their quotes${warned}`);
