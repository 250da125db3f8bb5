// One V8 Map holds at most 2^24 (16.7 million) entries, and the similarity memo of a story of a few
// hundred articles passes that: "Map maximum size exceeded" at 10,000 articles. Keys are spread over
// shards, which lifts the limit 32-fold and costs one remainder per lookup.

const SHARDS = 32;

/** A map from non-negative integer keys (up to 2^53) to numbers, for more than 2^24 entries. */
export class NumberMap {
  private readonly shards: Map<number, number>[] = Array.from({ length: SHARDS }, () => new Map<number, number>());

  get(key: number): number | undefined {
    return this.shards[key % SHARDS]!.get(key);
  }

  set(key: number, value: number): void {
    this.shards[key % SHARDS]!.set(key, value);
  }

  get size(): number {
    return this.shards.reduce((total, shard) => total + shard.size, 0);
  }
}
