import { describe, expect, it } from 'vitest';
import { courseSummary, lessonStatus, minutesLeftLine, passedLine, statusText } from './journey';
import type { Attempt, Progress } from './progress';

const at = (day: number) => new Date(Date.UTC(2025, 4, day, 12)).toISOString();
const attempt = (score: number, total: number, day: number): Attempt => ({ score, total, at: at(day) });
const progressOf = (lessons: Progress['lessons']): Progress => ({ version: 5, lessons });
const lessons = [
  { id: 'one', title: 'One', minutes: 5 },
  { id: 'two', title: 'Two', minutes: 7 },
  { id: 'three', title: 'Three', minutes: 9 },
];

describe('lessonStatus', () => {
  it('is not started, opened (visited or tried), or passed with its best score', () => {
    const progress = progressOf({
      one: { best: attempt(6, 7, 1), latest: attempt(6, 7, 1) },
      two: { visit: { at: at(2) } },
      three: { best: attempt(2, 7, 3) },
      four: { seen: { q: at(1) } },
    });
    expect(statusText(lessonStatus(progress, 'one'))).toBe('Passed, 6 of 7');
    expect(lessonStatus(progress, 'two')).toEqual({ state: 'opened' });
    expect(lessonStatus(progress, 'three')).toEqual({ state: 'opened', best: attempt(2, 7, 3) });
    expect(statusText(lessonStatus(progress, 'four'))).toBe('Not started');
    expect(statusText(lessonStatus(progress, 'five'))).toBe('Not started');
  });
});

describe('courseSummary', () => {
  it('counts passes and minutes left, and resumes at the last lesson opened and its section', () => {
    const progress = progressOf({
      one: { best: attempt(7, 7, 1), visit: { at: at(1), section: 'intro' } },
      two: { visit: { at: at(4), section: 'rotas' } },
      three: { latest: attempt(1, 7, 3), best: attempt(1, 7, 3) },
      gone: { visit: { at: at(9) } },
    });
    const summary = courseSummary(progress, lessons, true);
    expect(summary).toEqual({
      passed: 1,
      total: 3,
      minutesLeft: 16,
      resume: { id: 'two', section: 'rotas' },
      complete: false,
    });
    expect(passedLine(summary)).toBe('1 of 3 lessons passed');
    expect(minutesLeftLine(summary)).toBe('about 16 minutes left');
  });

  it('has no resume point for a newcomer, and no minutes when a lesson does not say', () => {
    const summary = courseSummary(progressOf({}), [{ id: 'one' }, ...lessons], false);
    expect(summary).toEqual({ passed: 0, total: 4, complete: false });
    expect(minutesLeftLine(summary)).toBe('');
  });

  it('is complete only when every lesson and the final check are passed, dated by the last pass', () => {
    const all = progressOf({
      one: { best: attempt(7, 7, 1) },
      two: { best: attempt(6, 7, 5) },
      three: { best: attempt(7, 7, 3) },
    });
    expect(courseSummary(all, lessons, true).complete).toBe(false);
    expect(courseSummary(all, lessons, false)).toMatchObject({ complete: true, completedAt: at(5), minutesLeft: 0 });
    const withFinal = progressOf({ ...all.lessons, 'final-check': { best: attempt(16, 19, 8) } });
    expect(courseSummary(withFinal, lessons, true)).toMatchObject({ complete: true, completedAt: at(8) });
    const finalFailed = progressOf({ ...all.lessons, 'final-check': { best: attempt(10, 19, 8) } });
    expect(courseSummary(finalFailed, lessons, true).complete).toBe(false);
  });
});
