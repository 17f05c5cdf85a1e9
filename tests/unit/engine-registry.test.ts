/**
 * The registry as a maintainer meets it: every document module is named by its number and registered once, and the
 * indicator definitions held as data are exactly the committed ones.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../pipeline/lib/csv.ts';
import { DOCUMENTS } from '../../pipeline/documents/index.ts';
import { INDICATORS } from '../../pipeline/documents/indicators/index.ts';
import { TOPICS } from '../../pipeline/lib/types.ts';

/** 许政〔2023〕37号 → 2023/xuzheng-2023-37.ts, 许政办〔2023〕25号 → 2023/xuzhengban-2023-25.ts, DRAFT-2020-MFG → 2020/draft-2020-mfg.ts */
function expectedPath(doc: string): string {
  const m = /^(许政办|许政)〔(\d{4})〕(\d+)号$/.exec(doc);
  if (m) return `pipeline/documents/${m[2]}/${m[1] === '许政' ? 'xuzheng' : 'xuzhengban'}-${m[2]}-${m[3]}.ts`;
  const d = /^DRAFT-(\d{4})-([A-Z]+)$/.exec(doc)!;
  return `pipeline/documents/${d[1]}/draft-${d[1]}-${d[2].toLowerCase()}.ts`;
}

describe('document registry', () => {
  it('names each module by its document number and registers each module once', () => {
    const files = DOCUMENTS.map((m) => relative(process.cwd(), fileURLToPath(m.file)));
    expect(files).toEqual(DOCUMENTS.map((m) => expectedPath(m.doc)));
    expect(new Set(DOCUMENTS.map((m) => m.doc)).size).toBe(DOCUMENTS.length);
    // every module file on disk is registered (a forgotten entry would silently extract nothing)
    const onDisk = readdirSync('pipeline/documents', { withFileTypes: true })
      .filter((d) => d.isDirectory() && /^\d{4}$/.test(d.name))
      .flatMap((d) => readdirSync(join('pipeline/documents', d.name)).map((f) => `pipeline/documents/${d.name}/${f}`));
    expect(onDisk.sort()).toEqual([...files].sort());
  });
});

describe('indicator definitions held once as data', () => {
  const committed = parseCsv(readFileSync('data/indicator-defs.csv', 'utf8'));
  const col = (name: string) => committed.header.indexOf(name);

  it('hold exactly the committed definitions, each under its own topic file', () => {
    const registry = INDICATORS.all();
    expect(registry.map((d) => d.id).sort()).toEqual(committed.rows.map((r) => r.fields[col('id')]).sort());
    for (const r of committed.rows) {
      const d = INDICATORS.get(r.fields[col('id')])!;
      expect([d.topic, d.name_zh, d.name_en, d.unit, d.description]).toEqual(['topic', 'name_zh', 'name_en', 'unit', 'description'].map((c) => r.fields[col(c)]));
      expect(INDICATORS.fileOf(d.id)).toBe(`pipeline/documents/indicators/${d.topic}.ts`);
    }
    for (const d of registry) expect(TOPICS).toContain(d.topic);
  });
});
