import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { degenerateReason } from '../../../src/lib/ingest/degenerate.ts';
import { splitFrontmatter, givenDate } from '../../../src/lib/ingest/frontmatter.ts';
import { assignIds, idTakenBy, isSeedId, seedId } from '../../../src/lib/ingest/ids.ts';
import { ingestSeeds } from '../../../src/lib/ingest/seeds.ts';
import { checkSize } from '../../../src/lib/ingest/decode.ts';

const STORY = `Harbour workers end strike after overnight pay deal

Dockworkers at the port of Eastmouth returned to work on Tuesday after union leaders accepted a pay offer worth 6 percent over two years.

The walkout, which began last Thursday, had left more than forty container ships waiting offshore and delayed fresh produce bound for supermarkets across the region.

"Our members held firm and it paid off," said Mara Quint, the union's regional secretary, outside the harbour gates.

The port authority said it expected the backlog to clear by the weekend, although some shipping lines warned of knock-on delays into next month.
`;

describe('seedId', () => {
  it('maps file names to lower-case URL-safe slugs, by one rule', () => {
    expect(seedId('004_nyt.txt')).toBe('004_nyt');
    expect(seedId('Report.txt')).toBe('report');
    expect(seedId('a%20b.txt')).toBe('a-20b');
    expect(seedId('a b.txt')).toBe('a-b');
    expect(seedId('what#now?.html')).toBe('what-now');
    expect(seedId('café.md')).toBe('cafe');
    expect(seedId('cafe\u0301.md')).toBe('cafe'); // decomposed é
    expect(seedId('Report.v2.txt')).toBe('report-v2');
    expect(seedId('新闻.txt')).toMatch(/^seed-[0-9a-f]{12}$/);
    expect(seedId('新闻.txt')).toBe(seedId('新闻.txt'));
    expect(seedId('新闻.txt')).not.toBe(seedId('报道.txt'));
  });

  it('only produces ids that are safe as they are', () => {
    for (const name of ['a%20b.txt', '--x--.txt', 'ÅÄÖ.txt', '.hidden', 'x'.repeat(300) + '.txt', '新闻.txt', 'a/b.txt']) {
      expect(isSeedId(seedId(name)), name).toBe(true);
    }
  });

  it('keeps the first name in byte order and refuses the others, naming the one that kept the id', () => {
    const { ids, collisions } = assignIds(['report.txt', 'Report.txt', 'same.md', 'same.txt', 'a b.txt', 'a-b.txt']);
    expect([...ids].sort()).toEqual([
      ['Report.txt', 'report'],
      ['a b.txt', 'a-b'],
      ['same.md', 'same'],
    ]);
    expect(collisions).toEqual([
      { name: 'a-b.txt', id: 'a-b', keptBy: 'a b.txt' },
      { name: 'report.txt', id: 'report', keptBy: 'Report.txt' },
      { name: 'same.txt', id: 'same', keptBy: 'same.md' },
    ]);
    expect(idTakenBy('X.md', ['X.txt', 'y.txt'])).toBe('X.txt');
    expect(idTakenBy('z.md', ['X.txt'])).toBeNull();
  });
});

describe('degenerate text', () => {
  it('refuses one sentence repeated and counter templates, accepts a real article', () => {
    const story = STORY.split('\n\n').slice(1);
    expect(degenerateReason(story)).toBeNull();
    expect(degenerateReason([Array.from({ length: 5000 }, () => 'The port reopened today.').join(' ')])).toMatch(
      /^is not an article: 4999 of 5000 sentences repeat the same line/,
    );
    expect(degenerateReason(Array.from({ length: 1000 }, (_, i) => `Item ${i + 1} is here.`))).toMatch(
      /^is not an article: 999 of 1000 sentences repeat the same line \(most often "item # is here\."\)/,
    );
  });
});

describe('given metadata', () => {
  const meta = (yaml: string) => splitFrontmatter(`---\n${yaml}\n---\n${STORY}`);

  it('accepts any valid ISO date, refuses impossible ones, and rejects numbers as titles', () => {
    expect(givenDate('9999-12-31')).toBe('9999-12-31');
    expect(givenDate('2025-02-30')).toBeNull();
    expect(meta('title: 1e400\npublished: 9999-12-31')).toMatchObject({
      given: { published: '9999-12-31' },
      warnings: ['frontmatter: ignored title Infinity (a number, not text; put it in quotes)'],
    });
  });

  it('warns, naming the field, about broken frontmatter, unknown fields and non-web URLs', () => {
    expect(meta('title: "unterminated\noutlet: X').warnings[0]).toMatch(/^frontmatter: could not be parsed \(/);
    expect(meta('outlet: Daily Post\nauthor: Someone').warnings).toEqual([
      'frontmatter: ignored field author (known fields: title, outlet, url, published, language, story)',
    ]);
    expect(meta('url: "javascript:alert(1)"').warnings).toEqual([
      'frontmatter: ignored url "javascript:alert(1)" (only http: and https: links are published)',
    ]);
  });

  it('says exactly how big an oversized file is', () => {
    expect(() => checkSize(5 * 1024 * 1024 + 1)).toThrow('is 5,242,881 bytes, over the 5 MB limit for one article');
  });
});

describe('the seeds folder', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  it('refuses links out of it, follows links inside it, and names every problem', async () => {
    const root = await mkdtemp(join(tmpdir(), 'seeds-'));
    dirs.push(root);
    const seeds = join(root, 'seeds');
    await mkdir(seeds);
    await writeFile(join(root, 'secret.txt'), STORY.replace('Eastmouth', 'Secretville'));
    await writeFile(join(seeds, 'b_port.txt'), STORY);
    await writeFile(join(seeds, 'B_Port.md'), STORY);
    await symlink(join(root, 'secret.txt'), join(seeds, 'c_escape.txt'));
    await symlink('b_port.txt', join(seeds, 'd_inside.txt'));
    await writeFile(join(seeds, '.draft.txt'), STORY);
    await writeFile(join(seeds, 'sources.yml'), 'gone.txt:\n  outlet: Nobody\nb_port.txt:\n  published: 2025-13-01\n');
    const result = await ingestSeeds(seeds);
    expect(result.articles.map((a) => [a.seed, a.id])).toEqual([
      ['B_Port.md', 'b_port'],
      ['d_inside.txt', 'd_inside'],
    ]);
    expect(result.errors).toEqual([
      { file: 'seeds/b_port.txt', message: expect.stringMatching(/^has the same id "b_port" as seeds\/B_Port\.md/) },
      { file: 'seeds/c_escape.txt', message: 'is a link to a file outside seeds/; refused (copy the file in instead)' },
    ]);
    expect(result.warnings).toEqual([
      { file: 'seeds/.draft.txt', message: 'skipped: names starting with "." are hidden files, not seeds' },
      { file: 'seeds/sources.yml', message: 'entry b_port.txt: ignored published "2025-13-01" (not a date)' },
      { file: 'seeds/sources.yml', message: 'entry gone.txt: no such file in seeds/; ignored' },
    ]);
    expect(JSON.stringify(result)).not.toContain('Secretville');
  });
});
