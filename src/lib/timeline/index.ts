// The timeline stage: publication dates for every source, then the events.
import type { Claim } from '../analysis/types.ts';
import type { SourceDoc } from '../types.ts';
import { buildEvents } from './events.ts';
import { resolvePublicationDates } from './publication.ts';
import type { TimelineEvent } from './types.ts';

/**
 * Returns copies of `docs` with `published`, `publishedSource` and
 * `publishedReason` filled in (inferred where missing, with a reason), and the
 * de-duplicated, chronologically sorted events of the story.
 */
export function buildTimeline(docs: readonly SourceDoc[], claims: readonly Claim[]): { sources: SourceDoc[]; events: TimelineEvent[] } {
  const dates = resolvePublicationDates(docs, claims);
  const eventRefs = new Map<string, string | null>();
  const sources = docs.map((doc, i): SourceDoc => {
    const date = dates[i];
    if (date?.uncertain) {
      eventRefs.set(doc.id, date.eventRef ?? null);
      return { ...doc, publishedReason: doc.publishedReason ?? null, publishedUncertain: date.uncertain };
    }
    if (!date || doc.published) return { ...doc, publishedReason: doc.publishedReason ?? null };
    return { ...doc, published: date.date, publishedSource: date.provenance, publishedReason: date.reason };
  });
  return { sources, events: buildEvents(sources, claims, eventRefs) };
}
