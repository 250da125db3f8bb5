// `briefing content`: seeds → content/ (articles and briefing.json), the step the site build runs first.
import { runPipeline } from '../lib/build/run.ts';
import { parseCommandArgs } from './args.ts';
import type { CliIO } from './io.ts';

export async function runContent(args: string[], io: CliIO): Promise<number> {
  const { options } = parseCommandArgs(args, ['seeds', 'content', 'cache']);
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
