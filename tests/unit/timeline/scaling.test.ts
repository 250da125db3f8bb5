// Many sources covering one story, half undated: the stage's work must grow
// linearly with the number of sources. Timings belong to `npm run bench`; here
// the work is counted (calls to the tagger, the costly step), not timed.
import { describe, expect, it, vi } from 'vitest';
import type { Claim } from '../../../src/lib/analysis/types.ts';
import { buildTimeline } from '../../../src/lib/timeline/index.ts';
import { fixtureParagraphs, makeDoc } from './helpers.ts';

const calls = vi.hoisted(() => ({ count: 0 }));

// The real tagger, counted.
vi.mock('../../../src/lib/timeline/temporal.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/lib/timeline/temporal.ts')>();
  return {
    ...real,
    tagTemporalExpressions: (...args: Parameters<typeof real.tagTemporalExpressions>) => {
      calls.count++;
      return real.tagTemporalExpressions(...args);
    },
  };
});

function buildStory(size: number) {
  const files = ['reservoir-a.txt', 'reservoir-b.txt', 'reservoir-c.txt'];
  const docs = Array.from({ length: size }, (_, i) =>
    makeDoc({
      id: `s${String(i).padStart(3, '0')}`,
      published: i % 2 === 0 ? `2025-09-${String(10 + (i % 5)).padStart(2, '0')}` : null,
      paragraphs: fixtureParagraphs(files[i % 3] ?? ''),
    }),
  );
  // One claim per sentence position, across every source that has it.
  const claims: Claim[] = [];
  for (let position = 0; position < 12; position++) {
    const members = docs.filter((d) => d.sentences[position]);
    const id = position + 1;
    for (const d of members) {
      const s = d.sentences[position];
      if (s) s.claim = id;
    }
    const citations = members.map((d) => ({ source: d.id, sentence: position }));
    claims.push({ id, text: '', citations, sources: members.map((d) => d.id), centrality: 0 });
  }
  return { docs, claims };
}

function taggerCalls(size: number): { count: number; result: ReturnType<typeof buildTimeline> } {
  const { docs, claims } = buildStory(size);
  calls.count = 0;
  const result = buildTimeline(docs, claims);
  return { count: calls.count, result };
}

describe('buildTimeline at scale', () => {
  it('dates 300 sources, half undated, with work linear in the number of sources', () => {
    const small = taggerCalls(60);
    const large = taggerCalls(300);
    expect(large.result.sources.every((s) => s.published !== null)).toBe(true);
    expect(large.result.events.length).toBeGreaterThan(5);
    // Five times the sources: at most about five times the tagging (all-pairs work would be 25×).
    expect(small.count).toBeGreaterThan(0);
    expect(large.count).toBeLessThanOrEqual(small.count * 5 * 1.2);
  });
});
