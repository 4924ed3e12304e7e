import { describe, expect, it } from 'vitest';
import { bestLine, checkIntro, formatDay, latestLine, scoreSummary } from './summary';

describe('checkIntro', () => {
  it('gives the count, the minutes and the pass mark', () => {
    expect(checkIntro(1)).toBe('1 question, about 1 minute. Pass mark: 80%.');
    expect(checkIntro(7)).toBe('7 questions, about 3 minutes. Pass mark: 80%.');
  });
});

describe('scoreSummary', () => {
  it('starts with "You scored N of M" and says a pass completes the lesson', () => {
    expect(scoreSummary(7, 7, true)).toBe('You scored 7 of 7. You passed, so this lesson is marked complete.');
  });

  it('gives the score needed when the check is not passed', () => {
    expect(scoreSummary(4, 7, false)).toBe(
      'You scored 4 of 7. The pass mark is 6 of 7: read the feedback on each question, then try again.',
    );
  });
});

describe('saved result lines', () => {
  const at = '2025-05-03T12:00:00.000Z';

  it('formats the day in words', () => {
    expect(formatDay(at, 'UTC')).toBe('3 May 2025');
  });

  it('uses the learner’s time zone for the day', () => {
    expect(formatDay('2025-05-03T23:30:00.000Z', 'Asia/Tokyo')).toBe('4 May 2025');
  });

  it('says when and with what the check was passed', () => {
    expect(bestLine({ score: 6, total: 7, at }, true, 'UTC')).toBe('You passed this check on 3 May 2025 with 6 of 7.');
  });

  it('gives the best score so far when not passed', () => {
    expect(bestLine({ score: 3, total: 7, at }, false, 'UTC')).toBe('Your best score so far is 3 of 7, on 3 May 2025.');
  });

  it('states the latest attempt', () => {
    expect(latestLine({ score: 2, total: 7, at }, 'UTC')).toBe('Your latest attempt, on 3 May 2025: 2 of 7.');
  });
});
