// The one place chrono-node is used. chrono is good at the many spellings of
// calendar dates ("Aug. 9, 2025", "9 August 2025", "08/09/2025", "2025-08-09",
// "Sept. 3rd"); we take only its components that the text actually states and
// resolve everything relative ourselves, so chrono's own reference-date guesses
// never leak in.
import * as chrono from 'chrono-node';

export interface CalendarDate {
  text: string;
  start: number;
  end: number;
  /** null when the text gives no year ("August 9"). */
  year: number | null;
  month: number;
  day: number;
  /** Set when the text also states a clock time. */
  hour: number | null;
  minute: number | null;
  /** The weekday the text states with the date ("Saturday, April 25"), 0 = Sunday; else null. */
  weekday: number | null;
}

// A fixed reference: chrono needs one, but we never read implied values.
const FIXED_REF = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };
// "Fourth of July"-style holidays are spelled with month names, so this stays safe.
const MAY_HOLD_DATE = /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const RELATIVE_WORDS = /\b(?:ago|later|earlier|yesterday|today|tonight|tomorrow|last|next|this|now)\b/i;
const LEADING_SIGNAL = /^(?:on|at|in|by|from|since|until|the)\s+/i;
// "Jan. 1, 1990 at 1,015 francs": the "at 1" is a price, not a clock time.
const PRICE_AFTER = /^[,.]\d/;
const RANGE_SEPARATOR = /\s+(?:to|through|until|and)\s+|\s*[-–]\s*(?=[A-Za-z])/i;

/** Calendar dates with at least a month and a day stated in the text. */
export function findCalendarDates(text: string): CalendarDate[] {
  const found: CalendarDate[] = [];
  // chrono is the slow part of tagging; a calendar date needs a digit or a month word.
  if (!MAY_HOLD_DATE.test(text)) return found;
  for (const result of chrono.strict.parse(text, FIXED_REF)) {
    const c = result.start;
    if (!c.isCertain('month') || !c.isCertain('day')) continue;
    // Relative phrases ("three days ago", "yesterday") are resolved by our own rules.
    if ([...c.tags()].some((tag) => tag.startsWith('result/relativeDate') || tag.startsWith('casualReference'))) continue;
    if (RELATIVE_WORDS.test(result.text)) continue;
    const year = c.isCertain('year') ? c.get('year') : null;
    let start = result.index;
    let matched = result.text;
    const signal = LEADING_SIGNAL.exec(matched);
    if (signal) {
      start += signal[0].length;
      matched = matched.slice(signal[0].length);
    }
    // Bare numeric forms ("3/4", "8 to 112 5/8") are too often fractions or scores: need a year.
    if (!/[A-Za-z]/.test(matched.replace(/\b(?:to|and|through|at)\b/gi, '')) && year === null) continue;
    const month = c.get('month');
    const day = c.get('day');
    if (month === null || day === null) continue;
    // A range ("Aug. 26 to Oct. 20") is two TIMEX3s in TimeML: its start here, its end below.
    const range = result.end ? RANGE_SEPARATOR.exec(matched) : null;
    const end = result.end;
    if (range && end && /[A-Za-z]{3}|\d{4}/.test(matched.slice(range.index + range[0].length))) {
      const endText = matched.slice(range.index + range[0].length);
      const endStart = start + range.index + range[0].length;
      const endMonth = end.get('month');
      const endDay = end.get('day');
      if (endMonth !== null && endDay !== null) {
        found.push({
          text: endText,
          start: endStart,
          end: endStart + endText.length,
          year: end.isCertain('year') ? end.get('year') : year,
          month: endMonth,
          day: endDay,
          hour: null,
          minute: null,
          weekday: null,
        });
      }
      matched = matched.slice(0, range.index);
    }
    const price = c.isCertain('hour') && PRICE_AFTER.test(text.slice(start + matched.length)) && /\s+at\s+\d{1,2}$/.test(matched);
    if (price) matched = matched.replace(/\s+at\s+\d{1,2}$/, '');
    found.push({
      text: matched,
      start,
      end: start + matched.length,
      year,
      month,
      day,
      hour: price ? null : c.isCertain('hour') ? c.get('hour') : null,
      minute: !price && c.isCertain('hour') ? (c.get('minute') ?? 0) : null,
      weekday: c.isCertain('weekday') ? c.get('weekday') : null,
    });
  }
  return found;
}
