// `briefing <command>`: the pipeline without the site build, for scripts and evaluation.
import { runAdd } from './add.ts';
import { runAnalyze } from './analyze.ts';
import { runContent } from './content.ts';
import { runDates } from './dates.ts';
import { runIngest } from './ingest.ts';
import type { CliIO } from './io.ts';

const USAGE = `Usage: briefing <command> [options]

Commands:
  ingest [SEEDS_DIR] [--content DIR]          seeds → clean Markdown in content/articles/
  analyze DIR [--out FILE] [--summary-words N] [--query TEXT]
                                              ingest + analysis of any folder → Briefing JSON (--query: what the summary answers)
  content [--seeds DIR] [--content DIR] [--cache DIR]
                                              seeds → content/ (articles + briefing.json), as the build does
  dates --ref YYYY-MM-DD [FILE|-]             temporal expressions → TimeML JSON
  add FILE|URL|- [--outlet NAME] [--url URL] [--published YYYY-MM-DD] [--title TEXT] [--name STEM] [--force]
                                              validate an article and write it into seeds/
`;

export async function main(argv: string[], io: CliIO = process): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'ingest':
      return runIngest(args, io);
    case 'analyze':
      return runAnalyze(args, io);
    case 'content':
      return runContent(args, io);
    case 'dates':
      return runDates(args, io);
    case 'add':
      return runAdd(args, io);
    case undefined:
    case '-h':
    case '--help':
      io.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    default:
      io.stderr.write(`briefing: unknown command "${command}"\n${USAGE}`);
      return 2;
  }
}
