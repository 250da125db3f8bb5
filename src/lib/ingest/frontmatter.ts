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
  let data: unknown;
  try {
    data = parse(lines.slice(1, close).join('\n'));
  } catch {
    return { given: null, text, warnings: [] };
  }
  // A mapping without any metadata key is more likely prose with a colon than frontmatter.
  if (!isMapping(data) || !KEYS.some((key) => key in data)) return { given: null, text, warnings: [] };
  const { given, warnings } = toGivenMeta(data, 'frontmatter');
  const blanked = lines.map((line, i) => (i <= close ? '' : line)).join('\n');
  return { given, text: blanked, warnings };
}

export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keeps the GivenMeta keys with usable string values; says what it ignored. */
export function toGivenMeta(data: Record<string, unknown>, where: string): { given: GivenMeta; warnings: string[] } {
  const given: GivenMeta = {};
  const warnings: string[] = [];
  for (const key of KEYS) {
    const raw = data[key];
    if (raw === undefined || raw === null) continue;
    const value = raw instanceof Date ? raw.toISOString() : typeof raw === 'number' ? String(raw) : raw;
    if (typeof value !== 'string' || value.trim() === '') {
      warnings.push(`${where}: ignored ${key} (not a text value)`);
      continue;
    }
    if (key === 'published') {
      const iso = normalizeIsoDate(value);
      if (iso === null) warnings.push(`${where}: ignored published "${value}" (not a date)`);
      else given.published = iso;
    } else {
      given[key] = value.trim().replace(/\s+/g, ' ');
    }
  }
  return { given, warnings };
}

/** Frontmatter wins over sources.yml, key by key. */
export function mergeGiven(base: GivenMeta | undefined, over: GivenMeta | null): GivenMeta {
  return { ...(base ?? {}), ...(over ?? {}) };
}
