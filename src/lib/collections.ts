/** Appends to the list under `key`, creating it: `map.set(k, [...old, v])` would copy, quadratic in list length. */
export function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
