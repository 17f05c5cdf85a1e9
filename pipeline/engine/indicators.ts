/**
 * Indicator definitions, held once as authored data: one file per topic under pipeline/documents/indicators/,
 * each `defineIndicators(import.meta.url, topic, [...])`. `indicatorRegistry` joins them; an id defined twice
 * fails the build naming both files.
 */
import { fileURLToPath } from 'node:url';
import { isAbsolute, relative } from 'node:path';
import type { IndicatorDef, Topic } from '../lib/types.ts';

/** 指标性质 where a document's table states it: 约束性 binding, 预期性 expected. */
export type Binding = '' | 'binding' | 'expected';

export type IndicatorDefinition = IndicatorDef & { binding: Binding };

/** [id, unit, name_zh, name_en, description, binding?] */
export type IndicatorEntry = readonly [id: string, unit: string, name_zh: string, name_en: string, description: string, binding?: Binding];

export interface IndicatorSet {
  file: string;
  topic: Topic;
  defs: IndicatorDefinition[];
}

/** A module path as error messages print it: relative to the working directory. */
export function sourcePath(fileUrl: string): string {
  const path = fileUrl.startsWith('file:') ? fileURLToPath(fileUrl) : fileUrl;
  // inside the project: relative (pipeline/documents/…); elsewhere (a test's temporary module): as it is
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

export function defineIndicators(fileUrl: string, topic: Topic, entries: readonly IndicatorEntry[]): IndicatorSet {
  return {
    file: sourcePath(fileUrl),
    topic,
    defs: entries.map(([id, unit, name_zh, name_en, description, binding = '']) => ({ id, topic, name_zh, name_en, unit, description, binding })),
  };
}

export interface IndicatorRegistry {
  get(id: string): IndicatorDefinition | undefined;
  /** the definition of `id`; throws naming `where` when there is none */
  must(id: string, where: string): IndicatorDefinition;
  /** file that defines `id` */
  fileOf(id: string): string | undefined;
  all(): IndicatorDefinition[];
}

export function indicatorRegistry(sets: readonly IndicatorSet[]): IndicatorRegistry {
  const byId = new Map<string, { def: IndicatorDefinition; file: string }>();
  for (const s of sets) {
    for (const d of s.defs) {
      const prev = byId.get(d.id);
      if (prev) throw new Error(`indicator "${d.id}" is defined twice: ${prev.file} and ${s.file}`);
      byId.set(d.id, { def: d, file: s.file });
    }
  }
  return {
    get: (id) => byId.get(id)?.def,
    must(id, where) {
      const d = byId.get(id);
      if (!d) throw new Error(`${where}: indicator "${id}" has no definition in pipeline/documents/indicators/`);
      return d.def;
    },
    fileOf: (id) => byId.get(id)?.file,
    all: () => [...byId.values()].map((x) => x.def),
  };
}
