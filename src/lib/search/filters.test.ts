import { describe, expect, it } from 'vitest';
import { RESULT_KINDS, kindLabel, partLabel } from './filters';

describe('filter labels', () => {
  it('names every kind a result can be, in the order the search page lists them', () => {
    expect(RESULT_KINDS.map(kindLabel)).toEqual(['Lesson', 'Case study', 'Glossary']);
  });
  it('names a part with its number', () => {
    expect(partLabel({ number: 2, title: 'Three differences' })).toBe('Part 2: Three differences');
  });
});
