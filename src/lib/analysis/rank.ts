// Centrality (LexRank), representative sentences and key points (the summary is in summary.ts).
import { standaloneQuality } from '../text/quality.ts';
import type { SimilarityGraph } from './graph.ts';
import type { CitedStatement, Claim } from './types.ts';
import type { Citation } from '../types.ts';
import { maxOf } from '../numeric.ts';

/** LexRank: PageRank over the sentence similarity graph. Scores sum to 1. */
export function lexRank(graph: SimilarityGraph, damping = 0.85, iterations = 50, minEdge = 0.1): number[] {
  const n = graph.corpus.nodes.length;
  if (n === 0) return [];
  const neighbours: Array<Array<[number, number]>> = Array.from({ length: n }, () => []);
  for (const [a, b, s] of graph.edges) {
    if (s < minEdge) continue;
    neighbours[a]?.push([b, s]);
    neighbours[b]?.push([a, s]);
  }
  const outWeight = neighbours.map((list) => list.reduce((t, [, s]) => t + s, 0));
  let scores = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < iterations; it++) {
    const next = new Array<number>(n).fill((1 - damping) / n);
    let dangling = 0;
    for (let i = 0; i < n; i++) {
      const w = outWeight[i] ?? 0;
      const si = scores[i] ?? 0;
      if (w === 0) {
        dangling += si;
        continue;
      }
      for (const [j, s] of neighbours[i] ?? []) next[j] = (next[j] ?? 0) + (damping * si * s) / w;
    }
    // Isolated sentences spread their mass evenly, so scores still sum to 1.
    for (let i = 0; i < n; i++) next[i] = (next[i] ?? 0) + (damping * dangling) / n;
    scores = next;
  }
  return scores;
}

/**
 * The member that reads best on its own and is most typical of the cluster. `qualityOf` scores a
 * member's statement (after cleaning); by default the raw sentence is scored.
 */
export function pickRepresentative(graph: SimilarityGraph, members: readonly number[], qualityOf: (m: number) => number = (m) => standaloneQuality(graph.corpus.nodes[m]?.text ?? '')): number {
  let best = members[0] ?? 0;
  let bestScore = -1;
  const typicalOf = typicality(graph, members);
  for (const m of members) {
    const typical = typicalOf(m);
    // Cleanliness first: a typical but broken sentence (a quote fragment) loses to a clean one.
    const score = qualityOf(m) ** 1.5 * (0.4 + typical);
    if (score > bestScore + 1e-9) [best, bestScore] = [m, score];
  }
  return best;
}

/**
 * Each member's mean similarity to the other members. Copies of one text (a wire sentence carried by
 * hundreds of outlets) score alike, so it is computed once per distinct text: a claim of m sentences
 * with d texts costs d² comparisons, not m².
 */
function typicality(graph: SimilarityGraph, members: readonly number[]): (m: number) => number {
  const groups = new Map<number, number[]>();
  for (const m of members) {
    const key = graph.textOf(m);
    const group = groups.get(key);
    if (group) group.push(m);
    else groups.set(key, [m]);
  }
  const copies = [...groups.values()];
  const byText = new Map<number, number>();
  for (const group of copies) {
    const first = group[0]!;
    let total = group.length > 1 ? (group.length - 1) * graph.sim(first, group[1]!) : 0;
    for (const other of copies) if (other !== group) total += other.length * graph.sim(first, other[0]!);
    byText.set(graph.textOf(first), total);
  }
  const others = members.length - 1;
  return (m) => (others === 0 ? 1 : (byText.get(graph.textOf(m)) ?? 0) / others);
}

export interface RankedClaim {
  claim: Claim;
  members: number[];
  representative: number;
  /** Importance: centrality boosted by how many sources carry it. */
  score: number;
  /** How well the statement reads on its own. */
  quality: number;
  /** The representative as a standalone statement (connective dropped, [referent] inserted). */
  statement: string;
  /** The key-point wording: the attributed quote when the claim is quoted speech, else `statement`; null when neither reads alone. */
  point: string | null;
  /** How well `point` reads on its own. */
  pointQuality: number;
  /** The quote the claim's sentences belong to, if any. */
  quote: number | null;
  /** Earliest relative position of the fact in any source (0 = lead). */
  position: number;
  /** When the key point is the whole quote: its sentences and sources, so every count of it agrees. */
  quoted?: { citations: Citation[]; sources: number } | undefined;
}

export function claimScore(claim: Claim): number {
  return claim.centrality * (1 + Math.log2(claim.sources.length));
}

function statement(ranked: RankedClaim, text: string): CitedStatement {
  return { text, claim: ranked.claim.id, citations: ranked.claim.citations, sourceCount: ranked.claim.sources.length };
}

/** A key point: an attributed quote cites the quote's own sentences and count, as "Who said what" does. */
function keyPoint(ranked: RankedClaim): CitedStatement {
  if (ranked.point !== null && ranked.point !== ranked.statement && ranked.quoted) {
    return { text: ranked.point, claim: ranked.claim.id, citations: ranked.quoted.citations, sourceCount: ranked.quoted.sources };
  }
  return statement(ranked, ranked.point ?? ranked.statement);
}

/** Maximal marginal relevance: importance minus redundancy with what is already chosen. */
function mmrOrder(graph: SimilarityGraph, ranked: readonly RankedClaim[], lambda: number, limit: number, accept: (r: RankedClaim, chosen: readonly RankedClaim[]) => boolean): RankedClaim[] {
  const chosen: RankedClaim[] = [];
  const pool = [...ranked];
  const top = maxOf(ranked.map((r) => r.score * r.quality), 1e-9);
  while (chosen.length < limit && pool.length > 0) {
    let bestIndex = -1;
    let bestValue = -Infinity;
    pool.forEach((r, i) => {
      const relevance = (r.score * r.quality) / top;
      const redundancy = maxOf(chosen.map((c) => graph.sim(c.representative, r.representative)), 0);
      const value = lambda * relevance - (1 - lambda) * redundancy;
      if (value > bestValue + 1e-12) [bestIndex, bestValue] = [i, value];
    });
    const [pick] = pool.splice(bestIndex, 1);
    if (!pick) break;
    if (accept(pick, chosen)) chosen.push(pick);
  }
  return chosen;
}

// Openers that need an antecedent, and quote marks: such a statement cannot stand alone.
const DEPENDENT_OPENER = /^(?:["“”‘’'«(]|(?:He|She|They|It|This|That|These|Those|His|Her|Their|Its|We|I|Our|My)\b|\p{Ll})/u;

/** True when a statement can be read with nothing before it. */
export function readsAlone(text: string): boolean {
  if (DEPENDENT_OPENER.test(text)) return false;
  // Unbalanced curly or straight quotes: part of a longer quote.
  const open = (text.match(/“/g) ?? []).length;
  const close = (text.match(/”/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  return open === close && straight % 2 === 0;
}

/** 5–8 key points, preferring facts the summary has not already stated. */
export function buildKeyPoints(graph: SimilarityGraph, ranked: readonly RankedClaim[], summary: readonly CitedStatement[], max = 8, min = 5): CitedStatement[] {
  const inSummary = new Set(summary.map((s) => s.claim));
  const usable = ranked.filter((r) => r.point !== null && readsAlone(r.point));
  // One key point per quote: the same words must not be listed twice.
  const distinct = (r: RankedClaim, chosen: readonly RankedClaim[]) =>
    !chosen.some((c) => graph.sim(c.representative, r.representative) >= 0.5 || (c.quote !== null && c.quote === r.quote));
  const fresh = usable.filter((r) => !inSummary.has(r.claim.id) && r.pointQuality >= 0.45);
  const picked = mmrOrder(graph, fresh.map((r) => ({ ...r, quality: r.pointQuality })), 0.7, max, distinct).map((p) => fresh.find((r) => r.claim.id === p.claim.id) ?? p);
  if (picked.length < min) {
    // Too few clean facts: fall back to weaker wordings, then to the summary's facts.
    const rest = usable.filter((r) => !picked.includes(r) && !inSummary.has(r.claim.id));
    const reused = usable.filter((r) => inSummary.has(r.claim.id));
    for (const r of [...rest, ...reused]) if (picked.length < min && distinct(r, picked)) picked.push(r);
  }
  return picked.sort((p, q) => q.score - p.score || p.claim.id - q.claim.id).map(keyPoint);
}
