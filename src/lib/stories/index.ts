// Story detection: articles → stories with stable ids. Pure: the caller passes the previous build's
// article → story map to keep ids across builds.
import { clusterItems, type ClusterItem } from './cluster.ts';
import { assignStoryIds } from './ids.ts';
import { isStorySlug } from './slug.ts';
import { articleTermCounts, documentFrequencies, sharedNames, tfidfVector } from './terms.ts';
import type { DetectedStory, StoryArticle, StoryDetection, StoryMetadataError, StoryOptions } from './types.ts';

export type { DetectedStory, StoryArticle, StoryDetection, StoryOptions } from './types.ts';

export const DEFAULT_STORY_OPTIONS: StoryOptions = {
  joinThreshold: 0.12,
  gapPenaltyPerDoubling: 0.005,
  mergeExtra: 0,
  centroidMergeThreshold: 0.25,
  sameTimeDays: 7,
  termsPerArticle: 60,
  termsPerStory: 200,
  probeTerms: 24,
  reassignRounds: 3,
  lonerRelax: 0.02,
  subjectStorySize: 10,
  leadingNames: 3,
};

const DAY_MS = 86_400_000;

function dayOf(published: string | null): number | null {
  if (!published) return null;
  const ms = Date.parse(published.slice(0, 10));
  return Number.isNaN(ms) ? null : Math.floor(ms / DAY_MS);
}

/** A usable given story, or an error naming the seed when the value is not a slug. */
function givenStory(article: StoryArticle, folder: string, errors: StoryMetadataError[]): string | null {
  if (article.story === undefined) return null;
  const value = article.story.trim();
  if (isStorySlug(value)) return value;
  errors.push({
    file: `${folder}/${article.seed}`,
    message:
      `story "${article.story}" is not a valid story id (lowercase letters, digits and single hyphens, e.g. "${suggestSlug(value)}"); ` +
      'the article is kept in the story detection gives it',
  });
  return null;
}

function suggestSlug(value: string): string {
  const slug = value.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug || 'my-story';
}

/** Publication order: dated articles by day, then undated ones; ties by id. */
function publicationOrder(a: { day: number | null; id: string }, b: { day: number | null; id: string }): number {
  if (a.day !== b.day) return a.day === null ? 1 : b.day === null ? -1 : a.day - b.day;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Every article in exactly one story. `previous` maps article id → story id from the last build, so a
 * story keeps its id as it grows or shrinks and unrelated changes never rename it.
 */
export function detectStories(
  articles: readonly StoryArticle[],
  previous: ReadonlyMap<string, string> = new Map(),
  options: StoryOptions = DEFAULT_STORY_OPTIONS,
  /** The seeds folder as messages name it. */
  folder = 'seeds',
): StoryDetection {
  const errors: StoryMetadataError[] = [];
  const ordered = articles
    .map((article) => ({ article, id: article.id, day: dayOf(article.published), given: givenStory(article, folder, errors) }))
    .sort(publicationOrder);
  const bags = ordered.map(({ article }) => articleTermCounts(article));
  const df = documentFrequencies(bags);
  // Articles given a story are placed there, after detection, so they never pull others along.
  const detected = ordered.flatMap((entry, i) => (entry.given === null ? [{ ...entry, bag: bags[i]! }] : []));
  const items: ClusterItem[] = detected.map(({ bag, day }) => ({
    vector: tfidfVector(bag, df, ordered.length, options.termsPerArticle),
    day,
    names: sharedNames(bag, df),
  }));
  const unnamed = clusterItems(items, options).map((cluster) => ({
    members: cluster.members.map((i) => detected[i]!.id),
    founderTitle: detected[cluster.members[0]!]!.article.title,
  }));
  // A given id that is also a detected story's id (kept from the last build, or the slug `briefing
  // stories` printed) means that story.
  const ids = assignStoryIds(unnamed, previous);
  const byId = new Map<string, DetectedStory>();
  unnamed.forEach((story, i) => byId.set(ids[i]!, { id: ids[i]!, title: story.founderTitle, sources: [...story.members] }));
  for (const { id, article, given } of ordered) {
    if (given === null) continue;
    const story = byId.get(given);
    if (story) story.sources.push(id);
    else byId.set(given, { id: given, title: article.title, sources: [id] });
  }
  const stories = [...byId.values()].map((story) => ({ ...story, sources: [...story.sources].sort() }));
  stories.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  errors.sort((a, b) => (a.file < b.file ? -1 : 1));
  return { stories, errors };
}
