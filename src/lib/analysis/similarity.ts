// How strongly two sentences state the same thing: IDF-weighted token overlap, shingles and numbers,
// the best-matching pair of clauses, and a check that the overlap is more than topic words.

import type { Corpus } from './features.ts';

/** Above this, the wording alone is close enough; below it, a specific anchor must be shared. */
export const ANCHOR_FREE = 0.55;
/** A clause match says less than a whole-sentence match: only part of each sentence agrees. */
const CLAUSE_DISCOUNT = 0.85;
/** Without a shared anchor, moderate overlap is scaled down so it cannot form a claim alone. */
const NO_ANCHOR_PENALTY = 0.6;
/** Content words (outside closing attributions) two sentences must share to be the same fact. */
const MIN_SHARED_CONTENT = 3;
/** Added per shared rare word (up to three) when a less-common name is shared too. */
const ENTITY_BONUS = 0.05;

/** Similarity in [0, 1]. Symmetric. */
export function sentenceSimilarity(corpus: Corpus, a: number, b: number): number {
  const x = corpus.nodes[a];
  const y = corpus.nodes[b];
  if (!x || !y) return 0;
  let shared = 0;
  let nameAnchors = 0;
  let wordAnchors = 0;
  let sharedContent = 0;
  for (const t of x.tokenSet) {
    if (!y.tokenSet.has(t)) continue;
    shared += corpus.weight.get(t) ?? 0;
    if (!x.attribution.has(t) && !y.attribution.has(t)) sharedContent++;
    // Words of a closing ", experts said" say who told it, not what happened: no anchor.
    if (!corpus.anchors.has(t) || x.attribution.has(t) || y.attribution.has(t)) continue;
    if (corpus.names.has(t)) nameAnchors++;
    else wordAnchors++;
  }
  // Two words in common ("large earthquakes") is a topic, not a fact, however rare the words.
  const anchored = nameAnchors + wordAnchors > 0 && sharedContent >= MIN_SHARED_CONTENT;
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
  if (x.clauses.length > 0 || y.clauses.length > 0) {
    score = Math.max(score, CLAUSE_DISCOUNT * bestClauseDice(corpus, a, b));
  }
  if (!anchored && score < ANCHOR_FREE) score *= NO_ANCHOR_PENALTY;
  // Entity-anchored evidence: the same less-common actor plus a rare word about what they did
  // is a strong sign of one fact told in different words.
  if (nameAnchors > 0 && wordAnchors > 0) score += ENTITY_BONUS * Math.min(3, wordAnchors);
  return Math.min(1, score);
}

/** The best Dice score between a clause of one sentence and a clause of the other (the whole counts as a clause). */
function bestClauseDice(corpus: Corpus, a: number, b: number): number {
  const x = corpus.nodes[a]!;
  const y = corpus.nodes[b]!;
  const left = [x.tokenSet, ...x.clauses];
  const right = [y.tokenSet, ...y.clauses];
  const leftMass = [corpus.mass[a] ?? 0, ...(corpus.clauseMass[a] ?? [])];
  const rightMass = [corpus.mass[b] ?? 0, ...(corpus.clauseMass[b] ?? [])];
  let best = 0;
  for (let i = 0; i < left.length; i++) {
    const p = left[i]!;
    for (let j = 0; j < right.length; j++) {
      // Whole against whole is the sentence score already.
      if (i === 0 && j === 0) continue;
      const q = right[j]!;
      let shared = 0;
      for (const t of p) if (q.has(t)) shared += corpus.weight.get(t) ?? 0;
      if (shared === 0) continue;
      best = Math.max(best, (2 * shared) / (leftMass[i]! + rightMass[j]!));
    }
  }
  return best;
}
