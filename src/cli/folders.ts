// Folder arguments checked before any work, so a typo is one clear line instead of a stack trace.
import { stat } from 'node:fs/promises';
import { UsageError } from './args.ts';

/** The folder itself, or a UsageError saying what is wrong with it. */
export async function seedsFolder(dir: string): Promise<string> {
  const info = await stat(dir).catch(() => null);
  if (info === null) throw new UsageError(`no such folder: ${dir}`);
  if (!info.isDirectory()) throw new UsageError(`not a folder: ${dir}`);
  return dir;
}
