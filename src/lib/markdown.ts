// Article bodies are Markdown: `##` headings, paragraphs, lists, blockquotes, code and GFM tables.
// Writing goes through remark (with GFM) so any Markdown syntax in the article text is escaped.
import type { BlockContent, List, ListItem, Root, RootContent, Table, TableRow } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import type { Block, BlockStyle } from './types.ts';

const processor = remark().use(remarkGfm).data('settings', { bullet: '-', emphasis: '_', rule: '-' });

export function blocksToMarkdown(blocks: readonly Block[]): string {
  const children: RootContent[] = [];
  for (const block of blocks) {
    const last = children.at(-1);
    if (block.kind === 'heading') {
      children.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: block.text }] });
    } else if (block.style === 'list' || block.style === 'ordered') {
      const ordered = block.style === 'ordered';
      const item: ListItem = { type: 'listItem', spread: false, children: [paragraph(block.text)] };
      if (last?.type === 'list' && last.ordered === ordered) last.children.push(item);
      else children.push({ type: 'list', ordered, spread: false, children: [item] } satisfies List);
    } else if (block.style === 'quote') {
      if (last?.type === 'blockquote') last.children.push(paragraph(block.text));
      else children.push({ type: 'blockquote', children: [paragraph(block.text)] });
    } else if (block.style === 'code') {
      children.push({ type: 'code', lang: null, meta: null, value: block.code ?? block.text });
    } else if (block.style === 'table' && block.rows && block.rows.length > 0) {
      children.push(table(block.rows));
    } else {
      children.push(paragraph(block.text));
    }
  }
  return processor.stringify({ type: 'root', children } satisfies Root);
}

function paragraph(text: string): BlockContent & { type: 'paragraph' } {
  return { type: 'paragraph', children: [{ type: 'text', value: text }] };
}

function table(rows: string[][]): Table {
  const width = Math.max(...rows.map((r) => r.length));
  const toRow = (cells: string[]): TableRow => ({
    type: 'tableRow',
    children: Array.from({ length: width }, (_, i) => ({ type: 'tableCell', children: [{ type: 'text', value: cells[i] ?? '' }] })),
  });
  return { type: 'table', align: Array<null>(width).fill(null), children: rows.map(toRow) };
}

/**
 * Reads a body back into blocks: list items, quoted paragraphs and table rows become paragraphs
 * (with their style), so sentence splitting sees each on its own.
 */
export function markdownToBlocks(markdown: string): Block[] {
  const root = processor.parse(markdown);
  const blocks: Block[] = [];
  for (const node of root.children) readNode(node, blocks, undefined);
  return blocks.filter((block) => block.text.length > 0);
}

function flat(node: Parameters<typeof toString>[0]): string {
  return toString(node).replace(/\s+/g, ' ').trim();
}

function readNode(node: RootContent, blocks: Block[], style: BlockStyle | undefined): void {
  switch (node.type) {
    case 'heading':
      blocks.push({ kind: 'heading', text: flat(node) });
      return;
    case 'list':
      for (const item of node.children) blocks.push({ kind: 'paragraph', text: flat(item), style: node.ordered ? 'ordered' : 'list' });
      return;
    case 'blockquote':
      for (const child of node.children) readNode(child, blocks, 'quote');
      return;
    case 'code':
      blocks.push({ kind: 'paragraph', text: node.value.replace(/\s+/g, ' ').trim(), style: 'code', code: node.value });
      return;
    case 'table': {
      const rows = node.children.map((row) => row.children.map((cell) => flat(cell)));
      blocks.push({ kind: 'paragraph', text: tableText(rows), style: 'table', rows });
      return;
    }
    default: {
      const block: Block = { kind: 'paragraph', text: flat(node) };
      if (style) block.style = style;
      blocks.push(block);
    }
  }
}

/** A table as one line of text: cells joined by " – ", rows by " ; ". */
export function tableText(rows: readonly string[][]): string {
  return rows.map((r) => r.filter(Boolean).join(' – ')).join(' ; ');
}
