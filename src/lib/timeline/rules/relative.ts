// Rules for expressions anchored on the reference date: weekdays, today /
// yesterday, last/this/next week|month|year, and "N units ago".
import { MONTHS, NUMBER_PATTERN, PART_PATTERN, WEEKDAYS, WEEKDAY_COMPOUNDS, WEEKDAY_PATTERN, parseCount, partMod, singularUnit } from '../lexicon.ts';

const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
import { resolveDayOffset, resolveDeicticPeriod, resolveWeekday, resolved, type Deictic, type Resolved } from '../resolve.ts';
import { addDays, formatYmd, isoWeekValue, monthValue, pad, addMonths, weekday } from '../calendar.ts';
import type { TimexMod } from '../types.ts';
import { candidate, direction, groupStart, isCapitalised, wordAfter, wordBefore, type Candidate, type Rule } from './shared.ts';

const WEEKDAY_RE = new RegExp(`\\b(?:(last|this|next|previous|early|late)\\s+)?(${WEEKDAY_PATTERN})(s)?(?:\\s+(morning|afternoon|evening|night))?(?![\\w])`, 'gid');
/** TimeML parts of the day. */
const DAY_PARTS: Record<string, string> = { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI', tonight: 'TNI', overnight: 'TNI' };
const ISO_WEEKDAY = [7, 1, 2, 3, 4, 5, 6];

/**
 * "on Friday", "Friday's news", "last Tuesday". A bare weekday is the last such
 * day before ref (or the next one in a future clause); ref's own weekday is ref.
 */
export const weekdays: Rule = (ctx) => {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(WEEKDAY_RE)) {
    const name = m[2] ?? '';
    if (!isCapitalised(name)) continue;
    const dow = WEEKDAYS.get(name.toLowerCase());
    if (dow === undefined) continue;
    const nameStart = groupStart(m, 2);
    const before = wordBefore(ctx.text, m.index);
    // "Good Friday", "Super Tuesday"; "The Sunday Times".
    if (!m[1] && WEEKDAY_COMPOUNDS.has(before) && isCapitalised(ctx.text.slice(0, m.index).trimEnd().split(/\s/).pop() ?? '')) continue;
    if (!m[1] && before === 'the' && isCapitalised(wordAfter(ctx.text, m.index + m[0].length))) continue;
    const modifier = m[1]?.toLowerCase() === 'previous' ? 'last' : m[1]?.toLowerCase();
    const deictic = modifier === 'last' || modifier === 'this' || modifier === 'next' ? (modifier as Deictic) : null;
    const start = deictic ? m.index : nameStart;
    const end = m.index + m[0].length;
    const part = m[4] ? (DAY_PARTS[m[4].toLowerCase()] ?? '') : '';
    if (m[3]) {
      out.push(candidate(ctx, nameStart, end, 'SET', resolved(`XXXX-WXX-${ISO_WEEKDAY[dow]}${part}`), undefined, 2));
      continue;
    }
    const value = withPart(resolveWeekday(dow, ctx.ref, direction(ctx, start, end), deictic), part);
    const c = candidate(ctx, start, end, part ? 'TIME' : 'DATE', value, undefined, 2);
    // "down 4.5% from the previous Friday": the one before the day last named (resolved with the anaphors).
    if (!part && m[1]?.toLowerCase() === 'previous' && before === 'the') c.anaphor = `previous-weekday-${dow}`;
    out.push(c);
  }
  return out;
};

/** A day value with a TimeML part of day ("2025-08-08TNI"); unresolved days keep theirs. */
function withPart(day: Resolved, part: string): Resolved {
  return part && !day.unresolved ? { value: `${day.value}${part}` } : day;
}

// A clock time next to a weekday: "10 p.m. Wednesday", "noon Thursday", "Friday at 3 p.m.", "midnight Friday".
const CLOCK = String.raw`(noon|midnight|(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\.?)`;
const CLOCK_WEEKDAY_RE = new RegExp(
  String.raw`\b(?:${CLOCK}\s+(?:on\s+)?(${WEEKDAY_PATTERN})|(${WEEKDAY_PATTERN})\s+(?:at\s+)?(noon|midnight|(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\.?))(?![\w])`,
  'gd',
);

function clockValue(word: string, hour: string | undefined, minute: string | undefined, half: string | undefined): string {
  const w = word.toLowerCase();
  if (w === 'noon') return 'T12:00';
  if (w === 'midnight') return 'T24:00';
  let h = Number(hour) % 12;
  if ((half ?? '').toLowerCase() === 'p') h += 12;
  return `T${pad(h)}:${minute ?? '00'}`;
}

// A clock time on its own: "around 7:15 p.m." (APPROX), "10 a.m. EST", "noon" and "midnight" after "at",
// "by", "until" …. Its day is the day last named, else ref's (resolved with the anaphors); with a weekday
// or a date the longer rules win.
const BARE_CLOCK_RE = new RegExp(
  String.raw`(?:\b(around|about)\s+)?(?:\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.m\.|(?<=\b(?:at|by|until|till|before|after|around|about|from|since)\s+)(noon|midnight))(?:\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|local time))?`,
  'gi',
);

// A part of the day on its own: "in the morning", "by mid-afternoon"; "overnight" is the night before.
// Like clock times, they belong to the day last named, else ref's.
const BARE_PART_RE = /(?<=\b(?:in|during|by|until|early in|late in|later in|earlier in)\s+)(?:the\s+(morning|afternoon|evening)|mid[- ]?(morning|afternoon))\b|(?<=\b(?:by|until|at|in|from)\s+)mid[- ]?(morning|afternoon)\b|\b(overnight)\b(?!\s+(?:rate|stay|bag|delivery|shipping|flight|trip)s?\b)/gi;

export const bareDayParts: Rule = (ctx) => {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(BARE_PART_RE)) {
    const word = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').toLowerCase();
    const part = DAY_PARTS[word] ?? '';
    const back = word === 'overnight' ? 1 : 0;
    const value = ctx.ref ? resolved(`${formatYmd(addDays(ctx.ref, -back))}${part}`) : { value: `XXXX-XX-XX${part}`, unresolved: true as const };
    const c = candidate(ctx, m.index, m.index + m[0].length, 'TIME', value, undefined, 4);
    c.anaphor = `part-${part}-${back}`;
    out.push(c);
  }
  return out;
};

export const bareClockTimes: Rule = (ctx) => {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(BARE_CLOCK_RE)) {
    if (m[2] !== undefined && (Number(m[2]) < 1 || Number(m[2]) > 12)) continue;
    const time = clockValue(m[5] ?? 'clock', m[2], m[3], m[4]) as `T${string}`;
    let end = m.index + m[0].length;
    // "a.m." / "p.m." may end a sentence: the full stop is the abbreviation's.
    if (ctx.text[end - 1] === ' ') end--;
    const value = ctx.ref ? resolved(`${formatYmd(ctx.ref)}${time}`) : { value: `XXXX-XX-XX${time}`, unresolved: true as const };
    const c = candidate(ctx, m.index, end, 'TIME', value, m[1] ? 'APPROX' : undefined, 3);
    c.anaphor = `clock-${time}`;
    out.push(c);
  }
  return out;
};

/** "10 p.m. Wednesday" → 2025-08-06T22:00: the weekday resolved as usual, with its clock time (TIME). */
export const clockWeekdays: Rule = (ctx) => {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(CLOCK_WEEKDAY_RE)) {
    const name = m[5] ?? m[6] ?? '';
    const dow = WEEKDAYS.get(name.toLowerCase());
    if (dow === undefined) continue;
    const time = m[1] ? clockValue(m[1], m[2], m[3], m[4]) : clockValue(m[7] ?? '', m[8], m[9], m[10]);
    const end = m.index + m[0].length;
    const day = resolveWeekday(dow, ctx.ref, direction(ctx, m.index, end), null);
    out.push(candidate(ctx, m.index, end, 'TIME', day.unresolved ? day : { value: `${day.value}${time}` }, undefined, 2));
  }
  return out;
};

const EVERY_RE = new RegExp(`\\b(?:each|every)\\s+(?:(${WEEKDAY_PATTERN})|(${MONTH_NAMES})|(day|week|month|quarter|year))\\b`, 'gd');

/** "each Thursday" → SET XXXX-WXX-4, "every July" → XXXX-07, "each year" → P1Y (TimeML SETs). */
export const everyPeriod: Rule = (ctx) => {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(EVERY_RE)) {
    let value: string;
    if (m[1]) value = `XXXX-WXX-${ISO_WEEKDAY[WEEKDAYS.get(m[1].toLowerCase()) ?? 0]}`;
    else if (m[2]) value = `XXXX-${pad(MONTHS.get(m[2].toLowerCase()) ?? 1)}`;
    else value = `P1${{ day: 'D', week: 'W', month: 'M', quarter: 'Q', year: 'Y' }[(m[3] ?? 'year').toLowerCase()] ?? 'Y'}`;
    out.push(candidate(ctx, m.index, m.index + m[0].length, 'SET', resolved(value), undefined, 1));
  }
  return out;
};

const DAY_WORDS: Array<[RegExp, number]> = [
  [/\bthe day before yesterday\b/gi, -2],
  [/\bthe day after tomorrow\b/gi, 2],
  [/\b(?:today|tonight|this (?:morning|afternoon|evening))\b/gi, 0],
  [/\b(?:yesterday|last night)(?:\s+(morning|afternoon|evening))?\b/gi, -1],
  [/\b(?:(?:mid-?|early\s+|late\s+)?(morning|afternoon|evening))\s+yesterday\b/gi, -1],
  [/\btomorrow(?:\s+(morning|afternoon|evening|night))?\b/gi, 1],
];

// "today's world", "the people of tomorrow": the present or future in general.
const GENERIC_AFTER = /^['’]s\s+(?:world|society|economy|era|age|culture|generation|youth|children|kids|standards|terms|dollars|technology|consumers?)\b/i;

/** A day word that names no day: generic uses, and names ("USA Today", "VOA Today"). */
function genericDayWord(text: string, start: number, word: string): boolean {
  if (!/^(?:today|tomorrow)$/i.test(word)) return false;
  const after = text.slice(start + word.length, start + word.length + 40);
  const before = text.slice(Math.max(0, start - 20), start);
  if (GENERIC_AFTER.test(after)) return true;
  if (/\bof\s+$/i.test(before) && /^tomorrow$/i.test(word) && /^\s*(?:[.,;:!?"”']|and\b|$)/.test(after)) return true;
  // A capitalised "Today" after a capitalised word, not at a sentence start, ends a name.
  return /^Today$/.test(word) && /[A-Z][A-Za-z]*\s+$/.test(before) && !/[.!?]["”'’]*\s+[A-Z][A-Za-z]*\s+$/.test(before);
}

/** today / yesterday / tomorrow and friends; "last night", "this morning" carry TimeML's part of day. */
export const dayWords: Rule = (ctx) => {
  const out: Candidate[] = [];
  for (const [re, offset] of DAY_WORDS) {
    for (const m of ctx.text.matchAll(re)) {
      const word = m[0].toLowerCase();
      if (genericDayWord(ctx.text, m.index, m[0])) continue;
      const partWord = m[1] ?? (word === 'tonight' || word === 'last night' ? 'night' : /^this /.test(word) ? word.slice(5) : '');
      const part = DAY_PARTS[partWord.toLowerCase()] ?? '';
      const value = withPart(resolveDayOffset(offset, ctx.ref), part);
      out.push(candidate(ctx, m.index, m.index + m[0].length, part ? 'TIME' : 'DATE', value, undefined, 2));
    }
  }
  return out;
};

const WEEKEND_RE = /\b(?:(last|this|next|the)\s+)weekend\b/gid;

/** "over the weekend" → the last weekend by ref (`2025-W32-WE`), "next weekend", "this weekend". */
export const weekends: Rule = (ctx) => {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(WEEKEND_RE)) {
    const word = (m[1] ?? 'the').toLowerCase();
    const start = m.index;
    const end = m.index + m[0].length;
    let value: Resolved;
    if (!ctx.ref) value = { value: 'XXXX-WXX-WE', unresolved: true };
    else {
      const isWeekend = [0, 6].includes(weekday(ctx.ref));
      const future = word === 'next' || (word === 'the' && direction(ctx, start, end) === 'future');
      const weeks = word === 'this' || (isWeekend && word === 'the') || (future && word === 'the') ? 0 : future ? 1 : -1;
      value = resolved(`${isoWeekValue(addDays(ctx.ref, weeks * 7))}-WE`);
    }
    out.push(candidate(ctx, start, end, 'DATE', value, undefined, 2));
  }
  return out;
};

const THE_YEAR_RE = /\bthe\s+(?:(?:full|fiscal|current|calendar)\s+)*year\b(?!\s+(?:before|after|earlier|later|ago|two thousand))/gi;

/** "the year", "the full year": the reference year; "the year ended June 30" is a length (P1Y). */
export const theYear: Rule = (ctx) => {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(THE_YEAR_RE)) {
    const end = m.index + m[0].length;
    const after = ctx.text.slice(end, end + 12);
    if (/^\s+(?:ended|ending|to)\b/i.test(after)) {
      out.push(candidate(ctx, m.index, end, 'DURATION', resolved('P1Y'), undefined, 8));
      continue;
    }
    // "of the year" after a superlative or a count is the ref year; "the year 2000" is left to the year rule.
    if (/^\s+\d{4}/.test(after)) continue;
    const value = ctx.ref ? resolved(pad(ctx.ref.y, 4)) : { value: 'XXXX', unresolved: true as const };
    out.push(candidate(ctx, m.index, end, 'DATE', value, undefined, 8));
  }
  return out;
};

const PERIOD_RE = new RegExp(`\\b${PART_PATTERN}(last|this|next|the)\\s+(week|month|year)\\b`, 'gid');

/** "last week" → 2025-W31, "late last month" → 2025-07 END, "earlier this year" → 2025, "the end of the month" → 2025-08 END. */
export const deicticPeriods: Rule = (ctx) => {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(PERIOD_RE)) {
    // "This Week" mid-sentence with a capital W is a title (a TV programme), not a date.
    if (/^This Week$/.test(m[0]) && /[a-z,"“]\s*$/.test(ctx.text.slice(Math.max(0, m.index - 3), m.index))) continue;
    // "the end of the month", "the middle of the week": ref's own (a bare "the month" is left alone).
    if ((m[2] ?? '').toLowerCase() === 'the' && !/^the /i.test(m[1] ?? '')) continue;
    const offset = { last: -1, this: 0, next: 1 }[(m[2] ?? '').toLowerCase()] ?? 0;
    const unit = (m[3] ?? 'year').toLowerCase() as 'week' | 'month' | 'year';
    // "this year" after a month ("in February this year") is left to that month.
    const value = resolveDeicticPeriod(unit, offset, ctx.ref);
    out.push(candidate(ctx, m.index, m.index + m[0].length, 'DATE', value, partMod(m[1]), 2));
  }
  return out;
};

const AGO_RE = new RegExp(
  `\\b(?:(about|around|roughly|nearly|almost|some|more than|over|well over|less than|just over)\\s+)?(?:(${NUMBER_PATTERN})\\s+)?(minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries)\\s+(?:ago|earlier|before)\\b`,
  'gid',
);

function qualifierMod(word: string | undefined): TimexMod | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (w.includes('over') || w === 'more than') return 'BEFORE';
  if (w === 'less than' || w === 'nearly' || w === 'almost') return 'AFTER';
  return 'APPROX';
}

/** "two weeks ago" → 2025-W30, "three days ago" → 2025-08-06, "a decade ago" → 2015 APPROX. */
export const ago: Rule = (ctx) => {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(AGO_RE)) {
    // "two days earlier/before" is anaphoric (relative to another event): not resolvable here.
    if (!/ago\b/i.test(m[0])) continue;
    const count = m[2] === undefined ? null : parseCount(m[2]);
    const unit = singularUnit(m[3] ?? '');
    const start = m.index;
    const end = m.index + m[0].length;
    if (count === null || count === undefined) {
      out.push(candidate(ctx, start, end, 'DATE', resolved('PAST_REF'), undefined, 2));
      continue;
    }
    let mod = qualifierMod(m[1]);
    let value: Resolved;
    const ref = ctx.ref;
    if (!ref) value = { value: unit === 'day' ? 'XXXX-XX-XX' : unit === 'week' ? 'XXXX-WXX' : unit === 'month' ? 'XXXX-XX' : 'XXXX', unresolved: true };
    else if (unit === 'minute' || unit === 'hour') value = resolved(formatYmd(ref));
    else if (unit === 'day') value = resolved(formatYmd(addDays(ref, -count)));
    else if (unit === 'week') value = resolved(isoWeekValue(addDays(ref, -7 * count)));
    else if (unit === 'month') {
      const shifted = addMonths(ref.y, ref.m, -count);
      value = resolved(monthValue(shifted.y, shifted.m));
    } else {
      const years = count * (unit === 'decade' ? 10 : unit === 'century' ? 100 : 1);
      value = resolved(pad(ref.y - years, 4));
      // "a decade ago" is a round figure, not a calendar year.
      if (unit !== 'year' && !mod) mod = 'APPROX';
    }
    out.push(candidate(ctx, start, end, 'DATE', value, mod, 2));
  }
  return out;
};
