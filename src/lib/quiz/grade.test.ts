import { describe, expect, it } from 'vitest';
import { questionSchema, type Question } from '../../schemas/content';
import { choicesOf, type PickQuestion } from './choices';
import { gradeCheck, gradeQuestion, hasPassed, neededToPass, unansweredQuestions, type QuestionKey } from './grade';

// Parsed through the real schema, so the fixtures stay valid questions as the model evolves.
const q = (data: unknown): Question => questionSchema.parse(data);
const keyOf = (question: Question): QuestionKey => ({ id: question.id, choices: choicesOf(question as PickQuestion) });

const single = q({
  id: 'plan-first',
  kind: 'single',
  prompt: 'Which comes first?',
  options: [
    { id: 'a', text: 'A plan', explanation: 'Right.' },
    { id: 'b', text: 'A speech', explanation: 'Leadership.' },
    { id: 'c', text: 'A party', explanation: 'No.' },
  ],
  correct: ['a'],
});

const multiple = q({
  id: 'tools',
  kind: 'multiple',
  prompt: 'Which are management tools?',
  options: [
    { id: 'a', text: 'A checklist', explanation: 'Yes.' },
    { id: 'b', text: 'A rota', explanation: 'Yes.' },
    { id: 'c', text: 'A story', explanation: 'No.' },
    { id: 'd', text: 'A deadline', explanation: 'Yes.' },
  ],
  correct: ['a', 'b', 'd'],
});

const trueFalse = q({
  id: 'invisible',
  kind: 'true-false',
  prompt: 'Good management is loud.',
  correct: false,
  explanations: { true: 'Not quite.', false: 'Right.' },
});

const leadOrManage = q({
  id: 'clinic',
  kind: 'lead-or-manage',
  scenario: 'A manager writes a five-step routine.',
  prompt: 'Leadership, management or both?',
  correct: 'management',
  explanations: { leadership: 'No.', management: 'Right.', both: 'No.' },
});

describe('gradeQuestion', () => {
  it('single: only the one correct option is right', () => {
    const key = keyOf(single);
    expect(gradeQuestion(key, ['a'])).toBe(true);
    expect(gradeQuestion(key, ['b'])).toBe(false);
    expect(gradeQuestion(key, ['a', 'b'])).toBe(false);
  });

  it('multiple: every correct option and nothing else', () => {
    const key = keyOf(multiple);
    expect(gradeQuestion(key, ['a', 'b', 'd'])).toBe(true);
    expect(gradeQuestion(key, ['d', 'a', 'b'])).toBe(true);
  });

  it('multiple: a partial selection counts as wrong', () => {
    const key = keyOf(multiple);
    expect(gradeQuestion(key, ['a', 'b'])).toBe(false);
    expect(gradeQuestion(key, ['a'])).toBe(false);
  });

  it('multiple: all correct plus a wrong one counts as wrong', () => {
    expect(gradeQuestion(keyOf(multiple), ['a', 'b', 'c', 'd'])).toBe(false);
  });

  it('true-false: the choices are "true" and "false"', () => {
    const key = keyOf(trueFalse);
    expect(gradeQuestion(key, ['false'])).toBe(true);
    expect(gradeQuestion(key, ['true'])).toBe(false);
  });

  it('lead-or-manage: leadership, management or both', () => {
    const key = keyOf(leadOrManage);
    expect(gradeQuestion(key, ['management'])).toBe(true);
    expect(gradeQuestion(key, ['leadership'])).toBe(false);
    expect(gradeQuestion(key, ['both'])).toBe(false);
  });

  it('nothing chosen is not right', () => {
    expect(gradeQuestion(keyOf(single), [])).toBe(false);
  });

  it('an id that is not a choice of the question is wrong, even beside the right one', () => {
    expect(gradeQuestion(keyOf(single), ['z'])).toBe(false);
    expect(gradeQuestion(keyOf(single), ['a', 'z'])).toBe(false);
  });

  it('a repeated id does not change the result', () => {
    expect(gradeQuestion(keyOf(single), ['a', 'a'])).toBe(true);
    expect(gradeQuestion(keyOf(multiple), ['a', 'a', 'b'])).toBe(false);
  });
});

describe('unansweredQuestions', () => {
  const keys = [single, multiple, trueFalse, leadOrManage].map(keyOf);

  it('lists missing and empty selections in question order', () => {
    expect(unansweredQuestions(keys, { tools: [], 'plan-first': ['a'], clinic: ['both'] })).toEqual([
      'tools',
      'invisible',
    ]);
  });

  it('is empty when every question has a choice, right or wrong', () => {
    expect(
      unansweredQuestions(keys, { 'plan-first': ['b'], tools: ['c'], invisible: ['true'], clinic: ['both'] }),
    ).toEqual([]);
  });
});

describe('gradeCheck', () => {
  const keys = [single, multiple, trueFalse, leadOrManage].map(keyOf);

  it('scores every kind and passes at full marks', () => {
    const result = gradeCheck(keys, {
      'plan-first': ['a'],
      tools: ['a', 'b', 'd'],
      invisible: ['false'],
      clinic: ['management'],
    });
    expect(result).toEqual({
      score: 4,
      total: 4,
      passed: true,
      questions: [
        { id: 'plan-first', correct: true },
        { id: 'tools', correct: true },
        { id: 'invisible', correct: true },
        { id: 'clinic', correct: true },
      ],
    });
  });

  it('3 of 4 (75%) does not pass; a partial multiple answer is one of the wrong ones', () => {
    const result = gradeCheck(keys, {
      'plan-first': ['a'],
      tools: ['a', 'b'],
      invisible: ['false'],
      clinic: ['management'],
    });
    expect(result.score).toBe(3);
    expect(result.passed).toBe(false);
    expect(result.questions[1]).toEqual({ id: 'tools', correct: false });
  });
});

describe('pass mark', () => {
  it('passes at exactly 80% and not below', () => {
    expect(hasPassed(4, 5)).toBe(true);
    expect(hasPassed(8, 10)).toBe(true);
    expect(hasPassed(7, 10)).toBe(false);
    expect(hasPassed(5, 7)).toBe(false);
    expect(hasPassed(6, 7)).toBe(true);
    expect(hasPassed(0, 0)).toBe(false);
  });

  it('neededToPass is the smallest passing score for every check size', () => {
    for (let total = 1; total <= 60; total++) {
      const needed = neededToPass(total);
      expect(hasPassed(needed, total), `${needed} of ${total}`).toBe(true);
      expect(hasPassed(needed - 1, total), `${needed - 1} of ${total}`).toBe(false);
    }
  });
});
