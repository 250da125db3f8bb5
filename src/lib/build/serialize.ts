import type { Briefing } from '../types.ts';

/** Stable, diff-friendly JSON: the same briefing always gives the same bytes. */
export function serializeBriefing(briefing: Briefing): string {
  return `${JSON.stringify(briefing, null, 2)}\n`;
}
