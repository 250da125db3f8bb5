// Story ids: URL slugs made from headline words, and the check for a given `story:` value.
import { foldCase } from '../text/normalize.ts';

/** Lowercase ASCII words and digits joined by single hyphens, 1–80 characters. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_WORDS = 6;
const MAX_LENGTH = 60;
// Words that make a slug longer without telling stories apart.
const FILLER = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'and', 'at', 'by', 'as', 'is', 'are', 'after', 'with', 'from']);

export function isStorySlug(value: string): boolean {
  return value.length <= 80 && SLUG.test(value);
}

/** `Mexico says 'no invasion' after Trump’s decree` → `mexico-says-no-invasion-trump-decree`. */
export function slugFromHeadline(headline: string): string {
  const ascii = foldCase(headline)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]s\b/g, '')
    .replace(/['’]/g, '');
  const words = ascii.split(/[^a-z0-9]+/).filter((w) => w && !FILLER.has(w));
  let slug = '';
  for (const word of words.slice(0, MAX_WORDS)) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_LENGTH) break;
    slug = next;
  }
  return slug || 'story';
}

/** The slug itself when free, else the slug with the first free `-2`, `-3`… suffix. */
export function uniqueSlug(slug: string, taken: ReadonlySet<string>): string {
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`;
}
