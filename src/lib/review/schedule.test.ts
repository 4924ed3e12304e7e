import { describe, expect, it } from 'vitest';
import type { CheckProgress, Progress } from '../progress/progress';
import { dueTime, REVIEW_DAYS, reviewCountLine, reviewItems } from './schedule';
import { inReviewOrder } from './session';

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

describe('reviewItems', () => {
  it('lists the questions missed in the latest attempt at once, and no written answer', () => {
    const progress = progressOf({ one: attempted(0, ['b']) });
    expect(ids(progress, day(0))).toEqual(['one/b:missed']);
    expect(reviewItems(progress, day(0))[0]).toEqual({
      checkId: 'one',
      questionId: 'b',
      reason: 'missed',
      box: 0,
      at: iso(0),
      due: day(0),
    });
  });

  it('brings back questions answered right in the check after a week', () => {
    const progress = progressOf({ one: attempted(0, ['b']) });
    expect(ids(progress, day(6.9))).toEqual(['one/b:missed']);
    expect(ids(progress, day(7))).toEqual(['one/b:missed', 'one/a:due', 'one/c:due']);
  });

  it('forgets what the latest attempt got right that an earlier one missed', () => {
    const check = attempted(2, []);
    check.best = { ...check.latest!, at: iso(0) };
    expect(ids(progressOf({ one: check }), day(2))).toEqual([]);
  });

  it('leaves out questions the latest attempt did not ask (no longer in the check)', () => {
    const check = attempted(3, []);
    check.seen = { ...check.seen, gone: iso(1) };
    expect(ids(progressOf({ one: check }), day(30))).toEqual(['one/a:due', 'one/b:due', 'one/c:due']);
  });

  it('reads data without seen times (version 2): the missed questions still count', () => {
    const attempt = { score: 1, total: 2, at: iso(0), wrong: ['x'] };
    expect(ids(progressOf({ one: { best: attempt, latest: attempt } }), day(0))).toEqual(['one/x:missed']);
  });
});

describe('dueTime', () => {
  it('is at once for a missed question, then 1, 3, 7 and 14 days by box', () => {
    expect(dueTime({ at: iso(0), box: 0 })).toBe(day(0));
    expect([1, 2, 3, 4].map((box) => (dueTime({ at: iso(0), box }) - day(0)) / DAY)).toEqual([...REVIEW_DAYS]);
  });
});

describe('reviewCountLine', () => {
  it('counts in words', () => {
    expect(reviewCountLine(1)).toBe('1 question to review');
    expect(reviewCountLine(12)).toBe('12 questions to review');
  });
});
