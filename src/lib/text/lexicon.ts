// General-English equivalences news outlets swap when paraphrasing the same fact.
// Each group collapses to its first word after stemming; kept small and domain-neutral on purpose.
import { stem } from './stem.ts';

const GROUPS: readonly string[][] = [
  ['reject', 'dismiss', 'deny', 'refuse', 'rebuff', 'spurn', 'repudiate', 'denounce'],
  ['say', 'state', 'tell', 'told', 'add', 'note', 'assert', 'remark', 'reiterate', 'emphasize', 'emphasise', 'stress', 'underscore', 'insist', 'declare', 'claim', 'indicate', 'contend', 'argue'],
  ['invasion', 'invade', 'incursion', 'intervention', 'intervene'],
  ['military', 'army', 'troops', 'soldiers', 'forces'],
  ['order', 'directive', 'decree', 'instruction', 'mandate', 'direct', 'instruct', 'command'],
  ['secret', 'secretly', 'covert', 'covertly', 'clandestine', 'clandestinely'],
  ['plan', 'proposal', 'scheme', 'idea'],
  ['kill', 'killed', 'dead', 'death', 'deaths', 'die', 'died', 'fatality', 'fatalities'],
  ['injure', 'injured', 'wound', 'wounded', 'hurt', 'injury', 'injuries'],
  ['blaze', 'flames', 'inferno'],
  ['arrest', 'detain', 'apprehend', 'custody'],
  ['ruling', 'decision', 'verdict', 'judgment', 'judgement'],
  ['company', 'firm', 'business'],
  ['worker', 'employee', 'staff', 'staffer'],
  ['begin', 'start', 'launch', 'commence'],
  ['increase', 'rise', 'grow', 'surge', 'jump'],
  ['decrease', 'drop', 'fall', 'decline', 'plunge'],
  ['reveal', 'disclose', 'show'],
  ['agreement', 'deal', 'accord', 'pact'],
  ['accuse', 'allege', 'charge'],
  ['confirm', 'verify'],
  ['target', 'strike', 'combat', 'fight', 'tackle'],
  ['use', 'employ', 'utilize', 'utilise', 'deploy'],
  ['cooperate', 'collaborate', 'cooperation', 'collaboration'],
  ['country', 'nation'],
  ['group', 'organization', 'organisation', 'entity', 'outfit'],
  ['boast', 'tout', 'highlight', 'hail', 'praise'],
  ['agency', 'agencies', 'service', 'services'],
  ['enable', 'allow', 'permit', 'authorize', 'authorise', 'facilitate'],
  ['reward', 'award', 'bounty'],
  ['record', 'historic'],
  ['factory', 'plant', 'facility', 'mill'],
  ['swept', 'tore', 'ripped', 'raced', 'engulfed'],
  ['soil', 'territory', 'land'],
  ['report', 'reports', 'reported', 'reportedly'],
];

// "ruled out" and "off the table" both mean refused; phrases are rewritten before tokenising.
export const PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:is|are|was|were|will be|would be|'s|'re)?\s*(?:not going to|going to not|won't|will not|wo n't)\s+be\b/g, ' not be '],
  [/\bwill be no\b/g, ' not be '],
  [/\bunable to\b|\bfailed to\b/g, ' not '],
  [/\bwon't\b/g, ' will not '],
  [/\bcan't\b/g, ' cannot '],
  [/\b(\w+)n't\b/g, ' $1 not '],
  [/\bruled out\b|\brule out\b|\boff the table\b/g, ' reject '],
  [/\barmed forces\b/g, ' military '],
];

const CANON = new Map<string, string>();
for (const group of GROUPS) {
  const head = stem(group[0] ?? '');
  for (const word of group) CANON.set(stem(word), head);
}

/** The canonical stem for a stem, or the stem itself. */
export function canonicalStem(s: string): string {
  return CANON.get(s) ?? s;
}

/** Verbs that introduce reported speech, in every form news copy uses them ("said", "says", "adding"). */
const SPEECH_VERB_STEMS = [
  'say', 'state', 'add', 'tell', 'ask', 'warn', 'note', 'argue', 'claim', 'insist', 'explain', 'write', 'declare', 'reiterate',
  'caution', 'boast', 'emphasize', 'emphasise', 'underscore', 'continue', 'respond', 'reply', 'announce', 'acknowledge', 'admit',
  'tweet', 'post', 'stress', 'recall', 'concede', 'complain', 'vow', 'promise', 'urge', 'predict', 'remark', 'observe', 'joke',
  'testify', 'suggest', 'assert', 'contend', 'maintain', 'charge', 'allege', 'counter', 'retort', 'quip', 'exclaim', 'shout',
  'yell', 'scream', 'whisper', 'mutter', 'lament', 'muse', 'pledge', 'proclaim', 'mock', 'scoff', 'sneer', 'chide', 'scold',
  'blast', 'slam', 'rip', 'fume', 'rail', 'thunder', 'tout', 'praise', 'hail', 'cheer', 'plead', 'beg', 'demand', 'threaten',
  'confirm', 'deny', 'report', 'recount', 'describe', 'call', 'label', 'dub', 'brand', 'deride', 'dismiss', 'concur', 'agree',
  'disagree', 'object', 'protest', 'interject', 'interrupt', 'begin', 'conclude', 'summarize', 'summarise', 'speculate', 'guess',
  'reason', 'acknowledge', 'confide', 'confess', 'predict', 'forecast', 'advise', 'recommend', 'propose', 'wonder', 'query',
  'question', 'inform', 'assure', 'reassure', 'remind', 'tease', 'taunt', 'boom', 'gush', 'rave', 'rant', 'opine', 'elaborate',
  'clarify', 'indicate', 'specify', 'highlight', 'quote', 'echo', 'repeat', 'mention', 'comment', 'reflect',
  'recite', 'text', 'editorialize', 'pronounce', 'accuse', 'attack', 'criticize',
  'criticise', 'lash', 'fire', 'hit', 'snap', 'bark', 'growl', 'sigh', 'laugh', 'chuckle', 'cry', 'sob', 'react',
  // Less frequent cues real copy uses ("remembered Roy Verley", "she revealed", "he bragged").
  'remember', 'reveal', 'disclose', 'hint', 'brag', 'crow', 'gripe', 'grumble', 'moan', 'swear', 'email',
  'lecture', 'preach', 'marvel', 'reckon', 'posit', 'surmise', 'theorize', 'theorise', 'fret', 'grouse', 'exult', 'gloat',
] as const;
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'writes', 'writing', 'written'],
  swear: ['swore', 'swears', 'swearing', 'sworn'],
  // "emails" is far more often the noun.
  email: ['emailed', 'e-mailed'],
  begin: ['began', 'begins', 'beginning'],
  rip: ['ripped', 'rips', 'ripping'],
  snap: ['snapped', 'snaps', 'snapping'],
  quip: ['quipped', 'quips', 'quipping'],
  cry: ['cried', 'cries', 'crying'],
  testify: ['testified', 'testifies', 'testifying'],
  reply: ['replied', 'replies', 'replying'],
  deny: ['denied', 'denies', 'denying'],
  query: ['queried', 'queries', 'querying'],
  clarify: ['clarified', 'clarifies', 'clarifying'],
  specify: ['specified', 'specifies', 'specifying'],
  criticize: ['criticized', 'criticizes', 'criticizing'],
  criticise: ['criticised', 'criticises', 'criticising'],
  dub: ['dubbed', 'dubs', 'dubbing'],
  label: ['labeled', 'labelled', 'labels', 'labeling', 'labelling'],
  rail: ['railed', 'rails', 'railing'],
  text: ['texted', 'texts', 'texting'],
  hit: ['hits', 'hitting'],
};

/** Two-syllable stems stressed on the last syllable double their final consonant like one-syllable ones ("admitted"). */
const STRESSED_LAST = new Set(['admit', 'concur', 'refer', 'omit', 'confer']);

function inflections(verb: string): string[] {
  const irregular = IRREGULAR[verb];
  if (irregular) return [verb, ...irregular];
  // "slam" → "slammed", "slamming": one short vowel before one final consonant doubles it.
  const doubled = /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(verb) || STRESSED_LAST.has(verb) ? `${verb}${verb.slice(-1)}` : verb;
  const base = verb.endsWith('e') ? verb.slice(0, -1) : doubled;
  const past = verb.endsWith('e') ? `${verb}d` : `${doubled}ed`;
  const third = /(?:s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : `${verb}s`;
  return [verb, past, third, `${base}ing`];
}

/** Every inflected speech verb, longest first so alternations prefer "insisted" to "insist". */
export const SPEECH_VERBS: readonly string[] = [...new Set(SPEECH_VERB_STEMS.flatMap(inflections))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
