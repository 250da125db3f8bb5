// Inputs that are broken, odd or hostile: rejected with a one-line reason, or decoded and kept literal.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  articleToMarkdown,
  ingestSeed,
  ingestSeeds,
  MAX_SEED_BYTES,
  markdownToArticle,
  SeedError,
  writeContent,
} from '../../../src/lib/ingest/index.ts';
import { markdownToBlocks } from '../../../src/lib/markdown.ts';

const ARTICLE = [
  'Rail strike halts trains across the country',
  '',
  'Train drivers walked out on Monday in a dispute over pay, halting most services across the country.',
  '',
  'The union said the strike would last 48 hours unless the operator improved its offer.',
].join('\n');

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bodyText = (body: string): string => markdownToBlocks(body).map((b) => b.text).join('\n');

function reject(bytes: Uint8Array, name = 'bad.txt'): SeedError {
  try {
    ingestSeed(name, bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(SeedError);
    expect((error as Error).message).not.toContain('\n');
    return error as SeedError;
  }
  throw new Error('expected a SeedError');
}

describe('rejected seeds', () => {
  it('empty file', () => {
    expect(reject(new Uint8Array()).message).toBe('is empty');
  });

  it('whitespace-only file', () => {
    expect(reject(utf8(' \n\t\r\n  \n')).message).toBe('is empty');
  });

  it('binary bytes', () => {
    const bytes = new Uint8Array(512).map((_, i) => (i * 37) % 256);
    expect(reject(bytes).message).toMatch(/^looks like a binary file \(.+\)$/);
  });

  it('a PDF renamed to .txt', () => {
    expect(reject(utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj')).message).toBe('looks like a binary file (PDF)');
  });

  it('a 20 MB buffer is refused by its size, before any decoding', () => {
    const error = reject(new Uint8Array(20 * 1024 * 1024).fill(0x61));
    expect(error.message).toBe('is 20.0 MB, over the 5 MB limit for one article');
    expect(MAX_SEED_BYTES).toBe(5 * 1024 * 1024);
  });

  it('nothing but page furniture', () => {
    const error = reject(utf8('Home | News | Sport | Weather\nSubscribe to our newsletter\nMenu\n'));
    expect(error.message).toMatch(/^has no article text/);
  });
});

describe('odd encodings are decoded, not rejected', () => {
  it('Windows-1252 curly quotes and accents', () => {
    // “Café” – 0x93 Caf 0xE9 0x94, plus an en dash 0x96
    const text = 'Protest outside the caf\xe9 turns into a street party\n\nOwners of the \x93Caf\xe9 Central\x94 said the crowd was peaceful \x96 and thirsty.\n';
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    const article = ingestSeed('cafe.txt', bytes);
    expect(article.encoding).toBe('windows-1252');
    expect(article.warnings).toContain('not valid UTF-8; decoded as windows-1252');
    expect(article.title).toBe('Protest outside the café turns into a street party');
    expect(bodyText(article.body)).toBe('Owners of the “Café Central” said the crowd was peaceful – and thirsty.');
  });

  it('UTF-8 with one stray Windows-1252 byte stays UTF-8: its accents do not turn to mojibake', () => {
    const text =
      'Straßenfest vor dem Café in Münster\n\nDie Anwohner der Königstraße feierten bis spät in die Nacht, sagte die Polizei; zur Überraschung aller blieb es ruhig und friedlich. Die Stände öffnen nächstes Jahr wieder, hieß es aus dem Rathaus.\n';
    const encoded = utf8(text);
    const at = encoded.indexOf(0x3b); // the ';' becomes a lone 0x96 (a Windows-1252 en dash)
    const bytes = Uint8Array.from(encoded, (b, i) => (i === at ? 0x96 : b));
    const article = ingestSeed('fest.txt', bytes);
    expect(article.encoding).toBe('utf-8');
    expect(article.warnings).toContain('not valid UTF-8 in a few places; decoded as UTF-8 with those bytes replaced');
    expect(article.title).toBe('Straßenfest vor dem Café in Münster');
    expect(article.body).toContain('Die Anwohner der Königstraße feierten');
  });

  it('UTF-16LE with BOM', () => {
    const units = [0xfeff, ...Array.from(ARTICLE, (c) => c.charCodeAt(0))];
    const bytes = new Uint8Array(units.length * 2);
    units.forEach((u, i) => {
      bytes[i * 2] = u & 0xff;
      bytes[i * 2 + 1] = u >> 8;
    });
    const article = ingestSeed('rail.txt', bytes);
    expect(article.encoding).toBe('utf-16le');
    expect(article.title).toBe('Rail strike halts trains across the country');
    expect(article.warnings).toEqual([]);
  });

  it('UTF-16BE without BOM, from the NUL pattern', () => {
    const bytes = new Uint8Array(ARTICLE.length * 2);
    Array.from(ARTICLE).forEach((c, i) => {
      bytes[i * 2 + 1] = c.charCodeAt(0);
    });
    const article = ingestSeed('rail.txt', bytes);
    expect(article.encoding).toBe('utf-16be');
    expect(article.title).toBe('Rail strike halts trains across the country');
  });

  it('UTF-8 with BOM and CRLF line endings, NFC', () => {
    const text = '\uFEFF' + ARTICLE.replace(/\n/g, '\r\n').replace('Monday', 'Monday in Mu\u0308nster');
    const article = ingestSeed('rail.txt', utf8(text));
    expect(article.encoding).toBe('utf-8');
    expect(article.body).toContain('Münster'.normalize('NFC'));
    expect(article.body).not.toContain('\r');
  });
});

describe('literal text stays literal', () => {
  it('keeps <script> and HTML in a .txt seed as text', () => {
    const text = `${ARTICLE}\n\nThe page showed <script>alert("hi")</script> and a <b>bold</b> tag, said the report.\n`;
    const article = ingestSeed('rail.txt', utf8(text));
    expect(article.format).toBe('text');
    expect(bodyText(article.body)).toContain('The page showed <script>alert("hi")</script> and a <b>bold</b> tag, said the report.');
  });

  it('drops a lone --- separator but keeps dashes inside text, and is not fooled by fake frontmatter', () => {
    const text = `---\nnot: [valid yaml\n---\n${ARTICLE}\n\n---\nThe operator said: no deal.\n---\n\nThe operator said the offer --- its third --- was final.\n`;
    const article = ingestSeed('rail.txt', utf8(text));
    expect(article.title).toBe('Rail strike halts trains across the country');
    expect(article.removed.filter((r) => r.reason === 'markup').map((r) => r.line)).toEqual([1, 3, 10, 12]);
    const body = bodyText(article.body);
    expect(body).toContain('The operator said: no deal.');
    expect(body).toContain('The operator said the offer --- its third --- was final.');
    // Nothing is lost: every line is in the body or in the removal log.
    const removedLines = new Set(article.removed.map((r) => r.line));
    text.split('\n').forEach((line, i) => {
      if (line.trim() !== '' && !removedLines.has(i + 1)) expect(body).toContain(line);
    });
  });

  it('a YAML mapping without metadata keys is not frontmatter', () => {
    const text = `---\nEditor's note: this story was updated.\n---\n${ARTICLE}\n`;
    const article = ingestSeed('rail.txt', utf8(text));
    expect(article.titleSource).not.toBe('given');
    expect(article.title).toBe('Rail strike halts trains across the country');
    // Not swallowed as metadata: the note above the headline stays visible, in the removal log.
    expect(article.removed).toContainEqual({ line: 2, text: "Editor's note: this story was updated.", reason: 'outside-article' });
    expect(bodyText(article.body)).toContain('Train drivers walked out on Monday');
  });

  it('frontmatter that is a YAML mapping gives metadata and wins over sources.yml', () => {
    const text = `---\ntitle: Given title\npublished: 2025-01-02\n---\n${ARTICLE}\n`;
    const article = ingestSeed('rail.txt', utf8(text), { title: 'Sources title', outlet: 'Sources Outlet' });
    expect(article.title).toBe('Given title');
    expect(article.titleSource).toBe('given');
    expect(article.outlet).toBe('Sources Outlet');
    expect(article.outletSource).toBe('given');
    expect(article.published).toBe('2025-01-02');
    expect(article.removed.find((r) => r.reason === 'title')?.line).toBe(5);
  });

  it('markdownToArticle rejects a broken file with a clear error', () => {
    expect(() => markdownToArticle('---\nid: x\n---\nbody\n')).toThrow(/invalid frontmatter: seed/);
    const good = articleToMarkdown(ingestSeed('rail.txt', utf8(ARTICLE)));
    expect(() => markdownToArticle(good.replace('titleSource: stated', 'titleSource: guessed'))).toThrow(/titleSource/);
  });

  it('contentHash depends on version, given meta and bytes only', () => {
    const a = ingestSeed('rail.txt', utf8(ARTICLE));
    expect(ingestSeed('rail.txt', utf8(ARTICLE)).contentHash).toBe(a.contentHash);
    expect(ingestSeed('rail.txt', utf8(ARTICLE), { outlet: 'X' }).contentHash).not.toBe(a.contentHash);
    expect(ingestSeed('rail.txt', utf8(ARTICLE + ' ')).contentHash).not.toBe(a.contentHash);
  });
});

describe('folders', () => {
  const dirs: string[] = [];
  const temp = async (): Promise<string> => {
    const dir = await mkdtemp(join(tmpdir(), 'ingest-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  it('ingestSeeds publishes the good file, reports the broken one, and leaves both untouched', async () => {
    const root = await temp();
    const seeds = join(root, 'seeds');
    await import('node:fs/promises').then((fs) => fs.mkdir(seeds));
    const good = utf8(ARTICLE);
    const bad = new Uint8Array([0x00, 0x01, 0x02, 0x03, 0xff, 0x00, 0x10]);
    await writeFile(join(seeds, 'b_good.txt'), good);
    await writeFile(join(seeds, 'a_broken.txt'), bad);
    await writeFile(join(seeds, 'README.md'), '# Seeds\n\nNot an article.\n');
    await writeFile(join(seeds, '.DS_Store'), new Uint8Array([0, 0, 0, 1]));
    await writeFile(join(seeds, 'sources.yml'), 'b_good.txt:\n  outlet: Rail Weekly\n  published: 2025-02-03\n');

    const result = await ingestSeeds(seeds);
    expect(result.articles.map((a) => a.id)).toEqual(['b_good']);
    expect(result.articles[0]?.outlet).toBe('Rail Weekly');
    expect(result.articles[0]?.outletSource).toBe('given');
    expect(result.articles[0]?.published).toBe('2025-02-03');
    expect(result.errors).toEqual([{ file: 'seeds/a_broken.txt', message: expect.stringMatching(/^looks like a binary file/) }]);
    expect(new Uint8Array(await readFile(join(seeds, 'b_good.txt')))).toEqual(good);
    expect(new Uint8Array(await readFile(join(seeds, 'a_broken.txt')))).toEqual(bad);
  });

  it('writeContent rewrites only changed files and removes stale ones', async () => {
    const content = await temp();
    const a = ingestSeed('a.txt', utf8(ARTICLE));
    const b = ingestSeed('b.txt', utf8(ARTICLE.replace('Monday', 'Tuesday')));
    const first = await writeContent(content, [b, a]);
    expect(first.written).toEqual([join(content, 'articles', 'a.md'), join(content, 'articles', 'b.md')]);
    await writeFile(join(content, 'articles', 'stale.md'), 'old');
    const second = await writeContent(content, [a]);
    expect(second).toEqual({
      written: [],
      unchanged: [join(content, 'articles', 'a.md')],
      removed: [join(content, 'articles', 'b.md'), join(content, 'articles', 'stale.md')],
    });
    expect(await readdir(join(content, 'articles'))).toEqual(['a.md']);
    expect(markdownToArticle(await readFile(join(content, 'articles', 'a.md'), 'utf8'))).toEqual(a);
  });
});
