import { describe, expect, it } from 'vitest';
import { SUGGESTED_LESSONS, firstLessonOfEachPart, mostUsedTerms } from './suggestions';

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

  it('offers no more than SUGGESTED_LESSONS parts, however long the course', () => {
    const parts = Array.from({ length: 40 }, (_, i) => ({ number: i + 1, lessons: [`l${i + 1}`] }));
    const offered = firstLessonOfEachPart(parts);
    expect(offered).toHaveLength(SUGGESTED_LESSONS);
    expect(offered[0]!.lesson).toBe('l1');
    expect(firstLessonOfEachPart(parts, 3).map((o) => o.lesson)).toEqual(['l1', 'l2', 'l3']);
  });

  it('offers the terms most lessons use, ties alphabetically, no more than asked', () => {
    const glossary = [term('Vision', 2), term('Budget', 3), term('Agenda', 2), term('Crisis', 1)];
    expect(mostUsedTerms(glossary, 3).map((t) => t.data.term)).toEqual(['Budget', 'Agenda', 'Vision']);
    expect(mostUsedTerms(glossary, 10)).toHaveLength(4);
  });
});
