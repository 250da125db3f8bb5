// Each person introduced once: the first time the summary names someone, it gives the full name
// and role ("[Mexican President Claudia Sheinbaum]"); later mentions stay as the source wrote them.
import type { Mention } from './entities.ts';

export interface Introducible {
  text: string;
  /** The source sentence the text was made from. */
  raw: string;
  mentions: readonly Mention[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The role most sources give a person, leaving out contested ones. */
export function usualRoles(mentions: readonly Mention[], contested: ReadonlyMap<string, ReadonlySet<string>>): Map<string, string> {
  const tally = new Map<string, Map<string, Set<string>>>();
  for (const m of mentions) {
    if (m.kind !== 'person' || !m.role || contested.get(m.name)?.has(m.role)) continue;
    const roles = tally.get(m.name) ?? new Map<string, Set<string>>();
    (roles.get(m.role) ?? roles.set(m.role, new Set()).get(m.role)!).add(m.source);
    tally.set(m.name, roles);
  }
  const out = new Map<string, string>();
  for (const [name, roles] of tally) {
    const best = [...roles].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))[0];
    if (best) out.set(name, best[0]);
  }
  return out;
}

/** The texts, in order, with each person's first mention made full ("[Role Full Name]"). */
export function introducePeople(items: readonly Introducible[], roles: ReadonlyMap<string, string>): string[] {
  const introduced = new Set<string>();
  return items.map(({ text, raw, mentions }) => {
    let out = text;
    for (const m of [...mentions].filter((x) => x.kind === 'person').sort((a, b) => a.start - b.start)) {
      if (introduced.has(m.name)) continue;
      introduced.add(m.name);
      // Already introduced in brackets by the statement itself (a resolved pronoun).
      if (out.includes(`[${m.name}]`) && !roles.has(m.name)) continue;
      const surface = raw.slice(m.start, m.end);
      const role = m.role ? null : (roles.get(m.name) ?? null);
      if (surface === m.name && role === null) continue;
      const full = role ? `${role} ${m.name}` : m.name;
      const at = new RegExp(`(?<![\\p{L}\\[])${escape(surface)}(?![\\p{L}\\]])`, 'u').exec(out);
      if (!at) continue;
      out = `${out.slice(0, at.index)}[${full}]${out.slice(at.index + surface.length)}`;
    }
    return out;
  });
}
