// One writer at a time per folder (builds: output and content; `briefing add`: seeds): a lock
// directory (mkdir is atomic) holding the owner's pid and folder. A lock whose owner is gone (killed,
// crashed) is taken over.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface LockOwner {
  pid: number;
  cwd: string;
}

export interface HeldLock {
  release(): void;
}

/** Where the lock of a folder lives: outside the project, so a clean checkout never carries one. */
export function lockPath(folder: string): string {
  const key = createHash('sha256').update(path.resolve(folder)).digest('hex').slice(0, 16);
  return path.join(tmpdir(), 'briefing-build-locks', key);
}

function readOwner(dir: string): LockOwner | null {
  try {
    return JSON.parse(readFileSync(path.join(dir, 'owner.json'), 'utf8')) as LockOwner;
  } catch {
    return null;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryLock(dir: string): LockOwner | null {
  try {
    mkdirSync(dir, { recursive: false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const owner = readOwner(dir);
    // An owner that never wrote its file is mid-creation: treat it as alive for this round.
    if (owner !== null && !isAlive(owner.pid)) {
      rmSync(dir, { recursive: true, force: true });
      return tryLock(dir);
    }
    return owner ?? { pid: 0, cwd: '(starting)' };
  }
  writeFileSync(path.join(dir, 'owner.json'), JSON.stringify({ pid: process.pid, cwd: process.cwd() }));
  return null;
}

/**
 * Takes the locks of the given folders (in a fixed order, so two builds cannot deadlock), waiting
 * while another live build holds one; `onWait` is told once who it is waiting for.
 */
export async function lockFolders(folders: readonly string[], onWait: (owner: LockOwner) => void): Promise<HeldLock> {
  const dirs = [...new Set(folders.map(lockPath))].sort();
  mkdirSync(path.join(tmpdir(), 'briefing-build-locks'), { recursive: true });
  const held: string[] = [];
  const release = () => {
    process.off('exit', release);
    for (const dir of held.splice(0)) if (readOwner(dir)?.pid === process.pid) rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', release);
  let told = false;
  for (const dir of dirs) {
    for (;;) {
      const owner = tryLock(dir);
      if (owner === null) break;
      if (!told) onWait(owner);
      told = true;
      await sleep(250);
    }
    held.push(dir);
  }
  return { release };
}
