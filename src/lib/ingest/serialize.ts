// Article ⇄ `content/articles/<id>.md`: YAML frontmatter in ArticleMeta order, Markdown body.
import matter from 'gray-matter';
import { articleMetaSchema as metaSchema } from '../schema/article.ts';
import type { Article, ArticleMeta } from '../types.ts';

const KEYS = Object.keys(metaSchema.shape) as (keyof ArticleMeta)[];

export function articleToMarkdown(article: Article): string {
  const data: Record<string, unknown> = {};
  for (const key of KEYS) {
    if (article[key] === undefined) continue; // optional keys (`story`) are written only when given
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
