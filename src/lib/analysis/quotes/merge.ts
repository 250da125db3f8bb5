// The same quote from several outlets (or repeated in one) becomes one Quote with each wording kept.
import { appendTo } from '../../collections.ts';
import { rareTokenPairs } from '../../text/pairs.ts';
import { contentTokens, NEG, words } from '../../text/tokens.ts';
import type { Citation } from '../../types.ts';
import type { Quote, QuoteVariant } from '../types.ts';
import type { SpeakerKind } from './speakers.ts';

/** One quote as one outlet printed it, before merging. */
export interface RawQuote {
  source: string;
  sentence: number;
  block: number;
  text: string;
  speaker: string | null;
  speakerKind: SpeakerKind | null;
  partial: boolean;
  attributed: boolean;
  /** Every sentence the quoted words run through (a quote can span several). */
  sentences: number[];
}

/** The same quote from several sources (or repeated in one) becomes one Quote with variants. */
export function mergeAcrossSources(raw: readonly RawQuote[]): { quotes: Quote[]; coverage: Citation[][] } {
  const tokens = raw.map((q) => new Set(contentTokens(q.text)));
  const parent = raw.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  for (const [i, j] of rareTokenPairs(tokens)) {
    const a = raw[i];
    const b = raw[j];
    // Two named, different speakers never share a quote; that disagreement is kept apart.
    if (!a || !b || (a.speaker !== null && b.speaker !== null && a.speaker !== b.speaker)) continue;
    const ta = tokens[i] ?? new Set<string>();
    const tb = tokens[j] ?? new Set<string>();
    let shared = 0;
    for (const t of ta) if (tb.has(t) && t !== NEG) shared++;
    const containment = shared / Math.max(1, Math.min(ta.size, tb.size));
    if (shared >= 4 && containment >= 0.6) parent[find(j)] = find(i);
  }
  const groups = new Map<number, number[]>();
  raw.forEach((_, i) => appendTo(groups, find(i), i));
  const quotes: Array<Omit<Quote, 'id'> & { covered: Citation[] }> = [];
  for (const members of groups.values()) {
    const variants: QuoteVariant[] = members.map((i) => raw[i]).filter((q) => q !== undefined).map((q) => ({ source: q.source, sentence: q.sentence, text: q.text }));
    variants.sort((p, q) => (p.source < q.source ? -1 : p.source > q.source ? 1 : p.sentence - q.sentence));
    const quotesIn = members.map((i) => raw[i]).filter((q) => q !== undefined);
    quotes.push({
      ...speakerOf(quotesIn),
      text: canonicalWording(variants.map((v) => v.text)),
      partial: quotesIn.every((q) => q.partial),
      variants,
      sources: [...new Set(variants.map((v) => v.source))].sort(),
      covered: quotesIn.flatMap((q) => q.sentences.map((sentence) => ({ source: q.source, sentence }))),
    });
  }
  const sorted = quotes.sort((p, q) => compareVariant(p.variants[0], q.variants[0]));
  return {
    quotes: sorted.map(({ covered: _covered, ...q }, id) => ({ id, ...q })),
    coverage: sorted.map((q) => q.covered),
  };
}

function compareVariant(a: QuoteVariant | undefined, b: QuoteVariant | undefined): number {
  if (!a || !b) return 0;
  return a.source < b.source ? -1 : a.source > b.source ? 1 : a.sentence - b.sentence;
}

/** The most common wording (compared on normalised words), else the longest. */
function canonicalWording(texts: readonly string[]): string {
  const counts = new Map<string, { count: number; text: string }>();
  for (const t of texts) {
    const key = words(t).join(' ');
    const entry = counts.get(key) ?? { count: 0, text: t };
    entry.count++;
    counts.set(key, entry);
  }
  const ranked = [...counts.values()].sort((a, b) => b.count - a.count || b.text.length - a.text.length || (a.text < b.text ? -1 : 1));
  return ranked[0]?.text ?? '';
}

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}

/** The speaker most of the wordings give, with the kind it was resolved as. */
function speakerOf(quotes: readonly RawQuote[]): { speaker: string | null; speakerKind: SpeakerKind | null } {
  const speaker = mostCommon(quotes.map((q) => q.speaker).filter((s): s is string => s !== null));
  return { speaker, speakerKind: quotes.find((q) => q.speaker === speaker)?.speakerKind ?? null };
}
