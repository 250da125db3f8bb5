// Cross-source claims: clusters of sentences from different sources that report the same fact.
// Average-link agglomeration over high-similarity edges: a sentence joins a cluster only if it is
// similar to the cluster as a whole, which stops A~B~C chains from gluing unrelated facts.
import type { Citation } from '../types.ts';
import type { SimilarityGraph } from './graph.ts';
import { NumberMap } from './number-map.ts';

export interface ClusterOptions {
  /** An edge must be at least this similar to seed a merge. */
  edgeThreshold: number;
  /** Average similarity between two clusters' members needed to merge them. */
  linkThreshold: number;
}

export const DEFAULT_CLUSTERING: ClusterOptions = { edgeThreshold: 0.4, linkThreshold: 0.36 };

/** A cluster before ranking: member node ids in corpus order. */
export interface SentenceCluster {
  members: number[];
  sources: string[];
}

/**
 * Groups sentences. `extraLinks` are pairs known to state the same fact in other ways
 * (e.g. the same count with a different number) and are merged regardless of wording.
 */
export function clusterSentences(
  graph: SimilarityGraph,
  options: ClusterOptions = DEFAULT_CLUSTERING,
  extraLinks: ReadonlyArray<readonly [number, number]> = [],
  /** True when two sentences must never share a cluster (e.g. different speakers). */
  apart: (a: number, b: number) => boolean = () => false,
): SentenceCluster[] {
  const nodes = graph.corpus.nodes;
  const clusterOf = nodes.map((node) => node.id);
  const members = new Map<number, number[]>(nodes.map((node) => [node.id, [node.id]]));

  // A cluster's version changes whenever its members do. Syndicated copy repeats a sentence in hundreds
  // of articles, so a sentence has hundreds of edges into one big cluster: the average link of the same
  // two clusters, unchanged since it was last computed, is remembered instead of summed again.
  const version = nodes.map(() => 0);
  const linkValue = new NumberMap();
  const linkStamp = new NumberMap();
  const stride = nodes.length + 1;
  const link = (ca: number, cb: number): number => {
    const key = ca * stride + cb;
    const stamp = version[ca]! * stride + version[cb]!;
    if (linkStamp.get(key) === stamp) return linkValue.get(key)!;
    const value = averageLink(graph, members.get(ca) ?? [], members.get(cb) ?? []);
    linkStamp.set(key, stamp);
    linkValue.set(key, value);
    return value;
  };

  const merge = (ca: number, cb: number): void => {
    const [keep, drop] = ca < cb ? [ca, cb] : [cb, ca];
    const moved = members.get(drop) ?? [];
    for (const m of moved) clusterOf[m] = keep;
    members.set(keep, [...(members.get(keep) ?? []), ...moved].sort((p, q) => p - q));
    members.delete(drop);
    version[keep]!++;
    version[drop]!++;
  };

  const crossSource = graph.edges
    .filter(([a, b, s]) => s >= options.edgeThreshold && nodes[a]?.source !== nodes[b]?.source)
    .sort((p, q) => q[2] - p[2] || p[0] - q[0] || p[1] - q[1]);
  for (const [a, b] of crossSource) {
    const ca = clusterOf[a] ?? a;
    const cb = clusterOf[b] ?? b;
    if (ca === cb) continue;
    if (link(ca, cb) >= options.linkThreshold && !anyApart(members.get(ca) ?? [], members.get(cb) ?? [], apart)) merge(ca, cb);
  }
  for (const [a, b] of extraLinks) {
    const ca = clusterOf[a] ?? a;
    const cb = clusterOf[b] ?? b;
    if (ca !== cb && !anyApart(members.get(ca) ?? [], members.get(cb) ?? [], apart)) merge(ca, cb);
  }

  const clusters: SentenceCluster[] = [];
  for (const list of members.values()) {
    const sources = [...new Set(list.map((m) => nodes[m]?.source ?? ''))].sort();
    clusters.push({ members: [...list].sort((p, q) => p - q), sources });
  }
  return clusters.sort((p, q) => (p.members[0] ?? 0) - (q.members[0] ?? 0));
}

function anyApart(left: readonly number[], right: readonly number[], apart: (a: number, b: number) => boolean): boolean {
  for (const a of left) for (const b of right) if (apart(a, b)) return true;
  return false;
}

function averageLink(graph: SimilarityGraph, left: readonly number[], right: readonly number[]): number {
  let total = 0;
  for (const a of left) for (const b of right) total += graph.sim(a, b);
  return total / (left.length * right.length);
}

/** Citations of a cluster, sorted by source then sentence. */
export function clusterCitations(graph: SimilarityGraph, cluster: SentenceCluster): Citation[] {
  return cluster.members
    .map((m) => graph.corpus.nodes[m])
    .filter((node) => node !== undefined)
    .map((node) => ({ source: node.source, sentence: node.sentence }))
    .sort((p, q) => (p.source < q.source ? -1 : p.source > q.source ? 1 : p.sentence - q.sentence));
}
