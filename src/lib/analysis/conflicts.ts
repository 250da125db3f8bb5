// A disagreement shown where it matters: on the statement itself. A key point that says "eight"
// while two sources say "seven" carries `conflict: "eight (2 sources say seven)"`.
import type { CitedStatement, Discrepancy } from './types.ts';

/** True when the (lowercased) text contains the value as a whole word ("eight", not "eighteen"). */
function states(lower: string, value: string): boolean {
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(lower);
}

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
    const own = [...sourcesByValue.keys()].find((v) => states(lower, v.toLowerCase()));
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

/** Claim → number values that fewer sources give than a competing value (a tie has no minority). */
export function minorityValues(discrepancies: readonly Discrepancy[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const d of discrepancies) {
    if (d.kind !== 'number' || d.claim < 0) continue;
    const sourcesByValue = new Map<string, Set<string>>();
    for (const side of d.sides) (sourcesByValue.get(side.value) ?? sourcesByValue.set(side.value, new Set()).get(side.value)!).add(side.source);
    const top = Math.max(...[...sourcesByValue.values()].map((s) => s.size));
    const set = out.get(d.claim) ?? new Set<string>();
    for (const [value, s] of sourcesByValue) if (s.size < top) set.add(value.toLowerCase());
    out.set(d.claim, set);
  }
  return out;
}

/** True when a sentence of the claim states a number only a minority of sources give. */
export function assertsMinority(text: string, claim: number | undefined, minority: ReadonlyMap<number, ReadonlySet<string>>): boolean {
  const values = claim === undefined ? undefined : minority.get(claim);
  if (!values) return false;
  const lower = text.toLowerCase();
  return [...values].some((v) => states(lower, v));
}
