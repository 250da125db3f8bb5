// Direct quotes: found per paragraph, attributed to a speaker (names, titles, pronouns resolved),
// split quotes rejoined, and the same quote from several outlets merged with each wording kept.
import { contentTokens, NEG, words } from '../text/tokens.ts';
import type { Citation, SourceDoc } from '../types.ts';
import { findMentions, type Mention } from './entities.ts';
import type { Quote, QuoteVariant } from './types.ts';
import { appendTo } from '../collections.ts';
import { rareTokenPairs } from '../text/pairs.ts';

const VERBS =
  'said|says|say|stated|states|added|adds|told|tells|asked|warned|warns|noted|argued|claimed|claims|insisted|explained|wrote|declared|reiterated|cautioned|boasted|emphasi[sz]ed|underscored|continued|responded|replied|announced|acknowledged|admitted|tweeted|posted|stressed|recalled|conceded|complained|vowed|promised|called|described|urged|predicted|remarked|observed|joked|testified';
const NAME = String.raw`(?:[\p{Lu}][\p{L}\p{M}’'.-]*(?:\s+(?:of\s+|de\s+|la\s+)?[\p{Lu}][\p{L}\p{M}’'.-]*){0,5}|he|she|they|the\s+\p{Ll}+(?:\s+\p{Ll}+)?)`;
const AFTER_NAME_VERB = new RegExp(String.raw`^\s*,?\s*(${NAME})\s+(?:\p{Ll}+ly\s+)?(?:${VERBS})\b`, 'u');
const AFTER_VERB_NAME = new RegExp(String.raw`^\s*,?\s*(?:${VERBS})\s+(${NAME})`, 'u');
const BEFORE_NAME_VERB = new RegExp(String.raw`(${NAME})\s+(?:\p{Ll}+ly\s+)?(?:${VERBS})\b[^“”"]{0,60}?[,:]?\s*$`, 'u');
const BEFORE_PARTICIPLE = /\b(?:saying|adding|writing|noting|warning|declaring|insisting)\b[^“”"]{0,40}?,?\s*$/u;
const BARE_ATTRIBUTION = new RegExp(String.raw`^\s*,?\s*[^“”"]{0,60}?\b(?:${VERBS})\b[^“”"]{0,25}\.\s*$`, 'u');
const ANY_VERB = new RegExp(String.raw`\b(?:${VERBS}|according to)\b`, 'u');
const PRONOUNS: Record<string, 'male' | 'female' | null> = { he: 'male', she: 'female', they: null };

interface Span {
  /** Offsets of the quoted words inside the paragraph (marks excluded). */
  start: number;
  end: number;
}

interface RawQuote {
  source: string;
  sentence: number;
  block: number;
  text: string;
  speaker: string | null;
  partial: boolean;
  attributed: boolean;
  /** Every sentence the quoted words run through (a quote can span several). */
  sentences: number[];
}

/** Opening/closing quote pairs; straight quotes open after a space or at the start, and close otherwise. */
export function quoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '“' && ch !== '”' && ch !== '"') continue;
    const prev = text[i - 1] ?? ' ';
    const opening = ch === '“' || (ch === '"' && (open < 0 || /[\s(\[—–-]/.test(prev)) && !(open >= 0 && /[\p{L}\p{N}.,!?’']/u.test(prev)));
    if (opening && open < 0) open = i + 1;
    else if (!opening && open >= 0) {
      spans.push({ start: open, end: i });
      open = -1;
    } else if (opening) open = i + 1;
  }
  return spans;
}

export function extractQuotes(docs: readonly SourceDoc[], mentions: readonly Mention[] = findMentions(docs)): Quote[] {
  return extractQuotesWithCoverage(docs, mentions).quotes;
}

/** Quotes plus, per quote id, every sentence any of its wordings runs through. */
export function extractQuotesWithCoverage(docs: readonly SourceDoc[], mentions: readonly Mention[] = findMentions(docs)): { quotes: Quote[]; coverage: Citation[][] } {
  const raw: RawQuote[] = [];
  const mentionsBySource = Map.groupBy(mentions, (m) => m.source);
  for (const doc of docs) for (const q of sourceQuotes(doc, mentionsBySource.get(doc.id) ?? [])) raw.push(q);
  return mergeAcrossSources(raw);
}

function sourceQuotes(doc: SourceDoc, mentions: readonly Mention[]): RawQuote[] {
  const out: RawQuote[] = [];
  let previous: RawQuote | null = null;
  doc.blocks.forEach((block, b) => {
    if (block.kind !== 'paragraph') return;
    // Where each sentence sits in the paragraph text.
    const offsets: Array<{ index: number; start: number; end: number }> = [];
    let cursor = 0;
    for (const index of block.sentences) {
      const text = doc.sentences[index]?.text ?? '';
      const at = block.text.indexOf(text, cursor);
      const start = at >= 0 ? at : cursor;
      offsets.push({ index, start, end: start + text.length });
      cursor = start + text.length;
    }
    const sentenceAt = (pos: number) => offsets.find((o) => pos >= o.start && pos < o.end) ?? offsets[offsets.length - 1];
    const spans = quoteSpans(block.text);
    let lastInParagraph: RawQuote | null = null;
    let lastEnd = 0;
    for (const span of spans) {
      const quoted = block.text.slice(span.start, span.end).trim().replace(/[,;:]$/, '');
      const sent = sentenceAt(span.start);
      if (!sent || quoted.length === 0) continue;
      const after = block.text.slice(span.end + 1, span.end + 120);
      const before = block.text.slice(sent.start, Math.max(sent.start, span.start - 1));
      const between = block.text.slice(lastEnd, Math.max(lastEnd, span.start - 1));
      // The attribution may sit in a later sentence than the quote's start (“A. B,” said X).
      const resolveAt = (name: string, pos: number) => {
        const where = sentenceAt(pos) ?? sent;
        return resolveSpeaker(name.replace(/[.,]+$/, ''), doc, where.index, pos - where.start, mentions, previous);
      };
      let speaker: string | null = null;
      let attributed = true;
      const a1 = AFTER_NAME_VERB.exec(after);
      const a2 = AFTER_VERB_NAME.exec(after);
      const b1 = BEFORE_NAME_VERB.exec(before);
      if (a1?.[1] && a1.index === 0 && /^[\s,]/.test(after.slice(0, 2) || ' ')) speaker = resolveAt(a1[1], span.end + 1 + after.indexOf(a1[1]));
      else if (a2?.[1]) speaker = resolveAt(a2[1], span.end + 1 + after.indexOf(a2[1]));
      else if (b1?.[1]) speaker = resolveAt(b1[1], sent.start + before.lastIndexOf(b1[1]));
      else if (BEFORE_PARTICIPLE.test(before) || ANY_VERB.test(before)) speaker = subjectOf(doc, sent.index, mentions, previous, span.start - sent.start);
      else attributed = false;
      const prefix = before.trim();
      const partial = /^\p{Ll}/u.test(quoted) || (prefix.length > 0 && !/[,:]$/.test(prefix) && !/^["“]/.test(prefix));
      const wordsIn = quoted.split(/\s+/).length;
      // Scare quotes and titles: short, and no speaking verb nearby.
      if (wordsIn <= 3 && !(attributed && speaker)) continue;
      // “A,” she said. “B.” — the second half continues the first quote.
      const covered = offsets.filter((o) => o.end > span.start && o.start < span.end).map((o) => o.index);
      if (!attributed && lastInParagraph && BARE_ATTRIBUTION.test(between)) {
        lastInParagraph.text = `${/[.!?]$/.test(lastInParagraph.text) ? lastInParagraph.text : `${lastInParagraph.text}.`} ${quoted}`;
        lastInParagraph.sentences = [...new Set([...lastInParagraph.sentences, ...covered])];
        lastEnd = span.end + 1;
        continue;
      }
      if (!attributed) {
        const heir = lastInParagraph ?? (previous && previous.block >= b - 1 ? previous : null);
        speaker = heir?.speaker ?? null;
      }
      const quote: RawQuote = { source: doc.id, sentence: sent.index, block: b, text: quoted, speaker, partial, attributed, sentences: covered.length > 0 ? covered : [sent.index] };
      out.push(quote);
      lastInParagraph = quote;
      previous = quote;
      lastEnd = span.end + 1;
    }
  });
  return out;
}

/** A written attribution ("Mr. Johnson", "she", "the president") → the full name it refers to. */
function resolveSpeaker(written: string, doc: SourceDoc, sentence: number, offset: number, mentions: readonly Mention[], previous: RawQuote | null): string | null {
  const lower = written.toLowerCase();
  const people = mentions.filter((m) => m.kind === 'person');
  if (lower in PRONOUNS) {
    const gender = PRONOUNS[lower] ?? null;
    if (previous?.speaker && previous.block >= (doc.sentences[sentence]?.block ?? 0) - 1) {
      const prevGender = people.find((m) => m.name === previous.speaker)?.gender ?? null;
      if (!gender || !prevGender || prevGender === gender) return previous.speaker;
    }
    return nearestPerson(people, sentence, offset, (m) => !gender || !m.gender || m.gender === gender);
  }
  if (lower.startsWith('the ')) {
    const role = lower.slice(4);
    return nearestPerson(people, sentence, offset, (m) => (m.role ?? '').toLowerCase().includes(role)) ?? nearestPerson(people, sentence, offset, () => true);
  }
  // The mention whose span covers the written name (titles are stripped there).
  const here = people.find((m) => m.sentence === sentence && m.start >= offset - 1 && m.start < offset + written.length);
  if (here) return here.name;
  const last = written.split(/\s+/).pop() ?? written;
  const bySurname = people.find((m) => m.name.split(' ').pop() === last);
  return bySurname?.name ?? written.replace(/^(?:Mr|Mrs|Ms|Dr)\.?\s+/, '');
}

/** The latest person mentioned before a point in the source that passes `accept`. */
function nearestPerson(people: readonly Mention[], sentence: number, offset: number, accept: (m: Mention) => boolean): string | null {
  const before = people
    .filter((m) => m.sentence < sentence || (m.sentence === sentence && m.start < offset))
    .sort((a, b) => b.sentence - a.sentence || b.start - a.start);
  return before.find(accept)?.name ?? null;
}

/** The first person named in the sentence before the quote (the grammatical subject, usually). */
function subjectOf(doc: SourceDoc, sentence: number, mentions: readonly Mention[], previous: RawQuote | null, offset: number): string | null {
  const inSentence = mentions.filter((m) => m.kind === 'person' && m.sentence === sentence && m.start < offset).sort((a, b) => a.start - b.start);
  if (inSentence[0]) return inSentence[0].name;
  const text = doc.sentences[sentence]?.text ?? '';
  const pronoun = /^(?:[^“"]*?\b)?(he|she)\b/i.exec(text.slice(0, offset))?.[1]?.toLowerCase();
  if (pronoun) return resolveSpeaker(pronoun, doc, sentence, offset, mentions, previous);
  return null;
}

/** The same quote from several sources (or repeated in one) becomes one Quote with variants. */
function mergeAcrossSources(raw: readonly RawQuote[]): { quotes: Quote[]; coverage: Citation[][] } {
  const tokens = raw.map((q) => new Set(contentTokens(q.text)));
  const parent = raw.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  for (const [i, j] of rareTokenPairs(tokens)) {
    const a = raw[i];
    const b = raw[j];
    // Two named, different speakers never share a quote; that disagreement is kept apart.
    if (!a || !b || (a.speaker !== null && b.speaker !== null && a.speaker !== b.speaker)) continue;
    const ta = tokens[i] ?? new Set<string>();
    const tb = tokens[j] ?? new Set<string>();
    let shared = 0;
    for (const t of ta) if (tb.has(t) && t !== NEG) shared++;
    const containment = shared / Math.max(1, Math.min(ta.size, tb.size));
    if (shared >= 4 && containment >= 0.6) parent[find(j)] = find(i);
  }
  const groups = new Map<number, number[]>();
  raw.forEach((_, i) => appendTo(groups, find(i), i));
  const quotes: Array<Omit<Quote, 'id'> & { covered: Citation[] }> = [];
  for (const members of groups.values()) {
    const variants: QuoteVariant[] = members.map((i) => raw[i]).filter((q) => q !== undefined).map((q) => ({ source: q.source, sentence: q.sentence, text: q.text }));
    variants.sort((p, q) => (p.source < q.source ? -1 : p.source > q.source ? 1 : p.sentence - q.sentence));
    const quotesIn = members.map((i) => raw[i]).filter((q) => q !== undefined);
    quotes.push({
      speaker: mostCommon(quotesIn.map((q) => q.speaker).filter((s): s is string => s !== null)),
      text: canonicalWording(variants.map((v) => v.text)),
      partial: quotesIn.every((q) => q.partial),
      variants,
      sources: [...new Set(variants.map((v) => v.source))].sort(),
      covered: quotesIn.flatMap((q) => q.sentences.map((sentence) => ({ source: q.source, sentence }))),
    });
  }
  const sorted = quotes.sort((p, q) => compareVariant(p.variants[0], q.variants[0]));
  return {
    quotes: sorted.map(({ covered: _covered, ...q }, id) => ({ id, ...q })),
    coverage: sorted.map((q) => q.covered),
  };
}

function compareVariant(a: QuoteVariant | undefined, b: QuoteVariant | undefined): number {
  if (!a || !b) return 0;
  return a.source < b.source ? -1 : a.source > b.source ? 1 : a.sentence - b.sentence;
}

/** The most common wording (compared on normalised words), else the longest. */
function canonicalWording(texts: readonly string[]): string {
  const counts = new Map<string, { count: number; text: string }>();
  for (const t of texts) {
    const key = words(t).join(' ');
    const entry = counts.get(key) ?? { count: 0, text: t };
    entry.count++;
    counts.set(key, entry);
  }
  const ranked = [...counts.values()].sort((a, b) => b.count - a.count || b.text.length - a.text.length || (a.text < b.text ? -1 : 1));
  return ranked[0]?.text ?? '';
}

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}
