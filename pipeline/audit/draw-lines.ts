// Draws lines of a seed at random for a hand-read recall sample (pipeline/audit/README-<seed>.md says how it was used).
// Frame: the non-blank lines that hold an Arabic digit; order: a Fisher–Yates shuffle driven by mulberry32(rngSeed).
// Usage: npx tsx pipeline/audit/draw-lines.ts <seed file> <rng seed> <count> [skip ranges a-b,c-d]
import { readFileSync } from 'node:fs';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function drawLines(text: string, rngSeed: number, count: number, skip: [number, number][] = []): number[] {
  const frame: number[] = [];
  const skipped = (n: number) => skip.some(([a, b]) => a <= n && n <= b);
  text.split('\n').forEach((l, i) => { if (/[0-9０-９]/.test(l) && !skipped(i + 1)) frame.push(i + 1); });
  const rand = mulberry32(rngSeed);
  for (let i = frame.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [frame[i], frame[j]] = [frame[j], frame[i]];
  }
  return frame.slice(0, count);
}

if (process.argv[1]?.endsWith('draw-lines.ts')) {
  const [file, rng, n, skipArg] = process.argv.slice(2);
  const skip = (skipArg ?? '').split(',').filter(Boolean).map((r) => r.split('-').map(Number) as [number, number]);
  const lines = readFileSync(file, 'utf8').split('\n');
  drawLines(lines.join('\n'), Number(rng), Number(n), skip).forEach((ln, k) => {
    console.log(`#${k + 1} L${ln}`);
    for (let i = ln - 3; i <= ln + 3; i++) if (i >= 1 && i <= lines.length && lines[i - 1].trim()) console.log(`${i === ln ? '>' : ' '}${i}: ${lines[i - 1].trim()}`);
  });
}
