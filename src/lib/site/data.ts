// Page-side access to the briefing the pipeline wrote; pages never analyse text themselves.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Briefing, SourceDoc } from '../types.ts';

let cached: Briefing | undefined;

export function loadBriefing(): Briefing {
  cached ??= JSON.parse(
    readFileSync(path.join(process.env.BRIEFING_CONTENT ?? 'content', 'briefing.json'), 'utf8'),
  ) as Briefing;
  return cached;
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
