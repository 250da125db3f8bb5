// Title, outlet and dek heuristics that look at one line at a time.
import { endsPunctuated, endsSentence, words } from './lines.ts';

const OUTLET_WORDS = /\b(?:News|Newsroom|Times|Post|Press|TV|Television|Radio|Herald|Journal|Tribune|Daily|Gazette|Telegraph|Observer|Chronicle|Agency|Media|Network|Broadcasting|Review|Standard|Independent|Monitor|Insider|Weekly|Magazine|Wire|Today|Online|Express|Mirror|Globe|Courier|Dispatch|Bulletin|Register|Examiner|Inquirer|Sentinel|Bureau|Reporter|Channel|Voice)\b/;
const DOMAIN = /\b[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|org|net|info|news|io|tv|co|uk|ua|ru|de|fr|eu|in|au|ca|us|me)\b/iu;

// "World News", "Business News": a section of a site, not its name.
const SECTION_NEWS = /^(?:world|local|national|international|business|sports?|politics|latest|top|breaking|tech|technology|health|science|entertainment|regional|metro|city|economy|financial|us|uk|eu)\s+news$/i;

/** A short line that names a publication rather than a section. */
export function looksLikeOutlet(text: string): boolean {
  if (SECTION_NEWS.test(text)) return false;
  // An all-caps masthead ("THE AMERICA ONE NEWS") names an outlet as its title case would.
  const shouting = /^[\p{Lu}\d\s&'’.-]+$/u.test(text) && /\p{Lu}{2}/u.test(text);
  return OUTLET_WORDS.test(text) || (shouting && new RegExp(OUTLET_WORDS.source, 'i').test(text)) || DOMAIN.test(text) || /^\p{Lu}{2,5}$/u.test(text);
}

/** 1–3 words, no punctuation at the end: a section label, outlet or name line. */
export function isShortLabel(text: string): boolean {
  const n = words(text).length;
  return n >= 1 && n <= 3 && !endsPunctuated(text) && text.length <= 40;
}

/** Could be a headline: 4–20 words, no full stop/comma/colon at the end. */
export function isHeadlineLike(text: string): boolean {
  const n = words(text).length;
  return n >= 4 && n <= 20 && text.length <= 160 && !/[.,;:…]["'”’»)\]]*$/.test(text);
}

/** Running prose: ends like a sentence, or is too long to be a heading. */
export function isProse(text: string): boolean {
  const n = words(text).length;
  return (endsSentence(text) && n >= 3) || n > 20;
}

/** 2–3 capitalised words: how a name line under a headline looks. */
export function looksLikeName(text: string): boolean {
  const parts = text.split(/\s+/);
  return parts.length >= 2 && parts.length <= 4 && parts.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w));
}

/** `Join the Example.org mailing list` → `Example.org`. */
export function outletFromPrompt(text: string): string | null {
  const m = /\b(?:join|subscribe to|sign up for|sign up to|get)\s+(?:the\s+)?(.+?)(?:'s|’s)?\s+(?:mailing list|newsletters?|e-?mail list|daily briefing)\b/i.exec(text);
  const name = m?.[1]?.trim();
  if (!name || words(name).length > 4) return null;
  if (/^(?:our|my|your|this|a|free|daily|weekly|morning|evening)\b/i.test(name)) return null;
  return DOMAIN.test(name) || /^\p{Lu}/u.test(name) ? name : null;
}

/** "Headline [View all]" → "Headline": link labels a scrape glued to the title. */
export function stripTitleNoise(title: string): string {
  return title.replace(/\s*[[(](?:view all|see all|read more|more|video|photos?|watch)[\])]\s*$/i, '').trim();
}

/** "Breaking: Quake hits coast" → "Quake hits coast": a badge is not part of the headline. */
export function stripBadge(title: string): string {
  const stripped = title.replace(/^(?:breaking(?: news)?|exclusive|live|update[d]?|watch|video|opinion|analysis)\s*[:|–—-]\s+/i, '');
  return stripped.length >= 12 ? stripped : title;
}

/** A title from the lead's first sentence, cut at a word boundary to about 90 characters. */
export function deriveTitle(lead: string, max = 110): string {
  const sentence = firstSentence(lead).replace(/[.!?…]+["'”’»)\]]*$/, (end) => (end.startsWith('?') || end.startsWith('!') ? end : ''));
  if (sentence.length <= max) return sentence;
  // Prefer ending where a clause ends ("…rejected Trump’s plan | to send…"), as a sub-editor would.
  const head = sentence.slice(0, max + 1);
  let clause = -1;
  for (const match of head.matchAll(CLAUSE_BREAK)) if (match.index >= max * 0.5) clause = match.index;
  let cut = clause >= 0 ? head.slice(0, clause) : head.slice(0, head.lastIndexOf(' '));
  // Never end on a word that needs a continuation ("…north of the station into…").
  while (TRAILING_STOP.test(cut)) cut = cut.replace(TRAILING_STOP, '');
  return `${cut.replace(/[\s,;:–—-]+$/, '')}…`;
}

const CLAUSE_BREAK = /[,;] | [–—] | (?=(?:to|that|which|who|after|as|while|because|following|amid|despite|in order to) )/g;

const TRAILING_STOP = /\s+(?:a|an|the|of|to|in|into|onto|on|for|and|or|but|nor|with|by|at|from|as|that|which|who|its|their|his|her|our|is|are|was|were|be|has|have|had|will|would|could|should|than|over|about|after|before|under|between|against|this|these|those|not|no)$/i;

// Abbreviations whose period never ends a sentence.
const ABBREVIATION = /(?:^|[\s(])(?:(?:\p{L}\.){2,}|(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Rev|Jr|Sr|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|e\.g|i\.e|\p{Lu})\.)$/u;

export function firstSentence(text: string): string {
  const re = /[.!?…]+["'”’»)\]]*(?=\s+["'“‘«(\[]?[\p{Lu}\d])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const end = m.index + m[0].length;
    const before = text.slice(0, m.index + 1);
    // "U.S. President" keeps going; "…the U.S. The…" is rare enough to accept.
    if (m[0].startsWith('.') && ABBREVIATION.test(before)) continue;
    return text.slice(0, end);
  }
  return text;
}

export function sentenceCount(text: string): number {
  let count = 0;
  let rest = text;
  while (rest.length > 0) {
    const first = firstSentence(rest);
    count++;
    rest = rest.slice(first.length).trim();
  }
  return count;
}

const STOP = new Set(
  'a an the of to in on for and or but with by at from as that this these those is are was were be been has have had will would could should it its their his her he she they we our not no after before over into about than then also said says who which what when where while up out off per via'.split(' '),
);

function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3 && !STOP.has(w)),
  );
}

/** Share of `a`'s content words that also occur in `b`. */
export function overlap(a: string, b: string): number {
  const wa = contentWords(a);
  if (wa.size === 0) return 0;
  const wb = contentWords(b);
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / wa.size;
}
