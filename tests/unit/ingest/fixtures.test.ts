// One case per folder: input.<txt|md|html> (+ sources.yml) → expected.md, byte for byte.
// The seed is ingested under the name `<case>.<ext>`, so the id is the folder name and
// sources.yml is keyed by that name, as seeds/sources.yml is keyed by seed file name.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleToMarkdown, ingestSeed, markdownToArticle } from '../../../src/lib/ingest/index.ts';
import { isMapping, toGivenMeta } from '../../../src/lib/ingest/frontmatter.ts';
import { markdownToBlocks } from '../../../src/lib/markdown.ts';
import type { Article, GivenMeta } from '../../../src/lib/types.ts';

const here = import.meta.dirname;
const cases = readdirSync(here)
  .filter((name) => statSync(join(here, name)).isDirectory())
  .sort();

function givenFor(folder: string, name: string): GivenMeta | undefined {
  const path = join(folder, 'sources.yml');
  if (!existsSync(path)) return undefined;
  const data: unknown = parse(readFileSync(path, 'utf8'));
  const entry = isMapping(data) ? data[name] : undefined;
  return isMapping(entry) ? toGivenMeta(entry, 'sources.yml').given : undefined;
}

/** Every non-blank line of a plain-text seed is in the body (glued sentences split) or in `removed`. */
function expectNothingLost(source: string, article: Article): void {
  const body = markdownToBlocks(article.body).map((b) => b.text).join('\n');
  const removed = new Set(article.removed.map((r) => r.line));
  source.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || removed.has(i + 1)) return;
    for (const part of line.split(/(?<=\p{Ll}[.!?])(?=\p{Lu})/u)) expect(body).toContain(part.trim());
  });
}

describe('ingest fixtures', () => {
  it('has the seed cases and at least six hand-written ones', () => {
    expect(cases.length).toBeGreaterThanOrEqual(11);
  });

  for (const name of cases) {
    it(name, () => {
      const folder = join(here, name);
      const input = readdirSync(folder).find((file) => file.startsWith('input.'));
      if (!input) throw new Error(`${name}: no input.* file`);
      const seedName = `${name}.${input.slice('input.'.length)}`;
      const article = ingestSeed(seedName, readFileSync(join(folder, input)), givenFor(folder, seedName));
      const markdown = articleToMarkdown(article);
      expect(markdown).toBe(readFileSync(join(folder, 'expected.md'), 'utf8'));
      // The content file reads back to the same article, and writes again identically.
      expect(markdownToArticle(markdown)).toEqual(article);
      expect(articleToMarkdown(markdownToArticle(markdown))).toBe(markdown);
      if (article.format === 'text') expectNothingLost(readFileSync(join(folder, input), 'utf8'), article);
    });
  }
});
