// `briefing dates --ref YYYY-MM-DD [FILE|-]`: tag the temporal expressions of a
// text and print them as JSON. Exit codes: 0 ok, 1 unreadable input, 2 bad usage.
import { readFile } from 'node:fs/promises';
import { parseIsoDate } from '../lib/timeline/calendar.ts';
import { tagTemporalExpressions } from '../lib/timeline/temporal.ts';

export interface DatesIo {
  stdin: NodeJS.ReadableStream;
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

const USAGE = 'usage: briefing dates --ref YYYY-MM-DD [FILE|-]\n';

export async function runDates(args: string[], io: DatesIo): Promise<number> {
  let ref: string | undefined;
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--help' || arg === '-h') {
      io.stdout.write(USAGE);
      return 0;
    }
    if (arg === '--ref' || arg.startsWith('--ref=')) {
      ref = arg === '--ref' ? args[++i] : arg.slice('--ref='.length);
      if (ref === undefined) return usageError(io, '--ref needs a value (YYYY-MM-DD)');
    } else if (arg.startsWith('-') && arg !== '-') {
      return usageError(io, `unknown option ${arg}`);
    } else if (file === undefined) {
      file = arg;
    } else {
      return usageError(io, `unexpected argument ${arg}`);
    }
  }
  if (ref === undefined) return usageError(io, 'missing --ref YYYY-MM-DD (the date relative expressions are resolved against)');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(ref) || !parseIsoDate(ref)) {
    return usageError(io, `--ref must be a calendar date YYYY-MM-DD, got "${ref}"`);
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
}

function usageError(io: DatesIo, message: string): number {
  io.stderr.write(`briefing dates: ${message}\n${USAGE}`);
  return 2;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
