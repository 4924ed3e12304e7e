import { describe, expect, it } from 'vitest';
import { reviewSummary, sessionLine } from './lines';

describe('sessionLine', () => {
  it('says how many, and when a round shows only some', () => {
    expect(sessionLine(1, 1)).toBe('1 question to review.');
    expect(sessionLine(4, 4)).toBe('4 questions to review.');
    expect(sessionLine(14, 10)).toBe('14 questions to review. Here are 10 of them; the rest come next.');
  });
});

describe('reviewSummary', () => {
  it('says what right and wrong answers did, then what is left', () => {
    expect(reviewSummary(3, 3, 0)).toBe(
      'You got all 3 right: they leave the list until they are due again. Nothing left to review for now.',
    );
    expect(reviewSummary(1, 1, 4)).toBe(
      'You got it right: it leaves the list until it is due again. 4 questions to review now.',
    );
    expect(reviewSummary(2, 3, 1)).toBe(
      'You got 2 of 3 right: those leave the list until due again; the 1 you missed stays on it. 1 question to review now.',
    );
    expect(reviewSummary(1, 3, 2)).toBe(
      'You got 1 of 3 right: that one leaves the list until due again; the 2 you missed stay on it. 2 questions to review now.',
    );
    expect(reviewSummary(0, 2, 2)).toBe(
      'You got none of the 2 right: they stay on the list. Read the feedback, then try them again. 2 questions to review now.',
    );
    expect(reviewSummary(0, 1, 1)).toBe(
      'Not this time: it stays on the list. Read the feedback, then try it again. 1 question to review now.',
    );
  });
});
