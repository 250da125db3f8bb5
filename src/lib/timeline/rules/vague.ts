// Rules for durations ("three days", "for decades") and vague references
// ("recently" → PAST_REF, "now" → PRESENT_REF, "soon" → FUTURE_REF).
import { NUMBER_PATTERN, UNITS, VAGUE_UNITS, parseCount, singularUnit } from '../lexicon.ts';
import { resolved, type Resolved } from '../resolve.ts';
import type { TimexMod } from '../types.ts';
import { candidate, groupStart, wordBefore, type Candidate, type Rule, type TagContext } from './shared.ts';

const QUALIFIER = '(?:(well over|well under|more than|over|nearly|almost|about|around|roughly|approximately|some|less than|under|at least|just over|just under)\\s+)?';
const DURATION_RE = new RegExp(
  `\\b${QUALIFIER}(${NUMBER_PATTERN})\\s+(?:(?:more|additional|further|trading|business|working)\\s+)?(minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|century|centuries)\\b`,
  'gid',
);
const PERIOD_DURATION_RE = new RegExp(
  `\\bthe\\s+(?:past|last|previous|next|coming|following)\\s+(?:(${NUMBER_PATTERN})\\s+)?(minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|century|centuries)\\b`,
  'gid',
);
// "a two-year term", "the 30-year bond"; ages ("a 136-year-old bank", like "52 years old") are not periods.
const HYPHEN_DURATION_RE = new RegExp(`\\b(${NUMBER_PATTERN})-(minute|hour|day|week|month|year|decade|century)(?![\\w-])`, 'gid');
const BARE_PLURAL_RE = /\b(?:for|over|in|within|after|across|spanning|lasting)\s+(days|weeks|months|years|decades|centuries)\b/gid;
// "2 1/2 years", "three and a half months", "a year and a half", "a minute and a half".
const HALF_DURATION_RE = new RegExp(
  `\\b${QUALIFIER}(?:(${NUMBER_PATTERN})(?:\\s+1/2|\\s+and\\s+a\\s+half)\\s+(minutes?|hours?|days?|months?|years?|decades?|century|centuries)|(an?|one)\\s+(minute|hour|day|month|year|decade|century)\\s+and\\s+a\\s+half)\\b`,
  'gid',
);
// The half of each unit in the next smaller one TimeML writes ("P2Y6M", "PT1M30S").
const HALVES: Record<string, (n: number) => string> = {
  minute: (n) => `PT${n ? `${n}M` : ''}30S`,
  hour: (n) => `PT${n ? `${n}H` : ''}30M`,
  day: (n) => `P${n ? `${n}D` : ''}T12H`,
  month: (n) => `P${n ? `${n}M` : ''}15D`,
  year: (n) => `P${n ? `${n}Y` : ''}6M`,
  decade: (n) => `P${n * 10 + 5}Y`,
  century: (n) => `P${n * 100 + 50}Y`,
};
// "will one day", "could one day": a vague future, not a length of one day.
const MODAL_BEFORE = /\b(?:will|would|could|might|may|can|to)\s+$/i;

// Words before "a day" / "a year" that make it a rate or price, not a duration.
const RATE_WORDS = new Set(['once', 'twice', 'thrice', 'times', 'per', 'million', 'billion', 'thousand', 'hundred', 'percent', 'dollars']);

// "$1.76 a year", "358,000 a month", "four flights a week", "700 seats a week": a figure per unit.
const FIGURE_BEFORE = /(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|dozen|hundred|thousand|million|billion))(?:\s+[a-z-]+)?(?:\s+[a-z]+s)?\s*$/;

/** "a year" / "a week" after a rate word or a figure (with its counted noun) is a rate, not a duration. */
function isRate(text: string, at: number): boolean {
  if (RATE_WORDS.has(wordBefore(text, at))) return true;
  const before = text.slice(Math.max(0, at - 40), at);
  return /\d[\d,.]*%?\s*$/.test(before) || (/\b[a-z]+s\s+$/.test(before) && FIGURE_BEFORE.test(before));
}

function qualifierMod(word: string | undefined): TimexMod | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (w.includes('over') || w === 'more than' || w === 'at least') return 'MORE_THAN';
  if (w.includes('under') || w === 'less than' || w === 'nearly' || w === 'almost') return 'LESS_THAN';
  return 'APPROX';
}

/** P3D, P2W, P6M, P100Y, PT3H; unspecified counts → PXY, PXDE, PXCE. */
export function durationValue(count: number | null, unitWord: string): string {
  const unit = singularUnit(unitWord);
  if (count === null) {
    const vague = VAGUE_UNITS.get(unit) ?? 'XY';
    return vague.startsWith('T') ? `PT${vague.slice(1)}` : `P${vague}`;
  }
  const spec = UNITS.get(unit);
  if (!spec) return 'PX';
  return spec.time ? `PT${count * spec.factor}${spec.unit}` : `P${count * spec.factor}${spec.unit}`;
}

/** The year or decade before ref's: 2024 / 201 against 2025-08-09. */
function previousPeriod(ref: TagContext['ref'], unit: string): Resolved {
  if (!ref) return { value: unit === 'year' ? 'XXXX' : 'XXX', unresolved: true };
  return resolved(unit === 'year' ? String(ref.y - 1) : String(ref.y - 10).slice(0, 3));
}

export const durations: Rule = (ctx) => {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(DURATION_RE)) {
    const count = parseCount(m[2] ?? '');
    if (count === undefined) continue;
    const numberStart = groupStart(m, 2);
    const numberWord = (m[2] ?? '').toLowerCase();
    if ((numberWord === 'a' || numberWord === 'an') && isRate(ctx.text, numberStart)) continue;
    if (/^\d/.test(numberWord) && /[\d,.$]/.test(ctx.text[numberStart - 1] ?? '')) continue;
    // "a quarter of the market", "three quarters of its sales" are fractions.
    if (/^quarters?$/i.test(m[3] ?? '') && /^\s+of\s+(?:the|its|their|his|her|our|all|a|an|those|these|total|\d)/i.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    // "52 years old" is an age, not a period of time.
    if (/^\s+old\b/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 5))) continue;
    if (numberWord === 'one' && /^days?$/i.test(m[3] ?? '') && MODAL_BEFORE.test(ctx.text.slice(Math.max(0, numberStart - 8), numberStart))) continue;
    const value = durationValue(count, m[3] ?? '');
    // With a vague count ("over many years") the qualifier is a preposition, not a bound.
    const start = count === null ? numberStart : m.index;
    const mod = count === null ? undefined : qualifierMod(m[1]);
    out.push(candidate(ctx, start, m.index + m[0].length, 'DURATION', resolved(value), mod, 5));
  }
  for (const m of ctx.text.matchAll(PERIOD_DURATION_RE)) {
    const count = m[1] === undefined ? 1 : parseCount(m[1]);
    if (count === undefined) continue;
    // "the coming days" without a count is a vague future (FUTURE_REF), not a length.
    if (m[1] === undefined && /\bcoming\b/i.test(m[0])) continue;
    // "in the last century" names the century (a DATE); "over the last century" is a length.
    if (m[1] === undefined && /\b(?:last|previous) century$/i.test(m[0]) && ['in', 'during', 'of'].includes(wordBefore(ctx.text, m.index))) continue;
    const unitWord = m[2] ?? '';
    // "the past year", "the last decade" name the period before ref's (TimeML DATE), like "last year".
    const namedPeriod = m[1] === undefined && /^(?:year|decade)$/i.test(unitWord) && /\b(?:past|last|previous)\b/i.test(m[0]);
    if (namedPeriod) {
      out.push(candidate(ctx, m.index, m.index + m[0].length, 'DATE', previousPeriod(ctx.ref, unitWord.toLowerCase()), undefined, 5));
      continue;
    }
    // "the past years" without a count is vague: PXY.
    const n = m[1] === undefined && /s$/.test(unitWord) && unitWord !== 'centuries' ? null : count;
    const value = durationValue(unitWord === 'centuries' && m[1] === undefined ? null : n, unitWord);
    out.push(candidate(ctx, m.index, m.index + m[0].length, 'DURATION', resolved(value), undefined, 5));
  }
  for (const m of ctx.text.matchAll(HYPHEN_DURATION_RE)) {
    const count = parseCount(m[1] ?? '');
    // "a several-year tenure" is a length of unspecified count (PXY); "a-year" is not a form.
    if (count === undefined || (count === null && !/^several$|^few$|^many$/i.test(m[1] ?? ''))) continue;
    if (/[\d,.$]/.test(ctx.text[m.index - 1] ?? '')) continue;
    out.push(candidate(ctx, m.index, m.index + m[0].length, 'DURATION', resolved(durationValue(count, m[2] ?? '')), undefined, 5));
  }
  for (const m of ctx.text.matchAll(HALF_DURATION_RE)) {
    const count = m[2] !== undefined ? parseCount(m[2]) : 1;
    const half = HALVES[singularUnit(m[3] ?? m[5] ?? '')];
    if (count === undefined || count === null || !half) continue;
    out.push(candidate(ctx, m.index, m.index + m[0].length, 'DURATION', resolved(half(count)), qualifierMod(m[1]), 5));
  }
  // "in recent weeks", "in recent months": TimeBank annotates these as lengths (PXW, PXM), unlike "recent years".
  // "months of twists and turns", "the heady days of …": an unspecified length (not "three years of", "the
  // first days of", "weeks or months of").
  for (const m of ctx.text.matchAll(/\b(days|weeks|months|years|decades)\s+of\b/gi)) {
    const before = wordBefore(ctx.text, m.index);
    if (parseCount(before) !== undefined || ['the', 'of', 'or', 'and', 'these', 'those', 'early', 'final', 'last', 'first'].includes(before)) continue;
    if (/\d\s*$/.test(ctx.text.slice(Math.max(0, m.index - 3), m.index))) continue;
    out.push(candidate(ctx, m.index, m.index + (m[1] ?? '').length, 'DURATION', resolved(durationValue(null, m[1] ?? '')), undefined, 6));
  }
  // "in the weeks ahead", "the months ahead": a vague length before us (PXW, PXM).
  for (const m of ctx.text.matchAll(/\bthe (days|weeks|months|years) ahead\b/gi)) {
    out.push(candidate(ctx, m.index, m.index + m[0].length, 'DURATION', resolved(durationValue(null, m[1] ?? '')), undefined, 5));
  }
  for (const m of ctx.text.matchAll(/\brecent (weeks|months)\b/gi)) {
    out.push(candidate(ctx, m.index, m.index + m[0].length, 'DURATION', resolved(durationValue(null, m[1] ?? '')), undefined, 5));
  }
  for (const m of ctx.text.matchAll(BARE_PLURAL_RE)) {
    const start = groupStart(m, 1);
    out.push(candidate(ctx, start, start + (m[1] ?? '').length, 'DURATION', resolved(durationValue(null, m[1] ?? '')), undefined, 6));
  }
  return out;
};

const REFS: Array<[RegExp, string]> = [
  [/\b(?:recently|lately|recent (?:days|weeks|months|years) (?:and|or) (?:days|weeks|months|years)|recent (?:days|years|times)|the past)\b/gi, 'PAST_REF'],
  [/\b(?:now|currently|nowadays|presently|at present|these days|at the moment)\b/gi, 'PRESENT_REF'],
  [/(?<=\b(?:will|would|could|might|may|can|to)\s+)one day\b|\bsomeday\b/gi, 'FUTURE_REF'],
  [/\b(?:a later date|as soon as possible|soon|the future|the near future|(?:the )?coming (?:days|weeks|months|years|quarters)|going forward|the (?:near|short) term)\b/gi, 'FUTURE_REF'],
];

export const vagueRefs: Rule = (ctx) => {
  const out: Candidate[] = [];
  for (const [re, value] of REFS) {
    for (const m of ctx.text.matchAll(re)) {
      const before = wordBefore(ctx.text, m.index);
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 4);
      if (/^soon$/i.test(m[0]) && before === 'as' && /^\s+as/i.test(after)) continue; // "as soon as"
      if (/^soon$/i.test(m[0]) && /^\s+(?:after|before)/i.test(ctx.text.slice(m.index + 4, m.index + 12))) continue; // "soon after X": relative to X
      if (/^the past$/i.test(m[0]) && before !== 'in') continue; // "the past decade"
      if (/^the (?:future|near future)$/i.test(m[0]) && /^\s+of\b/i.test(after)) continue; // "the future of"
      out.push(candidate(ctx, m.index, m.index + m[0].length, 'DATE', resolved(value), undefined, 7));
    }
  }
  return out;
};
