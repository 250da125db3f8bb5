// The folder edge: read every seed (never write), apply sources.yml, collect per-file errors and
// warnings. Nothing outside the seeds folder is read: links that lead out of it are refused.
import { lstat, readFile, readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, relative, isAbsolute } from 'node:path';
import { parse } from 'yaml';
import type { Article, GivenMeta, IngestError, IngestResult } from '../types.ts';
import { checkSize } from './decode.ts';
import { isMapping, isWebUrl, toGivenMeta } from './frontmatter.ts';
import { assignIds, collisionMessage } from './ids.ts';
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

const SOURCES_FILES = ['sources.yml', 'sources.yaml'];
/** Files a repository keeps in an otherwise empty folder: skipped without a word. */
const PLACEHOLDERS = new Set(['.gitkeep', '.keep']);

export async function ingestSeeds(seedDir: string, options: IngestOptions = {}): Promise<IngestResult> {
  const { cache, onProgress } = options;
  const folder = basename(seedDir.replace(/[\\/]+$/, '')) || seedDir;
  const root = await realpath(seedDir);
  const errors: IngestError[] = [];
  const warnings: IngestError[] = [];
  const entries = (await readdir(seedDir)).sort(compare);
  for (const name of entries.filter((n) => n.startsWith('.') && !PLACEHOLDERS.has(n))) {
    warnings.push({ file: `${folder}/${name}`, message: 'skipped: names starting with "." are hidden files, not seeds' });
  }
  const sources = await readSources(seedDir, root, folder, warnings);
  const candidates = entries.filter(isSeedName);
  for (const name of [...sources.keys()].sort(compare)) {
    if (!candidates.includes(name)) warnings.push({ file: `${folder}/sources.yml`, message: `entry ${name}: no such file in ${folder}/; ignored` });
  }
  const { ids, collisions } = assignIds(candidates);
  const refused = new Map(collisions.map((c) => [c.name, collisionMessage(c.id, c.keptBy, folder)]));
  const articles: Article[] = [];
  let reused = 0;
  let done = 0;
  for (const name of candidates) {
    const path = join(seedDir, name);
    const file = `${folder}/${name}`;
    try {
      const collision = refused.get(name);
      if (collision !== undefined) throw new Error(collision);
      const info = await seedStat(path, root, folder);
      if (info.isDirectory()) {
        warnings.push({ file, message: `skipped: a folder (only files directly in ${folder}/ are read)` });
        continue;
      }
      if (!info.isFile()) throw new Error('is not a regular file');
      checkSize(info.size); // before reading: a 20 MB file is refused without loading it
      const bytes = new Uint8Array(await readFile(path));
      const given = sources.get(name);
      const key = contentHash(given ?? {}, bytes);
      const cached = cache?.get(name, key);
      if (cached) reused++;
      const ingested = cached ?? ingestSeed(name, bytes, given);
      if (!cached) cache?.set(name, key, ingested);
      const article = withIdAndSafeUrl(ingested, ids.get(name) ?? ingested.id);
      for (const message of article.warnings) warnings.push({ file, message });
      articles.push(article);
    } catch (error) {
      errors.push({ file, message: (error as Error).message });
    } finally {
      onProgress?.(++done, candidates.length);
    }
  }
  articles.sort((a, b) => compare(a.id, b.id));
  return { articles, errors, warnings, reused };
}

/** The id rule's id, and no link that is not http(s) (a page's canonical link can be anything). */
function withIdAndSafeUrl(article: Article, id: string): Article {
  if (article.url === null || isWebUrl(article.url)) return article.id === id ? article : { ...article, id };
  const warning = `ignored url "${article.url.slice(0, 80)}" (only http: and https: links are published)`;
  return { ...article, id, url: null, warnings: [...article.warnings, warning] };
}

/** stat() that follows a link only when it stays inside the seeds folder. */
async function seedStat(path: string, root: string, folder: string) {
  const own = await lstat(path);
  if (!own.isSymbolicLink()) return own;
  let target: string;
  try {
    target = await realpath(path);
  } catch {
    throw new Error('is a link to nothing (its target does not exist)');
  }
  const inside = relative(root, target);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
    throw new Error(`is a link to a file outside ${folder}/; refused (copy the file in instead)`);
  }
  return stat(path);
}

function isSeedName(name: string): boolean {
  return !name.startsWith('.') && !SOURCES_FILES.includes(name) && !/^readme/i.test(name);
}

async function readSources(seedDir: string, root: string, folder: string, warnings: IngestError[]): Promise<Map<string, GivenMeta>> {
  const map = new Map<string, GivenMeta>();
  const file = `${folder}/sources.yml`;
  const path = join(seedDir, 'sources.yml');
  let text: string;
  try {
    await seedStat(path, root, folder);
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') warnings.push({ file, message: `${(error as Error).message}; ignored` });
    return map;
  }
  try {
    const data: unknown = parse(text);
    if (data === null || data === undefined) return map;
    if (!isMapping(data)) throw new Error('is not a mapping of file name → metadata');
    for (const [name, entry] of Object.entries(data)) {
      if (!isMapping(entry)) {
        warnings.push({ file, message: `entry ${name}: not a mapping of field → value; ignored` });
        continue;
      }
      const { given, warnings: found } = toGivenMeta(entry, `entry ${name}`);
      map.set(name, given);
      for (const warning of found) warnings.push({ file, message: warning });
    }
  } catch (error) {
    warnings.push({ file, message: `could not be read (${(error as Error).message.split('\n')[0]}); ignored` });
  }
  return map;
}
