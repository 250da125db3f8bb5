// Word lists the tagger matches against. Kept apart so the rules stay readable.

/** Month names and their common abbreviations → month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4], ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8], ['september', 9], ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** Capitalised month names (full or abbreviated, optional dot), for regexes. */
export const MONTH_PATTERN =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)';

/** Month names that are also common English words ("may", "march"). */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march']);

/** Weekday names → JavaScript day number (0 = Sunday). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
]);

export const WEEKDAY_PATTERN = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** Capitalised words that turn a weekday into a holiday or a title ("Good Friday"). */
export const WEEKDAY_COMPOUNDS: ReadonlySet<string> = new Set([
  'black', 'good', 'super', 'cyber', 'ash', 'easter', 'palm', 'holy', 'maundy', 'bloody', 'giving', 'fat', 'shrove', 'small',
]);

/** Number words for counts in durations and "… ago". `null` = unspecified (TimeML X). */
const NUMBER_WORDS: ReadonlyMap<string, number | null> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['hundred', 100], ['a hundred', 100], ['one hundred', 100], ['a couple of', 2], ['a couple', 2], ['couple of', 2],
  ['a few', null], ['few', null], ['several', null], ['many', null], ['some', null], ['dozens of', null],
]);

export const NUMBER_PATTERN =
  '(?:\\d{1,3}|a couple of|couple of|a few|a hundred|one hundred|dozens of|several|many|few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)';

/** A count word or digits → number; null when unspecified ("several"); undefined when not a count. */
export function parseCount(word: string): number | null | undefined {
  const w = word.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBER_WORDS.get(w);
}

/** Duration units → TimeML unit letter and the number of that unit in one of ours. */
export const UNITS: ReadonlyMap<string, { unit: string; time: boolean; factor: number }> = new Map([
  ['minute', { unit: 'M', time: true, factor: 1 }],
  ['hour', { unit: 'H', time: true, factor: 1 }],
  ['day', { unit: 'D', time: false, factor: 1 }],
  ['week', { unit: 'W', time: false, factor: 1 }],
  ['month', { unit: 'M', time: false, factor: 1 }],
  ['quarter', { unit: 'Q', time: false, factor: 1 }],
  ['year', { unit: 'Y', time: false, factor: 1 }],
  ['decade', { unit: 'Y', time: false, factor: 10 }],
  ['century', { unit: 'Y', time: false, factor: 100 }],
]);

/** TimeML units for unspecified counts ("for decades" → PXDE). */
export const VAGUE_UNITS: ReadonlyMap<string, string> = new Map([
  ['minute', 'TXM'], ['hour', 'TXH'], ['day', 'XD'], ['week', 'XW'], ['month', 'XM'], ['quarter', 'XQ'], ['year', 'XY'], ['decade', 'XDE'], ['century', 'XCE'],
]);

/** "centuries" → "century", "days" → "day". */
export function singularUnit(word: string): string {
  const w = word.toLowerCase();
  if (w === 'centuries') return 'century';
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['1st', 1], ['second', 2], ['2nd', 2], ['third', 3], ['3rd', 3], ['fourth', 4], ['4th', 4],
  ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11],
  ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16],
  ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20], ['twenty-first', 21],
]);

export const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenties', 2], ['thirties', 3], ['forties', 4], ['fifties', 5], ['sixties', 6], ['seventies', 7], ['eighties', 8], ['nineties', 9],
]);

/** early/mid/late and their phrasal forms → TIMEX3 mod. */
export function partMod(word: string | undefined): 'START' | 'MID' | 'END' | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase().replace(/[\s-]+/g, ' ').trim();
  if (w === 'early' || w === 'the beginning of' || w === 'the start of') return 'START';
  if (w === 'mid' || w === 'the middle of' || w === 'the middle') return 'MID';
  if (w === 'late' || w === 'the end of') return 'END';
  return undefined;
}

/** The optional part-of-period prefix used by several rules; "earlier"/"later" carry no mod. */
export const PART_PATTERN = '(?:(early|mid|late|the beginning of|the start of|the middle of|the end of|earlier|later)[\\s-]+)?';
