// Page-side access to the briefing the pipeline wrote; pages never analyse text themselves.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fillBriefingSharedWith } from '../build/shared-with.ts';
import { storyAsBriefing } from '../stories/view.ts';
import type { Briefing, SourceDoc, StoryBriefing } from '../types.ts';
import { href } from './urls.ts';

let cached: { file: string; mtimeMs: number; briefing: Briefing } | undefined;

const briefingFile = () => path.join(process.env['BRIEFING_CONTENT'] ?? 'content', 'briefing.json');

/** Read once per build; re-read when the file changes (the dev server rebuilds it on new seeds). */
export function loadBriefing(): Briefing {
  const file = briefingFile();
  const { mtimeMs } = statSync(file);
  if (cached?.file !== file || cached.mtimeMs !== mtimeMs) {
    cached = { file, mtimeMs, briefing: fillBriefingSharedWith(JSON.parse(readFileSync(file, 'utf8')) as Briefing) };
  }
  return cached.briefing;
}

/** content/briefing.json's bytes as the pipeline wrote them (serializeBriefing), for publishing as is. */
export function briefingBytes(): Uint8Array<ArrayBuffer> {
  return readFileSync(briefingFile());
}

/** Per-briefing lookups, computed once: every page and component asks for them. */
function memo<T>(compute: (briefing: Briefing) => T): (briefing: Briefing) => T {
  const cache = new WeakMap<Briefing, T>();
  return (briefing) => {
    if (!cache.has(briefing)) cache.set(briefing, compute(briefing));
    return cache.get(briefing)!;
  };
}

export const sourceById = memo((briefing): ReadonlyMap<string, SourceDoc> => new Map(briefing.sources.map((s) => [s.id, s])));

/** A short label that tells sources apart on badges: the outlet, or "Source N" when it is unknown. */
export const sourceLabels = memo(
  (briefing): ReadonlyMap<string, string> => new Map(briefing.sources.map((s, i) => [s.id, s.outlet ?? `Source ${i + 1}`])),
);

export const claimById = memo((briefing): ReadonlyMap<number, Briefing['claims'][number]> => new Map(briefing.claims.map((c) => [c.id, c])));

/** The sources that share the most claims with this one, most first (ties by id). */
export function relatedSources(briefing: Briefing, id: string, limit: number): SourceDoc[] {
  const doc = sourceById(briefing).get(id);
  const counts = new Map<string, number>();
  for (const sentence of doc?.sentences ?? []) for (const other of sentence.sharedWith) counts.set(other, (counts.get(other) ?? 0) + 1);
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, limit)
    .map(([other]) => sourceById(briefing).get(other))
    .filter((s): s is SourceDoc => s !== undefined);
}

export function outletName(source: Pick<SourceDoc, 'outlet'> | undefined): string {
  return source?.outlet ?? 'unknown outlet';
}

/** With several stories, `/` lists them and each has its own pages; with one, `/` is its briefing. */
export function hasStoryPages(briefing: Briefing): boolean {
  return briefing.stories.length > 1;
}

/** `getStaticPaths` of the per-story pages: one page per story, none when the site holds one story. */
export function storyPagePaths(): { params: { id: string }; props: { id: string } }[] {
  const briefing = loadBriefing();
  return hasStoryPages(briefing) ? briefing.stories.map((story) => ({ params: { id: story.id }, props: { id: story.id } })) : [];
}

/** The story a per-story page is about, with its briefing view. */
export function storyPage(id: string): { story: StoryBriefing; view: Briefing } {
  const briefing = loadBriefing();
  const story = briefing.stories.find((s) => s.id === id);
  if (!story) throw new Error(`no story ${id} in briefing.json`);
  return { story, view: storyView(briefing, story) };
}

export const storyOfSource = memo(
  (briefing): ReadonlyMap<string, StoryBriefing> => new Map(briefing.stories.flatMap((story) => story.sources.map((id) => [id, story] as const))),
);

const views = new WeakMap<StoryBriefing, Briefing>();

/** A story as a one-story Briefing, for the briefing component (computed once per story). */
export function storyView(briefing: Briefing, story: StoryBriefing): Briefing {
  if (!views.has(story)) views.set(story, storyAsBriefing(story, briefing.sources, briefing.errors));
  return views.get(story)!;
}

/** The briefing a source's analysis belongs to: the site's with one story, its story's with several. */
export function briefingOfSource(briefing: Briefing, id: string): Briefing {
  const story = hasStoryPages(briefing) ? storyOfSource(briefing).get(id) : undefined;
  return story ? storyView(briefing, story) : briefing;
}

export function storyHref(id: string, page = ''): string {
  return href(`stories/${encodeURIComponent(id)}/${page}`);
}

/** Stories newest first: by the latest source's date, then by id. */
export function storiesNewestFirst(briefing: Briefing): StoryBriefing[] {
  return [...briefing.stories].sort(
    (a, b) => (b.lastPublished ?? '').localeCompare(a.lastPublished ?? '') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
