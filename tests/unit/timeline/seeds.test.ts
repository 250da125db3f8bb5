// The real seeds, segmented by the test helper and linked into claims by hand.
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/timeline/index.ts';
import { tagTemporalExpressions } from '../../../src/lib/timeline/temporal.ts';
import type { SourceDoc } from '../../../src/lib/types.ts';
import { linkClaims, makeDoc, seedParagraphs, sentenceOf } from './helpers.ts';

const FILES = ['000_022791dc6a141399.txt', '001_5f931f1290286265.txt', '002_f9889b578ed60dde.txt', '003_25932adc085cf896.txt', '004_3feb747a184a0215.txt'];

function seedDocs(published: (id: string) => string | null): SourceDoc[] {
  return FILES.map((file) => {
    const id = file.slice(0, 3);
    return makeDoc({ id, published: published(id), publishedSource: 'stated', paragraphs: seedParagraphs(file) });
  });
}

function seedClaims(docs: SourceDoc[]) {
  return linkClaims(docs, [
    [['000', 'there will be no invasion'], ['001', 'is not going to come to Mexico'], ['002', 'is not going to come to Mexico'], ['003', 'is not going to come to Mexico'], ['004', 'rejected the use of U.S. military forces']],
    [['000', 'The New York Times reported'], ['001', 'According to a report by The New York Times'], ['002', 'The New York Times reported on Friday']],
    [['000', 'In February'], ['001', 'executive order earlier this year'], ['002', 'executive order signed by Trump earlier this year']],
    [['000', 'According to US Secretary of State Marco Rubio'], ['001', 'In a recent statement'], ['002', 'On Thursday']],
    [['001', 'Reports show that traditional border crossings'], ['004', 'boasted late last month']],
  ]);
}

describe('tagger on the seeds (ref 2025-08-09)', () => {
  const tag = (text: string) => tagTemporalExpressions(text, '2025-08-09').map((t) => [t.text, t.value, t.mod ?? null]);
  const seed = (i: number) => seedParagraphs(FILES[i] ?? '').join('\n');

  it('finds every date expression of the longest seed', () => {
    const found = tag(seed(4));
    expect(found).toEqual(
      expect.arrayContaining([
        ['Friday', '2025-08-08', null],
        ['months', 'PXM', null],
        ['well over a century', 'P100Y', 'MORE_THAN'],
        ['decades', 'PXDE', null],
        ['late last year', '2024', 'END'],
        ['recent months', 'PXM', null],
        ['late last month', '2025-07', 'END'],
        ['earlier this year', '2025', null],
        ['June', '2025-06', null],
        ['2024', '2024', null],
        ['1990s', '199', null],
        ['a hundred years', 'P100Y', null],
      ]),
    );
    // Counts and percentages are not years.
    expect(found.map(([text]) => text)).not.toEqual(expect.arrayContaining(['6,072', '83,532', '75']));
  });

  it('resolves the other seeds', () => {
    expect(tag(seed(0))).toEqual(
      expect.arrayContaining([['January 2025', '2025-01', null], ['February', '2025-02', null], ['August 9', '2025-08-09', null]]),
    );
    expect(tag(seed(2))).toEqual(
      expect.arrayContaining([['Thursday', '2025-08-07', null], ['Friday', '2025-08-08', null], ['Earlier this year', '2025', null]]),
    );
  });
});

describe('buildTimeline on the seeds', () => {
  it('spans the story from over a century back to August 9, in order', () => {
    const docs = seedDocs(() => '2025-08-09');
    const { events } = buildTimeline(docs, seedClaims(docs));
    const dates = events.map((e) => [e.date, e.mod ?? null]);
    expect(dates[0]).toEqual(['1925', 'BEFORE']);
    expect(dates).toEqual(
      expect.arrayContaining([
        ['199', null],
        ['2024', 'END'],
        ['2025', null],
        ['2025-01', null],
        ['2025-02', null],
        ['2025-06', null],
        ['2025-07', 'END'],
        ['2025-08-07', null],
        ['2025-08-08', null],
      ]),
    );
    // Sorted by interval start, ids in order.
    expect(events.map((e) => e.id)).toEqual(events.map((_, i) => i + 1));
    const order = ['1925', '199', '2024', '2025', '2025-01', '2025-02', '2025-06', '2025-07', '2025-08-07', '2025-08-08'];
    const firstIndex = order.map((d) => events.findIndex((e) => e.date === d));
    expect([...firstIndex].sort((a, b) => a - b)).toEqual(firstIndex);
  });

  it('merges one event told by several outlets, with their citations', () => {
    const docs = seedDocs(() => '2025-08-09');
    const { events } = buildTimeline(docs, seedClaims(docs));
    const designation = events.find((e) => e.date === '2025-02');
    // "In February" and two "earlier this year": compatible, so the finer date wins.
    expect(designation?.sources).toEqual(['000', '001', '002']);
    const quote = events.find((e) => e.citations.some((c) => c.source === '003'));
    expect(quote?.date).toBe('2025-08-08');
    expect(quote?.sources).toEqual(['000', '001', '002', '003', '004']);
    const rubio = events.find((e) => e.date === '2025-08-07');
    expect(rubio?.citations.map((c) => c.source)).toEqual(['000', '001', '002']);
    expect(rubio?.description).toMatch(/^On Thursday, US Secretary of State/);
  });

  it('keeps a disagreement about a date as a conflict', () => {
    const docs = seedDocs(() => '2025-08-09');
    const { events } = buildTimeline(docs, seedClaims(docs));
    const report = events.find((e) => e.conflicts.length > 0);
    expect(report?.date).toBe('2025-08-08');
    expect(report?.conflicts).toEqual([{ date: '2025-08-09', citations: [{ source: '000', sentence: sentenceOf(docs[0] as SourceDoc, 'On August 9').index }] }]);
    expect(report?.sources).toContain('000');
  });

  it('does not turn comparisons, durations or vague references into events', () => {
    const docs = seedDocs(() => '2025-08-09');
    const { events } = buildTimeline(docs, seedClaims(docs));
    expect(events.some((e) => e.date === '2024' && !e.mod)).toBe(false); // "compared with … in 2024"
    const texts = events.map((e) => e.description).join('\n');
    expect(texts).not.toMatch(/For months/);
    expect(texts).not.toMatch(/snap back now/);
    expect(texts).not.toMatch(/back a hundred years/);
    for (const e of events) expect(e.description.length).toBeLessThanOrEqual(205);
  });

  it('infers missing publication dates from shared events and mentioned dates', () => {
    const docs = seedDocs((id) => (id === '002' ? '2025-08-09' : null));
    const { sources, events } = buildTimeline(docs, seedClaims(docs));
    const byId = new Map(sources.map((s) => [s.id, s]));
    expect(byId.get('002')).toMatchObject({ published: '2025-08-09', publishedSource: 'stated' });
    // "on Friday" in the same claim as 002's Friday (2025-08-08): published within the week after.
    expect(byId.get('001')).toMatchObject({ published: '2025-08-08', publishedSource: 'inferred' });
    expect(byId.get('001')?.publishedReason).toMatch(/between 2025-08-08 and 2025-08-14.*"Friday".*002 dates 2025-08-08/);
    // No relative expression shared with a dated source: the latest date it mentions.
    expect(byId.get('000')).toMatchObject({ published: '2025-08-09', publishedSource: 'inferred' });
    expect(byId.get('000')?.publishedReason).toMatch(/not before 2025-08-09, the latest date it mentions/);
    // Nothing to go on: no date, and a reason.
    expect(byId.get('003')).toMatchObject({ published: null, publishedSource: null });
    expect(byId.get('003')?.publishedReason).toMatch(/no publication date/);
    // Dates that rest only on an inferred publication date say so.
    const june = events.find((e) => e.date === '2025-06');
    expect(june?.uncertain).toMatch(/inferred publication date/);
    // The inputs are not mutated.
    expect(docs.find((d) => d.id === '001')?.published).toBeNull();
  });
});
