// Expressions whose value is another date of the text: "the quarter", "the
// latest period", "the year-ago quarter", "a year earlier", "the corresponding period last year". Earnings reports
// name a quarter once and then refer back to it; TimeML gives these the quarter
// they point at (or that quarter a year before). The rule only finds them;
// `resolveAnaphors` fills in the values in text order once every other
// expression is known.
import { addDays, formatYmd, pad, weekday, type Ymd } from '../calendar.ts';
import { resolved } from '../resolve.ts';
import { candidate, type Candidate, type Rule } from './shared.ts';

export type AnaphorKind =
  | 'quarter'
  | 'latest-quarter'
  | 'current-quarter'
  | 'year-ago'
  | 'day'
  | `year-${number}`
  | `previous-weekday-${number}`
  | `clock-T${string}`
  | `part-${string}-${number}`
  | `${'following' | 'previous' | 'same'}-${'year' | 'month'}`;

const QUARTER_REF_RE = /\b(?:the|that)\s+(?:(latest|current|same|recent|most recent|just-ended|fiscal)\s+)?(?:quarter|period)\b(?!-)/gi;
const YEAR_AGO_RE =
  /\b(?:(?:the\s+)?(?:comparable\s+)?[Yy]ear-(?:ago|earlier)(?:\s+(?:(?:(?:first|second|third|fourth)\s+)?(?:quarter|period)|(?:six|nine)\s+months))?|(?:the\s+quarter\s+)?[Aa]\s+year\s+(?:ago|earlier)|(?:the\s+)?(?:corresponding|comparable|same)\s+(?:period|quarter)\s+(?:of\s+)?(?:last|a)\s+year(?:\s+(?:ago|earlier))?|[Ll]ast\s+year['’]s\s+(?:(?:first|second|third|fourth)\s+)?(?:quarter|period))\b/g;
// "later in the day", "Oct. 12, the day before the crash": the day last named (else ref's).
const THE_DAY_RE = /\bthe\s+day\b/gi;
// "the 1988 quarter", "the 1989 period": the quarter in view, in that year.
const YEAR_PERIOD_RE = /\bthe\s+((?:19|20)\d{2})\s+(?:quarter|period)\b/gi;
// A bare "year-ago" only when it modifies a results word ("year-ago profit").
const RESULT_NOUN = /^\s+(?:results?|profits?|net|loss(?:es)?|earnings|sales|revenue|income|figures?|levels?)\b/i;

// "the following year", "the previous month", "that year": a year or month next to the date last named.
// Not when a year follows: "the same month in 2024" names June 2024 through the year it gives.
const RELATIVE_TO_TEXT_RE = /\b(?:the\s+(following|previous|preceding|same)|(that))\s+(year|month)\b(?!\s+(?:in|of)\s+(?:\d{4}|last|this|next)\b)/gi;

export const anaphoricPeriods: Rule = (ctx) => {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(RELATIVE_TO_TEXT_RE)) {
    const word = (m[1] ?? m[2] ?? '').toLowerCase();
    const relation = word === 'following' ? 'following' : word === 'previous' || word === 'preceding' ? 'previous' : 'same';
    out.push(anaphor(ctx, m.index, m.index + m[0].length, `${relation}-${(m[3] ?? 'year').toLowerCase() as 'year' | 'month'}`));
  }
  for (const m of ctx.text.matchAll(QUARTER_REF_RE)) {
    const adjective = m[1]?.toLowerCase();
    // "the period" alone is too vague; "the latest period" in an earnings report is the quarter.
    if (/period$/i.test(m[0]) && adjective !== 'latest' && adjective !== 'same') continue;
    const kind: AnaphorKind =
      adjective === 'current' ? 'current-quarter' : adjective && /latest|recent|just-ended/.test(adjective) ? 'latest-quarter' : 'quarter';
    out.push(anaphor(ctx, m.index, m.index + m[0].length, kind));
  }
  for (const m of ctx.text.matchAll(THE_DAY_RE)) {
    // Only the two forms that clearly point at a day: "earlier/later in the day", and an apposition to a
    // date ("Oct. 12, the day before the crash"); "during the day", "on the day" are mostly generic.
    const before = ctx.text.slice(Math.max(0, m.index - 16), m.index);
    const later = /\b(?:earlier|later)\s+in\s+$/i.test(before);
    const apposition = /\d,\s*$/.test(before) && /^\s+(?:before|after)\b/i.test(ctx.text.slice(m.index + m[0].length));
    if (!later && !apposition) continue;
    out.push(anaphor(ctx, m.index, m.index + m[0].length, 'day'));
  }
  for (const m of ctx.text.matchAll(YEAR_PERIOD_RE)) {
    out.push(anaphor(ctx, m.index, m.index + m[0].length, `year-${Number(m[1])}`));
  }
  for (const m of ctx.text.matchAll(YEAR_AGO_RE)) {
    const end = m.index + m[0].length;
    if (/^year-/i.test(m[0]) && !/(?:quarter|period)$/i.test(m[0]) && !RESULT_NOUN.test(ctx.text.slice(end))) continue;
    out.push(anaphor(ctx, m.index, end, 'year-ago'));
  }
  return out;
};

function anaphor(ctx: Parameters<Rule>[0], start: number, end: number, kind: AnaphorKind): Candidate {
  const c = candidate(ctx, start, end, 'DATE', resolved('XXXX'), undefined, 0);
  c.anaphor = kind;
  return c;
}

// How far back (characters) a named day is still what "the day" / "the previous Friday" count from.
const DAY_CONTEXT = 800;
// How far back (characters) a named quarter still sets the topic of "a year earlier".
const QUARTER_CONTEXT = 800;

/**
 * Gives each anaphor its value, in text order: the quarter most recently named
 * (else the last quarter completed before ref), that quarter a year earlier,
 * or, with no quarter in view, the year before ref.
 */
export function resolveAnaphors(candidates: Candidate[], ref: Ymd | null): Candidate[] {
  let lastQuarter: { year: number; q: number; end: number } | null = null;
  // The last quarter named that had ended by ref: "the latest quarter" is never one still to come
  // ("will result in a fourth-quarter charge … In the latest quarter, …" in November is the third).
  let lastEnded: { year: number; q: number; end: number } | null = null;
  // The last date named with at least a year (and its month, when it has one).
  let lastDate: { year: number; month: number | null } | null = null;
  // The last day named ("Oct. 12", "Friday"), for "the day" and "the previous Friday".
  let lastDay: { date: Ymd; end: number } | null = null;
  // "For the nine months, …": the length in view once the topic has moved off the quarter.
  let lastLength: { value: string; end: number } | null = null;
  // The last quarter named at all, whatever came after ("the 1988 quarter" asks for a quarter).
  let lastAny: { year: number; q: number; end: number } | null = null;
  const out: Candidate[] = [];
  for (const c of candidates) {
    const named = /^(\d{4})-Q([1-4])$/.exec(c.value);
    if (!c.anaphor) {
      if (named) {
        lastQuarter = { year: Number(named[1]), q: Number(named[2]), end: c.end };
        lastAny = lastQuarter;
        if (ref && lastQuarter.year * 4 + lastQuarter.q < ref.y * 4 + Math.floor((ref.m - 1) / 3) + 1) lastEnded = lastQuarter;
      }
      // "For the nine months, …" or "for the year" moves the topic from the quarter to a longer period.
      else if (/^P[69]M$|^P[23]Q$|^P1Y$/.test(c.value) || (c.type === 'DATE' && /^\d{4}$/.test(c.value))) {
        lastQuarter = null;
        lastLength = /^P/.test(c.value) ? { value: c.value, end: c.end } : null;
      }
      const day = c.type === 'DATE' || c.type === 'TIME' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(c.value) : null;
      if (day) lastDay = { date: { y: Number(day[1]), m: Number(day[2]), d: Number(day[3]) }, end: c.end };
      const dated = c.type === 'DATE' || c.type === 'TIME' ? /^(\d{4})(?:-(\d{2}))?/.exec(c.value) : null;
      if (dated) lastDate = { year: Number(dated[1]), month: dated[2] ? Number(dated[2]) : null };
      out.push(c);
      continue;
    }
    const { anaphor: kind, ...rest } = c;
    const textual = /^(following|previous|same)-(year|month)$/.exec(kind);
    if (textual) {
      const shift = textual[1] === 'following' ? 1 : textual[1] === 'previous' ? -1 : 0;
      if (textual[2] === 'year' && lastDate) out.push({ ...rest, value: pad(lastDate.year + shift, 4) });
      else if (textual[2] === 'month' && lastDate?.month) {
        const index = lastDate.year * 12 + lastDate.month - 1 + shift;
        out.push({ ...rest, value: `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}` });
      } else out.push({ ...rest, value: textual[2] === 'year' ? 'XXXX' : 'XXXX-XX', unresolved: true });
      continue;
    }
    const dayInView = lastDay && c.start - lastDay.end <= DAY_CONTEXT ? lastDay.date : null;
    const previousWeekday = /^previous-weekday-(\d)$/.exec(kind);
    if (previousWeekday) {
      // Without a day in view the weekday rule's own value (the one before ref) stands.
      if (dayInView) {
        const back = (weekday(dayInView) - Number(previousWeekday[1]) + 7) % 7 || 7;
        out.push({ ...rest, value: formatYmd(addDays(dayInView, -back)) });
      } else out.push(rest);
      continue;
    }
    const part = /^part-(T[A-Z]+)-(\d)$/.exec(kind);
    if (part) {
      const base = dayInView ?? ref;
      out.push(base ? { ...rest, value: `${formatYmd(addDays(base, -Number(part[2])))}${part[1]}` } : { ...rest, value: `XXXX-XX-XX${part[1]}`, unresolved: true });
      continue;
    }
    const clock = /^clock-(T.+)$/.exec(kind);
    if (clock) {
      const base = dayInView ?? ref;
      out.push(base ? { ...rest, value: `${formatYmd(base)}${clock[1]}` } : { ...rest, value: `XXXX-XX-XX${clock[1]}`, unresolved: true });
      continue;
    }
    if (kind === 'day') {
      const base = dayInView ?? ref;
      out.push(base ? { ...rest, value: formatYmd(base) } : { ...rest, value: 'XXXX-XX-XX', unresolved: true });
      continue;
    }
    const namedYear = /^year-(\d+)$/.exec(kind);
    if (namedYear) {
      // The year is given; the quarter is the one in view ("the 1988 period"), or for "the 1988 quarter"
      // the last one named, else the last completed by ref; a period with no quarter in view is the year.
      const inView = lastQuarter && c.start - lastQuarter.end <= QUARTER_CONTEXT ? lastQuarter : null;
      const refQ = ref ? Math.floor((ref.m - 1) / 3) + 1 : null;
      const q = inView?.q ?? (/quarter$/i.test(c.text) ? (lastAny?.q ?? (refQ ? ((refQ + 2) % 4) + 1 : 'X')) : null);
      out.push({ ...rest, value: q === null ? String(namedYear[1]) : `${namedYear[1]}-Q${q}` });
      continue;
    }
    // "the year-earlier nine months" is a length, and so is "the year-earlier period" after "For the nine months".
    const months = /\b(six|nine)\s+months$/i.exec(c.text);
    if (kind === 'year-ago' && months) {
      out.push({ ...rest, type: 'DURATION', value: months[1]?.toLowerCase() === 'six' ? 'P6M' : 'P9M' });
      continue;
    }
    if (kind === 'year-ago' && /\bperiod$/i.test(c.text) && !lastQuarter && lastLength && c.start - lastLength.end <= QUARTER_CONTEXT) {
      out.push({ ...rest, type: 'DURATION', value: lastLength.value });
      continue;
    }
    if (!ref) {
      out.push({ ...rest, value: kind === 'year-ago' ? 'XXXX' : 'XXXX-QX', unresolved: true });
      continue;
    }
    const refQ = Math.floor((ref.m - 1) / 3) + 1;
    const completed = refQ === 1 ? { year: ref.y - 1, q: 4 } : { year: ref.y, q: refQ - 1 };
    let value: string;
    if (kind === 'current-quarter') value = `${pad(ref.y, 4)}-Q${refQ}`;
    else if (kind === 'quarter' || kind === 'latest-quarter') {
      const q = (kind === 'latest-quarter' ? lastEnded : lastQuarter) ?? completed;
      value = `${pad(q.year, 4)}-Q${q.q}`;
      lastQuarter = { ...q, end: c.end };
    } else if (lastQuarter && c.start - lastQuarter.end <= QUARTER_CONTEXT) {
      value = `${pad(lastQuarter.year - 1, 4)}-Q${lastQuarter.q}`;
    } else if (/quarter/i.test(c.text)) value = `${pad(completed.year - 1, 4)}-Q${completed.q}`;
    else value = pad(ref.y - 1, 4);
    out.push({ ...rest, value });
  }
  return out;
}
