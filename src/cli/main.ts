// `briefing <command>`: the pipeline without the site build, for scripts and evaluation.
// Adding a command is one entry in COMMANDS: its declaration (args.ts) and its run function.
import { addCommand, runAdd } from './add.ts';
import { analyzeCommand, runAnalyze } from './analyze.ts';
import { mainHelp, type CommandSpec } from './args.ts';
import { contentCommand, runContent } from './content.ts';
import { datesCommand, runDates } from './dates.ts';
import { ingestCommand, runIngest } from './ingest.ts';
import { runStories, storiesCommand } from './stories.ts';
import { reportError, version, type CliIO } from './io.ts';

interface Command {
  spec: CommandSpec;
  run(args: string[], io: CliIO): Promise<number>;
}

const COMMANDS: readonly Command[] = [
  { spec: ingestCommand, run: runIngest },
  { spec: analyzeCommand, run: runAnalyze },
  { spec: contentCommand, run: runContent },
  { spec: datesCommand, run: runDates },
  { spec: storiesCommand, run: runStories },
  { spec: addCommand, run: runAdd },
];

export const USAGE = mainHelp(COMMANDS.map((c) => c.spec));

export async function main(argv: string[], io: CliIO = process): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    const command = name === 'help' ? COMMANDS.find((c) => c.spec.name === args[0]) : undefined;
    if (command) return command.run(['--help'], io);
    (name === undefined ? io.stderr : io.stdout).write(USAGE);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V') {
    io.stdout.write(`briefing ${version()}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.spec.name === name);
  if (!command) {
    io.stderr.write(`briefing: unknown command "${name}" (commands: ${COMMANDS.map((c) => c.spec.name).join(', ')}; see briefing --help)\n`);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    return reportError(name, error, io);
  }
}
