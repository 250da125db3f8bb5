// STUB (owned by the analysis work): cross-source analysis of segmented sources.
// Pure: returns the Analysis plus copies of the sources with `claim` and `sharedWith` filled in.
import type { SourceDoc } from '../types.ts';
import type { Analysis } from './types.ts';

export interface AnalyzedSources {
  analysis: Analysis;
  sources: SourceDoc[];
}

export function analyzeSources(docs: readonly SourceDoc[], options: { summaryWords: number }): AnalyzedSources {
  void docs;
  void options;
  throw new Error('analyzeSources: not implemented yet');
}
