// Single-pass, time-aware clustering of articles into stories, in publication order. Candidate
// stories come from an inverted index over the stories' strongest terms, never from all pairs.
import { cosine, normalise, sharesName, strongest, type TermVector } from './terms.ts';
import type { StoryOptions } from './types.ts';

/** An article ready to cluster: its vector and its day (null when undated). */
export interface ClusterItem {
  vector: TermVector;
  day: number | null;
  /** Every name the article mentions that another article mentions too (not only its strongest terms). */
  names: ReadonlySet<string>;
}

/** A story under construction: member item indices in joining order (the first is the founder). */
export interface Cluster {
  members: number[];
  sum: Map<string, number>;
  centroid: TermVector;
  names: Set<string>;
  first: number | null;
  last: number | null;
}

/** How far a day lies outside a story's span of days; 0 inside it or when either is undated. */
function gapInDays(cluster: Cluster, day: number | null): number {
  if (day === null || cluster.first === null || cluster.last === null) return 0;
  return day < cluster.first ? cluster.first - day : day > cluster.last ? day - cluster.last : 0;
}

/** The similarity an article needs to join: higher the further apart in time, by doublings of the gap. */
export function joinThreshold(gap: number, options: StoryOptions): number {
  if (gap <= options.sameTimeDays) return options.joinThreshold;
  return options.joinThreshold + options.gapPenaltyPerDoubling * Math.log2(gap / options.sameTimeDays);
}

class StoryIndex {
  private readonly postings = new Map<string, Set<number>>();

  candidates(vector: TermVector, probe: number): number[] {
    const found = new Set<number>();
    let probed = 0;
    for (const term of vector.keys()) {
      if (probed++ >= probe) break;
      for (const c of this.postings.get(term) ?? []) found.add(c);
    }
    return [...found].sort((a, b) => a - b);
  }

  replace(cluster: number, before: TermVector, after: TermVector): void {
    for (const term of before.keys()) if (!after.has(term)) this.postings.get(term)?.delete(cluster);
    for (const term of after.keys()) {
      let set = this.postings.get(term);
      if (!set) this.postings.set(term, (set = new Set()));
      set.add(cluster);
    }
  }
}

function newCluster(): Cluster {
  return { members: [], sum: new Map(), centroid: new Map(), names: new Set(), first: null, last: null };
}

function join(cluster: Cluster, item: ClusterItem, at: number, options: StoryOptions): void {
  cluster.members.push(at);
  for (const [term, w] of item.vector) cluster.sum.set(term, (cluster.sum.get(term) ?? 0) + w);
  cluster.centroid = normalise(strongest([...cluster.sum], options.termsPerStory));
  for (const name of item.names) cluster.names.add(name);
  if (item.day !== null) {
    cluster.first = cluster.first === null ? item.day : Math.min(cluster.first, item.day);
    cluster.last = cluster.last === null ? item.day : Math.max(cluster.last, item.day);
  }
}

/**
 * Items must come in publication order. Each joins the most similar candidate story that clears the
 * time-aware threshold, or founds a new one.
 */
export function clusterItems(items: readonly ClusterItem[], options: StoryOptions): Cluster[] {
  const clusters: Cluster[] = [];
  const index = new StoryIndex();
  items.forEach((item, at) => {
    let target: number | undefined;
    let best = -Infinity;
    for (const c of index.candidates(item.vector, options.probeTerms)) {
      const cluster = clusters[c]!;
      const margin = cosine(item.vector, cluster.centroid) - joinThreshold(gapInDays(cluster, item.day), options);
      if (margin >= 0 && margin > best && sharesName(item.names, cluster.names)) {
        best = margin;
        target = c;
      }
    }
    target ??= clusters.push(newCluster()) - 1;
    const cluster = clusters[target]!;
    const before = cluster.centroid;
    join(cluster, item, at, options);
    index.replace(target, before, cluster.centroid);
  });
  // Moving articles changes centroids, which can make fragments mergeable: reassign and merge again
  // until nothing moves (a few rounds at most).
  let result = mergeSimilar(clusters, options);
  for (let round = 0; round < options.reassignRounds; round++) {
    const next = reassign(items, result, options);
    if (next === result) break;
    result = mergeSimilar(next, options);
  }
  return result;
}

/**
 * A k-means step: an article that came before its story had formed may sit alone or in a fragment;
 * it moves to the story whose centroid it is now closest to, if that one would take it.
 */
function reassign(items: readonly ClusterItem[], clusters: Cluster[], options: StoryOptions): Cluster[] {
  const index = new StoryIndex();
  clusters.forEach((c, i) => index.replace(i, new Map(), c.centroid));
  const home = new Map<number, number>();
  clusters.forEach((c, i) => c.members.forEach((m) => home.set(m, i)));
  const moves = new Map<number, number>();
  items.forEach((item, at) => {
    const own = home.get(at)!;
    // Its own story's centroid without it, so a founder alone is not held by itself.
    const alone = clusters[own]!.members.length === 1;
    let best = alone ? -Infinity : cosine(item.vector, clusters[own]!.centroid) - joinThreshold(0, options);
    // An article alone is more often a fragment of a story than a story: it moves on a little less.
    const relax = alone ? options.lonerRelax : 0;
    for (const c of index.candidates(item.vector, options.probeTerms)) {
      if (c === own) continue;
      const margin = cosine(item.vector, clusters[c]!.centroid) - joinThreshold(gapInDays(clusters[c]!, item.day), options) + relax;
      if (margin >= 0 && margin > best && sharesName(item.names, clusters[c]!.names)) {
        best = margin;
        moves.set(at, c);
      }
    }
  });
  if (moves.size === 0) return clusters;
  const rebuilt = clusters.map(() => newCluster());
  items.forEach((item, at) => join(rebuilt[moves.get(at) ?? home.get(at)!]!, item, at, options));
  return rebuilt.filter((c) => c.members.length > 0);
}

/** How similar one story's articles are, on average, to another story's centroid. */
function meanSimilarity(members: Cluster, to: Cluster): number {
  let dot = 0;
  for (const [term, w] of to.centroid) dot += w * (members.sum.get(term) ?? 0);
  return dot / members.members.length;
}

// Merging compares every candidate pair again after each merge: a story's leading names are kept
// until its members change (its term sums change only with them).
const leadingCache = new WeakMap<Cluster, { size: number; count: number; names: string[] }>();

/** A story's most weighted names (`@` terms), heaviest first. */
function leadingNames(cluster: Cluster, count: number): string[] {
  const known = leadingCache.get(cluster);
  if (known?.size === cluster.members.length && known.count === count) return known.names;
  const names = strongest([...cluster.sum].filter(([term]) => term.startsWith('@')), count).map(([term]) => term);
  leadingCache.set(cluster, { size: cluster.members.length, count, names });
  return names;
}

/**
 * Two grown stories, each led by a name the other does not have among its leading ones, are two
 * subjects however alike their words: Pakistan and the test-ban treaty, Iran and its reactors.
 * (Fragments are left to merge on words: a fragment's leading name is often an incidental one.)
 */
export function differentSubjects(a: Cluster, b: Cluster, options: StoryOptions): boolean {
  if (a.members.length < options.subjectStorySize || b.members.length < options.subjectStorySize) return false;
  const [namesA, namesB] = [leadingNames(a, options.leadingNames), leadingNames(b, options.leadingNames)];
  return namesA.length > 0 && namesB.length > 0 && !namesB.includes(namesA[0]!) && !namesA.includes(namesB[0]!);
}

/**
 * Two stories' similarity against what their distance in time demands: the articles of each must, on
 * average, be as close to the other's centroid as an article must be to join. (Centroid to centroid
 * would be too lenient: centroids of big stories share the broad words of their subject.)
 */
function mergeMargin(a: Cluster, b: Cluster, options: StoryOptions): number {
  if (differentSubjects(a, b, options)) return -Infinity;
  const gap =
    a.first === null || b.first === null || a.last === null || b.last === null
      ? 0
      : Math.max(0, b.first - a.last, a.first - b.last);
  const mean = Math.min(meanSimilarity(a, b), meanSimilarity(b, a)) - joinThreshold(gap, options) - options.mergeExtra;
  // Or the centroids themselves agree closely: a broad story split into parts that each kept its own wording.
  const centroids = cosine(a.centroid, b.centroid) - joinThreshold(gap, options) + options.joinThreshold - options.centroidMergeThreshold;
  return Math.max(mean, centroids);
}

/**
 * A single pass splits a story whose first articles came before its common vocabulary did; merging
 * stories whose centroids agree, best pair first, mends that.
 */
function mergeSimilar(clusters: Cluster[], options: StoryOptions): Cluster[] {
  const alive = clusters.map(() => true);
  const index = new StoryIndex();
  clusters.forEach((c, i) => index.replace(i, new Map(), c.centroid));
  for (;;) {
    let best: { a: number; b: number; margin: number } | null = null;
    for (let a = 0; a < clusters.length; a++) {
      if (!alive[a]) continue;
      for (const b of index.candidates(clusters[a]!.centroid, options.probeTerms)) {
        if (b <= a || !alive[b]) continue;
        const margin = mergeMargin(clusters[a]!, clusters[b]!, options);
        if (margin >= 0 && (best === null || margin > best.margin) && sharesName(clusters[a]!.names, clusters[b]!.names)) best = { a, b, margin };
      }
    }
    if (best === null) break;
    const into = clusters[best.a]!;
    const from = clusters[best.b]!;
    const before = into.centroid;
    into.members = [...into.members, ...from.members].sort((x, y) => x - y);
    for (const [term, w] of from.sum) into.sum.set(term, (into.sum.get(term) ?? 0) + w);
    into.centroid = normalise(strongest([...into.sum], options.termsPerStory));
    for (const name of from.names) into.names.add(name);
    into.first = minOf(into.first, from.first);
    into.last = maxOf(into.last, from.last);
    alive[best.b] = false;
    index.replace(best.b, from.centroid, new Map());
    index.replace(best.a, before, into.centroid);
  }
  return clusters.filter((_, i) => alive[i]);
}

function minOf(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}

function maxOf(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}
