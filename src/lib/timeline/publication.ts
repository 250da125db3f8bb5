// A publication date for every source: given or stated ones are kept; missing
// ones are inferred from evidence, always with a reason; none is ever guessed.
import type { Claim } from '../analysis/types.ts';
import type { Citation, SourceDoc, SourceSentence } from '../types.ts';
import { appendTo } from '../collections.ts';
import { formatYmd, fromDayNumber, parseIsoDate, refDateOf, toDayNumber } from './calendar.ts';
import { applyMod, valueInterval } from './interval.ts';
import { directionAt } from './tense.ts';
import { tagTemporalExpressions } from './temporal.ts';
import type { PublicationDate, Timex } from './types.ts';
import { contentWords, jaccard } from './words.ts';
import { maxOf } from '../numeric.ts';

/** How far around a dated outlet's publication day another outlet may have published. */
const WINDOW_DAYS = 31;

interface Pin {
  /** Candidate publication days (day numbers) consistent with this evidence. */
  days: Set<number>;
  why: string;
}

/** Given dates, and stated ones the article's own dates agree with, are evidence for other sources. */
function knownRef(doc: SourceDoc): string | null {
  if (doc.publishedSource === 'inferred') return null;
  if (doc.publishedSource === 'stated' && statedDateDoubt(doc) !== null) return null;
  return refDateOf(doc.published);
}

// Pins re-tag the same sentences against many candidate days: memoise per call.
type Tag = (text: string, ref: string | null) => Timex[];

function memoTagger(): Tag {
  // By text, then by reference date: a window of days probes one sentence many times, and
  // building a key from the whole sentence for each probe cost more than the lookups.
  const memo = new Map<string, Map<string, Timex[]>>();
  return (text, ref) => {
    let byRef = memo.get(text);
    if (!byRef) memo.set(text, (byRef = new Map()));
    const key = ref ?? '';
    let found = byRef.get(key);
    if (!found) byRef.set(key, (found = tagTemporalExpressions(text, ref)));
    return found;
  };
}

let tag: Tag = tagTemporalExpressions;

/** Day-precision dates a sentence resolves to, against its own source's date. */
function resolvedDates(text: string, ref: string): Array<{ timex: Timex; value: string }> {
  return tag(text, ref)
    .filter((t) => (t.type === 'DATE' || t.type === 'TIME') && !t.unresolved && valueInterval(t.value) !== null)
    .map((t) => ({ timex: t, value: t.type === 'TIME' ? t.value.slice(0, 10) : t.value }));
}

/** Publication days (±31 around `otherRef`) for which `timex` of `text` resolves to one of `targets`. */
function pinDays(text: string, timex: Timex, otherRef: string, targets: ReadonlySet<string>): Set<number> {
  const days = new Set<number>();
  const refDay = toDayNumber(parseIsoDate(otherRef) ?? { y: 1970, m: 1, d: 1 });
  for (let day = refDay - WINDOW_DAYS; day <= refDay + WINDOW_DAYS; day++) {
    const ymd = formatYmd(fromDayNumber(day));
    if (!/^\d{4}-/.test(ymd)) continue; // a window around 9999-12-31 runs past the 4-digit years
    const again = tag(text, ymd).find((t) => t.start === timex.start);
    if (again && targets.has(again.value)) days.add(day);
  }
  return days;
}

/** Relative expressions of a sentence: those that need a reference date. */
function relativeTimexes(text: string): Timex[] {
  return tag(text, null).filter((t) => t.unresolved);
}

/**
 * Strong evidence, from shared claims: a relative expression of the undated
 * source ("on Friday") in a claim whose sentences from dated sources resolve to
 * a date. Every publication day that makes our expression resolve to that same
 * date is a candidate.
 */
function claimPins(doc: SourceDoc, story: Story): Pin[] {
  const pins: Pin[] = [];
  for (const sentence of doc.sentences) {
    if (sentence.claim === null) continue;
    const relative = relativeTimexes(sentence.text);
    if (relative.length === 0) continue;
    for (const citation of story.datedCitations(sentence.claim)) {
      const other = story.byId.get(citation.source);
      const ref = other ? story.knownRefs.get(other.id) : null;
      const otherSentence = other?.sentences[citation.sentence];
      if (!other || other.id === doc.id || !ref || !otherSentence) continue;
      const targets = new Set(resolvedDates(otherSentence.text, ref).map((d) => d.value));
      if (targets.size === 0) continue;
      for (const timex of relative) {
        const days = pinDays(sentence.text, timex, ref, targets);
        if (days.size === 0) continue;
        const why = `its "${timex.text}" (sentence ${sentence.index}) reports the same event that ${other.id} dates ${[...targets].join(', ')}`;
        pins.push({ days, why });
      }
    }
  }
  return pins;
}

/** Enough dated witnesses of one claim or expression to pin a date; more only cost time. */
const MAX_WITNESSES = 24;

/**
 * What every undated source is compared against, built once for the whole story so that
 * resolving many undated sources stays linear in the number of sources.
 */
interface Story {
  byId: ReadonlyMap<string, SourceDoc>;
  /** Publication dates that are given or stated (inferred ones are not evidence). */
  knownRefs: ReadonlyMap<string, string | null>;
  /** Sources sharing at least one claim with each source. */
  sameStory(id: string): ReadonlySet<string>;
  /** Up to MAX_WITNESSES citations of a claim from dated sources, one per source. */
  datedCitations(claim: number): readonly Citation[];
  /** Sentences of dated sources using a relative expression, by its lower-cased text. */
  sentencesUsing(expression: string): ReadonlyArray<{ doc: SourceDoc; sentence: SourceSentence }>;
}

function buildStory(docs: readonly SourceDoc[], claims: readonly Claim[]): Story {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const knownRefs = new Map(docs.map((d) => [d.id, knownRef(d)]));
  const claimsOf = new Map<string, Claim[]>();
  for (const claim of claims) for (const id of claim.sources) appendTo(claimsOf, id, claim);
  const dated = new Map<number, Citation[]>();
  for (const claim of claims) {
    const seen = new Set<string>();
    const list = claim.citations.filter((c) => knownRefs.get(c.source) && !seen.has(c.source) && seen.add(c.source));
    dated.set(claim.id, list.slice(0, MAX_WITNESSES));
  }
  const uses = new Map<string, Array<{ doc: SourceDoc; sentence: SourceSentence }>>();
  for (const doc of docs) {
    if (!knownRefs.get(doc.id)) continue;
    for (const sentence of doc.sentences) {
      for (const text of new Set(relativeTimexes(sentence.text).map((t) => t.text.toLowerCase()))) appendTo(uses, text, { doc, sentence });
    }
  }
  const sameStoryCache = new Map<string, Set<string>>();
  return {
    byId,
    knownRefs,
    sameStory: (id) => {
      let set = sameStoryCache.get(id);
      if (!set) sameStoryCache.set(id, (set = new Set((claimsOf.get(id) ?? []).flatMap((c) => c.sources))));
      return set;
    },
    datedCitations: (claim) => dated.get(claim) ?? [],
    sentencesUsing: (expression) => uses.get(expression) ?? [],
  };
}

/** Below this word overlap two sentences are not taken to tell the same thing. */
const SIMILAR_OVERLAP = 0.2;

/**
 * Weaker evidence, used only without claim pins: a dated outlet covering the
 * same story (it shares a claim) uses the same relative expression ("Friday")
 * in a sentence with overlapping wording; that outlet's resolution of it pins ours.
 */
function similarPins(doc: SourceDoc, story: Story): Pin[] {
  const sameStory = story.sameStory(doc.id);
  const pins: Pin[] = [];
  for (const sentence of doc.sentences) {
    const relative = relativeTimexes(sentence.text);
    if (relative.length === 0) continue;
    const words = contentWords(sentence.text);
    for (const timex of relative) {
      const witnesses = story
        .sentencesUsing(timex.text.toLowerCase())
        .filter(({ doc: other }) => other.id !== doc.id && sameStory.has(other.id))
        .filter(({ sentence: otherSentence }) => jaccard(words, contentWords(otherSentence.text)) >= SIMILAR_OVERLAP)
        .slice(0, MAX_WITNESSES);
      for (const { doc: other, sentence: otherSentence } of witnesses) {
        const ref = story.knownRefs.get(other.id);
        if (!ref) continue;
        const same = resolvedDates(otherSentence.text, ref).filter((d) => d.timex.text.toLowerCase() === timex.text.toLowerCase());
        if (same.length === 0) continue;
        const targets = new Set(same.map((d) => d.value));
        const days = pinDays(sentence.text, timex, ref, targets);
        if (days.size === 0) continue;
        const why = `its "${timex.text}" (sentence ${sentence.index}) is read as the "${timex.text}" of a similar sentence of ${other.id} (sentence ${otherSentence.index}), dated ${[...targets].join(', ')}`;
        pins.push({ days, why });
      }
    }
  }
  return pins;
}

/**
 * The latest day-precision date the article mentions in a past-tense clause.
 * A date written without a year ("August 9") takes the latest year the article
 * writes out with a month ("January 2025", "3 March 2025"), and the reason says so;
 * a bare year ("in 1996") is too often history to lend its year.
 */
function latestMentionedDay(doc: SourceDoc): { day: number; why: string } | null {
  const tagged = doc.sentences.map((s) => ({ sentence: s, timexes: tag(s.text, null) }));
  const monthYears = tagged.flatMap(({ timexes }) =>
    timexes.flatMap((t) => (/^\d{4}-\d{2}/.test(t.value) && !t.unresolved ? [Number(t.value.slice(0, 4))] : [])),
  );
  const contextYear = monthYears.length > 0 ? maxOf(monthYears) : null;
  let best: { day: number; why: string } | null = null;
  for (const { sentence, timexes } of tagged) {
    for (const t of timexes) {
      if (t.type !== 'DATE' && t.type !== 'TIME') continue;
      if (directionAt(sentence.text, t.start, t.end) === 'future') continue;
      let value: string | null = null;
      let note = '';
      if (/^\d{4}-\d{2}-\d{2}/.test(t.value) && !t.unresolved) value = t.value.slice(0, 10);
      else {
        const m = /^XXXX-(\d{2})-(\d{2})$/.exec(t.value);
        if (m && contextYear !== null) {
          value = `${contextYear}-${m[1]}-${m[2]}`;
          note = `, its year taken from the article's mention of ${contextYear}`;
        }
      }
      const ymd = parseIsoDate(value);
      if (!ymd) continue;
      const day = toDayNumber(ymd);
      if (!best || day > best.day) best = { day, why: `"${t.text}" (sentence ${sentence.index}${note})` };
    }
  }
  return best;
}

/** How long after the latest date it mentions an article reporting events "on Friday" may appear. */
const STALE_DAYS = 21;
// Relative expressions that place an event within days of publication ("on Friday", "yesterday").
const NEAR_DAY = /^(?:(?:last|this)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|last night|this (?:morning|afternoon|evening))$/i;

const doubts = new WeakMap<SourceDoc, string | null>();

/**
 * Why a stated publication date cannot be right, or null: the article reports
 * events with day-relative words ("on Friday") yet every date it mentions lies
 * weeks before the stated date (a crawl or "last updated" date), or it reports
 * as past a day after the stated date.
 */
export function statedDateDoubt(doc: SourceDoc): string | null {
  const cached = doubts.get(doc);
  if (cached !== undefined) return cached;
  const doubt = findDoubt(doc);
  doubts.set(doc, doubt);
  return doubt;
}

interface Mentioned {
  text: string;
  sentence: number;
}

function findDoubt(doc: SourceDoc): string | null {
  const stated = refDateOf(doc.published);
  const statedYmd = parseIsoDate(stated);
  if (!stated || !statedYmd) return null;
  const statedDay = toDayNumber(statedYmd);
  let near: Mentioned | null = null;
  // The latest end of a day/week/month the article mentions, and the latest day it writes with its year.
  let latest: (Mentioned & { last: number }) | null = null;
  let latestDay: (Mentioned & { day: number }) | null = null;
  for (const sentence of doc.sentences) {
    const againstStated = tag(sentence.text, stated);
    for (const t of tag(sentence.text, null)) {
      if (t.type !== 'DATE' && t.type !== 'TIME') continue;
      if (directionAt(sentence.text, t.start, t.end) === 'future') continue;
      const where = { text: t.text, sentence: sentence.index };
      if (NEAR_DAY.test(t.text)) {
        near ??= where;
        continue;
      }
      // Absolute dates as written; a month or a day without a year read against the stated date.
      const resolved = againstStated.find((r) => r.start === t.start && r.end === t.end);
      const value = !t.unresolved ? t.value : /^XXXX-\d{2}/.test(t.value) && resolved ? resolved.value : null;
      const interval = value ? valueInterval(value) : null;
      if (!interval || !['day', 'week', 'month'].includes(interval.precision)) continue;
      const last = applyMod(interval, (resolved ?? t).mod).last;
      if (!latest || last > latest.last) latest = { ...where, last };
      if (!t.unresolved && interval.precision === 'day' && (!latestDay || interval.first > latestDay.day)) latestDay = { ...where, day: interval.first };
    }
  }
  if (latestDay && latestDay.day > statedDay + 1) {
    return `the stated date ${stated} is before "${latestDay.text}" (sentence ${latestDay.sentence}), which the article reports as past`;
  }
  if (latest && near && statedDay - latest.last > STALE_DAYS) {
    const weeks = Math.floor((statedDay - latest.last) / 7);
    return `the stated date ${stated} is ${weeks} weeks after the latest date the article mentions ("${latest.text}", sentence ${latest.sentence}), yet it reports events as "${near.text}" (sentence ${near.sentence}): it may be a crawl or update date`;
  }
  return null;
}

/** The same evidence reached through several citations counts once. */
function dedupePins(pins: readonly Pin[]): Pin[] {
  const byWhy = new Map<string, Pin>();
  for (const pin of pins) if (!byWhy.has(pin.why)) byWhy.set(pin.why, pin);
  return [...byWhy.values()];
}

/**
 * The days most clues agree on (all of them when they are consistent), not
 * before the floor; one outlier outlet should not void every other clue.
 */
function bestDays(pins: readonly Pin[], floor: number | null): { days: number[]; support: number } {
  const votes = new Map<number, number>();
  for (const pin of pins) for (const day of pin.days) if (floor === null || day >= floor) votes.set(day, (votes.get(day) ?? 0) + 1);
  const support = maxOf(votes.values(), 0);
  const days = [...votes].filter(([, n]) => n === support).map(([day]) => day).sort((a, b) => a - b);
  return { days, support };
}

const MAX_REASONS = 3;

function listReasons(pins: readonly Pin[]): string {
  const shown = pins.slice(0, MAX_REASONS).map((p) => p.why);
  const more = pins.length - shown.length;
  return shown.join('; ') + (more > 0 ? `; and ${more} more` : '');
}

function fmt(day: number): string {
  return formatYmd(fromDayNumber(day));
}

function resolvePublicationDate(doc: SourceDoc, story: Story): PublicationDate {
  if (doc.published) {
    const provenance = doc.publishedSource === 'given' || doc.publishedSource === 'stated' ? doc.publishedSource : 'inferred';
    const kept: PublicationDate = { source: doc.id, date: doc.published, provenance, reason: doc.publishedReason ?? `${provenance} publication date` };
    const doubt = provenance === 'stated' ? statedDateDoubt(doc) : null;
    if (!doubt) return kept;
    // Kept as stated, but its events are dated from what the evidence says instead.
    const inferred = resolvePublicationDate({ ...doc, published: null, publishedSource: null }, story);
    const instead = inferred.date
      ? `; its relative dates are resolved against ${refDateOf(inferred.date)} instead (${inferred.reason})`
      : '; its relative dates are marked uncertain';
    return { ...kept, uncertain: `${doubt}${instead}`, eventRef: inferred.date ? refDateOf(inferred.date) : null };
  }
  const strong = claimPins(doc, story);
  const pins = dedupePins(strong.length > 0 ? strong : similarPins(doc, story));
  const latest = latestMentionedDay(doc);
  const floor = latest ? `not before ${fmt(latest.day)}, the latest date it mentions, ${latest.why}` : null;
  if (pins.length > 0) {
    const { days: agreed, support } = bestDays(pins, latest?.day ?? null);
    const lo = agreed[0];
    const hi = agreed[agreed.length - 1];
    if (lo !== undefined && hi !== undefined && support > 0) {
      const range = lo === hi ? `on ${fmt(lo)}` : `between ${fmt(lo)} and ${fmt(hi)} (the earliest is used)`;
      const agreement = support < pins.length ? ` (${support} of ${pins.length} clues agree)` : '';
      const supporting = pins.filter((p) => p.days.has(lo));
      const reason = `inferred: published ${range}${agreement}: ${listReasons(supporting)}${floor ? `; ${floor}` : ''}`;
      return { source: doc.id, date: fmt(lo), provenance: 'inferred', reason };
    }
    if (latest) {
      return {
        source: doc.id,
        date: fmt(latest.day),
        provenance: 'inferred',
        reason: `inferred: ${floor}; other outlets' dates for shared events disagree with each other or with it, so they were not used`,
      };
    }
  }
  if (latest) return { source: doc.id, date: fmt(latest.day), provenance: 'inferred', reason: `inferred: ${floor}` };
  return {
    source: doc.id,
    date: null,
    provenance: null,
    reason:
      'no publication date: none given or stated, no dated outlet reports an event it dates with a relative expression (in a shared claim or a similar sentence), and it mentions no day-precision date; its relative dates are left unresolved',
  };
}

export function resolvePublicationDates(docs: readonly SourceDoc[], claims: readonly Claim[]): PublicationDate[] {
  const previous = tag;
  tag = memoTagger();
  try {
    const story = buildStory(docs, claims);
    return docs.map((doc) => resolvePublicationDate(doc, story));
  } finally {
    tag = previous;
  }
}


