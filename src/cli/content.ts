// `briefing content`: seeds → content/ (articles and briefing.json), the step the site build runs first.
import { runPipeline } from '../lib/build/run.ts';
import { parseCommandArgs } from './args.ts';
import type { CliIO } from './io.ts';

export async function runContent(args: string[], io: CliIO): Promise<number> {
  const { options } = parseCommandArgs(args, ['seeds', 'content', 'cache']);
  if (process.env['BRIEFING_EXIT_WITH_PARENT'] === '1') exitWhenParentGoes();
  const log = { info: (m: string) => io.stdout.write(`${m}\n`), warn: (m: string) => io.stderr.write(`${m}\n`) };
  await runPipeline(
    {
      seedsDir: options['seeds'] ?? 'seeds',
      contentDir: options['content'] ?? 'content',
      ...(options['cache'] ? { cacheDir: options['cache'] } : {}),
    },
    log,
  );
  return 0;
}

/** Run by the build: its stdin is a pipe from the build, closed when the build dies for any reason. */
function exitWhenParentGoes(): void {
  process.stdin.on('end', () => process.exit(1));
  process.stdin.on('error', () => process.exit(1));
  process.stdin.resume();
  // Listening must not keep the process alive once the pipeline is done.
  (process.stdin as NodeJS.ReadStream & { unref?: () => void }).unref?.();
}
