// Candidate pairs without comparing all pairs. Sentences with the same words are collapsed first
// (syndicated copy repeats a sentence in hundreds of articles); the distinct ones go into an
// inverted index over their rarest tokens, and each proposes the partners that share the most
// rare-word weight with it. Pairs grow ~linearly: ≤ distinct sentences × maxPerSentence, plus
// one link per repeated sentence.
import type { Corpus } from './features.ts';
import { sentenceSimilarity } from './similarity.ts';

export interface CandidateOptions {
  /** How many of a sentence's rarest tokens become index keys. */
  keysPerSentence: number;
  /** Tokens in more distinct sentences than this are only followed from a sentence's rarest keys. */
  maxPosting: number;
  /** How many of a sentence's rarest keys are followed however common they are (bounded by `maxScan`). */
  rarestKeys: number;
  /** Entries read from one long posting list: the nearest in corpus order. */
  maxScan: number;
  /** Each sentence proposes at most this many partners, most shared rare-word weight first. */
  maxPerSentence: number;
  /** Groups of identical sentences up to this product of sizes are paired member by member. */
  fullLinkUpTo: number;
  /**
   * Offline measurement only: every pair of distinct sentences that could score ≥ `exhaustiveFloor`
   * (all pairs sharing a token are scored; pairs sharing none score 0), instead of the index.
   */
  exhaustive: boolean;
  /** The lowest similarity any consumer of the graph's edges looks at (LexRank, number links). */
  exhaustiveFloor: number;
}

export const DEFAULT_CANDIDATES: CandidateOptions = {
  keysPerSentence: 8,
  maxPosting: 30,
  rarestKeys: 2,
  maxScan: 400,
  maxPerSentence: 20,
  fullLinkUpTo: 64,
  exhaustive: false,
  exhaustiveFloor: 0.1,
};

let scoped: Partial<CandidateOptions> | null = null;

/**
 * Runs `fn` with these candidate options in force (the analysis calls `candidatePairs` with the
 * defaults). For the bench's recall measurement: `withCandidateOptions({ exhaustive: true }, …)`.
 */
export function withCandidateOptions<T>(options: Partial<CandidateOptions>, fn: () => T): T {
  const before = scoped;
  scoped = { ...(before ?? {}), ...options };
  try {
    return fn();
  } finally {
    scoped = before;
  }
}

/** Unique pairs [a, b] with a < b, sorted, worth scoring. */
export function candidatePairs(corpus: Corpus, given: CandidateOptions = DEFAULT_CANDIDATES): Array<[number, number]> {
  const options = scoped ? { ...given, ...scoped } : given;
  const groups = identicalGroups(corpus);
  const out = new PairSet(corpus);
  for (const group of groups) out.linkWithin(group, options.fullLinkUpTo);
  const partners = options.exhaustive ? allScoredPartners(corpus, groups, options.exhaustiveFloor) : indexedPartners(corpus, groups, options);
  for (const [g, h] of partners) out.linkBetween(groups[g] ?? [], groups[h] ?? [], options.fullLinkUpTo);
  return out.sorted();
}

/** Node ids grouped by identical token sequence, in order of first appearance; token-less nodes left out. */
function identicalGroups(corpus: Corpus): number[][] {
  const byKey = new Map<string, number[]>();
  for (const node of corpus.nodes) {
    if (node.tokens.length === 0) continue;
    const key = node.tokens.join(' ');
    const list = byKey.get(key);
    if (list) list.push(node.id);
    else byKey.set(key, [node.id]);
  }
  return [...byKey.values()];
}

/** Group pairs [g, h], g < h, proposed by the inverted index over each group's rarest tokens. */
function indexedPartners(corpus: Corpus, groups: readonly number[][], options: CandidateOptions): Array<[number, number]> {
  // Frequencies over distinct sentences: a repeated sentence does not make its words common.
  const df = new Map<string, number>();
  const tokensOf = groups.map((group) => corpus.nodes[group[0] ?? -1]?.tokenSet ?? new Set<string>());
  for (const tokens of tokensOf) for (const t of tokens) df.set(t, (df.get(t) ?? 0) + 1);
  const keysOf = tokensOf.map((tokens) =>
    [...tokens]
      .filter((t) => (df.get(t) ?? 0) >= 2)
      .sort((p, q) => (df.get(p) ?? 0) - (df.get(q) ?? 0) || (p < q ? -1 : p > q ? 1 : 0))
      .slice(0, options.keysPerSentence),
  );
  const postings = new Map<string, number[]>();
  keysOf.forEach((keys, g) => {
    for (const key of keys) {
      const list = postings.get(key);
      if (list) list.push(g);
      else postings.set(key, [g]);
    }
  });
  const pairs: Array<[number, number]> = [];
  keysOf.forEach((keys, g) => {
    // Shared rare-word weight per partner: partners sharing several rare words come first.
    const shared = new Map<number, number>();
    keys.forEach((key, rank) => {
      const list = postings.get(key) ?? [];
      if (list.length > options.maxPosting && rank >= options.rarestKeys) return;
      const weight = corpus.idf.get(key) ?? 0;
      for (const h of nearest(list, g, options.maxScan)) if (h !== g) shared.set(h, (shared.get(h) ?? 0) + weight);
    });
    const best = [...shared].sort((p, q) => q[1] - p[1] || p[0] - q[0]).slice(0, options.maxPerSentence);
    for (const [h] of best) pairs.push(g < h ? [g, h] : [h, g]);
  });
  return pairs;
}

/** Up to `limit` entries of a sorted list, centred on where `at` stands in it. */
function nearest(list: readonly number[], at: number, limit: number): readonly number[] {
  if (list.length <= limit) return list;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  const start = Math.max(0, Math.min(list.length - limit, lo - (limit >> 1)));
  return list.slice(start, start + limit);
}

/** Every group pair whose representatives score at least `floor`: quadratic, for measurement only. */
function allScoredPartners(corpus: Corpus, groups: readonly number[][], floor: number): Array<[number, number]> {
  const reps = groups.map((group) => group[0] ?? 0);
  const pairs: Array<[number, number]> = [];
  for (let g = 0; g < reps.length; g++) {
    for (let h = g + 1; h < reps.length; h++) {
      if (sentenceSimilarity(corpus, reps[g] ?? 0, reps[h] ?? 0) >= floor) pairs.push([g, h]);
    }
  }
  return pairs;
}

/** Node pairs, deduplicated; links between groups of identical sentences stay few. */
class PairSet {
  private readonly seen = new Set<number>();
  private readonly pairs: Array<[number, number]> = [];
  private readonly n: number;
  private readonly corpus: Corpus;

  constructor(corpus: Corpus) {
    this.corpus = corpus;
    this.n = corpus.nodes.length;
  }

  add(a: number, b: number): void {
    if (a === b) return;
    const [x, y] = a < b ? [a, b] : [b, a];
    const key = x * this.n + y;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.pairs.push([x, y]);
  }

  /** Small groups: every pair. Large: each member to the first member from another source (a star). */
  linkWithin(group: readonly number[], fullUpTo: number): void {
    if (group.length < 2) return;
    if (group.length * group.length <= fullUpTo) {
      for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) this.add(group[i] ?? 0, group[j] ?? 0);
      return;
    }
    const hub = group[0] ?? 0;
    const otherHub = group.find((m) => this.source(m) !== this.source(hub)) ?? hub;
    for (const m of group) this.add(m, this.source(m) === this.source(hub) ? otherHub : hub);
  }

  /** Small groups: every cross pair. Large: one pair from different sources (clustering spreads it). */
  linkBetween(left: readonly number[], right: readonly number[], fullUpTo: number): void {
    if (left.length * right.length <= fullUpTo) {
      for (const a of left) for (const b of right) this.add(a, b);
      return;
    }
    for (const a of left.slice(0, 2)) {
      for (const b of right.slice(0, 2)) {
        if (this.source(a) !== this.source(b)) return this.add(a, b);
      }
    }
    this.add(left[0] ?? 0, right[0] ?? 0);
  }

  sorted(): Array<[number, number]> {
    return this.pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  }

  private source(id: number): string {
    return this.corpus.nodes[id]?.source ?? '';
  }
}
