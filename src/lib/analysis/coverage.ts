// The coverage matrix (key facts × sources) and what only one source reports.
import type { SourceDoc } from '../types.ts';
import type { RankedClaim } from './rank.ts';
import type { CitedStatement, CoverageRow, UniqueReport } from './types.ts';

/** Key-point claims first, then other shared claims by source count and centrality. */
export function buildCoverage(byImportance: readonly RankedClaim[], keyPoints: readonly CitedStatement[], maxRows = 12): CoverageRow[] {
  const keyIds = new Set(keyPoints.map((k) => k.claim));
  const textOf = new Map(keyPoints.map((k) => [k.claim, k.text]));
  const rows = [...byImportance].sort(
    (p, q) =>
      Number(keyIds.has(q.claim.id)) - Number(keyIds.has(p.claim.id)) ||
      q.claim.sources.length - p.claim.sources.length ||
      q.claim.centrality - p.claim.centrality ||
      p.claim.id - q.claim.id,
  );
  return rows.slice(0, maxRows).map((r) => ({ claim: r.claim.id, text: textOf.get(r.claim.id) ?? r.claim.text, sources: r.claim.sources }));
}

/** Per source, the sentences no other source carries. */
export function buildUnique(sources: readonly SourceDoc[]): UniqueReport[] {
  return sources.map((doc) => ({ source: doc.id, sentences: doc.sentences.filter((s) => s.claim === null).map((s) => s.index) }));
}
