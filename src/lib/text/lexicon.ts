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
  ['fire', 'blaze', 'flames', 'inferno'],
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
  ['target', 'strike', 'attack', 'hit', 'combat', 'fight', 'tackle'],
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
