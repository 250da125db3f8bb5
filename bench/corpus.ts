// Deterministic benchmark corpus: many stories of different sizes, as plain-text news articles.
//
// Pure: give it the seed texts (and, when present, real articles grouped by story) and a size, get
// the same articles back every time (seeded PRNG, no clock, no I/O). Three kinds of story:
// - real stories: whole DUC 2007 topics (25 real articles each), passed in by the caller, never stored;
// - variations of a real story: its sentences with the people renamed, drawn by several outlets;
// - variations of the bundled seeds' story: a new cast, wording, date, outlets and sentence pool.
// Story sizes: most 5–50 articles, ~10% of 1–4, and from 1,000 articles on a few of several hundred.
// Every synthetic article carries the page furniture real scraped text has: menus, banners,
// repeated titles, photo credits, datelines, bylines, newsletter boxes and trailing headline lists.

export interface CorpusArticle {
  /** File name inside the corpus directory, e.g. `0042_9f3c….txt`. */
  file: string;
  text: string;
  /** The story the article belongs to (for inspection only). */
  story: number;
}

/** A real story: its articles as seed texts (frontmatter + paragraphs). */
export interface RealStory {
  label: string;
  /** Seed texts, in a fixed order. */
  articles: readonly string[];
}

export interface CorpusOptions {
  /** Number of articles. */
  size: number;
  /** The raw seed texts to recombine. */
  seeds: readonly string[];
  /** PRNG seed; defaults to 1. */
  seed?: number;
  /** Extra articles appended after `size` (the first `size` stay byte-identical): for rebuild tests. */
  extra?: number;
  /** Real stories to include whole and to vary; none means seed variations only. */
  real?: readonly RealStory[];
  /** Fixed story sizes instead of the drawn ones (all seed variations), e.g. `[1000]` for one big story. */
  storySizes?: readonly number[];
}

/** What a story is made of and how many articles it has: for the bench's report. */
export interface StoryInfo {
  id: number;
  kind: 'real' | 'real-variation' | 'seed-variation';
  size: number;
}

// ---------------------------------------------------------------- PRNG

export type Random = () => number;

/** mulberry32: small, fast, good enough for test data. */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over a string: stable 32-bit seeds from labels. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function int(rand: Random, min: number, max: number): number {
  return min + Math.floor(rand() * (max - min + 1));
}

function pick<T>(rand: Random, items: readonly T[]): T {
  const item = items[Math.floor(rand() * items.length)];
  if (item === undefined) throw new Error('pick from empty list');
  return item;
}

function chance(rand: Random, p: number): boolean {
  return rand() < p;
}

function sample<T>(rand: Random, items: readonly T[], count: number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, Math.max(0, Math.min(count, copy.length)));
}

function hex(rand: Random, length: number): string {
  let out = '';
  while (out.length < length) out += Math.floor(rand() * 16).toString(16);
  return out;
}

// ---------------------------------------------------------------- vocabularies

const FIRST = [
  'Claudia', 'Marco', 'Ronald', 'Arturo', 'Craig', 'Todd', 'Cecilia', 'Elena', 'Javier', 'Lucia', 'Martin',
  'Sofia', 'Daniel', 'Ana', 'Peter', 'Maria', 'Gustavo', 'Laura', 'Andres', 'Isabel', 'Tomas', 'Rosa', 'Hector',
  'Carmen', 'Oscar', 'Julia', 'Ricardo', 'Patricia', 'Felipe', 'Diana', 'Samuel', 'Irene', 'Victor', 'Natalia',
  'Emilio', 'Beatriz', 'Nadia', 'Omar', 'Helen', 'Frank', 'Greta', 'Ivan', 'Karen', 'Luis', 'Monica', 'Paul',
];
const LAST = [
  'Sheinbaum', 'Rubio', 'Johnson', 'Rocha', 'Deare', 'Robinson', 'Navarro', 'Castillo', 'Herrera', 'Morales',
  'Ortega', 'Vargas', 'Mendoza', 'Guerrero', 'Salazar', 'Delgado', 'Cabrera', 'Fuentes', 'Ibarra', 'Lozano',
  'Miller', 'Harris', 'Clarke', 'Becker', 'Novak', 'Kowalski', 'Lindqvist', 'Okafor', 'Tanaka', 'Haddad',
  'Petrov', 'Moreau', 'Rossi', 'Brennan', 'Whitaker', 'Quintero', 'Arce', 'Beltran', 'Ferrer', 'Galvan',
];
const COUNTRIES: readonly [string, string][] = [
  ['Mexico', 'Mexican'], ['Colombia', 'Colombian'], ['Peru', 'Peruvian'], ['Honduras', 'Honduran'],
  ['Guatemala', 'Guatemalan'], ['Ecuador', 'Ecuadorian'], ['Panama', 'Panamanian'], ['Chile', 'Chilean'],
  ['Bolivia', 'Bolivian'], ['Paraguay', 'Paraguayan'], ['Brazil', 'Brazilian'], ['Argentina', 'Argentine'],
];
const OUTLETS = [
  'The Guardian', 'ABC News', 'The New York Times', 'Iran Press TV', 'GlobalSecurity.org', 'Reuters', 'Al Jazeera',
  'BBC News', 'El Universal', 'The Washington Post', 'Associated Press', 'France 24', 'Deutsche Welle',
  'NewsNation', 'Newsmax', 'RBC-Ukraine', 'The Independent', 'Los Angeles Times', 'Bloomberg', 'Politico',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December',
];
const AGENCIES = ['Getty Images', 'Reuters', 'AP', 'AFP', 'EPA', 'Shutterstock'];
const NAVS = [
  'ua en ru', 'EN | ES | FR', 'Home | World | Politics | Business | Opinion', 'Menu', 'Skip to content',
  'Home › World › Americas', 'Facebook Twitter WhatsApp Email', 'Share this article', 'Sign in', '4 min read',
];
const BANNERS = [
  'UNITED24 - Make a charitable donation in support of Ukraine!', 'Subscribe now for unlimited access',
  'BREAKING NEWS', 'Live updates: follow our coverage', 'Advertisement', 'This article is more than 2 years old',
];
const SECTIONS = ['Homeland Security', 'World', 'Americas', 'Politics', 'Security', 'Latin America', 'Defense'];
const TOPICS = [
  'fentanyl', 'tariffs', 'migration', 'border security', 'extradition', 'arms trafficking', 'money laundering',
  'intelligence sharing', 'naval patrols', 'drone surveillance', 'sanctions', 'port inspections', 'asylum rules',
  'cocaine seizures', 'trade talks', 'judicial reform', 'police training', 'customs data', 'oil exports',
];

// Sentences with date work to do, written in the style of the seeds. {A}/{B} are people,
// {C}/{c} the country and its adjective, {N} a number, {W} a weekday, {T} a topic, {M} a month.
const DATE_TEMPLATES = [
  'Talks on {T} began late last month, according to officials familiar with the discussions.',
  '{A} said on {W} that the {c} government would respond within days.',
  'The agreement on {T} was first drafted in the 1990s and revised in {Y}.',
  'Earlier this year, {C} and the United States agreed to expand cooperation on {T}.',
  'On {M} {D}, {B} told reporters that {N} officials had been reassigned.',
  'A delegation is expected to travel to Washington early next week.',
  '{A} met {B} last {W} to discuss {T}, the ministry said.',
  'The figures for {M} showed {N} cases linked to {T}, up from the previous quarter.',
  'Officials said the review of {T} would be completed by the end of {M}.',
  'In the 2000s, a similar plan on {T} collapsed after {N} days of negotiations.',
  'Two days later, {B} said the {c} side had not been consulted.',
  'The next round of talks is scheduled for {W}, {M} {D}.',
];
const QUOTE_TEMPLATES = [
  '“We will not accept any operation on our territory without our consent,” {A} said.',
  '“This is about {T}, and we expect results within weeks,” {B} told reporters on {W}.',
  '“Cooperation is the only way forward,” said {A}, adding that {C} had “always been a reliable partner.”',
  '{B} said the plan “would change nothing on the ground” for {T}.',
  '“There is no agreement, far from it,” {A} said in {C}.',
];

// ---------------------------------------------------------------- seed parsing

interface SeedPools {
  sentences: string[];
  quotes: string[];
  titles: string[];
  headlines: string[];
  subheads: string[];
}

const SENTENCE_END = /[.!?]["”’)]*$/;

/** Quote-aware sentence split: never breaks inside “…” or "…". */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  let depth = 0;
  let straight = false;
  for (let i = 0; i < paragraph.length; i++) {
    const ch = paragraph[i];
    if (ch === '“') depth++;
    else if (ch === '”') depth = Math.max(0, depth - 1);
    else if (ch === '"') straight = !straight;
    if (depth > 0 || straight) continue;
    if ((ch === '.' || ch === '!' || ch === '?') && /\s/.test(paragraph[i + 1] ?? '')) {
      let end = i + 1;
      while (/["”’)]/.test(paragraph[end] ?? '')) end++;
      const next = paragraph.slice(end).trimStart()[0] ?? '';
      const before = paragraph.slice(Math.max(0, i - 4), i);
      if (/[A-Z“"]/.test(next) && !/\b(?:Mr|Ms|Mrs|Dr|St|U\.S|[A-Z])$/.test(before)) {
        out.push(paragraph.slice(start, end).trim());
        start = end;
      }
    }
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter((s) => s.length > 0);
}

export function parseSeeds(seeds: readonly string[]): SeedPools {
  const pools: SeedPools = { sentences: [], quotes: [], titles: [], headlines: [], subheads: [] };
  for (const seed of seeds) {
    const lines = seed.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
    let lastBody = -1;
    lines.forEach((line, i) => {
      if (line.length > 120 && SENTENCE_END.test(line)) lastBody = i;
    });
    lines.forEach((line, i) => {
      const wordCount = line.split(/\s+/).length;
      if (i > lastBody && lastBody >= 0 && wordCount >= 3 && wordCount <= 14 && !SENTENCE_END.test(line)) {
        pools.headlines.push(line);
      } else if (i < 8 && wordCount >= 5 && wordCount <= 14 && !SENTENCE_END.test(line) && !/[(]|\d{4}/.test(line)) {
        pools.titles.push(line);
      } else if (i > 3 && wordCount >= 2 && wordCount <= 5 && !SENTENCE_END.test(line) && /^[A-Z]/.test(line)) {
        pools.subheads.push(line);
      } else if (wordCount >= 8 && SENTENCE_END.test(line)) {
        for (const sentence of splitSentences(line)) {
          if (sentence.split(/\s+/).length < 5) continue;
          (/[“"]/.test(sentence) ? pools.quotes : pools.sentences).push(sentence);
        }
      }
    });
  }
  const unique = (xs: string[]) => [...new Set(xs)];
  return {
    sentences: unique(pools.sentences).filter((s) => !/UNITED24|donation|mailing list|newsletter/i.test(s)),
    quotes: unique(pools.quotes),
    titles: unique(pools.titles),
    headlines: unique(pools.headlines),
    subheads: unique(pools.subheads).filter((s) => !/^(?:NEWSLETTER|Homeland Security|Iran Press TV)$/i.test(s)),
  };
}

// ---------------------------------------------------------------- stories

interface Cast {
  /** Replacements applied to seed text: [pattern, replacement]. */
  swaps: [RegExp, string][];
  slots: Record<string, string>;
}

interface Story {
  id: number;
  cast: Cast;
  date: Date;
  /** Sentences every article of the story draws from, in narrative order. */
  sentences: string[];
  quotes: string[];
  titles: string[];
  outlets: string[];
}

const SEED_PEOPLE: readonly [string, string][] = [
  ['Claudia Sheinbaum', 'Sheinbaum'], ['Marco Rubio', 'Rubio'], ['Ronald Johnson', 'Johnson'],
  ['Arturo Rocha', 'Rocha'], ['Craig Deare', 'Deare'], ['Todd Robinson', 'Robinson'],
  ['Donald Trump', 'Trump'], ['Nicolás Maduro', 'Maduro'],
];

// Per-story wording: each story settles on one variant, so its articles agree with each other
// while different stories built from the same seed sentence do not share every word.
const WORDINGS: readonly [RegExp, readonly string[]][] = [
  [/rejected/g, ['rejected', 'dismissed', 'refused', 'turned down']],
  [/drug cartels/g, ['drug cartels', 'criminal groups', 'trafficking gangs', 'narco networks']],
  [/officials/g, ['officials', 'authorities', 'diplomats']],
  [/secret/g, ['secret', 'classified', 'confidential']],
  [/directive/g, ['directive', 'memorandum', 'instruction']],
  [/Pentagon/g, ['Pentagon', 'Defense Department', 'War Department']],
  [/terrorist organizations/g, ['terrorist organizations', 'terror groups', 'foreign terrorist organizations']],
  [/cooperation/g, ['cooperation', 'coordination', 'partnership']],
  [/sovereignty/g, ['sovereignty', 'independence', 'territorial integrity']],
  [/fentanyl/g, ['fentanyl', 'methamphetamine', 'cocaine', 'heroin']],
  [/invasion/g, ['invasion', 'incursion', 'intervention']],
  [/migration/g, ['migration', 'asylum', 'border crossings']],
  [/tariff/g, ['tariff', 'trade', 'customs']],
];

function makeCast(rand: Random, base: Cast | null): Cast {
  const [country, adjective] = base && chance(rand, 0.5) ? [base.slots['C'] ?? 'Mexico', base.slots['c'] ?? 'Mexican'] : pick(rand, COUNTRIES);
  const swaps: [RegExp, string][] = [];
  const slots: Record<string, string> = { C: country, c: adjective };
  const people: string[] = [];
  SEED_PEOPLE.forEach(([full, last], i) => {
    // Overlapping stories keep part of the previous cast.
    const inherited = base && chance(rand, 0.4) ? base.slots[`P${i}`] : undefined;
    // The heads of state keep their real names in half the stories.
    const keep = i >= 6 && chance(rand, 0.5) ? full : undefined;
    const name = inherited ?? keep ?? `${pick(rand, FIRST)} ${pick(rand, LAST)}`;
    slots[`P${i}`] = name;
    people.push(name);
    const surname = name.split(' ').at(-1) ?? name;
    swaps.push([new RegExp(`\\b${full}\\b`, 'g'), name], [new RegExp(`\\b${last}\\b`, 'g'), surname]);
  });
  slots['A'] = people[0] ?? 'the president';
  slots['B'] = people[1] ?? 'the minister';
  for (const [pattern, variants] of WORDINGS) {
    const variant = pick(rand, variants);
    if (variant !== variants[0]) swaps.push([pattern, variant]);
  }
  if (country !== 'Mexico') {
    swaps.push([/\bMexico\b/g, country], [/\bMexican\b/g, adjective], [/\bMexicans\b/g, `${adjective}s`]);
  }
  return { swaps, slots };
}

function fill(template: string, slots: Record<string, string>, rand: Random, date: Date): string {
  const month = MONTHS[date.getUTCMonth()] ?? 'August';
  const values: Record<string, () => string> = {
    N: () => String(int(rand, 2, 900)),
    W: () => pick(rand, WEEKDAYS),
    T: () => pick(rand, TOPICS),
    M: () => month,
    D: () => String(int(rand, 1, 28)),
    Y: () => String(int(rand, 2001, 2019)),
  };
  return template.replace(/\{([A-Za-z])\}/g, (_, key: string) => slots[key] ?? values[key]?.() ?? key);
}

function recast(text: string, cast: Cast): string {
  let out = text;
  for (const [pattern, replacement] of cast.swaps) out = out.replace(pattern, replacement);
  return out;
}

function makeStory(id: number, rand: Random, pools: SeedPools, previous: Story | null): Story {
  const cast = makeCast(rand, previous?.cast ?? null);
  const date = new Date(Date.UTC(2024, 0, 1) + int(rand, 0, 700) * 86_400_000);
  const sentences = sample(rand, pools.sentences, int(rand, 14, 30)).map((s) => recast(s, cast));
  for (let i = int(rand, 2, 5); i > 0; i--) sentences.push(fill(pick(rand, DATE_TEMPLATES), cast.slots, rand, date));
  // Overlap: a few sentences carried over verbatim from the previous story.
  if (previous) sentences.push(...sample(rand, previous.sentences, int(rand, 0, 4)));
  const quotes = sample(rand, pools.quotes, int(rand, 3, 7)).map((q) => recast(q, cast));
  quotes.push(fill(pick(rand, QUOTE_TEMPLATES), cast.slots, rand, date));
  const titles = sample(rand, pools.titles, 3).map((t) => recast(t, cast));
  const topic = pick(rand, TOPICS);
  titles.push(`${cast.slots['C']} responds to ${topic} dispute`, `${cast.slots['A']} rejects US plan on ${topic}`);
  return { id, cast, date, sentences: sample(rand, sentences, sentences.length), quotes, titles, outlets: sample(rand, OUTLETS, 8) };
}

/**
 * A big story is covered over weeks: a core of facts every report repeats, and for each phase of
 * about 25 articles new developments (its own sentences, quotes and dates) told by those articles only.
 */
function makePhases(story: Story, size: number, rand: Random, pools: SeedPools): Story[] {
  const core = story.sentences.slice(0, 5);
  return Array.from({ length: Math.ceil(size / PHASE_SIZE) }, (_, k) => {
    const date = new Date(story.date.getTime() + k * 2 * 86_400_000);
    const sentences = [...core, ...sample(rand, pools.sentences, int(rand, 10, 20)).map((x) => recast(x, story.cast))];
    for (let i = int(rand, 2, 4); i > 0; i--) sentences.push(fill(pick(rand, DATE_TEMPLATES), story.cast.slots, rand, date));
    const quotes = [...sample(rand, story.quotes, 2), fill(pick(rand, QUOTE_TEMPLATES), story.cast.slots, rand, date)];
    return { ...story, date, sentences: sample(rand, sentences, sentences.length), quotes };
  });
}

const PHASE_SIZE = 25;

// ---------------------------------------------------------------- articles

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function dateline(rand: Random, date: Date): string {
  const d = date.getUTCDate();
  const month = MONTHS[date.getUTCMonth()] ?? 'August';
  const y = date.getUTCFullYear();
  const hour = int(rand, 1, 12);
  const minute = pad2(int(rand, 0, 59));
  switch (int(rand, 0, 4)) {
    case 0:
      return `${WEEKDAYS[date.getUTCDay()]}, ${pad2(d)} ${month} ${y} ${hour}:${minute} ${chance(rand, 0.5) ? 'AM' : 'PM'}`;
    case 1:
      return `${month.slice(0, 3)}. ${d}, ${y}`;
    case 2:
      return `${y}-${pad2(date.getUTCMonth() + 1)}-${pad2(d)}`;
    case 3:
      return `Published ${d} ${month} ${y}, ${pad2(hour + 6)}:${minute} GMT`;
    default:
      return `Updated: ${month} ${d}, ${y} ${hour}:${minute} p.m. EDT`;
  }
}

/** Small rewordings so the "same" sentence differs between outlets. */
function reword(rand: Random, sentence: string): string {
  let s = sentence;
  if (chance(rand, 0.25)) s = s.replace(/\bU\.S\.(?= )/g, 'US').replace(/\bUS\b(?![.])/g, 'U.S.');
  if (chance(rand, 0.15)) s = s.replace(/[“”]/g, '"');
  if (chance(rand, 0.1)) s = s.replace(/\bsaid\b/, 'stated');
  // Disagreeing numbers: the discrepancy detector's work.
  if (chance(rand, 0.12)) s = s.replace(/\b(\d{1,3})\b(?![,.]\d)/, (m) => String(Number(m) + int(rand, 1, 3)));
  if (chance(rand, 0.08)) s = s.replace(/\b(?:seven|eight|five|six)\b/, (m) => ({ seven: 'eight', eight: 'seven', five: 'six', six: 'five' })[m] ?? m);
  return s;
}

function writeArticle(rand: Random, story: Story, pools: SeedPools, index: number): string {
  const out: string[] = [];
  const blank = chance(rand, 0.7); // paragraphs separated by blank lines, else single newlines
  const title = pick(rand, story.titles);
  const outlet = pick(rand, story.outlets);
  const published = new Date(story.date.getTime() + int(rand, 0, 3) * 86_400_000);
  if (chance(rand, 0.35)) out.push(pick(rand, NAVS));
  if (chance(rand, 0.25)) out.push(pick(rand, BANNERS));
  if (chance(rand, 0.25)) out.push(pick(rand, SECTIONS));
  if (chance(rand, 0.3)) out.push(outlet);
  out.push(title);
  if (chance(rand, 0.4)) out.push(title);
  if (chance(rand, 0.2)) out.push(`${title} ${story.cast.slots['A']} (Photo: ${pick(rand, AGENCIES)})`);
  if (chance(rand, 0.3)) out.push(outlet);
  if (chance(rand, 0.6)) out.push(dateline(rand, published));
  if (chance(rand, 0.3)) out.push(`By ${pick(rand, FIRST)} ${pick(rand, LAST)}`);

  const body = sample(rand, story.sentences, int(rand, Math.min(8, story.sentences.length), story.sentences.length));
  const quotes = sample(rand, story.quotes, int(rand, 1, story.quotes.length));
  for (const quote of quotes) body.splice(int(rand, 0, body.length), 0, quote);
  // A sentence or two nobody else has.
  for (let i = int(rand, 0, 3); i > 0; i--) {
    body.splice(int(rand, 0, body.length), 0, fill(pick(rand, DATE_TEMPLATES), story.cast.slots, rand, published));
  }
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) out.push(paragraph.join(' '));
    paragraph = [];
  };
  body.forEach((sentence, i) => {
    paragraph.push(reword(rand, sentence));
    if (paragraph.length >= int(rand, 1, 3)) flush();
    if (i > 3 && i < body.length - 2 && chance(rand, 0.05) && pools.subheads.length > 0) {
      flush();
      out.push(recast(pick(rand, pools.subheads), story.cast));
    }
  });
  flush();
  if (chance(rand, 0.15)) out.push('NEWSLETTER', `Join the ${outlet} mailing list`);
  if (chance(rand, 0.3) && pools.headlines.length > 0) {
    for (const headline of sample(rand, pools.headlines, int(rand, 4, 14))) out.push(headline);
  }
  if (index % 97 === 13) out.push(`${pick(rand, AGENCIES)} contributed to this report.`);
  return `${out.join(blank ? '\n\n' : '\n')}\n`;
}

// ---------------------------------------------------------------- real stories

/** Sentences of a real article's paragraphs (frontmatter and headline skipped). */
function realParts(text: string): { title: string | null; sentences: string[] } {
  const front = /^---\n([\s\S]*?)\n---\n/.exec(text);
  const title = front ? (/^title:\s*"(.*)"$/m.exec(front[1] ?? '')?.[1] ?? null) : null;
  const body = front ? text.slice(front[0].length) : text;
  const sentences = body
    .split(/\n\s*\n/)
    .flatMap((p) => splitSentences(p.replace(/\s+/g, ' ').trim()))
    .filter((x) => x.split(/\s+/).length >= 6 && x.length <= 400);
  return { title, sentences };
}

/** The most frequent two-word capitalised names of a text pool ("Bill Clinton"), most frequent first. */
function frequentNames(sentences: readonly string[], limit: number): string[] {
  const counts = new Map<string, number>();
  for (const s of sentences) {
    for (const m of s.matchAll(/\b([A-Z][a-z]{2,}) ([A-Z][a-z]{2,})\b/g)) {
      const name = m[0];
      if (/^(?:The|In|On|At|But|And|For|When|After|Last|This|New|United|North|South|West|East)\b/.test(name)) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return [...counts].sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1)).slice(0, limit).map(([n]) => n);
}

/** A variation of a real story: a few of its articles' sentences, its main people renamed. */
function makeRealVariation(id: number, rand: Random, real: RealStory): Story {
  const chosen = sample(rand, real.articles, int(rand, 3, 6)).map(realParts);
  const pool = [...new Set(chosen.flatMap((a) => a.sentences))];
  const swaps: [RegExp, string][] = [];
  const people: string[] = [];
  for (const name of frequentNames(pool, 6)) {
    const renamed = `${pick(rand, FIRST)} ${pick(rand, LAST)}`;
    people.push(renamed);
    const [first, last] = name.split(' ');
    swaps.push([new RegExp(`\\b${name}\\b`, 'g'), renamed]);
    if (first && last) swaps.push([new RegExp(`\\b${last}\\b`, 'g'), renamed.split(' ')[1] ?? last]);
  }
  const [country, adjective] = pick(rand, COUNTRIES);
  const cast: Cast = { swaps, slots: { C: country, c: adjective, A: people[0] ?? 'the minister', B: people[1] ?? 'the spokesman' } };
  const recasted = pool.map((s) => recast(s, cast));
  const sentences = sample(rand, recasted.filter((s) => !/[“"]/.test(s)), int(rand, 20, 45));
  const quotes = sample(rand, recasted.filter((s) => /[“"]/.test(s)), int(rand, 1, 6));
  const titles = chosen.map((a) => (a.title ? recast(a.title, cast) : null)).filter((t): t is string => t !== null && t.length > 0);
  if (titles.length === 0) titles.push(`${cast.slots['A']} at the centre of ${real.label.toLowerCase()} dispute`);
  const date = new Date(Date.UTC(2024, 0, 1) + int(rand, 0, 700) * 86_400_000);
  return { id, cast, date, sentences, quotes: quotes.length > 0 ? quotes : [sentences[0] ?? ''], titles, outlets: sample(rand, OUTLETS, 8) };
}

// ---------------------------------------------------------------- composition

interface Plan {
  kind: StoryInfo['kind'];
  size: number;
  /** Index into `real` for real stories and their variations. */
  real?: number;
}

/** Log-uniform integer in [min, max]: many small stories, fewer large ones. */
function logUniform(rand: Random, min: number, max: number): number {
  return Math.min(max, Math.floor(Math.exp(Math.log(min) + rand() * (Math.log(max + 1) - Math.log(min)))));
}

function planStories(rand: Random, size: number, realCount: number, fixed: readonly number[] | undefined): Plan[] {
  if (fixed) return fixed.map((n) => ({ kind: 'seed-variation', size: n }));
  const plans: Plan[] = [];
  let left = size;
  // Whole real stories: 45 topics at 10,000 articles, in proportion below (at least one from 100 on).
  const realWhole = realCount === 0 || size < 100 ? 0 : Math.max(1, Math.min(realCount, Math.round((size * 45) / 10_000)));
  const realOrder = sample(rand, [...Array(realCount).keys()], realCount);
  for (const r of realOrder.slice(0, realWhole)) {
    plans.push({ kind: 'real', size: 25, real: r });
    left -= 25;
  }
  // A few stories of several hundred articles: one per 2,500 articles, from 1,000 on.
  const big = size >= 1000 ? Math.max(1, Math.round(size / 2500)) : 0;
  for (let i = 0; i < big && left > 0; i++) {
    const n = Math.min(left, int(rand, 200, 500));
    plans.push({ kind: 'seed-variation', size: n });
    left -= n;
  }
  while (left > 0) {
    const n = Math.min(left, chance(rand, 0.1) ? int(rand, 1, 4) : logUniform(rand, 5, 50));
    const fromReal = realCount > 0 && chance(rand, 0.6);
    plans.push(fromReal ? { kind: 'real-variation', size: n, real: int(rand, 0, realCount - 1) } : { kind: 'seed-variation', size: n });
    left -= n;
  }
  return plans;
}

/** The stories `generateCorpus` would make for these options: kinds and sizes. */
export function corpusStories(options: CorpusOptions): StoryInfo[] {
  const rand = mulberry32(hash32(`stories:${options.seed ?? 1}:${options.size}`));
  return planStories(rand, options.size, options.real?.length ?? 0, options.storySizes).map((p, id) => ({ id, kind: p.kind, size: p.size }));
}

export function generateCorpus(options: CorpusOptions): CorpusArticle[] {
  const { size, seeds, seed = 1, extra = 0, real = [] } = options;
  const pools = parseSeeds(seeds);
  if (pools.sentences.length < 20 || pools.titles.length === 0) throw new Error('seeds too small to build a corpus');
  const storyRand = mulberry32(hash32(`stories:${seed}:${size}`));
  const plans = planStories(storyRand, size, real.length, options.storySizes);
  const stories: Array<Story | null> = [];
  const phases: Array<Story[] | null> = [];
  let previous: Story | null = null;
  plans.forEach((plan, id) => {
    if (plan.kind === 'real') {
      stories.push(null);
      phases.push(null);
      return;
    }
    const realStory = plan.real === undefined ? undefined : real[plan.real];
    const story = realStory ? makeRealVariation(id, storyRand, realStory) : makeStory(id, storyRand, pools, chance(storyRand, 0.5) ? previous : null);
    if (!realStory) previous = story;
    stories.push(story);
    phases.push(plan.size > 2 * PHASE_SIZE ? makePhases(story, plan.size, storyRand, pools) : null);
  });
  // One slot per article, shuffled across the corpus so a story is not one contiguous run of files.
  const slots: Array<[number, number]> = plans.flatMap((plan, id) => Array.from({ length: plan.size }, (_, k): [number, number] => [id, k]));
  const order = sample(mulberry32(hash32(`order:${seed}:${size}`)), slots, slots.length);
  // Extra articles join an existing synthetic story (the usual "one more outlet covered it" case).
  const joinable = plans.map((p, id) => ({ p, id })).filter(({ p }) => p.kind !== 'real' && p.size >= 5 && p.size <= 50).map(({ id }) => id);
  const width = Math.max(3, String(size).length);
  const articles: CorpusArticle[] = [];
  for (let i = 0; i < size + extra; i++) {
    const rand = mulberry32(hash32(`article:${seed}:${size}:${i}`));
    const [storyId, k] = i < size ? (order[i] ?? [0, 0]) : [joinable.length > 0 ? pick(rand, joinable) : stories.findIndex((s) => s !== null), -1];
    const plan = plans[storyId];
    const story = phases[storyId]?.[Math.max(0, Math.floor(k / PHASE_SIZE))] ?? stories[storyId];
    const realStory = plan?.real === undefined ? undefined : real[plan.real];
    let text: string;
    if (plan?.kind === 'real' && realStory) text = realStory.articles[k % realStory.articles.length] ?? '';
    else if (story) text = writeArticle(rand, story, pools, i);
    else throw new Error(`no story ${storyId}`);
    articles.push({ file: `${String(i).padStart(width, '0')}_${hex(rand, 16)}.txt`, text, story: storyId });
  }
  return articles;
}
