// zod schema of an article's frontmatter (ArticleMeta in types.ts is inferred from it): ingest writes and reads
// content/articles/*.md with it, and the site's content collection validates them with it.
import { z } from 'zod';

export const provenanceSchema = z.enum(['given', 'stated', 'inferred', 'derived']);

// Besides the self-explaining ones: `page-date` is page chrome (today's-date banners, "last updated",
// "4 hours ago"), never the publication date; `recommendations` is "Recommended Stories" and the
// headline list under it; `wire-note` is a wire service's note to editors; `outside-article` is a
// scraped page's text outside the article's run of prose (menus, sidebars, footers).
export const removalReasonSchema = z.enum([
  'navigation', 'language-switcher', 'banner', 'section-label', 'newsletter', 'repeated-title', 'photo-caption',
  'outlet-line', 'dateline', 'byline', 'related-headlines', 'title', 'dek', 'markup',
  'page-date', 'advertisement', 'recommendations', 'wire-note', 'bare-url', 'copyright', 'share-bar', 'outside-article',
]);

// Key order here is the file's key order.
export const articleMetaSchema = z.strictObject({
  /** The seed file's stem (see the id rule); also the URL slug of its source page. */
  id: z.string().min(1),
  /** The seed's file name inside seeds/. */
  seed: z.string().min(1),
  format: z.enum(['text', 'markdown', 'html']),
  /** The encoding the seed was decoded from (utf-8, utf-16le, windows-1252, ...). */
  encoding: z.string().min(1),
  title: z.string().min(1),
  titleSource: provenanceSchema,
  /** The standfirst / dek line, when the article has one. */
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
  /** Hash of the seed bytes plus the pipeline version: the cache key. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** Lines stripped from the seed: 1-based line number, text, and why. */
  removed: z.array(z.strictObject({ line: z.number().int().positive(), text: z.string(), reason: removalReasonSchema })),
  /** Non-fatal problems worth showing (e.g. "decoded as windows-1252"). */
  warnings: z.array(z.string()),
});
