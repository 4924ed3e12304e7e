import { describe, expect, it } from 'vitest';
import { firstLessonOfEachPart, mostUsedTerms } from './suggestions';

const term = (t: string, lessons: number) => ({ data: { term: t, lessons: Array.from({ length: lessons }, String) } });

describe('search suggestions', () => {
  it('offers the first lesson of each part and skips a part without lessons', () => {
    const parts = [
      { number: 1, lessons: ['a', 'b'] },
      { number: 2, lessons: [] },
      { number: 3, lessons: ['c'] },
    ];
    expect(firstLessonOfEachPart(parts).map(({ part, lesson }) => [part.number, lesson])).toEqual([
      [1, 'a'],
      [3, 'c'],
    ]);
  });

  it('offers the terms most lessons use, ties alphabetically, no more than asked', () => {
    const glossary = [term('Vision', 2), term('Budget', 3), term('Agenda', 2), term('Crisis', 1)];
    expect(mostUsedTerms(glossary, 3).map((t) => t.data.term)).toEqual(['Budget', 'Agenda', 'Vision']);
    expect(mostUsedTerms(glossary, 10)).toHaveLength(4);
  });
});
