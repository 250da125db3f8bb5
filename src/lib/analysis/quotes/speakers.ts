// Who a written speaker ("Mr. Clyburn", "she", "the ministry", "The Post") is: a person or an
// organisation, under the fullest name the article gives. Places, dates and sentence openers never speak.
import { capitalisedRuns } from '../../text/names.ts';
import { isAdjectival, isCommonWord, isFunctionWord, isPastVerb, readName, type Gender } from '../../text/nlp.ts';
import { SPEECH_VERBS } from '../../text/lexicon.ts';
import { STOPWORDS } from '../../text/stopwords.ts';
import type { Mention } from '../entities.ts';

export type SpeakerKind = 'person' | 'organisation';

export interface Speaker {
  name: string;
  kind: SpeakerKind;
  gender: Gender | null;
}

/** Something in a paragraph that could be the one speaking, in paragraph offsets. */
export interface Candidate {
  start: number;
  end: number;
  /** Index of the sentence it sits in. */
  sentence: number;
  kind: 'name' | 'pronoun' | 'description';
  text: string;
  /** Where its sentence starts in the paragraph. */
  base: number;
  mention?: Mention;
  /** The words as written, when they differ from the mention's name. */
  surface?: string;
  /** A name inside a description ("the Clinton campaign"). */
  inner?: Mention;
}

/** What the resolver knows about the story so far (the attribution chain). */
export interface Context {
  /** People and organisations named before, in reading order. */
  mentions: readonly Mention[];
  /** The speaker of the latest quote and the paragraph it was in. */
  previous: { speaker: Speaker; block: number } | null;
  /** The article's own outlet: "the Times reported" is the reporter, not a source. */
  outlet: string | null;
  /** The text of a sentence of the article (mention offsets are in it). */
  sentenceText?: (index: number) => string;
  /** Mentions inside quotation marks: what was said, never whom a pronoun or description stands for. */
  quoted?: ReadonlySet<Mention>;
}

const PRONOUN_GENDER: Record<string, Gender | null> = { he: 'male', she: 'female', they: null, we: null };
/** Nouns a description of a speaker ends in, and whether they name a person or an organisation. */
const PERSON_NOUNS =
  'senator|governor|president|candidate|congressman|congresswoman|lawmaker|legislator|mayor|republican|democrat|billionaire|businessman|businesswoman|nominee|front-?runner|spokesman|spokeswoman|spokesperson|official|aide|adviser|advisor|strategist|secretary|minister|leader|chairman|chairwoman|chair|director|chief|economist|analyst|expert|professor|lawyer|attorney|judge|justice|speaker|host|anchor|reporter|columnist|author|executive|manager|pollster|activist|founder|ambassador|commissioner|general|officer|sheriff|prosecutor|representative|rep|texan|ohioan|floridian|mogul|reality star|star|former \\w+|woman|man|voter|supporter|source|candidate|veteran|immigrant|mother|father|pastor|bishop';
const ORG_NOUNS = 'ministry|department|campaign|committee|agency|embassy|administration|company|party|group|organi[sz]ation|council|commission|office|government|court|board|union|network|newspaper|paper|magazine|website|site|statement|team|firm|coalition|foundation|institute|center|centre|bureau|service|police|military|army|white house|kremlin|pentagon';
/** A word naming someone's role or relation ("campaign manager", "the leader of …", "his wife"). */
export const ROLE_NOUN = new RegExp(String.raw`\b(?:${PERSON_NOUNS}|friend|wife|husband|son|daughter|brother|sister|colleague|partner|deputy|counsel|consultant|surrogate|ally|rival|opponent|challenger|predecessor|successor|president|ceo|founder)s?\b`, 'iu');
/** "the Wisconsin Republican": a capitalised party member heads a description, unless a noun follows ("the Democrat convention committee"). */
const PARTY_MEMBER = String.raw`(?:Republican|Democrat)(?!s?\s+(?:${PERSON_NOUNS}|${ORG_NOUNS}|convention|platform|primary|primaries|voters?|base|establishment|leadership|debate|race|side|ticket|majority|field|nomination|lawmakers?)\b)`;
export const DESCRIPTION = new RegExp(String.raw`\b(?:[Tt]he|[Aa]n?|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{L}’'-]+\s+){0,3}?(${PERSON_NOUNS}|${ORG_NOUNS}|${PARTY_MEMBER})s?\b`, 'gu');
const ORG_NOUN = new RegExp(String.raw`^(?:${ORG_NOUNS})s?$`, 'i');
/** A speech verb in the past right after a word: "Early described it" is a name speaking, "Republican claims" a modifier. */
const SPEECH_VERB_AFTER = new RegExp(String.raw`^\s+(?:(?:\p{Ll}+ly|also|then|later|again|still|has|had|have)\s+)?(?:said|says|told|tells|wrote|writes|${SPEECH_VERBS.filter((v) => v.endsWith('ed')).join('|')})\b`, 'u');
const PRONOUN_RE = /\b(?:he|she|they|we|He|She|They|We)\b/g;
/** Weekdays, months and sentence openers are capitalised but never speak. */
const NEVER = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|When|While|After|Before|As|If|But|And|So|Yet|Then|Now|Still|Also|However|Meanwhile|Later|Earlier|Asked|Speaking|In|On|At|For|The|This|That|It|There|Here|Today|Tonight|Yesterday|Moreover|Furthermore|Additionally|Indeed|Instead|Finally|Nevertheless|Nonetheless|Thus|Therefore|Hence|Perhaps|Even|Only|Just|Again|Once|Ultimately|Overall|Notably|Similarly|Likewise|Separately|Previously|Recently|Currently|Clearly|Obviously|Apparently|Fortunately|Unfortunately|Sadly|Surprisingly|Interestingly|Importantly|Why|What|Who|How|Where|Yes|No|Okay|OK|Well|Oh|Tomorrow|Last|Next|One|Q|A)$/;

/** Pronouns and contractions ("We’re", "They've") are capitalised at a sentence start but are no name. */
const PRONOUN_WORD = /^(?:I|He|She|It|We|You|They|Him|Her|Them|Us)$|^\p{L}+['’](?:re|ve|ll|m|d|t)$/u;

export function isNeverSpeaker(name: string): boolean {
  return NEVER.test(name.trim()) || PRONOUN_WORD.test(name.trim());
}

/** First words that make a capitalised run a clause or a count, not a name: "Asked Tuesday", "Given Sanders", "Two-thirds of Democratic". */
const NEVER_FIRST = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|When|While|After|Before|As|If|But|And|So|Yet|Then|Now|Asked|Speaking|However|Meanwhile|Given|Following|Told|Pressed|Responding|According|Despite|Unlike|Like|Although|Though|Because|Since|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Dozens|Hundreds|Thousands|Millions|Half|Most|Many|Some|Several|Few|All|Both|(?:One|Two|Three)-(?:third|quarter|half|fifth)s?)$/;

/** True when a name opens with a clause opener, weekday, count or pronoun. */
function opensWithNonName(name: string): boolean {
  const first = name.trim().split(/\s+/)[0] ?? '';
  return NEVER_FIRST.test(first) || PRONOUN_WORD.test(first);
}

const ORG_WORD = /\b(?:Department|Ministry|Embassy|Agency|Administration|Times|News|Post|Journal|Council|Committee|Court|Party|Bureau|Office|Service|Commission|Bank|Company|Inc|Corp|University|Institute|Association|Union|Press|Network|Foundation|Congress|Senate|House|Parliament|Police|Army|Navy|Guard|Command|Organi[sz]ation|Group|Campaign|Magazine|Channel|Center|Centre|Republicans|Democrats|GOP|Fund|PAC)\b/;

/** A single unknown capitalised word that speaks ("Hannity said") is a person, unless it reads as a body. */
export function kindOf(m: Mention): SpeakerKind {
  if (m.kind === 'person') return 'person';
  const words = m.name.split(' ');
  // "Hannity", "Whit Symms", "Htay Oo": unknown capitalised names that speak are people unless they read as a body.
  const namelike = words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && !ORG_WORD.test(m.name);
  if (namelike && readName(m.name).kind !== 'organization' && readName(m.name).kind !== 'place') return 'person';
  return 'organisation';
}

const TITLED = /^(?:.*\s)?(?:President|Prime Minister|Minister|Secretary|Senator|Sen\.|Governor|Gov\.|Mayor|Chancellor|King|Queen|General|Gen\.|Ambassador|Chairman|Chairwoman|Director|Spokesman|Spokeswoman|Judge|Justice|Rep\.|Representative|Speaker|Premier|Commissioner|Rev\.|Rev|Father|Pastor|Bishop|Rabbi|Imam|resident|Mr\.|Mrs\.|Ms\.|Dr\.)\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})$/u;

/** Headline verbs in title case ("Francois Hollande Says Donald Trump"): a name never holds one. */
const HEADLINE_VERB = /^(?:Says|Said|Tells|Told|Warns|Slams|Blasts|Calls|Urges|Vows|Claims|Insists|Admits|Denies|Accuses|Responds|Rips|Praises|Defends|Attacks|Mocks|Knocks|Hits|Pledges|Promises|Touts|Predicts|Explains|Asks|Argues|Suggests|Wants|Thinks|Backs|Endorses)$/;

/** A headline in title case ("Words During Her Campaign") or capitals is no name. */
function headlineCase(name: string): boolean {
  const words = name.split(' ');
  if (words.length >= 3 && words.every((w) => !/\p{Ll}/u.test(w))) return true;
  if (words.length >= 3 && words.slice(1, -1).some((w) => HEADLINE_VERB.test(w))) return true;
  return words.length >= 3 && words.slice(1).some((w) => /^\p{Lu}\p{Ll}/u.test(w) && !/^(?:Of|The|And|For|De|Del|La|Le|Van|Von|Da|Al|El)$/.test(w) && isFunctionWord(w));
}

/** Adverbs, conjunctions and inverted verbs glued to a name at a sentence start ("Now Bloomberg says", "Continued Stone:"): the name after them speaks. */
const LEADING_ADVERB = /^(?:Now|Then|So|And|But|Yet|However|Meanwhile|Still|Also|Later|Earlier|Today|Tonight|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Said|Says|Added|Asked|Wrote|Continued|Explained|Replied|Responded|Tweeted|Countered)\s+(?=\p{Lu})/u;

function toSpeaker(mention: Mention): Speaker | null {
  const m = LEADING_ADVERB.test(mention.name) ? { ...mention, name: mention.name.replace(LEADING_ADVERB, '') } : mention;
  if (m.kind === 'place' || isNeverSpeaker(m.name) || opensWithNonName(m.name) || headlineCase(m.name)) return null;
  // "Azerbaijani President Ilham Aliyev": a title attached to a name makes it a person, named without the title.
  const titled = TITLED.exec(m.name);
  if (titled?.[1]) return { name: titled[1], kind: 'person', gender: m.gender };
  return { name: m.name, kind: kindOf(m), gender: m.gender };
}

/** A bare surname takes the full name the article gives ("Obama" → "Barack Obama"). */
function fullName(speaker: Speaker, ctx: Context): Speaker {
  if (speaker.kind !== 'person' || speaker.name.includes(' ')) return speaker;
  const full = ctx.mentions.find((m) => m.kind !== 'place' && m.name.endsWith(` ${speaker.name}`) && m.name.split(' ').length <= 3 && !ORG_WORD.test(m.name) && !isFunctionWord(m.name.split(' ')[0] ?? ''));
  return full ? { name: full.name, kind: 'person', gender: full.gender ?? speaker.gender } : speaker;
}

function sameOutlet(name: string, outlet: string | null): boolean {
  if (!outlet) return false;
  const bare = (s: string) => s.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ');
  const a = bare(name);
  const b = bare(outlet);
  // "The Post" for The Washington Post, "The Times" for The New York Times.
  return a === b || (b.endsWith(a) && a.split(' ').length >= 1 && a.length >= 4);
}

/** A candidate → the speaker it stands for, or null when it cannot be one (or cannot be resolved). */
export function resolveCandidate(c: Candidate, ctx: Context, block: number): Speaker | null {
  if (c.kind === 'name' && c.mention) {
    if (c.mention.kind === 'organization' && sameOutlet(c.mention.name, ctx.outlet)) return null;
    // A mention named after a headline ("Paul Ryan With Trump") speaks under the words the sentence gives ("Trump").
    const surface = c.surface?.replace(/['’]s?$/u, '');
    const mention = headlineCase(c.mention.name) && surface && !headlineCase(surface) ? { ...c.mention, name: surface } : c.mention;
    const speaker = toSpeaker(mention);
    return speaker ? fullName(speaker, ctx) : null;
  }
  if (c.kind === 'pronoun') return resolvePronoun(c.text.toLowerCase(), c, ctx, block);
  return resolveDescription(c.text, c, ctx, block);
}

/** Text ending in a preposition and up to three words: what follows is its object, not a subject. */
export const PREPOSITIONAL = /\b(?:of|to|with|for|against|by|about|from|on|at|in|into|over|under|toward|towards|between|among|than|like|as|after|before|during|via|per|including|named|called|and|or)\s+(?:(?:the|a|an)\s+)?(?:[\p{L}’'.-]+\s+){0,3}$/u;

/** Speech verbs as words, to tell "Cruz said Rick Tyler" (a clause) from "Cruz spokesman Rick Tyler" (a title). */
const SPEECH_WORD = new Set(SPEECH_VERBS);

/** Between a name and the person it qualifies: a role or title of one to four words ("'s campaign manager", "1st Lt."). */
export const TITLE_GAP = /^(?:['’]s?)?(?:\s+(?:\p{Ll}[\p{Ll}-]*|\p{Lu}\p{Ll}+\.?|\p{N}+(?:st|nd|rd|th))){1,4}\s+$/u;

/**
 * True when a mention only qualifies the person named right after it: "Cruz spokesman Rick Tyler",
 * "Trump’s campaign manager, Corey Lewandowski" — a title or role between them, no verb or function word.
 */
function modifiesNext(m: Mention, next: Mention | undefined, sentence: string): boolean {
  if (!next || kindOf(next) !== 'person' || next.start < m.end) return false;
  const gap = sentence.slice(m.end, next.start);
  // A comma closes the role only after a possessive ("Trump’s campaign manager, Corey Lewandowski").
  if (!TITLE_GAP.test(gap) && !/^['’]s?(?:\s+\p{Ll}[\p{Ll}-]*){1,4},\s+$/u.test(gap)) return false;
  const words = gap.match(/\p{L}[\p{L}-]*/gu) ?? [];
  return /\p{Ll}{2}/u.test(gap) && !words.some((w) => (w !== 's' && isFunctionWord(w)) || isPastVerb(w) || /(?:ed|ing)$/.test(w) || SPEECH_WORD.has(w.toLowerCase()));
}

/** Mentions a pronoun or a description may stand for: those outside quotation marks. */
function antecedents(ctx: Context): readonly Mention[] {
  const quoted = ctx.quoted;
  return quoted && quoted.size > 0 ? ctx.mentions.filter((m) => !quoted.has(m)) : ctx.mentions;
}

/**
 * A person "he" or "she" may stand for: one the entity pass knows, or an unknown name of two or more words
 * ("Dahlys Hamilton"); a lone unknown capitalised word ("Orlando", "Catholic", "Face") is too often no one.
 */
function antecedentPerson(m: Mention): boolean {
  return m.kind === 'person' || (m.name.includes(' ') && kindOf(m) === 'person');
}

/** Mentions before a candidate, latest sentence first and, within a sentence, its subject first. */
function before(c: Candidate, ctx: Context): Mention[] {
  return antecedents(ctx)
    .filter((m) => m.sentence < c.sentence || (m.sentence === c.sentence && m.end <= c.start - c.base))
    .sort((a, b) => b.sentence - a.sentence || a.start - b.start);
}

/** "he" → the subject of the attribution chain: the latest speaker if the gender fits, else the latest named person who fits. */
function resolvePronoun(pronoun: string, c: Candidate, ctx: Context, block: number): Speaker | null {
  const gender = PRONOUN_GENDER[pronoun] ?? null;
  const prev = ctx.previous && ctx.previous.block >= block - 2 ? ctx.previous.speaker : null;
  if (pronoun === 'they' || pronoun === 'we') {
    if (prev?.kind === 'organisation') return prev;
    const org = before(c, ctx).find((m) => m.kind === 'organization' && m.sentence >= c.sentence - 2);
    return org ? toSpeaker(org) : null;
  }
  const fits = (g: Gender | null) => !gender || !g || g === gender;
  // "X, the minister, denounced what he called …": a person named earlier in the same sentence, unless that name
  // only modifies the next one ("Cruz spokesman Rick Tyler said …, he said" is Tyler).
  const same = antecedents(ctx).filter((m) => m.sentence === c.sentence && m.end <= c.start - c.base);
  const sentence = ctx.sentenceText?.(c.sentence) ?? '';
  // A name a preposition governs ("With a vote for Trump ruled out, Cross said he …") is no subject.
  const subject = same.find((m, i) => antecedentPerson(m) && fits(m.gender) && !modifiesNext(m, same[i + 1], sentence) && !PREPOSITIONAL.test(sentence.slice(0, m.start)));
  if (subject) return toSpeaker(subject);
  if (prev?.kind === 'person' && fits(prev.gender)) return prev;
  const person = before(c, ctx).find((m) => antecedentPerson(m) && fits(m.gender));
  return person ? toSpeaker(person) : null;
}

/** "the ministry" → the ministry named earlier; "the senator" → the latest person holding that role. */
function resolveDescription(text: string, c: Candidate, ctx: Context, block: number): Speaker | null {
  const head = (text.toLowerCase().match(/[\p{L}-]+$/u)?.[0] ?? '').replace(/s$/, '');
  const earlier = before(c, ctx);
  if (c.inner && /^(?:campaign|administration|team|camp|aides?|spokes\w+|advisers?)$/.test(head)) {
    const owner = toSpeaker(c.inner);
    if (owner?.kind === 'person' && /^(?:campaign|administration|team|camp)$/.test(head)) return { name: `${owner.name.split(' ').pop() ?? owner.name} ${head}`, kind: 'organisation', gender: null };
    if (owner) return owner;
  }
  if (ORG_NOUN.test(head)) {
    const org = earlier.find((m) => m.kind === 'organization' && m.name.toLowerCase().includes(head) && !sameOutlet(m.name, ctx.outlet));
    if (org) return toSpeaker(org);
    if (/^(?:campaign|administration|team)$/.test(head)) {
      const person = earlier.find((m) => m.kind === 'person');
      return person ? { name: `${person.name.split(' ').pop() ?? person.name} ${head}`, kind: 'organisation', gender: null } : null;
    }
    return null;
  }
  const prev = ctx.previous && ctx.previous.block >= block - 2 ? ctx.previous.speaker : null;
  const withRole = earlier.find((m) => m.kind === 'person' && (m.role ?? '').toLowerCase().includes(head));
  if (withRole) return toSpeaker(withRole);
  // An indefinite "a spokesman", "one official" is someone unnamed: not the person named before.
  if (/^(?:an?|one)\s/i.test(text)) return null;
  if (prev?.kind === 'person') return prev;
  const person = earlier.find((m) => m.kind === 'person');
  return person ? toSpeaker(person) : null;
}

/** Every candidate speaker in a paragraph: named people and organisations, pronouns, descriptions. */
export function paragraphCandidates(text: string, sentences: ReadonlyArray<{ index: number; start: number; end: number }>, mentions: readonly Mention[]): Candidate[] {
  const out: Candidate[] = [];
  const sentenceAt = (pos: number) => sentences.find((s) => pos >= s.start && pos < s.end) ?? sentences[sentences.length - 1] ?? { index: 0, start: 0 };
  for (const s of sentences) {
    for (const m of mentions) {
      if (m.sentence !== s.index || m.kind === 'place') continue;
      // "Republican claims", "a Syrian engineer": a lone adjective before a noun modifies it and never speaks.
      if (!m.name.includes(' ') && /^\s+\p{Ll}/u.test(text.slice(s.start + m.end, s.start + m.end + 2)) && !SPEECH_VERB_AFTER.test(text.slice(s.start + m.end)) && isAdjectival(m.name)) continue;
      // "Now Kessler says": the name starts after the adverb, where a clause's subject is looked for.
      const adverb = LEADING_ADVERB.exec(m.name)?.[0].length ?? 0;
      const at = s.start + m.start + (adverb > 0 && text.slice(s.start + m.start, s.start + m.start + adverb) === m.name.slice(0, adverb) ? adverb : 0);
      out.push({ start: at, end: s.start + m.end, sentence: s.index, base: s.start, kind: 'name', text: m.name, mention: m, surface: text.slice(at, s.start + m.end) });
    }
  }
  // Capitalised names the entity pass dropped (a sentence-initial surname, "Coan, Santilli's attorney, argues").
  // Words of names the article gives: such a word is a name even where it is also a common word ("Will", "From").
  const mentionWords = new Set(mentions.flatMap((m) => m.name.split(' ')));
  for (const s of sentences) {
    for (const found of capitalisedRuns(text.slice(s.start, s.end))) {
      // "Asked Tuesday about …", "Specifically, …": sentence openers, weekdays and common words are no name; the words after them may be.
      const opener = /^[\s“"‘'(—–-]*$/u.test(text.slice(s.start, s.start + found.start));
      const common = (w: string) => isNeverSpeaker(w) || (isCommonWord(w) && !mentionWords.has(w));
      let skip = 0;
      while (opener && skip < found.words.length && common(found.words[skip]?.text ?? '')) skip++;
      const words = found.words.slice(skip);
      const run = { words, start: words[0]?.start ?? found.end, end: found.end };
      if (words.length === 0) continue;
      const start = s.start + run.start;
      const end = s.start + run.end;
      const name = run.words.map((w) => w.text).join(' ');
      if (out.some((o) => o.start < end && o.end > start) || mentions.some((m) => m.sentence === s.index && m.start < run.end && m.end > run.start)) continue;
      if (run.words.length === 1 && !SPEECH_VERB_AFTER.test(text.slice(end)) && /^\s+\p{Ll}/u.test(text.slice(end, end + 2)) && isAdjectival(name)) continue;
      if (run.words.length > 4 || isNeverSpeaker(name) || (STOPWORDS.has(name.toLowerCase()) && !mentionWords.has(name)) || !/^\p{Lu}\p{Ll}/u.test(name)) continue;
      const reading = readName(name);
      if (reading.kind === 'place') continue;
      const mention: Mention = { source: '', sentence: s.index, start: run.start, end: run.end, name, kind: ORG_WORD.test(name) ? 'organization' : 'person', gender: reading.gender, role: null };
      out.push({ start, end, sentence: s.index, base: s.start, kind: 'name', text: name, mention });
    }
  }
  for (const m of text.matchAll(PRONOUN_RE)) {
    const s = sentenceAt(m.index);
    out.push({ start: m.index, end: m.index + m[0].length, sentence: s.index, base: s.start, kind: 'pronoun', text: m[0] });
  }
  for (const m of text.matchAll(DESCRIPTION)) {
    const s = sentenceAt(m.index);
    // "the Clinton campaign", "a spokesman for …": the name inside decides who speaks.
    const inner = out.find((o) => o.kind === 'name' && o.start >= m.index && o.end <= m.index + m[0].length)?.mention;
    out.push({ start: m.index, end: m.index + m[0].length, sentence: s.index, base: s.start, kind: 'description', text: m[0], ...(inner ? { inner } : {}) });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
