import { describe, expect, it } from 'vitest';
import { ResultSlots, resultsInView } from './result-slots';

/** A load per index that the test settles by hand, and a record of what was loaded and shown. */
function harness(count: number) {
  const pending = new Map<number, { resolve: (v: string) => void; reject: (e: unknown) => void }>();
  const loaded: number[] = [];
  const shown: [number, string][] = [];
  const failures: unknown[] = [];
  const slots = new ResultSlots<string>(count, {
    load: (i) => {
      loaded.push(i);
      return new Promise((resolve, reject) => pending.set(i, { resolve, reject }));
    },
    show: (i, v) => shown.push([i, v]),
    fail: (e) => failures.push(e),
  });
  const arrive = async (i: number) => {
    pending.get(i)!.resolve(`r${i}`);
    await Promise.resolve();
    await Promise.resolve();
  };
  return { slots, pending, loaded, shown, failures, arrive };
}

describe('ResultSlots', () => {
  it('loads nothing until a result is wanted, then that result and every one above it, once each', () => {
    const { slots, loaded } = harness(5);
    expect(loaded).toEqual([]);
    slots.want(1);
    expect(loaded).toEqual([0, 1]);
    slots.want(0);
    slots.want(1);
    expect(loaded).toEqual([0, 1]);
    slots.want(3);
    expect(loaded).toEqual([0, 1, 2, 3]);
  });

  it('never loads past the last place', () => {
    const { slots, loaded } = harness(2);
    slots.want(7);
    expect(loaded).toEqual([0, 1]);
  });

  it('shows each result as soon as it and those above it have arrived, in order', async () => {
    const { slots, shown, arrive } = harness(3);
    slots.want(2);
    await arrive(1);
    expect(shown).toEqual([]);
    await arrive(0);
    expect(shown).toEqual([
      [0, 'r0'],
      [1, 'r1'],
    ]);
    await arrive(2);
    expect(shown.map(([i]) => i)).toEqual([0, 1, 2]);
  });

  it('grows for "Show more" and loads the new places only when wanted', async () => {
    const { slots, loaded, shown, arrive } = harness(1);
    slots.want(0);
    await arrive(0);
    slots.grow(3);
    expect(loaded).toEqual([0]);
    slots.want(1);
    await arrive(1);
    expect(shown.map(([i]) => i)).toEqual([0, 1]);
    expect(slots.count).toBe(3);
  });

  it('after stop (a newer search) loads nothing more and shows nothing late', async () => {
    const { slots, loaded, shown, arrive } = harness(3);
    slots.want(0);
    slots.stop();
    await arrive(0);
    expect(shown).toEqual([]);
    slots.want(2);
    expect(loaded).toEqual([0]);
  });

  it('a failed load reports once and stops the rest', async () => {
    const { slots, pending, shown, failures, arrive } = harness(3);
    slots.want(2);
    pending.get(1)!.reject(new Error('offline'));
    await Promise.resolve();
    await Promise.resolve();
    pending.get(2)!.reject(new Error('offline'));
    await arrive(0);
    expect(failures).toHaveLength(1);
    expect(shown).toEqual([]);
  });
});

describe('resultsInView', () => {
  it('counts the places that would start within the visible space', () => {
    // A desktop dialog: 530 px below the count, places of 288 px with 12 px between them.
    expect(resultsInView(530, 288, 12, 5)).toBe(2);
    expect(resultsInView(601, 288, 12, 5)).toBe(3);
    expect(resultsInView(300, 288, 12, 5)).toBe(1);
  });
  it('asks for at least one result and never for more than there are', () => {
    expect(resultsInView(0, 288, 12, 5)).toBe(1);
    expect(resultsInView(-50, 288, 12, 5)).toBe(1);
    expect(resultsInView(5000, 288, 12, 3)).toBe(3);
    expect(resultsInView(500, 288, 12, 0)).toBe(0);
  });
});
