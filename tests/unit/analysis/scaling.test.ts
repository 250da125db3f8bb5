// Candidate generation must stay near-linear: pairs per sentence barely grow with the corpus, and
// each sentence is compared with at most a fixed number of partners.
import { describe, expect, it } from 'vitest';
import { analyzeSources } from '../../../src/lib/analysis/analyze.ts';
import { DEFAULT_CANDIDATES } from '../../../src/lib/analysis/candidates.ts';
import type { SourceDoc } from '../../../src/lib/types.ts';
import { makeDoc } from './helpers.ts';

/** A deterministic pseudo-random sequence (LCG), so the corpus is the same on every run. */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ter', 'van', 'su', 'del', 'ri', 'mon', 'pa', 'gel', 'tu', 'bra', 'no', 'sil', 'ex'];

/**
 * Like a real news corpus, more sentences means more stories: each story (25 sentences, told by
 * five sources) has its own vocabulary, and every sentence also draws on a shared pool of common
 * words whose frequency grows with the corpus. Indexing those common words would be quadratic.
 */
function corpus(sentences: number, seed = 7): SourceDoc[] {
  const next = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const coin = () => `${pick(SYLLABLES)}${pick(SYLLABLES)}${pick(SYLLABLES)}`;
  const common = Array.from({ length: 300 }, (_, i) => `${coin()}${i % 7 === 0 ? 's' : ''}`);
  const verbs = ['said', 'reported', 'announced', 'denied', 'confirmed', 'approved', 'rejected', 'described'];
  const docs: SourceDoc[] = [];
  for (let story = 0; story * 25 < sentences; story++) {
    const own = Array.from({ length: 40 }, (_, i) => `${coin()}${story}x${i}`);
    const name = `${pick(SYLLABLES).toUpperCase()}${pick(SYLLABLES)}${story}`;
    for (let source = 0; source < 5; source++) {
      const paragraphs = Array.from({ length: 5 }, () => {
        const words = [
          ...Array.from({ length: 5 }, () => pick(own)),
          ...Array.from({ length: 6 }, () => common[Math.floor(common.length * next() ** 2)] ?? 'word'),
        ];
        return `${name} ${pick(verbs)} that the ${words.join(' ')} had ${1 + Math.floor(next() * 90)} ${pick(own)}.`;
      });
      docs.push(makeDoc(`s${String(story).padStart(4, '0')}-${source}`, paragraphs));
    }
  }
  return docs;
}

describe('candidate generation', () => {
  it('grows about linearly with the number of sentences', () => {
    const small = analyzeSources(corpus(250), { summaryWords: 100 }).analysis.stats;
    const large = analyzeSources(corpus(1000), { summaryWords: 100 }).analysis.stats;
    expect(small.sentences).toBe(250);
    expect(large.sentences).toBe(1000);
    expect(small.candidatePairs).toBeGreaterThan(100);
    const perSentence = (stats: typeof small) => stats.candidatePairs / stats.sentences;
    // Quadratic growth would make this ratio 4; linear makes it 1.
    expect(perSentence(large) / perSentence(small)).toBeLessThan(1.5);
    expect(large.candidatePairs).toBeLessThanOrEqual(DEFAULT_CANDIDATES.maxPerSentence * large.sentences);
  });
});
