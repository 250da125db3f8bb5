// Page-side access to the briefing the pipeline wrote; pages never analyse text themselves.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Briefing, SourceDoc } from '../types.ts';

let cached: { file: string; mtimeMs: number; briefing: Briefing } | undefined;

/** Read once per build; re-read when the file changes (the dev server rebuilds it on new seeds). */
export function loadBriefing(): Briefing {
  const file = path.join(process.env['BRIEFING_CONTENT'] ?? 'content', 'briefing.json');
  const { mtimeMs } = statSync(file);
  if (cached?.file !== file || cached.mtimeMs !== mtimeMs) {
    cached = { file, mtimeMs, briefing: JSON.parse(readFileSync(file, 'utf8')) as Briefing };
  }
  return cached.briefing;
}

export function sourceById(briefing: Briefing): Map<string, SourceDoc> {
  return new Map(briefing.sources.map((source) => [source.id, source]));
}

/** A short label that tells sources apart on badges: the outlet, or "Source N" when it is unknown. */
export function sourceLabels(briefing: Briefing): Map<string, string> {
  return new Map(briefing.sources.map((source, i) => [source.id, source.outlet ?? `Source ${i + 1}`]));
}

export function outletName(source: Pick<SourceDoc, 'outlet'> | undefined): string {
  return source?.outlet ?? 'unknown outlet';
}
