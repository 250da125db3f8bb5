// What every tagging rule gets and returns.
import type { AnaphorKind } from './anaphoric.ts';
import type { Ymd } from '../calendar.ts';
import type { Resolved } from '../resolve.ts';
import { directionAt, tenseAt, type Direction, type Tense } from '../tense.ts';
import type { Timex, TimexMod, TimexType } from '../types.ts';

export interface TagContext {
  text: string;
  ref: Ymd | null;
}

/** A possible timex; overlapping candidates are settled by length, then priority. */
export interface Candidate extends Timex {
  /** Lower wins among equally long overlapping candidates. */
  priority: number;
  /** Set when the value is another date of the text, filled in after selection. */
  anaphor?: AnaphorKind;
}

export type Rule = (ctx: TagContext) => Candidate[];

export function candidate(
  ctx: TagContext,
  start: number,
  end: number,
  type: TimexType,
  resolvedValue: Resolved,
  mod: TimexMod | undefined,
  priority: number,
): Candidate {
  const c: Candidate = { text: ctx.text.slice(start, end), start, end, type, value: resolvedValue.value, priority };
  if (mod) c.mod = mod;
  if (resolvedValue.unresolved) c.unresolved = true;
  return c;
}

export function direction(ctx: TagContext, start: number, end: number): Direction {
  return directionAt(ctx.text, start, end);
}

export function tense(ctx: TagContext, start: number, end: number): Tense {
  return tenseAt(ctx.text, start, end);
}

/** The lower-cased word just before `at`, skipping spaces (and a leading "the"). */
export function wordBefore(text: string, at: number): string {
  const m = /([A-Za-z’']+)[\s-]*$/.exec(text.slice(Math.max(0, at - 40), at));
  return m?.[1]?.toLowerCase() ?? '';
}

/** The word just after `at`, case kept. */
export function wordAfter(text: string, at: number): string {
  const m = /^\s+([A-Za-z’'%]+)/.exec(text.slice(at, at + 40));
  return m?.[1] ?? '';
}

export function isCapitalised(word: string): boolean {
  return /^[A-Z]/.test(word);
}

/** Start offset of a regex group inside a match (needs the `d` flag). */
export function groupStart(m: RegExpExecArray, group: number): number {
  return m.indices?.[group]?.[0] ?? m.index;
}

export function groupEnd(m: RegExpExecArray, group: number): number {
  return m.indices?.[group]?.[1] ?? m.index + m[0].length;
}

/** Prepositions and determiners that mark a following word as a time expression. */
export const TEMPORAL_SIGNALS: ReadonlySet<string> = new Set([
  'in', 'on', 'since', 'by', 'until', 'till', 'through', 'during', 'of', 'from', 'to', 'before', 'after',
  'early', 'mid', 'late', 'last', 'this', 'next', 'between', 'and', 'or', 'throughout', 'around', 'into',
]);
