// STUB (owned by the timeline work): resolve publication dates and build the event timeline.
import type { Claim } from '../analysis/types.ts';
import type { SourceDoc } from '../types.ts';
import type { TimelineEvent } from './types.ts';

export function buildTimeline(docs: readonly SourceDoc[], claims: readonly Claim[]): { sources: SourceDoc[]; events: TimelineEvent[] } {
  void docs;
  void claims;
  throw new Error('buildTimeline: not implemented yet');
}
