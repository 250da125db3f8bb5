// Reads DUC 2007 documents (SGML-ish <DOC> files) and writes them as seeds the pipeline ingests.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface DucDocument {
  /** e.g. `APW19990612.0141`. */
  docno: string;
  /** YYYY-MM-DD from <DATE_TIME> (or the docno's date when it is missing). */
  published: string;
  headline: string | null;
  outlet: string;
  paragraphs: string[];
}

const OUTLETS: Record<string, string> = { APW: 'Associated Press', NYT: 'The New York Times', XIE: 'Xinhua' };

function tag(text: string, name: string): string | null {
  const match = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(text);
  return match?.[1] === undefined ? null : match[1];
}

function clean(text: string): string {
  return text
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&[A-Za-z0-9]+;/g, ' ')
    .replace(/``|''/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

function dateOf(text: string, docno: string): string {
  const stamp = tag(text, 'DATE_TIME') ?? '';
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(stamp);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const us = /(\d{2})\/(\d{2})\/(\d{4})/.exec(stamp);
  if (us) return `${us[3]}-${us[1]}-${us[2]}`;
  const fromNo = /(\d{4})(\d{2})(\d{2})/.exec(docno);
  return fromNo ? `${fromNo[1]}-${fromNo[2]}-${fromNo[3]}` : '2000-01-01';
}

export function parseDucDocument(text: string): DucDocument {
  const docno = clean(tag(text, 'DOCNO') ?? 'UNKNOWN');
  const body = tag(text, 'TEXT') ?? '';
  const paragraphs = body.includes('<P>')
    ? [...body.matchAll(/<P>([\s\S]*?)<\/P>/g)].map((m) => clean(m[1] ?? ''))
    : body.split(/\n\s*\n/).map(clean);
  const headline = tag(text, 'HEADLINE');
  return {
    docno,
    published: dateOf(text, docno),
    headline: headline === null ? null : clean(headline) || null,
    outlet: OUTLETS[docno.slice(0, 3)] ?? docno.slice(0, 3),
    paragraphs: paragraphs.filter((p) => p.length > 0),
  };
}

export async function readDucFolder(dir: string): Promise<DucDocument[]> {
  const names = (await readdir(dir)).filter((name) => !name.startsWith('.')).sort();
  return Promise.all(names.map(async (name) => parseDucDocument(await readFile(join(dir, name), 'latin1'))));
}

/** A seed file name that does not reveal the topic: the docno with its dot made URL-safe. */
export function seedName(doc: DucDocument): string {
  return `${doc.docno.replace(/[^A-Za-z0-9]+/g, '-')}.txt`;
}

/** The document as a plain-text seed with its known metadata as frontmatter. */
export function seedText(doc: DucDocument): string {
  const front = [
    '---',
    `outlet: ${JSON.stringify(doc.outlet)}`,
    `published: ${doc.published}`,
    ...(doc.headline ? [`title: ${JSON.stringify(doc.headline)}`] : []),
    '---',
    '',
  ];
  return `${front.join('\n')}${doc.paragraphs.join('\n\n')}\n`;
}

export async function writeSeed(dir: string, doc: DucDocument): Promise<string> {
  const name = seedName(doc);
  await writeFile(join(dir, name), seedText(doc));
  return name;
}
