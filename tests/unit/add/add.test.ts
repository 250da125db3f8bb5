// `briefing add FILE|-` against a temp copy of the real seeds: what it writes, what it refuses.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAdd } from '../../../src/cli/add.ts';
import { ingestSeeds } from '../../../src/lib/ingest/index.ts';
import { addedNames, captureIO, expectOnlyAdded, PORT_STRIKE, tempSeeds, type TempSeeds } from './helpers.ts';

let t: TempSeeds;
beforeEach(async () => {
  t = await tempSeeds();
});
afterEach(async () => {
  await t.cleanup();
});

async function article(path: string, text: string | Uint8Array): Promise<string> {
  const file = join(t.root, path);
  await writeFile(file, text);
  return file;
}

async function add(args: string[], stdin?: string | Uint8Array | NodeJS.ReadableStream) {
  const cap = captureIO(stdin);
  const code = await runAdd(args, cap.io, { seedsDir: t.seeds });
  return { code, out: cap.out(), err: cap.err() };
}

async function ingested(name: string) {
  const { articles, errors } = await ingestSeeds(t.seeds);
  expect(errors).toEqual([]);
  const found = articles.find((a) => a.seed === name);
  expect(found, name).toBeDefined();
  return found!;
}

describe('briefing add: new articles', () => {
  it('adds a plain-text article as the next number, with the flags as frontmatter that ingest reads as given', async () => {
    const file = await article('port-strike.txt', PORT_STRIKE);
    const run = await add([file, '--outlet', 'Harbour Times', '--published', '2025-08-07', '--url', 'https://harbour.example/news/port-strike']);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const name = '005_port-workers-end-week-long-strike.txt';
    expect(run.out).toBe(
      `${join(t.seeds, name)}\n"Port workers end week-long strike after wage deal" — Harbour Times, 2025-08-07, 143 words\n`,
    );
    await expectOnlyAdded(t, [name]);

    const written = await readFile(join(t.seeds, name), 'utf8');
    expect(written).toBe(
      '---\noutlet: Harbour Times\npublished: 2025-08-07\nurl: https://harbour.example/news/port-strike\n---\n\n' + PORT_STRIKE,
    );
    const a = await ingested(name);
    expect([a.outlet, a.outletSource, a.published, a.publishedSource, a.url]).toEqual([
      'Harbour Times',
      'given',
      '2025-08-07',
      'given',
      'https://harbour.example/news/port-strike',
    ]);
    expect([a.title, a.titleSource]).toEqual(['Port workers end week-long strike after wage deal', 'stated']);
    expect(a.body).not.toContain('Subscribe');
  });

  it('without flags, copies the bytes unchanged; --name sets the stem and an unknown extension is sniffed', async () => {
    const file = await article('port-strike.text', PORT_STRIKE);
    const plain = await add([file, '--name', 'harbour_strike']);
    expect(plain.code).toBe(0);
    expect(await readFile(join(t.seeds, 'harbour_strike.txt'), 'utf8')).toBe(PORT_STRIKE);
    await expectOnlyAdded(t, ['harbour_strike.txt']);
  });

  it('a given title becomes the slug and comes through as given', async () => {
    const file = await article('port-strike.txt', PORT_STRIKE);
    const run = await add([file, '--title', 'Dockers back at work: strike over']);
    expect(run.code).toBe(0);
    const name = '005_dockers-back-at-work-strike-over.txt';
    await expectOnlyAdded(t, [name]);
    const a = await ingested(name);
    expect([a.title, a.titleSource]).toEqual(['Dockers back at work: strike over', 'given']);
  });

  it('reads stdin with -, sniffing text vs HTML for the extension', async () => {
    const run = await add(['-', '--outlet', 'Harbour Times'], PORT_STRIKE);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/005_port-workers-end-week-long-strike\.txt\n"Port workers end week-long strike after wage deal" — Harbour Times, no date, 143 words\n$/);
    await expectOnlyAdded(t, ['005_port-workers-end-week-long-strike.txt']);
    expect((await ingested('005_port-workers-end-week-long-strike.txt')).outletSource).toBe('given');
  });

  it('a saved page on stdin is recognised as HTML and kept as .html', async () => {
    const page = await readFile(join(import.meta.dirname, '../ingest/html-article/input.html'));
    const run = await add(['-'], page);
    expect(run.code).toBe(0);
    const name = '005_museum-returns-looted-bronzes-to-nigeria.html';
    await expectOnlyAdded(t, [name]);
    expect((await readFile(join(t.seeds, name))).equals(page)).toBe(true);
    expect((await ingested(name)).format).toBe('html');
  });

  it('stores a windows-1252 article with metadata as UTF-8, so the frontmatter fits', async () => {
    const latin = Buffer.from(PORT_STRIKE.replace('Anna Keller', 'Zoë Müller'), 'latin1');
    const file = await article('latin.txt', latin);
    const run = await add([file, '--outlet', 'Harbour Times']);
    expect(run.code).toBe(0);
    const written = await readFile(join(t.seeds, '005_port-workers-end-week-long-strike.txt'), 'utf8');
    expect(written).toContain('Zoë Müller');
    expect((await ingested('005_port-workers-end-week-long-strike.txt')).encoding).toBe('utf-8');
  });

  it('two adds at once take consecutive numbers: the second waits and lists the folder anew', async () => {
    const strike = await article('port-strike.txt', PORT_STRIKE);
    const library = await article('library.txt', LIBRARY_REOPENS);
    const runs = await Promise.all([add([strike]), add([library])]);
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    // Which of the two takes the lock first is up to the scheduler; the numbers must be 005 and 006 either way.
    const fresh = await addedNames(t);
    expect(fresh.map((name) => name.slice(0, 4))).toEqual(['005_', '006_']);
    expect(fresh.map((name) => name.slice(4)).sort()).toEqual(['city-library-reopens-after-flood-repairs.txt', 'port-workers-end-week-long-strike.txt']);
  });
});

/** A second, unrelated article, for adding two at once. */
const LIBRARY_REOPENS = `City library reopens after flood repairs

The central library reopened on Monday, fourteen months after a burst water main flooded its basement archive and ground-floor reading rooms.

Repairs cost about 3.2 million euros, most of it covered by insurance, the city's culture department said.

Staff saved most of the local history collection by moving boxes to the upper floors during the night of the flood, but around 4,000 paperbacks had to be pulled.

"People kept asking when they could come back, so today feels like a homecoming," said the head librarian, Ruth Okafor.

The new basement has raised shelving and a pump that switches on automatically, and the children's section has moved upstairs.
`;

describe('briefing add: refused', () => {
  it('an empty file', async () => {
    const file = await article('empty.txt', '');
    const run = await add([file]);
    expect([run.code, run.err, run.out]).toEqual([1, `briefing add: ${file}: is empty\n`, '']);
    await expectOnlyAdded(t);
  });

  it('a binary file', async () => {
    const file = await article('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const run = await add([file]);
    expect([run.code, run.err]).toEqual([1, `briefing add: ${file}: looks like a binary file (PNG image)\n`]);
    await expectOnlyAdded(t);
  });

  it('page furniture with no sentence in it', async () => {
    const file = await article('menu.txt', 'Home\nWorld\nBusiness\nSubscribe\n');
    const run = await add([file]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/: has no article text/);
    await expectOnlyAdded(t);
  });

  it('an exact copy of a seed, even under another name', async () => {
    const file = await article('copy.txt', await readFile(join(t.seeds, '003_25932adc085cf896.txt')));
    const run = await add([file, '--force']);
    expect([run.code, run.err]).toEqual([1, `briefing add: ${file}: is an exact copy of ${t.seeds}/003_25932adc085cf896.txt\n`]);
    await expectOnlyAdded(t);
  });

  it('the same article text in a different wrapper (frontmatter, CRLF)', async () => {
    const seed = await readFile(join(t.seeds, '000_022791dc6a141399.txt'), 'utf8');
    const file = await article('rewrapped.txt', '---\noutlet: RBC-Ukraine\n---\n' + seed.replace(/\n/g, '\r\n'));
    const run = await add([file, '--force']);
    expect([run.code, run.err]).toEqual([1, `briefing add: ${file}: has the same article text as ${t.seeds}/000_022791dc6a141399.txt\n`]);
    await expectOnlyAdded(t);
  });

  it('a near-duplicate: a seed with a few sentences changed; --force adds it anyway', async () => {
    const seed = await readFile(join(t.seeds, '004_3feb747a184a0215.txt'), 'utf8');
    const edited = seed
      .replace(/President Claudia Sheinbaum of Mexico rejected[^.]*\./, 'Mexico’s president flatly refused on Friday to allow American troops onto Mexican soil.')
      .replace(/\n[^\n]*\bcartels?\b[^\n]*\n/, '\nAn extra paragraph written for this test says something quite different about the talks.\n');
    expect(edited).not.toBe(seed);
    const file = await article('edited.txt', edited);
    const run = await add([file]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(
      new RegExp(`^briefing add: ${file}: is a near-duplicate \\((8\\d|9\\d)% the same\\) of ${t.seeds}/004_3feb747a184a0215\\.txt; add --force`),
    );
    await expectOnlyAdded(t);

    const forced = await add([file, '--force', '--name', '005_nyt_edited']);
    expect(forced.code).toBe(0);
    await expectOnlyAdded(t, ['005_nyt_edited.txt']);
  });

  it('bad flag values are usage errors, before anything is read', async () => {
    const file = await article('port-strike.txt', PORT_STRIKE);
    for (const [flag, value, message] of [
      ['--published', '08/09/2025', '--published must be an ISO date'],
      ['--published', '2025-02-30', '--published must be an ISO date'],
      ['--url', 'ftp://harbour.example/x', '--url must be an http(s) URL'],
      ['--name', '../outside', '--name must be a file stem'],
    ] as const) {
      const run = await add([file, flag, value]);
      expect(run.code, `${flag} ${value}`).toBe(2);
      expect(run.err).toContain(`briefing add: ${message}`);
    }
    expect((await add([])).code).toBe(2);
    expect((await add([file, '--bogus'])).code).toBe(2);
    expect((await add([file, file])).code).toBe(2);
    await expectOnlyAdded(t);
  });

  it('a missing file, and a --name that is taken', async () => {
    const missing = await add([join(t.root, 'nope.txt')]);
    expect([missing.code, missing.err]).toEqual([1, `briefing add: ${join(t.root, 'nope.txt')}: no such file\n`]);
    const file = await article('port-strike.txt', PORT_STRIKE);
    const taken = await add([file, '--name', '003_25932adc085cf896']);
    expect(taken.code).toBe(1);
    expect(taken.err).toContain(`${t.seeds}/003_25932adc085cf896.txt already exists`);
    await expectOnlyAdded(t);
  });

  it('an endless stdin: reading stops just past the size limit', async () => {
    let sent = 0;
    const endless = Readable.from(
      (function* () {
        for (;;) {
          sent += 65536;
          yield Buffer.alloc(65536, 'Word after word. ');
        }
      })(),
    );
    const run = await add(['-'], endless);
    expect([run.code, run.err]).toEqual([1, 'briefing add: stdin: is over the 5 MB limit for one article (stopped reading at 5.1 MB)\n']);
    expect(sent).toBeLessThan(6 * 1024 * 1024);
    await expectOnlyAdded(t);
  });
});
