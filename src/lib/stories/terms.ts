// Article → weighted bag of distinctive terms: stemmed content words and capitalised names,
// the headline and lead counting more than the rest of the body (that is where news says what it is about).
import { memoByText } from '../text/memo.ts';
import { contentTokens } from '../text/tokens.ts';
import type { StoryArticle } from './types.ts';

/** A sparse vector: term → weight. */
export type TermVector = Map<string, number>;

const TITLE_WEIGHT = 3;
const LEAD_WEIGHT = 2;
const BODY_WEIGHT = 1;
/** A name (two or more capitalised words) is a stronger signal than either word alone. */
const NAME_WEIGHT = 3;
/** A one-word name is mostly counted as its plain word already; it adds a little, and gates joins. */
const SINGLE_NAME_WEIGHT = 0.3;
/** How many words of the body count as the lead. */
const LEAD_WORDS = 60;
/** Reading past this many body words adds little to what an article is about, and costs time. */
const BODY_WORDS = 600;

const NAME = /\b(?:[A-Z][\p{Ll}]+|[A-Z]{2,})(?:[ -](?:[A-Z][\p{Ll}]+|[A-Z]{2,}))+/gu;

function bodyText(body: string): string {
  return body
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join(' ');
}

function addTokens(bag: Map<string, number>, tokens: readonly string[], weight: number): void {
  for (const token of tokens) {
    if (token.startsWith('#')) continue; // numbers say little about which story an article is
    bag.set(token, (bag.get(token) ?? 0) + weight);
  }
}

/** A capitalised word inside a sentence (after a lowercase word or comma) is a name, not a sentence start. */
const INNER_NAME = /(?<=[\p{Ll},;] )(?:[A-Z][\p{Ll}]{2,}|[A-Z]{2,})\b/gu;

/**
 * Names, lowercased and marked with `@`: multi-word ones ("Claudia Sheinbaum" → `@claudia sheinbaum`)
 * and single capitalised words inside a sentence (`@marseille`).
 */
function names(text: string): string[] {
  const multi = [...text.matchAll(NAME)].map((m) => `@${m[0].toLowerCase().replace(/-/g, ' ')}`);
  const single = [...text.matchAll(INNER_NAME)].map((m) => `@${m[0].toLowerCase()}`);
  return [...multi, ...single];
}

/** A one-word name also counts as its plain word, so it weighs less than a multi-word name. */
function nameWeight(name: string): number {
  return name.includes(' ') ? NAME_WEIGHT : SINGLE_NAME_WEIGHT;
}

/** Whether two name sets meet: articles on one story name the same people, places or bodies. */
export function sharesName(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const name of small) if (large.has(name)) return true;
  return false;
}

/** The names (`@` terms) of a bag that at least one other article mentions too. */
export function sharedNames(bag: ReadonlyMap<string, number>, df: ReadonlyMap<string, number>): Set<string> {
  const found = new Set<string>();
  for (const term of bag.keys()) if (term.startsWith('@') && (df.get(term) ?? 0) >= 2) found.add(term);
  return found;
}

/** Raw (un-normalised) term counts of one article, weighted by where each term appears. */
export function articleTermCounts(article: StoryArticle): Map<string, number> {
  return termCountsOf(article.title, article.dek ?? '', article.body);
}

// Every build re-reads every article to place it; kept between builds, a new article costs only its own.
const termCountsOf = memoByText('story-terms', (title: string, dek: string, body: string): Map<string, number> => {
  const bag = new Map<string, number>();
  const words = bodyText(body).split(/\s+/).filter(Boolean);
  const lead = words.slice(0, LEAD_WORDS).join(' ');
  const rest = words.slice(LEAD_WORDS, BODY_WORDS).join(' ');
  const head = [title, dek].join(' ');
  addTokens(bag, contentTokens(head), TITLE_WEIGHT);
  addTokens(bag, contentTokens(lead), LEAD_WEIGHT);
  addTokens(bag, contentTokens(rest), BODY_WEIGHT);
  for (const name of names(head)) bag.set(name, (bag.get(name) ?? 0) + TITLE_WEIGHT * nameWeight(name));
  for (const name of names(`${lead} ${rest}`)) bag.set(name, (bag.get(name) ?? 0) + BODY_WEIGHT * nameWeight(name));
  return bag;
});

/** Document frequency of every term over a collection of term bags. */
export function documentFrequencies(bags: Iterable<ReadonlyMap<string, number>>): Map<string, number> {
  const df = new Map<string, number>();
  for (const bag of bags) for (const term of bag.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  return df;
}

/**
 * Imagined articles that mention none of our terms: they keep idf meaningful in a small folder, where
 * every article may be on one story and its own words would otherwise weigh nothing.
 */
const BACKGROUND_ARTICLES = 100;

/**
 * tf-idf with sublinear tf and a smoothed idf, keeping the `limit` strongest terms, L2-normalised.
 * Terms in only one article cannot link two, so they are dropped.
 */
export function tfidfVector(bag: ReadonlyMap<string, number>, df: ReadonlyMap<string, number>, total: number, limit: number): TermVector {
  const weighted: [string, number][] = [];
  for (const [term, count] of bag) {
    const n = df.get(term) ?? 1;
    if (n < 2) continue;
    weighted.push([term, (1 + Math.log(count)) * Math.log((total + BACKGROUND_ARTICLES) / n)]);
  }
  return normalise(strongest(weighted, limit));
}

/** The `limit` heaviest entries, ties broken by term so the result never depends on map order. */
export function strongest(entries: [string, number][], limit: number): [string, number][] {
  return entries.sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)).slice(0, limit);
}

export function normalise(entries: readonly [string, number][]): TermVector {
  const norm = Math.sqrt(entries.reduce((sum, [, w]) => sum + w * w, 0));
  return new Map(norm > 0 ? entries.map(([t, w]) => [t, w / norm]) : []);
}

export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, w] of small) dot += w * (large.get(term) ?? 0);
  return dot;
}
