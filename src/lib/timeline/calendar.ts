// Calendar arithmetic on plain year/month/day triples, in UTC so that no
// machine time zone (and no current time) can change a result.

export interface Ymd {
  y: number;
  /** 1-12 */
  m: number;
  /** 1-31 */
  d: number;
}

const DAY_MS = 86_400_000;

export function pad(n: number, width = 2): string {
  return String(Math.abs(n)).padStart(width, '0');
}

/** Parses the date part of an ISO date or date-time (`2025-08-09`, `2025-08-09T11:24:00+03:00`). */
export function parseIsoDate(iso: string | null | undefined): Ymd | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (!m) return null;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidYmd(ymd) ? ymd : null;
}

export function isValidYmd({ y, m, d }: Ymd): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function formatYmd({ y, m, d }: Ymd): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** Days since 1970-01-01: a total order for comparisons and arithmetic. */
export function toDayNumber({ y, m, d }: Ymd): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function fromDayNumber(n: number): Ymd {
  const date = new Date(n * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(date: Ymd, days: number): Ymd {
  return fromDayNumber(toDayNumber(date) + days);
}

/** 0 = Sunday ... 6 = Saturday (JavaScript's convention). */
export function weekday(date: Ymd): number {
  return new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay();
}

/** ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(date: Ymd): { year: number; week: number } {
  const dow = (weekday(date) + 6) % 7; // Monday = 0
  const thursday = addDays(date, 3 - dow);
  const jan1 = toDayNumber({ y: thursday.y, m: 1, d: 1 });
  return { year: thursday.y, week: Math.floor((toDayNumber(thursday) - jan1) / 7) + 1 };
}

export function isoWeekValue(date: Ymd): string {
  const { year, week } = isoWeek(date);
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** Monday of an ISO week. */
export function isoWeekStart(year: number, week: number): Ymd {
  const jan4 = { y: year, m: 1, d: 4 };
  const mondayOfWeek1 = addDays(jan4, -((weekday(jan4) + 6) % 7));
  return addDays(mondayOfWeek1, (week - 1) * 7);
}

/** Shifts a (year, month) pair by whole months. */
export function addMonths(y: number, m: number, months: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + months;
  return { y: Math.floor(index / 12), m: (index % 12 + 12) % 12 + 1 };
}

export function monthValue(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** The `YYYY-MM-DD` reference date of an ISO date or date-time, or null when there is none or it is malformed. */
export function refDateOf(published: string | null | undefined): string | null {
  const ymd = parseIsoDate(published);
  return ymd ? formatYmd(ymd) : null;
}
