// How well a sentence stands on its own as a statement in a summary: a heuristic in (0, 1].
import { PRONOUN_OPENERS } from './stopwords.ts';
import { wordCount } from './tokens.ts';

const CONNECTIVE_OPENERS = new Set([
  'however', 'meanwhile', 'but', 'and', 'additionally', 'furthermore', 'moreover', 'specifically', 'such', 'also',
  'still', 'yet', 'so', 'thus', 'therefore', 'instead', 'there', 'both',
]);

const DANGLING_REFERENCE = /\b(?:this|these|those|such)\s+(?!year|week|month|morning|afternoon|evening|weekend|time|summer|winter|spring|autumn|fall|season|century|decade)\p{Ll}{3,}/iu;

const FIRST_PERSON = new Set(['i', 'we', 'our', 'my', 'us', 'me']);

/** Counts quote marks; an odd count of double quotes means the sentence is part of a longer quote. */
function unbalancedQuotes(text: string): boolean {
  const straight = (text.match(/"/g) ?? []).length;
  const open = (text.match(/[“«]/g) ?? []).length;
  const close = (text.match(/[”»]/g) ?? []).length;
  return straight % 2 === 1 || open !== close || (straight === 0 && open + close > 0 && open !== close);
}

export function standaloneQuality(text: string): number {
  let q = 1;
  const trimmed = text.trim();
  const first = (/^[\p{L}]+/u.exec(trimmed)?.[0] ?? '').toLowerCase();
  if (/^["“'‘«]/.test(trimmed)) q *= 0.45;
  if (unbalancedQuotes(trimmed)) q *= 0.4;
  if (!/^["“'‘«(]?[\p{Lu}\p{N}]/u.test(trimmed)) q *= 0.3;
  if (PRONOUN_OPENERS.has(first)) q *= 0.45;
  if (CONNECTIVE_OPENERS.has(first)) q *= 0.75;
  // First person outside quote marks is a speaker's words cut from their quote.
  if (FIRST_PERSON.has(first)) q *= 0.4;
  const n = wordCount(trimmed);
  if (n < 8) q *= 0.5;
  else if (n < 12) q *= 0.85;
  if (n > 50) q *= 0.6;
  else if (n > 38) q *= 0.85;
  if (!/[.!?]["”’')]?$/.test(trimmed)) q *= 0.7;
  if (/[[\]]/.test(trimmed)) q *= 0.8;
  // "this designation", "such measures": points back at something the reader has not seen.
  if (DANGLING_REFERENCE.test(trimmed)) q *= 0.8;
  return q;
}

// Full stops of scripts beyond Latin: CJK, Arabic/Urdu, Devanagari.
const TERMINATOR = /[\p{L}\p{M}\p{N}]["'”’)\]」』）»]*[.!?…。！？؟।॥۔]/u;
const UNSPACED = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]/;
const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/**
 * Whether a paragraph reads as at least one sentence: four words and a full stop in any script.
 * Thai, Lao, Khmer and Burmese often end sentences with a space alone, so length stands in there.
 */
export function readsAsSentence(text: string): boolean {
  const unspaced = UNSPACED.test(text);
  const count = unspaced
    ? Array.from(wordSegmenter.segment(text)).filter((s) => s.isWordLike).length
    : text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (count < 4) return false;
  if (TERMINATOR.test(text)) return true;
  return /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]/.test(text) && count >= 12;
}
