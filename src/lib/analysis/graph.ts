// The sentence similarity graph: candidate pairs scored once, other pairs scored lazily, all counted.
import { candidatePairs } from './candidates.ts';
import type { Corpus } from './features.ts';
import { NumberMap } from './number-map.ts';
import { sentenceSimilarity } from './similarity.ts';

export interface SimilarityGraph {
  corpus: Corpus;
  /** Scored candidate edges [a, b, similarity] with a < b, similarity > 0, sorted by a then b. */
  edges: Array<[number, number, number]>;
  /** Similarity of any two sentences (memoised). */
  sim(a: number, b: number): number;
  /** Pairs of distinct texts compared so far. */
  compared(): number;
  /** The first sentence with the same text: copies of one text score alike against every other sentence. */
  textOf(a: number): number;
}

export function buildGraph(corpus: Corpus): SimilarityGraph {
  const n = corpus.nodes.length;
  // A sentence's features depend on its text alone, so copies of one sentence (syndicated wire text
  // repeats it in hundreds of articles) score alike: each pair of distinct texts is scored once.
  const firstWithText = new Map<string, number>();
  const textOf = corpus.nodes.map((node) => {
    const first = firstWithText.get(node.text);
    if (first !== undefined) return first;
    firstWithText.set(node.text, node.id);
    return node.id;
  });
  // Memoised by pair of texts only: a memo by pair of sentences as well held every copy's pairs again
  // (the largest structure of a 10,000-article build) and saved nothing.
  const byText = new NumberMap();
  const sim = (a: number, b: number): number => {
    if (a === b) return 1;
    const ta = textOf[a]!;
    const tb = textOf[b]!;
    const textKey = ta < tb ? ta * n + tb : tb * n + ta;
    let value = byText.get(textKey);
    if (value === undefined) byText.set(textKey, (value = sentenceSimilarity(corpus, a, b)));
    return value;
  };
  const edges: Array<[number, number, number]> = [];
  for (const [a, b] of candidatePairs(corpus)) {
    const s = sim(a, b);
    if (s > 0) edges.push([a, b, s]);
  }
  return { corpus, edges, sim, compared: () => byText.size, textOf: (a) => textOf[a] ?? a };
}
