import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EntryFileCache } from '../../../src/lib/build/cache.ts';
import { runPipeline } from '../../../src/lib/build/run.ts';
import { closeTextMemo, memoByText, openTextMemo } from '../../../src/lib/text/memo.ts';

describe('per-text memo', () => {
  test('computes once per text, hands out copies, and keeps only what the run used', () => {
    let calls = 0;
    const words = memoByText('test-words', (text: string) => {
      calls++;
      return text.split(' ');
    });
    expect(words('a b')).toEqual(['a', 'b']); // no store lent: plain call
    openTextMemo(new Map([['test-words\u0000kept c', ['kept', 'c']], ['test-words\u0000stale', ['stale']]]));
    const first = words('x y');
    first.push('mutated');
    expect(words('x y')).toEqual(['x', 'y']);
    expect(words('kept c')).toEqual(['kept', 'c']);
    const used = closeTextMemo();
    expect(calls).toBe(2); // 'a b' once without a store, 'x y' once with it; 'kept c' came from the store
    expect([...used.keys()].sort()).toEqual(['test-words\u0000kept c', 'test-words\u0000x y']);
  });
});

describe('build cache', () => {
  const root = path.resolve(import.meta.dirname, '../../..');
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'briefing-cache-'));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  test('a warm rebuild takes every article and sentence from the cache and writes the same briefing as a cold one', async () => {
    const messages: string[] = [];
    const log = { info: (m: string) => messages.push(m), warn: (m: string) => messages.push(m) };
    const seedsDir = path.join(root, 'seeds');
    const cold = await runPipeline({ seedsDir, contentDir: path.join(work, 'cold') }, log);
    const paths = { seedsDir, contentDir: path.join(work, 'warm'), cacheDir: path.join(work, 'cache') };
    await runPipeline(paths, log);
    messages.length = 0;
    const warm = await runPipeline(paths, log);
    expect(warm.reused).toBe(cold.briefing.sources.length);
    expect(messages.join('\n')).toMatch(/\((\d+) of \1 per-text results from cache\)/);
    expect(await readFile(path.join(work, 'warm', 'briefing.json'), 'utf8')).toBe(
      await readFile(path.join(work, 'cold', 'briefing.json'), 'utf8'),
    );
  }, 60_000);
});

describe('one file per entry', () => {
  test('keeps what a run used, writes only new entries, and treats a cut-short file as absent', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'briefing-entries-'));
    try {
      const first = new EntryFileCache<{ n: number }>(dir, 'stories', 'f1');
      expect(first.get('aa')).toBeUndefined();
      first.set('aa', { n: 1 });
      first.set('bb', { n: 2 });
      await first.save();
      const second = new EntryFileCache<{ n: number }>(dir, 'stories', 'f1');
      expect(second.get('aa')).toEqual({ n: 1 });
      second.set('cc', { n: 3 });
      await second.save();
      expect((await readdir(path.join(dir, 'stories-f1'))).sort()).toEqual(['aa.json', 'cc.json']); // bb unused: dropped
      await writeFile(path.join(dir, 'stories-f1', 'cc.json'), '{"n":'); // a build killed mid-write
      const third = new EntryFileCache<{ n: number }>(dir, 'stories', 'f1');
      expect(third.get('cc')).toBeUndefined();
      expect([third.hits, third.misses]).toEqual([0, 1]);
      await new EntryFileCache(dir, 'stories', 'f2').save(); // new pipeline code: the old entries go
      expect(await readdir(dir)).toEqual(['stories-f2']);
      expect(() => third.get('../x')).toThrow(/not a hex digest/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
