// Saved article page → metadata from meta tags / JSON-LD, body from Readability's <p>/<h2-h4>.
import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import { normalizeIsoDate } from './dates.ts';
import { cleanLine, type Unit } from './lines.ts';

export interface HtmlSeed {
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  language: string | null;
  description: string | null;
  units: Unit[];
}

export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i.test(text);
}

type Doc = ReturnType<DOMParser['parseFromString']>;

export function parseHtmlSeed(text: string): HtmlSeed {
  const doc = new DOMParser().parseFromString(text, 'text/html');
  const ld = jsonLdArticle(doc);
  const siteName = meta(doc, 'og:site_name') ?? publisherName(ld);
  const title = pickTitle(doc, ld, siteName);
  const published =
    date(meta(doc, 'article:published_time')) ??
    date(str(ld?.['datePublished'])) ??
    date(meta(doc, 'date') ?? meta(doc, 'pubdate') ?? meta(doc, 'dc.date')) ??
    date(doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null);
  const url =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url') ?? str(ld?.['url']) ?? null;
  const language = doc.documentElement?.getAttribute('lang')?.trim() || null;
  const description = meta(doc, 'og:description') ?? meta(doc, 'description') ?? str(ld?.['description']);
  return { title, outlet: siteName, url, published, language, description, units: bodyUnits(doc, text) };
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
  const candidates = [
    meta(doc, 'og:title'),
    str(ld?.['headline']),
    cleanLine(doc.querySelector('h1')?.textContent ?? '') || null,
    cleanLine(doc.querySelector('title')?.textContent ?? '') || null,
  ];
  const title = candidates.find((c): c is string => c !== null);
  return title ? stripSiteSuffix(title, siteName) : null;
}

/** "Headline | Site" / "Headline - Site" → "Headline". */
export function stripSiteSuffix(title: string, siteName: string | null): string {
  const m = /^(.{12,}?)\s+[|–—-]\s+([^|–—]{2,40})$/.exec(title);
  if (!m) return title;
  const [, head = title, tail = ''] = m;
  const isSite = siteName === null || tail.toLowerCase().includes(siteName.toLowerCase()) || tail.split(/\s+/).length <= 4;
  return isSite ? head : title;
}

/** Readability's article, or the page body as a fallback, as <p>/<h2-h4> units. */
function bodyUnits(doc: Doc, source: string): Unit[] {
  for (const el of doc.querySelectorAll('script, style, noscript, template, iframe, svg')) el.remove();
  let root: Doc | null = null;
  try {
    const article = new Readability(doc.cloneNode(true) as unknown as Document, { charThreshold: 200 }).parse();
    if (article?.content) root = new DOMParser().parseFromString(`<html><body>${article.content}</body></html>`, 'text/html');
  } catch {
    root = null;
  }
  if (root === null) {
    for (const el of doc.querySelectorAll('nav, header, footer, aside, form')) el.remove();
    root = doc;
  }
  const units: Unit[] = [];
  const lines = source.split('\n');
  for (const el of root.querySelectorAll('p, h2, h3, h4')) {
    if (el.tagName.toLowerCase() === 'p' && el.parentElement?.closest('p')) continue;
    const text = cleanLine((el.textContent ?? '').replace(/\s+/g, ' '));
    if (!text) continue;
    const depth = /^h([2-4])$/i.exec(el.tagName)?.[1];
    const unit: Unit = { line: findLine(lines, text), text };
    if (depth) unit.depth = Number(depth);
    units.push(unit);
  }
  return units;
}

/** Best-effort line of the source where a text first appears (for the removal log). */
function findLine(lines: string[], text: string): number {
  const probe = text.slice(0, 24);
  const i = lines.findIndex((line) => line.includes(probe));
  return i >= 0 ? i + 1 : 1;
}
