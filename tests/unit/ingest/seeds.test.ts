// The five real seeds: right title, no page furniture in the body, every body sentence kept.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestSeed } from '../../../src/lib/ingest/index.ts';
import { markdownToBlocks } from '../../../src/lib/markdown.ts';

const seedDir = join(import.meta.dirname, '../../../seeds');

interface Expectation {
  title: string;
  titleSource: 'stated' | 'derived';
  /** 1-based inclusive line range of the real article body in the seed. */
  body: [number, number];
  headings: string[];
  /** Lines (or fragments) that must not appear in the body. */
  furniture: string[];
}

const SEEDS: Record<string, Expectation> = {
  '000_022791dc6a141399.txt': {
    title: "Mexico says 'no invasion' after Trump’s drug cartel decree",
    titleSource: 'stated',
    body: [7, 39],
    headings: ['Washington’s persistence', 'Trump’s fight against drug trafficking'],
    furniture: ['ua en ru', '(Photo: Getty Images)', "Mexico says 'no invasion'"],
  },
  '001_5f931f1290286265.txt': {
    title: 'Mexico Firmly Denounces Potential US Military Action Against Drug Cartels',
    titleSource: 'stated',
    body: [6, 11],
    headings: [],
    furniture: ['Mexico Firmly Denounces', 'In response to an alleged military directive', 'assures that US military intervention'],
  },
  '002_f9889b578ed60dde.txt': {
    title: "Mexico rejects Trump's plan for military intervention in cartel conflict",
    titleSource: 'stated',
    body: [13, 39],
    headings: [],
    furniture: ['UNITED24', 'Homeland Security', 'Iran Press TV', '09 August 2025', 'NEWSLETTER', 'mailing list', 'Mexico rejects Trump'],
  },
  '003_25932adc085cf896.txt': {
    title: 'Mexico’s President Claudia Sheinbaum has firmly rejected former U.S. President Donald Trump’s secret plan…',
    titleSource: 'derived',
    body: [1, 8],
    headings: [],
    furniture: [],
  },
  '004_3feb747a184a0215.txt': {
    title: 'Mexico Rejects Trump’s Military Plan Against Cartels',
    titleSource: 'stated',
    body: [5, 69],
    headings: [],
    furniture: ['Mexico Rejects Trump’s Military Plan', 'IRS, White House Clashed', 'CDC Shooting Suspect Identified', 'Spain: Fire Breaks Out', 'Trump Wants UCLA'],
  },
};

describe('real seeds', () => {
  for (const [file, want] of Object.entries(SEEDS)) {
    describe(file, () => {
      const source = readFileSync(join(seedDir, file), 'utf8');
      const article = ingestSeed(file, readFileSync(join(seedDir, file)));
      const blocks = markdownToBlocks(article.body);
      const bodyText = blocks.map((b) => b.text).join('\n');

      it('gets the title', () => {
        expect(article.title).toBe(want.title);
        expect(article.titleSource).toBe(want.titleSource);
      });

      it('keeps every sentence of the article body', () => {
        const lines = source.split('\n').slice(want.body[0] - 1, want.body[1]).filter((l) => l.trim() !== '');
        for (const line of lines) {
          // A glued pair ("…ruled out.In an interview…") is checked as its two halves.
          for (const part of line.split(/(?<=\p{Ll}[.!?])(?=\p{Lu})/u)) expect(bodyText).toContain(part.trim());
        }
      });

      it('has no page furniture in the body', () => {
        for (const junk of want.furniture) expect(bodyText).not.toContain(junk);
        expect(blocks.map((b) => b.text)).not.toContain(article.title);
      });

      it('turns subheadings into headings', () => {
        expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(want.headings);
      });
    });
  }
});
