// Article → SourceDoc: blocks from the Markdown body, sentences numbered in reading order.
import { markdownToBlocks } from '../markdown.ts';
import { splitSentences } from '../text/sentences.ts';
import type { Article, SourceBlock, SourceDoc, SourceSentence } from '../types.ts';
import { memoByText } from '../text/memo.ts';

/** Blocks and numbered sentences depend only on the body; kept between builds (see text/memo.ts). */
const segmentBody = memoByText('segment', (body: string) => {
  const blocks: SourceBlock[] = [];
  const sentences: SourceSentence[] = [];
  for (const block of markdownToBlocks(body)) {
    const blockIndex = blocks.length;
    if (block.kind === 'heading') {
      blocks.push({ kind: 'heading', text: block.text, sentences: [] });
      continue;
    }
    const indices: number[] = [];
    for (const span of splitSentences(block.text)) {
      indices.push(sentences.length);
      sentences.push({ index: sentences.length, block: blockIndex, text: span.text, claim: null, sharedWith: [] });
    }
    blocks.push({ kind: 'paragraph', text: block.text, sentences: indices });
  }
  return { blocks, sentences };
});

export function segmentArticle(article: Article): SourceDoc {
  const { blocks, sentences } = segmentBody(article.body);
  return {
    id: article.id,
    title: article.title,
    titleSource: article.titleSource,
    dek: article.dek,
    outlet: article.outlet,
    outletSource: article.outletSource,
    published: article.published,
    publishedSource: article.publishedSource,
    publishedReason: null,
    url: article.url,
    language: article.language,
    wordCount: article.wordCount,
    blocks,
    sentences,
  };
}
