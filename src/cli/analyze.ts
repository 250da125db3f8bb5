// `briefing analyze DIR`: ingest + analysis of any folder → Briefing JSON, without the site.
import { writeFile } from 'node:fs/promises';
import { serializeBriefing } from '../lib/build/serialize.ts';
import { ingestSeeds } from '../lib/ingest/index.ts';
import { buildBriefing } from '../lib/pipeline.ts';
import { intOption, UsageError, type CommandSpec } from './args.ts';
import { seedsFolder } from './folders.ts';
import { runCommand, type CliIO } from './io.ts';

export const analyzeCommand: CommandSpec = {
  name: 'analyze',
  summary: 'ingest + analysis of any folder of articles → Briefing JSON (no site)',
  args: 'DIR',
  options: {
    out: { type: 'string', value: 'FILE', help: 'write the JSON there instead of to standard output' },
    'summary-words': { type: 'string', value: 'N', help: 'target length of the summary, 20–1000 words (default: 100)' },
    query: { type: 'string', value: 'TEXT', help: "what the summary should answer (default: the story's headline)" },
  },
};

export function runAnalyze(args: string[], io: CliIO): Promise<number> {
  return runCommand(analyzeCommand, args, io, async ({ positionals, options }) => {
    const given = positionals[0];
    if (!given) throw new UsageError('give the folder of articles, e.g. `briefing analyze seeds`');
    const summaryWords = intOption(options, 'summary-words', 100, 20, 1000);
    const dir = await seedsFolder(given);
    const { articles, errors } = await ingestSeeds(dir);
    for (const error of errors) io.stderr.write(`${error.file}: ${error.message} (skipped)\n`);
    if (articles.length === 0) {
      io.stderr.write(`briefing analyze: no usable article in ${dir}\n`);
      return 1;
    }
    const started = performance.now();
    const focus = options['query'];
    const briefing = buildBriefing(articles, errors, { summaryWords, ...(focus ? { focus } : {}) });
    const elapsed = performance.now() - started;
    for (const error of briefing.storyErrors) io.stderr.write(`${error.file}: ${error.message}\n`);
    const json = serializeBriefing(briefing);
    if (options['out']) await writeFile(options['out'], json);
    else io.stdout.write(json);
    io.stderr.write(
      `analysis of ${articles.length} article(s) in ${briefing.stories.length} ${briefing.stories.length === 1 ? 'story' : 'stories'} took ${elapsed.toFixed(0)} ms\n`,
    );
    return 0;
  });
}
