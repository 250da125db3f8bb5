// A publication date for every source: given or stated ones are kept; missing
// ones are inferred from evidence, always with a reason; none is ever guessed.
import type { Claim } from '../analysis/types.ts';
import type { SourceDoc } from '../types.ts';
import { formatYmd, fromDayNumber, parseIsoDate, toDayNumber } from './calendar.ts';
import { valueInterval } from './interval.ts';
import { directionAt } from './tense.ts';
import { tagTemporalExpressions } from './temporal.ts';
import type { PublicationDate, Timex } from './types.ts';

/** How far around a dated outlet's publication day another outlet may have published. */
const WINDOW_DAYS = 31;

interface Pin {
  /** Candidate publication days (day numbers) consistent with this evidence. */
  days: Set<number>;
  why: string;
}

function knownRef(doc: SourceDoc): string | null {
  return doc.published && doc.publishedSource !== 'inferred' ? doc.published.slice(0, 10) : null;
}

/** Day-precision dates a sentence resolves to, against its own source's date. */
function resolvedDates(text: string, ref: string): Array<{ timex: Timex; value: string }> {
  return tagTemporalExpressions(text, ref)
    .filter((t) => (t.type === 'DATE' || t.type === 'TIME') && !t.unresolved && valueInterval(t.value) !== null)
    .map((t) => ({ timex: t, value: t.type === 'TIME' ? t.value.slice(0, 10) : t.value }));
}

/**
 * Evidence from shared claims: a relative expression of the undated source
 * ("on Friday") in a claim whose other sentences, from dated sources, resolve to
 * a date. Every publication day that makes our expression resolve to that same
 * date is a candidate.
 */
function claimPins(doc: SourceDoc, docs: readonly SourceDoc[], claims: readonly Claim[]): Pin[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const pins: Pin[] = [];
  for (const sentence of doc.sentences) {
    if (sentence.claim === null) continue;
    const relative = tagTemporalExpressions(sentence.text, null).filter((t) => t.unresolved);
    if (relative.length === 0) continue;
    for (const citation of claimById.get(sentence.claim)?.citations ?? []) {
      const other = byId.get(citation.source);
      const ref = other ? knownRef(other) : null;
      const otherSentence = other?.sentences.find((s) => s.index === citation.sentence);
      if (!other || other.id === doc.id || !ref || !otherSentence) continue;
      const targets = new Set(resolvedDates(otherSentence.text, ref).map((d) => d.value));
      if (targets.size === 0) continue;
      for (const timex of relative) {
        const days = new Set<number>();
        const refDay = toDayNumber(parseIsoDate(ref) ?? { y: 1970, m: 1, d: 1 });
        for (let day = refDay - WINDOW_DAYS; day <= refDay + WINDOW_DAYS; day++) {
          const candidate = formatYmd(fromDayNumber(day));
          const again = tagTemporalExpressions(sentence.text, candidate).find((t) => t.start === timex.start);
          if (again && targets.has(again.value)) days.add(day);
        }
        if (days.size === 0) continue;
        const value = [...targets].join(', ');
        pins.push({
          days,
          why: `its "${timex.text}" (sentence ${sentence.index}) reports the same event that ${other.id} dates ${value}`,
        });
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
  const tagged = doc.sentences.map((s) => ({ sentence: s, timexes: tagTemporalExpressions(s.text, null) }));
  const monthYears = tagged.flatMap(({ timexes }) =>
    timexes.flatMap((t) => (/^\d{4}-\d{2}/.test(t.value) && !t.unresolved ? [Number(t.value.slice(0, 4))] : [])),
  );
  const contextYear = monthYears.length > 0 ? Math.max(...monthYears) : null;
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

function intersect(pins: readonly Pin[]): Set<number> {
  const [first, ...rest] = pins;
  const out = new Set(first?.days ?? []);
  for (const pin of rest) for (const day of out) if (!pin.days.has(day)) out.delete(day);
  return out;
}

function fmt(day: number): string {
  return formatYmd(fromDayNumber(day));
}

export function resolvePublicationDate(doc: SourceDoc, docs: readonly SourceDoc[], claims: readonly Claim[]): PublicationDate {
  if (doc.published) {
    const provenance = doc.publishedSource === 'given' || doc.publishedSource === 'stated' ? doc.publishedSource : 'inferred';
    return { source: doc.id, date: doc.published, provenance, reason: doc.publishedReason ?? `${provenance} publication date` };
  }
  const pins = claimPins(doc, docs, claims);
  const latest = latestMentionedDay(doc);
  const floor = latest ? `not before ${fmt(latest.day)}, the latest date it mentions, ${latest.why}` : null;
  if (pins.length > 0) {
    const agreed = [...intersect(pins)].filter((d) => !latest || d >= latest.day).sort((a, b) => a - b);
    const lo = agreed[0];
    const hi = agreed[agreed.length - 1];
    if (lo !== undefined && hi !== undefined) {
      const range = lo === hi ? `on ${fmt(lo)}` : `between ${fmt(lo)} and ${fmt(hi)} (the earliest is used)`;
      const why = pins.map((p) => p.why).join('; ');
      return { source: doc.id, date: fmt(lo), provenance: 'inferred', reason: `inferred: published ${range}: ${why}${floor ? `; ${floor}` : ''}` };
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
      'no publication date: none given or stated, no dated outlet reports an event it dates with a relative expression, and it mentions no day-precision date; its relative dates are left unresolved',
  };
}

export function resolvePublicationDates(docs: readonly SourceDoc[], claims: readonly Claim[]): PublicationDate[] {
  return docs.map((doc) => resolvePublicationDate(doc, docs, claims));
}


