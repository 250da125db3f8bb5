// The build on a seeds folder holding every careless or hostile case (support/hostile-seeds.ts):
// it publishes every good article, names every bad file with its reason, and leaks nothing.
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Briefing } from '../../src/lib/types.ts';
import { buildSite } from './support/build.ts';
import { PUBLISHED, REFUSED, SECRET_WORD, WARNINGS, writeHostileSeeds } from './support/hostile-seeds.ts';

let work: string;
let outDir: string;
let output: string;
let briefing: Briefing;

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'briefing-hostile-'));
  const seeds = await writeHostileSeeds(work);
  outDir = path.join(work, 'dist');
  // buildSite rejects on a non-zero exit: resolving is the "build exits 0" assertion.
  const run = await buildSite({ outDir, seedsDir: seeds, contentDir: path.join(work, 'content') });
  output = run.stdout + run.stderr;
  briefing = JSON.parse(await readFile(path.join(outDir, 'briefing.json'), 'utf8')) as Briefing;
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('a hostile seeds folder', () => {
  test('every bad file is named in the build output with its reason, and in briefing.json', () => {
    for (const [name, reason] of Object.entries(REFUSED)) {
      const line = output.split('\n').find((l) => l.includes(`seeds/${name}: `));
      expect(line, name).toMatch(reason);
      expect(briefing.errors.find((e) => e.file === `seeds/${name}`)?.message, name).toMatch(reason);
    }
    expect(briefing.errors).toHaveLength(Object.keys(REFUSED).length);
  });

  test('every metadata problem is a warning naming the file and the field, in the output and on the front page', async () => {
    const front = await readFile(path.join(outDir, 'index.html'), 'utf8');
    for (const [file, message] of WARNINGS) {
      expect(output.split('\n').some((l) => l.includes(`seeds/${file}: warning: `) && message.test(l)), `${file} ${message}`).toBe(true);
      expect(briefing.warnings?.some((w) => w.file === `seeds/${file}` && message.test(w.message)), `${file} ${message}`).toBe(true);
    }
    expect(front).toContain('<code>seeds/sources.yml</code>: entry missing.txt: no such file in seeds/; ignored');
  });

  test('every other article has its page, under the id the rule gives', async () => {
    expect(briefing.sources.map((s) => s.id).sort()).toEqual(Object.values(PUBLISHED).sort());
    for (const id of Object.values(PUBLISHED)) {
      expect((await stat(path.join(outDir, 'sources', id, 'index.html'))).isFile(), id).toBe(true);
    }
    expect(briefing.sources.find((s) => s.id === 'far-future')?.published).toBe('9999-12-31');
  });

  test('no link is broken and none is javascript:', async () => {
    const pages = (await files(outDir)).filter((f) => f.endsWith('.html'));
    const broken: string[] = [];
    for (const page of pages) {
      const html = await readFile(page, 'utf8');
      expect(html, page).not.toMatch(/(?:href|src)\s*=\s*["']?\s*javascript:/i);
      for (const [, link] of html.matchAll(/(?:href|src)="([^"]*)"/g)) {
        if (!link || /^(?:https?:|mailto:|#|data:)/.test(link)) continue;
        const target = decodeURIComponent(link.replace(/&amp;/g, '&').split(/[#?]/)[0] ?? '');
        const file = path.join(outDir, target);
        const info = await stat(file).catch(() => null);
        const ok = info?.isFile() || (info?.isDirectory() && (await stat(path.join(file, 'index.html')).catch(() => null)));
        if (!ok) broken.push(`${path.relative(outDir, page)} → ${link}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('rss.xml and the sitemap are XML, without the control characters of the seed', async () => {
    for (const file of ['rss.xml', 'sitemap-0.xml', 'sitemap-index.xml']) {
      const xml = await readFile(path.join(outDir, file), 'utf8');
      expect(xml, file).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
      expect(XMLValidator.validate(xml), file).toBe(true);
    }
    expect(await readFile(path.join(outDir, 'rss.xml'), 'utf8')).toContain('Dockworkers in Fairhaven');
  });

  test('nothing from outside seeds/ reaches the site', async () => {
    for (const file of await files(outDir)) {
      expect((await readFile(file)).includes(SECRET_WORD), file).toBe(false);
    }
  });
});
