// How strongly two sentences state the same thing: IDF-weighted token overlap, shingles and numbers.
import type { Corpus } from './features.ts';

/** Similarity in [0, 1]. Symmetric. */
export function sentenceSimilarity(corpus: Corpus, a: number, b: number): number {
  const x = corpus.nodes[a];
  const y = corpus.nodes[b];
  if (!x || !y) return 0;
  let shared = 0;
  for (const t of x.tokenSet) if (y.tokenSet.has(t)) shared += corpus.weight.get(t) ?? 0;
  if (shared === 0) return 0;
  const ma = corpus.mass[a] ?? 0;
  const mb = corpus.mass[b] ?? 0;
  // Dice on IDF mass rewards equal content. (An overlap coefficient, tried too, let short
  // generic sentences match any longer one that contains their few words.)
  let score = (2 * shared) / (ma + mb);
  // Shared word pairs are strong evidence of the same wording.
  let sharedShingles = 0;
  for (const s of x.shingleSet) if (y.shingleSet.has(s)) sharedShingles++;
  const shingleRatio = sharedShingles / Math.max(1, Math.min(x.shingleSet.size, y.shingleSet.size));
  score = Math.min(1, score + 0.15 * shingleRatio);
  return score;
}
