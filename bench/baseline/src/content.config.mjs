// Plain Markdown pages: frontmatter `title`, `outlet`, `published`; body of paragraphs.
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';

const pages = defineCollection({
  loader: glob({ pattern: '*.md', base: process.env.BASELINE_CONTENT ?? '../out/baseline-content' }),
  schema: z.object({ title: z.string(), outlet: z.string().nullable(), published: z.string().nullable() }),
});

export const collections = { pages };
