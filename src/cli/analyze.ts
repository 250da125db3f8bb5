import { writeFile } from 'node:fs/promises';
import { serializeBriefing } from '../lib/build/serialize.ts';
import { ingestSeeds } from '../lib/ingest/index.ts';
import { buildBriefing } from '../lib/pipeline.ts';
import { parseCommandArgs } from './args.ts';
import type { CliIO } from './io.ts';

export async function runAnalyze(args: string[], io: CliIO): Promise<number> {
  const { positionals, options } = parseCommandArgs(args, ['out', 'summary-words', 'query']);
  const dir = positionals[0];
  if (!dir) {
    io.stderr.write('briefing analyze: give the folder of articles, e.g. `briefing analyze seeds`\n');
    return 2;
  }
  const summaryWords = Number(options['summary-words'] ?? 100);
  if (!Number.isInteger(summaryWords) || summaryWords < 20 || summaryWords > 1000) {
    io.stderr.write(`briefing analyze: --summary-words must be a whole number from 20 to 1000, not "${options['summary-words']}"\n`);
    return 2;
  }
  const { articles, errors } = await ingestSeeds(dir);
  for (const error of errors) io.stderr.write(`${error.file}: ${error.message} (skipped)\n`);
  if (articles.length === 0) {
    io.stderr.write(`briefing analyze: no usable article in ${dir}\n`);
    return 1;
  }
  const started = performance.now();
  // --query: what the summary should answer (default: the story's headline). Passed through to the analysis.
  const briefingOptions = { summaryWords, ...(options['query'] ? { focus: options['query'] } : {}) };
  const briefing = buildBriefing(articles, errors, briefingOptions);
  const elapsed = performance.now() - started;
  const json = serializeBriefing(briefing);
  if (options['out']) await writeFile(options['out'], json);
  else io.stdout.write(json);
  io.stderr.write(`analysis of ${articles.length} article(s) took ${elapsed.toFixed(0)} ms\n`);
  return 0;
}
