// Per-sentence features for similarity: weighted content tokens, shingles and numbers, with IDF over the corpus.
import { findNumbers, type NumberMention } from '../text/numbers.ts';
import { contentTokens, NEG, shingles } from '../text/tokens.ts';
import { foldCase } from '../text/normalize.ts';
import { stem } from '../text/stem.ts';
import type { SourceDoc } from '../types.ts';
import { memoByText } from '../text/memo.ts';

/** One sentence of the corpus, flattened across sources. */
export interface SentenceNode {
  /** Position in the flattened corpus. */
  id: number;
  source: string;
  /** Index of the source in the input list. */
  doc: number;
  sentence: number;
  text: string;
  /** 0 for the first sentence of its source, 1 for the last. */
  position: number;
  tokens: string[];
  tokenSet: Set<string>;
  shingleSet: Set<string>;
  numbers: NumberMention[];
  /** Tokens of a closing attribution (", experts said."): who says it, not what happened. */
  attribution: Set<string>;
  /** Token sets of runs of the sentence's clauses, short of the whole (empty for one-clause sentences). */
  clauses: Array<Set<string>>;
}

export interface Corpus {
  nodes: SentenceNode[];
  /** Inverse document frequency per token (sentences are the documents). */
  idf: Map<string, number>;
  /** Document frequency per token. */
  df: Map<string, number>;
  /** Token weight for similarity: IDF, halved for names (see `nameTokens`). */
  weight: Map<string, number>;
  /** Sum of weights over each node's distinct tokens. */
  mass: number[];
  /** The same sum over each of a node's clause token sets (parallel to `clauses`). */
  clauseMass: number[][];
  /**
   * Tokens specific enough to anchor a claim: rare content words, less frequent names and
   * numbers. Two sentences sharing only topic words ("terrorist", "designated") are not
   * yet the same fact.
   */
  anchors: Set<string>;
  /** Tokens mostly written capitalised: names of people, places and organisations. */
  names: Set<string>;
}

/** What a sentence's text alone determines; kept between builds (see text/memo.ts). */
const sentenceFeatures = memoByText('features', (text: string) => ({
  tokens: contentTokens(text),
  numbers: findNumbers(text),
  clauses: clauseTokenSets(text),
  attribution: contentTokens(trailingAttribution(text)),
}));

export function buildCorpus(docs: readonly SourceDoc[]): Corpus {
  const nodes: SentenceNode[] = [];
  docs.forEach((doc, d) => {
    const last = Math.max(1, doc.sentences.length - 1);
    for (const s of doc.sentences) {
      const { tokens, numbers, clauses, attribution } = sentenceFeatures(s.text);
      nodes.push({
        id: nodes.length,
        source: doc.id,
        doc: d,
        sentence: s.index,
        text: s.text,
        position: s.index / last,
        tokens,
        tokenSet: new Set(tokens),
        shingleSet: new Set(shingles(tokens, 2)),
        numbers,
        clauses,
        attribution: new Set(attribution),
      });
    }
  });
  foldDemonyms(nodes);
  const df = new Map<string, number>();
  for (const node of nodes) for (const t of node.tokenSet) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = new Map<string, number>();
  const n = nodes.length;
  for (const [t, f] of df) idf.set(t, Math.log((n + 1) / f));
  // Names say who, not what happened: two sentences about the same person are not yet the same
  // fact, so name tokens count half.
  const names = nameTokens(nodes);
  const weight = new Map<string, number>();
  for (const [t, v] of idf) weight.set(t, names.has(t) ? v * 0.5 : v);
  const massOf = (tokens: ReadonlySet<string>) => sum([...tokens].map((t) => weight.get(t) ?? 0));
  const mass = nodes.map((node) => massOf(node.tokenSet));
  const clauseMass = nodes.map((node) => node.clauses.map(massOf));
  return { nodes, idf, df, weight, mass, clauseMass, anchors: anchorTokens(df, names, n), names };
}

const TRAILING_ATTRIBUTION = /,\s+((?:according to\s+[^,;“”"]{1,60})|(?:[^,;“”"]{1,60}?\s+(?:said|says|reported|reports|told\s+\S+|added|confirmed|announced|stated)))\s*[.!?]?["”’]?$/u;

/** The closing ", X said." of a sentence, or "". */
export function trailingAttribution(text: string): string {
  return TRAILING_ATTRIBUTION.exec(text)?.[1] ?? '';
}

/** Clause boundaries: commas, semicolons, colons, dashes and clause-joining conjunctions. */
const CLAUSE_BREAK = /\s*[,;:]\s+|\s+[—–-]\s+|\s+(?:and|but|while|whereas)\s+/u;
/** Clauses with fewer content tokens than this are glued to their neighbour. */
const MIN_CLAUSE_TOKENS = 4;

/**
 * A long sentence often carries the shared fact in part of it only ("X said on Friday, adding
 * that …"); comparing parts lets that part meet a shorter wording of the same fact. The parts
 * are runs of one to three consecutive clauses, short of the whole sentence.
 */
export function clauseTokenSets(text: string): Array<Set<string>> {
  const parts = text.split(CLAUSE_BREAK).map((p) => contentTokens(p));
  const merged: string[][] = [];
  for (const tokens of parts) {
    const last = merged[merged.length - 1];
    if (last && (last.length < MIN_CLAUSE_TOKENS || tokens.length < MIN_CLAUSE_TOKENS)) last.push(...tokens);
    else merged.push([...tokens]);
  }
  const last = merged[merged.length - 1];
  if (merged.length > 1 && last && last.length < MIN_CLAUSE_TOKENS) {
    merged.pop();
    merged[merged.length - 1]?.push(...last);
  }
  const windows: Array<Set<string>> = [];
  for (let size = 1; size <= Math.min(3, merged.length - 1); size++) {
    for (let i = 0; i + size <= merged.length; i++) windows.push(new Set(merged.slice(i, i + size).flat()));
  }
  return windows;
}

/**
 * Rare words (in few sentences), names that are not the story's main actors, and counts.
 * Thresholds scale with the corpus so a 10-sentence and a 1,000-sentence corpus behave alike.
 */
function anchorTokens(df: ReadonlyMap<string, number>, names: ReadonlySet<string>, n: number): Set<string> {
  const rare = Math.max(3, Math.round(0.05 * n));
  const out = new Set<string>();
  for (const [t, f] of df) {
    if (t === NEG) continue;
    if (/^#\d/.test(t) && !/^#(?:19|20)\d\d$/.test(t)) out.add(t);
    else if (f <= rare || (names.has(t) && f <= 2 * rare)) out.add(t);
  }
  return out;
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/**
 * "Ruritanian" and "Ruritania" should meet. A capitalised word ending in a demonym suffix is
 * folded into a corpus token that its stem begins, when one exists (no country list needed).
 */
function foldDemonyms(nodes: SentenceNode[]): void {
  const vocabulary = new Set<string>();
  for (const node of nodes) for (const t of node.tokenSet) vocabulary.add(t);
  const demonyms = new Set<string>();
  for (const node of nodes) {
    for (const m of node.text.matchAll(/\b\p{Lu}\p{Ll}{2,}(?:ian|ean|an|ese|ish)\b/gu)) demonyms.add(stem(foldCase(m[0])));
  }
  const alias = new Map<string, string>();
  const sortedVocabulary = [...vocabulary].sort();
  for (const d of [...demonyms].sort()) {
    const base = d.replace(/(?:ian|ean|an|ese|ish)$/, '');
    if (base.length < 3 || !vocabulary.has(d)) continue;
    const target = sortedVocabulary.find((u) => u !== d && u.startsWith(base) && u.length <= base.length + 2 && !demonyms.has(u));
    if (target) alias.set(d, target);
  }
  if (alias.size === 0) return;
  for (const node of nodes) {
    node.tokens = node.tokens.map((t) => alias.get(t) ?? t);
    node.tokenSet = new Set(node.tokens);
    node.shingleSet = new Set(shingles(node.tokens, 2));
    node.clauses = node.clauses.map((c) => new Set([...c].map((t) => alias.get(t) ?? t)));
    node.attribution = new Set([...node.attribution].map((t) => alias.get(t) ?? t));
  }
}

/** Tokens written with a capital inside sentences more often than not: names of people and places. */
function nameTokens(nodes: readonly SentenceNode[]): Set<string> {
  const capital = new Map<string, number>();
  const total = new Map<string, number>();
  for (const node of nodes) {
    const wordsIn = node.text.split(/\s+/).slice(1);
    for (const w of wordsIn) {
      const [t] = contentTokens(w);
      if (!t) continue;
      total.set(t, (total.get(t) ?? 0) + 1);
      if (/^["“‘(]?\p{Lu}\p{Ll}/u.test(w)) capital.set(t, (capital.get(t) ?? 0) + 1);
    }
  }
  return new Set([...capital].filter(([t, c]) => c * 2 > (total.get(t) ?? 0)).map(([t]) => t));
}
