// A story seen as a one-story Briefing: the shape the briefing page and "what changed" read.
import type { Briefing, SourceDoc, StoryBriefing } from '../types.ts';

type StoryLike = Omit<StoryBriefing, 'changes'> & { changes?: StoryBriefing['changes'] };

/** The story's own analysis at the top level, with its sources' documents taken from `docs`. */
export function storyAsBriefing(story: StoryLike, docs: readonly SourceDoc[], errors: Briefing['errors'] = []): Briefing {
  const members = new Set(story.sources);
  const { claims, summary, keyPoints, quotes, entities, discrepancies, unique, coverage, timeline, stats } = story;
  return {
    schemaVersion: 3,
    headline: story.headline,
    claims,
    summary,
    keyPoints,
    quotes,
    entities,
    discrepancies,
    unique,
    coverage,
    timeline,
    sources: docs.filter((d) => members.has(d.id)),
    errors,
    changes: story.changes ?? null,
    stats,
    stories: [],
    storyChanges: null,
    storyErrors: [],
  };
}
