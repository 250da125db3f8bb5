// `briefing stories DIR`: which articles of a folder belong to which story, as JSON
// `[{ "id", "title", "sources": [ids] }]`: every article in exactly one story.
import { ingestSeeds } from '../lib/ingest/index.ts';
import { basename } from 'node:path';
import { DEFAULT_STORY_OPTIONS, detectStories } from '../lib/stories/index.ts';
import type { CliIO } from './io.ts';

export async function runStories(args: string[], io: CliIO): Promise<number> {
  const dirs = args.filter((arg) => !arg.startsWith('-'));
  const unknown = args.filter((arg) => arg.startsWith('-'));
  if (unknown.length > 0 || dirs.length !== 1) {
    io.stderr.write(
      unknown.length > 0
        ? `briefing stories: unknown option "${unknown[0]}" (usage: briefing stories DIR)\n`
        : 'briefing stories: give one folder of articles, e.g. `briefing stories seeds`\n',
    );
    return 2;
  }
  const dir = dirs[0]!;
  const { articles, errors } = await ingestSeeds(dir);
  for (const error of errors) io.stderr.write(`${error.file}: ${error.message} (skipped)\n`);
  const folder = basename(dir.replace(/[\\/]+$/, '')) || dir;
  const { stories, errors: storyErrors } = detectStories(articles, new Map(), DEFAULT_STORY_OPTIONS, folder);
  for (const error of storyErrors) io.stderr.write(`${error.file}: ${error.message}\n`);
  io.stdout.write(`${JSON.stringify(stories.map(({ id, title, sources }) => ({ id, title, sources })), null, 2)}\n`);
  return 0;
}
