// A build cache on disk: per-article results keyed by content hash and by the pipeline's own code,
// so adding one article re-does only that article (plus the cross-source step).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { deserialize, serialize } from 'node:v8';
import path from 'node:path';

const LIB_DIR = path.resolve(import.meta.dirname, '..');

/** A digest of every source file of the pipeline: changing any of its code invalidates the cache. */
export async function pipelineFingerprint(): Promise<string> {
  const files = (await readdir(LIB_DIR, { recursive: true }))
    .filter((f) => f.endsWith('.ts'))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(await readFile(path.join(LIB_DIR, file)));
  hash.update(JSON.stringify(await dependencyVersions()));
  return hash.digest('hex').slice(0, 16);
}

const PROJECT_DIR = path.resolve(LIB_DIR, '../..');

/**
 * The installed version of every runtime dependency (compromise, chrono-node, remark, …): their
 * results are cached too, so upgrading one must start afresh.
 */
export async function dependencyVersions(root = PROJECT_DIR): Promise<Record<string, string>> {
  const manifest = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const versions: Record<string, string> = {};
  for (const name of Object.keys(manifest.dependencies ?? {}).sort()) {
    const installed = await readFile(path.join(root, 'node_modules', name, 'package.json'), 'utf8')
      .then((text) => (JSON.parse(text) as { version?: string }).version ?? 'unknown')
      .catch(() => 'missing');
    versions[name] = installed;
  }
  return versions;
}

interface StoredEntry<T> {
  key: string;
  value: T;
}

/** One stage's cache: name → (key, value), loaded whole and written back whole. */
export class StageCache<T> {
  readonly file: string;
  private readonly previous: Map<string, StoredEntry<T>>;
  private readonly next = new Map<string, StoredEntry<T>>();
  hits = 0;
  misses = 0;

  constructor(file: string, previous: Map<string, StoredEntry<T>>) {
    this.file = file;
    this.previous = previous;
  }

  static async open<T>(dir: string, stage: string, fingerprint: string): Promise<StageCache<T>> {
    const file = path.join(dir, `${stage}-${fingerprint}.json`);
    const stored = await readFile(file, 'utf8')
      .then((text) => JSON.parse(text) as Record<string, StoredEntry<T>>)
      .catch(() => ({}));
    return new StageCache<T>(file, new Map(Object.entries(stored)));
  }

  get(name: string, key: string): T | undefined {
    const entry = this.previous.get(name);
    if (entry?.key === key) {
      this.hits++;
      this.next.set(name, entry);
      return entry.value;
    }
    this.misses++;
    return undefined;
  }

  set(name: string, key: string, value: T): void {
    this.next.set(name, { key, value });
  }

  /** Writes only what this run used, so entries of deleted seeds do not pile up. */
  async save(): Promise<void> {
    const dir = path.dirname(this.file);
    await mkdir(dir, { recursive: true });
    const stage = path.basename(this.file).replace(/-[0-9a-f]+\.json$/, '');
    for (const stale of await readdir(dir)) {
      if (stale.startsWith(`${stage}-`) && path.join(dir, stale) !== this.file) await rm(path.join(dir, stale), { force: true });
    }
    const sorted = Object.fromEntries([...this.next].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    await writeFile(this.file, JSON.stringify(sorted));
  }
}

/**
 * A stage cache with one file per entry, `<dir>/<stage>-<fingerprint>/<key>.json`: a build reads only
 * the entries it asks for and writes only the new ones. For the stories of a 1,000-article archive one
 * whole-stage file would be 47 MB, parsed and rewritten on every build to change one entry.
 */
export class EntryFileCache<T> {
  readonly folder: string;
  private readonly used = new Set<string>();
  private readonly fresh = new Map<string, T>();
  hits = 0;
  misses = 0;

  constructor(dir: string, stage: string, fingerprint: string) {
    this.folder = path.join(dir, `${stage}-${fingerprint}`);
  }

  /** `key` names the file, so it must be a plain hex digest. */
  get(key: string): T | undefined {
    if (!/^[0-9a-f]+$/.test(key)) throw new Error(`cache key "${key}" is not a hex digest`);
    this.used.add(key);
    const value = this.fresh.get(key) ?? this.read(key);
    if (value === undefined) this.misses++;
    else this.hits++;
    return value;
  }

  set(key: string, value: T): void {
    this.used.add(key);
    this.fresh.set(key, value);
  }

  private read(key: string): T | undefined {
    try {
      return JSON.parse(readFileSync(path.join(this.folder, `${key}.json`), 'utf8')) as T;
    } catch {
      return undefined; // absent, or cut short by a killed build: computed afresh
    }
  }

  /** Writes the new entries and drops what this run did not use, and other fingerprints' entries. */
  async save(): Promise<void> {
    const dir = path.dirname(this.folder);
    const stage = path.basename(this.folder).replace(/-[0-9a-f]+$/, '');
    await mkdir(this.folder, { recursive: true });
    for (const stale of await readdir(dir)) {
      if (stale.startsWith(`${stage}-`) && path.join(dir, stale) !== this.folder) await rm(path.join(dir, stale), { recursive: true, force: true });
    }
    for (const file of await readdir(this.folder)) {
      if (!this.used.has(file.replace(/\.json$/, ''))) await rm(path.join(this.folder, file), { force: true });
    }
    for (const [key, value] of [...this.fresh].sort(([a], [b]) => (a < b ? -1 : 1))) {
      await writeFile(path.join(this.folder, `${key}.json`), JSON.stringify(value));
    }
  }
}

/**
 * Per-sentence results (text/memo.ts) kept between builds in V8's own format, which holds Sets and
 * Maps and reads far faster than JSON. A missing or unreadable file just means computing afresh.
 */
export async function readTextMemo(dir: string, fingerprint: string): Promise<Map<string, unknown>> {
  const bytes = await readFile(path.join(dir, `text-${fingerprint}.bin`)).catch(() => null);
  if (!bytes) return new Map();
  try {
    const value: unknown = deserialize(bytes);
    return value instanceof Map ? (value as Map<string, unknown>) : new Map();
  } catch {
    return new Map();
  }
}

export async function writeTextMemo(dir: string, fingerprint: string, memo: Map<string, unknown>): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const stale of await readdir(dir)) {
    if (stale.startsWith('text-') && stale !== `text-${fingerprint}.bin`) await rm(path.join(dir, stale), { force: true });
  }
  await writeFile(path.join(dir, `text-${fingerprint}.bin`), serialize(memo));
}
