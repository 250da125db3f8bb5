// Words → comparable features: stemmed content tokens (with paraphrase canonicalisation) and shingles.
import { canonicalCountryForms, foldCase, normalizePunctuation } from './normalize.ts';
import { canonicalStem, PHRASES } from './lexicon.ts';
import { numberWordValue } from './numbers.ts';
import { stem } from './stem.ts';
import { NEGATIONS, STOPWORDS } from './stopwords.ts';

/** The negation marker token: "no", "not", "never" all become this. */
export const NEG = '¬';

// Hyphenated words whose first part is a prefix are one word ("co-operate" = "cooperate").
const JOINING_PREFIXES = /\b(co|re|pre|non|anti|multi|ex|un|sub|inter|post|counter|over|under|semi|mid)-(?=\p{L})/gu;

/** Lowercased word forms of a text, punctuation gone, country abbreviations unified. */
export function words(text: string): string[] {
  let t = foldCase(canonicalCountryForms(normalizePunctuation(text)));
  t = t.replace(JOINING_PREFIXES, '$1');
  for (const [pattern, replacement] of PHRASES) t = t.replace(pattern, replacement);
  return t.match(/[\p{L}\p{N}]+(?:['.,][\p{L}\p{N}]+)*/gu)?.map((w) => w.replace(/'s$/, '').replace(/,/g, '')) ?? [];
}

/** Stemmed, canonicalised content tokens: stopwords dropped, negations kept as one marker, numbers as digits. */
export function contentTokens(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (NEGATIONS.has(w)) {
      out.push(NEG);
      continue;
    }
    if (STOPWORDS.has(w)) continue;
    const n = numberWordValue(w);
    if (n !== null) {
      out.push(`#${n}`);
      continue;
    }
    if (/^\d/.test(w)) {
      out.push(`#${w.replace(/\.0+$/, '')}`);
      continue;
    }
    if (w.length < 2) continue;
    out.push(canonicalStem(stem(w)));
  }
  return out;
}

/** Contiguous k-token shingles, joined with a space. */
export function shingles(tokens: readonly string[], k = 2): string[] {
  const out: string[] = [];
  for (let i = 0; i + k <= tokens.length; i++) out.push(tokens.slice(i, i + k).join(' '));
  return out;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
