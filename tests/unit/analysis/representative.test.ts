// The representative of a claim: the member most like the others (among the clean ones). Copies of one
// wire sentence score alike, so the mean similarity is computed once per distinct text; it must pick
// what comparing every pair picks, with far fewer comparisons.
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/lib/analysis/features.ts';
import { buildGraph } from '../../../src/lib/analysis/graph.ts';
import { pickRepresentative } from '../../../src/lib/analysis/rank.ts';
import { makeDoc } from './helpers.ts';

const WIRE = 'The port authority said on Monday that the new container terminal at Ravensholm would open in March after a two-year delay.';
const VARIANTS = [
  'The new container terminal at Ravensholm will open in March after a two-year delay, the port authority said on Monday.',
  'Ravensholm’s new container terminal is to open in March, two years late, the port authority said.',
  'The port authority said the Ravensholm terminal would open in March.',
];

/** Every member's mean similarity to all the others, pair by pair: the definition. */
function naiveRepresentative(sim: (a: number, b: number) => number, members: number[], quality: (m: number) => number): number {
  let best = members[0]!;
  let bestScore = -1;
  for (const m of members) {
    const others = members.filter((o) => o !== m);
    const typical = others.reduce((t, o) => t + sim(m, o), 0) / others.length;
    const score = quality(m) ** 1.5 * (0.4 + typical);
    if (score > bestScore + 1e-9) [best, bestScore] = [m, score];
  }
  return best;
}

describe('pickRepresentative', () => {
  it('picks what pairwise comparison picks when 40 outlets print the wire sentence and 3 rewrite it', () => {
    const docs = [
      ...Array.from({ length: 40 }, (_, i) => makeDoc(`wire-${String(i).padStart(2, '0')}`, [WIRE])),
      ...VARIANTS.map((text, i) => makeDoc(`own-${i}`, [text])),
    ];
    const graph = buildGraph(buildCorpus(docs));
    const members = graph.corpus.nodes.map((n) => n.id);
    // Quality favours the rewrites a little, so the choice depends on the similarity sums.
    const quality = (m: number): number => (graph.corpus.nodes[m]?.text === WIRE ? 0.9 : 1);
    const before = graph.compared();
    const picked = pickRepresentative(graph, members, quality);
    const compared = graph.compared() - before;
    expect(picked).toBe(naiveRepresentative(graph.sim, members, quality));
    // 4 distinct texts: a handful of comparisons, not the 43 × 42 / 2 = 903 pairs.
    expect(compared).toBeLessThan(60);
  });

  it('still prefers the wire copy when the copies outweigh the rewrites and read as well', () => {
    const docs = [...Array.from({ length: 10 }, (_, i) => makeDoc(`wire-${i}`, [WIRE])), ...VARIANTS.map((text, i) => makeDoc(`own-${i}`, [text]))];
    const graph = buildGraph(buildCorpus(docs));
    const members = graph.corpus.nodes.map((n) => n.id);
    const picked = pickRepresentative(graph, members, () => 1);
    expect(graph.corpus.nodes[picked]?.text).toBe(WIRE);
    expect(picked).toBe(naiveRepresentative(graph.sim, members, () => 1));
  });
});
