// Hand-built SourceDocs for the timeline tests: paragraphs split into sentences
// with a simple rule, and claims linked by hand.
import { readFileSync } from 'node:fs';
import type { Claim } from '../../../src/lib/analysis/types.ts';
import type { Provenance, SourceBlock, SourceDoc, SourceSentence } from '../../../src/lib/types.ts';

const ABBREVIATION = /(?:\b(?:[A-Z]\.)+|\b(?:Mr|Ms|Mrs|Dr|St|Gen|Sen|Rep|Gov|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|No)\.)$/;

/** Splits on ". ", "? ", "! " (optionally after a closing quote) unless the word before is an abbreviation. */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of paragraph.matchAll(/[.!?][”"’']?\s+(?=[“"‘'A-Z(])/g)) {
    const candidate = paragraph.slice(start, m.index + 1);
    if (ABBREVIATION.test(candidate)) continue;
    const end = m.index + m[0].trimEnd().length;
    out.push(paragraph.slice(start, end).trim());
    start = m.index + m[0].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

export interface DocSpec {
  id: string;
  published?: string | null;
  publishedSource?: Provenance | null;
  paragraphs: string[];
}

export function makeDoc(spec: DocSpec): SourceDoc {
  const blocks: SourceBlock[] = [];
  const sentences: SourceSentence[] = [];
  for (const paragraph of spec.paragraphs) {
    const indices: number[] = [];
    for (const text of splitSentences(paragraph)) {
      indices.push(sentences.length);
      sentences.push({ index: sentences.length, block: blocks.length, text, claim: null, sharedWith: [] });
    }
    blocks.push({ kind: 'paragraph', text: paragraph, sentences: indices });
  }
  const published = spec.published ?? null;
  return {
    id: spec.id,
    title: spec.id,
    titleSource: 'derived',
    dek: null,
    outlet: null,
    outletSource: null,
    published,
    publishedSource: published ? (spec.publishedSource ?? 'given') : null,
    publishedReason: null,
    url: null,
    language: 'en',
    wordCount: spec.paragraphs.join(' ').split(/\s+/).length,
    blocks,
    sentences,
  };
}

/** A seed's body: lines that read like prose (long, or ending in punctuation with several words). */
export function seedParagraphs(file: string): string[] {
  const raw = readFileSync(new URL(`../../../seeds/${file}`, import.meta.url), 'utf8');
  return raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length >= 90 || (/[.!?”"]$/.test(line) && line.split(/\s+/).length >= 8));
}

export function fixtureParagraphs(file: string): string[] {
  return readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Finds the sentence of `doc` containing `needle`; throws when there is none (a broken fixture). */
export function sentenceOf(doc: SourceDoc, needle: string): SourceSentence {
  const found = doc.sentences.find((s) => s.text.includes(needle));
  if (!found) throw new Error(`no sentence of ${doc.id} contains "${needle}"`);
  return found;
}

/** Links sentences into claims (mutating the docs) and returns the Claim records. */
export function linkClaims(docs: SourceDoc[], groups: Array<Array<[string, string]>>): Claim[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  return groups.map((group, i) => {
    const id = i + 1;
    const members = group.map(([source, needle]) => {
      const doc = byId.get(source);
      if (!doc) throw new Error(`unknown source ${source}`);
      return { doc, sentence: sentenceOf(doc, needle) };
    });
    const sources = [...new Set(members.map((m) => m.doc.id))].sort();
    for (const m of members) {
      m.sentence.claim = id;
      m.sentence.sharedWith = sources.filter((s) => s !== m.doc.id);
    }
    const citations = members
      .map((m) => ({ source: m.doc.id, sentence: m.sentence.index }))
      .sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.sentence - b.sentence));
    return { id, text: members[0]?.sentence.text ?? '', citations, sources, centrality: 0.5 };
  });
}
