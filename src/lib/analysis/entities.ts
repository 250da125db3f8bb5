// Who's who: people, organisations and places, with roles as the sources give them.
// Capitalised runs are found here; the NLP adapter only says what kind of name a run is.
import { capitalisedRuns, type NameSpan, type WordToken } from '../text/names.ts';
import { isGivenName, readName, type Gender } from '../text/nlp.ts';
import { STOPWORDS } from '../text/stopwords.ts';
import type { Citation, SourceDoc } from '../types.ts';
import type { Entity, EntityKind } from './types.ts';
import { memoByText } from '../text/memo.ts';

/** One occurrence of a name in a sentence, resolved to its entity. */
export interface Mention {
  source: string;
  sentence: number;
  /** Offsets in the sentence text. */
  start: number;
  end: number;
  name: string;
  kind: EntityKind;
  gender: Gender | null;
  role: string | null;
}

const TITLE_WORDS = new Set(
  `president vice secretary minister prime ambassador senator sen sen. rep rep. representative governor gov gov. mayor judge
  justice general gen gen. chief director chairman chairwoman chair spokesman spokeswoman spokesperson attorney king queen
  prince princess pope commissioner officer head leader premier chancellor congressman congresswoman speaker lieutenant
  colonel captain sergeant admiral professor prof dr dr. mr mr. ms ms. mrs mrs. sheriff deputy acting former state defense
  foreign interior homeland security treasury justice health commerce energy labor finance`.split(/\s+/).filter(Boolean),
);
const ROLE_MODIFIERS = /(?:\b(former|acting|then|late|interim|outgoing|incoming|ex|deputy)\s+)+$/i;
const ORG_WORDS =
  /\b(Department|Ministry|Embassy|Agency|Administration|Cartel|Times|News|Post|Journal|Council|Committee|Court|Party|Observatory|Initiative|Bureau|Office|Service|Protection|Force|Commission|Bank|Company|Inc|Corp|University|Institute|Association|Union|Gang|TV|Press|Reuters|Network|Foundation|Congress|Senate|Parliament|Police|Army|Navy|Guard|Command|Organization|Organisation|Group)\b/;
const OPENERS = new Set(['according', 'meanwhile', 'however', 'additionally', 'furthermore', 'specifically', 'speaking', 'depending', 'earlier', 'later', 'under', 'after', 'before', 'while', 'although', 'despite', 'critics', 'reports', 'there', 'here', 'both', 'such', 'if', 'when']);
const SKIP_WORDS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b/;
const HONORIFIC_GENDER: Record<string, Gender> = { 'mr.': 'male', mr: 'male', 'ms.': 'female', ms: 'female', 'mrs.': 'female', mrs: 'female' };

/** Variants of the same place written differently. */
function canonicalPlace(name: string): string {
  if (/^(U\.?S\.?A?\.?|United States(?: of America)?)$/.test(name)) return 'United States';
  if (/^(U\.?K\.?|United Kingdom)$/.test(name)) return 'United Kingdom';
  if (/^(U\.?N\.?|United Nations)$/.test(name)) return 'United Nations';
  return name;
}

function joinWords(words: readonly WordToken[]): string {
  return words.map((w) => w.text).join(' ');
}

interface RawMention extends Mention {
  /** True when only a surname (or single word) was written. */
  single: boolean;
  /** A single capitalised word at the start of the sentence that the NLP does not know. */
  initialOnly: boolean;
}

/** Every person, place and organisation mention in every source, names resolved to full forms. */
export function findMentions(docs: readonly SourceDoc[]): Mention[] {
  const raw: RawMention[] = [];
  for (const doc of docs) {
    for (const s of doc.sentences) for (const m of mentionsInText(s.text)) raw.push({ ...m, source: doc.id, sentence: s.index });
  }
  return resolveSurnames(raw);
}

/**
 * "Customs and Border Protection": an organisation's name may contain "and". Two runs joined
 * by " and " are one name when the second ends in an organisation word and the first is a
 * bare word that is neither a person nor a place (so "Mexico and Border Police" stay apart).
 */
function joinAndNames(text: string, runs: readonly NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const run of runs) {
    const prev = out[out.length - 1];
    const lastWord = run.words[run.words.length - 1]?.text ?? '';
    if (
      prev &&
      !prev.possessive &&
      prev.start > 0 &&
      prev.words.length <= 2 &&
      text.slice(prev.end, run.start) === ' and ' &&
      ORG_HEAD.test(lastWord) &&
      prev.words.every((w) => readName(w.text).kind === null && !TITLE_WORDS.has(w.text.toLowerCase()))
    ) {
      const and: WordToken = { text: 'and', start: prev.end + 1, end: prev.end + 4 };
      out[out.length - 1] = { words: [...prev.words, and, ...run.words], start: prev.start, end: run.end, possessive: run.possessive };
      continue;
    }
    out.push(run);
  }
  return out;
}

/** Org words that end a name ("… Protection", "… Agency"), not publication names. */
const ORG_HEAD = /^(?:Department|Ministry|Agency|Administration|Council|Committee|Bureau|Office|Service|Protection|Enforcement|Force|Commission|Institute|Association|Union|Foundation|Police|Guard|Command|Organization|Organisation|Security|Affairs|Services)$/;
/** A lone generic word ("Embassy", "Department") is not yet a name. */
const GENERIC_ORG = /^(?:Department|Ministry|Embassy|Agency|Administration|Cartel|Times|News|Post|Journal|Council|Committee|Court|Party|Observatory|Initiative|Bureau|Office|Service|Protection|Force|Commission|Bank|Company|Inc|Corp|University|Institute|Association|Union|Gang|Press|Network|Foundation|Police|Army|Navy|Guard|Command|Organization|Organisation|Group|Enforcement|Security|Affairs)$/;

/** "U.S. Embassy" and "US Embassy" are one organisation. */
function canonicalOrg(name: string): string {
  return name.replace(/^(?:U\.S\.?|USA?|United States)\s+(?=\p{Lu})/u, 'US ').replace(/^(?:U\.K\.?|United Kingdom)\s+(?=\p{Lu})/u, 'UK ');
}

/** The mentions of one sentence, before they know where they stand (filled in by the caller). */
const mentionsInText = memoByText('mentions', (text: string) => sentenceMentions('', 0, text));

function sentenceMentions(source: string, sentence: number, text: string): RawMention[] {
  const out: RawMention[] = [];
  const runs = joinAndNames(text, capitalisedRuns(text));
  runs.forEach((run, r) => {
    let words = [...run.words];
    // Sentence-initial capitals and function words are not part of names ("The", "According").
    while (words.length > 0 && ((STOPWORDS.has((words[0]?.text ?? '').toLowerCase()) && !/^\p{Lu}{2,}$/u.test(words[0]?.text ?? '')) || OPENERS.has((words[0]?.text ?? '').toLowerCase()))) words.shift();
    while (words.length > 0 && /^[a-z]/.test(words[words.length - 1]?.text ?? '')) words.pop();
    if (words.length === 0) return;
    let gender: Gender | null = null;
    const titleWords: WordToken[] = [];
    // A personal name starts at a given name; capitalised words before it are the role
    // ("UK Foreign Secretary Jane Roe"), and it stops at a connector ("… of Ruritania").
    const given = words.findIndex((w, k) => k < words.length - 1 && isGivenName(w.text) && /^\p{Lu}/u.test(words[k + 1]?.text ?? ''));
    let nameWords = words;
    let personByStructure = false;
    if (given >= 0 && !ORG_WORDS.test(joinWords(words.slice(given)))) {
      titleWords.push(...words.slice(0, given));
      nameWords = words.slice(given);
      const stop = nameWords.findIndex((w) => /^\p{Ll}/u.test(w.text));
      if (stop > 0) nameWords = nameWords.slice(0, stop);
      personByStructure = true;
    } else if (!ORG_WORDS.test(joinWords(words))) {
      while (words.length > 1 && TITLE_WORDS.has((words[0]?.text ?? '').toLowerCase())) {
        const w = words.shift();
        if (w) titleWords.push(w);
      }
      while (words.length > 1 && /^(of|to)$/.test(words[0]?.text ?? '')) words.shift();
      nameWords = words;
      // "Sen. Sherrod Brown of Ohio": a titled name ends where "of" brings in the place.
      const of = words.findIndex((w) => w.text === 'of');
      if (titleWords.length > 0 && of >= 2) words = words.slice(0, of);
      nameWords = words;
      if (titleWords.length > 0 && words.length > 1 && (words.some((w) => /^(?:of|to|for)$/.test(w.text)) || words.length > 3)) {
        // "Secretary of State" alone: all title, no name.
        nameWords = words.slice(-1);
      }
    } else {
      // Organisation and place runs do not span "to" ("… ambassador to Ruritania").
      const cut = words.findIndex((w) => w.text === 'to');
      if (cut > 0) nameWords = words.slice(0, cut);
    }
    for (const w of titleWords) gender = HONORIFIC_GENDER[w.text.toLowerCase()] ?? gender;
    const reading = readName(joinWords(nameWords));
    const name = joinWords(nameWords);
    const start = nameWords[0]?.start ?? run.start;
    const end = nameWords[nameWords.length - 1]?.end ?? run.end;
    const atSentenceStart = start === 0;
    const single = nameWords.length === 1;
    let kind: EntityKind | null = null;
    if (SKIP_WORDS.test(name) || (reading.kind === null && /(?:an|ian|ean|ese|ish)$/.test(name) && !personByStructure)) return;
    if (ORG_WORDS.test(name) && !personByStructure) kind = 'organization';
    else if (personByStructure || reading.kind === 'person' || (titleWords.length > 0 && nameWords.length <= 3 && reading.kind !== 'place')) kind = 'person';
    else if (canonicalPlace(name) !== name) kind = 'place';
    else if (reading.kind) kind = reading.kind;
    if (!kind) {
      // Unknown capitalised words: keep multi-word names and non-initial single words as candidates.
      if (!/^\p{Lu}/u.test(name) || name.length < 3) return;
      // "in Varnsby", "the town of Varnsby": an unknown name after a locative is a place.
      kind = /\b(?:in|at|near|from|town of|city of|village of|region of|province of|state of)\s+(?:the\s+)?$/i.test(text.slice(0, start)) ? 'place' : 'organization';
    }
    if (/^(\p{L}\.)+$/u.test(name) && kind !== 'place' && canonicalPlace(name) === name) kind = 'organization';
    // A possessive place right before a title is part of the role ("Ruritania’s President").
    const prev = runs[r - 1];
    let role = titleWords.length > 0 ? text.slice(titleWords[0]?.start ?? 0, titleWords[titleWords.length - 1]?.end ?? 0) : null;
    if (role && prev?.possessive && /^\s*$/.test(text.slice(prev.end + 2, titleWords[0]?.start ?? 0))) role = `${text.slice(prev.start, prev.end + 2)} ${role}`;
    const modifiers = ROLE_MODIFIERS.exec(text.slice(0, role ? (prev?.possessive && role.startsWith(text.slice(prev.start, prev.end)) ? prev.start : (titleWords[0]?.start ?? start)) : start));
    if (modifiers && kind === 'person' && role) role = `${modifiers[0].trim()} ${role}`;
    if (kind === 'person' && !single) role = role ?? appositiveRole(text, start, end);
    // Longest honorific first: "Mrs." must not leave "s." behind as a role.
    if (kind === 'person') role = role?.replace(/^(?:Mrs|Mr|Ms|Dr)\.?(?:\s+|$)/i, '').trim() || null;
    if (kind === 'organization' && GENERIC_ORG.test(name)) return;
    // "US-Mexico" (relations): two places hyphenated are an adjective, not a place.
    if (kind === 'place' && /^[\p{Lu}][\p{L}.]*-[\p{Lu}]/u.test(name)) return;
    const finalName = kind === 'place' ? canonicalPlace(name.replace(/^the\s+/i, '')) : kind === 'organization' ? canonicalOrg(name) : name;
    // A capitalised first word may just be sentence case; it survives only as a known surname.
    const initialOnly = atSentenceStart && single && !reading.proper;
    out.push({ source, sentence, start, end, name: finalName, kind, gender, role: role || null, single, initialOnly });
  });
  return out;
}

/** "X, a former official," / "The ambassador to Y, X," → the role the apposition gives. */
function appositiveRole(rawText: string, start: number, end: number): string | null {
  // Dots of acronyms (U.S.) are masked so they do not end the apposition; offsets are kept.
  const text = rawText.replace(/\b(?:\p{Lu}\.){2,}/gu, (m) => m.replace(/\./g, '\u2024'));
  const unmask = (s: string): string => s.replace(/\u2024/g, '.');
  // "X, who served as the assistant secretary of state for … at the State Department": a past role.
  const who = /^,\s+who\s+(served|was|had been|is|has been|serves)\s+as\s+(?:a|an|the)?\s*([^,;:“”"]{3,140}?)(?:\s+(?:at|in|from|under|until|between)\s+(?:the\s+)?[\p{Lu}\p{N}][^,;:“”"]*)?\s*(?:[,.;:]|$)/u.exec(text.slice(end));
  if (who?.[1] && who[2] && /^\p{Ll}/u.test(who[2])) {
    const role = unmask(who[2].trim());
    return /^(?:served|was|had been)$/.test(who[1]) && !/^former\b/.test(role) ? `former ${role}` : role;
  }
  const after = /^,\s+(?:a|an|the)\s+([^,.;:“”"]{3,140}?)\s*(?:[,.;:]|$)/u.exec(text.slice(end));
  if (after?.[1] && /^[\p{Ll}\p{Lu}]/u.test(after[1]) && !/\b(who|which|that)\b/.test(after[1])) return unmask(after[1].trim());
  const before = /(?:^|,\s+|\b)(?:[Tt]he\s+)((?:[\p{L}.’']+\s+){0,5}[\p{L}.’']+),\s*$/u.exec(text.slice(0, start));
  if (before?.[1] && [...before[1].toLowerCase().split(/\s+/)].some((w) => TITLE_WORDS.has(w) || w === 'official')) return unmask(before[1].trim());
  return null;
}

/** Surname-only mentions take the full name of the person they refer to (same source first). */
function resolveSurnames(raw: readonly RawMention[]): Mention[] {
  const fullBySurname = new Map<string, Map<string, string[]>>();
  const corpusFull = new Map<string, Set<string>>();
  const genderOf = new Map<string, Gender>();
  for (const m of raw) {
    if (m.kind !== 'person' || m.single) continue;
    const surname = m.name.split(' ').pop() ?? m.name;
    const perSource = fullBySurname.get(m.source) ?? new Map<string, string[]>();
    perSource.set(surname, [...(perSource.get(surname) ?? []), m.name]);
    fullBySurname.set(m.source, perSource);
    corpusFull.set(surname, (corpusFull.get(surname) ?? new Set()).add(m.name));
    const g = m.gender ?? readName(m.name).gender;
    if (g) genderOf.set(m.name, g);
  }
  const resolved = raw.filter((m) => !m.initialOnly || corpusFull.has(m.name)).map((m): Mention => {
    let name = m.name;
    if (m.single && (m.kind === 'person' || corpusFull.has(m.name))) {
      const local = fullBySurname.get(m.source)?.get(m.name);
      const global = corpusFull.get(m.name);
      if (local?.[0]) name = local[0];
      else if (global && global.size === 1) name = [...global][0] ?? name;
    }
    const kind = name !== m.name ? 'person' : m.kind;
    if (m.gender && kind === 'person' && !genderOf.has(name)) genderOf.set(name, m.gender);
    return { source: m.source, sentence: m.sentence, start: m.start, end: m.end, name, kind, gender: m.gender, role: m.role };
  });
  return resolved.map((m) => ({ ...m, gender: m.kind === 'person' ? (genderOf.get(m.name) ?? m.gender ?? readName(m.name).gender) : null }));
}

/** Entities with mention counts, roles, sources and citations. */
export function extractEntities(docs: readonly SourceDoc[], mentions: readonly Mention[] = findMentions(docs)): Entity[] {
  interface Tally {
    kind: EntityKind;
    kinds: Map<EntityKind, number>;
    roles: string[];
    mentions: number;
    sources: Set<string>;
    citations: Map<string, Citation>;
  }
  const byName = new Map<string, Tally>();
  // "US Department of Justice" and "Department of Justice" in one corpus: the same body.
  const orgNames = new Set(mentions.filter((m) => m.kind === 'organization').map((m) => m.name));
  const alias = (m: Mention): string => {
    const bare = m.kind === 'organization' ? m.name.replace(/^(?:US|UK)\s+/, '') : m.name;
    return bare !== m.name && orgNames.has(bare) && !GENERIC_ORG.test(bare) ? bare : m.name;
  };
  for (const mention of mentions) {
    const m = { ...mention, name: alias(mention) };
    const e: Tally = byName.get(m.name) ?? { kind: m.kind, kinds: new Map(), roles: [], mentions: 0, sources: new Set(), citations: new Map() };
    e.kinds.set(m.kind, (e.kinds.get(m.kind) ?? 0) + 1);
    if (m.role && !e.roles.includes(m.role)) e.roles.push(m.role);
    e.mentions++;
    e.sources.add(m.source);
    e.citations.set(`${m.source}#${String(m.sentence).padStart(6, '0')}`, { source: m.source, sentence: m.sentence });
    byName.set(m.name, e);
  }
  const entities: Entity[] = [];
  for (const [name, e] of byName) {
    const kind = [...e.kinds].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? e.kind;
    // Unrecognised single words seen once are usually sentence furniture, not entities.
    if (kind === 'organization' && !ORG_WORDS.test(name) && e.mentions < 2 && !/^(\p{Lu}\.?){2,}$/u.test(name)) continue;
    if (kind === 'person' && !name.includes(' ') && e.mentions < 2) continue;
    const citations = [...e.citations.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, c]) => c);
    entities.push({ name, kind, roles: e.roles, mentions: e.mentions, sources: [...e.sources].sort(), citations });
  }
  return entities.sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
