// Candidate pairs without comparing all pairs: an inverted index over each sentence's rarest tokens.
// A posting list is only used when the token is rare-ish (bounded length), so pairs grow ~linearly.
import type { Corpus } from './features.ts';

export interface CandidateOptions {
  /** How many of a sentence's rarest tokens become index keys. */
  keysPerSentence: number;
  /** Tokens in more sentences than this are too common to index. */
  maxPosting: number;
}

export const DEFAULT_CANDIDATES: CandidateOptions = { keysPerSentence: 8, maxPosting: 30 };

/** Unique pairs [a, b] with a < b, sorted, sharing at least one index key. */
export function candidatePairs(corpus: Corpus, options: CandidateOptions = DEFAULT_CANDIDATES): Array<[number, number]> {
  const postings = new Map<string, number[]>();
  for (const node of corpus.nodes) {
    const keys = [...node.tokenSet]
      .filter((t) => {
        const f = corpus.df.get(t) ?? 0;
        return f >= 2 && f <= options.maxPosting;
      })
      .sort((p, q) => (corpus.df.get(p) ?? 0) - (corpus.df.get(q) ?? 0) || (p < q ? -1 : p > q ? 1 : 0))
      .slice(0, options.keysPerSentence);
    for (const key of keys) {
      const list = postings.get(key);
      if (list) list.push(node.id);
      else postings.set(key, [node.id]);
    }
  }
  const seen = new Set<number>();
  const n = corpus.nodes.length;
  const pairs: Array<[number, number]> = [];
  for (const list of postings.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] ?? 0;
        const b = list[j] ?? 0;
        const key = a * n + b;
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push([a, b]);
      }
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
