// Reads what a built site says, to choose test inputs from the real output instead of hard-coding them.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Briefing } from '../../../src/lib/types.ts';

export async function readBriefing(outDir: string): Promise<Briefing> {
  return JSON.parse(await readFile(path.join(outDir, 'briefing.json'), 'utf8')) as Briefing;
}

async function pageText(outDir: string, page: string): Promise<string> {
  const html = await readFile(path.join(outDir, page, 'index.html'), 'utf8');
  return html.replace(/<[^>]+>/g, ' ').toLowerCase();
}

const words = (text: string) => text.toLowerCase().match(/[a-z]{7,}/g) ?? [];

/**
 * A word that only one source page contains (and no shared page such as the briefing or timeline),
 * whose first six letters occur nowhere else either, so stemming cannot match another page.
 */
export async function wordInExactlyOneSource(outDir: string): Promise<{ word: string; source: string }> {
  const briefing = await readBriefing(outDir);
  const shared = [await pageText(outDir, ''), await pageText(outDir, 'timeline')].join(' ');
  const texts = new Map(
    briefing.sources.map((s) => [s.id, [s.title, s.dek ?? '', ...s.sentences.map((x) => x.text)].join(' ')]),
  );
  const prefixOwners = new Map<string, Set<string>>();
  for (const [id, text] of texts) {
    for (const word of words(text)) {
      const owners = prefixOwners.get(word.slice(0, 6)) ?? new Set<string>();
      owners.add(id);
      prefixOwners.set(word.slice(0, 6), owners);
    }
  }
  const sharedPrefixes = new Set(words(shared).map((w) => w.slice(0, 6)));
  const candidates = [...texts].flatMap(([id, text]) =>
    words(text)
      .filter((w) => prefixOwners.get(w.slice(0, 6))?.size === 1 && !sharedPrefixes.has(w.slice(0, 6)))
      .map((word) => ({ word, source: id })),
  );
  candidates.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  const pick = candidates[0];
  if (!pick) throw new Error('no word occurs in exactly one source');
  return pick;
}
