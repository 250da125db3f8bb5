// Opposite claims about the same event: two outlets' sentences that share the event's names but
// assert the opposite (one negates what the other affirms, antonym verbs, contrasting quantifiers),
// e.g. "Mexico was informed in advance" against "Mexican officials were blindsided".
import type { SimilarityGraph } from './graph.ts';
import type { Discrepancy } from './types.ts';

/** Pairs of opposing wordings; a sentence on one side against one on the other is a contradiction. */
const OPPOSITES: ReadonlyArray<readonly [RegExp, RegExp, string]> = [
  [/\b(?:was|were|had been|been) (?:informed|notified|told|warned|consulted|briefed)\b|\bin advance\b|\bknew\b/i, /\bblindsided\b|\bcaught off guard\b|\bwithout (?:warning|notice)\b|\b(?:was|were) not (?:informed|told|consulted)\b|\bunaware\b|\bsurprised\b/i, 'who knew'],
  [/\b(?:confirmed|acknowledged|admitted)\b/i, /\b(?:denied|disputed)\b/i, 'whether it happened'],
  [/\b(?:agreed|accepted|approved)\b/i, /\b(?:refused|declined|vetoed|rejected)\b/i, 'what was agreed'],
  [/\b(?:only|solely|exclusively|limited to)\b/i, /\b(?:foreign soil|abroad|beyond|outside)\b/i, 'the scope'],
  [/\b(?:rose|increased|grew|climbed)\b/i, /\b(?:fell|decreased|dropped|declined)\b/i, 'the direction'],
];
const NEGATED = /\b(?:not|never|no longer|n['’]t)\s+(?:(?:be|been|have|has|had|was|were)\s+)?(\p{L}{4,})/giu;
const CAPITALISED = /\b\p{Lu}[\p{L}’'-]+/gu;

function names(text: string): Set<string> {
  // The first word is capitalised anyway: it is no evidence of a shared name.
  return new Set([...text.matchAll(CAPITALISED)].filter((m) => m.index > 0).map((m) => m[0].toLowerCase()));
}

/** True when `a` negates a verb that `b` asserts plainly ("was not informed" / "was informed"). */
export function negatedIn(a: string, b: string): boolean {
  for (const m of a.matchAll(NEGATED)) {
    const word = (m[1] ?? '').toLowerCase();
    const plain = new RegExp(`(?<!\\b(?:not|never|longer|n['’]t)\\s+(?:(?:be|been|have|has|had|was|were)\\s+)?)\\b${word}\\b`, 'iu');
    if (plain.test(b) && !new RegExp(`\\b(?:not|never|n['’]t)\\s+(?:(?:be|been|have|has|had|was|were)\\s+)?${word}\\b`, 'iu').test(b)) return true;
  }
  return false;
}

/** The words of `a` that oppose `b` ("was informed", "blindsided"), for the side's label. */
export function opposingWords(a: string, b: string): string {
  for (const [yes, no] of OPPOSITES) {
    const mine = yes.test(a) && no.test(b) ? yes.exec(a) : no.test(a) && yes.test(b) ? no.exec(a) : null;
    if (mine) return mine[0];
  }
  const negated = [...a.matchAll(NEGATED)][0];
  return negated ? negated[0] : (a.split(/\s+/).slice(0, 8).join(' ') + '…');
}

/** What the two passages oppose each other about, or null. */
export function opposition(a: string, b: string): string | null {
  for (const [yes, no, topic] of OPPOSITES) {
    if ((yes.test(a) && no.test(b) && !no.test(a) && !yes.test(b)) || (yes.test(b) && no.test(a) && !no.test(b) && !yes.test(a))) return topic;
  }
  return null;
}

/**
 * Contradictions between sources: sentence pairs similar enough to be about the same event
 * (sharing two names or more) whose wordings oppose. At most `limit`, most similar first.
 */
export function findContradictions(graph: SimilarityGraph, claimOf: ReadonlyMap<number, number>, limit = 6, minSimilarity = 0.08): Discrepancy[] {
  const nodes = graph.corpus.nodes;
  const found: Array<{ a: number; b: number; s: number; topic: string }> = [];
  for (const [a, b, s] of graph.edges) {
    const x = nodes[a];
    const y = nodes[b];
    if (!x || !y || x.source === y.source || s < minSimilarity) continue;
    // The same fact told twice (one cluster) is agreement, not a contradiction, unless negated.
    const topic = opposition(x.text, y.text) ?? (s >= 0.2 && (negatedIn(x.text, y.text) || negatedIn(y.text, x.text)) ? 'whether it happened' : null);
    if (!topic) continue;
    const nx = names(x.text);
    let shared = 0;
    for (const n of names(y.text)) if (nx.has(n)) shared++;
    if (shared < 2) continue;
    found.push({ a, b, s, topic });
  }
  found.sort((p, q) => q.s - p.s || p.a - q.a || p.b - q.b);
  const out: Discrepancy[] = [];
  const usedPairs = new Set<string>();
  for (const { a, b, topic } of found) {
    const x = nodes[a];
    const y = nodes[b];
    if (!x || !y) continue;
    const key = `${[x.source, y.source].sort().join('|')}|${topic}`;
    if (usedPairs.has(key)) continue;
    usedPairs.add(key);
    out.push({
      kind: 'contradiction',
      claim: claimOf.get(a) ?? claimOf.get(b) ?? -1,
      description: `The sources give opposite accounts of ${topic}`,
      sides: [
        { value: opposingWords(x.text, y.text), source: x.source, sentence: x.sentence, passage: x.text },
        { value: opposingWords(y.text, x.text), source: y.source, sentence: y.sentence, passage: y.text },
      ],
    });
    if (out.length >= limit) break;
  }
  return out;
}
