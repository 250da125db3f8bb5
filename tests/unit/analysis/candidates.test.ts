// Candidate generation on a syndicated story: one wire sentence printed by many outlets must still
// become one claim, although every word of it is too common for the inverted index.
import { describe, expect, it } from 'vitest';
import { analyzeSources } from '../../../src/lib/analysis/analyze.ts';
import { buildCorpus } from '../../../src/lib/analysis/features.ts';
import { candidatePairs, withCandidateOptions } from '../../../src/lib/analysis/candidates.ts';
import type { SourceDoc } from '../../../src/lib/types.ts';
import { makeDoc } from './helpers.ts';

const WIRE = 'The port authority said on Monday that the new container terminal at Ravensholm would open in March after a two-year delay caused by dredging disputes.';
const TOWNS = ['Aldport', 'Brisk', 'Calder', 'Dunmore', 'Eskby', 'Fallow', 'Garth', 'Hollin', 'Ilsby', 'Jarrow'];
const TOPICS = ['ferry timetables', 'harbour fees', 'fishing quotas', 'rail freight', 'road tolls', 'pilot boats'];

/** `outlets` local papers: each prints the wire sentence and two local sentences of its own. */
function syndicated(outlets: number): SourceDoc[] {
  return Array.from({ length: outlets }, (_, i) => {
    const town = TOWNS[i % TOWNS.length] ?? 'Aldport';
    const topic = TOPICS[i % TOPICS.length] ?? 'harbour fees';
    return makeDoc(`paper-${String(i).padStart(3, '0')}`, [
      `${town} councillors met on Tuesday to discuss ${topic} and the budget for item ${i + 7}.`,
      WIRE,
      `Local traders in ${town} said they expected more visitors once work on the quay number ${i + 3} was finished.`,
    ]);
  });
}

describe('candidate pairs', () => {
  it('links a sentence repeated by 60 outlets into one claim citing all of them', () => {
    const docs = syndicated(60);
    const { analysis } = analyzeSources(docs, { summaryWords: 100 });
    const wire = analysis.claims.find((c) => c.text === WIRE);
    expect(wire?.sources).toHaveLength(60);
  });

  it('keeps the pairs for repeated sentences near-linear: a star, not all pairs', () => {
    const corpus = buildCorpus(syndicated(60));
    const wireNodes = corpus.nodes.filter((n) => n.text === WIRE).map((n) => n.id);
    const wireSet = new Set(wireNodes);
    const wirePairs = candidatePairs(corpus).filter(([a, b]) => wireSet.has(a) && wireSet.has(b));
    expect(wirePairs).toHaveLength(59);
  });

  it('finds the same claims as the exhaustive run on a small story', () => {
    const docs = syndicated(12);
    const claimsOf = (exhaustive: boolean) =>
      withCandidateOptions({ exhaustive }, () => analyzeSources(docs, { summaryWords: 100 })).analysis.claims.map((c) => c.sources.length);
    expect(claimsOf(false)).toEqual(claimsOf(true));
  });
});
