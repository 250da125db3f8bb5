// The clean articles in content/articles/ as a typed collection (frontmatter written by ingest).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { articleMetaSchema } from './lib/schema/article.ts';

const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: path.resolve(process.env['BRIEFING_CONTENT'] ?? 'content', 'articles') }),
  schema: articleMetaSchema,
});

export const collections = { articles };
