// Sentence trimming for the summary: a source sentence with the words that say who reported it,
// when in the week it happened, or an aside in parentheses taken out, so 100 words carry more of
// the story. Only whole spans are deleted; nothing is reworded, so the result stays traceable.
import { wordCount } from '../text/tokens.ts';

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
/** A time relative to when the article was written: "Monday", "yesterday", "earlier this year". */
const RELATIVE_WHEN = `(?:${WEEKDAY}|today|yesterday|tonight|(?:last|this|next|earlier this|later this)\\s+(?:week|month|year|weekend|spring|summer|fall|autumn|winter))`;
/** A point in time: relative, or a date ("on March 3", "in 1998"). */
const WHEN = `(?:${RELATIVE_WHEN}|${MONTH}(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?|\\d{4})`;
const REPORT_VERB = '(?:said|says|reported|reports|announced|stated|added|told\\s+[^,;]{1,30}?)';
/** Where or how something was said: "here" (the dateline's city), "in a statement", "on Monday". */
const SETTING = `(?:\\s+(?:here|(?:(?:on|in|at|early|late|last)\\s+)?(?:${WHEN}|a\\s+(?:statement|news conference|press conference|briefing|interview|report))))*`;

/** ", officials said Monday." / ", according to the report." / ", reported Agence Presse." closing a sentence. */
const TRAILING_ATTRIBUTION = new RegExp(`,\\s+(?:according to\\s+[^,;]{1,80}?|(?!(?:which|that|who|what|when|where|while|as|and|but)\\b)[^,;]{1,60}?\\s+${REPORT_VERB}${SETTING}|(?:said|reported|announced)${SETTING}\\s+(?:the\\s+)?\\p{Lu}[^,;]{0,60}?)\\s*([.!?])$`, 'u');
/** ", according to the police," inside a sentence. */
const INNER_ACCORDING = /,\s+according to\s+[^,;]{1,60},\s+/u;
/** "Officials said Monday that …" opening a sentence. */
const LEADING_ATTRIBUTION = new RegExp(`^(?:[\\p{Lu}][^,;]{0,60}?)\\s+(?:said|says|reported|announced)${SETTING}\\s+that\\s+`, 'u');
/** "On Monday, …", "Earlier this year in Paris, …": a relative time (and place) opening a sentence; a date stays. */
const LEADING_WHEN = new RegExp(`^(?:(?:On|In|At|Early|Late|Earlier|Later|Last|This)\\s+)?(?:(?:early|late|the)\\s+)?${RELATIVE_WHEN}(?:\\s+(?:in|at)\\s+\\p{Lu}[^,;]{0,30}?)?,\\s+`, 'u');
/** " on Monday", " today": a day relative to the article, which a summary read later cannot place. */
const INNER_DAY = new RegExp(`(?<!\\b(?:since|until|till|by|from|last|next|this|before|after|early|late|through|of|every|each))\\s+(?:(?:on\\s+)?${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?|today|yesterday|tonight)(?!['’]s)(?=[\\s,.;])`, 'giu');
/** A short aside in parentheses: "(metric)", "(AP)". */
const PARENTHESIS = /\s+\([^()“”"]{1,60}\)(?=[\s,.;:])/gu;

const QUOTED = /["“”]/;
const MIN_WORDS = 6;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Keeps a deletion only when what is left still reads as a sentence. */
function keep(before: string, after: string): string {
  return wordCount(after) >= MIN_WORDS && /^[\p{Lu}\p{N}[]/u.test(after) && /[.!?]["”’)]?$/.test(after) ? after : before;
}

/**
 * The sentence trimmed of attributions, week days, leading time phrases and short parentheses.
 * Quoted speech keeps its speaker: a sentence with quote marks loses no attribution.
 */
export function trimSentence(text: string): string {
  let out = text.replace(PARENTHESIS, '');
  if (!QUOTED.test(out)) {
    out = keep(out, out.replace(TRAILING_ATTRIBUTION, '$1').replace(/\.\.$/, '.'));
    out = keep(out, out.replace(INNER_ACCORDING, ' '));
    const lead = LEADING_ATTRIBUTION.exec(out);
    if (lead) out = keep(out, capitalise(out.slice(lead[0].length)));
  }
  const when = LEADING_WHEN.exec(out);
  if (when) out = keep(out, capitalise(out.slice(when[0].length)));
  out = keep(out, out.replace(INNER_DAY, ''));
  return out === text ? text : out.replace(/\s{2,}/g, ' ').trim();
}
