// "What changed": the difference a change of sources made to the briefing. Facts are matched by
// the sentences they cite, not by wording, so an old fact re-worded or re-counted is never "new".
import type { Citation } from '../types.ts';
import type { Briefing, BriefingChanges } from '../types.ts';
import type { CitedStatement } from '../analysis/types.ts';
import { readsAlone } from '../analysis/rank.ts';
import { isMetaLine, stripDateline } from '../analysis/summary.ts';

const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const key = (c: Citation) => `${c.source}#${c.sentence}`;

function sourceIds(briefing: Pick<Briefing, 'sources'>): string[] {
  return briefing.sources.map((s) => s.id);
}

/** Sentence → how many sources its fact had in the previous briefing (claims, then statements). */
function previousReach(previous: Briefing): Map<string, number> {
  const reach = new Map<string, number>();
  const note = (citations: readonly Citation[], n: number) => {
    for (const c of citations) reach.set(key(c), Math.max(reach.get(key(c)) ?? 0, n));
  };
  for (const claim of previous.claims) note(claim.citations, claim.sources.length);
  for (const s of [...previous.summary, ...previous.keyPoints]) note(s.citations, s.sourceCount);
  return reach;
}

/** True when the statement states something the previous briefing already had. */
function wasKnown(s: CitedStatement, reach: ReadonlyMap<string, number>, oldTexts: ReadonlySet<string>): boolean {
  return oldTexts.has(normalise(s.text)) || s.citations.some((c) => reach.has(key(c)));
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

  const added = new Set(addedSources);
  const reachBefore = previousReach(previous);
  const oldTexts = new Set([...previous.summary, ...previous.keyPoints].map((p) => normalise(p.text)));
  const fromAdded = (s: CitedStatement) => s.citations.some((c) => added.has(c.source));
  // New facts: what the new article reports that the briefing did not have; its own news first.
  const seen = new Set<string>();
  const newKeyPoints = [...ownNews(next, added, before), ...next.summary.filter(fromAdded), ...next.keyPoints.filter(fromAdded), ...next.keyPoints]
    .filter((s) => !wasKnown(s, reachBefore, oldTexts))
    .filter((s) => {
      const id = s.claim >= 0 ? `c${s.claim}` : normalise(s.text);
      return !seen.has(id) && !!seen.add(id);
    });

  // A quote already in the briefing, now carried by more outlets, is reach, not a new quote.
  const oldQuoteSources = new Map<string, number>();
  for (const q of previous.quotes) {
    oldQuoteSources.set(normalise(q.text), q.sources.length);
    for (const v of q.variants) oldQuoteSources.set(`@${key(v)}`, q.sources.length);
  }
  const quoteBefore = (q: Briefing['quotes'][number]) => oldQuoteSources.get(normalise(q.text)) ?? maxOrUndefined(q.variants.map((v) => oldQuoteSources.get(`@${key(v)}`)));
  const newQuotes = next.quotes.filter((q) => quoteBefore(q) === undefined);
  const quoteReach = next.quotes.flatMap((q) => {
    const was = quoteBefore(q);
    return was !== undefined && was !== q.sources.length ? [{ text: q.text, speaker: q.speaker, before: was, after: q.sources.length }] : [];
  });

  const oldDiscrepancies = new Set(previous.discrepancies.map((d) => normalise(d.description)));
  const reach = next.claims.flatMap((claim) => {
    const old = claim.citations.filter((c) => before.has(c.source));
    if (old.length === 0) return [];
    const was = Math.max(1, ...old.map((c) => reachBefore.get(key(c)) ?? 1));
    return was !== claim.sources.length ? [{ text: claim.text, claim: claim.id, before: was, after: claim.sources.length }] : [];
  });
  return {
    addedSources,
    removedSources,
    newKeyPoints,
    newQuotes,
    newDiscrepancies: next.discrepancies.filter((d) => !oldDiscrepancies.has(normalise(d.description))),
    reach,
    ...(quoteReach.length > 0 ? { quoteReach } : {}),
  };
}

/** The added articles' own news: their first few sentences that no previous source reports. */
function ownNews(next: Omit<Briefing, 'changes'>, added: ReadonlySet<string>, before: ReadonlySet<string>, perSource = 2): CitedStatement[] {
  const claims = new Map(next.claims.map((c) => [c.id, c]));
  return next.sources
    .filter((s) => added.has(s.id))
    .flatMap((source) =>
      (source.sentences ?? [])
        .filter((s) => s.claim === null || !(claims.get(s.claim)?.sources ?? []).some((id) => before.has(id)))
        .map((s) => ({ s, text: stripDateline(s.text) }))
        .filter(({ text }) => !isMetaLine(text) && readsAlone(text) && text.split(/\s+/).length >= 8)
        .slice(0, perSource)
        .map(({ s, text }): CitedStatement => {
          const claim = s.claim === null ? undefined : claims.get(s.claim);
          return claim
            ? { text, claim: claim.id, citations: claim.citations, sourceCount: claim.sources.length }
            : { text, claim: -1, citations: [{ source: source.id, sentence: s.index }], sourceCount: 1 };
        }),
    );
}

function maxOrUndefined(values: ReadonlyArray<number | undefined>): number | undefined {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length > 0 ? Math.max(...known) : undefined;
}
