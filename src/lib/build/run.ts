// The file-touching edge of the pipeline: seeds/ → content/articles/*.md → content/briefing.json.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ingestSeeds, writeContent } from '../ingest/index.ts';
import { buildBriefing, DEFAULT_BRIEFING_OPTIONS, type AnalysedStory, type BriefingOptions } from '../pipeline.ts';
import type { Article, Briefing } from '../types.ts';
import { briefingSchema } from '../schema/briefing.ts';
import { closeTextMemo, openTextMemo } from '../text/memo.ts';
import { EntryFileCache, pipelineFingerprint, readTextMemo, StageCache, writeTextMemo } from './cache.ts';
import { serializeBriefing } from './serialize.ts';

export interface PipelinePaths {
  seedsDir: string;
  contentDir: string;
  /** Where per-article results are cached between builds; none when absent. */
  cacheDir?: string;
}

export interface PipelineLog {
  info(message: string): void;
  warn(message: string): void;
}

export interface PipelineReport {
  briefing: Briefing;
  written: string[];
  unchanged: string[];
  removed: string[];
  /** Articles whose ingest came from the cache. */
  reused: number;
}

/** Logs "N of M" about ten times over a long stage, never for short ones. */
function progress(log: PipelineLog, stage: string) {
  return (done: number, total: number) => {
    const step = Math.max(1, Math.ceil(total / 10));
    if (total >= 200 && (done % step === 0 || done === total)) log.info(`${stage}: ${done} of ${total} articles`);
  };
}

/** The site's analysis options: `BRIEFING_FOCUS` says what every story's summary should answer. */
export function briefingOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): BriefingOptions {
  const focus = env['BRIEFING_FOCUS']?.trim();
  return focus ? { ...DEFAULT_BRIEFING_OPTIONS, focus } : DEFAULT_BRIEFING_OPTIONS;
}

export async function runPipeline(
  paths: PipelinePaths,
  log: PipelineLog,
  options: BriefingOptions = briefingOptionsFromEnv(),
): Promise<PipelineReport> {
  const ingestStart = performance.now();
  const fingerprint = paths.cacheDir ? await pipelineFingerprint() : '';
  const cache = paths.cacheDir ? await StageCache.open<Article>(paths.cacheDir, 'ingest', fingerprint) : undefined;
  const { articles, errors, warnings, reused } = await ingestSeeds(paths.seedsDir, {
    ...(cache ? { cache } : {}),
    onProgress: progress(log, 'ingest'),
  });
  await cache?.save();
  for (const error of errors) log.warn(`${error.file}: ${error.message} (skipped)`);
  for (const warning of warnings) log.warn(`${warning.file}: warning: ${warning.message}`);
  const files = await writeContent(paths.contentDir, articles);
  log.info(
    `ingest: ${articles.length} article(s) published (${reused} from cache), ${errors.length} skipped; ` +
      `${files.written.length} written, ${files.unchanged.length} unchanged, ${files.removed.length} removed in ${elapsed(ingestStart)} ms`,
  );
  const analysisStart = performance.now();
  const briefingFile = path.join(paths.contentDir, 'briefing.json');
  let previousText = await readFile(briefingFile, 'utf8').catch(() => null);
  const previous = readPrevious(previousText, briefingFile, log);
  // Its digest is enough to tell whether the file must be written; the text itself can go.
  const previousDigest = previousText === null ? null : digest(previousText);
  previousText = null;
  const kept = paths.cacheDir ? await readTextMemo(paths.cacheDir, fingerprint) : null;
  if (kept) openTextMemo(kept);
  const storyCache = paths.cacheDir ? new EntryFileCache<AnalysedStory>(paths.cacheDir, 'stories', fingerprint) : undefined;
  let briefing: Briefing;
  let memo: Map<string, unknown>;
  const crossSourceStart = performance.now();
  try {
    briefing = { ...buildBriefing(articles, errors, options, previous, storyCache), warnings };
  } finally {
    memo = closeTextMemo();
  }
  const storyCount = briefing.stories.length;
  // Its own line so the bench can tell the per-story step from the whole analysis.
  log.info(
    `cross-source: ${storyCache ? storyCount - storyCache.hits : storyCount} of ${storyCount} ` +
      `${storyCount === 1 ? 'story' : 'stories'} re-analysed in ${elapsed(crossSourceStart)} ms`,
  );
  await storyCache?.save();
  for (const error of briefing.storyErrors) log.warn(`${error.file}: ${error.message}`);
  if (paths.cacheDir && kept) await writeTextMemo(paths.cacheDir, fingerprint, memo);
  const reusedSentences = kept ? [...memo.keys()].filter((key) => kept.has(key)).length : 0;
  const text = serializeBriefing(briefing);
  // Left alone when nothing changed, so its mtime (and watchers) stay quiet.
  if (digest(text) !== previousDigest) {
    await mkdir(path.dirname(briefingFile), { recursive: true });
    await writeFile(briefingFile, text);
  }
  log.info(
    `analysis: ${briefing.stats.sentences} sentences, ${briefing.stats.claims} shared claims, ` +
      `${briefing.stats.candidatePairs} candidate pairs, ${briefing.stories.reduce((n, s) => n + s.timeline.length, 0)} timeline events ` +
      `in ${briefing.stories.length} ${briefing.stories.length === 1 ? 'story' : 'stories'}` +
      (storyCache ? ` (${storyCache.hits} analysed before)` : '') +
      ` in ${elapsed(analysisStart)} ms ` +
      `(${reusedSentences} of ${memo.size} per-text results from cache)`,
  );
  return { briefing, ...files, reused };
}

/** The last build's briefing, for "what changed"; a missing or unreadable one means a first build. */
function readPrevious(text: string | null, file: string, log: PipelineLog): Briefing | null {
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = briefingSchema.safeParse(json);
  if (parsed.success) return parsed.data as Briefing;
  log.warn(`${file}: previous briefing is not readable (${parsed.error.issues[0]?.message}); "what changed" starts afresh`);
  return null;
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function elapsed(since: number): number {
  return Math.round(performance.now() - since);
}
