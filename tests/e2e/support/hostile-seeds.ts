// One seeds folder holding every careless or hostile case a user can commit (issue 13), and what
// the build must say about each. Articles are written like real wire copy, each with its own details.
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A word that exists only in a file outside seeds/: it must never reach the site. */
export const SECRET_WORD = 'Quillonbracket';

function story(town: string, day: string, share: number, ships: number, speaker: string): string {
  return `Dockworkers in ${town} end strike after pay deal

Dockworkers at the port of ${town} returned to work on ${day} after union leaders accepted a pay offer worth ${share} percent over two years.

The walkout, which began the previous week, had left ${ships} container ships waiting offshore and delayed fresh produce bound for supermarkets across the region.

"Our members held firm and it paid off," said ${speaker}, the union's regional secretary, speaking outside the harbour gates.

The port authority said it expected the backlog to clear within days, although several shipping lines warned of knock-on delays into next month.
`;
}

/** Files that must be published, and the id each must get. */
export const PUBLISHED: Record<string, string> = {
  '001_eastmouth.txt': '001_eastmouth',
  'a%20b.txt': 'a-20b',
  'what#now?.txt': 'what-now',
  'cafe\u0301-report.md': 'cafe-report',
  'Report.txt': 'report',
  'same.md': 'same',
  'a b.txt': 'a-b',
  'controls.txt': 'controls',
  'js-frontmatter.txt': 'js-frontmatter',
  'js-sources.txt': 'js-sources',
  'canonical.html': 'canonical',
  'broken-frontmatter.txt': 'broken-frontmatter',
  'far-future.txt': 'far-future',
  'inside-link.txt': 'inside-link',
};

/** Files that must be refused, with the reason the build must give. */
export const REFUSED: Record<string, RegExp> = {
  'report.txt': /has the same id "report" as seeds\/Report\.txt/,
  'same.txt': /has the same id "same" as seeds\/same\.md/,
  'a-b.txt': /has the same id "a-b" as seeds\/a b\.txt/,
  'escape.txt': /is a link to a file outside seeds\/; refused/,
  'oversized.txt': /is 5,242,881 bytes, over the 5 MB limit/,
  'repeated.txt': /is not an article: \d+ of \d+ sentences repeat the same line/,
  'items.txt': /is not an article: 99999 of 100000 sentences repeat the same line/,
};

/** Warnings the build must print (file, then message). */
export const WARNINGS: [string, RegExp][] = [
  ['.draft.txt', /skipped: names starting with "\." are hidden files/],
  ['sources.yml', /entry missing\.txt: no such file in seeds\/; ignored/],
  ['sources.yml', /entry js-sources\.txt: ignored url "javascript:alert\(2\)"/],
  ['js-frontmatter.txt', /frontmatter: ignored url "javascript:alert\(1\)"/],
  ['canonical.html', /ignored url "javascript:alert\(3\)"/],
  ['broken-frontmatter.txt', /frontmatter: could not be parsed/],
  ['far-future.txt', /frontmatter: ignored title Infinity \(a number, not text; put it in quotes\)/],
];

export async function writeHostileSeeds(root: string): Promise<string> {
  const seeds = path.join(root, 'seeds');
  await mkdir(seeds, { recursive: true });
  const put = (name: string, text: string | Uint8Array) => writeFile(path.join(seeds, name), text);
  const towns = ['Eastmouth', 'Kellsport', 'Brackwater', 'Ostreham', 'Galloway Quay', 'Tarnford', 'Wexley', 'Harrowby', 'Colmere', 'Dunmore', 'Fairhaven', 'Pellow', 'Rusk', 'Saltcombe'];
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
  const article = (i: number) => story(towns[i % towns.length]!, days[i % days.length]!, 4 + (i % 5), 20 + i * 3, `Mara Quint`);
  await put('001_eastmouth.txt', article(0));
  await put('a%20b.txt', article(1));
  await put('what#now?.txt', article(2));
  await put('cafe\u0301-report.md', `# Café owners near the port count the cost\n\n${article(3).split('\n').slice(2).join('\n')}`);
  await put('Report.txt', article(4));
  await put('report.txt', article(5));
  await put('same.md', article(6));
  await put('same.txt', article(7));
  await put('a b.txt', article(8));
  await put('a-b.txt', article(9));
  // Control characters a scraper leaves behind: vertical tab and ESC.
  await put('controls.txt', article(10).replace('Dockworkers in', 'Dockworkers\u000b in').replace('pay offer', 'pay\u001b[0m offer'));
  await put('js-frontmatter.txt', `---\noutlet: The Harbour Times\nurl: "javascript:alert(1)"\n---\n${article(11)}`);
  await put('js-sources.txt', article(12));
  await put(
    'canonical.html',
    `<!doctype html><html lang="en"><head><title>Port strike ends</title><link rel="canonical" href="javascript:alert(3)"></head><body><article><h1>Port strike ends in Saltcombe</h1>${article(13)
      .split('\n\n')
      .slice(1)
      .map((p) => `<p>${p.trim()}</p>`)
      .join('')}</article></body></html>`,
  );
  await put('broken-frontmatter.txt', `---\ntitle: "Strike ends\noutlet: [Harbour Times\n---\n${article(0).replace('Eastmouth', 'Lowmoor')}`);
  await put('far-future.txt', `---\ntitle: 1e400\npublished: 9999-12-31\n---\n${article(1).replace('Kellsport', 'Nettlebed')}`);
  await put('.draft.txt', article(2));
  await writeFile(path.join(root, 'outside.txt'), article(3).replace('Ostreham', SECRET_WORD));
  await symlink(path.join(root, 'outside.txt'), path.join(seeds, 'escape.txt'));
  await symlink('001_eastmouth.txt', path.join(seeds, 'inside-link.txt'));
  const filler = 'The harbour master logged every berth, crane and tug that moved during the dispute, hour by hour. ';
  await put('oversized.txt', `${article(4)}\n${filler.repeat(Math.ceil((5 * 1024 * 1024) / filler.length))}`.slice(0, 5 * 1024 * 1024 + 1));
  const sentence = 'The council approved the new budget for the harbour district on Monday. ';
  await put('repeated.txt', sentence.repeat(Math.floor((4.9 * 1024 * 1024) / sentence.length)));
  await put('items.txt', Array.from({ length: 100_000 }, (_, i) => `Item ${i + 1} is here.`).join('\n'));
  await put(
    'sources.yml',
    'missing.txt:\n  outlet: Nobody\njs-sources.txt:\n  outlet: Quay Gazette\n  url: "javascript:alert(2)"\n001_eastmouth.txt:\n  outlet: Eastmouth Echo\n  published: 2025-03-04\n',
  );
  return seeds;
}
