// The summary: the sentences that together cover the most of what the sources say (concept
// coverage, after Gillick & Favre's bigram model), any source's sentences allowed, biased toward
// an optional focus, redundancy removed, and ordered for reading: events by date, then reactions.
import { standaloneQuality } from '../text/quality.ts';
import { contentTokens, NEG, wordCount } from '../text/tokens.ts';
import type { Citation } from '../types.ts';
import type { SentenceNode } from './features.ts';
import type { SimilarityGraph } from './graph.ts';

/** A wire dateline opening a story: "MOBILE, Ala. (AP) --", "BRUSSELS, January 22 (Xinhua) --". */
const DATELINE = /^\s*(?:[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){0,3})(?:\s*,\s*[A-Z][\p{L}.]*(?:\s+[\p{L}\d.]+){0,2})?\s*(?:\([^)]{1,40}\))?\s*(?:--|—|–|_)\s*/u;
/** Lines about the article rather than the story: bylines, editor's notes, wire credits. */
const NOT_THE_STORY = /^(?:By\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}\s*$|\(?Eds?\.?:|EDITOR'?S?\s*NOTE|Editor['’]s note)|\b(?:Associated Press|AP|Reuters) (?:[Ww]riters?|[Cc]orrespondents?|[Rr]eporters?)\b|\bcontributed to this (?:report|story)\b|^\(?(?:AP|Reuters|AFP|Xinhua)\)?$/u;
/** Words of a focus that say what to write rather than what about ("Describe …", "Include …"). */
const INSTRUCTION_WORDS = new Set(['describ', 'includ', 'report', 'discuss', 'press', 'inform', 'identifi', 'identify', 'describe', 'include', 'explain', 'detail', 'specif', 'what', 'give', 'provid', 'provide']);

/** Removes a leading wire dateline, which names where the story was filed, not what happened. */
export function stripDateline(text: string): string {
  const m = DATELINE.exec(text);
  if (!m || m[0].length >= text.length - 10) return text;
  // A dateline is capitals: "In WASHINGTON —" is not one, nor an ordinary sentence with a dash.
  const head = m[0];
  if (!/^[\p{Lu}\s.,'’-]+(?:,|\(|--|—|–|_)/u.test(head.replace(/\([^)]*\)/, '(')) && !/\([^)]+\)/.test(head)) return text;
  const rest = text.slice(head.length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** How well a statement reads alone; our [bracketed] insertions read as the words they are. */
export function readingQuality(text: string): number {
  return standaloneQuality(text.replace(/\[([^\]]*)\]/g, '$1'));
}

/** True for lines that describe the article (byline, editor's note) rather than report the story. */
export function isMetaLine(text: string): boolean {
  return NOT_THE_STORY.test(text.trim());
}

/** A sentence the summary may use. */
export interface SummaryCandidate {
  node: number;
  /** The statement as it would be printed (standalone, dateline dropped). */
  text: string;
  citations: Citation[];
  /** The claim it belongs to, or -1 when only its own source reports it. */
  claim: number;
  sourceCount: number;
  /** Publication date of its source (ISO) or null. */
  published: string | null;
  /** True when it reports someone's reaction (a quote or a "said" sentence) rather than an event. */
  reaction: boolean;
  /** Set when the wording is one a minority of sources contest (a title, a number): never asserted. */
  contested: boolean;
}

/** Tuned on DUC 2007 update topics D0703–D0721 (set A; `known` and `updateLead` on set B); the other five held out. */
const K = { focusBoost: 0.5, lead: 1.0, updateLead: 0.6, lenExp: 0.6, focusW: 6, redundant: 0.5, known: 0.3, headline: 0.25 };

export interface SummaryOptions {
  targetWords: number;
  /** What the summary should answer; its words weigh more. */
  focus?: string | undefined;
  /** Texts the reader has already seen (earlier articles): what they said weighs less. */
  known?: readonly string[] | undefined;
  /** The sources' headlines: what each outlet made of the story, a weaker focus. */
  headlines?: readonly string[] | undefined;
}

/** Concept = a pair of adjacent content tokens; its weight is how many sources use it. */
function concepts(text: string): string[] {
  const tokens = contentTokens(text).filter((t) => t !== NEG);
  const out = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) out.add(`${tokens[i]} ${tokens[i + 1]}`);
  return [...out];
}

/**
 * How much each word counts toward the focus: the focus's own words fully, headline words a
 * little (unless the reader has already seen them: in an update they are no news).
 */
function focusWeights(options: SummaryOptions): Map<string, number> {
  const out = new Map<string, number>();
  const seen = new Set((options.known ?? []).flatMap((k) => contentTokens(k)));
  for (const h of options.headlines ?? []) for (const t of contentTokens(h)) if (!seen.has(t)) out.set(t, K.headline);
  for (const t of focusTokens(options.focus)) out.set(t, 1);
  return out;
}

export function focusTokens(focus: string | undefined): Set<string> {
  if (!focus) return new Set();
  return new Set(contentTokens(focus).filter((t) => !t.startsWith('#') && t !== NEG && !INSTRUCTION_WORDS.has(t)));
}

const REACTION = /[“”"]|\b(?:said|says|told|stated|added|warned|urged|called|praised|criticized|criticised|welcomed|condemned)\b/;

export function isReaction(text: string): boolean {
  return REACTION.test(text);
}

/**
 * Chooses sentences greedily by the weight of concepts they add per word (a concept counts once),
 * with a bonus for focus (and headline) words and for the lead of a story; stops when the budget is filled.
 */
export function selectSummary(graph: SimilarityGraph, candidates: readonly SummaryCandidate[], options: SummaryOptions): SummaryCandidate[] {
  const nodes = graph.corpus.nodes;
  const sourceCount = new Set(nodes.map((n) => n.source)).size;
  const conceptSources = new Map<string, Set<string>>();
  const tokenSources = new Map<string, Set<string>>();
  for (const node of nodes) {
    const list = concepts(node.text);
    for (const c of list) (conceptSources.get(c) ?? conceptSources.set(c, new Set()).get(c)!).add(node.source);
    for (const t of node.tokenSet) (tokenSources.get(t) ?? tokenSources.set(t, new Set()).get(t)!).add(node.source);
  }
  const focusWeight = focusWeights(options);
  const known = new Set((options.known ?? []).flatMap(concepts));
  // With one or two sources every concept counts; with more, only those two sources share.
  const minSources = sourceCount >= 3 ? 2 : 1;
  const weight = (c: string): number => {
    const df = conceptSources.get(c)?.size ?? 0;
    if (df < minSources) return 0;
    const [a, b] = c.split(' ');
    const boost = (focusWeight.get(a ?? '') ?? 0) + (focusWeight.get(b ?? '') ?? 0);
    return df * (1 + K.focusBoost * boost) * (known.has(c) ? K.known : 1);
  };
  const focusScore = (tokens: ReadonlySet<string>): number => {
    let hits = 0;
    for (const t of tokens) hits += (focusWeight.get(t) ?? 0) * Math.log2(1 + sourceCount / Math.max(1, tokenSources.get(t)?.size ?? 1));
    return hits;
  };

  // An update's leads recap what the reader already knows, so the lead counts for less there.
  const leadWeight = known.size > 0 ? K.updateLead : K.lead;
  const covered = new Set<string>();
  const chosen: SummaryCandidate[] = [];
  let words = 0;
  const maxWords = Math.round(options.targetWords * 1.15);
  const pool = candidates.filter((c) => !c.contested);
  // A trimmed variant is judged by the words it keeps, not by its source sentence's.
  const lengthOf = new Map(pool.map((c) => [c, wordCount(c.text)]));
  const conceptsOf = new Map(pool.map((c) => [c, concepts(c.text)]));
  const tokensOf = new Map(pool.map((c) => [c, new Set(contentTokens(c.text))]));
  while (words < options.targetWords && pool.length > 0) {
    let best = -1;
    let bestValue = 0;
    pool.forEach((c, i) => {
      const n = lengthOf.get(c) ?? 1;
      if (words + n > maxWords) return;
      const node = nodes[c.node];
      if (!node) return;
      let gain = 0;
      for (const k of conceptsOf.get(c) ?? []) if (!covered.has(k)) gain += weight(k);
      if (gain === 0) return;
      const lead = 1 + leadWeight * (1 - node.position);
      const value = ((gain + K.focusW * focusScore(tokensOf.get(c) ?? node.tokenSet)) * lead * readingQuality(c.text)) / n ** K.lenExp;
      if (value > bestValue + 1e-12) [best, bestValue] = [i, value];
    });
    if (best < 0) break;
    const [pick] = pool.splice(best, 1);
    if (!pick) break;
    // Redundancy: a sentence saying what a chosen one already says adds nothing.
    if (chosen.some((c) => c.claim >= 0 && c.claim === pick.claim) || chosen.some((c) => graph.sim(c.node, pick.node) >= K.redundant)) continue;
    chosen.push(pick);
    words += lengthOf.get(pick) ?? 0;
    for (const k of conceptsOf.get(pick) ?? []) covered.add(k);
  }
  return readingOrder(chosen, nodes);
}

/** Events first, by the date of the story that reports them and their place in it; then reactions. */
function readingOrder(chosen: readonly SummaryCandidate[], nodes: readonly SentenceNode[]): SummaryCandidate[] {
  const key = (c: SummaryCandidate) => [c.reaction ? 1 : 0, c.published ?? '9999', nodes[c.node]?.position ?? 1, c.node] as const;
  return [...chosen].sort((p, q) => {
    const a = key(p);
    const b = key(q);
    return a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) || a[2] - b[2] || a[3] - b[3];
  });
}
