// What a resolved TimeML DATE value covers: its precision and its first/last
// day. Used to sort events, to tell "compatible" dates (one inside the other)
// from conflicting ones, and to bound publication dates.
import { daysInMonth, isoWeekStart, toDayNumber } from './calendar.ts';
import type { DatePrecision, TimexMod } from './types.ts';

export interface DayInterval {
  precision: DatePrecision;
  /** Day numbers (days since 1970-01-01), inclusive. */
  first: number;
  last: number;
}

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

function months(y: number, from: number, to: number): [number, number] {
  const endYear = y + Math.floor((to - 1) / 12);
  const endMonth = ((to - 1) % 12) + 1;
  return [toDayNumber({ y, m: from, d: 1 }), toDayNumber({ y: endYear, m: endMonth, d: daysInMonth(endYear, endMonth) })];
}

/**
 * The interval of a fully resolved value, or null for anything unresolved
 * (`XXXX-…`), vague (`PAST_REF`), a duration or a set.
 */
export function valueInterval(value: string): DayInterval | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value))) {
    const day = toDayNumber({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) });
    return { precision: 'day', first: day, last: day };
  }
  if ((m = /^(\d{4})-W(\d{2})-WE$/.exec(value))) {
    const first = toDayNumber(isoWeekStart(Number(m[1]), Number(m[2]))) + 5;
    return { precision: 'day', first, last: first + 1 };
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
    const first = toDayNumber(isoWeekStart(Number(m[1]), Number(m[2])));
    return { precision: 'week', first, last: first + 6 };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const [first, last] = months(Number(m[1]), Number(m[2]), Number(m[2]));
    return { precision: 'month', first, last };
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const [from, to] = SEASON_MONTHS[m[2] ?? ''] ?? [1, 1];
    const [first, last] = months(Number(m[1]), from, to);
    return { precision: 'season', first, last };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const q = Number(m[2]);
    const [first, last] = months(Number(m[1]), q * 3 - 2, q * 3);
    return { precision: 'quarter', first, last };
  }
  if ((m = /^(\d{4})-H([12])$/.exec(value))) {
    // A half year: no precision of its own, so it counts as its year's.
    const h = Number(m[2]);
    const [first, last] = months(Number(m[1]), h * 6 - 5, h * 6);
    return { precision: 'year', first, last };
  }
  if ((m = /^(\d{4})$/.exec(value))) {
    const [first, last] = months(Number(m[1]), 1, 12);
    return { precision: 'year', first, last };
  }
  if ((m = /^(\d{3})X?$/.exec(value))) {
    const y = Number(m[1]) * 10;
    return { precision: 'decade', first: toDayNumber({ y, m: 1, d: 1 }), last: toDayNumber({ y: y + 9, m: 12, d: 31 }) };
  }
  if ((m = /^(\d{2})$/.exec(value))) {
    const y = Number(m[1]) * 100;
    return { precision: 'century', first: toDayNumber({ y, m: 1, d: 1 }), last: toDayNumber({ y: y + 99, m: 12, d: 31 }) };
  }
  return null;
}

/**
 * Narrows an interval by its modifier: START/MID/END keep the first, middle or
 * last third; BEFORE/AFTER become the day just outside it. Used for sorting only.
 */
export function applyMod(interval: DayInterval, mod: TimexMod | undefined): DayInterval {
  const span = interval.last - interval.first + 1;
  const third = Math.max(1, Math.floor(span / 3));
  switch (mod) {
    case 'START':
      return { ...interval, last: interval.first + third - 1 };
    case 'MID':
      return { ...interval, first: interval.first + third, last: interval.last - third };
    case 'END':
      return { ...interval, first: interval.last - third + 1 };
    case 'BEFORE':
      return { ...interval, first: interval.first - 1, last: interval.first - 1 };
    case 'AFTER':
      return { ...interval, first: interval.last + 1, last: interval.last + 1 };
    default:
      return interval;
  }
}

/** Precision rank, coarsest first: used to put "2025" before "2025-01-01". */
export const PRECISION_RANK: Record<DatePrecision, number> = {
  century: 0,
  decade: 1,
  year: 2,
  quarter: 3,
  season: 4,
  month: 5,
  week: 6,
  day: 7,
};

export function contains(outer: DayInterval, inner: DayInterval): boolean {
  return outer.first <= inner.first && inner.last <= outer.last;
}
