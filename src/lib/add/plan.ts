// The whole decision of `briefing add`, pure: input bytes + what seeds/ holds → the file to write, or why not.
import { decodeSeed } from '../ingest/decode.ts';
import { SeedError } from '../ingest/errors.ts';
import { idTakenBy, seedId } from '../ingest/ids.ts';
import { ingestSeed } from '../ingest/seed.ts';
import type { Article, GivenMeta } from '../types.ts';
import { AddError } from './errors.ts';
import type { SeedStem } from './flags.ts';
import { withFrontmatter } from './frontmatter.ts';
import { extForFormat, seedFileName } from './naming.ts';
import { findDuplicate, percent, type KnownSeed } from './similarity.ts';

export interface AddInput {
  bytes: Uint8Array;
  /** The seed extension the source implies (file name, content type); null to sniff text vs HTML. */
  ext: string | null;
  /** Metadata to write into the seed: the flags, plus the page URL for fetched pages. */
  given: GivenMeta;
  /** `--name`, when given. */
  stem?: SeedStem | undefined;
  /** `--force`: skip the near-duplicate check (never the exact ones). */
  force?: boolean | undefined;
}

export interface SeedFolder {
  /** How to show the folder in messages, e.g. `seeds`. */
  label: string;
  /** Every file name in the folder, seeds or not: for numbering and collisions. */
  names: readonly string[];
  /** The seeds to check duplicates against. */
  seeds: readonly KnownSeed[];
}

export interface AddPlan {
  name: string;
  bytes: Uint8Array;
  /** The new seed as ingest will read it. */
  article: Article;
}

export function planAdd(input: AddInput, folder: SeedFolder): AddPlan {
  const wanted = input.stem?.ext ?? input.ext;
  // Validate with the real ingest, under a name with the extension the seed will get (it picks the format).
  const probe = ingest(wanted === null ? 'candidate' : `candidate.${wanted}`, input.bytes, input.given);
  const ext = wanted ?? extForFormat(probe.format);

  const duplicate = findDuplicate({ bytes: input.bytes, body: probe.body }, folder.seeds, { checkNear: input.force !== true });
  if (duplicate !== null) {
    const path = `${folder.label}/${duplicate.seed}`;
    if (duplicate.kind === 'bytes') throw new AddError(`is an exact copy of ${path}`);
    if (duplicate.kind === 'text') throw new AddError(`has the same article text as ${path}`);
    throw new AddError(
      `is a near-duplicate (${percent(duplicate.similarity)} the same) of ${path}; add --force if it really is a different article`,
    );
  }

  const name = input.stem ? `${input.stem.stem}.${ext}` : seedFileName(folder.names, probe.title, ext);
  const taken = new Set(folder.names.map((n) => n.toLowerCase())); // case-insensitive file systems
  if (taken.has(name.toLowerCase())) throw new AddError(`${folder.label}/${name} already exists; choose another --name`);
  const clash = idTakenBy(name, folder.names.filter((n) => !n.startsWith('.')));
  if (clash !== null) throw new AddError(`would have the same id "${seedId(name)}" as ${folder.label}/${clash}; choose another --name`);

  const bytes = composeSeed(input.bytes, input.given);
  const article = ingest(name, bytes);
  const lost = givenLost(article, input.given);
  if (lost.length > 0) throw new AddError(`metadata would not reach ingest as given: ${lost.join(', ')}`);
  return { name, bytes, article };
}

/** The seed's bytes: untouched when there is no metadata to add; else UTF-8 text with frontmatter. */
export function composeSeed(bytes: Uint8Array, given: GivenMeta): Uint8Array {
  if (Object.keys(given).length === 0) return bytes;
  // Decoded (and so UTF-8 on the way out): frontmatter cannot be spliced into UTF-16 or windows-1252 bytes.
  return new TextEncoder().encode(withFrontmatter(decodeSeed(bytes).text, given));
}

/** Which given keys the written seed does not carry with provenance `given` (should be none). */
export function givenLost(article: Article, given: GivenMeta): string[] {
  const lost: string[] = [];
  if (given.title !== undefined && (article.title !== given.title || article.titleSource !== 'given')) lost.push('title');
  if (given.outlet !== undefined && (article.outlet !== given.outlet || article.outletSource !== 'given')) lost.push('outlet');
  if (given.published !== undefined && (article.published !== given.published || article.publishedSource !== 'given')) {
    lost.push('published');
  }
  if (given.url !== undefined && article.url !== given.url) lost.push('url');
  return lost;
}

function ingest(name: string, bytes: Uint8Array, given?: GivenMeta): Article {
  try {
    return ingestSeed(name, bytes, given);
  } catch (error) {
    if (error instanceof SeedError) throw new AddError(error.message);
    throw error;
  }
}

/** `"Title" — Outlet, 2025-08-09, 512 words`: what was added, at a glance. */
export function summaryLine(article: Article): string {
  const date = article.published === null ? 'no date' : article.published.slice(0, 10);
  return `"${article.title}" — ${article.outlet ?? 'no outlet'}, ${date}, ${article.wordCount} words`;
}
