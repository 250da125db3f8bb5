// Where outlets disagree about the same fact: numbers, dates, people's titles, who is credited.
import { findDates } from '../text/dates.ts';
import { findNumbers, type NumberMention } from '../text/numbers.ts';
import { STOPWORDS } from '../text/stopwords.ts';
import { contentTokens } from '../text/tokens.ts';
import type { SourceDoc } from '../types.ts';
import type { Mention } from './entities.ts';
import type { SimilarityGraph } from './graph.ts';
import type { RankedClaim } from './rank.ts';
import type { Discrepancy, DiscrepancySide, Quote } from './types.ts';
import { appendTo } from '../collections.ts';
import { rareTokenPairs } from '../text/pairs.ts';
import { memoByText } from '../text/memo.ts';

/** A number with the words it attaches to: the content word before it and the one after. */
interface NumberFrame {
  mention: NumberMention;
  before: string | null;
  after: string | null;
  /** Content words within a few words either side. */
  window: Set<string>;
}

const MONTH_NEAR = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*$/i;

/** Each sentence is compared with many others: its frames are worked out once. */
const numberFrames = memoByText('number-frames', (text: string) => computeNumberFrames(text));

function computeNumberFrames(text: string): NumberFrame[] {
  return findNumbers(text)
    .filter((m) => !m.isYear && !MONTH_NEAR.test(text.slice(0, m.start)) && !/^\s*(?:st|nd|rd|th)\b/.test(text.slice(m.end)))
    .map((mention) => {
      const before = contentTokens(text.slice(Math.max(0, mention.start - 40), mention.start)).filter((t) => !t.startsWith('#')).pop() ?? null;
      const after = contentTokens(text.slice(mention.end, mention.end + 40)).find((t) => !t.startsWith('#')) ?? null;
      const window = new Set([
        ...contentTokens(text.slice(Math.max(0, mention.start - 80), mention.start)).slice(-6),
        ...contentTokens(text.slice(mention.end, mention.end + 80)).slice(0, 6),
      ].filter((t) => !t.startsWith('#')));
      return { mention, before, after, window };
    });
}

/** The number with up to three following words, as written ("nine armed rebel groups"). */
function withNoun(text: string, m: NumberMention): string {
  const tail: string[] = [];
  for (const w of text.slice(m.end).split(/\s+/).filter(Boolean)) {
    const bare = w.replace(/[^\p{L}’'-]/gu, '');
    if (!bare || STOPWORDS.has(bare.toLowerCase()) || tail.length === 3) break;
    tail.push(bare);
    if (bare !== w) break;
  }
  return [m.text, ...tail].join(' ');
}

/**
 * Number frames by node id, worked out once per pass: the text memo hands out a fresh copy on every
 * call, and a pass asks for the same node's frames once per pair it is in.
 */
function frameCache(nodes: SimilarityGraph['corpus']['nodes']): (id: number) => NumberFrame[] {
  const cache: Array<NumberFrame[] | undefined> = [];
  return (id) => (cache[id] ??= numberFrames(nodes[id]?.text ?? ''));
}

/** Pairs of numbers that count the same thing (same anchoring word) but disagree. */
function conflictingNumbers(fa: readonly NumberFrame[], fb: readonly NumberFrame[]): Array<[NumberFrame, NumberFrame]> {
  const valuesA = new Set(fa.map((f) => f.mention.value));
  const valuesB = new Set(fb.map((f) => f.mention.value));
  const out: Array<[NumberFrame, NumberFrame]> = [];
  for (const x of fa) {
    if (valuesB.has(x.mention.value)) continue;
    for (const y of fb) {
      if (valuesA.has(y.mention.value) || x.mention.unit !== y.mention.unit) continue;
      const sameBefore = x.before !== null && x.before === y.before;
      const sameAfter = x.after !== null && x.after === y.after;
      // One shared anchor word is not enough ("300 staff" vs "ten staff"): the counts
      // must sit in the same wording, at least two shared words around them.
      let sharedWindow = 0;
      for (const t of x.window) if (y.window.has(t)) sharedWindow++;
      // Outlets that disagree on a count disagree by a little (9 vs 10, 30 vs 35); "300 staff"
      // and "ten staff" are two different counts.
      const ratio = Math.max(x.mention.value, y.mention.value) / Math.max(1e-9, Math.min(x.mention.value, y.mention.value));
      if ((sameBefore || sameAfter) && sharedWindow >= 2 && ratio <= 2.5) out.push([x, y]);
    }
  }
  return out;
}

/** Sentences in different sources giving different counts for the same thing belong to one claim. */
export function numberLinks(graph: SimilarityGraph, minSimilarity = 0.1): Array<[number, number]> {
  const nodes = graph.corpus.nodes;
  const framesOf = frameCache(nodes);
  const links: Array<[number, number]> = [];
  for (const [a, b, s] of graph.edges) {
    const x = nodes[a];
    const y = nodes[b];
    if (!x || !y || x.source === y.source || s < minSimilarity || x.text === y.text) continue;
    if (x.numbers.length === 0 || y.numbers.length === 0) continue;
    if (conflictingNumbers(framesOf(a), framesOf(b)).length > 0) links.push([a, b]);
  }
  return links;
}

function side(value: string, node: { source: string; sentence: number; text: string }): DiscrepancySide {
  return { value, source: node.source, sentence: node.sentence, passage: node.text };
}

function crossPairs(graph: SimilarityGraph, members: readonly number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < members.length; i++)
    for (let j = i + 1; j < members.length; j++) {
      const a = members[i] ?? 0;
      const b = members[j] ?? 0;
      if (graph.corpus.nodes[a]?.source !== graph.corpus.nodes[b]?.source) out.push([a, b]);
    }
  return out;
}

const CREDIT_PATTERNS: readonly RegExp[] = [
  /\baccording to (?:a report (?:by|in|from) )?(?:the )?([^,.;“”"]{3,50}?)(?=[,.;]|$)/giu,
  /\b(?:reported by|in an interview with|told) (?:the )?((?:\p{Lu}[\p{L}.]*\s?){1,5})/gu,
  /(?:^|, |\b[Tt]he )((?:\p{Lu}[\p{L}.]*\s?){1,5}) (?:reported|first reported|has reported|reports)\b/gu,
];

/** Who a sentence credits for its information ("according to X", "X reported"). */
function credited(text: string): string[] {
  const found = CREDIT_PATTERNS.flatMap((re) => [...text.matchAll(re)].map((m) => (m[1] ?? '').replace(/^the\s+/i, '').trim()));
  return [...new Set(found.filter((c) => c.length > 2 && !/^(?:officials?|sources?|reports?)$/i.test(c)))];
}

/** A role without the country qualifier, for comparison ("former U.S. President" → "former president"). */
function roleCore(role: string): string {
  return role
    .toLowerCase()
    .replace(/\b[\p{L}.]+['’]s\b/gu, '')
    .replace(/\b(?:u\.s\.|us|american|\p{L}+(?:ian|ean|an))\b/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function findDiscrepancies(
  graph: SimilarityGraph,
  ranked: readonly RankedClaim[],
  quotes: readonly Quote[],
  sources: readonly SourceDoc[],
  mentions: readonly Mention[],
): Discrepancy[] {
  const nodes = graph.corpus.nodes;
  const out: Discrepancy[] = [];
  const claimOf = new Map<string, number>();
  for (const r of ranked) for (const m of r.members) claimOf.set(`${nodes[m]?.source}#${nodes[m]?.sentence}`, r.claim.id);

  const framesOf = frameCache(nodes);
  const textId = new Map<string, number>();
  const textOf = (id: number) => {
    const text = nodes[id]?.text ?? '';
    if (!textId.has(text)) textId.set(text, textId.size);
    return textId.get(text) ?? 0;
  };
  for (const r of ranked) {
    const seenNumbers = new Set<string>();
    // Two texts compared once are done: the same pair of wordings again (syndicated copy) can only
    // repeat what was found, and claims carried by hundreds of outlets would otherwise cost ~n².
    const seenTexts = new Set<number>();
    let dateDone = false;
    let creditDone = false;
    for (const [a, b] of crossPairs(graph, r.members)) {
      const x = nodes[a];
      const y = nodes[b];
      if (!x || !y) continue;
      const [ta, tb] = [textOf(a), textOf(b)];
      const textPair = Math.min(ta, tb) * 2 ** 26 + Math.max(ta, tb);
      if (ta === tb || seenTexts.has(textPair)) continue;
      seenTexts.add(textPair);
      for (const [fx, fy] of conflictingNumbers(framesOf(a), framesOf(b))) {
        const key = [fx.mention.value, fy.mention.value].sort().join('/');
        if (seenNumbers.has(key)) continue;
        seenNumbers.add(key);
        // Every member that gives one of the two counts in the same place is a side.
        const sides: DiscrepancySide[] = [side(fx.mention.text, x), side(fy.mention.text, y)];
        for (const m of r.members) {
          const node = nodes[m];
          if (!node || m === a || m === b) continue;
          const frame = framesOf(m).find(
            (f) => (f.mention.value === fx.mention.value || f.mention.value === fy.mention.value) && ((f.before !== null && (f.before === fx.before || f.before === fy.before)) || (f.after !== null && (f.after === fx.after || f.after === fy.after))),
          );
          if (frame && !sides.some((sd) => sd.source === node.source)) sides.push(side(frame.mention.text, node));
        }
        sides.sort((p, q) => (p.source < q.source ? -1 : p.source > q.source ? 1 : p.sentence - q.sentence));
        out.push({
          kind: 'number',
          claim: r.claim.id,
          description: `Different numbers: “${withNoun(x.text, fx.mention)}” vs “${withNoun(y.text, fy.mention)}”`,
          sides,
        });
      }
      const dx = findDates(x.text)[0];
      const dy = findDates(y.text)[0];
      if (!dateDone && dx && dy && dx.text.toLowerCase() !== dy.text.toLowerCase()) {
        dateDone = true;
        out.push({ kind: 'date', claim: r.claim.id, description: `The outlets date this differently (“${dx.text}” vs “${dy.text}”)`, sides: [side(dx.text, x), side(dy.text, y)] });
      }
      const cx = credited(x.text);
      const cy = credited(y.text);
      const lower = (list: readonly string[]) => list.map((c) => c.toLowerCase());
      if (!creditDone && cx.length > 0 && cy.length > 0 && !lower(cx).some((c) => lower(cy).includes(c))) {
        creditDone = true;
        out.push({ kind: 'attribution', claim: r.claim.id, description: `Credited to different outlets (${cx.join(', ')} vs ${cy.join(', ')})`, sides: [side(cx.join(', '), x), side(cy.join(', '), y)] });
      }
    }
  }

  for (const d of quoteAttributions(quotes, claimOf)) out.push(d);

  // Titles: the same person given a different title by different outlets (e.g. "former" or not).
  const byPerson = new Map<string, Mention[]>();
  for (const m of mentions) if (m.kind === 'person' && m.role) appendTo(byPerson, m.name, m);
  for (const [name, list] of [...byPerson].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const formerly = list.filter((m) => /\bformer\b/i.test(m.role ?? ''));
    const current = list.filter((m) => !/\bformer\b/i.test(m.role ?? ''));
    for (const f of formerly) {
      const core = roleCore(f.role ?? '').replace(/\bformer\b/, '').trim();
      const match = current.find((c) => c.source !== f.source && roleCore(c.role ?? '') === core);
      if (!match) continue;
      const claim = claimOf.get(`${f.source}#${f.sentence}`) ?? claimOf.get(`${match.source}#${match.sentence}`);
      if (claim === undefined) continue;
      const fText = sources.find((s) => s.id === f.source)?.sentences[f.sentence]?.text ?? '';
      const cText = sources.find((s) => s.id === match.source)?.sentences[match.sentence]?.text ?? '';
      out.push({
        kind: 'title',
        claim,
        description: `${name} is called “${f.role}” in one source and “${match.role}” in another`,
        sides: [
          { value: `${f.role} ${name}`, source: f.source, sentence: f.sentence, passage: fText },
          { value: `${match.role} ${name}`, source: match.source, sentence: match.sentence, passage: cText },
        ],
      });
      break;
    }
  }
  return out;
}

/** The same words put in different mouths by different outlets. */
function quoteAttributions(quotes: readonly Quote[], claimOf: ReadonlyMap<string, number>): Discrepancy[] {
  const out: Discrepancy[] = [];
  const tokens = quotes.map((q) => new Set(contentTokens(q.text)));
  for (const [i, j] of rareTokenPairs(tokens)) {
    const a = quotes[i];
    const b = quotes[j];
    if (!a?.speaker || !b?.speaker || a.speaker === b.speaker) continue;
    const ta = tokens[i] ?? new Set<string>();
    const tb = tokens[j] ?? new Set<string>();
    let shared = 0;
    for (const t of ta) if (tb.has(t)) shared++;
    if (shared < 4 || shared / Math.max(1, Math.min(ta.size, tb.size)) < 0.8) continue;
    const va = a.variants.find((v) => !b.sources.includes(v.source)) ?? a.variants[0];
    const vb = b.variants.find((v) => v.source !== va?.source);
    if (!va || !vb) continue;
    const claim = claimOf.get(`${va.source}#${va.sentence}`) ?? claimOf.get(`${vb.source}#${vb.sentence}`);
    // Told as two speakers, the sentences are kept apart (no shared claim): the conflict is still recorded.
    const claimId = claim ?? -1;
    out.push({
      kind: 'attribution',
      claim: claimId,
      description: `The same quote is attributed to ${a.speaker} and to ${b.speaker}`,
      sides: [
        { value: a.speaker, source: va.source, sentence: va.sentence, passage: va.text },
        { value: b.speaker, source: vb.source, sentence: vb.sentence, passage: vb.text },
      ],
    });
  }
  return out;
}
