// content/ is committed so readers can browse the clean Markdown; it must be exactly what the seeds give.
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { runPipeline } from '../../../src/lib/build/run.ts';

const root = path.resolve(import.meta.dirname, '../../..');

async function files(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out[path.relative(dir, path.join(entry.parentPath, entry.name))] = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
  }
  return out;
}

test('committed content/ is byte-identical to what the bundled seeds produce (run `npm run build` to refresh it)', async () => {
  const work = await mkdtemp(path.join(tmpdir(), 'briefing-content-'));
  try {
    const content = path.join(work, 'content');
    await cp(path.join(root, 'content'), content, { recursive: true });
    const quiet = { info: () => {}, warn: () => {} };
    await runPipeline({ seedsDir: path.join(root, 'seeds'), contentDir: content }, quiet);
    expect(await files(content)).toEqual(await files(path.join(root, 'content')));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}, 60_000);
