import { describe, expect, it } from 'vitest';
import type { CheckProgress, Progress } from '../progress/progress';
import { dueTime, REVIEW_DAYS, reviewItems } from './schedule';
import { answerMarks, clearMarks, inReviewOrder } from './session';

const DAY = 24 * 60 * 60 * 1000;
const START = Date.UTC(2025, 4, 1, 12);
/** A time `days` after the first attempt (fractions allowed). */
const day = (days: number) => START + days * DAY;
const iso = (days: number) => new Date(day(days)).toISOString();
const progressOf = (lessons: Record<string, CheckProgress>): Progress => ({ version: 5, lessons });

/** A check attempted at `days` with questions a, b, c and d (d a written answer), `wrong` missed. */
function attempted(days: number, wrong: string[], extra: CheckProgress = {}): CheckProgress {
  const attempt = { score: 3 - wrong.length, total: 3, at: iso(days), wrong };
  return {
    best: attempt,
    latest: attempt,
    seen: Object.fromEntries(['a', 'b', 'c', 'd'].map((id) => [id, iso(days)])),
    written: { d: { text: 'My answer.', met: [0], at: iso(days) } },
    ...extra,
  };
}

/** What is to review, in the order the review page asks it. */
const ids = (progress: Progress, now: number) =>
  inReviewOrder(reviewItems(progress, now)).map((i) => `${i.checkId}/${i.questionId}:${i.reason}`);

describe('inReviewOrder', () => {
  it('puts missed questions first (missed longest ago first), then the most overdue', () => {
    const progress = progressOf({
      late: attempted(5, ['a']),
      early: attempted(1, ['c']),
      mid: attempted(3, []),
    });
    expect(ids(progress, day(12)).slice(0, 4)).toEqual([
      'early/c:missed',
      'late/a:missed',
      'early/a:due',
      'early/b:due',
    ]);
  });
});

describe('review answers', () => {
  it('moves a missed question answered right through 1, 3, 7 and 14 days', () => {
    let check = attempted(0, ['b']);
    let now = day(0);
    for (const days of [...REVIEW_DAYS, 14]) {
      const item = reviewItems(progressOf({ one: check }), now).find((i) => i.questionId === 'b')!;
      expect(item).toBeDefined();
      const marks = answerMarks([{ item, correct: true }], now);
      check = { ...check, review: { ...check.review, ...marks.one } };
      expect(ids(progressOf({ one: check }), now)).not.toContain('one/b:missed');
      expect(dueTime(check.review!.b!)).toBe(now + days * DAY);
      expect(ids(progressOf({ one: check }), now + days * DAY - 1)).not.toContain('one/b:due');
      now += days * DAY;
    }
  });

  it('puts a due question answered wrong back on the list as missed', () => {
    const check = attempted(0, []);
    const item = inReviewOrder(reviewItems(progressOf({ one: check }), day(7)))[0]!;
    const marks = answerMarks([{ item, correct: false }], day(7));
    expect(marks).toEqual({ one: { a: { at: iso(7), box: 0 } } });
    const after = progressOf({ one: { ...check, review: marks.one } });
    expect(ids(after, day(7))).toEqual(['one/a:missed', 'one/b:due', 'one/c:due']);
  });

  it('gives way to a later attempt at the lesson, keeping the box a right answer reached', () => {
    const check = attempted(0, ['a'], { review: { a: { at: iso(1), box: 4 }, b: { at: iso(1), box: 4 } } });
    const retaken = { ...attempted(2, ['a']), review: check.review };
    expect(ids(progressOf({ one: retaken }), day(2))).toEqual(['one/a:missed']);
    // b was right in both: it keeps box 4 (14 days) from the retake.
    expect(ids(progressOf({ one: retaken }), day(15))).not.toContain('one/b:due');
    expect(ids(progressOf({ one: retaken }), day(16))).toContain('one/b:due');
  });

  it('clears the list until a week later', () => {
    const progress = progressOf({ one: attempted(0, ['b']), two: attempted(0, []) });
    const items = reviewItems(progress, day(8));
    expect(items).toHaveLength(6);
    const marks = clearMarks(items, day(8));
    const cleared = progressOf({
      one: { ...progress.lessons.one, review: marks.one },
      two: { ...progress.lessons.two, review: marks.two },
    });
    expect(ids(cleared, day(8))).toEqual([]);
    expect(ids(cleared, day(15))).toHaveLength(6);
  });
});
