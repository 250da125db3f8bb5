// "What changed": the difference a change of sources made to the briefing.
import type { Briefing, BriefingChanges } from '../types.ts';

const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function sourceIds(briefing: Pick<Briefing, 'sources'>): string[] {
  return briefing.sources.map((s) => s.id);
}

/**
 * Compares the new briefing with the previous build's. When the sources are the same, the previous
 * build's changes are carried forward, so rebuilding the same seeds gives the same bytes.
 */
export function briefingChanges(next: Omit<Briefing, 'changes'>, previous: Briefing | null): BriefingChanges | null {
  if (!previous) return null;
  const before = new Set(sourceIds(previous));
  const after = new Set(sourceIds(next));
  const addedSources = [...after].filter((id) => !before.has(id));
  const removedSources = [...before].filter((id) => !after.has(id));
  if (addedSources.length === 0 && removedSources.length === 0) return previous.changes ?? null;

  const oldPoints = new Set(previous.keyPoints.map((p) => normalise(p.text)));
  const oldQuotes = new Set(previous.quotes.map((q) => normalise(q.text)));
  const oldDiscrepancies = new Set(previous.discrepancies.map((d) => normalise(d.description)));
  const oldReach = new Map(previous.claims.map((c) => [normalise(c.text), c.sources.length]));
  const reach = next.claims.flatMap((claim) => {
    const was = oldReach.get(normalise(claim.text)) ?? 1;
    return was !== claim.sources.length ? [{ text: claim.text, claim: claim.id, before: was, after: claim.sources.length }] : [];
  });
  return {
    addedSources,
    removedSources,
    newKeyPoints: next.keyPoints.filter((p) => !oldPoints.has(normalise(p.text))),
    newQuotes: next.quotes.filter((q) => !oldQuotes.has(normalise(q.text))),
    newDiscrepancies: next.discrepancies.filter((d) => !oldDiscrepancies.has(normalise(d.description))),
    reach,
  };
}
