import { describe, expect, test } from 'vitest';
import { briefingChanges } from '../../../src/lib/build/changes.ts';
import type { Briefing } from '../../../src/lib/types.ts';

type Parts = Pick<Briefing, 'keyPoints' | 'quotes' | 'discrepancies' | 'claims'>;

function briefing(ids: string[], parts: Partial<Parts> = {}, changes: Briefing['changes'] = null): Briefing {
  return {
    schemaVersion: 3,
    headline: 'Port strike',
    sources: ids.map((id) => ({ id }) as Briefing['sources'][number]),
    claims: [],
    summary: [],
    keyPoints: [],
    quotes: [],
    entities: [],
    discrepancies: [],
    unique: [],
    coverage: [],
    timeline: [],
    errors: [],
    stats: { sentences: 0, claims: 0, candidatePairs: 0 },
    changes,
    stories: [],
    storyChanges: null,
    storyErrors: [],
    ...parts,
  };
}

const dockers = { text: 'Dock workers walked out on Monday.', claim: 0, citations: [{ source: 'a', sentence: 0 }], sourceCount: 2 };
const talks = { text: 'Talks with the port authority resume on Friday.', claim: 1, citations: [{ source: 'c', sentence: 2 }], sourceCount: 2 };

describe('what changed', () => {
  test('a first build has nothing to compare with', () => {
    expect(briefingChanges(briefing(['a', 'b']), null)).toBeNull();
  });

  test('a new article brings its new key points, quotes and wider reach', () => {
    const before = briefing(['a', 'b'], {
      keyPoints: [dockers],
      claims: [{ id: 0, text: dockers.text, citations: dockers.citations, sources: ['a', 'b'], centrality: 1 }],
    });
    const quote = { id: 0, speaker: 'Ana Ruiz', speakerKind: 'person' as const, text: 'We will not go back until the contract is signed.', partial: false, variants: [{ source: 'c', sentence: 1, text: 'We will not go back until the contract is signed.' }], sources: ['c'] };
    const after = briefing(['a', 'b', 'c'], {
      keyPoints: [dockers, talks],
      quotes: [quote],
      claims: [{ id: 0, text: dockers.text, citations: dockers.citations, sources: ['a', 'b', 'c'], centrality: 1 }],
    });
    expect(briefingChanges(after, before)).toEqual({
      addedSources: ['c'],
      removedSources: [],
      newKeyPoints: [talks],
      newQuotes: [quote],
      newDiscrepancies: [],
      reach: [{ text: dockers.text, claim: 0, before: 2, after: 3 }],
    });
  });

  test('rebuilding the same sources carries the last changes forward, so the output does not drift', () => {
    const changes = { addedSources: ['c'], removedSources: [], newKeyPoints: [talks], newQuotes: [], newDiscrepancies: [], reach: [] };
    const previous = briefing(['a', 'b', 'c'], {}, changes);
    expect(briefingChanges(briefing(['a', 'b', 'c']), previous)).toEqual(changes);
  });
});
