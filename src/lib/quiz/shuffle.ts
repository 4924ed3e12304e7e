/**
 * Seeded shuffling for the check. Pure and deterministic: the same seed always gives the same
 * order, so an attempt keeps its order across a reload (the page keeps the seed), and the
 * server can scramble the steps of an order question the same way on every build.
 * Kept tiny and free of imports: the check's eager script uses it before the check is on screen.
 */

/** A pseudo-random generator in [0, 1) from a text seed: an FNV-1a hash of the text seeds mulberry32. */
export function seededRandom(seed: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  return () => {
    h = (h + 0x6d2b79f5) | 0;
    let t = Math.imul(h ^ (h >>> 15), 1 | h);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The items in a seeded random order (Fisher-Yates). Items for which `pinned` is true keep their
 * place (an option such as "None of these" that the author put last on purpose).
 */
export function shuffle<T>(items: readonly T[], seed: string, pinned?: (item: T) => boolean): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  const free = out.flatMap((item, i) => (pinned?.(item) ? [] : [i]));
  for (let k = free.length - 1; k > 0; k--) {
    const a = free[k]!;
    const b = free[Math.floor(random() * (k + 1))]!;
    [out[a], out[b]] = [out[b]!, out[a]!];
  }
  return out;
}

/**
 * The items in a seeded random order in which none is in its own place (a derangement), for
 * the steps of an order question: whatever the seed, the scramble never shows the answer, nor
 * any part of it. Items are compared by position, so they need not be distinct values.
 */
export function scramble<T>(items: readonly T[], seed: string): T[] {
  if (items.length < 2) return [...items];
  const positions = items.map((_, i) => i);
  // About e (2.7) tries on average, whatever the length; each try has its own seed.
  for (let n = 0; ; n++) {
    const order = shuffle(positions, seed + n);
    if (order.every((from, to) => from !== to)) return order.map((i) => items[i]!);
  }
}
