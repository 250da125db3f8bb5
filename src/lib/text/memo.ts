// Results that depend only on a sentence's text (and arguments like a reference date) are worth
// keeping between builds: a new article then costs only its own sentences. The build layer lends a
// store; without one, memoised functions simply compute. Callers get their own copy of a result,
// so a caller that changes what it got cannot change the cache.

type Store = Map<string, unknown>;

let previous: Store | null = null;
let current: Store | null = null;

/** Starts memoising, reusing what an earlier build kept. */
export function openTextMemo(kept: Store): void {
  previous = kept;
  current = new Map();
}

/** Stops memoising and returns what this build used (so stale entries do not pile up). */
export function closeTextMemo(): Store {
  const used = current ?? new Map();
  previous = null;
  current = null;
  return used;
}

export function memoByText<A extends readonly string[], R>(name: string, compute: (...args: A) => R): (...args: A) => R {
  return (...args: A): R => {
    if (!current) return compute(...args);
    const key = `${name}\u0000${args.join('\u0000')}`;
    let value = current.get(key) as R | undefined;
    if (value === undefined) {
      value = (previous?.get(key) as R | undefined) ?? compute(...args);
      current.set(key, value);
    }
    return structuredClone(value);
  };
}
