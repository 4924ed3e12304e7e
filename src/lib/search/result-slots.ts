/**
 * Results whose data (one fragment request each, about 4 KB) is loaded only when a learner can
 * see it or reach it: the search UI asks for a result when its place comes into view or gets
 * focus. Results are shown strictly in order, each as soon as it and every result above it have
 * arrived, so a result on screen never moves because one above it arrived late; asking for a
 * result therefore asks for every result above it too.
 */
export interface SlotHandlers<T> {
  /** Fetches one result's data; called at most once per index. */
  load(index: number): Promise<T>;
  /** Puts an arrived result in its place; called once per index, in index order. */
  show(index: number, value: T): void;
  /** A load failed: nothing more is loaded or shown. */
  fail(error: unknown): void;
}

export class ResultSlots<T> {
  #handlers: SlotHandlers<T>;
  #count: number;
  #requested = 0;
  #shown = 0;
  #arrived = new Map<number, T>();
  #stopped = false;

  constructor(count: number, handlers: SlotHandlers<T>) {
    this.#count = count;
    this.#handlers = handlers;
  }

  /** How many places there are (results on screen or waiting for their data). */
  get count(): number {
    return this.#count;
  }

  /** More places at the end ("Show more"). */
  grow(count: number): void {
    this.#count = Math.max(this.#count, count);
  }

  /** Asks for result `index` (when it exists) and every one above it not asked for yet. */
  want(index: number): void {
    if (this.#stopped) return;
    const upTo = Math.min(index + 1, this.#count);
    for (let i = this.#requested; i < upTo; i++) {
      this.#handlers.load(i).then(
        (value) => {
          if (this.#stopped) return;
          this.#arrived.set(i, value);
          this.#flush();
        },
        (error: unknown) => {
          if (this.#stopped) return;
          this.stop();
          this.#handlers.fail(error);
        },
      );
    }
    this.#requested = Math.max(this.#requested, upTo);
  }

  /** A newer search replaced these results: results still on their way are dropped. */
  stop(): void {
    this.#stopped = true;
    this.#arrived.clear();
  }

  #flush(): void {
    while (this.#arrived.has(this.#shown)) {
      const index = this.#shown;
      const value = this.#arrived.get(index) as T;
      this.#arrived.delete(index);
      this.#shown++;
      this.#handlers.show(index, value);
      if (this.#stopped) return;
    }
  }
}

/**
 * How many results to ask for before any is on screen: the places that would start within
 * `space` pixels (from the top of the list to the bottom of what is visible) if each result took
 * `estimate` pixels and `gap` between them. At least one, at most `count`. The rest are asked for
 * as they come into view, once the first results show how tall they really are.
 */
export function resultsInView(space: number, estimate: number, gap: number, count: number): number {
  if (count <= 0) return 0;
  const fit = space > 0 && estimate + gap > 0 ? Math.ceil(space / (estimate + gap)) : 1;
  return Math.max(1, Math.min(count, fit));
}
