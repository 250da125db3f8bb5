// Which items of a large set are worth comparing: pairs that share a word few items use.
// An inverted index instead of all pairs keeps thousands of items near-linear; in a small set
// every word counts as rare, so every pair sharing a word is compared (exact).
import { appendTo } from '../collections.ts';

/** Pairs [i, j], i < j, in ascending order, of token sets sharing at least one rare token. */
export function rareTokenPairs(sets: ReadonlyArray<ReadonlySet<string>>): Array<[number, number]> {
  const postings = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const t of set) appendTo(postings, t, i);
  });
  const limit = Math.max(64, Math.ceil(4 * Math.sqrt(sets.length)));
  const pairs: Array<[number, number]> = [];
  sets.forEach((set, i) => {
    const partners = new Set<number>();
    for (const t of set) {
      const list = postings.get(t) ?? [];
      if (list.length > limit) continue;
      for (const j of list) if (j > i) partners.add(j);
    }
    for (const j of [...partners].sort((a, b) => a - b)) pairs.push([i, j]);
  });
  return pairs;
}
