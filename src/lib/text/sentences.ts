// Abbreviation- and quote-aware sentence segmentation for news prose.
// Works on one paragraph at a time; offsets are UTF-16 indices into the input.

export interface SentenceSpan {
  text: string;
  /** Offset of the first character, inclusive. */
  start: number;
  /** Offset after the last character, exclusive. */
  end: number;
}

// Titles are always followed by a name, so a period after them never ends a sentence.
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm',
  'st', 'rev', 'hon', 'pres', 'supt', 'messrs', 'mme', 'fr',
]);
// Latin and inline abbreviations that sit mid-sentence.
const INLINE = new Set(['e.g', 'i.e', 'vs', 'cf', 'approx', 'est', 'dept', 'ft', 'mt', 'ave', 'blvd']);
// Month abbreviations: mid-sentence before a day number, otherwise may end a sentence.
const MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
// Abbreviations that often close a sentence too ("…moved to the U.S. The…").
const MAY_END = new Set(['inc', 'corp', 'ltd', 'co', 'jr', 'sr', 'etc', 'bros', 'plc', 'llc']);
const BEFORE_NUMBER = new Set(['no', 'nos', 'vol', 'p', 'pp', 'art', 'fig', 'ch', 'sec']);

// Words that typically open a new sentence; after an ambiguous abbreviation they tip the balance.
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'this', 'that',
  'these', 'those', 'there', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'as', 'after', 'before', 'when',
  'while', 'if', 'however', 'meanwhile', 'according', 'since', 'although', 'though', 'such', 'many', 'some', 'most',
  'both', 'each', 'one', 'two', 'three', 'several', 'officials', 'critics', 'analysts', 'still', 'then', 'now', 'later',
  'earlier', 'last', 'this', 'what', 'why', 'how', 'who', 'where', 'despite', 'under', 'with', 'without', 'by',
]);

const OPEN_QUOTES = '“‘«„"\'「『（';
const CLOSERS = '”’»"\')]」』）】〕';
// Full stops that end a sentence with or without a space after them (CJK), or before a caseless script.
const WIDE_STOPS = '。！？';
const OTHER_STOPS = '؟।॥۔';

/** Split a paragraph into sentences. Whitespace between sentences belongs to neither. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = skipSpace(text, 0);
  const terminators = /\.{3}|…|[.!?]+|[。！？]+|[؟।॥۔]+/g;
  let match: RegExpExecArray | null;
  while ((match = terminators.exec(text)) !== null) {
    const termStart = match.index;
    let end = termStart + match[0].length;
    if (termStart < start) continue;
    // A closing quote or bracket right after the terminator belongs to the sentence it ends.
    while (end < text.length && CLOSERS.includes(text[end] ?? '') && isClosingAt(text, end)) end++;
    if (!isBoundary(text, termStart, match[0], end)) continue;
    pushSpan(spans, text, start, end);
    start = skipSpace(text, end);
    terminators.lastIndex = end;
  }
  if (start < text.length) pushSpan(spans, text, start, text.length);
  return spans;
}

function pushSpan(spans: SentenceSpan[], text: string, start: number, end: number): void {
  let e = end;
  while (e > start && /\s/.test(text[e - 1] ?? '')) e--;
  if (e > start) spans.push({ text: text.slice(start, e), start, end: e });
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  return i;
}

/** A quote-like character closes when it follows a non-space and is not followed by a letter. */
function isClosingAt(text: string, i: number): boolean {
  const ch = text[i] ?? '';
  if (ch === ')' || ch === ']' || ch === '”' || ch === '»') return true;
  const next = text[i + 1] ?? '';
  return !/[\p{L}\p{N}]/u.test(next);
}

function isBoundary(text: string, termStart: number, term: string, end: number): boolean {
  if (end >= text.length) return true;
  if (WIDE_STOPS.includes(term[0] ?? '')) return true;
  const closedQuote = end > termStart + term.length;
  const next = text[end] ?? '';
  if (!/\s/.test(next)) {
    // Missing space after a full stop: "ruled out.In an interview" — a lowercase word then a capitalised word.
    if (term !== '.' || closedQuote) return false;
    const before = wordBefore(text, termStart);
    return /^\p{Ll}{2,}$/u.test(before) && /^\p{Lu}\p{Ll}/u.test(text.slice(end, end + 2));
  }
  const nextStart = skipSpace(text, end);
  const following = text.slice(nextStart);
  const firstChar = following[0] ?? '';
  // A lowercase continuation never starts a sentence ("whatever ... to strike", "“Why?” he asked").
  if (/\p{Ll}/u.test(firstChar)) return false;
  // Scripts without case (Arabic, Devanagari, CJK…): a stop and a space end the sentence.
  if (/\p{Lo}/u.test(firstChar)) return term !== '.' || !isAbbreviation(text, termStart, following);
  if (OTHER_STOPS.includes(term[0] ?? '')) return true;
  if (!/[\p{Lu}\p{N}]/u.test(firstChar) && !OPEN_QUOTES.includes(firstChar) && !'([—–-'.includes(firstChar)) return false;
  if (term !== '.' || closedQuote) return true;
  return !isAbbreviation(text, termStart, following);
}

/** The letters (and inner dots) right before position `i`. */
function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && /[\p{L}.'’]/u.test(text[j - 1] ?? '')) j--;
  return text.slice(j, i).replace(/^['’.]+/, '');
}

function isAbbreviation(text: string, dot: number, following: string): boolean {
  const word = wordBefore(text, dot);
  const lower = word.toLowerCase();
  const nextWord = (/^[\p{L}\p{N}'’]+/u.exec(following)?.[0] ?? '').toLowerCase();
  const nextIsDigit = /^\p{N}/u.test(following);
  const startsSentence = SENTENCE_STARTERS.has(nextWord) || /^["“‘'«]/.test(following);
  if (word.length === 0) return false;
  if (TITLES.has(lower)) return true;
  if (INLINE.has(lower)) return true;
  // "p. 12" is a page; "Robert P. Casey" has an initial.
  if (BEFORE_NUMBER.has(lower) && !/^\p{Lu}$/u.test(word)) return nextIsDigit;
  if (MONTHS.has(lower)) return nextIsDigit || !startsSentence;
  if (MAY_END.has(lower)) return !startsSentence;
  // A single capital is an initial ("J. K. Rowling").
  if (/^\p{Lu}$/u.test(word)) return true;
  // Dotted acronyms (U.S., U.N., F.B.I.) end a sentence only before a typical sentence opener.
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return !startsSentence;
  return false;
}
