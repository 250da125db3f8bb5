// Contested wordings: when outlets give a person different titles ("former President" vs
// "President"), the summary must not assert the minority one. The title is replaced by the bare
// name in [brackets] (our words), or the sentence is left out when that cannot be done.
import type { Mention } from './entities.ts';

/** Names → roles used by fewer sources than the competing form (ties: both sides). */
export function minorityRoles(mentions: readonly Mention[]): Map<string, Set<string>> {
  const sides = new Map<string, { former: Map<string, Set<string>>; current: Map<string, Set<string>> }>();
  for (const m of mentions) {
    if (m.kind !== 'person' || !m.role) continue;
    const entry = sides.get(m.name) ?? { former: new Map(), current: new Map() };
    const side = /\bformer\b/i.test(m.role) ? entry.former : entry.current;
    (side.get(m.role) ?? side.set(m.role, new Set()).get(m.role)!).add(m.source);
    sides.set(m.name, entry);
  }
  const out = new Map<string, Set<string>>();
  for (const [name, { former, current }] of sides) {
    const core = (role: string) => role.toLowerCase().replace(/\bformer\b/, '').replace(/[^a-z]+/g, ' ').trim().split(' ').pop() ?? '';
    const currentCores = new Set([...current.keys()].map(core));
    // Only a "former X" against an "X" is a disagreement; "former governor" vs "President" is not.
    const contestedFormer = [...former.keys()].filter((r) => currentCores.has(core(r)));
    if (contestedFormer.length === 0) continue;
    const formerCores = new Set(contestedFormer.map(core));
    const contestedCurrent = [...current.keys()].filter((r) => formerCores.has(core(r)));
    const count = (roles: readonly string[], side: Map<string, Set<string>>) => new Set(roles.flatMap((r) => [...(side.get(r) ?? [])])).size;
    const nFormer = count(contestedFormer, former);
    const nCurrent = count(contestedCurrent, current);
    const minority = new Set<string>([...(nFormer <= nCurrent ? contestedFormer : []), ...(nCurrent <= nFormer ? contestedCurrent : [])]);
    out.set(name, minority);
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The statement with every contested title of a person named in it replaced by `[Full Name]`;
 * null when a contested title is used but cannot be cut out cleanly.
 */
export function neutralWording(statement: string, raw: string, mentions: readonly Mention[], minority: ReadonlyMap<string, ReadonlySet<string>>): string | null {
  let out = statement;
  for (const m of mentions) {
    if (!m.role || !minority.get(m.name)?.has(m.role)) continue;
    const surface = raw.slice(m.start, m.end);
    const pattern = new RegExp(`${escape(m.role).replace(/\s+/g, '\\s+')}\\s+${escape(surface)}`);
    if (!pattern.test(out)) return null;
    out = out.replace(pattern, `[${m.name}]`);
  }
  return out;
}
