// Candidate pairs without comparing all pairs: an inverted index over each sentence's rarest tokens.
// A posting list is only used when the token is rare-ish (bounded length), so pairs grow ~linearly.
import type { Corpus } from './features.ts';

export interface CandidateOptions {
  /** How many of a sentence's rarest tokens become index keys. */
  keysPerSentence: number;
  /** Tokens in more sentences than this are too common to index. */
  maxPosting: number;
  /** Each sentence proposes at most this many partners, rarest shared key first: pairs ≤ n × this. */
  maxPerSentence: number;
}

export const DEFAULT_CANDIDATES: CandidateOptions = { keysPerSentence: 8, maxPosting: 30, maxPerSentence: 20 };

/** Unique pairs [a, b] with a < b, sorted, sharing at least one index key. */
export function candidatePairs(corpus: Corpus, options: CandidateOptions = DEFAULT_CANDIDATES): Array<[number, number]> {
  const postings = new Map<string, number[]>();
  const keysOf: string[][] = [];
  // Fixed on purpose: letting it grow with n (tried: 2√n) links so many near-identical sentences
  // that clustering a giant cluster dominates the build. A fact carried by more than this many
  // sentences is found through its rarer words only (see the README's benchmark notes).
  const maxPosting = options.maxPosting;
  for (const node of corpus.nodes) {
    const keys = [...node.tokenSet]
      .filter((t) => {
        const f = corpus.df.get(t) ?? 0;
        return f >= 2 && f <= maxPosting;
      })
      .sort((p, q) => (corpus.df.get(p) ?? 0) - (corpus.df.get(q) ?? 0) || (p < q ? -1 : p > q ? 1 : 0))
      .slice(0, options.keysPerSentence);
    keysOf.push(keys);
    for (const key of keys) {
      const list = postings.get(key);
      if (list) list.push(node.id);
      else postings.set(key, [node.id]);
    }
  }
  const seen = new Set<number>();
  const n = corpus.nodes.length;
  const pairs: Array<[number, number]> = [];
  corpus.nodes.forEach((node, id) => {
    let proposed = 0;
    for (const key of keysOf[id] ?? []) {
      if (proposed >= options.maxPerSentence) break;
      for (const other of postings.get(key) ?? []) {
        if (proposed >= options.maxPerSentence) break;
        if (other === node.id) continue;
        proposed++;
        const [a, b] = node.id < other ? [node.id, other] : [other, node.id];
        const k = a * n + b;
        if (seen.has(k)) continue;
        seen.add(k);
        pairs.push([a, b]);
      }
    }
  });
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
