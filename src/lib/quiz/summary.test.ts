import { describe, expect, it } from 'vitest';
import {
  answerList,
  bestLine,
  changedCheckLine,
  cannotMoveLine,
  checkIntro,
  passMark,
  criteriaLine,
  latestLine,
  listOf,
  misplacedLine,
  movedLine,
  quoted,
  scoreSummary,
  writtenFeedback,
} from './summary';
import { formatDay } from '../format-day';

describe('passMark', () => {
  it('reads the same everywhere: the share and the count', () => {
    expect(passMark(7)).toBe('80%, 6 of 7');
    expect(passMark(5)).toBe('80%, 4 of 5');
    expect(passMark(19)).toBe('80%, 16 of 19');
  });
});

describe('checkIntro', () => {
  it('gives the count, the minutes and the pass mark', () => {
    expect(checkIntro(1)).toBe('1 question, about 1 minute. Pass mark: 80%, 1 of 1.');
    expect(checkIntro(7)).toBe('7 questions, about 3 minutes. Pass mark: 80%, 6 of 7.');
  });

  it('counts written answers apart, with their time, and says they are not scored', () => {
    expect(checkIntro(6, 1)).toBe(
      '6 questions and 1 written answer, about 4 minutes. Pass mark: 80%, 5 of 6 (written answers are not scored).',
    );
    expect(checkIntro(5, 2)).toBe(
      '5 questions and 2 written answers, about 6 minutes. Pass mark: 80%, 4 of 5 (written answers are not scored).',
    );
  });
});

describe('scoreSummary', () => {
  it('starts with "You scored N of M" and says a pass completes the lesson', () => {
    expect(scoreSummary(7, 7, true)).toBe('You scored 7 of 7. You passed, so this lesson is marked complete.');
  });

  it('gives the score needed when the check is not passed', () => {
    expect(scoreSummary(4, 7, false)).toBe(
      'You scored 4 of 7. The pass mark is 80%, 6 of 7: read the feedback on each question, then try again.',
    );
  });
});

describe('the final check', () => {
  it('names what a pass completes', () => {
    expect(scoreSummary(16, 18, true, 'the final check')).toBe(
      'You scored 16 of 18. You passed, so the final check is marked complete.',
    );
  });
});

describe('lists', () => {
  it('joins short items with commas and "and"', () => {
    expect(listOf([])).toBe('');
    expect(listOf(['B'])).toBe('B');
    expect(listOf(['A', 'C'])).toBe('A and C');
    expect(listOf(['A', 'C', 'D'])).toBe('A, C and D');
  });

  it('joins sentences with semicolons, without doubled full stops', () => {
    expect(answerList(['One rota.'])).toBe('One rota.');
    expect(answerList(['An opening checklist.', 'A weekly rota.', 'A set time for the first trays'])).toBe(
      'An opening checklist; A weekly rota; and A set time for the first trays',
    );
  });

  it('quotes a choice with one full stop, not two', () => {
    expect(quoted('Management')).toBe('“Management”.');
    expect(quoted('Hire a driver.')).toBe('“Hire a driver.”');
  });
});

describe('written answers', () => {
  it('sums up the self-check in the score line', () => {
    expect(criteriaLine(5, 7, 2)).toBe('Written answers: you met 5 of 7 criteria.');
    expect(criteriaLine(1, 3, 1)).toBe('Written answer: you met 1 of 3 criteria.');
  });

  it('gives feedback inside the question', () => {
    expect(writtenFeedback(2, 3)).toBe(
      'Your answer is saved in this browser. By your own check, it does 2 of the 3 things listed.',
    );
  });
});

describe('order questions', () => {
  it('names the first step out of place and what belongs there', () => {
    expect(misplacedLine(2, 'Split the work.', 'Give each part an owner.')).toBe(
      'The first step out of place is number 2: it should be “Split the work”, not “Give each part an owner”.',
    );
  });

  it('announces a move and a move that cannot happen', () => {
    expect(movedLine('Split the work.', 2, 4)).toBe('“Split the work” is now step 2 of 4.');
    expect(cannotMoveLine('Split the work', true)).toBe('“Split the work” is already first.');
    expect(cannotMoveLine('Split the work', false)).toBe('“Split the work” is already last.');
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
    expect(bestLine({ score: 6, total: 7, at }, true, 'UTC')).toBe('You passed on 3 May 2025 with 6 of 7.');
  });

  it('gives the best score so far when not passed', () => {
    expect(bestLine({ score: 3, total: 7, at }, false, 'UTC')).toBe('Your best score so far is 3 of 7, on 3 May 2025.');
  });

  it('states the latest attempt', () => {
    expect(latestLine({ score: 2, total: 7, at }, 'UTC')).toBe('Your latest attempt, on 3 May 2025: 2 of 7.');
  });

  it('says when the check has changed since the saved result, which keeps its own total and pass', () => {
    expect(changedCheckLine({ score: 6, total: 7, at }, 7, true)).toBe('');
    expect(changedCheckLine({ score: 6, total: 7, at }, 8, true)).toBe(
      'The check has changed since: it now has 8 questions, and your pass still counts.',
    );
    expect(changedCheckLine({ score: 3, total: 7, at }, 1, false)).toBe(
      'The check has changed since: it now has 1 question.',
    );
  });
});
