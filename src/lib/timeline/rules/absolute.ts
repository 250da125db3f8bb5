// Rules for expressions that name their period: calendar dates, months, years,
// decades, centuries, seasons and quarters (possibly without a year, which is
// then resolved against the reference date).
import { findCalendarDates } from '../chrono-adapter.ts';
import { formatYmd, pad } from '../calendar.ts';
import {
  AMBIGUOUS_MONTHS,
  DECADE_WORDS,
  MONTHS,
  MONTH_PATTERN,
  ORDINALS,
  PART_PATTERN,
  partMod,
} from '../lexicon.ts';
import {
  resolveMonth,
  resolveMonthDay,
  resolveQuarter,
  resolveSeason,
  resolveShortDecade,
  resolveDeicticPeriod,
  resolved,
  type Deictic,
  type SeasonCode,
} from '../resolve.ts';
import {
  TEMPORAL_SIGNALS,
  candidate,
  direction,
  tense,
  groupEnd,
  groupStart,
  isCapitalised,
  wordAfter,
  wordBefore,
  type Candidate,
  type Rule,
  type TagContext,
} from './shared.ts';

/** Day-precision dates spelled out in the text (via chrono). */
export const calendarDates: Rule = (ctx) =>
  findCalendarDates(ctx.text).map((date) => {
    const day = date.year !== null
      ? resolved(formatYmd({ y: date.year, m: date.month, d: date.day }))
      : resolveMonthDay(date.month, date.day, ctx.ref, tense(ctx, date.start, date.end), date.weekday);
    if (date.hour !== null && !day.unresolved) {
      const time = { value: `${day.value}T${pad(date.hour)}:${pad(date.minute ?? 0)}` };
      return candidate(ctx, date.start, date.end, 'TIME', time, undefined, 1);
    }
    return candidate(ctx, date.start, date.end, 'DATE', day, undefined, 1);
  });

const MONTH_RE = new RegExp(
  `\\b${PART_PATTERN}(?:(last|this|next)\\s+)?(${MONTH_PATTERN})(?:,?\\s+(?:of\\s+)?(\\d{4})(?!\\d)|,?\\s+(?:of\\s+)?(last|this|next)\\s+year)?(?!\\w|[’'](?!s\\b))`,
  'gid',
);

/** "in February", "June saw", "mid-June", "February 2025", "last March". */
export const months: Rule = (ctx) => {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(MONTH_RE)) {
    const word = m[3] ?? '';
    if (!isCapitalised(word)) continue;
    const key = word.replace('.', '').toLowerCase();
    const month = MONTHS.get(key);
    if (month === undefined) continue;
    const year = m[4] ?? (m[5] && ctx.ref ? pad(ctx.ref.y + ({ last: -1, this: 0, next: 1 }[m[5].toLowerCase()] ?? 0), 4) : undefined);
    const hasContext = Boolean(m[1] || m[2] || m[4] || m[5]);
    const before = wordBefore(ctx.text, groupStart(m, 3));
    const signalled = hasContext || TEMPORAL_SIGNALS.has(before);
    // "May" and "March" are verbs and nouns too; abbreviations alone are rare as dates.
    const abbreviated = key.length <= 4 && key !== 'june' && key !== 'july' && key !== 'may';
    if ((AMBIGUOUS_MONTHS.has(key) || abbreviated) && !signalled && !/^[’']s\b/.test(ctx.text.slice(m.index + m[0].length))) continue;
    // "June Carter": a month followed by a capitalised name is a person.
    if (!signalled && isCapitalised(wordAfter(ctx.text, groupEnd(m, 3))) && !year) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    const mod = partMod(m[1]);
    const value = year
      ? resolved(`${year}-${pad(month)}`)
      : resolveMonth(month, ctx.ref, tense(ctx, start, end), (m[2]?.toLowerCase() ?? null) as Deictic);
    out.push(candidate(ctx, start, end, 'DATE', value, mod, 3));
  }
  return out;
};

const YEAR_RE = new RegExp(`\\b${PART_PATTERN}(\\d{4})(?![\\d])`, 'gid');
const COUNT_NOUN = /^(?:percent|per|%|people|persons|men|women|children|troops|units|times|votes|km|miles|meters|metres|feet|tons|tonnes|dollars|euros|pesos)$/i;
const NOT_PLURAL = new Set(['was', 'has', 'is', 'does', 'as', 'its', 'this', 'his', 'us', 'always', 'across', 'plus', 'versus', 'less', 'thus']);

// Capitalised words a year may follow without being part of a name.
const YEAR_LEADS =
  /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$|^(?:In|Since|By|Until|Before|After|From|Through|During|Fiscal|FY|Early|Late|Mid|Spring|Summer|Fall|Autumn|Winter|Christmas|Easter|Q[1-4]|H[12])$/;

/** "a joint venture called Orion 1980": a year right after a capitalised word inside a sentence names something. */
function isNamePart(text: string, yearStart: number): boolean {
  const m = /(^|[^\s])(\s*)([A-Z][A-Za-z]*\.?) $/.exec(text.slice(Math.max(0, yearStart - 40), yearStart));
  if (!m || YEAR_LEADS.test(m[3] ?? '')) return false;
  // The capitalised word opens a sentence ("Sales 1989 …" is too odd to guess at): no name.
  return !/[.!?"“”'’`:]$/.test(m[1] ?? '') && (m[2] ?? '') !== '';
}

/** "in 2024", "2024's", "mid-2024", "the end of 2024"; not "1,990" or "2000 people". */
export const years: Rule = (ctx) => {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(YEAR_RE)) {
    const digits = m[2] ?? '';
    const year = Number(digits);
    const yStart = groupStart(m, 2);
    const yEnd = groupEnd(m, 2);
    const prev = ctx.text[yStart - 1] ?? ' ';
    if (/[\d$€£#.,/:]/.test(prev) || (prev === '-' && !m[1])) continue;
    const rest = ctx.text.slice(yEnd);
    if (/^(?:[.,]\d|\/|-\d|:\d|\s*%)/.test(rest)) continue;
    const next = wordAfter(ctx.text, yEnd);
    const before = wordBefore(ctx.text, yStart);
    // "fiscal 1989 sales" is a year whatever follows.
    const fiscal = before === 'fiscal';
    if (!fiscal && COUNT_NOUN.test(next)) continue;
    if (!fiscal && /^[a-z]+s$/.test(next) && !NOT_PLURAL.has(next)) continue;
    if (year < 1000 || year > 2099) continue;
    if (year < 1800 && !m[1] && !TEMPORAL_SIGNALS.has(before)) continue;
    if (!m[1] && isNamePart(ctx.text, yStart)) continue;
    const start = fiscal && !m[1] ? yStart - 'fiscal '.length : m.index;
    out.push(candidate(ctx, start, yEnd, 'DATE', resolved(digits), partMod(m[1]), 4));
  }
  return out;
};

const UNITS_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** "ninety-six" → 96, "eleven" → 11, "oh five" → 5; undefined when not a number 0–99. */
function twoDigitWords(words: string): number | undefined {
  const w = words.toLowerCase().replace(/\s+/g, ' ').trim();
  const oh = /^oh (\w+)$/.exec(w);
  if (oh) {
    const unit = UNITS_WORDS.indexOf(oh[1] ?? '');
    return unit > 0 ? unit : undefined;
  }
  if (TEENS.includes(w)) return 10 + TEENS.indexOf(w);
  const [tens, unit] = w.split(/[\s-]/);
  const t = TENS.indexOf(tens ?? '');
  if (t < 2) return undefined;
  if (unit === undefined) return t * 10;
  const u = UNITS_WORDS.indexOf(unit);
  return u > 0 ? t * 10 + u : undefined;
}

const TWO_DIGIT = '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh\\s+(?:one|two|three|four|five|six|seven|eight|nine))';
const SPELLED_YEAR_RE = new RegExp(`\\b(?:(nineteen|eighteen)\\s+(${TWO_DIGIT})|(?:the\\s+year\\s+)?two\\s+thousand(?:\\s+(?:and\\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?)\\b`, 'gid');

/** Years as broadcast transcripts spell them: "nineteen ninety-six", "the year two thousand". */
export const spelledYears: Rule = (ctx) => {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(SPELLED_YEAR_RE)) {
    let year: number | undefined;
    if (m[1]) {
      const rest = twoDigitWords(m[2] ?? '');
      if (rest === undefined) continue;
      year = (m[1].toLowerCase() === 'nineteen' ? 1900 : 1800) + rest;
    } else {
      // "two thousand" alone is a count unless it is "the year two thousand" or follows a time signal.
      if (!/^the/i.test(m[0]) && !['in', 'since', 'by', 'until', 'of'].includes(wordBefore(ctx.text, m.index))) continue;
      year = 2000 + (m[3] ? (UNITS_WORDS.indexOf(m[3].toLowerCase()) > 0 ? UNITS_WORDS.indexOf(m[3].toLowerCase()) : 10 + TEENS.indexOf(m[3].toLowerCase())) : 0);
    }
    // "nineteen ninety-six troops" is a count.
    const next = wordAfter(ctx.text, m.index + m[0].length);
    if (/^[a-z]+s$/.test(next) && !NOT_PLURAL.has(next)) continue;
    out.push(spelledYearWithPeriod(ctx, m.index, m.index + m[0].length, year));
  }
  return out;
};

const PERIOD_BEFORE_SPELLED_YEAR = new RegExp(`(?:\\b(${MONTH_PATTERN})|\\b(spring|summer|fall|autumn|winter)\\s+of)\\s+$`);

/** "January nineteen ninety-seven" → 1997-01, "the winter of nineteen ninety-four" → 1994-WI; else the year. */
function spelledYearWithPeriod(ctx: TagContext, start: number, end: number, year: number): Candidate {
  const windowStart = Math.max(0, start - 24);
  const period = PERIOD_BEFORE_SPELLED_YEAR.exec(ctx.text.slice(windowStart, start));
  if (!period) return candidate(ctx, start, end, 'DATE', resolved(String(year)), undefined, 4);
  const from = windowStart + period.index;
  const month = period[1] ? MONTHS.get(period[1].replace('.', '').toLowerCase()) : undefined;
  const value = month ? `${year}-${pad(month)}` : `${year}-${SEASON_CODES[(period[2] ?? '').toLowerCase()]}`;
  return candidate(ctx, from, end, 'DATE', resolved(value), undefined, 4);
}

const YEAR_END_RE = /\b(?:(?:the\s+)?(?:end\s+of\s+the\s+year)|year['’]s\s+end|year[-\s]end)\b/gi;

/** "by year-end", "year's end", "the end of the year": the reference year, mod END. */
export const yearEnds: Rule = (ctx) => {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(YEAR_END_RE)) {
    const value = ctx.ref ? resolved(pad(ctx.ref.y, 4)) : { value: 'XXXX', unresolved: true as const };
    out.push(candidate(ctx, m.index, m.index + m[0].length, 'DATE', value, 'END', 4));
  }
  return out;
};

const DECADE_RE = /(?<![\w'’‘])(?:(early|mid|late)[\s-]+)?(?:(\d{2})(\d)0s|['’‘](\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\w])/gid;

/** "the 1990s" → 199 (TimeML: the decade's first three digits), "the mid-1990s" → 199 MID, "the '90s", "the nineties". */
export const decades: Rule = (ctx) => {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(DECADE_RE)) {
    const start = m.index;
    const end = m.index + m[0].length;
    let value;
    if (m[2] !== undefined) value = resolved(`${m[2]}${m[3]}`);
    else if (m[4] !== undefined) value = resolveShortDecade(Number(m[4]), ctx.ref);
    else {
      // Word decades need "the" to be dates ("in her forties" is an age).
      if (wordBefore(ctx.text, groupStart(m, 5)) !== 'the' && !m[1]) continue;
      value = resolveShortDecade(DECADE_WORDS.get((m[5] ?? '').toLowerCase()) ?? 0, ctx.ref);
    }
    // "the last half of the '80s" is the decade, its end (one timex, not a half-year and a decade).
    const half = /\b(?:the\s+)?(first|second|last|latter)\s+half\s+of\s+(?:the\s+)?$/i.exec(ctx.text.slice(Math.max(0, start - 40), start));
    if (half) {
      const mod = half[1]?.toLowerCase() === 'first' ? 'START' : 'END';
      out.push(candidate(ctx, start - half[0].length, end, 'DATE', value, partMod(m[1]) ?? mod, 3));
      continue;
    }
    // `'90s`: the match starts at the apostrophe; TimeML keeps it in the text.
    out.push(candidate(ctx, start, end, 'DATE', value, partMod(m[1]), 3));
  }
  return out;
};

const CENTURY_RE = /\b(?:(early|mid|late)[\s-]+)?(?:(last|this|previous|past)|(\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-first)?))[\s-]+century\b/gid;

/** "the 19th century" → 18, "the last century" → 19 (against ref). */
export const centuries: Rule = (ctx) => {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(CENTURY_RE)) {
    const ordinal = m[3] ? (/^\d/.test(m[3]) ? Number.parseInt(m[3], 10) : ORDINALS.get(m[3].toLowerCase())) : undefined;
    let value;
    if (ordinal !== undefined) value = resolved(pad(ordinal - 1));
    else if (m[2]) {
      if (m[2].toLowerCase() === 'past') continue; // "the past century" is a duration
      const offset = m[2].toLowerCase() === 'this' ? 0 : -1;
      value = ctx.ref ? resolved(pad(Math.floor(ctx.ref.y / 100) + offset)) : { value: 'XX', unresolved: true as const };
    } else continue;
    out.push(candidate(ctx, m.index, m.index + m[0].length, 'DATE', value, partMod(m[1]), 3));
  }
  return out;
};

const SEASON_RE = /\b(?:(early|mid|late)[\s-]+)?(?:(last|this past|this|next|the)\s+)?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(\d{4})(?!\d))?\b/gid;
const SEASON_CODES: Record<string, SeasonCode> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

/** "in the spring" → 2025-SP, "last summer", "spring 2024"; not "the fall of the wall". */
export const seasons: Rule = (ctx) => {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(SEASON_RE)) {
    const word = (m[3] ?? '').toLowerCase();
    const code = SEASON_CODES[word];
    if (!code) continue;
    const determiner = m[2]?.toLowerCase();
    const year = m[4];
    const before = wordBefore(ctx.text, m.index);
    if (!year) {
      if (word === 'fall' && !determiner) continue; // the verb
      if (word === 'fall' && determiner === 'the' && /^\s+of\b/.test(ctx.text.slice(groupEnd(m, 3)))) continue;
      if (isCapitalised(m[3] ?? '') && isCapitalised(before)) continue; // "Arab Spring"
      if (!m[1] && (determiner === undefined || determiner === 'the') && !TEMPORAL_SIGNALS.has(before) && before !== 'over') continue;
    }
    const start = determiner === 'the' ? groupStart(m, 3) : m.index;
    const spanStart = m[1] ? m.index : start;
    const end = m.index + m[0].length;
    // "this past spring" is the latest spring begun by ref, as a bare past-tense season.
    const deictic = determiner === 'the' || determiner === undefined || determiner === 'this past' ? null : (determiner as Deictic);
    const value = year ? resolved(`${year}-${code}`) : resolveSeason(code, ctx.ref, direction(ctx, spanStart, end), deictic);
    out.push(candidate(ctx, spanStart, end, 'DATE', value, partMod(m[1]), 3));
  }
  return out;
};

const QUARTER_ORDINAL = '(first|second|third|fourth|final|1st|2nd|3rd|4th)';
const QUARTER_RE = new RegExp(
  String.raw`\b(?:(last|this|next)\s+quarter|(?:(\d{4})\s+|(this|last|next)\s+year['’]s\s+)?(?:fiscal[\s-]+)?${QUARTER_ORDINAL}[\s-]+quarter(?:\s+of\s+(?:(\d{4})|(this|last|next)\s+year))?|Q([1-4])(?:\s+(\d{4}))?)\b`,
  'gid',
);
const QUARTER_ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 };
const OFFSETS: Record<string, number> = { last: -1, this: 0, next: 1 };

/** "the second quarter" → 2025-Q2, "third-quarter", "Q3 2024", "the 1988 second quarter", "next year's first quarter", "last quarter". */
export const quarters: Rule = (ctx) => {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(QUARTER_RE)) {
    const start = m.index;
    const end = m.index + m[0].length;
    let value;
    if (m[1]) value = resolveDeicticPeriod('quarter', OFFSETS[m[1].toLowerCase()] ?? 0, ctx.ref);
    else {
      const q = m[4] ? (QUARTER_ORDINALS[m[4].toLowerCase()] ?? 1) : Number(m[7]);
      if (m[7] && !/^Q/.test(m[0])) continue;
      const explicitYear = m[2] ?? m[5] ?? m[8];
      const deicticYear = m[3] ?? m[6];
      if (explicitYear) value = resolved(`${explicitYear}-Q${q}`);
      else if (deicticYear) {
        const year = resolveDeicticPeriod('year', OFFSETS[deicticYear.toLowerCase()] ?? 0, ctx.ref);
        value = year.unresolved ? { value: `XXXX-Q${q}`, unresolved: true as const } : resolved(`${year.value}-Q${q}`);
      } else value = resolveQuarter(q, ctx.ref, direction(ctx, start, end));
    }
    out.push(candidate(ctx, start, end, 'DATE', value, undefined, 3));
  }
  return out;
};

const HALF_RE = /\b(?:the\s+)?(first|second|last|latter)\s+(?:half|two\s+quarters)(?:\s+of\s+(?:(\d{4})|(this|last|next)\s+year))?\b/gid;

/** "the first half of 2024" → 2024-H1, "the second half" → the latest such half begun by ref. */
export const halves: Rule = (ctx) => {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(HALF_RE)) {
    const h = (m[1] ?? '').toLowerCase() === 'first' ? 1 : 2;
    let value;
    if (m[2]) value = resolved(`${m[2]}-H${h}`);
    else if (!ctx.ref) value = { value: `XXXX-H${h}`, unresolved: true as const };
    else {
      const offset = m[3] ? (OFFSETS[m[3].toLowerCase()] ?? 0) : 0;
      const refHalf = ctx.ref.m <= 6 ? 1 : 2;
      const year = m[3] ? ctx.ref.y + offset : h <= refHalf ? ctx.ref.y : ctx.ref.y - 1;
      value = resolved(`${pad(year, 4)}-H${h}`);
    }
    out.push(candidate(ctx, m.index, m.index + m[0].length, 'DATE', value, undefined, 3));
  }
  return out;
};
