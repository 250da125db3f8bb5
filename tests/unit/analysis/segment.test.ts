import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../../src/lib/analysis/segment.ts';
import { makeArticle } from './helpers.ts';

describe('segmentArticle', () => {
  const article = makeArticle('a1', { title: 'T', outlet: 'O', published: '2025-08-09' }, [
    { kind: 'paragraph', text: 'Mr. Lee spoke in the U.S. on Friday. He left.' },
    { kind: 'heading', text: 'Aftermath' },
    { kind: 'paragraph', text: '“It is over,” she said. Prices rose 3.5 percent.' },
  ]);
  const doc = segmentArticle(article);

  it('numbers sentences in reading order across paragraphs; headings have none', () => {
    expect(doc.sentences.map((s) => [s.index, s.block, s.text])).toEqual([
      [0, 0, 'Mr. Lee spoke in the U.S. on Friday.'],
      [1, 0, 'He left.'],
      [2, 2, '“It is over,” she said.'],
      [3, 2, 'Prices rose 3.5 percent.'],
    ]);
    expect(doc.blocks.map((b) => [b.kind, b.sentences])).toEqual([
      ['paragraph', [0, 1]],
      ['heading', []],
      ['paragraph', [2, 3]],
    ]);
    expect(doc.blocks[1]?.text).toBe('Aftermath');
  });

  it('copies metadata and leaves claims for the analysis', () => {
    expect(doc.published).toBe('2025-08-09');
    expect(doc.publishedSource).toBe('given');
    expect(doc.publishedReason).toBeNull();
    expect(doc.sentences.every((s) => s.claim === null && s.sharedWith.length === 0)).toBe(true);
  });
});
