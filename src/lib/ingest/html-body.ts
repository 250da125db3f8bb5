// Readability's article DOM → units that keep the page's structure: headings, paragraphs, list
// items, table rows (as GFM tables), <pre>, blockquotes and text loose in a container.
import type { BlockStyle } from '../types.ts';
import { tableText } from '../markdown.ts';
import { cleanLine, type Unit } from './lines.ts';

/** The parts of a linkedom node the walk reads. */
export interface HtmlNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<HtmlNode>;
  getAttribute?: (name: string) => string | null;
}

export interface BodyParts {
  units: Unit[];
  /** Figure captions and similar, kept out of the body (text only; the caller logs them). */
  captions: string[];
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'button', 'select', 'form', 'nav', 'img', 'picture', 'video', 'audio', 'canvas', 'input', 'textarea', 'head']);
const CONTAINERS = new Set([
  'div', 'section', 'article', 'main', 'body', 'html', 'header', 'footer', 'aside', 'center', 'span', 'font',
  'figure', 'details', 'summary', 'dl', 'address', 'hgroup', 'tbody', 'thead', 'tfoot',
]);
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'pre', 'blockquote', 'figcaption', 'dt', 'dd', 'li', 'hr', 'tr', 'caption']);

/** Walks the article root (iteratively: the page's nesting depth never costs stack). */
export function bodyParts(root: HtmlNode, findLine: (text: string) => number): BodyParts {
  const out: BodyParts = { units: [], captions: [] };
  const push = (text: string, extra: Partial<Unit> = {}): void => {
    const clean = cleanLine(text.replace(/\s+/g, ' '));
    if (clean) out.units.push({ line: findLine(clean), text: clean, ...extra });
  };
  // Each frame: a node to visit, or a marker that flushes loose text gathered in a container.
  type Frame = { node: HtmlNode; quote: boolean } | { flush: true; quote: boolean };
  const stack: Frame[] = [{ node: root, quote: false }];
  let loose = '';
  let looseLinked = 0;
  let looseQuote = false;
  const flushLoose = (): void => {
    const share = loose.trim() ? Math.min(1, looseLinked / loose.trim().length) : 0;
    if (loose.trim()) push(loose, looseQuote ? { style: 'quote', linkShare: share } : { linkShare: share });
    loose = '';
    looseLinked = 0;
  };
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if ('flush' in frame) {
      flushLoose();
      continue;
    }
    const { node, quote } = frame;
    if (node.nodeType === 3) {
      if (!loose) looseQuote = quote;
      loose += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = node.nodeName.toLowerCase();
    if (SKIP.has(tag)) continue;
    if (tag === 'br') {
      // Two line breaks in loose text end a paragraph; one is a soft wrap.
      loose += '\n';
      if (/\n\s*\n$/.test(loose)) flushLoose();
      continue;
    }
    if (!BLOCKS.has(tag) && !CONTAINERS.has(tag)) {
      // Inline element: its text joins the loose run.
      if (!loose) looseQuote = quote;
      const inline = inlineText(node);
      loose += inline;
      looseLinked += tag === 'a' ? inline.trim().length : linkedLength(node);
      continue;
    }
    flushLoose();
    const style: BlockStyle | undefined = quote ? 'quote' : undefined;
    switch (tag) {
      case 'p':
      case 'dt':
      case 'dd':
        pushParagraphs(node, push, style, linkShare(node));
        break;
      case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': {
        // A "heading" of running prose is a styled paragraph.
        const text = inlineText(node);
        push(text, text.split(/\s+/).length > 25 ? { linkShare: linkShare(node) } : { depth: Math.min(4, Math.max(2, Number(tag[1]))), linkShare: linkShare(node) });
        break;
      }
      case 'ul':
      case 'ol':
        listItems(node, tag === 'ol', push);
        break;
      case 'li':
        push(inlineText(node), { style: 'list' });
        break;
      case 'pre':
        pushCode(node, out);
        break;
      case 'table':
        if (!pushTable(node, push)) stack.push(...childFrames(node, quote));
        break;
      case 'figcaption':
      case 'caption': {
        const text = cleanLine(inlineText(node).replace(/\s+/g, ' '));
        if (text) out.captions.push(text);
        break;
      }
      case 'blockquote':
        stack.push({ flush: true, quote: true }, ...childFrames(node, true));
        break;
      case 'hr':
        break;
      default:
        stack.push({ flush: true, quote }, ...childFrames(node, quote));
    }
  }
  flushLoose();
  return out;
}

function childFrames(node: HtmlNode, quote: boolean): { node: HtmlNode; quote: boolean }[] {
  const frames: { node: HtmlNode; quote: boolean }[] = [];
  const children = node.childNodes;
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i];
    if (child) frames.push({ node: child, quote });
  }
  return frames;
}

function pushParagraphs(node: HtmlNode, push: (text: string, extra?: Partial<Unit>) => void, style: BlockStyle | undefined, share: number): void {
  // `<br><br>` inside one <p> separates paragraphs the CMS glued together.
  for (const part of inlineText(node).split(/\n\s*\n/)) push(part, style ? { style, linkShare: share } : { linkShare: share });
}

/** Characters of link text under a node. */
function linkedLength(node: HtmlNode): number {
  let total = 0;
  const stack: HtmlNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.nodeType !== 1) continue;
    if (n.nodeName.toLowerCase() === 'a') {
      total += (n.textContent ?? '').replace(/\s+/g, ' ').trim().length;
      continue;
    }
    stack.push(...Array.from(n.childNodes));
  }
  return total;
}

/** The share of a block's text that is link text. */
function linkShare(node: HtmlNode): number {
  const length = (node.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  return length === 0 ? 0 : Math.min(1, linkedLength(node) / length);
}

function pushCode(node: HtmlNode, out: BodyParts): void {
  const text = (node.textContent ?? '').replace(/^\n+|\s+$/g, '');
  if (text.trim()) out.units.push({ line: 1, text: cleanLine(text.replace(/\s+/g, ' ')), style: 'code', code: text });
}

function listItems(list: HtmlNode, ordered: boolean, push: (text: string, extra?: Partial<Unit>) => void): void {
  const queue: HtmlNode[] = [list];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const child of Array.from(node.childNodes)) {
      const tag = child.nodeName.toLowerCase();
      if (tag === 'li') {
        push(inlineText(child, new Set(['ul', 'ol'])), { style: ordered ? 'ordered' : 'list' });
        for (const nested of Array.from(child.childNodes)) if (/^(?:ul|ol)$/i.test(nested.nodeName)) queue.push(nested);
      } else if (child.nodeType === 1 && !SKIP.has(tag)) queue.push(child);
    }
  }
}

/** A data table → one unit with its rows; false for layout tables (cells holding paragraphs). */
function pushTable(table: HtmlNode, push: (text: string, extra?: Partial<Unit>) => void): boolean {
  const rows: string[][] = [];
  const queue: HtmlNode[] = [table];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const child of Array.from(node.childNodes)) {
      const tag = child.nodeName.toLowerCase();
      if (tag === 'tr') {
        const cells: string[] = [];
        for (const cell of Array.from(child.childNodes)) {
          if (!/^t[dh]$/i.test(cell.nodeName)) continue;
          if (hasBlock(cell)) return false;
          cells.push(cleanLine(inlineText(cell).replace(/\s+/g, ' ')));
        }
        if (cells.some((c) => c !== '')) rows.push(cells);
      } else if (tag === 'table') return false;
      else if (child.nodeType === 1 && tag !== 'caption') queue.push(child);
    }
  }
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (rows.length < 2 || width < 2) return false;
  const padded = rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
  push(tableText(padded), { style: 'table', rows: padded });
  return true;
}

function hasBlock(node: HtmlNode): boolean {
  const stack = [...Array.from(node.childNodes)];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (/^(?:p|div|table|ul|ol|h[1-6]|blockquote|pre)$/i.test(n.nodeName)) return true;
    stack.push(...Array.from(n.childNodes));
  }
  return false;
}

/** The text of an inline run; `<br>` becomes a newline; `skip` tags are left out. */
function inlineText(node: HtmlNode, skip: ReadonlySet<string> = new Set()): string {
  let text = '';
  const stack: HtmlNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.nodeType === 3) {
      text += n.textContent ?? '';
      continue;
    }
    if (n.nodeType !== 1) continue;
    const tag = n.nodeName.toLowerCase();
    if (n !== node && (SKIP.has(tag) || skip.has(tag))) continue;
    if (tag === 'br') {
      text += '\n';
      continue;
    }
    if (n !== node && BLOCKS.has(tag)) text += '\n\n';
    const children = n.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  return text.replace(/[ \t\r\f\v\u00a0]+/g, ' ').replace(/ ?\n ?/g, '\n');
}
