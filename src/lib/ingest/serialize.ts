// Article ⇄ `content/articles/<id>.md`: YAML frontmatter in ArticleMeta order, Markdown body.
import matter from 'gray-matter';
import { z } from 'zod';
import type { Article, ArticleMeta } from '../types.ts';

const provenance = z.enum(['given', 'stated', 'inferred', 'derived']);
const reason = z.enum([
  'navigation', 'language-switcher', 'banner', 'section-label', 'newsletter', 'repeated-title', 'photo-caption',
  'outlet-line', 'dateline', 'byline', 'related-headlines', 'title', 'dek', 'markup',
]);

// Key order here is the file's key order.
const metaSchema = z.strictObject({
  id: z.string().min(1),
  seed: z.string().min(1),
  format: z.enum(['text', 'markdown', 'html']),
  encoding: z.string().min(1),
  title: z.string().min(1),
  titleSource: provenance,
  dek: z.string().nullable(),
  outlet: z.string().nullable(),
  outletSource: provenance.nullable(),
  published: z.string().nullable(),
  publishedSource: provenance.nullable(),
  url: z.string().nullable(),
  language: z.string().min(1),
  wordCount: z.number().int().nonnegative(),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  removed: z.array(z.strictObject({ line: z.number().int().positive(), text: z.string(), reason })),
  warnings: z.array(z.string()),
});

const KEYS = Object.keys(metaSchema.shape) as (keyof ArticleMeta)[];

export function articleToMarkdown(article: Article): string {
  const data: Record<string, unknown> = {};
  for (const key of KEYS) {
    data[key] = key === 'removed' ? article.removed.map(({ line, text, reason: r }) => ({ line, text, reason: r })) : article[key];
  }
  // lineWidth -1: no folding, so the file diffs line by line; noRefs: no YAML anchors.
  return matter.stringify(article.body, data, { lineWidth: -1, noRefs: true } as never);
}

export function markdownToArticle(text: string): Article {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Passing options bypasses gray-matter's cache, which would share objects between calls.
    parsed = matter(text, {});
  } catch (error) {
    throw new Error(`article file has unreadable frontmatter: ${(error as Error).message.split('\n')[0]}`);
  }
  const data = { ...parsed.data };
  // js-yaml reads unquoted dates as Date objects; our files quote them, but be lenient.
  if (data['published'] instanceof Date) data['published'] = data['published'].toISOString().slice(0, 10);
  const result = metaSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`article file has invalid frontmatter: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
  }
  return { ...result.data, body: parsed.content.replace(/^\n/, '') };
}
