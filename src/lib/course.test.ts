import { describe, expect, it } from 'vitest';
import type { LessonData } from '../schemas/content';
import {
  findCourseProblems,
  groupByPart,
  lessonCount,
  neighbours,
  sortLessons,
  totalMinutes,
  type LessonEntry,
} from './course';

const parts = [
  { id: 'one', title: 'One', description: 'd' },
  { id: 'two', title: 'Two', description: 'd' },
];

function lesson(id: string, order: number, part = 'one', minutes = 5): LessonEntry {
  return {
    id,
    filePath: `content/lessons/${id}.mdx`,
    data: { order, part, minutes, title: id, objectives: ['First.', 'Second.'], check: [] } as unknown as LessonData,
  };
}

describe('ordering and previous/next', () => {
  const lessons = [lesson('c', 3, 'two'), lesson('a', 1), lesson('b', 2)];

  it('sorts lessons by order without changing the input', () => {
    expect(sortLessons(lessons).map((l) => l.id)).toEqual(['a', 'b', 'c']);
    expect(lessons.map((l) => l.id)).toEqual(['c', 'a', 'b']);
  });

  it('gives the first lesson no previous and the last no next', () => {
    expect(neighbours(lessons, 'a')).toEqual({ previous: undefined, next: lessons[2] });
    expect(neighbours(lessons, 'b').previous?.id).toBe('a');
    expect(neighbours(lessons, 'b').next?.id).toBe('c');
    expect(neighbours(lessons, 'c')).toEqual({ previous: lessons[2], next: undefined });
  });

  it('crosses part boundaries', () => {
    expect(neighbours(lessons, 'b').next?.data.part).toBe('two');
  });

  it('returns nothing for an unknown id', () => {
    expect(neighbours(lessons, 'zzz')).toEqual({});
  });

  it('groups lessons under their parts, numbered, in reading order', () => {
    const grouped = groupByPart(parts, lessons);
    expect(grouped.map((p) => [p.number, p.id, p.lessons.map((l) => l.id)])).toEqual([
      [1, 'one', ['a', 'b']],
      [2, 'two', ['c']],
    ]);
  });

  it('adds up minutes', () => {
    expect(totalMinutes(lessons)).toBe(15);
  });
});

describe('findCourseProblems', () => {
  it('finds nothing in a consistent course', () => {
    expect(
      findCourseProblems({ parts }, [lesson('a', 1), lesson('b', 2, 'two')], [{ id: 'x', lessons: ['a'] }]),
    ).toEqual([]);
  });

  it('names both files when two lessons share an order', () => {
    expect(findCourseProblems({ parts }, [lesson('a', 1), lesson('b', 1)])).toEqual([
      'content/lessons/b.mdx: order 1 is already used by content/lessons/a.mdx; each lesson needs its own order',
    ]);
  });

  it('names both files when two lessons share an id', () => {
    const twin = { ...lesson('a', 2), filePath: 'content/lessons/sub/a.mdx' };
    expect(findCourseProblems({ parts }, [lesson('a', 1), twin])).toEqual([
      'content/lessons/sub/a.mdx: lesson id "a" is already used by content/lessons/a.mdx',
    ]);
  });

  it('rejects a lesson whose part is not in the outline', () => {
    expect(findCourseProblems({ parts }, [lesson('a', 1, 'three')])).toEqual([
      'content/lessons/a.mdx: part "three" is not in the course outline (content/course.yaml parts: one, two)',
    ]);
  });

  it('rejects an order that puts a later part before an earlier one', () => {
    expect(findCourseProblems({ parts }, [lesson('a', 1, 'two'), lesson('b', 2, 'one')])).toEqual([
      'content/lessons/b.mdx: order 2 puts a lesson of part "one" after content/lessons/a.mdx of the later part "two"',
    ]);
  });

  it('rejects a glossary entry that names a missing lesson', () => {
    expect(findCourseProblems({ parts }, [lesson('a', 1)], [{ id: 'vision', lessons: ['a', 'nope'] }])).toEqual([
      'content/glossary.yaml: vision.lessons.1: there is no lesson "nope" (lesson ids are the file names in content/lessons/)',
    ]);
  });
});

describe('"From earlier" questions', () => {
  const withFrom = (id: string, order: number, from: string, assesses: number[]): LessonEntry => {
    const l = lesson(id, order);
    l.data.check = [
      {
        id: 'q',
        kind: 'true-false',
        prompt: 'P',
        correct: true,
        explanations: { true: 'T', false: 'F' },
        from,
        assesses,
      },
    ];
    return l;
  };

  it('accepts a question on an earlier lesson with valid objective numbers', () => {
    expect(findCourseProblems({ parts }, [lesson('a', 1), withFrom('b', 2, 'a', [1, 2])])).toEqual([]);
  });

  it('names a missing lesson, a later lesson and an objective past the list', () => {
    expect(findCourseProblems({ parts }, [lesson('a', 1), withFrom('b', 2, 'nope', [1])])).toEqual([
      'content/lessons/b.mdx: check.0.from: there is no lesson "nope"',
    ]);
    expect(findCourseProblems({ parts }, [withFrom('a', 1, 'b', [1]), lesson('b', 2)])).toEqual([
      'content/lessons/a.mdx: check.0.from: "b" does not come before this lesson; a "From earlier" question draws on an earlier lesson',
    ]);
    expect(findCourseProblems({ parts }, [lesson('a', 1), withFrom('b', 2, 'a', [3])])).toEqual([
      'content/lessons/b.mdx: check.0.assesses.0: objective 3 does not exist: lesson "a" has 2 objectives',
    ]);
  });
});

describe('lessonCount', () => {
  it('says lesson or lessons', () => {
    expect(lessonCount(1)).toBe('1 lesson');
    expect(lessonCount(0)).toBe('0 lessons');
    expect(lessonCount(25)).toBe('25 lessons');
  });
});
