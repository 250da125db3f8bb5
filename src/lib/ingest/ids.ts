// The one rule that turns a seed's file name into its id: the content file name and the URL slug.
//
// 1. Drop the last extension (`Report.v2.txt` → `Report.v2`).
// 2. Unicode NFKD, then drop combining marks (`café` composed or decomposed → `cafe`).
// 3. Lower-case (`Report` → `report`).
// 4. Every run of characters other than `a-z`, `0-9` and `_` becomes one `-`; leading and trailing
//    `-` are dropped (`a%20b`, `a b`, `a#b`, `a?b` → `a-20b`, `a-b`, `a-b`, `a-b`).
// 5. Nothing left (a name in a non-Latin script, say) → `seed-` + the first 12 hex digits of the
//    SHA-256 of the NFC file name, so it is still stable.
// 6. At most 100 characters.
// Two files whose names map to the same id collide: the first in byte order of the file name keeps
// the id, every other one is refused with a message naming both files.
import { createHash } from 'node:crypto';

const MAX_ID_LENGTH = 100;

/** The id (URL slug, content file stem) of a seed file name. Pure and deterministic. */
export function seedId(fileName: string): string {
  const stem = fileName.normalize('NFC').replace(/\.[^.]*$/, '') || fileName;
  const slug = stem
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID_LENGTH)
    .replace(/-+$/, '');
  if (slug !== '') return slug;
  return `seed-${createHash('sha256').update(fileName.normalize('NFC')).digest('hex').slice(0, 12)}`;
}

/** True when `id` is what the rule can produce: safe in a URL path and a file name as it is. */
export function isSeedId(id: string): boolean {
  return /^[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?$/.test(id) && id.length <= MAX_ID_LENGTH;
}

export interface IdAssignment {
  /** File name → id, for the files that keep one. */
  ids: Map<string, string>;
  /** Files refused because an earlier file (in byte order) has their id. */
  collisions: { name: string; id: string; keptBy: string }[];
}

/** Assigns ids to file names in byte order of the names; later names that collide are refused. */
export function assignIds(fileNames: readonly string[]): IdAssignment {
  const ids = new Map<string, string>();
  const owner = new Map<string, string>();
  const collisions: IdAssignment['collisions'] = [];
  for (const name of [...fileNames].sort(byBytes)) {
    const id = seedId(name);
    const keptBy = owner.get(id);
    if (keptBy === undefined) {
      owner.set(id, name);
      ids.set(name, id);
    } else {
      collisions.push({ name, id, keptBy });
    }
  }
  return { ids, collisions };
}

/** The message a refused file gets. */
export function collisionMessage(id: string, keptBy: string, folder: string): string {
  return `has the same id "${id}" as ${folder}/${keptBy} (ids are the file name lower-cased with other characters as "-"); rename one of them`;
}

/** The existing file whose id a new name would take, or null. */
export function idTakenBy(name: string, existing: readonly string[]): string | null {
  const id = seedId(name);
  return [...existing].sort(byBytes).find((other) => other !== name && seedId(other) === id) ?? null;
}

function byBytes(a: string, b: string): number {
  const x = Buffer.from(a.normalize('NFC'));
  const y = Buffer.from(b.normalize('NFC'));
  return Buffer.compare(x, y) || (a < b ? -1 : a > b ? 1 : 0);
}
