// Is an article already in seeds/? Exact (same bytes or same clean text) or near (5-shingle Jaccard).
import { markdownToBlocks } from '../markdown.ts';
import { foldCase, normalizePunctuation } from '../text/normalize.ts';

/** Jaccard at or above this on word 5-shingles: the same article with a few edits. */
export const NEAR_DUPLICATE = 0.8;
const SHINGLE = 5;

export interface KnownSeed {
  /** File name inside seeds/. */
  name: string;
  bytes: Uint8Array;
  /** The clean Markdown body from ingest; null when the seed does not ingest. */
  body: string | null;
}

export interface Duplicate {
  kind: 'bytes' | 'text' | 'near';
  seed: string;
  /** 0..1; 1 for exact duplicates. */
  similarity: number;
}

/** Words of the clean body, case, accents and punctuation folded, so re-typeset copies compare equal. */
export function bodyWords(markdown: string): string[] {
  const text = markdownToBlocks(markdown)
    .map((b) => b.text)
    .join(' ');
  return foldCase(normalizePunctuation(text)).match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function shingleSet(words: readonly string[], k = SHINGLE): Set<string> {
  // A text shorter than one shingle is its own single shingle, so it can still match.
  if (words.length < k) return new Set(words.length > 0 ? [words.join(' ')] : []);
  const out = new Set<string>();
  for (let i = 0; i + k <= words.length; i++) out.add(words.slice(i, i + k).join(' '));
  return out;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * The first exact duplicate, else the most similar seed at or over the threshold, else null.
 * `checkNear: false` (the `--force` flag) keeps only the exact checks.
 */
export function findDuplicate(
  candidate: { bytes: Uint8Array; body: string },
  seeds: readonly KnownSeed[],
  options: { checkNear?: boolean; threshold?: number } = {},
): Duplicate | null {
  const { checkNear = true, threshold = NEAR_DUPLICATE } = options;
  for (const seed of seeds) {
    if (sameBytes(candidate.bytes, seed.bytes)) return { kind: 'bytes', seed: seed.name, similarity: 1 };
  }
  const words = bodyWords(candidate.body);
  const joined = words.join(' ');
  const bodies = seeds
    .filter((s): s is KnownSeed & { body: string } => s.body !== null)
    .map((s) => ({ name: s.name, words: bodyWords(s.body) }));
  for (const seed of bodies) {
    if (seed.words.join(' ') === joined) return { kind: 'text', seed: seed.name, similarity: 1 };
  }
  if (!checkNear) return null;
  const mine = shingleSet(words);
  let best: Duplicate | null = null;
  for (const seed of bodies) {
    const similarity = jaccard(mine, shingleSet(seed.words));
    if (similarity >= threshold && (best === null || similarity > best.similarity)) {
      best = { kind: 'near', seed: seed.name, similarity };
    }
  }
  return best;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** "87%": floored, so a reported 80% always means at or over the threshold. */
export function percent(similarity: number): string {
  return `${Math.floor(similarity * 100)}%`;
}
