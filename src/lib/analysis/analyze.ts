// Cross-source analysis of segmented sources. Pure: returns the Analysis plus copies of the
// sources with `claim` and `sharedWith` filled in.
import type { SourceDoc } from '../types.ts';
import { clusterCitations, clusterSentences } from './claims.ts';
import { buildCoverage, buildUnique } from './coverage.ts';
import { findDiscrepancies, numberLinks } from './discrepancies.ts';
import { extractEntities, findMentions } from './entities.ts';
import { buildCorpus } from './features.ts';
import { buildGraph } from './graph.ts';
import { extractQuotesWithCoverage } from './quotes.ts';
import { attributedQuote, cleanSentence, indexQuotes, quoteOfClaim, rolesByName, sentenceSpeaker } from './statements.ts';
import { buildKeyPoints, claimScore, lexRank, pickRepresentative, readsAlone, type RankedClaim } from './rank.ts';
import { isMetaLine, isReaction, readingQuality, selectSummary, stripDateline, type SummaryCandidate } from './summary.ts';
import { wordCount } from '../text/tokens.ts';
import { trimSentence } from './trim.ts';
import { minorityRoles, neutralWording } from './wording.ts';
import { appendTo } from '../collections.ts';
import { assertsMinority, minorityValues, withConflicts } from './conflicts.ts';
import { findContradictions } from './contradictions.ts';
import { introducePeople, usualRoles } from './introductions.ts';
import { standaloneQuality } from '../text/quality.ts';
import type { Analysis, Claim, Quote } from './types.ts';
import type { Citation } from '../types.ts';
import { maxOf, minOf } from '../numeric.ts';

export interface AnalyzedSources {
  analysis: Analysis;
  sources: SourceDoc[];
}

export interface AnalysisOptions {
  summaryWords: number;
  /** What the summary should answer (a question or topic); default: the most central source's title. */
  focus?: string | undefined;
  /** Texts the reader has already seen (e.g. earlier articles): the summary favours what is new. */
  known?: readonly string[] | undefined;
}

export function analyzeSources(docs: readonly SourceDoc[], options: AnalysisOptions): AnalyzedSources {
  const corpus = buildCorpus(docs);
  const graph = buildGraph(corpus);
  const mentions = findMentions(docs);
  const { quotes, coverage: quoteCoverage } = extractQuotesWithCoverage(docs, mentions);
  const roles = rolesByName(mentions);
  const quoteIndex = indexQuotes(quotes, quoteCoverage);
  const mentionsAt = new Map<string, typeof mentions>();
  for (const m of mentions) appendTo(mentionsAt, `${m.source}#${m.sentence}`, m);
  // Statements by different speakers are different facts, however alike their words.
  const speakers = corpus.nodes.map((node) => {
    const key = `${node.source}#${node.sentence}`;
    const quoted = (quoteIndex.covering.get(key) ?? []).map((i) => quotes[i]?.speaker).find((s) => s);
    return quoted ?? sentenceSpeaker(node.text, mentionsAt.get(key) ?? []);
  });
  const apart = (a: number, b: number) => {
    const x = speakers[a];
    const y = speakers[b];
    return !!x && !!y && x !== y;
  };
  const clusters = clusterSentences(graph, undefined, numberLinks(graph), apart);
  const scores = lexRank(graph);
  const maxScore = maxOf(scores, 1e-12);
  const docById = new Map(docs.map((d) => [d.id, d]));
  const minority = minorityRoles(mentions);
  const statementOf = (m: number): string => {
    const node = corpus.nodes[m];
    const doc = node ? docById.get(node.source) : undefined;
    return node && doc ? cleanSentence(doc, node.sentence, mentions, roles) : (node?.text ?? '');
  };
  /** The statement with contested titles neutralised; null when that cannot be done. */
  const neutralOf = (m: number): string | null => {
    const node = corpus.nodes[m];
    return node ? neutralWording(stripDateline(statementOf(m)), node.text, mentionsAt.get(`${node.source}#${node.sentence}`) ?? [], minority) : null;
  };

  // Only clusters spanning two or more sources are claims; ids follow the first citation.
  const shared = clusters
    .filter((c) => c.sources.length >= 2)
    .map((c) => ({ cluster: c, citations: clusterCitations(graph, c) }))
    .sort((p, q) => compareCitation(p.citations[0], q.citations[0]));
  const rawCentrality = shared.map(({ cluster }) => maxOf(cluster.members.map((m) => scores[m] ?? 0)) / maxScore);
  const topCentrality = maxOf(rawCentrality, 1e-12);
  const ranked: RankedClaim[] = shared.map(({ cluster, citations }, id) => {
    const representative = pickRepresentative(graph, cluster.members, (m) => standaloneQuality(neutralOf(m) ?? statementOf(m)) * (neutralOf(m) === null ? 0.5 : 1));
    const node = corpus.nodes[representative];
    const text = node?.text ?? '';
    const claim: Claim = { id, text, citations, sources: cluster.sources, centrality: round((rawCentrality[id] ?? 0) / topCentrality) };
    const statement = neutralOf(representative) ?? statementOf(representative);
    // Quoted speech becomes the whole quote with its speaker; a fragment without one is no key point.
    const quote = node ? quoteOfClaim(citations, { source: node.source, sentence: node.sentence }, quoteIndex) : null;
    const quoted = quote === null ? null : quotes[quote];
    const point = quoted ? attributedQuote(quoted) : statement;
    return {
      claim,
      members: cluster.members,
      representative,
      score: claimScore(claim),
      quality: standaloneQuality(statement),
      statement,
      point,
      pointQuality: point ? standaloneQuality(point) : 0,
      quote,
      quoted: quoted && point !== statement ? quotedCitations(quoted) : undefined,
      position: minOf(cluster.members.map((m) => corpus.nodes[m]?.position ?? 1)),
    };
  });
  const claims = ranked.map((r) => r.claim);
  const byImportance = [...ranked].sort((p, q) => q.score - p.score || p.claim.id - q.claim.id);

  const claimOfNode = new Map<number, RankedClaim>();
  for (const r of ranked) for (const m of r.members) claimOfNode.set(m, r);
  const sources = annotate(docs, claims);
  const entities = extractEntities(docs, mentions);
  const claimIdOfNode = new Map([...claimOfNode].map(([m, r]) => [m, r.claim.id]));
  const discrepancies = [...findDiscrepancies(graph, ranked, quotes, sources, mentions), ...findContradictions(graph, claimIdOfNode)];
  const minorityNumbers = minorityValues(discrepancies);
  const candidates: SummaryCandidate[] = corpus.nodes.flatMap((node) => {
    const doc = docById.get(node.source);
    // A contested title is never asserted: the bare [name] replaces it, or the sentence is left out.
    const text = neutralOf(node.id);
    if (text === null || !doc || isMetaLine(node.text) || isMetaLine(text) || !readsAlone(text) || readingQuality(text) < 0.3) return [];
    const n = wordCount(text);
    if (n < 6 || n > 60) return [];
    const r = claimOfNode.get(node.id);
    const citations = r ? r.claim.citations : [{ source: node.source, sentence: node.sentence }];
    const candidate = { node: node.id, text, citations, claim: r ? r.claim.id : -1, sourceCount: r ? r.claim.sources.length : 1, published: doc.published, reaction: isReaction(text), contested: assertsMinority(node.text, r?.claim.id, minorityNumbers) };
    // The trimmed wording competes with the whole sentence: the selection keeps whichever says more per word.
    const trimmed = trimSentence(text);
    return trimmed === text ? [candidate] : [candidate, { ...candidate, text: trimmed, reaction: isReaction(trimmed) }];
  });
  const focus = options.focus ?? defaultFocus(docs, claims);
  const chosen = selectSummary(graph, candidates, { targetWords: options.summaryWords, focus, known: options.known, headlines: docs.map((d) => d.title ?? '') });
  const mentionsOfNode = (m: number) => mentionsAt.get(`${corpus.nodes[m]?.source}#${corpus.nodes[m]?.sentence}`) ?? [];
  const introduced = introducePeople(
    chosen.map((c) => ({ text: c.text, raw: corpus.nodes[c.node]?.text ?? '', mentions: mentionsOfNode(c.node) })),
    usualRoles(mentions, minority),
  );
  const summary = chosen.map((c, i) => ({ text: introduced[i] ?? c.text, claim: c.claim, citations: c.citations, sourceCount: c.sourceCount }));
  const keyPoints = buildKeyPoints(graph, byImportance, summary);

  const coverage = buildCoverage(byImportance, keyPoints);
  const unique = buildUnique(sources);

  return {
    analysis: {
      claims,
      summary: withConflicts(summary, discrepancies),
      keyPoints: withConflicts(keyPoints, discrepancies),
      quotes,
      entities,
      discrepancies,
      unique,
      coverage,
      stats: { sentences: corpus.nodes.length, claims: claims.length, candidatePairs: graph.compared() },
    },
    sources,
  };
}

/** Copies of the sources with each sentence's claim and the other sources sharing it. */
function annotate(docs: readonly SourceDoc[], claims: readonly Claim[]): SourceDoc[] {
  const claimAt = new Map<string, Claim>();
  for (const claim of claims) for (const c of claim.citations) claimAt.set(`${c.source}#${c.sentence}`, claim);
  return docs.map((doc) => ({
    ...doc,
    blocks: doc.blocks.map((b) => ({ ...b, sentences: [...b.sentences] })),
    sentences: doc.sentences.map((s) => {
      const claim = claimAt.get(`${doc.id}#${s.index}`);
      return { ...s, claim: claim?.id ?? null, sharedWith: claim ? claim.sources.filter((id) => id !== doc.id) : [] };
    }),
  }));
}

/** A quote's own sentences (sorted, one per variant) and how many sources carry it. */
function quotedCitations(quote: Quote): { citations: Citation[]; sources: number } {
  const seen = new Set<string>();
  const citations = quote.variants
    .map((v) => ({ source: v.source, sentence: v.sentence }))
    .filter((c) => !seen.has(`${c.source}#${c.sentence}`) && !!seen.add(`${c.source}#${c.sentence}`));
  citations.sort((p, q) => (p.source < q.source ? -1 : p.source > q.source ? 1 : p.sentence - q.sentence));
  return { citations, sources: quote.sources.length };
}

/** The title of the source with the most shared facts: what the story is about. */
function defaultFocus(docs: readonly SourceDoc[], claims: readonly Claim[]): string | undefined {
  const count = new Map<string, number>();
  for (const claim of claims) for (const id of claim.sources) count.set(id, (count.get(id) ?? 0) + 1);
  let best = docs[0];
  for (const doc of docs) if ((count.get(doc.id) ?? 0) > (count.get(best?.id ?? '') ?? 0)) best = doc;
  return best?.title;
}

function compareCitation(a: { source: string; sentence: number } | undefined, b: { source: string; sentence: number } | undefined): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return a.source < b.source ? -1 : a.source > b.source ? 1 : a.sentence - b.sentence;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
