import { describe, expect, it } from 'vitest';
import { bestLine, changedCheckLine, latestLine, savedLine } from './saved-line';
import { formatDay } from '../format-day';

describe('saved result lines', () => {
  const at = '2025-05-03T12:00:00.000Z';
  const later = '2025-05-04T12:00:00.000Z';

  it('formats the day in words', () => {
    expect(formatDay(at, 'UTC')).toBe('3 May 2025');
  });

  it('uses the learner’s time zone for the day', () => {
    expect(formatDay('2025-05-03T23:30:00.000Z', 'Asia/Tokyo')).toBe('4 May 2025');
  });

  it('says when and with what the check was passed', () => {
    expect(bestLine({ score: 6, total: 7, at }, true, 'UTC')).toBe('You passed on 3 May 2025 with 6 of 7.');
  });

  it('gives the best score so far when not passed', () => {
    expect(bestLine({ score: 3, total: 7, at }, false, 'UTC')).toBe('Your best score so far is 3 of 7, on 3 May 2025.');
  });

  it('states the latest attempt', () => {
    expect(latestLine({ score: 2, total: 7, at }, 'UTC')).toBe('Your latest attempt, on 3 May 2025: 2 of 7.');
  });

  it('savedLine: nothing saved, the best alone, or the best and then the latest', () => {
    expect(savedLine(undefined)).toBe('');
    expect(savedLine({})).toBe('');
    const pass = { score: 4, total: 5, at };
    expect(savedLine({ best: pass, latest: pass }, false, undefined, 'UTC')).toBe(
      'You passed on 3 May 2025 with 4 of 5.',
    );
    expect(savedLine({ best: pass, latest: { score: 1, total: 5, at: later } }, false, undefined, 'UTC')).toBe(
      'You passed on 3 May 2025 with 4 of 5. Your latest attempt, on 4 May 2025: 1 of 5.',
    );
    // 3 of 5 is below the 80% pass mark.
    expect(
      savedLine({ best: { score: 3, total: 5, at }, latest: { score: 3, total: 5, at } }, false, undefined, 'UTC'),
    ).toBe('Your best score so far is 3 of 5, on 3 May 2025.');
  });

  it('savedLine after grading on the page: the best only when the latest is another attempt', () => {
    const pass = { score: 4, total: 5, at };
    expect(savedLine({ best: pass, latest: pass }, true, undefined, 'UTC')).toBe('');
    expect(savedLine({ best: pass, latest: { score: 1, total: 5, at: later } }, true, undefined, 'UTC')).toBe(
      'You passed on 3 May 2025 with 4 of 5.',
    );
  });

  it('says when the check has changed since the saved result, which keeps its own total and pass', () => {
    expect(changedCheckLine({ score: 6, total: 7, at }, 7, true)).toBe('');
    expect(changedCheckLine({ score: 6, total: 7, at }, 8, true)).toBe(
      'The check has changed since: it now has 8 questions, and your pass still counts.',
    );
    expect(changedCheckLine({ score: 3, total: 7, at }, 1, false)).toBe(
      'The check has changed since: it now has 1 question.',
    );
    expect(savedLine({ best: { score: 6, total: 7, at }, latest: { score: 6, total: 7, at } }, false, 8, 'UTC')).toBe(
      'You passed on 3 May 2025 with 6 of 7. The check has changed since: it now has 8 questions, and your pass still counts.',
    );
  });
});
