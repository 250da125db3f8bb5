// `briefing content`: seeds → content/ (articles and briefing.json), the step the site build runs first.
import { runPipeline } from '../lib/build/run.ts';
import type { CommandSpec } from './args.ts';
import { seedsFolder } from './folders.ts';
import { runCommand, type CliIO } from './io.ts';

export const contentCommand: CommandSpec = {
  name: 'content',
  summary: 'seeds → content/ (articles + briefing.json), as the site build does',
  args: '',
  options: {
    seeds: { type: 'string', value: 'DIR', help: 'the articles (default: seeds)' },
    content: { type: 'string', value: 'DIR', help: 'where to write (default: content)' },
    cache: { type: 'string', value: 'DIR', help: 'reuse results from earlier runs kept there (default: none)' },
  },
};

export function runContent(args: string[], io: CliIO): Promise<number> {
  return runCommand(contentCommand, args, io, async ({ options }) => {
    if (process.env['BRIEFING_EXIT_WITH_PARENT'] === '1') exitWhenParentGoes();
    const log = { info: (m: string) => io.stdout.write(`${m}\n`), warn: (m: string) => io.stderr.write(`${m}\n`) };
    await runPipeline(
      {
        seedsDir: await seedsFolder(options['seeds'] ?? 'seeds'),
        contentDir: options['content'] ?? 'content',
        ...(options['cache'] ? { cacheDir: options['cache'] } : {}),
      },
      log,
    );
    return 0;
  });
}

/** Run by the build: its stdin is a pipe from the build, closed when the build dies for any reason. */
function exitWhenParentGoes(): void {
  process.stdin.on('end', () => process.exit(1));
  process.stdin.on('error', () => process.exit(1));
  process.stdin.resume();
  // Listening must not keep the process alive once the pipeline is done.
  (process.stdin as NodeJS.ReadStream & { unref?: () => void }).unref?.();
}
