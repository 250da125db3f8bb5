import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/timeline/index.ts';
import { resolvePublicationDates } from '../../../src/lib/timeline/publication.ts';
import { linkClaims, makeDoc } from './helpers.ts';

describe('resolvePublicationDates', () => {
  it('keeps given and stated dates', () => {
    const a = makeDoc({ id: 'a', published: '2025-03-05T10:00:00Z', publishedSource: 'stated', paragraphs: ['The port reopened on Tuesday.'] });
    expect(resolvePublicationDates([a], [])).toEqual([{ source: 'a', date: '2025-03-05T10:00:00Z', provenance: 'stated', reason: 'stated publication date' }]);
  });

  it('pins a "yesterday" to the exact day from another outlet', () => {
    const a = makeDoc({ id: 'a', published: '2025-03-05', paragraphs: ['On Tuesday, the port reopened to ships.'] });
    const b = makeDoc({ id: 'b', paragraphs: ['Yesterday the port reopened to ships.'] });
    const claims = linkClaims([a, b], [[['a', 'port reopened'], ['b', 'port reopened']]]);
    const [, bDate] = resolvePublicationDates([a, b], claims);
    expect(bDate).toMatchObject({ date: '2025-03-05', provenance: 'inferred' });
    expect(bDate?.reason).toMatch(/published on 2025-03-05: its "Yesterday" \(sentence 0\) reports the same event that a dates 2025-03-04/);
  });

  it('intersects several pins', () => {
    const a = makeDoc({ id: 'a', published: '2025-03-10', paragraphs: ['On Tuesday, the port reopened to ships. On Saturday, the strike ended at dawn.'] });
    const b = makeDoc({ id: 'b', paragraphs: ['On Tuesday the port reopened to ships. The strike ended on Saturday at dawn.'] });
    const claims = linkClaims([a, b], [[['a', 'port reopened'], ['b', 'port reopened']], [['a', 'strike ended'], ['b', 'strike ended']]]);
    // Tuesday = 2025-03-04 → b in [03-04, 03-10]; Saturday = 2025-03-08 → b in [03-08, 03-14].
    const [, bDate] = resolvePublicationDates([a, b], claims);
    expect(bDate?.date).toBe('2025-03-08');
    expect(bDate?.reason).toMatch(/between 2025-03-08 and 2025-03-10/);
  });

  it('falls back to the latest day the article mentions, ignoring plans', () => {
    const doc = makeDoc({
      id: 'x',
      paragraphs: ['The treaty was signed on 12 March 2025 after talks began in 2019. Ministers will meet again on 1 April 2026.'],
    });
    const [date] = resolvePublicationDates([doc], []);
    expect(date).toMatchObject({ date: '2025-03-12', provenance: 'inferred' });
    expect(date?.reason).toMatch(/^inferred: not before 2025-03-12, the latest date it mentions, "12 March 2025"/);
  });

  it('gives up with a reason, and leaves relative dates unresolved', () => {
    const doc = makeDoc({ id: 'x', paragraphs: ['The mayor resigned on Friday. The town was founded in the 1890s.'] });
    const { sources, events } = buildTimeline([doc], []);
    expect(sources[0]).toMatchObject({ published: null, publishedSource: null });
    expect(sources[0]?.publishedReason).toMatch(/no publication date/);
    // The absolute decade is still an event; the Friday is not guessed.
    expect(events.map((e) => e.date)).toEqual(['189']);
  });

  it('does not crash on a malformed publication date; its relative dates stay unresolved', () => {
    const doc = makeDoc({ id: 'x', published: 'sometime in 2025', paragraphs: ['The mayor resigned on Friday. The town was founded in the 1890s.'] });
    const { events } = buildTimeline([doc], []);
    expect(events.map((e) => e.date)).toEqual(['189']);
  });

  it('uses a similar sentence of the same story when no claim links the relative date', () => {
    const a = makeDoc({ id: 'a', published: '2025-03-08', paragraphs: ['The mayor resigned on Friday amid protests over the budget. The council meets monthly in the old hall.'] });
    const b = makeDoc({ id: 'b', paragraphs: ['The town mayor resigned on Friday after protests over the budget. The council meets monthly in the old hall.'] });
    const claims = linkClaims([a, b], [[['a', 'council meets'], ['b', 'council meets']]]);
    const [, bDate] = resolvePublicationDates([a, b], claims);
    expect(bDate?.date).toBe('2025-03-07');
    expect(bDate?.reason).toMatch(/"Friday" \(sentence 0\) is read as the "Friday" of a similar sentence of a \(sentence 0\), dated 2025-03-07/);
  });

  it('lets most clues win over an outlier', () => {
    const dated = ['a', 'b', 'c'].map((id, i) =>
      makeDoc({ id, published: i < 2 ? '2025-03-08' : '2025-03-20', paragraphs: ['On Friday, the port reopened to ships.'] }),
    );
    const x = makeDoc({ id: 'x', paragraphs: ['The port reopened to ships on Friday.'] });
    const docs = [...dated, x];
    const claims = linkClaims(docs, [[['a', 'port'], ['b', 'port'], ['c', 'port'], ['x', 'port']]]);
    const date = resolvePublicationDates(docs, claims)[3];
    expect(date?.date).toBe('2025-03-07');
    expect(date?.reason).toMatch(/\(2 of 3 clues agree\)/);
  });
});
