// A tiny argument parser: positionals plus `--name value` options, with clear errors.
import { parseArgs } from 'node:util';

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | undefined>;
}

export function parseCommandArgs(args: string[], names: readonly string[]): ParsedArgs {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: Object.fromEntries(names.map((name) => [name, { type: 'string' as const }])),
  });
  return { positionals, options: values as Record<string, string | undefined> };
}
