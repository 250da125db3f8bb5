// Stable story ids. A detected story keeps the id its members had in the previous build (the id most
// of them carried); a new story gets a slug of its founding article's headline, made unique.
import { isStorySlug, slugFromHeadline, uniqueSlug } from './slug.ts';

/** A finished cluster as id assignment sees it. */
export interface UnnamedStory {
  /** Member article ids in joining order: the first is the founder. */
  members: readonly string[];
  founderTitle: string;
}

/**
 * Ids for every story, in the stories' order (publication order of their founders): previous ids
 * first (a story split in two leaves the old id to the part holding more of its members), then fresh
 * slugs.
 */
export function assignStoryIds(stories: readonly UnnamedStory[], previous: ReadonlyMap<string, string>): string[] {
  const ids: (string | null)[] = stories.map(() => null);
  const taken = new Set<string>();
  const claims = stories.map((story, i) => ({ i, ...inheritedId(story, previous) }));
  claims.sort((a, b) => b.count - a.count || a.i - b.i);
  for (const claim of claims) {
    if (ids[claim.i] !== null || claim.id === null || taken.has(claim.id)) continue;
    ids[claim.i] = claim.id;
    taken.add(claim.id);
  }
  return stories.map((story, i) => {
    const kept = ids[i];
    if (kept) return kept;
    const fresh = uniqueSlug(slugFromHeadline(story.founderTitle), taken);
    taken.add(fresh);
    return fresh;
  });
}

/** The previous id most of the story's members had (ties: the founder's side first), and how many had it. */
function inheritedId(story: UnnamedStory, previous: ReadonlyMap<string, string>): { id: string | null; count: number } {
  const counts = new Map<string, number>();
  for (const member of story.members) {
    const id = previous.get(member);
    if (id !== undefined && isStorySlug(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  let best: { id: string | null; count: number } = { id: null, count: 0 };
  for (const [id, count] of counts) if (count > best.count) best = { id, count };
  return best;
}
