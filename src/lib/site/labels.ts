// Badge labels from a story's own source map, so components need no global data.
import type { SourceDoc } from '../types.ts';

const cache = new WeakMap<ReadonlyMap<string, SourceDoc>, ReadonlyMap<string, string>>();

/** The outlet, or "Source N" (N = its place in the story's sources) when no outlet is known. */
export function labelsOf(sources: ReadonlyMap<string, SourceDoc>): ReadonlyMap<string, string> {
  let labels = cache.get(sources);
  if (!labels) {
    labels = new Map([...sources.values()].map((s, i) => [s.id, s.outlet ?? `Source ${i + 1}`]));
    cache.set(sources, labels);
  }
  return labels;
}
