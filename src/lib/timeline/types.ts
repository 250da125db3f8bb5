import type { Citation } from '../types.ts';

/** TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/**
 * TIMEX3 modifiers we produce. MORE_THAN / LESS_THAN only qualify durations
 * ("well over a century"); events carry START, MID, END, APPROX or BEFORE.
 */
export type TimexMod = 'START' | 'MID' | 'END' | 'APPROX' | 'BEFORE' | 'AFTER' | 'MORE_THAN' | 'LESS_THAN';

/** A temporal expression found in text, normalised against a reference date. */
export interface Timex {
  text: string;
  /** Character offsets in the input text, end exclusive. */
  start: number;
  end: number;
  type: TimexType;
  /** TimeML value: `2025-08-08`, `2025-08`, `2025`, `199`, `2025-W32`, `PAST_REF`, `P3D`, ... */
  value: string;
  mod?: TimexMod;
  /**
   * Set when the expression is relative (a weekday, "last month", a date without
   * a year…) and there was no reference date: `value` then keeps X placeholders.
   */
  unresolved?: true;
}

export type DatePrecision = 'day' | 'week' | 'month' | 'season' | 'quarter' | 'year' | 'decade' | 'century';

/** An event of the story: one happening, reported by one or more sources. */
export interface TimelineEvent {
  id: number;
  /** TimeML value of the event's date. */
  date: string;
  precision: DatePrecision;
  mod?: TimexMod | undefined;
  /** The sentence, trimmed. */
  description: string;
  citations: Citation[];
  sources: string[];
  /** Other dates that other outlets give for the same event. */
  conflicts: Array<{ date: string; citations: Citation[] }>;
  /**
   * Set when the date rests only on relative wording ("on Friday") in sources
   * whose publication date was itself inferred: says why it may be off.
   */
  uncertain?: string | undefined;
}

/** A source's publication date after resolution. */
export interface PublicationDate {
  source: string;
  date: string | null;
  provenance: 'given' | 'stated' | 'inferred' | null;
  reason: string;
  /**
   * Set on a stated date that disagrees with the dates the article mentions:
   * why. Such a date is kept but is never evidence for other sources' dates.
   */
  uncertain?: string;
  /**
   * The date the source's relative expressions are resolved against when it
   * differs from `date` (an uncertain stated date with a better inferred one).
   */
  eventRef?: string | null;
}
