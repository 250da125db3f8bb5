// Given metadata → YAML frontmatter at the top of the new seed, merged into any the article already has.
import { isMap, parseDocument, stringify } from 'yaml';
import { splitFrontmatter } from '../ingest/frontmatter.ts';
import type { GivenMeta } from '../types.ts';

// The order a reader expects; matches the README's example.
const ORDER = ['title', 'outlet', 'published', 'url', 'language'] as const;

/** The seed text with `given` in its frontmatter; the text unchanged when there is nothing to add. */
export function withFrontmatter(text: string, given: GivenMeta): string {
  const entries = ORDER.flatMap((key) => (given[key] === undefined ? [] : [[key, given[key]] as const]));
  if (entries.length === 0) return text;
  // Ingest's own rule decides whether the top block is frontmatter; then we merge rather than stack.
  if (splitFrontmatter(text).given !== null) {
    const lines = text.split('\n');
    const close = lines.findIndex((line, i) => i > 0 && (line.trim() === '---' || line.trim() === '...'));
    const doc = parseDocument(lines.slice(1, close).join('\n'));
    if (isMap(doc.contents)) {
      for (const [key, value] of entries) doc.set(key, value);
      return ['---', doc.toString().replace(/\n$/, ''), ...lines.slice(close)].join('\n');
    }
  }
  const yaml = stringify(Object.fromEntries(entries), { lineWidth: 0 });
  return `---\n${yaml}---\n\n${text}`;
}
