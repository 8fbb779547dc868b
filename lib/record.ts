/**
 * An object with `value(key)` under each of `keys`, typed as a record of exactly those keys. Pass a
 * readonly tuple (`as const`), so that `K` is the keys given: `Object.fromEntries(...) as Record<K, V>`
 * would compile just the same with a key missing, and this cannot lose one.
 */
export function recordOf<const K extends PropertyKey, V>(
  keys: readonly K[],
  value: (key: K) => V,
): Record<K, V> {
  const record: Partial<Record<K, V>> = {}
  for (const key of keys) record[key] = value(key)
  // Every key of K was set just above: K is inferred from `keys`.
  return record as Record<K, V>
}
