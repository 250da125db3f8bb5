// The same pipeline on stories it has never seen (invented fixtures).
import { describe, expect, it } from 'vitest';
import { analyzeSources } from '../../../src/lib/analysis/analyze.ts';
import { findMentions } from '../../../src/lib/analysis/entities.ts';
import { cleanSentence, dropConnective, rolesByName } from '../../../src/lib/analysis/statements.ts';
import type { Citation } from '../../../src/lib/types.ts';
import { courtDocs, fireDocs, quakeDocs } from './fixtures.ts';
import { traceable } from './helpers.ts';

describe('factory fire (3 sources)', () => {
  const { analysis, sources } = analyzeSources(fireDocs(), { summaryWords: 100 });

  it('clusters the paraphrased main fact across all three outlets', () => {
    const main = analysis.claims.find((c) => c.citations.some((x) => x.source === 'c-wire' && x.sentence === 0));
    expect(main?.citations).toEqual([
      { source: 'a-ledger', sentence: 0 },
      { source: 'b-courier', sentence: 0 },
      { source: 'c-wire', sentence: 0 },
    ]);
    const origin = analysis.claims.find((c) => c.citations.some((x) => x.source === 'c-wire' && x.sentence === 1));
    expect(origin?.sources).toEqual(['a-ledger', 'c-wire']);
    // "employs about 400 people" is not the death toll.
    expect(sources[0]?.sentences[4]?.text).toMatch(/400 people/);
    expect(sources[0]?.sentences[4]?.claim).toBeNull();
  });

  it('finds the differing death toll and the differing credited source', () => {
    const toll = analysis.discrepancies.find((d) => d.kind === 'number');
    expect(toll?.sides.map((s) => [s.value, s.source])).toEqual([
      ['twelve', 'a-ledger'],
      ['Fourteen', 'b-courier'],
    ]);
    const credit = analysis.discrepancies.find((d) => d.kind === 'attribution');
    expect(credit?.sides.map((s) => s.value)).toEqual(['regional government', 'Ledger']);
    expect(analysis.discrepancies.filter((d) => d.kind === 'number')).toHaveLength(1);
  });

  it('merges one quote carried with different wording, by the fire chief', () => {
    const q = analysis.quotes.find((x) => /sprinklers/.test(x.text));
    expect(q?.speaker).toBe('Helena Marsh');
    expect(q?.sources).toEqual(['a-ledger', 'b-courier']);
    expect(q?.variants.map((v) => v.text)).toEqual([
      'The building had no working sprinklers. We could not reach the upper floors',
      'The building had no functioning sprinklers. We were unable to reach the upper floors',
    ]);
  });

  it('finds people, places and organisations with surname mentions merged', () => {
    const marsh = analysis.entities.find((e) => e.name === 'Helena Marsh');
    expect(marsh?.mentions).toBe(3);
    expect(marsh?.sources).toEqual(['a-ledger', 'b-courier', 'c-wire']);
    expect(analysis.entities.find((e) => e.name === 'Varnsby')?.kind).toBe('place');
    expect(analysis.entities.find((e) => e.name === 'Corvell Textiles')?.kind).toBe('organization');
    expect(analysis.entities.find((e) => e.name === 'Tomas Ekdahl')?.roles).toEqual(['Mayor', 'Former Mayor']);
  });

  it('reports what only one outlet says', () => {
    expect(analysis.unique.find((u) => u.source === 'b-courier')?.sentences).toEqual([3, 4]);
  });
});

describe('court ruling (2 sources)', () => {
  const { analysis } = analyzeSources(courtDocs(), { summaryWords: 80 });

  it('joins “A,” she said. “B.” and matches it with the colon-attributed version', () => {
    const q = analysis.quotes.find((x) => /law is clear/.test(x.text));
    expect(q?.speaker).toBe('Maria Delgado');
    expect(q?.text).toBe('The law is clear. No further appeal is possible.');
    expect(q?.sources).toEqual(['x-daily', 'y-times']);
  });

  it('reports the same quote attributed to different people', () => {
    const d = analysis.discrepancies.find((x) => x.kind === 'attribution');
    expect(d?.sides.map((s) => [s.value, s.source])).toEqual([
      ['Maria Delgado', 'x-daily'],
      ['Paul Okafor', 'z-post'],
    ]);
    for (const side of d?.sides ?? []) expect(side.passage).toMatch(/law is clear/);
  });

  it('resolves "the attorney general said" by role and keeps partial quotes', () => {
    expect(analysis.quotes.find((x) => /enforce it/.test(x.text))?.speaker).toBe('Paul Okafor');
    const partial = analysis.quotes.find((x) => x.text === 'perfectly clear');
    expect(partial?.partial).toBe(true);
    expect(partial?.speaker).toBe('Maria Delgado');
  });

  it('clusters the ruling and writes a short lead from it', () => {
    const ruling = analysis.claims.find((c) => c.citations.some((x) => x.source === 'y-times' && x.sentence === 0));
    expect(ruling?.citations).toContainEqual({ source: 'x-daily', sentence: 0 });
    expect(analysis.summary[0]?.claim).toBe(ruling?.id);
  });
});

describe('earthquake (3 sources, hand-checked)', () => {
  const docs = quakeDocs();
  const { analysis, sources } = analyzeSources(docs, { summaryWords: 90 });
  const text = (c: Citation) => docs.find((d) => d.id === c.source)?.sentences[c.sentence]?.text;
  const claimOf = (source: string, sentence: number) => sources.find((d) => d.id === source)?.sentences[sentence]?.claim ?? null;

  it('clusters paraphrases, including title-led and connective-led wordings', () => {
    expect(analysis.claims.find((c) => c.citations.some((x) => x.source === 'g-wire' && x.sentence === 0))?.sources).toEqual(['e-herald', 'f-post', 'g-wire']);
    expect(claimOf('e-herald', 1)).toBe(claimOf('f-post', 2)); // "Interior Minister Sofia Brandt said" / "The minister said"
    expect(claimOf('e-herald', 2)).toBe(claimOf('g-wire', 1)); // "She added" / "Meanwhile, … said"
    expect(claimOf('e-herald', 5)).toBe(claimOf('f-post', 5)); // power cut, different attribution
    expect(claimOf('f-post', 6)).toBe(claimOf('g-wire', 2)); // Kessler, described two ways
    expect(claimOf('e-herald', 1)).not.toBeNull();
  });

  it('does not merge two sentences sharing only "large earthquakes … experts said"', () => {
    const a = claimOf('e-herald', 7);
    expect(a === null || a !== claimOf('f-post', 7)).toBe(true);
  });

  it('resolves "She" and "The minister" to [Sofia Brandt] and drops connectives', () => {
    const mentions = findMentions(docs);
    const roles = rolesByName(mentions);
    const [e, f, g] = docs;
    expect(cleanSentence(e!, 2, mentions, roles)).toBe('[Sofia Brandt] added that army helicopters were flying the injured to hospitals in the capital.');
    expect(cleanSentence(f!, 2, mentions, roles)).toBe('[Sofia Brandt] said rescuers had reached the hardest-hit villages by noon.');
    expect(cleanSentence(e!, 5, mentions, roles)).toBe('The quake cut power to more than 40,000 homes across the region.');
    expect(cleanSentence(g!, 1, mentions, roles)).toBe('Interior Minister Sofia Brandt said army helicopters were carrying the wounded to hospitals in the capital.');
    expect(dropConnective('However, the bridge held.')).toBe('The bridge held.');
    expect(dropConnective('However the bridge held.')).toBe('However the bridge held.');
  });

  it('writes clean, traceable key points with the split quote as one attributed point', () => {
    const { keyPoints, summary } = analysis;
    expect(keyPoints.length).toBeGreaterThanOrEqual(5);
    for (const k of [...keyPoints, ...summary]) {
      expect(traceable(k.text, k.citations, text, analysis.quotes)).toBe(true);
      expect(k.text).not.toMatch(/^(?:["“”]|(?:He|She|They|Furthermore|Meanwhile|However)\b)/);
    }
    const quoted = keyPoints.filter((k) => /mud brick/.test(k.text));
    expect(quoted).toHaveLength(1);
    expect(quoted[0]?.text).toMatch(/^Sofia Brandt: “Many houses were built of mud brick\. They simply (?:collapsed|fell down)\.”$/);
    expect(keyPoints.some((k) => k.text === 'The quake cut power to more than 40,000 homes across the region.')).toBe(true);
  });

  it('keeps an "and" organisation name whole and reads a "who served as" role', () => {
    expect(analysis.entities.find((e) => e.name === 'National Search and Rescue Service')?.kind).toBe('organization');
    expect(analysis.entities.find((e) => e.name === 'Rescue Service')).toBeUndefined();
    expect(analysis.entities.find((e) => e.name === 'Ivan Kessler')?.roles).toEqual(['former head of the national seismology institute', 'former seismology official']);
    expect(analysis.entities.find((e) => e.name === 'Sofia Brandt')?.mentions).toBe(4);
  });
});
