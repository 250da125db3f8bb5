// Pagefind writes its filter indexes from hash maps, so their value order (and with it the file
// names) changes from run to run. This rewrites them in sorted order under content-hashed names,
// then updates the metadata file and the entry point that refer to them: the same site gives the
// same bytes every build.
import { createHash } from 'node:crypto';
import { readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeCbor, encodeCbor, type CborValue } from './cbor.ts';

const SIGNATURE = new TextEncoder().encode('pagefind_dcd');

interface PagefindEntry {
  languages: Record<string, { hash: string }>;
}

function readPagefindFile(bytes: Uint8Array): CborValue {
  const raw = gunzipSync(bytes);
  if (!SIGNATURE.every((b, i) => raw[i] === b)) throw new Error('not a Pagefind data file');
  return decodeCbor(raw.subarray(SIGNATURE.length));
}

function writePagefindFile(value: CborValue): Buffer {
  const body = encodeCbor(value);
  const raw = new Uint8Array(SIGNATURE.length + body.length);
  raw.set(SIGNATURE);
  raw.set(body, SIGNATURE.length);
  return gzipSync(raw, { level: 9 });
}

const byFirstString = (a: CborValue, b: CborValue): number => {
  const ka = Array.isArray(a) ? String(a[0]) : String(a);
  const kb = Array.isArray(b) ? String(b[0]) : String(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

/** A filter file is [name, [[value, [pages…]], …]]: sort the values. */
function sortFilter(value: CborValue): CborValue {
  if (!Array.isArray(value) || value.length !== 2 || !Array.isArray(value[1])) throw new Error('unexpected filter layout');
  return [value[0]!, [...value[1]].sort(byFirstString)];
}

function digest(bytes: Uint8Array, length: number): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, length);
}

export async function canonicalizePagefind(bundleDir: string): Promise<void> {
  const entryFile = path.join(bundleDir, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(entryFile, 'utf8')) as PagefindEntry;
  const filterDir = path.join(bundleDir, 'filter');
  const renamed = new Map<string, string>();
  for (const file of (await readdir(filterDir)).sort()) {
    const match = /^(.+)_([0-9a-f]+)\.pf_filter$/.exec(file);
    if (!match) continue;
    const bytes = writePagefindFile(sortFilter(readPagefindFile(await readFile(path.join(filterDir, file)))));
    const hash = `${match[1]}_${digest(bytes, 7)}`;
    renamed.set(`${match[1]}_${match[2]}`, hash);
    await rm(path.join(filterDir, file));
    await writeFile(path.join(filterDir, `${hash}.pf_filter`), bytes);
  }
  for (const language of Object.values(entry.languages)) {
    const metaFile = path.join(bundleDir, `pagefind.${language.hash}.pf_meta`);
    const meta = readPagefindFile(await readFile(metaFile));
    if (!Array.isArray(meta)) throw new Error('unexpected Pagefind metadata layout');
    // The metadata lists filters as [name, file hash]; point them at the rewritten files, in order.
    const rewritten = meta.map((field) =>
      Array.isArray(field) && field.every((f) => Array.isArray(f) && f.length === 2 && typeof f[1] === 'string' && renamed.has(f[1]))
        ? field.map((f) => [(f as CborValue[])[0]!, renamed.get((f as string[])[1]!)!]).sort(byFirstString)
        : field,
    );
    const bytes = writePagefindFile(rewritten);
    const prefix = language.hash.replace(/_[0-9a-f]+$/, '');
    const hash = `${prefix}_${digest(bytes, 10)}`;
    await rm(metaFile);
    await writeFile(path.join(bundleDir, `pagefind.${hash}.pf_meta`), bytes);
    language.hash = hash;
  }
  const entryText = JSON.stringify(entry);
  await writeFile(`${entryFile}.tmp`, entryText);
  await rename(`${entryFile}.tmp`, entryFile);
}
