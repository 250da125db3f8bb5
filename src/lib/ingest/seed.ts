// One seed's bytes → a clean Article. Pure: no files, no clock.
import { createHash } from 'node:crypto';
import { blocksToMarkdown } from '../markdown.ts';
import type { Article, Block, GivenMeta, Provenance, RemovedLine, SeedFormat } from '../types.ts';
import { classifyLine } from './boilerplate.ts';
import { decodeSeed } from './decode.ts';
import { degenerateReason } from './degenerate.ts';
import { SeedError } from './errors.ts';
import { mergeGiven, splitFrontmatter } from './frontmatter.ts';
import { looksLikeHtml, parseHtmlSeed, type HtmlSeed } from './html.ts';
import { textToUnits, words, type Unit } from './lines.ts';
import { languageFromScript } from './language.ts';
import { markdownToUnits } from './markdown-seed.ts';
import { outletFromHost } from './outlet.ts';
import { deriveTitle, stripBadge } from './meta.ts';
import { readsAsSentence } from '../text/quality.ts';
import { structure } from './structure.ts';

/** Bump whenever the output for the same input changes: it is part of every contentHash. */
export const INGEST_VERSION = 'ingest-3';

export function ingestSeed(name: string, bytes: Uint8Array, given?: GivenMeta): Article {
  try {
    return build(name, bytes, given);
  } catch (error) {
    if (error instanceof SeedError) {
      error.seed = name;
      throw error;
    }
    throw new SeedError(`could not be read (${(error as Error).message.split('\n')[0]})`, name);
  }
}

function build(name: string, bytes: Uint8Array, givenArg: GivenMeta | undefined): Article {
  const decoded = decodeSeed(bytes);
  const warnings = [...decoded.warnings];
  const split = splitFrontmatter(decoded.text);
  warnings.push(...split.warnings);
  const given = mergeGiven(givenArg, split.given);
  const format = detectFormat(name, split.text);

  let units: Unit[];
  const extraRemoved: RemovedLine[] = [];
  let html: HtmlSeed | null = null;
  if (format === 'html') {
    html = parseHtmlSeed(split.text);
    units = html.units;
    extraRemoved.push(...html.removed);
  } else if (format === 'markdown') {
    const md = markdownToUnits(split.text);
    units = md.units;
    extraRemoved.push(...md.removed);
  } else {
    units = textToUnits(split.text, (line) => classifyLine(line) !== null);
  }

  const found = structure(units, { knownTitle: html?.title ?? null, findArticleSpan: format === 'text' });
  const blocks = found.blocks;
  if (!blocks.some((b) => b.kind === 'paragraph' && readsAsSentence(b.text))) {
    throw new SeedError('has no article text (nothing that reads as a sentence after removing page furniture)');
  }
  const junk = degenerateReason(blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])));
  if (junk) throw new SeedError(junk);
  const removed = [...found.removed, ...extraRemoved].sort((a, b) => a.line - b.line);
  if (!found.published && removed.some((r) => r.reason === 'dateline' && /\d/.test(r.text))) {
    warnings.push('found a date line but could not read an unambiguous date from it');
  }

  const title = pick<string>(given.title, found.title === null ? null : stripBadge(found.title), () => {
    const lead = blocks.find((b) => b.kind === 'paragraph');
    return lead ? deriveTitle(lead.text) : name;
  });
  const url = given.url ?? html?.url ?? null;
  // Nothing names the outlet: the URL's host stands in, marked inferred.
  const hostOutlet = url !== null ? outletFromHost(url) : null;
  const outlet = pick(
    given.outlet,
    html?.outlet ?? found.outlet ?? hostOutlet,
    null,
    html?.outlet ? html.outletSource : found.outlet ? found.outletSource : 'inferred',
  );
  const published = pick(given.published, html?.published ?? found.published, null);

  return {
    id: name.replace(/\.[^.]+$/, ''),
    seed: name,
    format,
    encoding: decoded.encoding,
    title: title.value ?? name,
    titleSource: title.source ?? 'derived',
    dek: found.dek,
    outlet: outlet.value,
    outletSource: outlet.source,
    published: published.value,
    publishedSource: published.source,
    url,
    language: given.language ?? html?.language ?? languageFromScript(blocks.map((b) => b.text).join('\n'), 'en'),
    ...(given.story !== undefined ? { story: given.story } : {}),
    wordCount: countWords(blocks),
    contentHash: contentHash(given, bytes),
    removed,
    warnings,
    body: blocksToMarkdown(blocks),
  };
}

/** Given beats found; `fallback` fills in with provenance derived (or null). */
function pick<T>(
  given: T | undefined,
  found: T | null | undefined,
  fallback: T | null | (() => T),
  foundSource: Provenance | null = 'stated',
): { value: T | null; source: Provenance | null } {
  if (given !== undefined) return { value: given, source: 'given' };
  if (found !== null && found !== undefined) return { value: found, source: foundSource };
  if (typeof fallback === 'function') return { value: (fallback as () => T)(), source: 'derived' };
  return { value: fallback, source: null };
}

export function detectFormat(name: string, text: string): SeedFormat {
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'html' || ext === 'htm' || looksLikeHtml(text)) return 'html';
  return 'text';
}

function countWords(blocks: readonly Block[]): number {
  return blocks.reduce((sum, b) => sum + words(b.text).length, 0);
}

export function contentHash(given: GivenMeta, bytes: Uint8Array): string {
  const sorted = Object.fromEntries(Object.entries(given).sort(([a], [b]) => (a < b ? -1 : 1)));
  return createHash('sha256').update(INGEST_VERSION).update(JSON.stringify(sorted)).update(bytes).digest('hex');
}
