import { describe, expect, it } from 'vitest';
import {
  PART_FILTER_IN_PAGE_UP_TO,
  RESULT_KINDS,
  kindLabel,
  partFilterInPage,
  partLabel,
  partsInOrder,
} from './filters';

describe('filter labels', () => {
  it('names every kind a result can be, in the order the search page lists them', () => {
    expect(RESULT_KINDS.map(kindLabel)).toEqual(['Lesson', 'Case study', 'Glossary']);
  });
  it('names a part with its number', () => {
    expect(partLabel({ number: 2, title: 'Three differences' })).toBe('Part 2: Three differences');
  });
});

describe('partsInOrder', () => {
  it('orders part labels by their number, not as text', () => {
    const labels = [10, 2, 1, 21, 3].map((n) => partLabel({ number: n, title: `T${n}` }));
    expect(partsInOrder(labels)).toEqual(['Part 1: T1', 'Part 2: T2', 'Part 3: T3', 'Part 10: T10', 'Part 21: T21']);
  });
  it('puts a label without a number last, and leaves the input alone', () => {
    const labels = ['Other', 'Part 2: B', 'Part 1: A'];
    expect(partsInOrder(labels)).toEqual(['Part 1: A', 'Part 2: B', 'Other']);
    expect(labels[0]).toBe('Other');
  });
});

describe('partFilterInPage', () => {
  it('writes the part choices into the page up to the limit, and leaves a longer course to the index', () => {
    expect(partFilterInPage(1)).toBe(true);
    expect(partFilterInPage(PART_FILTER_IN_PAGE_UP_TO)).toBe(true);
    expect(partFilterInPage(PART_FILTER_IN_PAGE_UP_TO + 1)).toBe(false);
    expect(partFilterInPage(40)).toBe(false);
  });
});
