// What a command may touch of the process (injectable so tests can capture output), and the one
// place that turns a command's outcome into output and an exit code.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { commandHelp, parseCommandArgs, UsageError, usageLine, type CommandSpec, type ParsedArgs } from './args.ts';

export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export function version(): string {
  const manifest = path.resolve(import.meta.dirname, '../../package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/**
 * Parses the arguments against the command's declaration and runs it: `--help` and `--version`
 * answered here, a UsageError is one line plus the usage (exit 2), any other error one line (exit 1),
 * with the stack only when BRIEFING_DEBUG=1.
 */
export async function runCommand(
  spec: CommandSpec,
  args: string[],
  io: CliIO,
  body: (parsed: ParsedArgs) => Promise<number> | number,
): Promise<number> {
  try {
    const parsed = parseCommandArgs(args, spec);
    if (parsed.flags['help']) {
      io.stdout.write(commandHelp(spec));
      return 0;
    }
    if (parsed.flags['version']) {
      io.stdout.write(`briefing ${version()}\n`);
      return 0;
    }
    return await body(parsed);
  } catch (error) {
    if (error instanceof UsageError) return usageError(spec, error.message, io);
    return reportError(spec.name, error, io);
  }
}

/** One line naming the command and the problem; the stack only with BRIEFING_DEBUG=1. */
export function reportError(command: string, error: unknown, io: CliIO): number {
  const err = error instanceof Error ? error : new Error(String(error));
  io.stderr.write(`briefing ${command}: ${err.message.split('\n')[0]}\n`);
  if (process.env['BRIEFING_DEBUG'] === '1' && err.stack) io.stderr.write(`${err.stack}\n`);
  return 1;
}

/** A usage error's message and the command's usage line (for commands that report by hand). */
export function usageError(spec: CommandSpec, message: string, io: CliIO): number {
  io.stderr.write(`briefing ${spec.name}: ${message}\n${usageLine(spec)}\n`);
  return 2;
}
