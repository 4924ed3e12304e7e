import { describe, expect, it } from 'vitest';
import { homeListsEveryLesson } from '../outline';
import { partCounts, summaryWithoutList } from './long-course';
import type { Attempt, Progress } from './progress';

const at = (day: number) => new Date(Date.UTC(2025, 4, day, 12)).toISOString();
const attempt = (score: number, total: number, day: number): Attempt => ({ score, total, at: at(day) });
const progressOf = (lessons: Progress['lessons']): Progress => ({ version: 5, lessons });

describe('the long-course threshold', () => {
  it('keeps the real nine-lesson course listing every lesson and lists parts for a thousand', () => {
    expect(homeListsEveryLesson(9)).toBe(true);
    expect(homeListsEveryLesson(1000)).toBe(false);
  });
});

describe('summaryWithoutList', () => {
  it('counts only passed lessons, not the final check, and is not complete while any is left', () => {
    const progress = progressOf({
      a: { best: attempt(7, 7, 1) },
      b: { best: attempt(1, 7, 2) },
      c: { visit: { at: at(3) } },
      'final-check': { best: attempt(9, 10, 4) },
    });
    const summary = summaryWithoutList(progress, 3, true);
    expect(summary.passed).toBe(1);
    expect(summary.total).toBe(3);
    expect(summary.complete).toBe(false);
    expect(summary.completedAt).toBeUndefined();
  });

  it('is complete once as many lessons as the course has are passed and the final check too', () => {
    const lessons = { a: { best: attempt(7, 7, 1) }, b: { best: attempt(6, 7, 5) } };
    expect(summaryWithoutList(progressOf(lessons), 2, true).complete).toBe(false);
    const done = summaryWithoutList(progressOf({ ...lessons, 'final-check': { best: attempt(9, 10, 3) } }), 2, true);
    expect(done).toMatchObject({ passed: 2, total: 2, complete: true, completedAt: at(5) });
    expect(summaryWithoutList(progressOf(lessons), 2, false)).toMatchObject({ complete: true, completedAt: at(5) });
  });

  it('never counts more lessons than the course has', () => {
    const progress = progressOf({ a: { best: attempt(7, 7, 1) }, b: { best: attempt(7, 7, 2) } });
    expect(summaryWithoutList(progress, 1, false)).toMatchObject({ passed: 1, total: 1, complete: true });
    expect(summaryWithoutList(progressOf({}), 0, false).complete).toBe(false);
  });
});

describe('partCounts', () => {
  it('gives each part its id, title and number of lessons', () => {
    expect(
      partCounts([
        { id: 'p1', title: 'One', lessons: [1, 2, 3] },
        { id: 'p2', title: 'Two', lessons: [] },
      ]),
    ).toEqual([
      { id: 'p1', title: 'One', count: 3 },
      { id: 'p2', title: 'Two', count: 0 },
    ]);
  });
});
