// Orchestrates the pure stages: articles → stories → per story: segmented sources → analysis →
// timeline → one Briefing holding every story.
import { createHash } from 'node:crypto';
import { analyzeSources, type AnalysisOptions } from './analysis/analyze.ts';
import { segmentArticle } from './analysis/segment.ts';
import { briefingChanges } from './build/changes.ts';
import { fillSharedWith, withoutSharedWith } from './build/shared-with.ts';
import { storyChanges, storyOfSource } from './stories/changes.ts';
import { storyAsBriefing } from './stories/view.ts';
import { detectStories, type DetectedStory } from './stories/index.ts';
import { buildTimeline } from './timeline/index.ts';
import type { Article, Briefing, IngestError, SourceDoc, StoryBriefing } from './types.ts';

/** Summary length, and optionally what the summary should answer (`focus`; default: each story's headline). */
export type BriefingOptions = AnalysisOptions;

export const DEFAULT_BRIEFING_OPTIONS: BriefingOptions = { summaryWords: 100 };

/** One story's analysis as computed from its members alone: what the story cache keeps. */
export interface AnalysedStory {
  headline: string;
  sources: SourceDoc[];
  analysis: Omit<StoryBriefing, 'id' | 'headline' | 'sources' | 'outlets' | 'firstPublished' | 'lastPublished' | 'changes'>;
}

/** Per-story results between builds, keyed by the story's member set and their content hashes. */
export interface StoryCache {
  get(key: string): AnalysedStory | undefined;
  set(key: string, value: AnalysedStory): void;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function buildBriefing(
  articles: readonly Article[],
  errors: readonly IngestError[],
  options: BriefingOptions = DEFAULT_BRIEFING_OPTIONS,
  previous: Briefing | null = null,
  cache?: StoryCache,
): Briefing {
  const sorted = [...articles].sort(byId);
  const detection = detectStories(sorted, previous ? storyOfSource(previous.stories ?? []) : new Map());
  const articleById = new Map(sorted.map((a) => [a.id, a]));
  const analysed = detection.stories.map((story) => {
    const members = story.sources.map((id) => articleById.get(id)!);
    const key = storyKey(members, options);
    const cached = cache?.get(key);
    if (cached) fillSharedWith(cached.sources, cached.analysis.claims);
    const result = cached ?? analyseStory(members, options);
    // Kept without `sharedWith`: a big story's would not fit in one string (shared-with.ts).
    if (!cached) cache?.set(key, { ...result, sources: withoutSharedWith(result.sources) as SourceDoc[] });
    return { story, result };
  });
  const sources = analysed.flatMap(({ result }) => result.sources).sort(byId);
  const stories = analysed.map(({ story, result }) => storyBriefing(story, result, previous));
  const stats = {
    sentences: sum(stories, (s) => s.stats.sentences),
    claims: sum(stories, (s) => s.stats.claims),
    candidatePairs: sum(stories, (s) => s.stats.candidatePairs),
  };
  const only = stories.length === 1 ? stories[0]! : null;
  const base = {
    schemaVersion: 3 as const,
    headline: only ? only.headline : stories.length === 0 ? 'No sources yet' : `${stories.length} stories`,
    ...(only ? topLevelAnalysis(only) : EMPTY_ANALYSIS),
    sources,
    errors: [...errors],
    stats,
    stories,
    storyChanges: storyChanges(stories, previous ? { stories: previous.stories ?? [], storyChanges: previous.storyChanges ?? null } : null),
    storyErrors: detection.errors,
  };
  return { ...base, changes: only ? only.changes : stories.length === 0 ? briefingChanges({ ...base }, previous) : null };
}

/** The cross-source step and the timeline, over one story's articles only. */
export function analyseStory(members: readonly Article[], options: BriefingOptions): AnalysedStory {
  const segmented = members.map(segmentArticle);
  const { analysis, sources: annotated } = analyzeSources(segmented, options);
  const { sources, events } = buildTimeline(annotated, analysis.claims);
  return { headline: pickHeadline(sources, analysis.claims), sources, analysis: { ...analysis, timeline: events } };
}

/** Changes whenever a member, its content or the options change, and only then. */
function storyKey(members: readonly Article[], options: BriefingOptions): string {
  const hash = createHash('sha256').update(JSON.stringify(options));
  for (const member of members) hash.update(`${member.id}\u0000${member.contentHash}\u0000`);
  return hash.digest('hex').slice(0, 32);
}

function storyBriefing(story: DetectedStory, result: AnalysedStory, previous: Briefing | null): StoryBriefing {
  const dates = result.sources.map((s) => s.published?.slice(0, 10)).filter((d): d is string => !!d).sort();
  const outlets = new Set(result.sources.map((s) => s.outlet).filter((o): o is string => o !== null));
  const partial = {
    id: story.id,
    headline: result.headline,
    sources: story.sources,
    outlets: outlets.size,
    firstPublished: dates[0] ?? null,
    lastPublished: dates.at(-1) ?? null,
    ...result.analysis,
  };
  const before = previous?.stories?.find((s) => s.id === story.id);
  const changes = before && previous ? briefingChanges(storyAsBriefing(partial, result.sources), storyAsBriefing(before, previous.sources, previous.errors)) : null;
  return { ...partial, changes };
}

type TopLevelAnalysis = Pick<Briefing, 'claims' | 'summary' | 'keyPoints' | 'quotes' | 'entities' | 'discrepancies' | 'unique' | 'coverage' | 'timeline'>;

const EMPTY_ANALYSIS: TopLevelAnalysis = {
  claims: [], summary: [], keyPoints: [], quotes: [], entities: [], discrepancies: [], unique: [], coverage: [], timeline: [],
};

function topLevelAnalysis(story: StoryBriefing): TopLevelAnalysis {
  const { claims, summary, keyPoints, quotes, entities, discrepancies, unique, coverage, timeline } = story;
  return { claims, summary, keyPoints, quotes, entities, discrepancies, unique, coverage, timeline };
}

function sum<T>(items: readonly T[], of: (item: T) => number): number {
  return items.reduce((total, item) => total + of(item), 0);
}

/** The title of the source whose sentences appear in the most claims (the first such, by id). */
function pickHeadline(sources: Briefing['sources'], claims: Briefing['claims']): string {
  const claimCount = new Map<string, number>();
  for (const claim of claims) for (const id of claim.sources) claimCount.set(id, (claimCount.get(id) ?? 0) + 1);
  let best = sources[0];
  for (const source of sources) if ((claimCount.get(source.id) ?? 0) > (claimCount.get(best?.id ?? '') ?? 0)) best = source;
  return best?.title ?? 'No sources yet';
}
