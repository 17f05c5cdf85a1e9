import { TOPIC_ORDER } from '../../lib/i18n.ts';
import type { AtlasData } from '../../lib/model.ts';
import type { Topic } from '../../schema/vocabulary.ts';

/** Topics with at least one target or plan value, in the fixed topic order. */
export function instrumentTopics(data: AtlasData): Topic[] {
  const present = new Set<Topic>();
  for (const r of data.indicators) if (r.kind === 'target' || r.kind === 'plan') present.add(data.defById.get(r.indicator)?.topic ?? 'other');
  return TOPIC_ORDER.filter((x) => present.has(x));
}
