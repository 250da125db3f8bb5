// Turns a relative expression into a TimeML value against the reference date.
// With no reference date the value keeps X placeholders and is flagged, so a
// relative date is never silently guessed.
import {
  addDays,
  addMonths,
  formatYmd,
  isValidYmd,
  isoWeekValue,
  monthValue,
  pad,
  toDayNumber,
  weekday,
  type Ymd,
} from './calendar.ts';
import type { Direction, Tense } from './tense.ts';

export interface Resolved {
  value: string;
  unresolved?: true;
}

export type Deictic = 'last' | 'this' | 'next' | null;

const UNRESOLVED = { unresolved: true } as const;

export function resolved(value: string): Resolved {
  return { value };
}

/** "Friday" → the Friday before ref in past-tense clauses, after it in future ones; ref's own weekday → ref. */
export function resolveWeekday(dow: number, ref: Ymd | null, direction: Direction, deictic: Deictic): Resolved {
  if (!ref) return { value: 'XXXX-XX-XX', ...UNRESOLVED };
  const refDow = weekday(ref);
  const back = (refDow - dow + 7) % 7;
  const forward = (dow - refDow + 7) % 7;
  if (deictic === 'last') return resolved(formatYmd(addDays(ref, back === 0 ? -7 : -back)));
  if (deictic === 'next') return resolved(formatYmd(addDays(ref, forward === 0 ? 7 : forward)));
  return resolved(formatYmd(addDays(ref, direction === 'future' ? forward : -back)));
}

/**
 * "August 9" → the most recent August 9 not after ref (past), the first not
 * before it (future), or the nearest one (tense unknown: "payable Dec. 7").
 */
export function resolveMonthDay(month: number, day: number, ref: Ymd | null, tense: Tense, weekdayStated: number | null = null): Resolved {
  if (!ref) return { value: `XXXX-${pad(month)}-${pad(day)}`, ...UNRESOLVED };
  const refDay = toDayNumber(ref);
  // "Saturday, April 25": the stated weekday picks the year within a year of ref, whatever the tense.
  const nearby = [ref.y - 1, ref.y, ref.y + 1].map((y) => ({ y, m: month, d: day })).filter(isValidYmd);
  const named = nearby.filter((date) => weekdayStated !== null && weekday(date) === weekdayStated);
  if (named.length === 1 && named[0]) return resolved(formatYmd(named[0]));
  let best: { date: Ymd; distance: number } | null = null;
  for (const y of [ref.y - 2, ref.y - 1, ref.y, ref.y + 1, ref.y + 2]) {
    const date = { y, m: month, d: day };
    if (!isValidYmd(date)) continue;
    const delta = toDayNumber(date) - refDay;
    if ((tense === 'past' && delta > 0) || (tense === 'future' && delta < 0)) continue;
    // Ties go to the past: news mostly reports what happened.
    const distance = Math.abs(delta) + (delta > 0 ? 0.5 : 0);
    if (!best || distance < best.distance) best = { date, distance };
  }
  return best ? resolved(formatYmd(best.date)) : { value: `XXXX-${pad(month)}-${pad(day)}`, ...UNRESOLVED };
}

/**
 * "in February" → the most recent February not after ref's month (past), the
 * next not before it (future), or the nearest (unknown; ties to the past).
 */
export function resolveMonth(month: number, ref: Ymd | null, direction: Tense, deictic: Deictic): Resolved {
  if (!ref) return { value: `XXXX-${pad(month)}`, ...UNRESOLVED };
  if (deictic === 'this') return resolved(monthValue(ref.y, month));
  if (deictic === 'last') return resolved(monthValue(month < ref.m ? ref.y : ref.y - 1, month));
  if (deictic === 'next') return resolved(monthValue(month > ref.m ? ref.y : ref.y + 1, month));
  const past = month <= ref.m ? ref.y : ref.y - 1;
  const future = month >= ref.m ? ref.y : ref.y + 1;
  if (direction === 'future') return resolved(monthValue(future, month));
  if (direction === 'past') return resolved(monthValue(past, month));
  const monthsBack = (ref.y - past) * 12 + ref.m - month;
  const monthsAhead = (future - ref.y) * 12 + month - ref.m;
  return resolved(monthValue(monthsAhead < monthsBack ? future : past, month));
}

/** last/this/next week|month|year|quarter, and "N units ago". */
export function resolveDeicticPeriod(unit: 'week' | 'month' | 'year' | 'quarter', offset: number, ref: Ymd | null): Resolved {
  if (!ref) {
    const placeholder = { week: 'XXXX-WXX', month: 'XXXX-XX', year: 'XXXX', quarter: 'XXXX-QX' }[unit];
    return { value: placeholder, ...UNRESOLVED };
  }
  switch (unit) {
    case 'week':
      return resolved(isoWeekValue(addDays(ref, offset * 7)));
    case 'month': {
      const { y, m } = addMonths(ref.y, ref.m, offset);
      return resolved(monthValue(y, m));
    }
    case 'year':
      return resolved(pad(ref.y + offset, 4));
    case 'quarter': {
      const index = ref.y * 4 + Math.floor((ref.m - 1) / 3) + offset;
      return resolved(`${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`);
    }
  }
}

export function resolveDayOffset(offset: number, ref: Ymd | null): Resolved {
  if (!ref) return { value: 'XXXX-XX-XX', ...UNRESOLVED };
  return resolved(formatYmd(addDays(ref, offset)));
}

export type SeasonCode = 'SP' | 'SU' | 'FA' | 'WI';
const SEASON_START: Record<SeasonCode, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/**
 * Seasons are northern-hemisphere meteorological: SP Mar–May, SU Jun–Aug,
 * FA Sep–Nov, WI Dec–Feb, labelled with the year they start in.
 */
export function resolveSeason(code: SeasonCode, ref: Ymd | null, direction: Direction, deictic: Deictic): Resolved {
  if (!ref) return { value: `XXXX-${code}`, ...UNRESOLVED };
  const start = SEASON_START[code];
  const refMonth = ref.y * 12 + ref.m - 1;
  // Months since the start of each candidate season (≥ 0 means it has begun).
  const begun = (y: number): number => refMonth - (y * 12 + start - 1);
  const ongoingOrPast = begun(ref.y) >= 0 ? ref.y : ref.y - 1;
  const isOngoing = begun(ongoingOrPast) < 3;
  let year: number;
  if (deictic === 'this') year = code === 'WI' && ref.m <= 2 ? ref.y - 1 : ref.y;
  else if (deictic === 'last') year = isOngoing ? ongoingOrPast - 1 : ongoingOrPast;
  else if (deictic === 'next' || direction === 'future') year = isOngoing && deictic !== 'next' ? ongoingOrPast : ongoingOrPast + 1;
  else year = ongoingOrPast;
  return resolved(`${pad(year, 4)}-${code}`);
}

/** "the second quarter" → the most recent Q2 that has begun (past) or the next not yet over (future). */
export function resolveQuarter(q: number, ref: Ymd | null, direction: Direction): Resolved {
  if (!ref) return { value: `XXXX-Q${q}`, ...UNRESOLVED };
  const refQ = Math.floor((ref.m - 1) / 3) + 1;
  // Results "to be released" for the quarter just ended are still this year's.
  const year = direction === 'future' ? (q >= refQ - 1 ? ref.y : ref.y + 1) : q <= refQ ? ref.y : ref.y - 1;
  return resolved(`${pad(year, 4)}-Q${q}`);
}

/** "the '90s" → the most recent such decade that has begun by ref. */
export function resolveShortDecade(digit: number, ref: Ymd | null): Resolved {
  if (!ref) return { value: `XX${digit}`, ...UNRESOLVED };
  let decade = Math.floor(ref.y / 100) * 100 + digit * 10;
  if (decade > ref.y) decade -= 100;
  return resolved(String(decade).slice(0, 3));
}
