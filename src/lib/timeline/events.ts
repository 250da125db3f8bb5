// Sentences that report something happening at a resolved time become events;
// the same event told by several outlets becomes one event with several
// citations, and outlets that disagree on its date are kept as conflicts.
import type { Claim } from '../analysis/types.ts';
import type { Citation, SourceDoc } from '../types.ts';
import { pickAnchor, type Anchor } from './anchor.ts';
import { refDateOf } from './calendar.ts';
import { describeEvent } from './describe.ts';
import { applyMod, contains, PRECISION_RANK } from './interval.ts';
import { tagTemporalExpressions } from './temporal.ts';
import type { TimelineEvent } from './types.ts';
import { contentWords, jaccard } from './words.ts';
import { memoByText } from '../text/memo.ts';
import { appendTo } from '../collections.ts';
import { rareTokenPairs } from '../text/pairs.ts';

/** One dated sentence. */
interface Mention {
  source: string;
  sentence: number;
  claim: number | null;
  anchor: Anchor;
  text: string;
  words: Set<string>;
  /** Why the date may be off: the anchor is relative to an inferred or doubted publication date. */
  uncertainRef: string | null;
}

const SAME_EVENT_OVERLAP = 0.5;

function compareCitations(a: Citation, b: Citation): number {
  return a.source < b.source ? -1 : a.source > b.source ? 1 : a.sentence - b.sentence;
}

/** Tagging is the costly part and depends only on the text and the reference date. */
const tagSentence = memoByText('timex', (text: string, ref: string) => tagTemporalExpressions(text, ref || null));

/**
 * Dated sentences of every source, each resolved against its source's publication
 * date, or the date in `eventRefs` for a source whose stated date is in doubt.
 */
export function collectMentions(docs: readonly SourceDoc[], eventRefs: ReadonlyMap<string, string | null> = new Map()): Mention[] {
  const mentions: Mention[] = [];
  for (const doc of docs) {
    const doubted = eventRefs.has(doc.id);
    const ref = doubted ? (eventRefs.get(doc.id) ?? refDateOf(doc.published)) : refDateOf(doc.published);
    for (const sentence of doc.sentences) {
      const timexes = tagSentence(sentence.text, ref ?? '');
      const anchor = pickAnchor(sentence.text, timexes, ref);
      if (!anchor) continue;
      mentions.push({
        source: doc.id,
        sentence: sentence.index,
        claim: sentence.claim,
        anchor,
        text: sentence.text,
        words: contentWords(sentence.text),
        uncertainRef: !anchor.relative
          ? null
          : doubted
            ? `resolved against ${ref ?? 'an unknown date'}, because the stated publication date is in doubt`
            : doc.publishedSource === 'inferred'
              ? `resolved against an inferred publication date (${ref})`
              : null,
      });
    }
  }
  return mentions;
}

/** Union-find over mention indices. */
function groupMentions(mentions: readonly Mention[]): number[][] {
  const parent = mentions.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  // Same claim: link each mention to the claim's first mention.
  const firstOfClaim = new Map<number, number>();
  // Same date and wording: only mentions with the same value are compared.
  const byValue = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    if (m.claim !== null) {
      const first = firstOfClaim.get(m.claim);
      if (first === undefined) firstOfClaim.set(m.claim, i);
      else union(first, i);
    }
    appendTo(byValue, m.anchor.value, i);
  });
  for (const bucket of byValue.values()) {
    for (const [a, b] of rareTokenPairs(bucket.map((i) => mentions[i]?.words ?? new Set<string>()))) {
      const i = bucket[a] ?? 0;
      const j = bucket[b] ?? 0;
      const [m, other] = [mentions[i], mentions[j]];
      if (m && other && find(i) !== find(j) && jaccard(m.words, other.words) >= SAME_EVENT_OVERLAP) union(i, j);
    }
  }
  const groups = new Map<number, number[]>();
  mentions.forEach((_, i) => {
    const root = find(i);
    appendTo(groups, root, i);
  });
  return [...groups.values()];
}

function compatible(a: Anchor, b: Anchor): boolean {
  return contains(a.interval, b.interval) || contains(b.interval, a.interval);
}

/**
 * The date the group's outlets agree on most: the value compatible with the most
 * sources (one inside the other counts as agreement), then the finer, then the earlier.
 */
function primaryMention(group: readonly Mention[]): Mention {
  // How many sources agree with each mention's date; computed once, not inside the sort.
  const support = new Map(group.map((m) => [m, new Set(group.filter((o) => compatible(m.anchor, o.anchor)).map((o) => o.source)).size]));
  const ranked = [...group].sort(
    (a, b) =>
      (support.get(b) ?? 0) - (support.get(a) ?? 0) ||
      PRECISION_RANK[b.anchor.interval.precision] - PRECISION_RANK[a.anchor.interval.precision] ||
      a.anchor.interval.first - b.anchor.interval.first ||
      (a.uncertainRef ? 1 : 0) - (b.uncertainRef ? 1 : 0) ||
      compareCitations(a, b),
  );
  return ranked[0] as Mention;
}

/** Sentences of the same claims that carry no date of their own still report the event. */
function undatedCitations(claimIds: ReadonlySet<number>, claims: ReadonlyMap<number, Claim>, dated: ReadonlySet<string>): Citation[] {
  const out: Citation[] = [];
  for (const id of [...claimIds].sort((a, b) => a - b)) {
    for (const c of claims.get(id)?.citations ?? []) if (!dated.has(`${c.source}#${c.sentence}`)) out.push({ source: c.source, sentence: c.sentence });
  }
  return out;
}

export function buildEvents(
  docs: readonly SourceDoc[],
  claims: readonly Claim[],
  eventRefs: ReadonlyMap<string, string | null> = new Map(),
): TimelineEvent[] {
  const mentions = collectMentions(docs, eventRefs);
  const dated = new Set(mentions.map((m) => `${m.source}#${m.sentence}`));
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const drafts = groupMentions(mentions).map((indices) => {
    const group = indices.map((i) => mentions[i] as Mention);
    const primary = primaryMention(group);
    const agreeing = group.filter((m) => compatible(m.anchor, primary.anchor));
    const conflicting = group.filter((m) => !compatible(m.anchor, primary.anchor));
    const claimIds = new Set(group.flatMap((m) => (m.claim === null ? [] : [m.claim])));
    const citations = dedupe([...agreeing, ...undatedCitations(claimIds, claimById, dated)]).sort(compareCitations);
    const conflictDates = [...new Set(conflicting.map((m) => m.anchor.value))].sort();
    const conflicts = conflictDates.map((date) => ({
      date,
      citations: dedupe(conflicting.filter((m) => m.anchor.value === date)).sort(compareCitations),
    }));
    const sources = [...new Set([...citations, ...conflicts.flatMap((c) => c.citations)].map((c) => c.source))].sort();
    const event: TimelineEvent = {
      id: 0,
      date: primary.anchor.value,
      precision: primary.anchor.interval.precision,
      description: describeEvent(primary.text, primary.anchor.start, primary.anchor.end),
      citations,
      sources,
      conflicts,
    };
    if (primary.anchor.mod) event.mod = primary.anchor.mod;
    const uncertain = agreeing.every((m) => m.uncertainRef !== null) ? primary.uncertainRef : null;
    if (uncertain) event.uncertain = uncertain;
    return { event, sortKey: applyMod(primary.anchor.interval, primary.anchor.mod).first, first: citations[0] ?? primary };
  });
  drafts.sort(
    (a, b) =>
      a.sortKey - b.sortKey ||
      PRECISION_RANK[a.event.precision] - PRECISION_RANK[b.event.precision] ||
      compareCitations(a.first, b.first),
  );
  return drafts.map((d, i) => ({ ...d.event, id: i + 1 }));
}

function dedupe(items: readonly Citation[]): Citation[] {
  const seen = new Map<string, Citation>();
  for (const c of items) seen.set(`${c.source}#${c.sentence}`, { source: c.source, sentence: c.sentence });
  return [...seen.values()];
}
