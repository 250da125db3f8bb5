// Where a quote's attribution sits and which candidate in it is the speaker: "“…,” X said",
// "“…,” said X", "X said: “…”", "according to X", with appositions and modifiers skipped.
import { SPEECH_VERBS } from '../../text/lexicon.ts';
import { isFunctionWord, isPastVerb } from '../../text/nlp.ts';
import { kindOf, TITLE_GAP, type Candidate } from './speakers.ts';

/** Phrases that attribute like a verb: "As Vulture put it", "as The Hill pointed out", "Trump shot back", "Trump issued a statement:". */
const SPEECH_PHRASES = String.raw`put it|puts it|pointed out|points out|went on|goes on|shot back|shoots back|sang|sings|(?:issued|released|put out|issues|releases) (?:a|an|the following|this)(?: \w+)? statement`;
const VERB_SOURCE = String.raw`\b(?:${SPEECH_PHRASES}|${SPEECH_VERBS.join('|')}|according to|Said|Says|Added|Asked|Wrote|Continued|Explained|Replied|Responded|Tweeted|Countered|According to)\b`;
const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr|Rev|Prof|Mt|No|vs|U\.S|U\.N|D\.C|a\.m|p\.m|Inc|Co|Corp|Ft)|\b\p{Lu})$/u;
/** Words a clause opens with before its subject comes ("When asked, she said"). */
const SUBORDINATE = /^\s*(?:When|After|As|While|If|Although|Though|Because|Before|Since|Asked|Speaking|Responding|Pressed|Unlike|Like|During|In|At|On|Later|Earlier|Last|This)\b/;
/** A capitalised word, then a speech verb: a name speaking ("Boreing said"), not a participle opening a clause. */
const NAME_THEN_VERB = new RegExp(String.raw`^\s*\p{Lu}\p{Ll}+\s+(?:\p{Ll}+ly\s+)?${VERB_SOURCE}`, 'u');
/** Connectives a sentence opens with: no clause of their own ("But Durbin, noting …, said"), unless a comma sets them off. */
const CONNECTIVE = /^\s*(?:But|And|Yet|So|Then|Now|Still|Instead|Meanwhile|However|Afterward|Afterwards|Also|Or|Nor)\b\s*(,)?/;

export interface Verb {
  start: number;
  end: number;
  word: string;
}

/** Speech verbs in text[from, to), as paragraph offsets. */
export function verbsIn(text: string, from: number, to: number): Verb[] {
  const re = new RegExp(VERB_SOURCE, 'gu');
  const slice = text.slice(from, to);
  return [...slice.matchAll(re)].map((m) => ({ start: from + m.index, end: from + m.index + m[0].length, word: m[0] }));
}

/** Where the clause that starts at `from` ends: a sentence stop that is not an abbreviation's dot. */
export function clauseEnd(text: string, from: number, limit: number): number {
  const re = /[.!?;](?=\s|$)/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < limit; m = re.exec(text)) {
    if (m[0] === '.' && ABBREVIATION.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    return m.index;
  }
  return limit;
}

/** The candidate written right before a verb ("… John Podesta told", "with McCain telling"), if any. */
export function adjacentTo(text: string, candidates: readonly Candidate[], from: number, verb: number): Candidate | null {
  // A party tag may sit between the name and the verb ("Rep. Gregory Meeks (D-N.Y.) said").
  const tag = /\([^()]{1,30}\)\s*$/.exec(text.slice(from, verb));
  const to = tag ? from + tag.index : verb;
  const before = candidates.filter((c) => c.start >= from && c.end <= to).sort((a, b) => b.end - a.end || a.start - b.start)[0];
  if (!before) return null;
  const gap = text.slice(before.end, to);
  return /^(?:['’]s?)?\s*(?:(?:\p{Ll}+ly|also|then|later|has|had|have|would|will|is|was|again|once|quickly|still)\s+)*$/u.test(gap) && !/^['’]/.test(gap) ? before : null;
}

/**
 * The speaker among candidates in [from, to): the first, unless it only modifies the name after it
 * ("Clinton campaign chairman John Podesta", "State spokesman Mark Toner", "Trump’s aide Hope Hicks", "Army 1st Lt. Sam Porter").
 */
export function subjectIn(text: string, candidates: readonly Candidate[], from: number, to: number): Candidate[] {
  const inside = candidates.filter((c) => c.start >= from && c.end <= to && !insideAside(text, from, c.start));
  const ordered: Candidate[] = [];
  for (let i = 0; i < inside.length; i++) {
    const c = inside[i];
    if (!c) continue;
    const next = inside.slice(i + 1).find((n) => n.start >= c.end);
    const gap = next ? text.slice(c.end, next.start) : '';
    const modifier = next?.kind === 'name' && next.mention !== undefined && kindOf(next.mention) === 'person' && c.kind !== 'pronoun' && TITLE_GAP.test(gap) && !/\b(?:and|or|to|with|of|for|by|from|on|at|in|as|that|has|have|had|is|was|are|were|will|would|did|does|\p{Ll}+(?:ed|ing))\b/u.test(gap) && /\p{Ll}/u.test(gap) && verbsIn(gap, 0, gap.length).length === 0 && !titleGapHasClause(gap);
    if (modifier && next) {
      ordered.push(next);
      i = inside.indexOf(next);
      continue;
    }
    // A description inside a longer one ("the Republican" in "the Republican candidate") is the same phrase.
    if (ordered.some((o) => c.start >= o.start && c.end <= o.end)) continue;
    ordered.push(c);
  }
  return ordered;
}

/** "Trump went after Bush": a verb or a preposition between two names makes a clause, not a title before the second name. */
function titleGapHasClause(gap: string): boolean {
  return (gap.replace(/^['’]s?/u, '').match(/\p{L}[\p{L}-]*/gu) ?? []).some((w) => isFunctionWord(w) || isPastVerb(w));
}

/** True when `at` sits inside parentheses or a ", who …," aside that began after `from`. */
function insideAside(text: string, from: number, at: number): boolean {
  const span = text.slice(from, at);
  const opens = (span.match(/\(/g) ?? []).length;
  const closes = (span.match(/\)/g) ?? []).length;
  if (opens > closes) return true;
  const who = span.lastIndexOf(', who ');
  const whom = Math.max(span.lastIndexOf(', which '), span.lastIndexOf(', whose '));
  const aside = Math.max(who, whom);
  return aside >= 0 && !span.slice(aside + 2).includes(',');
}

/** Offset of the last "(" not closed in a span, or -1. */
function openParenthesis(span: string): number {
  let depth = 0;
  for (let i = span.length - 1; i >= 0; i--) {
    if (span[i] === ')') depth++;
    else if (span[i] === '(') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** Where a clause's subject can start: after an opening subordinate clause ("When told …, she asked"). */
export function subjectStart(text: string, whole: number, verb: number): number {
  // "(Raphael Lemkin, who coined the word, once said, “…”)": a verb inside parentheses has its subject inside them.
  const open = openParenthesis(text.slice(whole, verb));
  if (open >= 0) return subjectStart(text, whole + open + 1, verb);
  const connective = CONNECTIVE.exec(text.slice(whole, verb));
  const from = connective ? whole + connective[0].length : whole;
  const clause = text.slice(from, verb);
  // "Speaking at …, she said" opens with a participle; "Boreing said" and "Reed told" open with a name.
  const participle = /^\s*\p{Lu}\p{Ll}+(?:ing|ed)\b/u.test(clause) && !NAME_THEN_VERB.test(clause);
  if (!SUBORDINATE.test(clause) && !participle) return from;
  const comma = clause.indexOf(',');
  return comma >= 0 ? from + comma + 1 : from;
}
