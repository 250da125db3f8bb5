// A disagreement shown where it matters: on the statement itself. A key point that says "eight"
// while two sources say "seven" carries `conflict: "eight (2 sources say seven)"`.
import type { CitedStatement, Discrepancy } from './types.ts';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** The conflict note for one statement, or null when no number or date of its claim is disputed. */
export function conflictNote(statement: CitedStatement, discrepancies: readonly Discrepancy[]): string | null {
  if (statement.claim < 0) return null;
  const lower = statement.text.toLowerCase();
  const notes: string[] = [];
  for (const d of discrepancies) {
    if (d.claim !== statement.claim || (d.kind !== 'number' && d.kind !== 'date')) continue;
    // "Friday" and "August 9" may be the same day: only two written-out dates can conflict.
    if (d.kind === 'date' && !d.sides.every((side) => /\d/.test(side.value))) continue;
    const sourcesByValue = new Map<string, Set<string>>();
    for (const side of d.sides) (sourcesByValue.get(side.value) ?? sourcesByValue.set(side.value, new Set()).get(side.value)!).add(side.source);
    const own = [...sourcesByValue.keys()].find((v) => new RegExp(`(?:^|[^\\p{L}\\p{N}])${v.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(lower));
    if (own === undefined) continue;
    const others = [...sourcesByValue].filter(([value]) => value.toLowerCase() !== own.toLowerCase());
    if (others.length === 0) continue;
    const said = others.map(([value, sources]) => `${sources.size} ${plural(sources.size, 'source says', 'sources say')} ${value}`);
    notes.push(`${own} (${said.join('; ')})`);
  }
  return notes.length > 0 ? [...new Set(notes)].join('; ') : null;
}

/** The statements with their conflict notes filled in. */
export function withConflicts(statements: readonly CitedStatement[], discrepancies: readonly Discrepancy[]): CitedStatement[] {
  return statements.map((s) => {
    const note = conflictNote(s, discrepancies);
    return note === null ? s : { ...s, conflict: note };
  });
}
