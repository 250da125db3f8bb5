// The command line's metadata flags → GivenMeta, validated before any input is read.
import { givenDate } from '../ingest/frontmatter.ts';
import type { GivenMeta } from '../types.ts';
import { AddError } from './errors.ts';
import { SEED_EXTENSIONS } from './naming.ts';

export interface AddFlags {
  outlet?: string | undefined;
  url?: string | undefined;
  published?: string | undefined;
  title?: string | undefined;
  name?: string | undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Throws AddError (exit 2) for a flag value that cannot be right. */
export function givenFromFlags(flags: AddFlags): GivenMeta {
  const given: GivenMeta = {};
  if (flags.title !== undefined) given.title = text('--title', flags.title);
  if (flags.outlet !== undefined) given.outlet = text('--outlet', flags.outlet);
  if (flags.url !== undefined) given.url = checkUrl('--url', flags.url);
  if (flags.published !== undefined) given.published = checkPublished(flags.published);
  return given;
}

function text(flag: string, value: string): string {
  const clean = value.trim().replace(/\s+/g, ' ');
  if (clean === '') throw new AddError(`${flag} must not be empty`, 2);
  return clean;
}

export function checkUrl(flag: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new AddError(`${flag} must be an http(s) URL, not "${value}"`, 2);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new AddError(`${flag} must be an http(s) URL, not "${value}"`, 2);
  }
  return url.href;
}

/** ISO only (YYYY-MM-DD or a date-time): "09/08/2025" is exactly the ambiguity the flag is there to remove. */
export function checkPublished(value: string): string {
  const trimmed = value.trim();
  const iso = ISO_DATE.test(trimmed) ? givenDate(trimmed) : null;
  if (iso === null) throw new AddError(`--published must be an ISO date YYYY-MM-DD (or date-time), not "${value}"`, 2);
  return iso;
}

export interface SeedStem {
  stem: string;
  /** Set when the name carried one of the seed extensions: it then decides the format. */
  ext: string | null;
}

/** `--name`: a plain file stem that ingest will read as a seed (no folders, no hidden or reserved names). */
export function checkName(value: string): SeedStem {
  const name = value.trim();
  const m = /^(.*)\.([A-Za-z]+)$/.exec(name);
  const ext = m && SEED_EXTENSIONS.has((m[2] ?? '').toLowerCase()) ? (m[2] ?? '').toLowerCase() : null;
  const stem = ext !== null && m ? (m[1] ?? '') : name;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(stem) || stem.length > 120) {
    throw new AddError(`--name must be a file stem of letters, digits, ".", "_" and "-", not "${value}"`, 2);
  }
  if (/^readme/i.test(stem)) {
    throw new AddError(`--name "${value}" would be skipped by ingest (README* files are not seeds)`, 2);
  }
  return { stem, ext };
}
