import { describe, expect, test } from 'vitest';
import { formatDate, plural } from '../../../src/lib/site/format.ts';
import { describeTimex } from '../../../src/lib/site/timex.ts';
import { groupTimeline } from '../../../src/lib/site/timeline-groups.ts';
import { escapeXml, publishedDate } from '../../../src/lib/site/xml.ts';
import type { TimelineEvent } from '../../../src/lib/timeline/types.ts';

describe('dates as a reader sees them', () => {
  test.each([
    ['2025-08-09', undefined, '9 August 2025'],
    ['2025-08-09T11:24:00+03:30', undefined, '9 August 2025'],
    ['2025-07', 'END', 'late July 2025'],
    ['2025', undefined, '2025'],
    ['2024', 'END', 'late 2024'],
    ['199', undefined, 'the 1990s'],
    ['199', 'MID', 'mid-1990s'],
    ['199X', undefined, 'the 1990s'],
    ['19', undefined, 'the 20th century'],
    ['20', 'START', 'early 21st century'],
    ['18', undefined, 'the 19th century'],
    ['198', 'END', 'late 1980s'],
    ['2025-W32', undefined, 'week 32 of 2025'],
    ['2025-SP', undefined, 'spring 2025'],
    ['2025-Q2', 'START', 'early Q2 2025'],
    ['PAST_REF', undefined, 'recently'],
    ['XXXX-XX-XX', undefined, 'unresolved date (XXXX-XX-XX)'],
  ])('%s %s → %s', (value, mod, expected) => {
    expect(describeTimex(value, mod)).toBe(expected);
  });

  test('unknown publication dates say so', () => {
    expect(formatDate(null)).toBe('date unknown');
    expect(plural(1, 'word')).toBe('1 word');
    expect(plural(1234, 'word')).toBe('1,234 words');
  });
});

describe('timeline grouping', () => {
  const event = (id: number, date: string, precision: TimelineEvent['precision']): TimelineEvent => ({
    id, date, precision, description: `event ${id}`, citations: [], sources: [], conflicts: [],
  });

  test('decades are eras of their own, years stand alone, days group by month, order is kept', () => {
    const groups = groupTimeline([
      event(1, '199', 'decade'),
      event(2, '2024', 'year'),
      event(3, '2025-02', 'month'),
      event(4, '2025-08-07', 'day'),
      event(5, '2025-08-08', 'day'),
    ]);
    expect(groups.map((g) => [g.label, g.events.map((e) => e.id)])).toEqual([
      ['The 1990s', [1]],
      ['2024', [2]],
      ['February 2025', [3]],
      ['August 2025', [4, 5]],
    ]);
  });
});

describe('feeds', () => {
  test('XML escaping leaves no markup from article text', () => {
    expect(escapeXml(`<script>"a" & 'b'</script>`)).toBe('&lt;script&gt;&quot;a&quot; &amp; &apos;b&apos;&lt;/script&gt;');
  });
  test('RSS dates', () => {
    expect(publishedDate('2025-08-09')?.toUTCString()).toBe('Sat, 09 Aug 2025 00:00:00 GMT');
    expect(publishedDate(null)).toBeNull();
    expect(publishedDate('soon')).toBeNull();
  });
});
