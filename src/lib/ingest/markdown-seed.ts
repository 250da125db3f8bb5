// Markdown seed → units: syntax stripped to plain text, headings kept with their depth.
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { tableText } from '../markdown.ts';
import type { BlockStyle, RemovedLine } from '../types.ts';
import { cleanLine, continues, type Unit } from './lines.ts';

export interface MarkdownUnits {
  units: Unit[];
  /** Constructs with no article text (rules, raw HTML, bare images). */
  removed: RemovedLine[];
}

// GFM: a pipe table is a table, not a run of `|` paragraphs or headings.
const parser = remark().use(remarkGfm);

export function markdownToUnits(text: string): MarkdownUnits {
  const root: Root = parser.parse(text);
  const lines = text.split('\n');
  const out: MarkdownUnits = { units: [], removed: [] };
  for (const node of root.children) walk(node, lines, out, undefined);
  return out;
}

function walk(node: RootContent, lines: string[], out: MarkdownUnits, style: BlockStyle | undefined): void {
  const line = node.position?.start.line ?? 1;
  const raw = cleanLine(lines[line - 1] ?? '');
  switch (node.type) {
    case 'heading': {
      const text = flat(node);
      if (text) out.units.push({ line, text, depth: node.depth });
      return;
    }
    case 'paragraph': {
      // Soft line breaks may separate scraped lines (menus, captions); split and re-join wraps.
      const parts = toString(node, { includeImageAlt: false }).split('\n');
      if (parts.every((p) => cleanLine(p) === '')) {
        out.removed.push({ line, text: raw, reason: 'photo-caption' });
        return;
      }
      let last: Unit | undefined;
      parts.forEach((part, k) => {
        const text = cleanLine(part);
        if (text === '') return;
        if (last && continues(last.text, text)) last.text = `${last.text} ${text}`;
        else {
          last = style ? { line: line + k, text, style } : { line: line + k, text };
          out.units.push(last);
        }
      });
      return;
    }
    case 'list':
      for (const item of node.children) {
        const text = flat(item);
        if (text) out.units.push({ line: item.position?.start.line ?? line, text, style: node.ordered ? 'ordered' : 'list' });
      }
      return;
    case 'blockquote':
      for (const child of node.children) walk(child, lines, out, 'quote');
      return;
    case 'code':
      if (node.value.trim()) out.units.push({ line, text: cleanLine(node.value.replace(/\s+/g, ' ')), style: 'code', code: node.value });
      return;
    case 'table': {
      const rows = node.children.map((row) => row.children.map((cell) => flat(cell)));
      if (rows.some((r) => r.some(Boolean))) out.units.push({ line, text: tableText(rows), style: 'table', rows });
      return;
    }
    default:
      // thematicBreak, html, definitions, footnotes: markup, not text.
      out.removed.push({ line, text: raw, reason: 'markup' });
  }
}

function flat(node: Parameters<typeof toString>[0]): string {
  return cleanLine(toString(node, { includeImageAlt: false }).replace(/\n+/g, ' '));
}
