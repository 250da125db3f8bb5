// The only stage edge that writes: content/articles/<id>.md, touched only when bytes change.
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../types.ts';
import { articleToMarkdown } from './serialize.ts';

export async function writeContent(
  contentDir: string,
  articles: readonly Article[],
): Promise<{ written: string[]; unchanged: string[]; removed: string[] }> {
  const dir = join(contentDir, 'articles');
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  const unchanged: string[] = [];
  const produced = new Set<string>();
  for (const article of [...articles].sort((a, b) => compare(a.id, b.id))) {
    const file = `${article.id}.md`;
    produced.add(file);
    const path = join(dir, file);
    const next = articleToMarkdown(article);
    const previous = await readFile(path, 'utf8').catch(() => null);
    if (previous === next) {
      unchanged.push(path);
      continue;
    }
    await writeFile(path, next, 'utf8');
    written.push(path);
  }
  const removed: string[] = [];
  for (const file of (await readdir(dir)).sort(compare)) {
    if (!file.endsWith('.md') || produced.has(file)) continue;
    const path = join(dir, file);
    await rm(path);
    removed.push(path);
  }
  return { written, unchanged, removed };
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
