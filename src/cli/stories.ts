// `briefing stories DIR`: which articles of a folder belong to which story, as JSON
// `[{ "id", "title", "sources": [ids] }]`: every article in exactly one story.
import { basename } from 'node:path';
import { ingestSeeds } from '../lib/ingest/index.ts';
import { DEFAULT_STORY_OPTIONS, detectStories } from '../lib/stories/index.ts';
import { UsageError, type CommandSpec } from './args.ts';
import { seedsFolder } from './folders.ts';
import { runCommand, type CliIO } from './io.ts';

export const storiesCommand: CommandSpec = {
  name: 'stories',
  summary: 'which articles belong to which story → JSON [{id, title, sources}]',
  args: 'DIR',
  options: {},
};

export function runStories(args: string[], io: CliIO): Promise<number> {
  return runCommand(storiesCommand, args, io, async ({ positionals }) => {
    const given = positionals[0];
    if (!given || positionals.length > 1) throw new UsageError('give one folder of articles, e.g. `briefing stories seeds`');
    const dir = await seedsFolder(given);
    const { articles, errors } = await ingestSeeds(dir);
    for (const error of errors) io.stderr.write(`${error.file}: ${error.message} (skipped)\n`);
    const folder = basename(dir.replace(/[\\/]+$/, '')) || dir;
    const { stories, errors: storyErrors } = detectStories(articles, new Map(), DEFAULT_STORY_OPTIONS, folder);
    for (const error of storyErrors) io.stderr.write(`${error.file}: ${error.message}\n`);
    io.stdout.write(`${JSON.stringify(stories.map(({ id, title, sources }) => ({ id, title, sources })), null, 2)}\n`);
    return 0;
  });
}
