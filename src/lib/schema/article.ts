// zod schema of an article's frontmatter (ArticleMeta in types.ts); the site validates content/ with it.
import { z } from 'zod';

export const provenanceSchema = z.enum(['given', 'stated', 'inferred', 'derived']);

export const removedLineSchema = z.object({
  /** 1-based line number in the decoded seed. */
  line: z.number().int().positive(),
  text: z.string(),
  /** Why the line is not part of the article body. */
  reason: z.string(),
});

export const articleMetaSchema = z.object({
  id: z.string().min(1),
  seed: z.string().min(1),
  format: z.enum(['text', 'markdown', 'html']),
  encoding: z.string(),
  title: z.string().min(1),
  titleSource: provenanceSchema,
  dek: z.string().nullable(),
  outlet: z.string().nullable(),
  outletSource: provenanceSchema.nullable(),
  /** ISO 8601 date or date-time. */
  published: z.string().nullable(),
  publishedSource: provenanceSchema.nullable(),
  url: z.string().nullable(),
  language: z.string(),
  wordCount: z.number().int().nonnegative(),
  contentHash: z.string(),
  removed: z.array(removedLineSchema),
  warnings: z.array(z.string()),
});
