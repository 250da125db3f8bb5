// A sentence's `sharedWith` is its claim's sources other than its own. Written out, it grows with the
// square of a story's size (a wire sentence copied by 1,000 articles lists 999 others in each copy):
// 68% of briefing.json at 1,000 articles, and past V8's longest string at 10,000. So it is left out of
// what is written (briefing.json, the story cache) and filled in again from the claims when read.
import type { Briefing, SourceDoc } from '../types.ts';

type Sentence = SourceDoc['sentences'][number];
type WrittenSentence = Omit<Sentence, 'sharedWith'>;

/** The sources as written: sentences without `sharedWith`. */
export function withoutSharedWith(sources: readonly SourceDoc[]): Array<Omit<SourceDoc, 'sentences'> & { sentences: WrittenSentence[] }> {
  return sources.map((source) => ({ ...source, sentences: source.sentences.map(({ sharedWith: _, ...sentence }) => sentence) }));
}

/** Fills in `sharedWith` of one story's sources from that story's claims (in place). */
export function fillSharedWith(sources: readonly SourceDoc[], claims: readonly { id: number; sources: readonly string[] }[]): void {
  const claimSources = new Map(claims.map((claim) => [claim.id, claim.sources]));
  for (const source of sources) {
    for (const sentence of source.sentences) {
      const carried = sentence.claim === null ? undefined : claimSources.get(sentence.claim);
      sentence.sharedWith = carried ? carried.filter((id) => id !== source.id) : [];
    }
  }
}

/** Fills in `sharedWith` of every source of a briefing read from briefing.json, story by story (in place). */
export function fillBriefingSharedWith(briefing: Briefing): Briefing {
  const byId = new Map(briefing.sources.map((source) => [source.id, source]));
  for (const story of briefing.stories) {
    fillSharedWith(story.sources.map((id) => byId.get(id)).filter((s): s is SourceDoc => s !== undefined), story.claims);
  }
  return briefing;
}
