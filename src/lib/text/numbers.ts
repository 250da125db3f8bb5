// Numbers in prose, written as digits or words, with the words around them for alignment.

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

// A Map, not the object: "constructor" or "toString" must not find Object.prototype's members.
const UNIT_VALUES = new Map(Object.entries(UNITS));

export function numberWordValue(word: string): number | null {
  return UNIT_VALUES.get(word.toLowerCase()) ?? null;
}

export interface NumberMention {
  /** The text as written, e.g. "nine", "$20 million", "4,310". */
  text: string;
  value: number;
  start: number;
  end: number;
  /** True when it looks like a calendar year (1900–2100 written as four digits). */
  isYear: boolean;
  /** True for percentages and money, whose unit is part of the value. */
  unit: '%' | '$' | '' ;
}

const NUMBER_RE = new RegExp(
  String.raw`(\$|€|£)?\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?:${Object.keys(UNITS).join('|')})(?:[- ](?:${Object.keys(UNITS).join('|')}))?)\b(?:\s+(${Object.keys(SCALES).join('|')}))?(\s?%|\s+percent\b|\s+per cent\b)?`,
  'gi',
);

/** Every number in `text`, in order. Ordinals and "one" used as a pronoun are skipped. */
export function findNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const [whole, currency, core = '', scale, percent] = m;
    const start = m.index;
    const value = parseCore(core);
    if (value === null) continue;
    // "one of the", "no one", "one another": "one" as a pronoun, not a count.
    if (/^one$/i.test(core) && /^\s+(of|another|side|day|more)\b/i.test(text.slice(start + whole.length))) continue;
    if (/^one$/i.test(core) && /\b(no|any|every|some)\s*$/i.test(text.slice(0, start))) continue;
    const scaled = value * (scale ? (SCALES[scale.toLowerCase()] ?? 1) : 1);
    const isYear = /^\d{4}$/.test(core) && value >= 1900 && value <= 2100 && !currency && !percent;
    out.push({ text: whole.trim(), value: scaled, start, end: start + whole.trimEnd().length, isYear, unit: percent ? '%' : currency ? '$' : '' });
  }
  return out;
}

function parseCore(core: string): number | null {
  if (/^[\d,.]+$/.test(core)) {
    const n = Number(core.replace(/,/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  let total = 0;
  for (const part of core.toLowerCase().split(/[- ]/)) {
    const v = UNIT_VALUES.get(part);
    if (v === undefined) return null;
    total = v === 100 ? Math.max(total, 1) * 100 : total + v;
  }
  return total;
}
