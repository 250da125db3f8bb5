// `npm run eval -- scraped`: the html-eval pages as a scraper gets them — visible text with menus,
// banners and footers, one block element per line — through the plain-text path, scored as `html`.
import { DOMParser } from 'linkedom';
import { decodeSeed } from '../src/lib/ingest/decode.ts';
import { ingestSeed } from '../src/lib/ingest/index.ts';
import { textOfArticle } from './html.ts';
import { loadPages, scoreSplits, type EvalPage } from './pages.ts';
import type { EvalRow, Scorer } from './types.ts';

// Not `head` itself: linkedom leaves body elements that follow a stray tag in <head> there, where a browser's
// parser would have opened <body> and shown them; head-only elements are hidden one by one instead.
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'title', 'meta', 'link', 'base', 'svg', 'iframe', 'object', 'canvas']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tr', 'ul', 'caption', 'option', 'select',
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?: (name: string) => string | null;
}

/** Hidden as innerText sees it without a stylesheet: `hidden`, or an inline display:none / visibility:hidden. */
function isHidden(node: DomNode): boolean {
  if ((node.getAttribute?.('hidden') ?? null) !== null) return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(node.getAttribute?.('style') ?? '');
}

/** An innerText-like rendering: block elements break lines, `<p>` and headings leave a blank line. */
export function renderVisibleText(html: string): string {
  // A browser renders a page even after server warnings printed before <!DOCTYPE>; linkedom loses it.
  const start = html.search(/<!doctype\s+html|<html[\s>]/i);
  const doc = new DOMParser().parseFromString(start > 0 ? html.slice(start) : html, 'text/html');
  const out: string[] = [];
  // From the document, not documentElement: linkedom puts a page without <html> beside an empty one.
  const top = Array.from((doc as unknown as DomNode).childNodes).reverse();
  const stack: { node: DomNode; closing: boolean }[] = top.map((node) => ({ node, closing: false }));
  while (stack.length > 0) {
    const { node, closing } = stack.pop()!;
    const tag = node.nodeName.toLowerCase();
    if (closing) {
      out.push(/^(?:p|h[1-6])$/.test(tag) ? '\n\n' : '\n');
      continue;
    }
    if (node.nodeType === 3) {
      out.push((node.textContent ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (node.nodeType !== 1 || HIDDEN.has(tag) || isHidden(node)) continue;
    if (tag === 'br') {
      out.push('\n');
      continue;
    }
    if (tag === 'td' || tag === 'th') out.push('\t');
    const block = BLOCK.has(tag);
    if (block) {
      out.push('\n');
      stack.push({ node, closing: true });
    }
    const children = Array.from(node.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, closing: false });
  }
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export const scorer: Scorer = {
  task: 'scraped',
  corpus: 'html-eval',
  async run({ corporaDir, log }) {
    const { pages } = await loadPages(`${corporaDir}/html-eval`);
    let failures = 0;
    const encoder = new TextEncoder();
    const titles = new Map<string, string>();
    const rows = scoreSplits(
      'briefing ingest (plain text)',
      pages,
      (page) => {
        // Decoded as a browser would: the page's declared charset when it is not UTF-8.
        const text = renderVisibleText(decodeSeed(page.bytes).text);
        const article = ingestSeed(page.file.replace(/\.html?$/, '.txt'), encoder.encode(text));
        titles.set(page.file, article.title);
        return textOfArticle(article);
      },
      (page, error) => {
        failures++;
        log(`${page.file}: ${(error as Error).message}`);
      },
    );
    rows.push(...titleRows(pages, titles));
    return {
      task: 'scraped',
      corpus: 'html-eval',
      headline: { metric: 'F1 (held-out)', goal: 'within 0.03 of the html F1', reference: 'the html task on the same pages' },
      rows,
      notes: [
        `${pages.length} pages rendered as visible text (innerText-like walk over linkedom: blocks → line breaks, script/style dropped, menus and footers kept).`,
        'Split by sha256(file name) parity: held-out = odd (reported), dev = even (tuned on).',
        `${failures} pages our ingest rejected (scored as nothing extracted).`,
        'Title agreement: share of pages whose scraped title matches the title the HTML path reads from the same page (case and punctuation folded; one containing the other counts). The F1 barely sees titles; a reader does.',
      ],
    };
  },
};

/** Titles folded for comparison: case, punctuation and spacing do not count. */
function foldTitle(title: string): string {
  return title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Per split, how often the plain-text path's title agrees with the HTML path's title of the same page. */
function titleRows(pages: readonly EvalPage[], scrapedTitles: ReadonlyMap<string, string>): EvalRow[] {
  const tally = { 'held-out': { same: 0, pages: 0 }, dev: { same: 0, pages: 0 } };
  for (const page of pages) {
    const scraped = scrapedTitles.get(page.file);
    let html: string;
    try {
      html = ingestSeed(page.file, page.bytes).title;
    } catch {
      continue;
    }
    const t = tally[page.split];
    t.pages++;
    if (scraped === undefined) continue;
    const [a, b] = [foldTitle(scraped), foldTitle(html)];
    if (a !== '' && b !== '' && (a.includes(b) || b.includes(a))) t.same++;
  }
  return (['held-out', 'dev'] as const)
    .filter((split) => tally[split].pages > 0)
    .map((split) => ({ label: `title agrees with the html path: ${split}`, count: tally[split].pages, metrics: { 'title agreement': tally[split].same / tally[split].pages } }));
}
