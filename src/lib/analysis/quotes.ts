// Direct quotes: found per paragraph, attributed to a speaker (a person or an organisation, names,
// titles, descriptions and pronouns resolved), split quotes rejoined, and the same quote from
// several outlets merged with each wording kept. The parts live in ./quotes/.
import type { Citation, SourceDoc } from '../types.ts';
import { findMentions, type Mention } from './entities.ts';
import { adjacentTo, clauseEnd, subjectIn, subjectStart, verbsIn, type Verb } from './quotes/attribution.ts';
import { quoteSpans, type Span } from './quotes/marks.ts';
import { mergeAcrossSources, type RawQuote } from './quotes/merge.ts';
import { isPastVerb } from '../text/nlp.ts';
import { kindOf, paragraphCandidates, PREPOSITIONAL, resolveCandidate, ROLE_NOUN, type Candidate, type Context, type Speaker } from './quotes/speakers.ts';
import type { Quote } from './types.ts';

export { quoteSpans } from './quotes/marks.ts';


/** How far (characters) a speech verb may sit from the quote it introduces. */
const VERB_REACH = 150;

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

interface Placed {
  index: number;
  start: number;
  end: number;
}

/** Where each sentence of a paragraph sits in the paragraph's text. */
function placeSentences(doc: SourceDoc, text: string, indices: readonly number[]): Placed[] {
  const out: Placed[] = [];
  let cursor = 0;
  for (const index of indices) {
    const s = doc.sentences[index]?.text ?? '';
    const at = text.indexOf(s, cursor);
    const start = at >= 0 ? at : cursor;
    out.push({ index, start, end: start + s.length });
    cursor = start + s.length;
  }
  return out;
}

/** How a quote came by its speaker. */
type Found = { speaker: Speaker | null; how: 'after' | 'before' | 'subject' } | null;

/** "Mike Huckabee, the former Arkansas governor, proposed": the first name followed at once by an aside set off by commas up to the verb. */
function appositionHead(text: string, candidates: readonly Candidate[], from: number, verb: number): Candidate | null {
  // A participle ("…, his rival, Hillary Clinton, saying") hangs off the sentence, not off the name before it.
  if (!/,\s*(?:\p{Ll}+ly\s+)?$/u.test(text.slice(from, verb)) || /^\p{Ll}+ing\b/u.test(text.slice(verb))) return null;
  for (const c of candidates) {
    if (c.kind !== 'name' || c.start < from || c.end > verb) continue;
    const tail = text.slice(c.end, verb);
    // The name opens its clause: only titles before it, after the start or a "…, while".
    const opensClause = /(?:^\s*|[;:]\s*|,\s*(?:while|and|but|whereas)\s+)(?:(?:former|then|the|ex-|\p{Lu}[\p{L}.’'-]*)\s+)*$/u.test(text.slice(from, c.start));
    if (opensClause && /^(?:\s*\([^)]*\))?\s*,/.test(tail) && verbsIn(tail, 0, tail.length).length === 0) return c;
  }
  return null;
}

/** Words a noun phrase may open with before a role ("the", "his", "Trump’s"). */
const ROLE_OPENER = /^(?:the|a|an|his|her|their|its|our|\p{Lu}[\p{L}.’'-]*(?:['’]s?)?)\s/iu;

/**
 * "Trump’s campaign manager, Corey Lewandowski, told", "The leader of the union, Maria Gomez, warned":
 * a role, then a person set off by commas right before the verb: the person speaks, not the name inside the role.
 */
function roleApposition(text: string, candidates: readonly Candidate[], from: number, verb: number): Candidate | null {
  const name = candidates.filter((c) => c.kind === 'name' && c.start >= from && c.end <= verb && c.mention !== undefined && kindOf(c.mention) === 'person').pop();
  if (!name || !/^\s*,\s*(?:\p{Ll}+ly\s+)?$/u.test(text.slice(name.end, verb))) return null;
  const before = text.slice(from, name.start);
  if (!/,\s*$/.test(before)) return null;
  const role = before.replace(/^[\s,—–-]+/, '').replace(/,\s*$/, '');
  const words = role.split(/\s+/).filter(Boolean);
  // One noun phrase: no clause break, no verb, a role noun in it.
  if (words.length > 10 || /[,;:.!?()“”"]/.test(role.replace(/\b(?:\p{Lu}\.)+|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St)\./gu, '')) || !ROLE_OPENER.test(role) || !ROLE_NOUN.test(role)) return null;
  if (words.some((w) => isPastVerb(w) || /ing$/.test(w)) || verbsIn(role, 0, role.length).length > 0) return null;
  return name;
}

/** The speaker of a verb: the name written right before it, else the first candidate of its clause that resolves. */
function firstSpeaker(text: string, candidates: readonly Candidate[], from: number, to: number, ctx: Context, block: number, toIsVerb = true): Speaker | null {
  const adjacent = toIsVerb ? (appositionHead(text, candidates, from, to) ?? roleApposition(text, candidates, from, to) ?? adjacentTo(text, candidates, from, to)) : null;
  const own = adjacent ? resolveCandidate(adjacent, ctx, block) : null;
  if (own) return own;
  const ordered = subjectIn(text, candidates, from, to);
  // The subject is the first candidate no preposition governs ("In a swipe against Trump, Clinton said").
  for (const c of ordered.filter((o) => !PREPOSITIONAL.test(text.slice(from, o.start)))) {
    const speaker = resolveCandidate(c, ctx, block);
    if (speaker) return speaker;
    if (unnamedSomeone(text, c)) return null;
  }
  for (const c of ordered) {
    const speaker = resolveCandidate(c, ctx, block);
    if (speaker) return speaker;
    if (unnamedSomeone(text, c)) return null;
  }
  return null;
}

/**
 * "one well-connected Democrat familiar with the Clinton campaign", "a longtime adviser to Trump": someone unnamed
 * speaks; the names after only describe them.
 */
function unnamedSomeone(text: string, c: Candidate): boolean {
  if (c.kind !== 'description' || !/^(?:an?|one|another)\s/i.test(c.text)) return false;
  // "A Plus reporter Isaac Saul": a title right before a name.
  if (/^\s+\p{Lu}/u.test(text.slice(c.end))) return false;
  // "a spokesman for X", "an official at the State Department", "a paper from the Brookings Institution": X speaks through them.
  return !/^\s+(?:for|from|of|at|with)\s/.test(text.slice(c.end));
}

/** The words after a verb up to the next quote are a colon after a short adverbial ("Trump said Tuesday:"), with no verb of their own. */
function introducesNext(rest: string): boolean {
  return /^[^.;!?“”"«»„]*:\s*$/u.test(rest) && rest.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= 4 && verbsIn(rest, 0, rest.length).length === 0;
}

/** An indefinite noun phrase opening the words after a quote ("a Nevada Democrat", "one official"): someone unnamed. */
const UNRESOLVED_SUBJECT = /^[\s,—–-]*(?:a|an|one|another)\s+[\p{L}-]+/iu;

/** A conjunction, maybe after a short aside ("for instance,"), opening the words after a quote. */
const NEW_CLAUSE = /^[\s,—–-]*(?:\p{Ll}+(?:\s+\p{Ll}+){0,2}\s*,\s*)?(?:and|but|while|whereas|yet|or)\s/u;

/** "“…,” X said" / "“…,” said X" / "“…,” according to X" right after the closing mark. */
function attributionAfter(text: string, span: Span, limit: number, candidates: readonly Candidate[], ctx: Context, block: number, sentenceFrom: number): Found {
  const from = Math.min(span.end + 1, limit);
  const end = clauseEnd(text, from, limit);
  const verb = verbsIn(text, from, Math.min(end, from + VERB_REACH))[0];
  if (!verb) return null;
  // “…,” Trump said: “…” — a verb ending in a colon before the next quote introduces that quote.
  if (limit < text.length && introducesNext(text.slice(verb.end, limit))) return null;
  const lead = text.slice(from, verb.start);
  const quoteEnd = text.slice(Math.max(span.start, span.end - 3), span.end).trim().replace(/['’"]+$/u, '');
  // “…” to support X, and suggested …: a quote that runs on into its sentence has no attribution after it.
  // A quote trailing off ("…") hands off like a comma.
  // “… anonymity" said Nick Merrill: a verb right after the marks attributes even when the comma is missing.
  const handsOff = /[,!?—–…-]$/.test(quoteEnd) || /^\s*[,—–-]/.test(lead) || (/^\s+$/.test(lead) && /^(?:said|says|told|tells|wrote|writes|asked|asks|\p{Ll}+ed)$/u.test(verb.word) && text.slice(span.start, span.end).split(/\s+/).length > 3);
  const closed = /[.]$/.test(quoteEnd);
  // “….” Trump said. — a closed quote, then a sentence that is only its attribution.
  const bareSentence = closed && /^\s*\p{Lu}/u.test(lead) && lead.trim().split(/\s+/).length <= 4 && text.slice(verb.end, end).trim().split(/\s+/).filter(Boolean).length <= 2 && end < limit;
  if (!handsOff && !bareSentence && !(closed && /^\s*\p{Ll}/u.test(lead) && lead.split(/\s+/).length <= 4)) return null;
  if (/[!?]$/.test(quoteEnd) && lead.trim().split(/\s+/).length > 5) return null;
  if (/^[\s,—–-]*$/.test(lead)) {
    // “…,” saying …: a participle after the quote belongs to the sentence's subject.
    if (/ing$/.test(verb.word)) return { speaker: firstSpeaker(text, candidates, subjectStart(text, sentenceFrom, span.start), span.start, ctx, block, false), how: 'after' };
    return { speaker: firstSpeaker(text, candidates, verb.end, end, ctx, block, false), how: 'after' };
  }
  // “The Apprentice,” who went on …, said: a relative clause after the marks is no attribution.
  if (lead.split(/\s+/).length > 22 || /^[\s,]*(?:who|which|whose|that|where|when)\b/.test(lead)) return null;
  // “…,” for instance, and Trump vowed to …: a conjunction opens a new clause with its own speaker and words.
  if (NEW_CLAUSE.test(lead)) return null;
  const speaker = firstSpeaker(text, candidates, from, verb.start, ctx, block);
  if (speaker) return { speaker, how: 'after' };
  // “…,” a Nevada Democrat said: someone unnamed speaks, not whoever was named before.
  return UNRESOLVED_SUBJECT.test(lead) ? { speaker: null, how: 'after' } : null;
}

/** Verbs that report what someone said; a clause after them is what was said. */
const REPORTING = /^(?:said|says|told|tells|argued|argues|claimed|claims|insisted|insists|wrote|writes|noted|notes|explained|explains|added|adds|warned|warns|suggested|suggests|acknowledged|acknowledges|contended|contends|asserted|asserts|maintained|maintains|recalled|recalls|predicted|predicts|complained|complains|stressed|stresses)$/;

/** "Meeks said Clinton reassured them that …“…”": the reporter of the outer clause speaks for a verb embedded in what they said. */
function outerReporter(text: string, verbs: readonly Verb[], from: number, candidates: readonly Candidate[], ctx: Context, block: number): Speaker | null {
  const last = verbs[verbs.length - 1];
  const start = last ? subjectStart(text, from, last.start) : from;
  const first = verbs.find((v) => v.start >= start && REPORTING.test(v.word));
  if (!last || !first || first === last) return null;
  const between = text.slice(first.end, last.start);
  // A new clause ("…, and Clinton called it …") or sentence has its own speaker.
  if (/[.;:!?]|,\s*(?:and|but|while|whereas|as|when|after|before|although|though)\b|\b(?:who|which)\b|^\s*,/.test(between)) return null;
  const subject = adjacentTo(text, candidates, start, first.start);
  return subject ? resolveCandidate(subject, ctx, block) : null;
}

const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** Words of a short time or place adverbial: "Tuesday in Paris", "on Monday", "earlier this week". */
const TIME_OR_PLACE_WORD = /^(?:on|in|at|during|last|this|earlier|later|the|today|yesterday|tonight|morning|afternoon|evening|night|week|\p{Lu}[\p{L}.’'-]*)$/u;

/** Between "said" and a participle: a comma, maybe after a short time or place ("said Tuesday in Paris, noting"). */
function saidThenParticiple(between: string): boolean {
  if (/^\s*,?\s*(?:and\s+)?$/.test(between)) return true;
  if (!/^\s+[^,;:.!?“”"]{1,40},\s*$/u.test(between)) return false;
  const words = between.trim().replace(/,$/, '').split(/\s+/);
  return words.length <= 5 && words.every((w) => TIME_OR_PLACE_WORD.test(w)) && words.some((w) => !/^\p{Lu}/u.test(w) || WEEKDAY.test(w));
}

/** What may stand between an inverted verb and its speaker: capitalised words and titles ("said CBS moderator Nancy Cordes"). */
const INVERTED_TITLE = /^\s*(?:(?:\p{Lu}[\p{L}.’'-]*|former|then|moderator|host|co-host|anchor|spokesman|spokeswoman|adviser|aide|chairman|chairwoman|senator|delegate|director|professor|analyst|strategist|economist|lawyer|attorney|president|secretary|leader|candidate|pollster|consultant|official|editor|columnist|writer|reporter|correspondent)\s+){0,4}$/u;

/** "X said: “…”", "X told reporters that “…”", "according to X, “…”" before the opening mark. */
function attributionBefore(text: string, span: Span, from: number, candidates: readonly Candidate[], ctx: Context, block: number, sentence: { start: number; unquoted: readonly Candidate[] }): Found {
  const to = Math.max(from, span.start - 1);
  const verbs = verbsIn(text, from, to).filter((v) => to - v.end <= VERB_REACH);
  const verb = verbs[verbs.length - 1];
  if (!verb) return null;
  // "CNN, Cruz said, called it …": an attribution set off by commas names the speaker.
  for (const v of verbs) {
    if (!/^\s*,/.test(text.slice(v.end, v.end + 2)) || !/,\s*\S+(?:\s+\S+){0,3}\s+$/.test(text.slice(from, v.start))) continue;
    const aside = adjacentTo(text, candidates, from, v.start);
    const speaker = aside && /,\s*$/.test(text.slice(from, aside.start)) ? resolveCandidate(aside, ctx, block) : null;
    if (speaker) return { speaker, how: 'before' };
  }
  // "But, said Solovey, “…”": the verb, then the speaker, then the quote.
  // "…, explained Rosenberg, “…”": a verb set off by a comma inverts even after a subject.
  const named = candidates.some((c) => c.start >= from && c.end <= verb.start);
  // "…, telling Reuters, “…”": a participle or a verb of telling takes its addressee after it, not its speaker.
  const subjectless = !named || (/,\s*$/.test(text.slice(from, verb.start)) && !/ing$|^(?:told|tells|tell|asked|asks|ask|urged|warned|reminded|assured)$/.test(verb.word));
  // "Said Dorothy Poynter, who grew up nearby, “…”", "explained CBS moderator Nancy Cordes: “…”": only a title may come between
  // the verb and the name ("… said he never saw Mateen “…”" is no inversion), and only an aside between the name and the quote.
  const inverted =
    subjectless &&
    candidates.find((c) => c.kind === 'name' && c.start >= verb.end && /^(?:\s*,[^“”"«»,]{0,100},)?[\s,:]*$/.test(text.slice(c.end, to)) && (!named || /[,:]/.test(text.slice(c.end, to))) && INVERTED_TITLE.test(text.slice(verb.end, c.start)));
  const invertedSpeaker = inverted ? resolveCandidate(inverted, ctx, block) : null;
  if (invertedSpeaker) return { speaker: invertedSpeaker, how: 'before' };
  if (verb.word.toLowerCase() === 'according to') {
    const speaker = firstSpeaker(text, candidates, verb.end, to, ctx, block, false);
    if (speaker) return { speaker, how: 'before' };
  }
  // "Gore insisted it was “premature”, while adding, “…”", "…, pointing to X and telling viewers that “…”": a participle
  // hanging off the sentence takes the sentence's subject, even when an earlier quote of the sentence stands between.
  if (/ing$/.test(verb.word) && /(?:,|\b(?:and|while|before|after|by))\s*$/.test(text.slice(sentence.start, verb.start))) {
    // "“…,” Law said, noting that “…”": right after a speech verb, the participle is that verb's speaker's.
    const said = verbsIn(text, sentence.start, verb.start).pop();
    const sayer = said && saidThenParticiple(text.slice(said.end, verb.start)) ? adjacentTo(text, sentence.unquoted, sentence.start, said.start) : null;
    const speaker = sayer ? resolveCandidate(sayer, ctx, block) : firstSpeaker(text, sentence.unquoted, subjectStart(text, sentence.start, verb.start), verb.start, ctx, block, false);
    if (speaker) return { speaker, how: 'before' };
  }
  const outer = outerReporter(text, verbs, from, candidates, ctx, block);
  if (outer) return { speaker: outer, how: 'before' };
  const speaker = firstSpeaker(text, candidates, subjectStart(text, from, verb.start), verb.start, ctx, block);
  return { speaker, how: 'before' };
}

/** What may follow the comma before ", X said.": a name, a description, or a lowercase role before a name ("party spokesman Dan Ruiz"). */
function opensSpeakerPhrase(phrase: string): boolean {
  return /^\s*(?:\p{Lu}|the\s|an?\s)/u.test(phrase) || (ROLE_NOUN.test(phrase) && /^\s*(?:[\p{Ll}-]+\s+){1,3}\p{Lu}/u.test(phrase));
}

/** "“…” that Sanders can win, said Steve Elmendorf." / "…, Zuckoff said.": an attribution closing the quote's sentence. */
function attributionAtSentenceEnd(text: string, span: Span, limit: number, candidates: readonly Candidate[], ctx: Context, block: number): Speaker | null {
  const from = Math.min(span.end + 1, limit);
  const end = clauseEnd(text, from, limit);
  const tail = text.slice(from, end);
  if (/[“”"«»„]/.test(tail) || !/[.!?]/.test(text.slice(end, end + 1))) return null;
  const verb = verbsIn(text, from, end).pop();
  if (!verb || verb.word.toLowerCase() === 'according to') return null;
  if (/,\s*$/.test(text.slice(from, verb.start))) return firstSpeaker(text, candidates, verb.end, end, ctx, block, false);
  // ", X said." — the verb ends the sentence (a time may follow) and a comma opens its subject.
  if (text.slice(verb.end, end).trim().split(/\s+/).filter(Boolean).length > 3) return null;
  const commas = [...text.slice(from, verb.start).matchAll(/,/g)].map((m) => from + m.index + 1).reverse().slice(0, 3);
  for (const comma of commas) {
    if (!opensSpeakerPhrase(text.slice(comma, verb.start))) continue;
    const speaker = firstSpeaker(text, candidates, comma, verb.start, ctx, block);
    if (speaker) return speaker;
  }
  return null;
}

/**
 * "The promise to “take our country back” and “make America great again” appeals to …, said Alan Abramowitz.":
 * an attribution closing the sentence speaks for its earlier quotes too, when no speech verb stands between them.
 */
function closingOfSentence(text: string, spans: readonly Span[], k: number, sentenceEnd: number, candidates: readonly Candidate[], ctx: Context, block: number): Speaker | null {
  const span = spans[k];
  let last = k;
  while ((spans[last + 1]?.start ?? Infinity) < sentenceEnd) last++;
  const lastSpan = spans[last];
  if (!span || !lastSpan || last === k || verbsIn(text, span.end, lastSpan.start).length > 0) return null;
  const next = spans[last + 1];
  return attributionAtSentenceEnd(text, lastSpan, next ? Math.max(lastSpan.end + 1, next.start - 1) : text.length, candidates, ctx, block);
}

/** "X said in a statement. “…”": the sentence before a quote that opens its own sentence attributes it. */
function speakerOfSentence(text: string, sentence: Placed, candidates: readonly Candidate[], ctx: Context, block: number): Speaker | null {
  const own = text.slice(sentence.start, sentence.end);
  if (/[“”"«»„]/.test(own)) return null;
  const verb = verbsIn(text, sentence.start, sentence.end)[0];
  if (!verb || verb.word.toLowerCase() === 'according to') return null;
  return firstSpeaker(text, candidates, subjectStart(text, sentence.start, verb.start), verb.start, ctx, block);
}

/** "Pollsters agree - Carl Bialik: “…”", "Rep. Trey Gowdy (R-S.C.): “…”": a name opening its line or clause, then a colon, then the quote. */
function labelBefore(text: string, span: Span, from: number, candidates: readonly Candidate[], ctx: Context, block: number): Speaker | null {
  const label = candidates
    .filter((c) => c.kind === 'name' && c.start >= from && c.end <= span.start)
    .filter((c) => /^\s*(?:\([^()]{1,30}\))?\s*:\s*$/.test(text.slice(c.end, Math.max(c.end, span.start - 1))) && /(?:^\s*|[-–—•]\s+)(?:(?:\p{Lu}[\p{L}.’'-]*|former|then)\s+)*$/u.test(text.slice(from, c.start)))
    .pop();
  return label ? resolveCandidate(label, ctx, block) : null;
}

/** A title or a name in quotation marks ("Saturday Night Live"): every word capitalised, no sentence. */
function looksLikeTitle(quoted: string): boolean {
  const ws = quoted.split(/\s+/).filter(Boolean);
  return ws.length <= 6 && ws.every((w) => /^[\p{Lu}\p{N}]|^(?:of|the|a|an|and|in|on|for|to|at)$/u.test(w)) && !/[.!?]$/.test(quoted);
}

/** The words inside a quote's marks, without the comma or colon that hands off to its attribution. */
function quotedText(text: string, span: Span): string {
  return text.slice(span.start, span.end).trim().replace(/[,;:]$/, '');
}

/** Mentions written inside quotation marks, paragraph by paragraph. */
function quotedMentions(doc: SourceDoc, mentions: readonly Mention[]): Set<Mention> {
  const out = new Set<Mention>();
  const bySentence = Map.groupBy(mentions, (m) => m.sentence);
  for (const block of doc.blocks) {
    if (block.kind !== 'paragraph' || !/[“”"«»„]/.test(block.text)) continue;
    const spans = quoteSpans(block.text);
    for (const placed of placeSentences(doc, block.text, block.sentences)) {
      for (const m of bySentence.get(placed.index) ?? []) {
        const at = placed.start + m.start;
        if (spans.some((q) => at >= q.start && placed.start + m.end <= q.end)) out.add(m);
      }
    }
  }
  return out;
}

function sourceQuotes(doc: SourceDoc, mentions: readonly Mention[]): RawQuote[] {
  const out: RawQuote[] = [];
  const ctx: Context = { mentions: mentions.filter((m) => m.kind !== 'place'), previous: null, outlet: doc.outlet, sentenceText: (i) => doc.sentences[i]?.text ?? '', quoted: quotedMentions(doc, mentions) };
  let previous: RawQuote | null = null;
  /** "Sheinbaum said:" at a paragraph's end speaks the next paragraph's quote. */
  let pending: { speaker: Speaker; block: number; weak?: boolean } | null = null;
  let unattributedBlock: RawQuote[] = [];
  doc.blocks.forEach((block, b) => {
    if (block.kind !== 'paragraph') return;
    const text = block.text;
    // Only paragraphs with quotation marks, a closing colon or a dash line can attribute anything.
    if (!/[“”"«»„]/.test(text) && !/:\s*$/.test(text) && !(/^\s*[-–—]/.test(text) && unattributedBlock.length > 0)) {
      unattributedBlock = [];
      // "Valastro praised the governor’s record." hands its subject to a quote that opens the next paragraph.
      const placedHere = placeSentences(doc, text, block.sentences);
      const last = placedHere[placedHere.length - 1];
      const speaker = last ? speakerOfSentence(text, last, paragraphCandidates(text, placedHere, mentions), ctx, b) : null;
      pending = speaker ? { speaker, block: b, weak: true } : null;
      return;
    }
    const placed = placeSentences(doc, text, block.sentences);
    const candidates = paragraphCandidates(text, placed, mentions);
    // "— Bernie Sanders": a dash line names the speaker of the quote paragraph above it.
    const dash = /^\s*[-–—]+\s*([^“”"]{2,80}?)\.?\s*$/u.exec(text);
    if (dash && unattributedBlock.length > 0) {
      const speaker = firstSpeaker(text, candidates, 0, text.length, ctx, b, false);
      if (speaker) for (const q of unattributedBlock) Object.assign(q, { speaker: speaker.name, speakerKind: speaker.kind, attributed: true });
      unattributedBlock = [];
      return;
    }
    unattributedBlock = [];
    const sentenceAt = (pos: number) => placed.find((o) => pos >= o.start && pos < o.end) ?? placed[placed.length - 1];
    const spans = quoteSpans(text);
    // Names inside quotation marks are what was said, never who said it.
    const unquoted = candidates.filter((c) => !spans.some((q) => c.start >= q.start && c.end <= q.end));
    let lastInParagraph: RawQuote | null = null;
    let lastEnd = 0;
    spans.forEach((span, k) => {
      const quoted = quotedText(text, span);
      const sent = sentenceAt(span.start);
      if (!sent || quoted.length === 0) return;
      // “…,” Texas delegate Bill Eastland, wearing “Ted Cruz” pins, said: a quoted name inside the attribution does not end it.
      const next = looksLikeTitle(quoted) ? spans[k + 1] : spans.slice(k + 1).find((o) => !looksLikeTitle(quotedText(text, o)));
      const limit = next ? Math.max(span.end + 1, next.start - 1) : text.length;
      const regionStart = Math.max(sent.start, lastEnd);
      const label = labelBefore(text, span, regionStart, candidates, ctx, b);
      const found: Found = label ? { speaker: label, how: 'before' } : (attributionAfter(text, span, limit, candidates, ctx, b, regionStart) ?? attributionBefore(text, span, regionStart, candidates, ctx, b, { start: sent.start, unquoted }));
      let speaker = found?.speaker ?? null;
      let attributed = found !== null;
      // "“…,” said a Nevada Democrat": attributed to someone unnamed; no one else is credited in their place.
      const unnamed = found !== null && found.speaker === null && found.how === 'after';
      const prefix = text.slice(sent.start, Math.max(sent.start, span.start - 1)).trim();
      const partial = /^\p{Ll}/u.test(quoted) || (prefix.length > 0 && !/[,:]$/.test(prefix) && !/^["“]/.test(prefix));
      const wordsIn = quoted.split(/\s+/).length;
      // “a total lightweight” while Cruz is “a basket case”: a later quote of the same sentence, with no speech
      // verb since the one before, is the same speaker's; the names in between are what they talk about.
      const sameSentence = lastInParagraph && lastInParagraph.sentences.includes(sent.index) && lastInParagraph.speaker ? lastInParagraph : null;
      if (!attributed && sameSentence?.speaker && sameSentence.speakerKind && verbsIn(text, lastEnd, span.start).length === 0 && !/[.!?]\s/.test(text.slice(lastEnd, span.start))) {
        const name = sameSentence.speaker;
        speaker = { name, kind: sameSentence.speakerKind, gender: ctx.mentions.find((m) => m.name === name)?.gender ?? null };
        attributed = true;
      }
      // Words quoted inside running text with no speech verb: the sentence's subject uses them.
      if (!attributed && (partial || /:$/.test(prefix)) && wordsIn > 3 && !looksLikeTitle(quoted)) {
        const subject = firstSpeaker(text, candidates, subjectStart(text, regionStart, span.start), span.start, ctx, b, false);
        if (subject) {
          speaker = subject;
          attributed = true;
        }
      }
      // Scare quotes and titles: short or title-like, and no one said them; a title inside a sentence is never a quote.
      if ((wordsIn <= 3 || looksLikeTitle(quoted)) && !(found && speaker)) return;
      const covered = placed.filter((o) => o.end > span.start && o.start < span.end).map((o) => o.index);
      const between = text.slice(lastEnd, Math.max(lastEnd, span.start - 1));
      // “A,” she said. “B.” — the second half continues the first quote.
      const bareVerb = verbsIn(between, 0, between.length).pop();
      if (lastInParagraph && (!attributed || speaker?.name === lastInParagraph.speaker) && /^[^“”"]{0,60}$/.test(between) && bareVerb && between.length - bareVerb.end <= 25 && /[.,:]\s*$/.test(between) && !found?.speaker) {
        lastInParagraph.text = `${/[.!?]$/.test(lastInParagraph.text) ? lastInParagraph.text : `${lastInParagraph.text}.`} ${quoted}`;
        lastInParagraph.sentences = [...new Set([...lastInParagraph.sentences, ...covered])];
        lastEnd = span.end + 1;
        return;
      }
      if (!speaker && !unnamed && !(wordsIn <= 3 || looksLikeTitle(quoted))) {
        const sentenceBefore = prefix.length === 0 ? placed[placed.indexOf(sent) - 1] : undefined;
        const closing = attributionAtSentenceEnd(text, span, limit, candidates, ctx, b) ?? closingOfSentence(text, spans, k, sent.end, candidates, ctx, b) ?? (sentenceBefore ? speakerOfSentence(text, sentenceBefore, candidates, ctx, b) : null);
        if (closing) {
          speaker = closing;
          attributed = true;
        }
      }
      if (!speaker && !unnamed) {
        // A paragraph that is all quote carries on the speaker before it.
        const opensParagraph = /^\s*$/.test(text.slice(0, Math.max(0, span.start - 1)));
        const heirName = lastInParagraph?.speaker ? { name: lastInParagraph.speaker, kind: lastInParagraph.speakerKind } : null;
        const carried = pending && pending.block >= b - 1 && (!pending.weak || opensParagraph) ? pending.speaker : null;
        const fromPrevious = opensParagraph && previous?.speaker && previous.block >= b - 2 ? { name: previous.speaker, kind: previous.speakerKind } : null;
        const heir = heirName ?? (carried ? { name: carried.name, kind: carried.kind } : null) ?? fromPrevious;
        if (heir?.kind) speaker = { name: heir.name, kind: heir.kind, gender: ctx.mentions.find((m) => m.name === heir.name)?.gender ?? null };
      }
      const quote: RawQuote = {
        source: doc.id,
        sentence: sent.index,
        block: b,
        text: quoted,
        speaker: speaker?.name ?? null,
        speakerKind: speaker?.kind ?? null,
        partial,
        attributed,
        sentences: covered.length > 0 ? covered : [sent.index],
      };
      out.push(quote);
      if (!found) unattributedBlock.push(quote);
      lastInParagraph = quote;
      previous = quote;
      if (speaker) ctx.previous = { speaker, block: b };
      lastEnd = span.end + 1;
    });
    // A paragraph that ends "… said:" hands its speaker to the next one.
    const tail = text.trimEnd();
    pending = null;
    if (tail.endsWith(':')) {
      const last = placed[placed.length - 1];
      const verb = last ? verbsIn(text, Math.max(last.start, lastEnd), tail.length).pop() : undefined;
      if (last && verb) {
        const speaker = firstSpeaker(text, candidates, subjectStart(text, Math.max(last.start, lastEnd), verb.start), verb.start, ctx, b);
        if (speaker) pending = { speaker, block: b };
      }
    }
  });
  return out;
}
