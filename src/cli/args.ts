// Every command is declared once (its arguments and options, each with its help line): parsing
// (Node's util.parseArgs), `--help` texts and usage errors are all generated from that declaration.
import { parseArgs } from 'node:util';

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** Shown in help as the value's name, e.g. DIR. */
  value?: string;
  help: string;
  /** Shown in the usage line instead of under [options]. */
  required?: boolean;
}

export interface CommandSpec {
  name: string;
  /** One line for the main help. */
  summary: string;
  /** The positional arguments as shown in usage, e.g. `[SEEDS_DIR]`. */
  args: string;
  /** How many positionals at most (default: as many as `args` names). */
  maxPositionals?: number;
  options: Record<string, OptionSpec>;
}

/** A mistake in how the command was called: one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | undefined>;
  flags: Record<string, boolean>;
}

/** Options every command takes. */
const COMMON: Record<string, OptionSpec> = {
  help: { type: 'boolean', help: 'show this help' },
  version: { type: 'boolean', help: 'print the version' },
};

export function parseCommandArgs(args: string[], spec: CommandSpec): ParsedArgs {
  const all = { ...spec.options, ...COMMON };
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: Object.fromEntries(
        Object.entries(all).map(([name, o]) => [name, { type: o.type, ...(name === 'help' ? { short: 'h' } : {}) }]),
      ),
    });
  } catch (error) {
    throw new UsageError(parseArgsMessage(error as Error));
  }
  const max = spec.maxPositionals ?? (spec.args.match(/[A-Z_|-]+/g) ?? []).length;
  if (parsed.positionals.length > max) {
    throw new UsageError(`unexpected argument ${parsed.positionals[max]}`);
  }
  const options: Record<string, string | undefined> = {};
  const flags: Record<string, boolean> = {};
  for (const [name, value] of Object.entries(parsed.values)) {
    if (typeof value === 'string') options[name] = value;
    else if (value === true) flags[name] = true;
  }
  return { positionals: parsed.positionals, options, flags };
}

/** util.parseArgs explains itself at length; keep the first sentence, without the hint about `--`. */
function parseArgsMessage(error: Error): string {
  const first = error.message.split('\n')[0] ?? error.message;
  return first
    .replace(/\. To specify a positional argument.*$/, '')
    .replace(/^Unknown option '([^']+)'.*$/, 'unknown option $1')
    .replace(/^Option '([^']+)' argument is ambiguous.*$/, '$1 needs a value (write $1=VALUE for one that starts with "-")')
    .replace(/^Option '([^' ]+)(?: <value>)?' argument missing.*$/, '$1 needs a value');
}

function optionLabel(name: string, option: OptionSpec): string {
  return option.type === 'string' ? `--${name} ${option.value ?? 'VALUE'}` : `--${name}`;
}

export function usageLine(spec: CommandSpec): string {
  const required = Object.entries(spec.options).filter(([, o]) => o.required).map(([n, o]) => optionLabel(n, o));
  return ['usage: briefing', spec.name, ...required, spec.args, '[options]'].filter((p) => p !== '').join(' ');
}

export function commandHelp(spec: CommandSpec): string {
  const rows = Object.entries({ ...spec.options, ...COMMON }).map(([name, o]) => [
    name === 'help' ? '-h, --help' : optionLabel(name, o),
    o.help,
  ]);
  const width = Math.max(...rows.map(([label]) => (label ?? '').length));
  return `${usageLine(spec)}\n\n${spec.summary}\n\nOptions:\n${rows.map(([l, h]) => `  ${(l ?? '').padEnd(width)}  ${h}`).join('\n')}\n`;
}

export function mainHelp(specs: readonly CommandSpec[]): string {
  const width = Math.max(...specs.map((s) => s.name.length));
  return (
    'usage: briefing <command> [options]\n\nCommands:\n' +
    specs.map((s) => `  ${s.name.padEnd(width)}  ${s.summary}`).join('\n') +
    '\n\nRun `briefing <command> --help` for its options; `briefing --version` prints the version.\n' +
    'Exit codes: 0 done, 1 failed (the input or a file was refused), 2 wrong usage. BRIEFING_DEBUG=1 shows stack traces.\n'
  );
}

/** A whole number in a range, or a usage error naming the option. */
export function intOption(options: ParsedArgs['options'], name: string, fallback: number, min: number, max: number): number {
  const raw = options[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^-?\d+$/.test(raw.trim()) || value < min || value > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  }
  return value;
}
