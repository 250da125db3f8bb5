// Real stories for the bench corpus: the DUC 2007 main-task topics (45 × 25 news articles), read at
// bench time from ../shared/corpora beside the project (never copied into it). Absent → none.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { readDucFolder, seedText } from '../eval/duc.ts';
import type { RealStory } from './corpus.ts';

export const DUC_MAIN_DOCS = path.resolve(import.meta.dirname, '..', '..', 'shared', 'corpora', 'duc2007', 'main-docs');

/** One real story per topic folder, its articles as seeds with frontmatter; [] when the corpus is absent. */
export async function readRealStories(dir: string = DUC_MAIN_DOCS): Promise<RealStory[]> {
  if (!(await stat(dir).catch(() => null))?.isDirectory()) return [];
  const topics = (await readdir(dir)).filter((name) => !name.startsWith('.')).sort();
  const stories: RealStory[] = [];
  for (const topic of topics) {
    const docs = await readDucFolder(path.join(dir, topic));
    stories.push({ label: topic, articles: docs.map(seedText) });
  }
  return stories;
}
