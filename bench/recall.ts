// Recall of the candidate index: the claims the analysis finds with it, against an exhaustive run
// that scores every pair of distinct sentences, on one big story. Offline, in the bench process.
import { analyzeSources } from '../src/lib/analysis/analyze.ts';
import { withCandidateOptions } from '../src/lib/analysis/candidates.ts';
import { segmentArticle } from '../src/lib/analysis/segment.ts';
import type { Article } from '../src/lib/types.ts';

export interface RecallRun {
  ms: number;
  claims: number;
  candidatePairs: number;
}

export interface Recall {
  articles: number;
  sentences: number;
  index: RecallRun;
  exhaustive: RecallRun;
  /** Share of exhaustive claims with at least half their citations in one claim of the index run. */
  claimRecall: number;
  /** Share of exhaustive same-claim citation pairs that the index run also puts in one claim. */
  pairRecall: number;
  /** Share of the exhaustive run's claim citations that are in some claim of the index run. */
  citationRecall: number;
}

type Claims = ReadonlyArray<{ citations: ReadonlyArray<{ source: string; sentence: number }> }>;

const key = (c: { source: string; sentence: number }) => `${c.source}#${c.sentence}`;

/** How much of `truth` (exhaustive claims) `found` (index claims) recovers. Pure. */
export function compareClaims(truth: Claims, found: Claims): Pick<Recall, 'claimRecall' | 'pairRecall' | 'citationRecall'> {
  const claimOf = new Map<string, number>();
  found.forEach((claim, id) => {
    for (const c of claim.citations) claimOf.set(key(c), id);
  });
  let claimsFound = 0;
  let pairs = 0;
  let pairsFound = 0;
  let citations = 0;
  let citationsFound = 0;
  for (const claim of truth) {
    const counts = new Map<number, number>();
    for (const c of claim.citations) {
      const id = claimOf.get(key(c));
      if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const n = claim.citations.length;
    const best = Math.max(0, ...counts.values());
    if (best * 2 >= n) claimsFound++;
    pairs += (n * (n - 1)) / 2;
    for (const k of counts.values()) pairsFound += (k * (k - 1)) / 2;
    citations += n;
    for (const k of counts.values()) citationsFound += k;
  }
  return {
    claimRecall: truth.length === 0 ? 1 : claimsFound / truth.length,
    pairRecall: pairs === 0 ? 1 : pairsFound / pairs,
    citationRecall: citations === 0 ? 1 : citationsFound / citations,
  };
}

/** Runs the cross-source analysis twice on the same articles: with the candidate index, then exhaustively. */
export function measureRecall(articles: readonly Article[], log: (message: string) => void): Recall {
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const docs = sorted.map(segmentArticle);
  const run = (exhaustive: boolean) => {
    const t0 = performance.now();
    const { analysis } = withCandidateOptions({ exhaustive }, () => analyzeSources(docs, { summaryWords: 100 }));
    const ms = performance.now() - t0;
    log(`recall: ${exhaustive ? 'exhaustive' : 'candidate index'} run: ${analysis.claims.length} claims, ${analysis.stats.candidatePairs} pairs compared, ${Math.round(ms)} ms`);
    return { analysis, ms };
  };
  const index = run(false);
  const exhaustive = run(true);
  return {
    articles: articles.length,
    sentences: index.analysis.stats.sentences,
    index: { ms: index.ms, claims: index.analysis.claims.length, candidatePairs: index.analysis.stats.candidatePairs },
    exhaustive: { ms: exhaustive.ms, claims: exhaustive.analysis.claims.length, candidatePairs: exhaustive.analysis.stats.candidatePairs },
    ...compareClaims(exhaustive.analysis.claims, index.analysis.claims),
  };
}
