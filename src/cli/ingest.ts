// `briefing ingest [SEEDS_DIR]`: seeds → clean Markdown in content/articles/.
import { ingestSeeds, writeContent } from '../lib/ingest/index.ts';
import type { CommandSpec } from './args.ts';
import { runCommand, type CliIO } from './io.ts';
import { seedsFolder } from './folders.ts';

export const ingestCommand: CommandSpec = {
  name: 'ingest',
  summary: 'seeds → clean Markdown in content/articles/',
  args: '[SEEDS_DIR]',
  options: { content: { type: 'string', value: 'DIR', help: 'where to write articles/ (default: content)' } },
};

export function runIngest(args: string[], io: CliIO): Promise<number> {
  return runCommand(ingestCommand, args, io, async ({ positionals, options }) => {
    const seedsDir = await seedsFolder(positionals[0] ?? 'seeds');
    const { articles, errors, warnings } = await ingestSeeds(seedsDir);
    for (const error of errors) io.stderr.write(`${error.file}: ${error.message} (skipped)\n`);
    for (const warning of warnings) io.stderr.write(`${warning.file}: warning: ${warning.message}\n`);
    const files = await writeContent(options['content'] ?? 'content', articles);
    io.stdout.write(
      `${articles.length} article(s) ingested, ${errors.length} skipped; ${files.written.length} written, ` +
        `${files.unchanged.length} unchanged, ${files.removed.length} removed\n`,
    );
    return articles.length > 0 || errors.length === 0 ? 0 : 1;
  });
}
