import { describe, expect, test } from 'vitest';
import { applyMod, layoutAxis, periodOf } from '../../../src/lib/site/timeline-axis.ts';
import { formatDateRange } from '../../../src/lib/site/format.ts';
import type { TimelineEvent } from '../../../src/lib/timeline/types.ts';

const event = (id: number, date: string, precision: TimelineEvent['precision'], mod?: TimelineEvent['mod']): TimelineEvent => ({
  id, date, precision, ...(mod ? { mod } : {}), description: `Event ${id}`, citations: [], sources: [], conflicts: [],
});

describe('periods a TimeML value covers', () => {
  test('a day, a month, a decade and a century', () => {
    const day = periodOf('2025-08-08')!;
    expect(day.end - day.start).toBeCloseTo(1 / 365.25);
    const july = periodOf('2025-07')!;
    expect(july.start).toBeCloseTo(2025 + 181 / 365.25);
    expect(july.end).toBeCloseTo(2025 + 212 / 365.25);
    expect(periodOf('2025-12')!.end).toBe(2026);
    expect(periodOf('199X')).toEqual({ start: 1990, end: 2000 });
    expect(periodOf('19XX')).toEqual({ start: 1900, end: 2000 });
    expect(periodOf('2025-SU')!.start).toBeCloseTo(2025 + 151 / 365.25);
  });
  test('references and unresolved values cannot be placed', () => {
    expect(periodOf('PAST_REF')).toBeNull();
    expect(periodOf('XXXX-XX-XX')).toBeNull();
  });
  test('"late 2024" is the last third of 2024; "before 1925" is a point at its start', () => {
    expect(applyMod({ start: 2024, end: 2025 }, 'END').start).toBeCloseTo(2024 + 2 / 3);
    expect(applyMod({ start: 1925, end: 1926 }, 'BEFORE')).toEqual({ start: 1925, end: 1925 });
  });
});

describe('the axis', () => {
  const events = [
    event(1, '1925', 'year', 'BEFORE'),
    event(2, '199X', 'decade'),
    event(3, '2025-01', 'month'),
    event(4, '2025-08-07', 'day'),
    event(5, '2025-08-08', 'day'),
    event(6, '2025-08-08', 'day'),
    event(7, 'PAST_REF', 'day'),
  ];
  const layout = layoutAxis(events, { width: 960, now: '2025-08-09' });

  test('long empty stretches become breaks: three segments, each starting after the last', () => {
    expect(layout.segments).toHaveLength(3);
    for (let i = 1; i < layout.segments.length; i++) {
      const before = layout.segments[i - 1]!;
      expect(layout.segments[i]!.x).toBeGreaterThan(before.x + before.width);
    }
    expect(layout.unplaced).toEqual([7]);
  });

  test('days are points, a decade a span; later dates sit further right; same-day events stack', () => {
    const byId = new Map(layout.marks.map((m) => [m.id, m]));
    expect(byId.get(2)!.shape).toBe('span');
    expect(byId.get(4)!.shape).toBe('point');
    expect(byId.get(1)!.open).toBe('before');
    const centre = (id: number) => byId.get(id)!.x + byId.get(id)!.width / 2;
    expect(centre(3)).toBeLessThan(centre(4));
    expect(centre(4)).toBeLessThan(centre(5));
    // Two events on 8 August share one mark, labelled with both list numbers.
    expect(byId.get(5)!.numbers).toEqual([5, 6]);
    expect(byId.get(5)!.label).toBe('5, 6');
    expect(byId.has(6)).toBe(false);
    expect([...byId.values()].map((m) => m.label)).toEqual(['1', '2', '3', '4', '5, 6']);
  });

  test('everything fits the width and tick labels do not crowd', () => {
    for (const mark of layout.marks) {
      expect(mark.x).toBeGreaterThanOrEqual(0);
      expect(mark.x + mark.width).toBeLessThanOrEqual(960);
    }
    const xs = layout.ticks.map((t) => t.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(44);
    expect(layout.ticks.map((t) => t.label)).toContain('1925');
  });

  test('a period running past the story\'s latest date is cut there', () => {
    const cut = layoutAxis([event(1, '2025', 'year'), event(2, '2025-08-08', 'day')], { width: 500, now: '2025-08-09' });
    const uncut = layoutAxis([event(1, '2025', 'year'), event(2, '2025-08-08', 'day')], { width: 500 });
    // Cut at 9 August, the day sits near the right end instead of at seven twelfths of the way.
    expect(cut.marks[1]!.x).toBeGreaterThan(uncut.marks[1]!.x);
  });

  test('overlapping marks stack in lanes; a run of same-day events reads 11–13', () => {
    const stacked = layoutAxis([event(1, '2025', 'year'), event(2, '2025-03', 'month'), event(3, '2025-03-02', 'day'), event(4, '2025-03-02', 'day'), event(5, '2025-03-02', 'day')]);
    expect(new Set(stacked.marks.map((m) => m.lane)).size).toBe(3);
    expect(stacked.marks.at(-1)!.label).toBe('3–5');
  });

  test('no placeable events: nothing to draw', () => {
    expect(layoutAxis([event(1, 'PAST_REF', 'day')]).marks).toEqual([]);
  });
});

describe('publication date ranges', () => {
  test.each([
    [['2025-08-08', '2025-08-09', null], '8–9 August 2025'],
    [['2025-07-30', '2025-08-09'], '30 July – 9 August 2025'],
    [['2024-12-30', '2025-01-02'], '30 December 2024 – 2 January 2025'],
    [['2025-08-09T10:00:00Z'], '9 August 2025'],
    [[null], null],
  ])('%j → %s', (dates, expected) => {
    expect(formatDateRange(dates)).toBe(expected);
  });
});
