// The temporal tagger: finds date expressions in text and normalises them to
// TimeML TIMEX3 values against a reference date (see README.md for the rules).
import { parseIsoDate } from './calendar.ts';
import { calendarDates, centuries, decades, halves, months, quarters, seasons, spelledYears, yearEnds, years } from './rules/absolute.ts';
import { anaphoricPeriods, resolveAnaphors } from './rules/anaphoric.ts';
import { ago, bareClockTimes, bareDayParts, clockWeekdays, dayWords, deicticPeriods, everyPeriod, theYear, weekdays, weekends } from './rules/relative.ts';
import type { Candidate, Rule, TagContext } from './rules/shared.ts';
import { durations, vagueRefs } from './rules/vague.ts';
import type { Timex } from './types.ts';

const RULES: readonly Rule[] = [
  calendarDates,
  months,
  years,
  spelledYears,
  yearEnds,
  decades,
  centuries,
  seasons,
  quarters,
  halves,
  anaphoricPeriods,
  weekdays,
  clockWeekdays,
  bareClockTimes,
  bareDayParts,
  everyPeriod,
  dayWords,
  weekends,
  theYear,
  deicticPeriods,
  ago,
  durations,
  vagueRefs,
];

/**
 * Tags the temporal expressions of `text`. `ref` is the reference date
 * (`YYYY-MM-DD`, or a date-time whose date part is used); with null, relative
 * expressions come back with X placeholders and `unresolved: true`.
 */
export function tagTemporalExpressions(text: string, ref: string | null): Timex[] {
  const refDate = ref === null ? null : parseIsoDate(ref);
  if (ref !== null && !refDate) throw new Error(`tagTemporalExpressions: bad reference date "${ref}" (want YYYY-MM-DD)`);
  const ctx: TagContext = { text, ref: refDate };
  const candidates = RULES.flatMap((rule) => rule(ctx));
  return resolveAnaphors(selectNonOverlapping(candidates), refDate).map(toTimex);
}

/** Longest match wins; among equally long ones, the rule with the lower priority number. */
function selectNonOverlapping(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (c.end <= c.start) continue;
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function toTimex(c: Candidate): Timex {
  const timex: Timex = { text: c.text, start: c.start, end: c.end, type: c.type, value: c.value };
  if (c.mod) timex.mod = c.mod;
  if (c.unresolved) timex.unresolved = true;
  return timex;
}
