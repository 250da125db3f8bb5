// Hand-built Articles for analysis tests: no dependency on the ingest stage.
import { blocksToMarkdown } from '../../../src/lib/markdown.ts';
import { segmentArticle } from '../../../src/lib/analysis/segment.ts';
import { dropConnective } from '../../../src/lib/analysis/statements.ts';
import type { Quote } from '../../../src/lib/analysis/types.ts';
import type { Article, Block, Citation, SourceDoc } from '../../../src/lib/types.ts';

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

/**
 * True when a statement is traceable to its cited sentences: a cited sentence as written, with
 * only a connective opener dropped, with an opening pronoun/title replaced by a [bracketed] name,
 * with whole spans deleted (a trimmed sentence: attribution, week day, parenthesis),
 * or — for `Speaker: “…”` — a quote by that speaker whose wording starts in a cited sentence.
 */
export function traceable(
  text: string,
  citations: readonly Citation[],
  sentenceText: (c: Citation) => string | undefined,
  quotes: readonly Quote[],
): boolean {
  const quoted = /^([^:“”"[\]]+): “([\s\S]*)”$/u.exec(text);
  if (quoted) {
    const [, speaker, body = ''] = quoted;
    const bare = (s: string) => s.trim().replace(/[,;:.!?]+$/, '');
    const cited = new Set(citations.map((c) => `${c.source}#${c.sentence}`));
    return quotes.some((q) => q.speaker === speaker && bare(q.text) === bare(body) && q.variants.some((v) => cited.has(`${v.source}#${v.sentence}`)));
  }
  return citations.some((c) => {
    const raw = sentenceText(c) ?? '';
    const clean = dropConnective(raw);
    if (text === raw || text === clean) return true;
    // A [bracketed] name in place of a contested title or a pronoun, anywhere: our words, the rest theirs.
    if (/\[[^\]]+\]/.test(text)) {
      const pattern = text.split(/\[[^\]]+\]/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+?');
      if (new RegExp(`^${pattern}$`, 'su').test(clean) || new RegExp(`^${pattern}$`, 'su').test(raw)) return true;
    }
    if (trimmedFrom(text, clean) || trimmedFrom(text, raw)) return true;
    const inserted = /^\[[^\]]+\]/.exec(text);
    if (!inserted) return false;
    const rest = text.slice(inserted[0].length);
    const replaced = clean.slice(0, clean.length - rest.length);
    return clean.endsWith(rest) && /^(?:He|She|The [\p{L} ]+)$/u.test(replaced);
  });
}

/** Words compared without their closing punctuation or case: a deletion may move a full stop. */
const bareWords = (s: string) => s.split(/\s+/).map((w) => w.replace(/[,;:.!?]+$/, '').toLowerCase()).filter(Boolean);

/**
 * True when `text` is `source` with spans deleted: its words, in order, are source words, and it
 * keeps the source's full stop. [Bracketed] insertions stand for any run of source words.
 */
export function trimmedFrom(text: string, source: string): boolean {
  if (text.slice(-1) !== source.slice(-1)) return false;
  const parts = text.split(/\[[^\]]+\]/);
  const words = bareWords(source);
  let at = 0;
  for (const part of parts) {
    for (const w of bareWords(part)) {
      while (at < words.length && words[at] !== w) at++;
      if (at === words.length) return false;
      at++;
    }
  }
  return true;
}
