// STUB (owned by the analysis work): split an article into blocks and indexed sentences.
import type { Article, SourceDoc } from '../types.ts';

export function segmentArticle(article: Article): SourceDoc {
  void article;
  throw new Error('segmentArticle: not implemented yet');
}
