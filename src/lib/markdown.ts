// Article bodies are Markdown of two kinds of block: `##` headings and paragraphs.
// Writing goes through remark so any Markdown syntax in the article text is escaped.
import type { Heading, Paragraph, Root } from 'mdast';
import { remark } from 'remark';
import { toString } from 'mdast-util-to-string';
import type { Block } from './types.ts';

const processor = remark().data('settings', { bullet: '-', emphasis: '_', rule: '-' });

export function blocksToMarkdown(blocks: readonly Block[]): string {
  const children = blocks.map((block): Heading | Paragraph =>
    block.kind === 'heading'
      ? { type: 'heading', depth: 2, children: [{ type: 'text', value: block.text }] }
      : { type: 'paragraph', children: [{ type: 'text', value: block.text }] },
  );
  const root: Root = { type: 'root', children };
  return processor.stringify(root);
}

/** Reads a body back into blocks; any other Markdown construct counts as a paragraph of its text. */
export function markdownToBlocks(markdown: string): Block[] {
  const root = processor.parse(markdown);
  return root.children
    .map((node): Block => ({
      kind: node.type === 'heading' ? 'heading' : 'paragraph',
      text: toString(node).replace(/\s+/g, ' ').trim(),
    }))
    .filter((block) => block.text.length > 0);
}
