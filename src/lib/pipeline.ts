// Orchestrates the pure stages: articles → segmented sources → analysis → timeline → Briefing.
import { analyzeSources } from './analysis/analyze.ts';
import { segmentArticle } from './analysis/segment.ts';
import { briefingChanges } from './build/changes.ts';
import { buildTimeline } from './timeline/index.ts';
import type { Article, Briefing, IngestError } from './types.ts';

export interface BriefingOptions {
  /** Target length of the lead paragraph. */
  summaryWords: number;
}

export const DEFAULT_BRIEFING_OPTIONS: BriefingOptions = { summaryWords: 100 };

export function buildBriefing(
  articles: readonly Article[],
  errors: readonly IngestError[],
  options: BriefingOptions = DEFAULT_BRIEFING_OPTIONS,
  previous: Briefing | null = null,
): Briefing {
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const segmented = sorted.map(segmentArticle);
  const { analysis, sources: annotated } = analyzeSources(segmented, options);
  const { sources, events } = buildTimeline(annotated, analysis.claims);
  const headline = pickHeadline(sources, analysis.claims);
  const briefing = { schemaVersion: 1 as const, headline, ...analysis, sources, timeline: events, errors: [...errors] };
  return { ...briefing, changes: briefingChanges(briefing, previous) };
}

/** The title of the source whose sentences appear in the most claims (the first such, by id). */
function pickHeadline(sources: Briefing['sources'], claims: Briefing['claims']): string {
  const claimCount = new Map<string, number>();
  for (const claim of claims) for (const id of claim.sources) claimCount.set(id, (claimCount.get(id) ?? 0) + 1);
  let best = sources[0];
  for (const source of sources) if ((claimCount.get(source.id) ?? 0) > (claimCount.get(best?.id ?? '') ?? 0)) best = source;
  return best?.title ?? 'No sources yet';
}
