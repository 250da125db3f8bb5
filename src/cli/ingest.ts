import { ingestSeeds, writeContent } from '../lib/ingest/index.ts';
import { parseCommandArgs } from './args.ts';
import type { CliIO } from './io.ts';

export async function runIngest(args: string[], io: CliIO): Promise<number> {
  const { positionals, options } = parseCommandArgs(args, ['content']);
  const seedsDir = positionals[0] ?? 'seeds';
  const { articles, errors } = await ingestSeeds(seedsDir);
  for (const error of errors) io.stderr.write(`${error.file}: ${error.message}\n`);
  const files = await writeContent(options['content'] ?? 'content', articles);
  io.stdout.write(
    `${articles.length} article(s) ingested, ${errors.length} skipped; ${files.written.length} written, ` +
      `${files.unchanged.length} unchanged, ${files.removed.length} removed\n`,
  );
  return articles.length > 0 || errors.length === 0 ? 0 : 1;
}
