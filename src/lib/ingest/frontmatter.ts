// Optional YAML frontmatter at the top of any seed: user-given metadata.
import { parse } from 'yaml';
import type { GivenMeta } from '../types.ts';
import { normalizeIsoDate } from './dates.ts';

export interface SplitSeed {
  given: GivenMeta | null;
  /** The seed text with the frontmatter lines blanked out, so line numbers stay true. */
  text: string;
  warnings: string[];
}

const KEYS = ['title', 'outlet', 'url', 'published', 'language', 'story'] as const;

/** Frontmatter only counts when it parses as a YAML mapping; otherwise the `---` lines are just text. */
export function splitFrontmatter(text: string): SplitSeed {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') return { given: null, text, warnings: [] };
  const close = lines.findIndex((line, i) => i > 0 && (line.trim() === '---' || line.trim() === '...'));
  if (close < 0) return { given: null, text, warnings: [] };
  const block = lines.slice(1, close).join('\n');
  let data: unknown;
  try {
    data = parse(block);
  } catch (error) {
    // Prose between two rules stays prose; a block that names a metadata key was meant as frontmatter.
    const meant = KEYS.some((key) => new RegExp(`^\\s*${key}\\s*:`, 'm').test(block));
    const reason = (error as Error).message.split('\n')[0];
    return { given: null, text, warnings: meant ? [`frontmatter: could not be parsed (${reason}); its metadata was ignored`] : [] };
  }
  // A mapping without any metadata key is more likely prose with a colon than frontmatter.
  if (!isMapping(data) || !KEYS.some((key) => key in data)) return { given: null, text, warnings: [] };
  const { given, warnings } = toGivenMeta(data, 'frontmatter');
  for (const key of Object.keys(data)) {
    if (!(KEYS as readonly string[]).includes(key)) warnings.push(`frontmatter: ignored field ${key} (known fields: ${KEYS.join(', ')})`);
  }
  const blanked = lines.map((line, i) => (i <= close ? '' : line)).join('\n');
  return { given, text: blanked, warnings };
}

export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keeps the GivenMeta keys with usable string values; says what it ignored, naming the field. */
export function toGivenMeta(data: Record<string, unknown>, where: string): { given: GivenMeta; warnings: string[] } {
  const given: GivenMeta = {};
  const warnings: string[] = [];
  for (const key of KEYS) {
    const raw = data[key];
    if (raw === undefined || raw === null) continue;
    if (typeof raw === 'number' || typeof raw === 'boolean') {
      warnings.push(`${where}: ignored ${key} ${String(raw)} (a ${typeof raw}, not text; put it in quotes)`);
      continue;
    }
    const value = raw instanceof Date ? raw.toISOString() : raw;
    if (typeof value !== 'string' || value.trim() === '') {
      warnings.push(`${where}: ignored ${key} (not a text value)`);
      continue;
    }
    const clean = value.trim().replace(/\s+/g, ' ');
    if (key === 'published') {
      const iso = givenDate(clean);
      if (iso === null) warnings.push(`${where}: ignored published "${clean}" (not a date)`);
      else given.published = iso;
    } else if (key === 'url' && !isWebUrl(clean)) {
      warnings.push(`${where}: ignored url "${clean}" (only http: and https: links are published)`);
    } else {
      given[key] = clean;
    }
  }
  return { given, warnings };
}

/** An absolute http(s) URL: the only kind the site links to. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** A date the user gave: any valid ISO 8601 date (years 0001–9999), else the printed forms ingest reads. */
export function givenDate(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?=$|[T ])/.exec(value);
  if (!m) return normalizeIsoDate(value);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const valid = year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!valid) return null;
  // In range, the full stamp (time and zone) is ingest's reading; out of it, the day alone.
  return normalizeIsoDate(value) ?? (value.length === 10 ? value : `${m[1]}-${m[2]}-${m[3]}`);
}

/** Frontmatter wins over sources.yml, key by key. */
export function mergeGiven(base: GivenMeta | undefined, over: GivenMeta | null): GivenMeta {
  return { ...(base ?? {}), ...(over ?? {}) };
}
