// The folder edge: read every seed (never write), apply sources.yml, collect per-file errors.
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import type { Article, GivenMeta, IngestError, IngestResult } from '../types.ts';
import { checkSize } from './decode.ts';
import { isMapping, toGivenMeta } from './frontmatter.ts';
import { contentHash, ingestSeed } from './seed.ts';
import { compare } from './write.ts';

/** A cache of earlier ingests: given a seed's name and cache key, the article it produced before. */
export interface IngestCache {
  get(name: string, key: string): Article | undefined;
  set(name: string, key: string, article: Article): void;
}

export interface IngestOptions {
  cache?: IngestCache;
  /** Called after each seed, for a progress line on long runs. */
  onProgress?: (done: number, total: number) => void;
}

export async function ingestSeeds(seedDir: string, options: IngestOptions = {}): Promise<IngestResult> {
  const { cache, onProgress } = options;
  const folder = basename(seedDir.replace(/[\\/]+$/, '')) || seedDir;
  const errors: IngestError[] = [];
  const sources = await readSources(seedDir, folder, errors);
  const names = (await readdir(seedDir)).filter(isSeedName).sort(compare);
  const articles: Article[] = [];
  let reused = 0;
  for (const name of names) {
    const path = join(seedDir, name);
    try {
      const info = await stat(path);
      if (!info.isFile()) continue;
      checkSize(info.size); // before reading: a 20 MB file is refused without loading it
      const bytes = new Uint8Array(await readFile(path));
      const given = sources.get(name);
      const key = contentHash(given ?? {}, bytes);
      const cached = cache?.get(name, key);
      if (cached) reused++;
      const article = cached ?? ingestSeed(name, bytes, given);
      if (!cached) cache?.set(name, key, article);
      articles.push(article);
    } catch (error) {
      errors.push({ file: `${folder}/${name}`, message: (error as Error).message });
    }
    onProgress?.(articles.length + errors.length, names.length);
  }
  articles.sort((a, b) => compare(a.id, b.id));
  return { articles, errors, reused };
}

function isSeedName(name: string): boolean {
  return !name.startsWith('.') && name !== 'sources.yml' && name !== 'sources.yaml' && !/^readme/i.test(name);
}

async function readSources(seedDir: string, folder: string, errors: IngestError[]): Promise<Map<string, GivenMeta>> {
  const map = new Map<string, GivenMeta>();
  let text: string;
  try {
    text = await readFile(join(seedDir, 'sources.yml'), 'utf8');
  } catch {
    return map;
  }
  const file = `${folder}/sources.yml`;
  try {
    const data: unknown = parse(text);
    if (data === null || data === undefined) return map;
    if (!isMapping(data)) throw new Error('is not a mapping of file name → metadata');
    for (const [name, entry] of Object.entries(data)) {
      if (!isMapping(entry)) {
        errors.push({ file, message: `entry for ${name} is not a mapping; ignored` });
        continue;
      }
      const { given, warnings } = toGivenMeta(entry, `sources.yml ${name}`);
      map.set(name, given);
      for (const warning of warnings) errors.push({ file, message: warning });
    }
  } catch (error) {
    errors.push({ file, message: `could not be read (${(error as Error).message.split('\n')[0]}); ignored` });
  }
  return map;
}
