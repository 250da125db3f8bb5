// The story-level part of "what changed": which stories are new, grew, shrank or went since the
// previous build. Carried forward when no story's sources changed, so the same seeds give the same bytes.
import type { StoryChanges } from '../types.ts';

interface StoryMembers {
  id: string;
  sources: readonly string[];
}

export function storyChanges(
  next: readonly StoryMembers[],
  previous: { stories: readonly StoryMembers[]; storyChanges: StoryChanges | null } | null,
): StoryChanges | null {
  if (!previous) return null;
  const before = new Map(previous.stories.map((s) => [s.id, new Set(s.sources)]));
  const after = new Map(next.map((s) => [s.id, new Set(s.sources)]));
  const changes: StoryChanges = { newStories: [], grownStories: [], shrunkStories: [], removedStories: [] };
  for (const [id, sources] of after) {
    const old = before.get(id);
    if (!old) {
      changes.newStories.push(id);
      continue;
    }
    const addedSources = [...sources].filter((s) => !old.has(s)).sort();
    const removedSources = [...old].filter((s) => !sources.has(s)).sort();
    if (addedSources.length > 0) changes.grownStories.push({ story: id, addedSources });
    if (removedSources.length > 0) changes.shrunkStories.push({ story: id, removedSources });
  }
  for (const id of before.keys()) if (!after.has(id)) changes.removedStories.push(id);
  const nothing =
    changes.newStories.length + changes.grownStories.length + changes.shrunkStories.length + changes.removedStories.length === 0;
  if (nothing) return previous.storyChanges;
  changes.newStories.sort();
  changes.removedStories.sort();
  return changes;
}

/** Article id → story id, from a previous build's stories, for stable ids. */
export function storyOfSource(stories: readonly StoryMembers[]): Map<string, string> {
  return new Map(stories.flatMap((story) => story.sources.map((source) => [source, story.id] as const)));
}
