// Source sentences → statements that read on their own: connective openers dropped, an opening
// pronoun or bare title replaced by the [bracketed] name it refers to, and quote fragments
// turned into the whole attributed quote. Brackets mark our words, so each statement stays
// traceable to the sentence it came from.
import type { Citation, SourceDoc } from '../types.ts';
import type { Mention } from './entities.ts';
import type { Quote } from './types.ts';
import { appendTo } from '../collections.ts';

// Discourse connectives that tie a sentence to the one before; alone in a list they read oddly.
const CONNECTIVE = /^(?:However|Furthermore|Additionally|Meanwhile|Moreover|Specifically|Also|Still|Besides|Likewise|Similarly|Indeed|Nonetheless|Nevertheless|In addition|In turn|At the same time),\s+/u;
const PRONOUN = /^(He|She)\b/u;
// Titles a writer uses instead of repeating a name ("The head of state said …").
const TITLE_WORD = 'president|prime minister|minister|secretary|ambassador|governor|mayor|chancellor|premier|leader|chief|spokesman|spokeswoman|spokesperson|senator|judge|director|commissioner|envoy|diplomat|official';
// The title must be followed by its verb ("… said", "… added", "… has"), not by more of a noun phrase.
const VERB_AFTER = String.raw`(?:\p{Ll}+(?:ed|s)|said|told|has|had|is|was|will|would|can|could|did|does|made|met|took|spoke|wrote|sent)\b`;
const BARE_TITLE = new RegExp(String.raw`^The\s+((?:head\s+of\s+\p{L}+(?:\s+\p{L}+)??)|(?:\p{Ll}+\s+){0,2}?(?:${TITLE_WORD}))(?=\s+${VERB_AFTER})`, 'u');
const HEAD_OF_STATE = /\b(?:president|prime minister|premier|chancellor|king|queen)\b/i;
/** How far back (in sentences) a referent may have been named. */
const WINDOW = 3;

export function dropConnective(text: string): string {
  const m = CONNECTIVE.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** Roles by person name, from every mention in every source. */
export function rolesByName(mentions: readonly Mention[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of mentions) {
    if (m.kind !== 'person' || !m.role) continue;
    const list = out.get(m.name) ?? [];
    if (!list.includes(m.role)) list.push(m.role);
    out.set(m.name, list);
  }
  return out;
}

/** People named in the few sentences before `sentence` of a source, latest first. */
function recentPeople(mentions: readonly Mention[], source: string, sentence: number): Mention[] {
  return mentions
    .filter((m) => m.kind === 'person' && m.source === source && m.sentence < sentence && m.sentence >= sentence - WINDOW)
    .sort((a, b) => b.sentence - a.sentence || b.start - a.start);
}

/**
 * The person an opening "He"/"She" refers to: the latest person named just before with that
 * gender. Unknown genders in between make it ambiguous, and then nothing is guessed.
 */
export function pronounReferent(pronoun: string, mentions: readonly Mention[], source: string, sentence: number): string | null {
  const gender = pronoun.toLowerCase() === 'she' ? 'female' : 'male';
  for (const m of recentPeople(mentions, source, sentence)) {
    if (m.gender === gender) return m.name;
    if (m.gender === null) return null;
  }
  return null;
}

/** The person a bare title refers to: the latest person named just before who holds it. */
export function titleReferent(title: string, mentions: readonly Mention[], roles: ReadonlyMap<string, readonly string[]>, source: string, sentence: number): string | null {
  const lower = title.toLowerCase().replace(/\s+/g, ' ');
  const people = recentPeople(mentions, source, sentence);
  const holds = (name: string, test: (role: string) => boolean) => (roles.get(name) ?? []).some(test);
  if (lower.startsWith('head of ')) {
    const matcher = /^head of (?:state|government)$/.test(lower) ? (r: string) => HEAD_OF_STATE.test(r) : () => true;
    // "the head of <office>": only when one titled person is in view.
    const titled = [...new Set(people.filter((m) => holds(m.name, matcher)).map((m) => m.name))];
    return titled.length === 1 ? (titled[0] ?? null) : null;
  }
  const key = lower.split(' ').slice(-1)[0] ?? lower;
  const keyPhrase = /prime minister$/.test(lower) ? 'prime minister' : key;
  return people.find((m) => holds(m.name, (r) => r.toLowerCase().includes(keyPhrase)))?.name ?? null;
}

/** A sentence as a standalone statement: connective dropped, opening reference resolved in brackets. */
export function cleanSentence(doc: SourceDoc, sentence: number, mentions: readonly Mention[], roles: ReadonlyMap<string, readonly string[]>): string {
  const raw = doc.sentences[sentence]?.text ?? '';
  const text = dropConnective(raw);
  const pronoun = PRONOUN.exec(text);
  if (pronoun?.[1]) {
    const name = pronounReferent(pronoun[1], mentions, doc.id, sentence);
    return name ? `[${name}]${text.slice(pronoun[1].length)}` : text;
  }
  const title = BARE_TITLE.exec(text);
  if (title?.[1]) {
    const name = titleReferent(title[1], mentions, roles, doc.id, sentence);
    if (name) return `[${name}]${text.slice(title[0].length)}`;
  }
  return text;
}

/** `Speaker: “quote”` — the whole quote, attributed, ending with its own punctuation. */
export function attributedQuote(quote: Quote): string | null {
  if (!quote.speaker) return null;
  const body = quote.text.trim().replace(/[,;:]$/, '');
  const closed = /[.!?…]$/.test(body) ? body : `${body}.`;
  return `${quote.speaker}: “${closed}”`;
}

/**
 * The quote a claim's sentences are part of: a whole, attributed quote whose wordings run
 * through most of the claim's sentences (or its representative). Returns the quote's id.
 */
/** Which quotes cover each sentence: built once, so matching claims to quotes stays linear. */
export interface QuoteIndex {
  quotes: readonly Quote[];
  covering: ReadonlyMap<string, readonly number[]>;
  coveredCount: readonly number[];
}

const citationKey = (c: Citation) => `${c.source}#${c.sentence}`;

export function indexQuotes(quotes: readonly Quote[], coverage: ReadonlyArray<readonly Citation[]>): QuoteIndex {
  const covering = new Map<string, number[]>();
  const coveredCount = quotes.map((q, i) => {
    // A few quoted words inside a reported sentence are not the claim; the sentence is.
    if (q.partial || !q.speaker) return 0;
    const keys = new Set((coverage[i] ?? []).map(citationKey));
    for (const key of keys) appendTo(covering, key, i);
    return keys.size;
  });
  return { quotes, covering, coveredCount };
}

export function quoteOfClaim(citations: readonly Citation[], representative: Citation, index: QuoteIndex): number | null {
  const hits = new Map<number, number>();
  for (const c of citations) for (const i of index.covering.get(citationKey(c)) ?? []) hits.set(i, (hits.get(i) ?? 0) + 1);
  const repQuotes = new Set(index.covering.get(citationKey(representative)) ?? []);
  for (const i of repQuotes) if (!hits.has(i)) hits.set(i, 0);
  let best: number | null = null;
  let bestShare = 0;
  for (const i of [...hits.keys()].sort((a, b) => a - b)) {
    const share = (hits.get(i) ?? 0) / Math.max(1, citations.length);
    const quote = index.quotes[i];
    if (quote && (share > 0.5 || repQuotes.has(i)) && share > bestShare) [best, bestShare] = [quote.id, share];
  }
  return best;
}

const SPEECH_AFTER = /^[\s,]*(?:\([^)]*\)\s*)?(?:said|says|told|stated|added|warned|wrote|insisted|argued|claimed|declared|noted)\b/u;
const SPEECH_BEFORE = /\b(?:said|says|told reporters|according to|stated|added)\s+(?:the\s+)?(?:[\p{L}.’'-]+\s+){0,4}$/u;

/** Who a sentence reports speaking: a named person right before "said" (or after "said"), else null. */
export function sentenceSpeaker(text: string, mentions: readonly Mention[]): string | null {
  const people = mentions.filter((m) => m.kind === 'person');
  for (const m of people) if (SPEECH_AFTER.test(text.slice(m.end)) || SPEECH_BEFORE.test(text.slice(0, m.start))) return m.name;
  return null;
}
