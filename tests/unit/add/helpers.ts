// Shared test scaffolding: a temp copy of the real seeds, a captured CliIO, and "nothing else changed".
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { expect } from 'vitest';
import type { CliIO } from '../../../src/cli/io.ts';

export const REAL_SEEDS = join(import.meta.dirname, '../../../seeds');

export interface TempSeeds {
  root: string;
  seeds: string;
  /** The seed folder's files and bytes before the run. */
  before: Map<string, Buffer>;
  cleanup(): Promise<void>;
}

export async function tempSeeds(): Promise<TempSeeds> {
  const root = await mkdtemp(join(tmpdir(), 'briefing-add-'));
  const seeds = join(root, 'seeds');
  await cp(REAL_SEEDS, seeds, { recursive: true });
  return { root, seeds, before: await snapshot(seeds), cleanup: () => rm(root, { recursive: true, force: true }) };
}

export async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const name of (await readdir(dir)).sort()) files.set(name, await readFile(join(dir, name)));
  return files;
}

/** Every file that was there is byte-identical; the only new files are `added`. Returns the new names. */
export async function expectOnlyAdded(t: TempSeeds, added: readonly string[] = []): Promise<void> {
  expect(await addedNames(t)).toEqual([...added]);
}

/** Checks every file that was there is byte-identical and returns the names of the new ones, sorted. */
export async function addedNames(t: TempSeeds): Promise<string[]> {
  const after = await snapshot(t.seeds);
  for (const [name, bytes] of t.before) expect(after.get(name)?.equals(bytes), `${name} unchanged`).toBe(true);
  return [...after.keys()].filter((name) => !t.before.has(name));
}

export interface Captured {
  io: CliIO;
  out(): string;
  err(): string;
}

export function captureIO(stdin: string | Uint8Array | NodeJS.ReadableStream = ''): Captured {
  let out = '';
  let err = '';
  const io: CliIO = {
    stdin: typeof stdin === 'string' || stdin instanceof Uint8Array ? Readable.from([Buffer.from(stdin)]) : stdin,
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
  };
  return { io, out: () => out, err: () => err };
}

/** A plain-text article as scraped: outlet banner, headline, dateline, body, related links. */
export const PORT_STRIKE = `Menu  Search  Subscribe

Port workers end week-long strike after wage deal

By Anna Keller

Dock workers at the country's two largest container ports returned to work on Thursday after their union accepted a pay offer that ends a week-long strike.

The agreement raises wages by 6 percent this year and a further 4 percent next year, the union said in a statement, and adds a bonus for night shifts.

Shipping lines had diverted dozens of vessels to neighbouring ports during the walkout, and exporters warned of spoiled produce piling up at the terminals.

"Our members held firm and the employers finally listened," the union's general secretary told reporters outside the northern terminal.

The port authority said it expected the backlog of about 140 ships to clear within ten days, although some berths would stay congested into next week.

Economists had estimated that each day of the strike cost the economy around 40 million euros in delayed trade.

Related
Rail unions threaten walkout over pensions
Fuel prices climb for third straight month
`;
