// The clean articles in content/articles/ as a typed collection (frontmatter written by ingest).
// Pages use only the frontmatter (entry.data: the text comes from briefing.json), so the loader reads
// the frontmatter and never renders a Markdown body: Astro's glob loader would render every one.
import { defineCollection } from 'astro:content';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import matter from 'gray-matter';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { articleMetaSchema } from './lib/schema/article.ts';

const ARTICLES = path.resolve(process.env['BRIEFING_CONTENT'] ?? 'content', 'articles');

/** One entry per `*.md` in `dir`, id = file stem, data = its frontmatter; unchanged files are skipped by digest. */
function frontmatterOnly(dir: string): Loader {
  const sync = async ({ store, parseData, generateDigest }: LoaderContext): Promise<void> => {
    const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.md')).sort();
    const present = new Set<string>();
    for (const file of files) {
      const id = file.slice(0, -'.md'.length);
      const filePath = path.join(dir, file);
      const text = await readFile(filePath, 'utf8');
      const digest = generateDigest(text);
      present.add(id);
      if (store.get(id)?.digest === digest) continue;
      // Options given so gray-matter does not keep every file in its global cache.
      const { data: raw } = matter(text, {});
      const data = await parseData({ id, data: raw, filePath });
      store.set({ id, data, digest, filePath: path.relative(process.cwd(), filePath) });
    }
    for (const id of store.keys()) if (!present.has(id)) store.delete(id);
  };
  return {
    name: 'briefing-frontmatter',
    load: async (context) => {
      await sync(context);
      // In dev, re-read on any change in the folder (cheap: unchanged files are skipped by digest).
      context.watcher?.add(dir);
      context.watcher?.on('all', (_event, changed) => {
        if (path.dirname(path.resolve(changed)) === dir && changed.endsWith('.md')) void sync(context);
      });
    },
  };
}

// BRIEFING_CONTENT_LOADER=glob: Astro's own loader, for the bench's before/after comparison.
const loader = process.env['BRIEFING_CONTENT_LOADER'] === 'glob' ? glob({ pattern: '*.md', base: ARTICLES }) : frontmatterOnly(ARTICLES);
const articles = defineCollection({ loader, schema: articleMetaSchema });

export const collections = { articles };
