// TimeML values → words a reader understands ("late July 2025", "the 1990s").
import { formatDate } from './format.ts';

const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const MODS: Record<string, string> = { START: 'early', MID: 'mid', END: 'late', APPROX: 'about', BEFORE: 'before', AFTER: 'after' };
const REFS: Record<string, string> = { PAST_REF: 'recently', PRESENT_REF: 'now', FUTURE_REF: 'in the future' };

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

function describeValue(value: string): string {
  if (REFS[value]) return REFS[value];
  let m: RegExpExecArray | null;
  // TimeML decades and centuries are the leading digits ("199", "19"); older values wrote "199X", "19XX".
  if ((m = /^(\d{3})X?$/.exec(value))) return `the ${m[1]}0s`;
  if ((m = /^(\d{2})(?:XX)?$/.exec(value))) return `the ${ordinal(Number(m[1]) + 1)} century`;
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) return `week ${Number(m[2])} of ${m[1]}`;
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return `${SEASONS[m[2] ?? ''] ?? m[2]} ${m[1]}`;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return `Q${m[2]} ${m[1]}`;
  if (/^\d{4}(-\d{2}(-\d{2})?)?/.test(value) && value.length >= 7) return formatDate(value);
  if (/^\d{4}$/.test(value)) return value;
  if (value.includes('X')) return `unresolved date (${value})`;
  return value;
}

export function describeTimex(value: string, mod?: string): string {
  const text = describeValue(value);
  const modifier = mod ? MODS[mod] : undefined;
  if (!modifier) return text;
  if (modifier === 'mid') return `mid-${text.replace(/^the /, '')}`;
  // "early 1990s", not "early the 1990s".
  return ['early', 'late'].includes(modifier) ? `${modifier} ${text.replace(/^the /, '')}` : `${modifier} ${text}`;
}
