// Which date (if any) a sentence reports something at: the "anchor" of an event.
import { addDays, formatYmd, pad, parseIsoDate, toDayNumber } from './calendar.ts';
import { valueInterval, type DayInterval } from './interval.ts';
import { clauseBounds, directionAt } from './tense.ts';
import type { Timex, TimexMod } from './types.ts';

export interface Anchor {
  value: string;
  mod?: TimexMod;
  interval: DayInterval;
  /** Offsets of the date expression in the sentence. */
  start: number;
  end: number;
  /** True when the value depends on the reference date (weekday, "last month", …). */
  relative: boolean;
}

// A verb in the past or present: "-ed" forms, common irregulars, auxiliaries.
const REPORTING_VERB =
  /\b(?:[a-z]{2,}ed|said|says|told|met|saw|sees|began|begun|took|made|went|came|gave|won|lost|found|held|left|hit|set|led|fell|rose|spoke|wrote|sent|struck|became|broke|ran|paid|sold|is|are|was|were|has|have|had|remains?|goes|go|dates?|grew|flew|drew|chose|shot|stood|fought|caught|built|brought|bought|thought|taught|sought|signs?)\b/i;
// A date after these words is a point of comparison, not when the event happened.
const COMPARISON = /\b(?:compared (?:with|to)|than|versus|vs\.?|as against|from a year earlier)\b/i;
const BACK = /\b(?:back|ago)\b/i;

/** Whether a value needed the reference date to be resolved. */
function isAbsoluteText(timex: Timex): boolean {
  return /\d{4}|\d0s\b|century/i.test(timex.text) || /^\d{2,3}$/.test(timex.value);
}

/**
 * Picks the anchor: the first resolved DATE/TIME that is not in a comparison
 * and does not lie after the reference date (a plan is not an event). With no
 * such date, "goes back over a century" / "N years back" give ref minus the
 * duration (mod BEFORE when the duration is a lower bound). Vague references
 * and plain durations give no anchor.
 */
export function pickAnchor(sentence: string, timexes: readonly Timex[], ref: string | null): Anchor | null {
  if (!REPORTING_VERB.test(sentence)) return null;
  const refDate = parseIsoDate(ref);
  const refDay = refDate ? toDayNumber(refDate) : null;
  for (const timex of timexes) {
    if ((timex.type !== 'DATE' && timex.type !== 'TIME') || timex.unresolved) continue;
    const interval = valueInterval(timex.value);
    if (!interval) continue;
    if (refDay !== null && interval.first > refDay) continue;
    const [clauseStart] = clauseBounds(sentence, timex.start, timex.end);
    if (COMPARISON.test(sentence.slice(clauseStart, timex.start))) continue;
    if (directionAt(sentence, timex.start, timex.end) === 'future') continue;
    const anchor: Anchor = {
      value: timex.type === 'TIME' ? timex.value.slice(0, 10) : timex.value,
      interval,
      start: timex.start,
      end: timex.end,
      relative: !isAbsoluteText(timex),
    };
    if (timex.mod) anchor.mod = timex.mod;
    return anchor;
  }
  if (!refDate) return null;
  for (const timex of timexes) {
    if (timex.type !== 'DURATION') continue;
    const near = sentence.slice(Math.max(0, timex.start - 30), timex.end + 6);
    if (!BACK.test(near) || directionAt(sentence, timex.start, timex.end) === 'future') continue;
    const m = /^P(\d+)([YMWD])$/.exec(timex.value);
    if (!m) continue;
    const n = Number(m[1]);
    let value: string;
    if (m[2] === 'Y') value = pad(refDate.y - n, 4);
    else if (m[2] === 'D' || m[2] === 'W') value = formatYmd(addDays(refDate, -n * (m[2] === 'W' ? 7 : 1)));
    else continue;
    const interval = valueInterval(value);
    if (!interval) continue;
    const anchor: Anchor = { value, interval, start: timex.start, end: timex.end, relative: true };
    const mod = timex.mod === 'MORE_THAN' ? 'BEFORE' : timex.mod === 'LESS_THAN' ? 'AFTER' : 'APPROX';
    anchor.mod = mod;
    return anchor;
  }
  return null;
}
