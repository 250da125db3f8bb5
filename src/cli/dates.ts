// `briefing dates --ref YYYY-MM-DD [FILE|-]`: tag the temporal expressions of a
// text and print them as JSON. Exit codes: 0 ok, 1 unreadable input, 2 bad usage.
import { readFile } from 'node:fs/promises';
import { parseIsoDate } from '../lib/timeline/calendar.ts';
import { tagTemporalExpressions } from '../lib/timeline/temporal.ts';
import { UsageError, type CommandSpec } from './args.ts';
import { runCommand } from './io.ts';

export interface DatesIo {
  stdin: NodeJS.ReadableStream;
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

export const datesCommand: CommandSpec = {
  name: 'dates',
  summary: 'the temporal tagger alone: date expressions of a text → TimeML JSON',
  args: '[FILE|-]',
  options: {
    ref: { type: 'string', value: 'YYYY-MM-DD', required: true, help: 'the date relative expressions are resolved against' },
  },
};

export function runDates(args: string[], io: DatesIo): Promise<number> {
  return runCommand(datesCommand, args, io, async ({ positionals, options }) => {
    const ref = options['ref'];
    const file = positionals[0];
    if (ref === undefined) throw new UsageError('missing --ref YYYY-MM-DD (the date relative expressions are resolved against)');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(ref) || !parseIsoDate(ref)) {
      throw new UsageError(`--ref must be a calendar date YYYY-MM-DD, got "${ref}"`);
    }
    let text: string;
    try {
      text = file === undefined || file === '-' ? await readAll(io.stdin) : await readFile(file, 'utf8');
    } catch (error) {
      io.stderr.write(`briefing dates: cannot read ${file ?? 'stdin'}: ${(error as Error).message}\n`);
      return 1;
    }
    io.stdout.write(`${JSON.stringify(tagTemporalExpressions(text, ref), null, 2)}\n`);
    return 0;
  });
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
