// Seed file names: `NNN_<slug>.<ext>`, continuing the numbering already in seeds/.
import type { SeedFormat } from '../types.ts';

/** Extensions ingest reads by name (anything else is sniffed as text or HTML). */
export const SEED_EXTENSIONS: ReadonlySet<string> = new Set(['txt', 'md', 'markdown', 'html', 'htm']);

export function extForFormat(format: SeedFormat): string {
  return format === 'html' ? 'html' : format === 'markdown' ? 'md' : 'txt';
}

/** The lower-cased extension of a path when it is a seed extension, else null. */
export function seedExtension(path: string): string | null {
  const ext = /\.([A-Za-z]+)$/.exec(path)?.[1]?.toLowerCase() ?? null;
  return ext !== null && SEED_EXTENSIONS.has(ext) ? ext : null;
}

/** Title → up to six lower-case ASCII words joined by "-"; "article" when nothing is left. */
export function slugify(title: string, maxWords = 6): string {
  const ascii = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // "Trump’s" → "trumps", not "trump-s".
    .replace(/['’‘`´]/g, '');
  const words = ascii.split(/[^a-z0-9]+/).filter((w) => w !== '');
  const slug = words.slice(0, maxWords).join('-').slice(0, 60).replace(/-+$/, '');
  return slug === '' ? 'article' : slug;
}

/**
 * The next numeric prefix: one more than the highest `NNN_` in use, padded to three digits or to the
 * widest prefix already there, so names keep sorting in the order they were added.
 */
export function nextPrefix(existing: readonly string[]): string {
  let highest = -1;
  let width = 3;
  for (const name of existing) {
    const digits = /^(\d+)[_.-]/.exec(name)?.[1];
    if (digits === undefined) continue;
    highest = Math.max(highest, Number(digits));
    width = Math.max(width, digits.length);
  }
  return String(highest + 1).padStart(width, '0');
}

export function seedFileName(existing: readonly string[], title: string, ext: string): string {
  return `${nextPrefix(existing)}_${slugify(title)}.${ext}`;
}
