/**
 * A bounded least-recently-used cache, by entry count and by size. Exports are costly to build (an SVG
 * is about 130 KB with its fonts, composed anew each time) and the same few are asked for again and
 * again, so each is built once per dataset version and answered from memory after that. The bounds hold
 * however many distinct keys a client invents: the oldest entries go first.
 */
export class LruCache<V> {
  private readonly entries = new Map<string, { value: V; size: number }>()
  private total = 0

  constructor(
    private readonly maxEntries: number,
    private readonly maxSize: number,
    private readonly sizeOf: (value: V) => number,
  ) {}

  get(key: string): V | undefined {
    const hit = this.entries.get(key)
    if (!hit) return undefined
    // Map keeps insertion order: re-inserting makes this the most recently used.
    this.entries.delete(key)
    this.entries.set(key, hit)
    return hit.value
  }

  set(key: string, value: V): void {
    const size = this.sizeOf(value)
    if (size > this.maxSize) return
    this.delete(key)
    this.entries.set(key, { value, size })
    this.total += size
    while (this.entries.size > this.maxEntries || this.total > this.maxSize) {
      const oldest = this.entries.keys().next().value as string
      this.delete(oldest)
    }
  }

  private delete(key: string) {
    const hit = this.entries.get(key)
    if (!hit) return
    this.entries.delete(key)
    this.total -= hit.size
  }

  get size() {
    return this.entries.size
  }

  get bytes() {
    return this.total
  }
}
