// `briefing add FILE|URL|-`: one article into seeds/ under the next number, or a clear reason why not.
// Exit codes: 0 added, 1 input refused (unreadable, not an article, duplicate), 2 bad usage.
import { open, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  AddError,
  checkName,
  fetchArticle,
  givenFromFlags,
  isHttpUrl,
  overLimit,
  planAdd,
  seedExtension,
  summaryLine,
  type AddPlan,
  type KnownSeed,
  type SeedFolder,
  type SeedStem,
} from '../lib/add/index.ts';
import { checkSize } from '../lib/ingest/decode.ts';
import { MAX_SEED_BYTES, SeedError, ingestSeeds } from '../lib/ingest/index.ts';
import type { GivenMeta } from '../lib/types.ts';
import { lockFolders } from '../integrations/build-lock.ts';
import type { CommandSpec } from './args.ts';
import { runCommand, usageError, type CliIO } from './io.ts';

export const addCommand: CommandSpec = {
  name: 'add',
  summary: 'validate one article (a file, an http(s) URL or - for standard input) and write it into seeds/',
  args: 'FILE|URL|-',
  options: {
    outlet: { type: 'string', value: 'NAME', help: 'the outlet that published it' },
    url: { type: 'string', value: 'URL', help: "the article's original http(s) address" },
    published: { type: 'string', value: 'YYYY-MM-DD', help: 'publication date (ISO date or date-time)' },
    title: { type: 'string', value: 'TEXT', help: 'headline, when the text has none or the wrong one' },
    seeds: { type: 'string', value: 'DIR', help: 'the seeds folder (default: seeds)' },
    name: { type: 'string', value: 'STEM', help: 'file name to use instead of the next NNN_<title-slug>' },
    force: { type: 'boolean', help: 'add a near-duplicate anyway (never an exact copy)' },
  },
};

export interface AddOptions {
  /** Default seeds folder when --seeds is not given (default: seeds). */
  seedsDir?: string;
  fetchImpl?: typeof fetch;
  /** Fetch timeout in ms (default 10 s); tests shorten it. */
  timeoutMs?: number;
}

export function runAdd(args: string[], io: CliIO, options: AddOptions = {}): Promise<number> {
  return runCommand(addCommand, args, io, ({ positionals, options: flags, flags: switches }) =>
    add(positionals[0], flags, switches['force'] === true, io, options),
  );
}

async function add(
  input: string | undefined,
  flags: Record<string, string | undefined>,
  force: boolean,
  io: CliIO,
  options: AddOptions,
): Promise<number> {
  if (input === undefined) return usage(io, 'give the article: a file, an http(s) URL, or - for stdin');

  const seedsDir = flags.seeds ?? options.seedsDir ?? 'seeds';
  let given: GivenMeta;
  let stem: SeedStem | undefined;
  try {
    given = givenFromFlags(flags);
    stem = flags.name === undefined ? undefined : checkName(flags.name);
  } catch (error) {
    return usage(io, (error as Error).message);
  }
  const label = input === '-' ? 'stdin' : input;

  let source: Source;
  try {
    source = await readInput(input, io, options);
  } catch (error) {
    return refuse(io, label, error);
  }
  // A fetched page's address is the best `url` there is, unless the user gave one.
  if (source.url !== undefined && given.url === undefined) given = { ...given, url: source.url };
  // Two adds at once would both take the same next number: the second waits, then lists the folder anew.
  const lock = await lockFolders([seedsDir], (owner) =>
    io.stderr.write(`briefing add: another add is writing to ${seedsDir} (pid ${owner.pid}); waiting for it to finish\n`),
  );
  try {
    return await planAndWrite(seedsDir, source, given, stem, force, label, io);
  } finally {
    lock.release();
  }
}

async function planAndWrite(
  seedsDir: string,
  source: Source,
  given: GivenMeta,
  stem: SeedStem | undefined,
  force: boolean,
  label: string,
  io: CliIO,
): Promise<number> {
  let plan: AddPlan;
  try {
    plan = planAdd({ bytes: source.bytes, ext: source.ext, given, stem, force }, await readSeedFolder(seedsDir));
  } catch (error) {
    return refuse(io, label, error);
  }

  const path = join(seedsDir, plan.name);
  try {
    // `wx`: never replace a file, even one that appeared since the folder was listed.
    const handle = await open(path, 'wx');
    try {
      await handle.writeFile(plan.bytes);
    } catch (error) {
      await handle.close();
      await rm(path, { force: true }); // a half-written seed would be ingested as if whole
      throw error;
    }
    await handle.close();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return refuse(io, label, new AddError(code === 'EEXIST' ? `${path} already exists` : `could not write ${path} (${(error as Error).message})`));
  }
  for (const warning of plan.article.warnings) io.stderr.write(`briefing add: ${path}: ${warning}\n`);
  io.stdout.write(`${path}\n${summaryLine(plan.article)}\n`);
  return 0;
}

interface Source {
  bytes: Uint8Array;
  ext: string | null;
  url?: string;
}

async function readInput(input: string, io: CliIO, options: AddOptions): Promise<Source> {
  if (input === '-') return { bytes: await readStdin(io.stdin), ext: null };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input) && !isHttpUrl(input)) throw new AddError('only http(s) URLs can be fetched');
  if (isHttpUrl(input)) {
    const fetchOptions = {
      ...(options.fetchImpl ? { fetchImpl: options.fetchImpl } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    };
    const page = await fetchArticle(input, fetchOptions);
    return { bytes: page.bytes, ext: page.ext, url: page.url };
  }
  let info;
  try {
    info = await stat(input);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new AddError(code === 'ENOENT' ? 'no such file' : `cannot be read (${(error as Error).message})`);
  }
  if (!info.isFile()) throw new AddError('is not a file');
  checkSize(info.size); // before reading: a 20 MB file is refused without loading it
  return { bytes: new Uint8Array(await readFile(input)), ext: seedExtension(input) };
}

/** Stdin up to the seed limit; past it, stop reading rather than buffer an endless pipe. */
async function readStdin(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buffer.length;
    if (total > MAX_SEED_BYTES) throw overLimit(total, MAX_SEED_BYTES);
    chunks.push(buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** What is in seeds/: every name (for numbering) and each seed's bytes and clean body (for duplicates). */
async function readSeedFolder(seedsDir: string): Promise<SeedFolder> {
  let names: string[];
  try {
    names = (await readdir(seedsDir)).sort();
  } catch {
    throw new AddError(`the seeds folder ${seedsDir} cannot be read`, 2);
  }
  const { articles } = await ingestSeeds(seedsDir);
  const bodies = new Map(articles.map((a) => [a.seed, a.body]));
  const seeds: KnownSeed[] = [];
  for (const name of names) {
    if (name.startsWith('.') || /^sources\.ya?ml$/.test(name) || /^readme/i.test(name)) continue;
    const path = join(seedsDir, name);
    const info = await stat(path).catch(() => null);
    // An over-limit file cannot equal an input that passed the limit; no need to load it.
    if (info === null || !info.isFile() || info.size > MAX_SEED_BYTES) continue;
    seeds.push({ name, bytes: new Uint8Array(await readFile(path)), body: bodies.get(name) ?? null });
  }
  return { label: seedsDir.replace(/[\\/]+$/, '') || seedsDir, names, seeds };
}

function refuse(io: CliIO, label: string, error: unknown): number {
  if (error instanceof AddError && error.exitCode === 2) return usage(io, error.message);
  if (error instanceof AddError || error instanceof SeedError) {
    io.stderr.write(`briefing add: ${label}: ${error.message}\n`);
    return 1;
  }
  io.stderr.write(`briefing add: ${label}: ${(error as Error).message.split('\n')[0]}\n`);
  return 1;
}

function usage(io: CliIO, message: string): number {
  return usageError(addCommand, message, io);
}
