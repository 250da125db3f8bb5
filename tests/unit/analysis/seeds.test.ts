// Hand-checked expectations on the five real seed articles.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeSources, type AnalyzedSources } from '../../../src/lib/analysis/analyze.ts';
import { segmentArticle } from '../../../src/lib/analysis/segment.ts';
import { findMentions } from '../../../src/lib/analysis/entities.ts';
import { cleanSentence, rolesByName } from '../../../src/lib/analysis/statements.ts';
import { ingestSeeds } from '../../../src/lib/ingest/index.ts';
import type { Citation, SourceDoc } from '../../../src/lib/types.ts';
import { traceable } from './helpers.ts';

const [S0, S1, S2, S3, S4] = ['000_022791dc6a141399', '001_5f931f1290286265', '002_f9889b578ed60dde', '003_25932adc085cf896', '004_3feb747a184a0215'];

let docs: SourceDoc[];
let result: AnalyzedSources;

beforeAll(async () => {
  const { articles } = await ingestSeeds(join(import.meta.dirname, '../../../seeds'));
  docs = [...articles].sort((a, b) => (a.id < b.id ? -1 : 1)).map(segmentArticle);
  result = analyzeSources(docs, { summaryWords: 100 });
});

const sentenceText = (c: Citation) => docs.find((d) => d.id === c.source)?.sentences[c.sentence]?.text;

describe('seed analysis: claims', () => {
  // Time belongs to the bench; what the test can hold is the work done: candidate pairs, not all pairs.
  it('compares a fraction of all sentence pairs', () => {
    const { sentences, candidatePairs } = result.analysis.stats;
    expect(sentences).toBeGreaterThan(100);
    expect(candidatePairs).toBeLessThan((sentences * (sentences - 1)) / 2 / 3);
  });

  it('every citation points at an existing sentence; claim sentences are marked on the sources', () => {
    const { analysis, sources } = result;
    for (const claim of analysis.claims) {
      expect(claim.sources.length).toBeGreaterThanOrEqual(2);
      for (const c of claim.citations) {
        expect(sentenceText(c)).toBeDefined();
        const s = sources.find((d) => d.id === c.source)?.sentences[c.sentence];
        expect(s?.claim).toBe(claim.id);
        expect(s?.sharedWith).toEqual(claim.sources.filter((id) => id !== c.source));
      }
    }
    const marked = sources.flatMap((d) => d.sentences.filter((s) => s.claim !== null)).length;
    expect(marked).toBe(analysis.claims.reduce((n, c) => n + c.citations.length, 0));
  });

  it('clusters the lead fact (rejected / dismissed) across all five sources', () => {
    const lead = result.analysis.claims.find((c) => c.citations.some((x) => x.source === S2 && x.sentence === 0));
    expect(lead?.sources).toEqual([S0, S1, S2, S3, S4]);
    expect(lead?.citations.map((c) => `${c.source}:${c.sentence}`)).toEqual([`${S0}:0`, `${S1}:0`, `${S2}:0`, `${S3}:0`, `${S4}:0`]);
  });

  it('clusters the "no invasion" paraphrases (will be no / is not going to be)', () => {
    const claim = result.analysis.claims.find((c) => c.citations.some((x) => x.source === S0 && x.sentence === 2));
    expect(claim?.sources).toHaveLength(5);
    for (const c of claim?.citations ?? []) expect(sentenceText(c)).toMatch(/invasion/);
  });

  it('joins the differing designation counts into one claim', () => {
    const claim = result.analysis.claims.find((c) => c.citations.some((x) => x.source === S0 && x.sentence === 12));
    expect(claim?.citations).toContainEqual({ source: S2, sentence: 5 });
  });

  it('finds more cross-source claims than the first version did (11)', () => {
    expect(result.analysis.claims.length).toBeGreaterThanOrEqual(14);
  });

  it('clusters Rubio’s statement on intelligence and the Department of Defense across 000/001/002', () => {
    const claim = result.analysis.claims.find((c) => c.citations.some((x) => x.source === S1 && x.sentence === 9));
    expect(claim?.sources).toEqual([S0, S1, S2]);
    expect(claim?.citations).toContainEqual({ source: S2, sentence: 10 });
    for (const c of claim?.citations ?? []) expect(sentenceText(c)).toMatch(/Rubio/);
  });

  it('clusters Ronald Johnson’s fentanyl-seizure claim (001 and 004)', () => {
    const claim = result.analysis.claims.find((c) => c.citations.some((x) => x.source === S1 && x.sentence === 12));
    expect(claim?.citations).toContainEqual({ source: S4, sentence: 23 });
  });

  it('joins the “secret order instructing the Pentagon” report to the New York Times report', () => {
    const claim = result.analysis.claims.find((c) => c.citations.some((x) => x.source === S2 && x.sentence === 4));
    expect(claim?.citations).toEqual(expect.arrayContaining([{ source: S0, sentence: 13 }, { source: S1, sentence: 4 }, { source: S3, sentence: 6 }]));
  });

  it('does not merge sentences that share only generic topic words (Maduro’s charges / “Both groups”)', () => {
    const claimOf = (source: string, sentence: number) => result.sources.find((d) => d.id === source)?.sentences[sentence]?.claim ?? null;
    const maduro = claimOf(S0, 16);
    expect(maduro === null || maduro !== claimOf(S4, 49)).toBe(true);
    // Attribution words and two shared words are not enough either.
    expect(claimOf(S4, 49)).toBeNull();
  });

  it('keeps unrelated sentences out of claims', () => {
    const unique = result.analysis.unique.find((u) => u.source === S4);
    // Craig Deare's and Todd Robinson's remarks appear only in this source.
    expect(unique?.sentences).toEqual(expect.arrayContaining([34, 35, 41]));
    expect(result.analysis.unique.map((u) => u.source)).toEqual([S0, S1, S2, S3, S4]);
  });

  it('has deterministic claim ids ordered by first citation', () => {
    const firsts = result.analysis.claims.map((c) => c.citations[0]);
    const sorted = [...firsts].sort((a, b) => (a!.source < b!.source ? -1 : a!.source > b!.source ? 1 : a!.sentence - b!.sentence));
    expect(firsts).toEqual(sorted);
    expect(result.analysis.claims.map((c) => c.id)).toEqual(result.analysis.claims.map((_, i) => i));
    expect(analyzeSources(docs, { summaryWords: 100 }).analysis).toEqual(result.analysis);
  });

  it('counts compared pairs far below all pairs', () => {
    const n = result.analysis.stats.sentences;
    expect(result.analysis.stats.candidatePairs).toBeLessThan((n * (n - 1)) / 4);
    expect(result.analysis.stats.claims).toBe(result.analysis.claims.length);
  });
});

describe('seed analysis: summary and key points', () => {
  it('writes a lead of about 100 words from whole source sentences', () => {
    const { summary } = result.analysis;
    const words = summary.map((s) => s.text).join(' ').split(/\s+/).length;
    expect(words).toBeGreaterThanOrEqual(70);
    expect(words).toBeLessThanOrEqual(125);
    for (const s of summary) {
      // A fact only one source reports cites that one sentence and says so (claim -1, count 1).
      const claim = result.analysis.claims[s.claim];
      if (s.claim < 0) expect([s.citations.length, s.sourceCount]).toEqual([1, 1]);
      else expect(s.citations).toEqual(claim?.citations);
      expect(traceable(s.text, s.citations, sentenceText, result.analysis.quotes)).toBe(true);
      expect(s.text).not.toMatch(/^["“”]|^(?:He|She|They|However|Furthermore|Additionally|Meanwhile)\b/);
    }
    expect(summary[0]?.text).toMatch(/Sheinbaum has firmly (rejected|dismissed)/);
  });

  it('lists 5–8 key points, each citing every sentence of its claim', () => {
    const { keyPoints, summary, claims } = result.analysis;
    expect(keyPoints.length).toBeGreaterThanOrEqual(5);
    expect(keyPoints.length).toBeLessThanOrEqual(8);
    for (const k of keyPoints) {
      // A quoted key point counts as the quote does ("Who said what" shows the same number).
      const quote = result.analysis.quotes.find((q) => k.text.endsWith(`“${q.text}”`) || k.text.endsWith(`“${q.text}.”`));
      if (quote && /^[^:“]+: “/.test(k.text)) {
        expect(k.sourceCount).toBe(quote.sources.length);
        expect(new Set(k.citations.map((c) => c.source)).size).toBe(quote.sources.length);
      } else {
        expect(k.citations).toEqual(claims[k.claim]?.citations);
        expect(k.sourceCount).toBe(claims[k.claim]?.sources.length);
      }
      expect(traceable(k.text, k.citations, sentenceText, result.analysis.quotes)).toBe(true);
    }
    const summaryClaims = new Set(summary.map((s) => s.claim));
    expect(keyPoints.filter((k) => summaryClaims.has(k.claim))).toHaveLength(0);
  });

  it('states each key point cleanly: no pronoun, connective or speakerless quote opens one', () => {
    const { keyPoints } = result.analysis;
    for (const k of keyPoints) {
      expect(k.text).not.toMatch(/^(?:["“”‘’']|(?:He|She|They|It|We|I|However|Furthermore|Additionally|Meanwhile)\b)/);
      // An attributed quote names its speaker; otherwise quote marks stay balanced.
      if (/^[^:“]+: “/.test(k.text)) expect(k.text).toMatch(/^[A-Z][\p{L} .’'-]+: “[\s\S]+”$/u);
      expect((k.text.match(/“/g) ?? []).length).toBe((k.text.match(/”/g) ?? []).length);
    }
    expect(new Set(keyPoints.map((k) => k.claim)).size).toBe(keyPoints.length);
  });

  it('turns the quoted “no invasion” claims into ONE key point attributed to Claudia Sheinbaum', () => {
    const quoted = result.analysis.keyPoints.filter((k) => /we collaborate|ruled out|off the table|come to Mexico/.test(k.text));
    expect(quoted).toHaveLength(1);
    expect(quoted[0]?.text).toMatch(/^Claudia Sheinbaum: “The United States is not going to come to Mexico with the military\. We cooperate, we collaborate/);
    const agreement = result.analysis.keyPoints.filter((k) => /part of any agreement|always said/.test(k.text));
    expect(agreement.length).toBeLessThanOrEqual(1);
    for (const k of agreement) expect(k.text).toMatch(/^Claudia Sheinbaum: “It is not part of any agreement/);
  });

  it('resolves an opening pronoun or bare title to the [bracketed] name it refers to', () => {
    const mentions = findMentions(docs);
    const roles = rolesByName(mentions);
    const doc = (id: string) => docs.find((d) => d.id === id)!;
    expect(cleanSentence(doc(S3), 5, mentions, roles)).toBe('[Claudia Sheinbaum] added that military action was never part of any agreement and that Mexico has consistently refused such proposals.');
    expect(cleanSentence(doc(S0), 1, mentions, roles)).toBe('[Claudia Sheinbaum] stated that the US will not come to Mexico with its military.');
    expect(cleanSentence(doc(S0), 16, mentions, roles)).toBe('[Nicolás Maduro] faces charges of using organizations designated as terrorist groups to smuggle drugs into the US.');
    expect(cleanSentence(doc(S0), 7, mentions, roles)).toBe('Mexico’s Ministry of Foreign Affairs soon stated that it would not approve US military operations on its territory.');
    // "They" (plural, several candidates) is left alone rather than guessed.
    expect(cleanSentence(doc(S4), 9, mentions, roles)).toBe(sentenceText({ source: S4, sentence: 9 }));
  });

  it('builds a coverage matrix of shared facts', () => {
    const { coverage, keyPoints } = result.analysis;
    expect(coverage.length).toBeGreaterThanOrEqual(5);
    expect(coverage.length).toBeLessThanOrEqual(12);
    expect(coverage.slice(0, keyPoints.length).map((r) => r.claim).sort()).toEqual(keyPoints.map((k) => k.claim).sort());
    for (const row of coverage) expect(row.sources.length).toBeGreaterThanOrEqual(2);
  });
});

describe('seed analysis: quotes', () => {
  it('merges the "no invasion" quote into one quote by Claudia Sheinbaum from all five sources', () => {
    const q = result.analysis.quotes.find((x) => /we collaborate/.test(x.text));
    expect(q).toBeDefined();
    expect(q?.speaker).toBe('Claudia Sheinbaum');
    expect(q?.sources).toEqual([S0, S1, S2, S3, S4]);
    expect(q?.partial).toBe(false);
    expect(q?.text).toBe(
      'The United States is not going to come to Mexico with the military. We cooperate, we collaborate, but there is not going to be an invasion. That is ruled out, absolutely ruled out.',
    );
    const wordings = q?.variants.map((v) => v.text) ?? [];
    expect(wordings).toContain('We cooperate, we collaborate, but there will be no invasion. It’s off the table, absolutely off the table');
    expect(wordings.some((w) => w.includes('co-operate'))).toBe(true);
    expect(result.analysis.quotes.filter((x) => /we collaborate/.test(x.text))).toHaveLength(1);
  });

  it('attributes "she said" / "she reiterated" quotes to the named woman before them', () => {
    const q = result.analysis.quotes.find((x) => x.text.startsWith('It is not part of any agreement'));
    expect(q?.speaker).toBe('Claudia Sheinbaum');
    expect(q?.sources).toEqual([S1, S2, S4]);
  });

  it('resolves surnames, titles and "he added" to full names', () => {
    const speakerOf = (re: RegExp) => result.analysis.quotes.find((x) => re.test(x.text))?.speaker;
    expect(speakerOf(/armed terrorist organizations/)).toBe('Marco Rubio'); // "Rubio said"
    expect(speakerOf(/deepest fear/)).toBe('Arturo Rocha'); // "he added"
    expect(speakerOf(/mistrusted us for decades/)).toBe('Craig Deare'); // "he said"
    expect(speakerOf(/bankrupt/)).toBe('Ronald Johnson'); // "Mr. Johnson said"
    expect(speakerOf(/short-term benefits/)).toBe('Craig Deare'); // "said Craig Deare, a former …"
  });

  it('joins a quote split by its attribution and keeps same-source continuations', () => {
    const rocha = result.analysis.quotes.find((x) => /deepest fear/.test(x.text));
    expect(rocha?.text).toMatch(/deepest fear.*major implications.*redline\.$/);
    const both = result.analysis.quotes.find((x) => /They need Mexico’s cooperation/.test(x.text));
    expect(both?.sources).toEqual([S3, S4]);
    expect(both?.speaker).toBe('Arturo Rocha');
  });

  it('marks partial quotes and drops scare quotes without a speaker', () => {
    const border = result.analysis.quotes.find((x) => x.text === 'due to a secure border');
    expect(border?.partial).toBe(true);
    expect(border?.speaker).toBe('Ronald Johnson');
    const ludicrous = result.analysis.quotes.find((x) => x.text === 'ludicrous statements');
    expect(ludicrous?.partial).toBe(true);
    expect(ludicrous?.speaker).toBe('Vladimir Padrino López');
    for (const q of result.analysis.quotes) for (const v of q.variants) expect(sentenceText(v)).toBeDefined();
  });
});

describe('seed analysis: discrepancies', () => {
  const find = (kind: string) => result.analysis.discrepancies.filter((d) => d.kind === kind);

  it('finds the seven vs eight designated groups', () => {
    const d = find('number').find((x) => x.sides.some((s) => s.value === 'seven'));
    expect(d?.sides.map((s) => [s.value, s.source, s.sentence])).toEqual([
      ['seven', S0, 12],
      ['eight', S2, 5],
    ]);
    expect(d?.description).toMatch(/seven organized crime groups.*eight drug cartels/);
    expect(result.analysis.claims[d?.claim ?? -1]?.citations).toContainEqual({ source: S0, sentence: 12 });
  });

  it('finds the date discrepancy ("On August 9" vs "on Friday") for the report', () => {
    const d = find('date')[0];
    expect(d?.sides.map((s) => s.value).sort()).toEqual(['August 9', 'Friday']);
    for (const s of d?.sides ?? []) expect(s.passage).toMatch(/New York Times reported/);
  });

  it('finds "former President" vs "President" for the same person', () => {
    const d = find('title')[0];
    expect(d?.sides.map((s) => s.value)).toEqual(['former President Donald Trump', 'President Donald Trump']);
  });

  it('reports nothing noisy', () => {
    expect(result.analysis.discrepancies.length).toBeLessThanOrEqual(5);
    for (const d of result.analysis.discrepancies) {
      expect(new Set(d.sides.map((s) => s.source)).size).toBeGreaterThanOrEqual(2);
      for (const s of d.sides) expect(sentenceText(s)).toBe(s.passage);
    }
  });
});

describe('seed analysis: entities', () => {
  const entity = (name: string) => result.analysis.entities.find((e) => e.name === name);

  it('finds people with roles and merges surname mentions', () => {
    expect(entity('Marco Rubio')?.roles).toEqual(expect.arrayContaining(['US Secretary of State']));
    expect(entity('Arturo Rocha')?.roles).toContain('former Mexican foreign official');
    const sheinbaum = entity('Claudia Sheinbaum');
    expect(sheinbaum?.kind).toBe('person');
    expect(sheinbaum?.sources).toEqual([S0, S1, S2, S3, S4]);
    expect(sheinbaum?.mentions).toBeGreaterThanOrEqual(15); // includes "Ms. Sheinbaum" and "Sheinbaum"
    expect(entity('Sheinbaum')).toBeUndefined();
    expect(entity('Rubio')).toBeUndefined();
    expect(entity('Donald Trump')?.roles).toEqual(expect.arrayContaining(['former President', 'President']));
  });

  it('classifies and merges places and organisations', () => {
    expect(entity('United States')?.kind).toBe('place');
    expect(entity('U.S.')).toBeUndefined();
    expect(entity('Department of Defense')?.kind).toBe('organization');
    expect(entity('Mexico')?.kind).toBe('place');
  });

  it('keeps whole organisation names, merges country-prefixed spellings and drops lone generic words', () => {
    expect(entity('Customs and Border Protection')?.kind).toBe('organization');
    expect(entity('Border Protection')).toBeUndefined();
    expect(entity('Embassy')).toBeUndefined();
    expect(entity('US Embassy')?.mentions).toBe(2); // "US Embassy" and "U.S. Embassy"
    expect(entity('U.S. Embassy')).toBeUndefined();
    expect(entity('US Department of Justice')).toBeUndefined();
    expect(entity('Department of Justice')?.mentions).toBe(2);
    expect(entity('US-Mexico')).toBeUndefined();
  });

  it('reads a role from "X, who served as the …"', () => {
    expect(entity('Todd Robinson')?.roles).toEqual(['former assistant secretary of state for international narcotics and law enforcement affairs']);
  });

  it('leaves out NLP debris', () => {
    for (const e of result.analysis.entities) {
      expect(e.name).not.toMatch(/[()]|\) -|['’]s$|^\p{Ll}/u);
      expect(e.name).not.toMatch(/^(?:Mexico’s|The )/);
      for (const c of e.citations) expect(sentenceText(c)).toBeDefined();
    }
  });
});
