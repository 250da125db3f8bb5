// Many sources covering one story, half undated: the stage must stay fast.
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/timeline/index.ts';
import type { Claim } from '../../../src/lib/analysis/types.ts';
import { fixtureParagraphs, makeDoc } from './helpers.ts';

describe('buildTimeline at scale', () => {
  it('handles 300 sources in a few seconds', () => {
    const files = ['reservoir-a.txt', 'reservoir-b.txt', 'reservoir-c.txt'];
    const docs = Array.from({ length: 300 }, (_, i) =>
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
    const start = performance.now();
    const { sources, events } = buildTimeline(docs, claims);
    const elapsed = performance.now() - start;
    expect(sources.every((s) => s.published !== null)).toBe(true);
    expect(events.length).toBeGreaterThan(5);
    expect(elapsed).toBeLessThan(15_000);
  });
});
