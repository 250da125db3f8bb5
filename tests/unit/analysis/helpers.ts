// Hand-built Articles for analysis tests: no dependency on the ingest stage.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blocksToMarkdown } from '../../../src/lib/markdown.ts';
import { segmentArticle } from '../../../src/lib/analysis/segment.ts';
import type { Article, Block, SourceDoc } from '../../../src/lib/types.ts';

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

const SEEDS = join(import.meta.dirname, '../../../seeds');

// Which lines of each seed are body text, decided by hand (the ingest stage does this for real).
const SEED_BODIES: Record<string, { title: string; outlet: string; published: string | null; headings: string[]; skip: RegExp[] }> = {
  '000_022791dc6a141399': { title: "Mexico says 'no invasion' after Trump’s drug cartel decree", outlet: 'Outlet A', published: null, headings: ['Washington’s persistence', 'Trump’s fight against drug trafficking'], skip: [/^Mexico says 'no invasion'/] },
  '001_5f931f1290286265': { title: 'Mexico Firmly Denounces Potential US Military Action Against Drug Cartels', outlet: 'Outlet B', published: null, headings: [], skip: [/^In response to an alleged/, /^President Claudia Sheinbaum assures/] },
  '002_f9889b578ed60dde': { title: "Mexico rejects Trump's plan for military intervention in cartel conflict", outlet: 'Iran Press TV', published: '2025-08-09', headings: [], skip: [/^UNITED24/, /^Join the/] },
  '003_25932adc085cf896': { title: 'Mexico rejects Trump plan', outlet: 'Outlet D', published: null, headings: [], skip: [] },
  '004_3feb747a184a0215': { title: 'Mexico Rejects Trump’s Military Plan Against Cartels', outlet: 'Outlet E', published: null, headings: [], skip: [] },
};

export function seedArticles(): Article[] {
  return Object.entries(SEED_BODIES).map(([id, spec]) => {
    const lines = readFileSync(join(SEEDS, `${id}.txt`), 'utf8').split(/\r?\n/).map((l) => l.trim());
    const blocks: Block[] = [];
    for (const line of lines) {
      if (spec.headings.includes(line)) blocks.push({ kind: 'heading', text: line });
      else if (line.length >= 70 && !spec.skip.some((re) => re.test(line)) && line !== spec.title) blocks.push({ kind: 'paragraph', text: line });
    }
    return makeArticle(id, spec, blocks);
  });
}

export function seedDocs(): SourceDoc[] {
  return seedArticles().map(segmentArticle);
}
