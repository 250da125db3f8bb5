// Saved article page → metadata from meta tags / JSON-LD, body from Readability's article with
// its structure (lists, tables, quotes, code, loose text) kept.
import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import type { RemovedLine } from '../types.ts';
import { normalizeIsoDate } from './dates.ts';
import { isCookieNotice } from './boilerplate.ts';
import { SeedError } from './errors.ts';
import { bodyParts, type HtmlNode } from './html-body.ts';
import { cleanLine, type Unit } from './lines.ts';
import { isProse, stripTitleNoise } from './meta.ts';
import { namesChrome, namesFurniture, namesTeaserCard } from './names.ts';
import { outletFromHost } from './outlet.ts';
import { ledeBelowHeadline, ledeOutside } from './standfirst.ts';

export interface HtmlSeed {
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  language: string | null;
  description: string | null;
  units: Unit[];
  /** Captions and other page parts taken out of the body. */
  removed: RemovedLine[];
  /** `stated` when the page names its publisher; `inferred` when the name comes from the URL host. */
  outletSource: 'stated' | 'inferred' | null;
}

export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i.test(text);
}

type Doc = ReturnType<DOMParser['parseFromString']>;

/** Drops server warnings printed before `<!DOCTYPE>`/`<html>`: the DOM parser loses the page after them. */
function fromDocumentStart(text: string): string {
  const start = text.search(/<!doctype\s+html|<html[\s>]/i);
  return start > 0 && start < 20_000 ? text.slice(start) : text;
}

/** Deeper nesting than this is refused before parsing: the DOM parser's cost grows with depth squared. */
export const MAX_HTML_DEPTH = 1500;

export function parseHtmlSeed(text: string): HtmlSeed {
  const depth = nestingDepth(text);
  if (depth > MAX_HTML_DEPTH) {
    throw new SeedError(`nests HTML elements ${depth} deep, over the ${MAX_HTML_DEPTH} limit for a page`);
  }
  const doc = new DOMParser().parseFromString(fromDocumentStart(text), 'text/html');
  const ld = jsonLdArticle(doc);
  const siteName = meta(doc, 'og:site_name') ?? publisherName(ld) ?? meta(doc, 'application-name');
  const title = pickTitle(doc, ld, siteName);
  const published =
    date(meta(doc, 'article:published_time')) ??
    date(meta(doc, 'og:article:published_time')) ??
    date(str(ld?.['datePublished'])) ??
    date(itemprop(doc, 'datePublished')) ??
    date(meta(doc, 'date') ?? meta(doc, 'pubdate') ?? meta(doc, 'dc.date') ?? meta(doc, 'dc.date.issued') ?? meta(doc, 'sailthru.date') ?? meta(doc, 'parsely-pub-date')) ??
    date(doc.querySelector('article time[datetime], time[pubdate][datetime], time[datetime]')?.getAttribute('datetime') ?? null);
  const url =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url') ?? str(ld?.['url']) ?? null;
  const language = doc.documentElement?.getAttribute('lang')?.trim() || null;
  const description = meta(doc, 'og:description') ?? meta(doc, 'description') ?? str(ld?.['description']);
  const hostName = siteName === null && url !== null ? outletFromHost(url) : null;
  const body = bodyUnits(doc, text, description);
  return {
    title,
    outlet: siteName ?? hostName,
    outletSource: siteName !== null ? 'stated' : hostName !== null ? 'inferred' : null,
    url,
    published,
    language,
    description,
    units: body.units,
    removed: body.removed,
  };
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'command']);
// Elements HTML closes implicitly: leaving them out keeps sloppy-but-shallow pages under the cap.
const SELF_CLOSING = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'thead', 'tbody', 'tfoot', 'colgroup', 'rt', 'rp', 'optgroup']);

/** The deepest element nesting in the markup, by a linear scan of its tags (scripts and comments skipped). */
export function nestingDepth(html: string): number {
  const tag = /<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(tag)) {
    const name = m[3]?.toLowerCase();
    if (!name || VOID.has(name) || SELF_CLOSING.has(name) || m[4] === '/') continue;
    if (m[2] === '/') depth = Math.max(0, depth - 1);
    else max = Math.max(max, ++depth);
  }
  return max;
}

/** `<meta itemprop=X content>`, `<time itemprop=X datetime>` or the element's text. */
function itemprop(doc: Doc, name: string): string | null {
  const el = doc.querySelector(`[itemprop="${name}"]`);
  if (!el) return null;
  const value = el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent ?? '';
  return cleanLine(value) || null;
}

function meta(doc: Doc, name: string): string | null {
  const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
  const value = el?.getAttribute('content');
  return value ? cleanLine(value) || null : null;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? cleanLine(value) : null;
}

function date(value: string | null): string | null {
  return value ? normalizeIsoDate(value) : null;
}

type Json = Record<string, unknown>;

/** The first JSON-LD object typed as some kind of Article, looking inside @graph arrays. */
function jsonLdArticle(doc: Doc): Json | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const found = findArticle(data);
    if (found) return found;
  }
  return null;
}

function findArticle(data: unknown): Json | null {
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findArticle(item);
      if (found) return found;
    }
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const obj = data as Json;
  const type = obj['@type'];
  const types = Array.isArray(type) ? type : [type];
  if (types.some((t) => typeof t === 'string' && /Article|BlogPosting|Report/.test(t))) return obj;
  return findArticle(obj['@graph']);
}

function publisherName(ld: Json | null): string | null {
  const publisher = ld?.['publisher'];
  const first = Array.isArray(publisher) ? publisher[0] : publisher;
  return typeof first === 'object' && first !== null ? str((first as Json)['name']) : null;
}

function pickTitle(doc: Doc, ld: Json | null, siteName: string | null): string | null {
  const pageTitle = cleanLine(doc.querySelector('title')?.textContent ?? '') || null;
  const candidates = [meta(doc, 'og:title'), str(ld?.['headline']), headlineH1(doc, pageTitle, siteName), pageTitle];
  for (const candidate of candidates) {
    if (candidate === null) continue;
    const title = stripTitleNoise(stripSiteSuffix(candidate, siteName));
    if (title && (siteName === null || title.toLowerCase() !== siteName.toLowerCase())) return title;
  }
  return null;
}

/** The first `<h1>` that reads as a headline, not a logo: not the site's name, and in the page title or long. */
function headlineH1(doc: Doc, pageTitle: string | null, siteName: string | null): string | null {
  for (const h1 of doc.querySelectorAll('h1')) {
    const text = cleanLine((h1.textContent ?? '').replace(/\s+/g, ' '));
    if (!text || h1.querySelector('img') && text.split(' ').length < 4) continue;
    if (siteName !== null && text.toLowerCase() === siteName.toLowerCase()) continue;
    const inTitle = pageTitle !== null && pageTitle.toLowerCase().includes(text.toLowerCase());
    if (inTitle || text.split(' ').length >= 4 || pageTitle === null) return text;
  }
  return null;
}


/** "Headline | Site" / "Headline - Site" → "Headline". */
export function stripSiteSuffix(title: string, siteName: string | null): string {
  const m = /^(.{12,}?)\s+[|–—-]\s+([^|–—]{2,40})$/.exec(title);
  if (!m) return title;
  const [, head = title, tail = ''] = m;
  const isSite = siteName === null || tail.toLowerCase().includes(siteName.toLowerCase()) || tail.split(/\s+/).length <= 4;
  return isSite ? head : title;
}

/** Readability's article, or the page body as a fallback, as structured units. */
function bodyUnits(doc: Doc, source: string, description: string | null): { units: Unit[]; removed: RemovedLine[] } {
  for (const el of doc.querySelectorAll('script, style, noscript, template, iframe, svg')) el.remove();
  let root: Doc | null = null;
  try {
    // Classes kept: they name the captions, bylines and share bars inside the article (dropNamedChrome).
    const reader = new Readability(doc.cloneNode(true) as unknown as Document, { charThreshold: 200, keepClasses: true });
    // Readability's conditional cleaning drops tables, lists and short-paragraph divs of the article;
    // the line rules in structure.ts judge those instead.
    (reader as unknown as { _flags: number })._flags &= ~0x4;
    const article = reader.parse();
    if (article?.content) {
      root = new DOMParser().parseFromString(`<html><body>${article.content}</body></html>`, 'text/html');
      root = withoutNamedChrome(root);
      dropLinkLists(root);
      // On a short post Readability may settle on the cookie notice: that is no article at all.
      if (isCookieNotice(textOf(root))) root = null;
    }
  } catch {
    root = null;
  }
  // Readability sometimes settles on an author box or a comment; the page's own article container wins when it holds far more prose.
  const container = articleContainer(doc);
  const chosen = root === null ? 0 : proseLength((root as unknown as { body: ParentNode }).body);
  if (container !== null && container.length > chosen * 2 + 200) {
    root = new DOMParser().parseFromString(`<html><body>${container.html}</body></html>`, 'text/html');
    removeChrome(root);
    root = withoutNamedChrome(root);
    dropLinkLists(root);
  }
  // Readability kept a fragment (a service box, a caption, one review) of a page whose prose is elsewhere:
  // the page without its chrome wins when it holds several times the prose.
  const page = prunedPage(doc);
  const own = root === null ? 0 : prose(root);
  const all = prose(page);
  if (root === null || (own < 0.3 * all && all - own > 500)) {
    dropLinkLists(page);
    root = page;
  }
  const parts = bodyParts((root as unknown as { body: HtmlNode }).body, lineFinder(source));
  const findCaption = lineFinder(source);
  const removed = parts.captions.map((text): RemovedLine => ({ line: findCaption(text), text, reason: 'photo-caption' }));
  const lede = ledeOutside(page, description, parts.units);
  const ledes = lede !== null ? [lede] : ledeBelowHeadline(page, parts.units);
  parts.units.unshift(...ledes.map((text) => ({ line: lineFinder(source)(text), text })));
  return { units: parts.units, removed };
}

function textOf(root: Doc): string {
  return ((root as unknown as { body: HtmlNode }).body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Lists, tables and boxes that are mostly link text (menus, tag clouds, related headlines) leave the article. */
function dropLinkLists(root: Doc): void {
  const total = ((root as unknown as { body: HtmlNode }).body.textContent ?? '').replace(/\s+/g, ' ').length;
  for (const el of root.querySelectorAll('ul, ol, dl, table, div, section')) {
    if (!el.isConnected) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text === '' || text.length > 0.5 * total) continue;
    let linked = 0;
    for (const a of el.querySelectorAll('a')) linked += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    if (linked > 0.5 * text.length) el.remove();
  }
}

/**
 * The article without the blocks its class or id names call chrome or furniture (dropNamedChrome),
 * unless that would cost most of its prose: names can mislead (an article body inside "entry-meta").
 */
function withoutNamedChrome(root: Doc): Doc {
  // Parsed again rather than cloned: linkedom's deep clone of a document drops parts of it.
  const named = new DOMParser().parseFromString(root.toString(), 'text/html');
  dropNamedChrome(named);
  return prose(named) >= 0.5 * prose(root) ? named : root;
}

/**
 * Inside the article, blocks whose class or id names chrome or the story's furniture
 * (a caption, a byline, a date or tag line, a share bar) leave it; a block holding much of the
 * article (a wrapper named "post-meta-wrap") stays.
 */
function dropNamedChrome(root: Doc): void {
  const total = ((root as unknown as { body: HtmlNode }).body.textContent ?? '').length;
  for (const el of root.querySelectorAll('[class], [id]')) {
    if (!el.isConnected || !(namesChrome(el) || namesFurniture(el) || namesTeaserCard(el))) continue;
    // A span inside a paragraph ("<span class=dateline>KOBE –</span> A total…") is part of its sentence.
    if ((el.textContent ?? '').length > 0.3 * total || el.parentElement?.closest('p')) continue;
    el.remove();
  }
}

/** A copy of the page without its chrome: menus, footers, asides, and blocks whose class or id names boilerplate. */
function prunedPage(doc: Doc): Doc {
  const page = new DOMParser().parseFromString(doc.toString(), 'text/html');
  removeChrome(page);
  const total = (page.body?.textContent ?? '').length;
  for (const el of page.querySelectorAll('[class], [id]')) {
    if (!el.isConnected || !namesChrome(el)) continue;
    // A wrapper named "has-sidebar" around the whole page is not boilerplate; a cookie notice is, however long.
    const text = el.textContent ?? '';
    if (text.length > 0.5 * total && !isCookieNotice(text.replace(/\s+/g, ' ').trim())) continue;
    el.remove();
  }
  return page;
}

/** Characters of running prose (long, or ending as sentences; mostly unlinked) under a root. */
function prose(root: Doc): number {
  let total = 0;
  for (const unit of bodyParts((root as unknown as { body: HtmlNode }).body, () => 1).units) {
    if (unit.style === undefined && unit.depth === undefined && (unit.linkShare ?? 0) < 0.3 && isProse(unit.text)) total += unit.text.length;
  }
  return total;
}

const CHROME = 'nav, header, footer, aside, form, [role="navigation"], [role="complementary"], .share, .social, .related, .comments, #comments';

/** The page's chrome, but not the <header> of an article or of <main>: that holds the story's headline and standfirst. */
function removeChrome(root: Doc): void {
  for (const el of root.querySelectorAll(CHROME)) {
    if (el.tagName === 'HEADER' && el.parentElement?.closest('article, main, [role="main"]')) continue;
    el.remove();
  }
}

const CONTAINERS = '[itemprop="articleBody"], .entry-content, .post-content, .article-body, .article-content, .story-body, .post-body, article, main, [role="main"]';

type TextNode = { textContent: string | null; closest(selector: string): unknown; querySelectorAll(selector: string): Iterable<TextNode> };
type ParentNode = { querySelectorAll(selector: string): Iterable<TextNode> };

/** Characters of unlinked paragraph text under a node: how much article prose it holds (teaser cards are links). */
function proseLength(node: ParentNode): number {
  let total = 0;
  for (const p of node.querySelectorAll('p')) {
    if (p.closest('a')) continue;
    let linked = 0;
    for (const a of p.querySelectorAll('a')) linked += (a.textContent ?? '').trim().length;
    total += Math.max(0, (p.textContent ?? '').trim().length - linked);
  }
  return total;
}

/** The page's marked article container with the most paragraph text. */
function articleContainer(doc: Doc): { html: string; length: number } | null {
  let best: { html: string; length: number } | null = null;
  for (const el of doc.querySelectorAll(CONTAINERS)) {
    const length = proseLength(el as unknown as ParentNode);
    if (best === null || length > best.length) best = { html: el.innerHTML, length };
  }
  return best;
}

/**
 * Best-effort line of the source where a text first appears (for the removal log). Units come in
 * document order, so the search resumes where the last one was found: linear in the page's size.
 */
function lineFinder(source: string): (text: string) => number {
  const starts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  let from = 0;
  return (text) => {
    const probe = text.slice(0, 24);
    let at = source.indexOf(probe, from);
    if (at < 0) at = source.indexOf(probe);
    if (at < 0) return 1;
    from = at;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
