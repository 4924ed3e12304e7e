import { describe, expect, it } from 'vitest';
import { scramble, seededRandom, shuffle } from './shuffle';

const letters = ['a', 'b', 'c', 'd', 'e'];
const seeds = Array.from({ length: 2000 }, (_, i) => `seed-${i}`);

describe('seededRandom', () => {
  it('gives the same numbers for the same seed, in [0, 1)', () => {
    const a = seededRandom('attempt-1');
    const b = seededRandom('attempt-1');
    const first = Array.from({ length: 50 }, () => a());
    expect(Array.from({ length: 50 }, () => b())).toEqual(first);
    for (const n of first) {
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThan(1);
    }
  });

  it('gives different numbers for seeds that differ by one character', () => {
    expect(seededRandom('q1')()).not.toBe(seededRandom('q2')());
  });
});

describe('shuffle', () => {
  it('is a permutation of the items and does not change its input', () => {
    const input = [...letters];
    const out = shuffle(input, 'x');
    expect([...out].sort()).toEqual(letters);
    expect(input).toEqual(letters);
  });

  it('is the same for the same seed and varies between seeds', () => {
    expect(shuffle(letters, 'same')).toEqual(shuffle(letters, 'same'));
    const orders = new Set(seeds.slice(0, 200).map((s) => shuffle(letters, s).join('')));
    expect(orders.size).toBeGreaterThan(60);
  });

  it('puts each item in each place about equally often', () => {
    const counts = letters.map(() => letters.map(() => 0));
    for (const s of seeds) shuffle(letters, s).forEach((item, place) => counts[letters.indexOf(item)]![place]!++);
    const expected = seeds.length / letters.length;
    for (const row of counts) for (const n of row) expect(Math.abs(n - expected)).toBeLessThan(expected * 0.2);
  });

  it('keeps pinned items in their authored places', () => {
    const options = [{ id: 'a' }, { id: 'b' }, { id: 'none', pinned: true }, { id: 'c' }, { id: 'all', pinned: true }];
    for (const s of seeds.slice(0, 100)) {
      const out = shuffle(options, s, (o) => !!o.pinned);
      expect(out[2]!.id).toBe('none');
      expect(out[4]!.id).toBe('all');
      expect(out.map((o) => o.id).sort()).toEqual(['a', 'all', 'b', 'c', 'none']);
    }
  });

  it('handles no items, one item and all items pinned', () => {
    expect(shuffle([], 's')).toEqual([]);
    expect(shuffle(['only'], 's')).toEqual(['only']);
    expect(shuffle(letters, 's', () => true)).toEqual(letters);
  });
});

describe('scramble', () => {
  it.each([2, 3, 4, 5, 6])('never leaves any of %i steps in its own place', (n) => {
    const steps = letters.concat('f').slice(0, n);
    for (const s of seeds.slice(0, 500)) {
      const out = scramble(steps, s);
      expect([...out].sort()).toEqual(steps);
      out.forEach((step, i) => expect(step, `seed ${s}`).not.toBe(steps[i]));
    }
  });

  it('is the same for the same seed', () => {
    expect(scramble(letters, 'order-question')).toEqual(scramble(letters, 'order-question'));
  });

  it('reaches every derangement of three steps', () => {
    const seen = new Set(seeds.slice(0, 100).map((s) => scramble(['a', 'b', 'c'], s).join('')));
    expect([...seen].sort()).toEqual(['bca', 'cab']);
  });

  it('compares by position, so repeated values are fine', () => {
    expect(scramble(['x', 'x', 'y'], 's')).toHaveLength(3);
  });

  it('leaves fewer than two items as they are', () => {
    expect(scramble(['a'], 's')).toEqual(['a']);
    expect(scramble([], 's')).toEqual([]);
  });
});
