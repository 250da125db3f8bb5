// A mixed seeds folder: the bundled seeds (one story) plus hand-written articles on two other stories.
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestSeeds } from '../../../src/lib/ingest/index.ts';
import type { Article } from '../../../src/lib/types.ts';

const ROOT = join(import.meta.dirname, '../../..');
export const BUNDLED_SEEDS = join(ROOT, 'seeds');
export const MIXED = join(import.meta.dirname, 'fixtures/mixed');
export const ADDITIONS = join(import.meta.dirname, 'fixtures/additions');

export const MEXICO = ['000_022791dc6a141399', '001_5f931f1290286265', '002_f9889b578ed60dde', '003_25932adc085cf896', '004_3feb747a184a0215'];
export const WILDFIRE = ['101_wildfire_provence', '102_wildfire_wire', '103_wildfire_weekly'];
export const RAIL = ['201_rail_strike_announce', '202_rail_strike_day_one', '203_rail_strike_mediation'];

export interface MixedFolder {
  seeds: string;
  add(file: string, text?: string): Promise<void>;
  remove(name: string): Promise<void>;
  articles(): Promise<Article[]>;
  cleanup(): Promise<void>;
}

/** A temp seeds folder holding the bundled seeds and the mixed fixtures. */
export async function mixedFolder(): Promise<MixedFolder> {
  const root = await mkdtemp(join(tmpdir(), 'briefing-stories-'));
  const seeds = join(root, 'seeds');
  await cp(BUNDLED_SEEDS, seeds, { recursive: true });
  for (const name of await readdir(MIXED)) await cp(join(MIXED, name), join(seeds, name));
  return {
    seeds,
    add: async (file, text) => (text === undefined ? cp(join(ADDITIONS, file), join(seeds, file)) : writeFile(join(seeds, file), text)),
    remove: (name) => rm(join(seeds, name)),
    articles: async () => (await ingestSeeds(seeds)).articles,
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}
