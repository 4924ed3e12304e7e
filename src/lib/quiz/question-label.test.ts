import { describe, expect, it } from 'vitest';
import { QUESTION_KINDS } from '../../schemas/content';
import { KIND_LABELS, questionLabel } from './question-label';

describe('questionLabel', () => {
  it('gives the number, the count and what the kind asks for', () => {
    expect(questionLabel(3, 7, 'multiple')).toBe('Question 3 of 7 · Choose all that apply');
    expect(questionLabel(1, 8, 'true-false')).toBe('Question 1 of 8 · True or false');
    expect(questionLabel(2, 8, 'lead-or-manage')).toBe('Question 2 of 8 · Lead or manage?');
    expect(questionLabel(5, 5, 'order')).toBe('Question 5 of 5 · Put in order');
  });

  it('labels every kind of question, each differently', () => {
    const labels = QUESTION_KINDS.map((k) => KIND_LABELS[k]);
    expect(labels.every((l) => l.length > 0)).toBe(true);
    expect(new Set(labels).size).toBe(QUESTION_KINDS.length);
  });
});
