// zod schema of an article's frontmatter (ArticleMeta in types.ts): ingest writes and reads
// content/articles/*.md with it, and the site's content collection validates them with it.
import { z } from 'zod';

export const provenanceSchema = z.enum(['given', 'stated', 'inferred', 'derived']);

export const removalReasonSchema = z.enum([
  'navigation', 'language-switcher', 'banner', 'section-label', 'newsletter', 'repeated-title', 'photo-caption',
  'outlet-line', 'dateline', 'byline', 'related-headlines', 'title', 'dek', 'markup',
  'page-date', 'advertisement', 'recommendations', 'wire-note', 'bare-url', 'copyright', 'share-bar', 'outside-article',
]);

// Key order here is the file's key order.
export const articleMetaSchema = z.strictObject({
  id: z.string().min(1),
  seed: z.string().min(1),
  format: z.enum(['text', 'markdown', 'html']),
  encoding: z.string().min(1),
  title: z.string().min(1),
  titleSource: provenanceSchema,
  dek: z.string().nullable(),
  outlet: z.string().nullable(),
  outletSource: provenanceSchema.nullable(),
  /** ISO 8601 date or date-time. */
  published: z.string().nullable(),
  publishedSource: provenanceSchema.nullable(),
  url: z.string().nullable(),
  language: z.string().min(1),
  /** `story:` as given for the seed; story detection validates it. */
  story: z.string().optional(),
  wordCount: z.number().int().nonnegative(),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** Lines stripped from the seed: 1-based line number, text, and why. */
  removed: z.array(z.strictObject({ line: z.number().int().positive(), text: z.string(), reason: removalReasonSchema })),
  warnings: z.array(z.string()),
});
