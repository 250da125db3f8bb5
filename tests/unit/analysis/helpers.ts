// Hand-built Articles for analysis tests: no dependency on the ingest stage.
import { blocksToMarkdown } from '../../../src/lib/markdown.ts';
import { segmentArticle } from '../../../src/lib/analysis/segment.ts';
import type { Article, Block, SourceDoc } from '../../../src/lib/types.ts';

export interface ArticleHead {
  title: string;
  outlet: string | null;
  published: string | null;
}

export function makeArticle(id: string, head: ArticleHead, blocks: readonly Block[]): Article {
  const body = blocksToMarkdown(blocks);
  return {
    id,
    seed: `${id}.txt`,
    format: 'text',
    encoding: 'utf-8',
    title: head.title,
    titleSource: 'given',
    dek: null,
    outlet: head.outlet,
    outletSource: head.outlet ? 'given' : null,
    published: head.published,
    publishedSource: head.published ? 'given' : null,
    url: null,
    language: 'en',
    wordCount: body.split(/\s+/).length,
    contentHash: id,
    removed: [],
    warnings: [],
    body,
  };
}

/** Paragraphs given as plain strings; strings starting with "## " are headings. */
export function makeDoc(id: string, paragraphs: readonly string[], head: Partial<ArticleHead> = {}): SourceDoc {
  const blocks = paragraphs.map((p): Block => (p.startsWith('## ') ? { kind: 'heading', text: p.slice(3) } : { kind: 'paragraph', text: p }));
  return segmentArticle(makeArticle(id, { title: head.title ?? id, outlet: head.outlet ?? null, published: head.published ?? null }, blocks));
}
