// Units of a seed → title, dek, page-furniture removals and body blocks.
// Three passes: the head (everything before the first body paragraph), the tail
// (trailing promos and related-headline lists), and the body in between.
import type { Block, RemovalReason, RemovedLine } from '../types.ts';
import { classifyLine, isCookieNotice, isRecommendationHead, type LineClass } from './boilerplate.ts';
import { outletFromCopyright } from './outlet.ts';
import { isAuthorBox, isSectionCommentHead, trailingChromeStart } from './trailing.ts';
import { isQuantityLine } from './quantity.ts';
import { endsPunctuated, sameText, splitGlued, startsWithText, words, type Unit } from './lines.ts';
import {
  isHeadlineLike,
  isProse,
  isShortLabel,
  looksLikeName,
  looksLikeOutlet,
  outletFromPrompt,
  overlap,
  sentenceCount,
  stripTitleNoise,
} from './meta.ts';

export interface StructureOptions {
  /** A title already known (HTML meta): lines equal to it are removed, no other line becomes the title. */
  knownTitle?: string | null;
  /** A whole page's visible text (a scrape): keep only the densest run of prose and the headline above it. */
  findArticleSpan?: boolean;
}

export interface Structured {
  /** The headline found in the text; null when the text has none. */
  title: string | null;
  dek: string | null;
  outlet: string | null;
  outletSource: 'stated' | 'inferred' | null;
  published: string | null;
  blocks: Block[];
  removed: RemovedLine[];
}

interface State {
  units: Unit[];
  classes: (LineClass | null)[];
  reasons: (RemovalReason | null)[];
  title: string | null;
  deks: { text: string; afterTitle: boolean }[];
  outlets: string[];
  inferredOutlet: string | null;
  copyrightOutlet: string | null;
  bodyStarted: boolean;
  /** Wire datelines cut from the front of a paragraph (the rest of it stays in the body). */
  prefixes: RemovedLine[];
  /** Publication dates the text states, with how strongly their form says so (lower is stronger). */
  dates: { iso: string; rank: number }[];
}

export function structure(units: Unit[], options: StructureOptions = {}): Structured {
  const knownTitle = options.knownTitle ?? null;
  // Line classes depend on the units alone: a restart below reuses them.
  const classes = classify(units, options.findArticleSpan === true);
  let state = freshState(units, classes);
  let bodyStart = scanHead(state, knownTitle, 0);
  let bodyEnd = scanTail(state, bodyStart, units.length);
  if (options.findArticleSpan) {
    const span = spanAboveComments(state);
    if (restartsAtHeadline(state, span, bodyStart)) {
      state = freshState(units, classes);
      for (let i = 0; i < span.start; i++) if (!removeClassified(state, i)) remove(state, i, 'outside-article');
      bodyStart = scanHead(state, knownTitle, span.start, span.confirmed ? span.start : -1);
      bodyEnd = scanTail(state, bodyStart, units.length);
    }
    if (state.title === null && span.farHeadline !== null) {
      setTitle(state, units[span.farHeadline]?.text ?? '');
      remove(state, span.farHeadline, 'title');
    }
    if (bodyEnd > span.end && span.end > bodyStart) {
      for (let i = span.end; i < bodyEnd; i++) if (!removeClassified(state, i)) remove(state, i, 'outside-article');
      bodyEnd = scanTail(state, bodyStart, span.end);
    }
  }
  // A comment section, author box or reading list after the prose ends the article.
  const texts = units.map((u) => u.text);
  const cut = bodyStart + trailingChromeStart(texts.slice(bodyStart, bodyEnd), texts.slice(bodyEnd, bodyEnd + HEAD_WINDOW));
  if (cut < bodyEnd) {
    for (let i = cut; i < bodyEnd; i++) if (!removeClassified(state, i)) remove(state, i, 'outside-article');
    bodyEnd = scanTail(state, bodyStart, cut);
  }
  state.bodyStarted = true;
  const blocks = scanBody(state, bodyStart, bodyEnd);
  const dek = state.deks.find((d) => d.afterTitle) ?? state.deks[0];
  return {
    title: state.title,
    dek: dek?.text ?? null,
    outlet: state.outlets[0] ?? state.copyrightOutlet ?? state.inferredOutlet,
    outletSource: state.outlets[0] || state.copyrightOutlet ? 'stated' : state.inferredOutlet ? 'inferred' : null,
    published: bestDate(state),
    blocks,
    removed: units
      .map((u, i) => ({ u, reason: state.reasons[i] }))
      .filter((x): x is { u: Unit; reason: RemovalReason } => x.reason !== null && x.reason !== undefined)
      .map(({ u, reason }): RemovedLine => ({ line: u.line, text: u.text, reason }))
      .concat(state.prefixes),
  };
}

/** Whether the head scan went wrong on a scraped page and must start again at the article's headline. */
function restartsAtHeadline(state: State, span: ArticleSpan, bodyStart: number): boolean {
  // It stopped in page chrome far above the prose…
  if (bodyStart < span.start - HEAD_WINDOW) return true;
  // …took a line from the top of the page (a site's tagline) over a headline right above the prose…
  const titleAt = state.reasons.indexOf('title');
  if (titleAt >= 0 && titleAt < span.start - HEAD_WINDOW && span.start < span.prose) return true;
  // …or, before the prose, passed over a confirmed headline (a share link, menu line or label taken instead).
  return span.confirmed && bodyStart <= span.prose && state.title !== splitTitle(state.units[span.start]?.text ?? '').title;
}

/** Marks a unit removed; a context-free class also feeds outlet/date discovery. */
function remove(state: State, i: number, reason: RemovalReason): void {
  state.reasons[i] = reason;
  const unit = state.units[i];
  const cls = state.classes[i];
  if (!unit) return;
  if (cls?.date && (reason === 'dateline' || reason === 'byline')) {
    if (reason === 'dateline' && isDateBanner(state, unit.text)) state.reasons[i] = 'page-date';
    else state.dates.push({ iso: cls.date, rank: dateRank(state, unit.text, reason) });
  }
  if (reason === 'newsletter' && state.inferredOutlet === null) state.inferredOutlet = outletFromPrompt(unit.text);
  if (reason === 'copyright') {
    const holder = outletFromCopyright(unit.text);
    if (holder !== null && !state.outlets.some((o) => sameText(o, holder))) state.copyrightOutlet ??= holder;
  }
}

/**
 * A today's-date banner: a weekday with a date and no time, above the headline — what a site
 * prints at the top of every page, and a scrape keeps as its first lines.
 */
function isDateBanner(state: State, text: string): boolean {
  return state.title === null && !state.bodyStarted && WEEKDAY_DATE.test(text) && !/\d[:.]\d{2}/.test(text) && !/^(?:published|posted|first published)\b/i.test(text);
}

const WEEKDAY_DATE = /^(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b/i;

/** "Published …" is the strongest form, then a byline's date, then a date line under the headline, then one above it. */
function dateRank(state: State, text: string, reason: RemovalReason): number {
  if (/^(?:published|posted|first published)\b/i.test(text)) return 0;
  if (reason === 'byline') return 1;
  return state.title === null && !state.bodyStarted ? 3 : 2;
}

function bestDate(state: State): string | null {
  let best: { iso: string; rank: number } | null = null;
  for (const d of state.dates) if (best === null || d.rank < best.rank) best = d;
  return best?.iso ?? null;
}

function removeClassified(state: State, i: number): boolean {
  const cls = state.classes[i];
  if (!cls) return false;
  remove(state, i, cls.reason);
  return true;
}

/** Returns the index of the first body unit. */
function scanHead(state: State, knownTitle: string | null, from: number, headlineAt = -1): number {
  const { units } = state;
  // With a known title (HTML) we are already "after the headline".
  state.title = knownTitle;
  let i = from;
  for (; i < units.length; i++) {
    const unit = units[i];
    if (!unit) break;
    if (removeClassified(state, i)) continue;
    const text = unit.text;
    if (state.title === null) {
      if (isSiteNameLine(state, i)) {
        labelLine(state, i, 'outlet-line');
        continue;
      }
      if (i === headlineAt || unit.depth === 1 || (unit.depth === undefined && isHeadlineLike(text) && !isQuantityLine(text))) {
        setTitle(state, text);
        remove(state, i, 'title');
        continue;
      }
      if (isShortLabel(text)) {
        labelLine(state, i, 'section-label');
        continue;
      }
      if (isProse(text) && state.deks.length === 0 && confirmedHeadline(state, i + 1)) {
        state.deks.push({ text, afterTitle: false });
        remove(state, i, 'dek');
        continue;
      }
      break;
    }
    // After the headline: its repeats, captions, outlet/name lines, an unpunctuated standfirst.
    if (sameText(text, state.title)) {
      remove(state, i, knownTitle !== null && !state.reasons.includes('title') ? 'title' : 'repeated-title');
      continue;
    }
    if (startsWithText(text, state.title) !== null) {
      remove(state, i, 'photo-caption');
      continue;
    }
    // A name set as a heading under the headline is a byline, not a section.
    if (unit.depth !== undefined && looksLikeName(text)) {
      remove(state, i, 'byline');
      continue;
    }
    // A marked heading after the headline opens the body, as does a recipe's first ingredient.
    if (unit.depth !== undefined || isQuantityLine(text)) break;
    if (isShortLabel(text)) {
      labelLine(state, i, 'byline');
      continue;
    }
    if (isHeadlineLike(text) && words(text).length >= 6 && !endsPunctuated(text) && !looksLikeStamp(text) && state.deks.every((d) => !d.afterTitle)) {
      state.deks.push({ text, afterTitle: true });
      remove(state, i, 'dek');
      continue;
    }
    if (isProse(text) && isDekAfterTitle(state, i)) {
      state.deks.push({ text, afterTitle: true });
      remove(state, i, 'dek');
      i++;
    }
    break;
  }
  return i;
}

function freshState(units: Unit[], classes: (LineClass | null)[]): State {
  return {
    units,
    classes,
    reasons: units.map(() => null),
    title: null,
    deks: [],
    outlets: [],
    inferredOutlet: null,
    copyrightOutlet: null,
    bodyStarted: false,
    prefixes: [],
    dates: [],
  };
}

/**
 * Tables and code are the page's data, never furniture; other units are classified line by line.
 * A whole scraped page also holds its cookie dialog, whose paragraphs read as prose: furniture there.
 * (An extracted article that speaks of cookies is the article: a help page, a story about consent.)
 */
function classify(units: Unit[], scraped: boolean): (LineClass | null)[] {
  return units.map((u) => {
    if (u.style === 'table' || u.style === 'code') return null;
    if (scraped && isDoubledTeaser(u.text)) return { reason: 'related-headlines' };
    return classifyLine(u.text) ?? (scraped && isCookieNotice(u.text) ? { reason: 'banner' } : null);
  });
}

/**
 * A teaser card as a scraper reads it: the image's alt text and the link's headline are the same
 * words, so the line is one phrase twice ("Storm closes port Storm closes port"). No prose repeats itself so.
 */
export function isDoubledTeaser(text: string): boolean {
  const half = (text.length - 1) / 2;
  if (!Number.isInteger(half) || half < 15 || text[half] !== ' ') return false;
  return text.slice(0, half) === text.slice(half + 1);
}

const HEAD_WINDOW = 8;
/** What an ingredient line adds to a span's score: enough to carry the list's heads ("Für den Teig:"). */
const QUANTITY_SCORE = 3;

interface ArticleSpan {
  start: number;
  end: number;
  sum: number;
  /** The span starts at a headline confirmed by a byline under it or by its lead: the head scan must start there. */
  confirmed: boolean;
  /** Where the prose itself begins (`start` is its headline when one was found above it). */
  prose: number;
  /**
   * With no headline-like line just above the prose: a line further up that the lead repeats, the
   * title when the head scan finds none (the lines between stay out of the body).
   */
  farHeadline: number | null;
}

/**
 * The article in a scraped page: the run of units with the most prose, where each prose line
 * scores its words and every other line costs a little (a best-sum subarray), widened upwards
 * to its headline so the head scan still finds the title, byline and date.
 */
function articleSpan(state: State, limit = state.units.length): ArticleSpan {
  const { units, classes } = state;
  let best = { sum: 0, start: 0, end: units.length };
  let sum = 0;
  let start = 0;
  for (let i = 0; i < limit; i++) {
    const text = units[i]?.text ?? '';
    const n = words(text).length;
    // An ingredient list belongs to its recipe: its lines neither count as prose nor cost.
    const score = classes[i] ? -2 : isProse(text) && n >= 8 ? n : isQuantityLine(text) ? QUANTITY_SCORE : -(2 + Math.min(n, 12) / 2);
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += score;
    if (sum > best.sum) best = { sum, start, end: i + 1 };
  }
  if (best.sum === 0) return { start: 0, end: units.length, sum: 0, confirmed: false, farHeadline: null, prose: 0 };
  // A headline right above a byline is the article's, even past share bars and author links.
  for (let j = best.start - 1; j >= Math.max(0, best.start - 2 * HEAD_WINDOW); j--) {
    const unit = units[j];
    if (unit && !classes[j] && isHeadlineLike(unit.text) && classes[j + 1]?.reason === 'byline') {
      return { start: j, end: best.end, sum: best.sum, confirmed: true, farHeadline: null, prose: best.start };
    }
  }
  // Else a headline-like line just above: furniture between the headline and the prose (byline, date,
  // caption) belongs to the head. The one the lead echoes most, else the topmost.
  const candidates: number[] = [];
  const short: number[] = [];
  for (let j = best.start - 1; j >= Math.max(0, best.start - HEAD_WINDOW); j--) {
    const unit = units[j];
    if (!unit || classes[j]) continue;
    if (isQuantityLine(unit.text)) continue;
    if (unit.depth !== undefined || isHeadlineLike(unit.text)) candidates.push(j);
    else if (isShortHeadline(unit.text)) short.push(j);
  }
  const lead = leadOf(units, best.start, best.end);
  const echoed = echoedHeadline(units, candidates, lead, ECHO) ?? echoedHeadline(units, short, lead, SHORT_ECHO);
  const head = echoed ?? candidates.at(-1) ?? best.start;
  let farHeadline: number | null = null;
  if (candidates.length === 0) {
    const far: number[] = [];
    for (let j = best.start - HEAD_WINDOW - 1; j >= Math.max(0, best.start - FAR_WINDOW); j--) {
      if (!classes[j] && isHeadlineLike(units[j]?.text ?? '')) far.push(j);
    }
    farHeadline = echoedHeadline(units, far, lead, FAR_ECHO);
  }
  return { start: head, end: best.end, sum: best.sum, confirmed: echoed !== null, farHeadline, prose: best.start };
}

/** A two- or three-word headline ("Ärger ums Brennholz"): capitalised, unpunctuated at the end. */
function isShortHeadline(text: string): boolean {
  const n = words(text).length;
  return n >= 2 && n <= 3 && /^[\p{Lu}\d"“„«]/u.test(text) && !/[.,;:]$/.test(text);
}

/** A short line is a headline on words alone only when the lead repeats both its words, or two of three. */
const SHORT_ECHO = 0.6;

/** How far above the prose a headline is looked for when none is just above it… */
const FAR_WINDOW = 4 * HEAD_WINDOW;
/** …and how much of it the lead must repeat. */
const FAR_ECHO = 0.5;

/** Words of lead a headline is compared with: the span's first prose lines. */
const LEAD_WORDS = 80;

/** The first prose of a span, about LEAD_WORDS words. */
function leadOf(units: readonly Unit[], start: number, end: number): string {
  const lead: string[] = [];
  let count = 0;
  for (let i = start; i < end && count < LEAD_WORDS; i++) {
    const text = units[i]?.text ?? '';
    if (!isProse(text)) continue;
    lead.push(text);
    count += words(text).length;
  }
  return lead.join(' ');
}

/** Below this share of its words in the lead, a line above the prose is not taken for its headline on words alone. */
const ECHO = 0.3;

/**
 * A headline tells what its lead tells: of the lines above the prose, the one whose words the lead
 * repeats most (menus and teasers above an article share few of them). Null when none repeats `needed` of its words.
 */
function echoedHeadline(units: readonly Unit[], candidates: readonly number[], lead: string, needed: number): number | null {
  let best: { at: number; share: number } | null = null;
  for (const j of candidates) {
    const share = overlap(units[j]?.text ?? '', lead);
    if (share >= needed && (best === null || share >= best.share)) best = { at: j, share };
  }
  return best?.at ?? null;
}

/**
 * Readers' comments are prose too: under a short or list-like article they outweigh it. When the
 * densest run lies below a comment section's head, the densest run above that head is the article,
 * if it holds some prose (a comment counter under the headline has only menus above it).
 */
function spanAboveComments(state: State): ArticleSpan {
  const span = articleSpan(state);
  const head = commentSectionStart(state);
  if (head > span.start) return span;
  const above = articleSpan(state, head);
  return above.sum >= 30 && above.sum >= 0.05 * span.sum ? above : span;
}

/** The first head only a comment section has (units.length when none). */
function commentSectionStart(state: State): number {
  const at = state.units.findIndex((u) => isSectionCommentHead(u.text));
  return at < 0 ? state.units.length : at;
}

/** The headline, without a " | Site" suffix (kept as the inferred outlet) or a "[View all]" link label. */
function setTitle(state: State, text: string): void {
  const { title, site } = splitTitle(text);
  state.title = title;
  if (site !== null) state.inferredOutlet ??= site;
}

/** "Headline | Site [View all]" → the headline and the site; " - Site" only when the tail names an outlet. */
function splitTitle(text: string): { title: string; site: string | null } {
  const stripped = stripTitleNoise(text);
  const m = /^(.{12,}?)\s+(\||[–—-])\s+([^|–—]{2,40})$/u.exec(stripped);
  const head = m?.[1];
  const tail = m?.[3];
  if (head && tail && (m[2] === '|' || looksLikeOutlet(tail)) && words(tail).length <= 5) return { title: head, site: tail };
  return { title: stripped, site: null };
}

/** A site's name above the headline ("THE AMERICA ONE NEWS"): outlet-like, with the real headline right after it. */
function isSiteNameLine(state: State, i: number): boolean {
  const text = state.units[i]?.text ?? '';
  if (!looksLikeOutlet(text) || words(text).length > 5 || endsPunctuated(text)) return false;
  const k = nextContent(state, i + 1);
  const next = k === null ? undefined : state.units[k];
  const headline = next ? splitTitle(next.text).title : '';
  return next !== undefined && isHeadlineLike(next.text) && words(headline).length > words(text).length && !looksLikeOutlet(headline);
}

/** "Aug 9, 2025 10:31 AM ET | 3 min read": a timestamp-ish line is never a dek. */
function looksLikeStamp(text: string): boolean {
  return /\d{1,2}[:.]\d{2}\b|\b(?:min(?:ute)?s? read|ago)\b|^(?:by|photo|image)\b/i.test(text);
}

/** A short line in the head: outlet when it looks like one or repeats; else `fallback` (or byline for names). */
function labelLine(state: State, i: number, fallback: RemovalReason): void {
  const text = state.units[i]?.text ?? '';
  const repeated = state.units.some((u, j) => j !== i && j < i + 12 && sameText(u.text, text));
  const lowercase = /^\p{Ll}[\p{Ll}\s-]*$/u.test(text);
  if (!lowercase && (looksLikeOutlet(text) || repeated || state.outlets.some((o) => sameText(o, text)))) {
    if (!state.outlets.some((o) => sameText(o, text))) state.outlets.push(text);
    remove(state, i, 'outlet-line');
  } else {
    remove(state, i, fallback === 'byline' && !looksLikeName(text) ? 'section-label' : fallback);
  }
}

/** The next content unit is a headline confirmed by a repeat or by head furniture right after it. */
function confirmedHeadline(state: State, from: number): boolean {
  const k = nextContent(state, from);
  const unit = k === null ? undefined : state.units[k];
  if (k === null || !unit || !isHeadlineLike(unit.text)) return false;
  for (let j = k + 1; j < Math.min(state.units.length, k + 8); j++) {
    const other = state.units[j];
    if (!other) break;
    if (sameText(other.text, unit.text) || startsWithText(other.text, unit.text) !== null) return true;
  }
  const after = state.classes[k + 1];
  return after !== null && after !== undefined && ['dateline', 'byline', 'photo-caption'].includes(after.reason);
}

function nextContent(state: State, from: number): number | null {
  for (let j = from; j < state.units.length; j++) if (!state.classes[j]) return j;
  return null;
}

/** A one-sentence summary right under the headline that the next paragraph restates. */
function isDekAfterTitle(state: State, i: number): boolean {
  if (state.title === null || state.deks.some((d) => d.afterTitle)) return false;
  const text = state.units[i]?.text ?? '';
  if (sentenceCount(text) !== 1 || words(text).length < 8 || words(text).length > 35 || /^["“‘']/.test(text)) return false;
  // A lede reports and attributes; a standfirst summarises.
  if (/["“”]|\b(?:said|says|told|according to)\b/i.test(text) || WIRE_DATELINE.test(text)) return false;
  const k = nextContent(state, i + 1);
  const next = k === null ? undefined : state.units[k];
  if (!next || !isProse(next.text)) return false;
  return overlap(text, next.text) >= 0.5;
}

/** Returns the index after the last body unit. */
function scanTail(state: State, bodyStart: number, spanEnd: number): number {
  let end = spanEnd;
  for (;;) {
    while (end > bodyStart && state.classes[end - 1]) {
      removeClassified(state, end - 1);
      end--;
    }
    const last = state.units[end - 1];
    if (end - 1 > bodyStart && last && isAuthorBox(last.text)) {
      remove(state, end - 1, 'byline');
      end--;
      continue;
    }
    // A link closing the article (another story's teaser, a tag, "more on this") is not its text.
    if (end - 1 > bodyStart && last && last.style !== 'table' && (last.linkShare ?? 0) >= 0.6 && words(last.text).length <= 30) {
      remove(state, end - 1, 'related-headlines');
      end--;
      continue;
    }
    const run = trailingRun(state, bodyStart, end);
    if (run.length < 3) return end;
    const head = state.units[Math.min(...run) - 1];
    const reason = head && isRecommendationHead(head.text) ? 'recommendations' : 'related-headlines';
    for (const j of run) remove(state, j, reason);
    end = Math.min(...run);
  }
}

/** Indices of the trailing headline-list candidates (furniture between them is removed too). */
function trailingRun(state: State, bodyStart: number, end: number): number[] {
  const run: number[] = [];
  let j = end - 1;
  for (; j >= bodyStart; j--) {
    const unit = state.units[j];
    if (!unit) break;
    if (state.classes[j]) {
      removeClassified(state, j);
      continue;
    }
    if (!isListedHeadline(unit.text) || unit.style !== undefined || (unit.linkShare ?? 1) < 0.5) break;
    run.push(j);
  }
  // "Key points:" followed by short items is a list that belongs to the article.
  const before = state.units[j];
  if (before && /:["'”’]?$/.test(before.text)) return [];
  // The run must follow some article text.
  return run.length >= 3 && j >= bodyStart ? run : [];
}

function isListedHeadline(text: string): boolean {
  const n = words(text).length;
  return n >= 1 && n <= 16 && !endsPunctuated(text) && /^[\p{Lu}\d"“‘']/u.test(text);
}

function scanBody(state: State, start: number, end: number): Block[] {
  const blocks: Block[] = [];
  const content: number[] = [];
  let inRecommendations = false;
  for (let i = start; i < end; i++) {
    const unit = state.units[i];
    if (removeClassified(state, i)) {
      inRecommendations = state.reasons[i] === 'recommendations' && isRecommendationHead(unit?.text ?? '') ? true : inRecommendations;
      continue;
    }
    const text = unit?.text ?? '';
    if (state.title !== null && sameText(text, state.title)) {
      remove(state, i, 'repeated-title');
      continue;
    }
    // The headline list under "Recommended Stories" runs until the prose resumes.
    if (inRecommendations && !isProse(text) && unit?.style !== 'table') {
      remove(state, i, 'recommendations');
      continue;
    }
    inRecommendations = false;
    // A short line that is all link, between paragraphs: a teaser or a tag, not the article's prose.
    if (unit?.depth === undefined && unit?.style === undefined && (unit?.linkShare ?? 0) >= 0.9 && words(text).length <= 12 && !endsPunctuated(text) && !/(?:https?:\/\/|www\.)\S/i.test(text)) {
      remove(state, i, 'related-headlines');
      continue;
    }
    // "topic", "world": a lowercase label left from the page's chrome.
    if (unit?.depth === undefined && unit?.style === undefined && /^\p{Ll}[\p{Ll}-]*$/u.test(text)) {
      remove(state, i, 'section-label');
      continue;
    }
    content.push(i);
  }
  const kept = dropHeadlineBlocks(state, content);
  kept.forEach((i, n) => {
    const unit = state.units[i];
    if (!unit) return;
    if (unit.depth === undefined && unit.style === undefined) stripWireDateline(state, i, n < 3);
    if (unit.style !== undefined) {
      blocks.push(styledBlock(unit));
      return;
    }
    const heading = unit.depth !== undefined ? true : isSubheading(state, kept, n);
    blocks.push({ kind: heading ? 'heading' : 'paragraph', text: heading ? unit.text : splitGlued(unit.text) });
  });
  return blocks;
}

// "BEIJING (AP) _ ", "MOBILE, Ala. (AP) -- ", "LONDON, Aug 9 (Reuters) - ", "WASHINGTON — ".
export const WIRE_DATELINE = /^(?:\p{Lu}[\p{Lu}\p{M} .'’-]{2,40}(?:,\s+[\p{L}.]+(?:\s+[\p{L}.]+)?)?(?:,?\s+\p{L}{3,9}\.?\s+\d{1,2})?\s*(?:\((?:AP|Reuters|AFP|Xinhua|UPI|dpa|DPA|Bloomberg|CNN|NYT|IANS|PTI|ANI|Kyodo|Yonhap|TASS|EFE|ANSA)\))\s*(?:_|--|—|–|-)\s+|\p{Lu}[\p{Lu} .'’-]{3,30}(?:,\s+\p{Lu}[\p{L}.]+)?\s+(?:--|—|_)\s+)(?=["“‘']?\p{Lu})/u;

/** Cuts a wire dateline off the start of a paragraph; the prefix goes to the ledger. */
function stripWireDateline(state: State, i: number, nearTop: boolean): void {
  const unit = state.units[i];
  const m = unit ? WIRE_DATELINE.exec(unit.text) : null;
  // "WASHINGTON — " without an agency is a dateline only where a story starts.
  if (!unit || !m || (!nearTop && !/\)\s*(?:_|--|—|–|-)\s+$/.test(m[0]))) return;
  state.prefixes.push({ line: unit.line, text: m[0].trim(), reason: 'dateline' });
  unit.text = unit.text.slice(m[0].length);
}

/**
 * Two or more headline-like lines in a row between paragraphs, sharing few words with the
 * article: another story's teasers. Removed unless a colon introduces them as a list.
 */
function dropHeadlineBlocks(state: State, content: number[]): number[] {
  const isTeaser = (i: number): boolean => {
    const unit = state.units[i];
    // In HTML a teaser is a link: unlinked lines (verse, a list of names) are the article's.
    const linked = unit?.linkShare === undefined || unit.linkShare >= 0.5;
    return unit !== undefined && linked && unit.depth === undefined && unit.style === undefined && isHeadlineLike(unit.text) && !endsPunctuated(unit.text);
  };
  const prose = content.map((i) => state.units[i]?.text ?? '').filter((t) => isProse(t)).join(' ');
  const drop = new Set<number>();
  for (let n = 0; n < content.length; ) {
    let m = n;
    while (m < content.length && isTeaser(content[m]!)) m++;
    const run = content.slice(n, m);
    const before = n > 0 ? (state.units[content[n - 1]!]?.text ?? '') : '';
    if (run.length >= 2 && !/:["'”’]?$/.test(before)) {
      const shared = run.reduce((sum, i) => sum + overlap(state.units[i]?.text ?? '', prose), 0) / run.length;
      if (shared < 0.5) for (const i of run) drop.add(i);
    }
    n = Math.max(m, n + 1);
  }
  for (const i of drop) remove(state, i, 'related-headlines');
  return content.filter((i) => !drop.has(i));
}

function styledBlock(unit: Unit): Block {
  const block: Block = { kind: 'paragraph', text: unit.style === 'code' || unit.style === 'table' ? unit.text : splitGlued(unit.text) };
  if (unit.style) block.style = unit.style;
  if (unit.rows) block.rows = unit.rows;
  if (unit.code) block.code = unit.code;
  return block;
}

/** A short unpunctuated line with body prose before and after it. */
function isSubheading(state: State, content: number[], n: number): boolean {
  const text = state.units[content[n] ?? -1]?.text ?? '';
  const count = words(text).length;
  if (count === 0 || count > 14 || text.length > 110 || endsPunctuated(text)) return false;
  const prose = (k: number): boolean => isProse(state.units[content[k] ?? -1]?.text ?? '');
  let before = false;
  for (let k = n - 1; k >= 0 && !before; k--) before = prose(k);
  let after = false;
  for (let k = n + 1; k < content.length && !after; k++) after = prose(k);
  return before && after;
}
