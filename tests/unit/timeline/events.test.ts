// Articles written for the tests, with phrasings the seeds do not use.
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/timeline/index.ts';
import { fixtureParagraphs, linkClaims, makeDoc } from './helpers.ts';

function reservoir() {
  const a = makeDoc({ id: 'a', published: '2025-09-12', paragraphs: fixtureParagraphs('reservoir-a.txt') });
  const b = makeDoc({ id: 'b', paragraphs: fixtureParagraphs('reservoir-b.txt') });
  const c = makeDoc({ id: 'c', published: '2025-09-13T08:00:00+02:00', publishedSource: 'stated', paragraphs: fixtureParagraphs('reservoir-c.txt') });
  const claims = linkClaims([a, b, c], [
    [['a', 'began emergency repairs'], ['b', 'Repairs began on Tuesday'], ['c', 'started repairs']],
    [['a', 'completed in the mid-1990s'], ['b', 'opened in 1996']],
    [['a', 'last overhauled'], ['c', 'last overhauled']],
  ]);
  return buildTimeline([a, b, c], claims);
}

describe('buildEvents on written articles', () => {
  it('produces the expected chronology', () => {
    const { events } = reservoir();
    expect(events.map((e) => [e.date, e.precision])).toEqual([
      ['1996', 'year'],
      ['2019-09-03', 'day'],
      ['2024', 'year'],
      ['2024-SU', 'season'],
      ['2025-SP', 'season'],
      ['2025-Q2', 'quarter'],
      ['2025-W35', 'week'],
      ['2025-08-28', 'day'],
      ['2025-09-09', 'day'],
      ['2025-09-10', 'day'],
      ['2025-09-12', 'day'],
    ]);
  });

  it('merges a decade and a year inside it into the finer date', () => {
    const { events } = reservoir();
    expect(events[0]).toMatchObject({ date: '1996', citations: [{ source: 'a', sentence: 4 }, { source: 'b', sentence: 2 }], conflicts: [] });
  });

  it('merges the same event without a claim by date and wording', () => {
    const { events } = reservoir();
    expect(events.find((e) => e.date === '2025-08-28')?.sources).toEqual(['a', 'b']);
  });

  it('keeps outlets that disagree as conflicts, the majority date first', () => {
    const { events } = reservoir();
    const repairs = events.find((e) => e.date === '2025-09-09');
    expect(repairs?.sources).toEqual(['a', 'b', 'c']);
    expect(repairs?.conflicts).toEqual([{ date: '2025-09-08', citations: [{ source: 'c', sentence: 0 }] }]);
    const overhaul = events.find((e) => e.date === '2019-09-03');
    expect(overhaul?.conflicts.map((c) => c.date)).toEqual(['2019-10']);
  });

  it('skips plans, durations and dates after publication', () => {
    const { events } = reservoir();
    const text = events.map((e) => e.description).join('\n');
    expect(text).not.toMatch(/full report/);
    expect(text).not.toMatch(/for years/);
  });

  it('infers the undated article from the shared Tuesday', () => {
    const { sources } = reservoir();
    const b = sources.find((s) => s.id === 'b');
    expect(b).toMatchObject({ published: '2025-09-09', publishedSource: 'inferred' });
    expect(b?.publishedReason).toMatch(/between 2025-09-09 and 2025-09-15/);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(reservoir())).toBe(JSON.stringify(reservoir()));
  });

  it('handles an empty input', () => {
    expect(buildTimeline([], [])).toEqual({ sources: [], events: [] });
  });
});
