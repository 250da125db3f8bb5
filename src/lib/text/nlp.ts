// The one place that talks to the NLP library (compromise). Swap the library here and nowhere else.
import nlp from 'compromise';

export type NameKind = 'person' | 'place' | 'organization';
export type Gender = 'male' | 'female';

export interface NameReading {
  kind: NameKind | null;
  /** Index of the first word that belongs to a personal name (after any title words), or -1. */
  personStart: number;
  gender: Gender | null;
  /** True when the library treats the word(s) as a proper noun at all. */
  proper: boolean;
}

interface TermJson {
  text: string;
  tags: string[];
}

const cache = new Map<string, NameReading>();

/** Reads a capitalised phrase out of context: is it a person, a place, an organisation? */
export function readName(phrase: string): NameReading {
  const cached = cache.get(phrase);
  if (cached) return cached;
  const doc = nlp(phrase);
  const terms: TermJson[] = (doc.json() as Array<{ terms: TermJson[] }>).flatMap((s) => s.terms);
  const has = (t: TermJson | undefined, tag: string): boolean => t?.tags.includes(tag) ?? false;
  const personStart = terms.findIndex((t, i) => has(t, 'FirstName') && i < terms.length - 1 && terms.slice(i + 1).every((u) => has(u, 'ProperNoun') || has(u, 'Person')));
  const first = personStart >= 0 ? terms[personStart] : undefined;
  const gender: Gender | null = has(first, 'FemaleName') ? 'female' : has(first, 'MaleName') ? 'male' : null;
  let kind: NameKind | null = null;
  if (personStart >= 0) kind = 'person';
  else if (terms.some((t) => has(t, 'Organization'))) kind = 'organization';
  else if (terms.some((t) => has(t, 'Place'))) kind = 'place';
  else if (terms.length === 1 && (has(terms[0], 'Person') || has(terms[0], 'LastName'))) kind = 'person';
  const proper = terms.some((t) => has(t, 'ProperNoun') || has(t, 'Person') || has(t, 'Place') || has(t, 'Organization') || has(t, 'Acronym'));
  const reading = { kind, personStart, gender, proper };
  cache.set(phrase, reading);
  return reading;
}

const termTags = new Map<string, readonly string[]>();

/** The library's tags for a text that reads as one term (else none). Asked of every capitalised word: cached. */
function singleTermTags(text: string): readonly string[] {
  let tags = termTags.get(text);
  if (tags === undefined) {
    const terms = (nlp(text).json() as Array<{ terms: TermJson[] }>).flatMap((x) => x.terms);
    tags = terms.length === 1 ? (terms[0]?.tags ?? []) : [];
    termTags.set(text, tags);
  }
  return tags;
}

/** True when the word on its own is a known given name. */
export function isGivenName(word: string): boolean {
  return singleTermTags(word).includes('FirstName');
}

const FUNCTION_TAGS = ['Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Negative', 'Pronoun', 'QuestionWord'];
const COMMON_TAGS = [...FUNCTION_TAGS, 'Value', 'Adjective', 'Verb', 'Duration'];

function rawTags(word: string): readonly string[] {
  return singleTermTags(word.toLowerCase());
}

function wordTags(word: string): readonly string[] {
  const tags = rawTags(word);
  if (tags.some((t) => t === 'ProperNoun' || t === 'Person' || t === 'Place' || t === 'Organization' || t === 'Demonym')) return [];
  // An adverb guessed from "-ly" is one only when its stem is an adjective ("specifically"), not in "Ganguly" or "Kelly".
  const lower = word.toLowerCase();
  if (tags.includes('Adverb') && lower.endsWith('ly')) {
    const stem = lower.endsWith('ily') ? `${lower.slice(0, -3)}y` : lower.slice(0, -2);
    if (![stem, `${stem}le`, `${stem}l`].some((st) => rawTags(st).includes('Adjective'))) return tags.filter((t) => t !== 'Adverb');
  }
  return tags;
}

/** True when the word, lower-cased, is a common English word that is no name ("Specifically", "Despite", "Outside", "Citing"). */
export function isCommonWord(word: string): boolean {
  return wordTags(word).some((t) => COMMON_TAGS.includes(t));
}

/** True when the word is a function word (adverb, preposition, determiner…) that never starts a name ("Maybe Trump"). */
export function isFunctionWord(word: string): boolean {
  return wordTags(word).some((t) => FUNCTION_TAGS.includes(t));
}

/** True when the word is an adjective or a demonym in the singular ("Republican", "Syrian"): before a noun it only modifies it. */
export function isAdjectival(word: string): boolean {
  const tags = rawTags(word);
  return (tags.includes('Adjective') || tags.includes('Demonym')) && !tags.includes('Plural') && !tags.includes('Person') && !tags.includes('FirstName');
}

/** True when the word on its own reads as a verb in the past ("went", "attacked"): a clause's verb, never part of a title. */
export function isPastVerb(word: string): boolean {
  return wordTags(word).includes('PastTense');
}
