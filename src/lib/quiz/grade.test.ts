import { describe, expect, it } from 'vitest';
import { questionSchema, type Question } from '../../schemas/content';
import { keyOf } from './choices';
import {
  criteriaMet,
  firstMisplaced,
  gradeCheck,
  gradeQuestion,
  hasPassed,
  isAnswered,
  neededToPass,
  unansweredQuestions,
  type Answer,
  type Answers,
} from './grade';

// Parsed through the real schema, so the fixtures stay valid questions as the model evolves.
const q = (data: object): Question => questionSchema.parse({ assesses: [1], ...data });
const pick = (...chosen: string[]): Answer => ({ kind: 'pick', chosen });
const inOrder = (...order: string[]): Answer => ({ kind: 'order', order });
const written = (text: string, compared: boolean, met: number[] = []): Answer => ({
  kind: 'write',
  text,
  compared,
  met,
});

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

const order = q({
  id: 'into-steps',
  kind: 'order',
  prompt: 'Put these in order.',
  steps: [
    { id: 'result', text: 'Name the result.' },
    { id: 'split', text: 'Split the work.' },
    { id: 'owners', text: 'Give each part an owner.' },
    { id: 'review', text: 'Agree a review date.' },
  ],
  explanation: 'Each step needs the one before it.',
});

const write = q({
  id: 'rewrite',
  kind: 'write',
  prompt: 'Rewrite the instruction.',
  model: 'A model answer.',
  criteria: ['Says what.', 'Says by when.', 'Says what done looks like.'],
});

describe('gradeQuestion', () => {
  it('single: only the one correct option is right', () => {
    const key = keyOf(single);
    expect(gradeQuestion(key, pick('a'))).toBe(true);
    expect(gradeQuestion(key, pick('b'))).toBe(false);
    expect(gradeQuestion(key, pick('a', 'b'))).toBe(false);
  });

  it('multiple: every correct option and nothing else, in any order', () => {
    const key = keyOf(multiple);
    expect(gradeQuestion(key, pick('a', 'b', 'd'))).toBe(true);
    expect(gradeQuestion(key, pick('d', 'a', 'b'))).toBe(true);
  });

  it('multiple: a partial selection counts as wrong', () => {
    const key = keyOf(multiple);
    expect(gradeQuestion(key, pick('a', 'b'))).toBe(false);
    expect(gradeQuestion(key, pick('a'))).toBe(false);
  });

  it('multiple: all correct plus a wrong one counts as wrong', () => {
    expect(gradeQuestion(keyOf(multiple), pick('a', 'b', 'c', 'd'))).toBe(false);
  });

  it('true-false: the choices are "true" and "false"', () => {
    const key = keyOf(trueFalse);
    expect(gradeQuestion(key, pick('false'))).toBe(true);
    expect(gradeQuestion(key, pick('true'))).toBe(false);
  });

  it('lead-or-manage: leadership, management or both', () => {
    const key = keyOf(leadOrManage);
    expect(gradeQuestion(key, pick('management'))).toBe(true);
    expect(gradeQuestion(key, pick('leadership'))).toBe(false);
    expect(gradeQuestion(key, pick('both'))).toBe(false);
  });

  it('nothing chosen, or no answer at all, is not right', () => {
    expect(gradeQuestion(keyOf(single), pick())).toBe(false);
    expect(gradeQuestion(keyOf(single), undefined)).toBe(false);
  });

  it('an id that is not a choice of the question is wrong, even beside the right one', () => {
    expect(gradeQuestion(keyOf(single), pick('z'))).toBe(false);
    expect(gradeQuestion(keyOf(single), pick('a', 'z'))).toBe(false);
  });

  it('a repeated id does not change the result', () => {
    expect(gradeQuestion(keyOf(single), pick('a', 'a'))).toBe(true);
    expect(gradeQuestion(keyOf(multiple), pick('a', 'a', 'b'))).toBe(false);
  });

  it('an answer of another kind is wrong', () => {
    expect(gradeQuestion(keyOf(single), inOrder('a'))).toBe(false);
    expect(gradeQuestion(keyOf(order), pick('result'))).toBe(false);
  });

  it('order: right only when every step is in its place', () => {
    const key = keyOf(order);
    expect(gradeQuestion(key, inOrder('result', 'split', 'owners', 'review'))).toBe(true);
    expect(gradeQuestion(key, inOrder('result', 'split', 'review', 'owners'))).toBe(false);
    expect(gradeQuestion(key, inOrder('split', 'result', 'owners', 'review'))).toBe(false);
  });

  it('order: a missing, repeated or unknown step is wrong', () => {
    const key = keyOf(order);
    expect(gradeQuestion(key, inOrder('result', 'split', 'owners'))).toBe(false);
    expect(gradeQuestion(key, inOrder('result', 'split', 'owners', 'review', 'review'))).toBe(false);
    expect(gradeQuestion(key, inOrder('result', 'split', 'owners', 'other'))).toBe(false);
  });

  it('write: not graded', () => {
    expect(gradeQuestion(keyOf(write), written('My answer', true, [0, 1, 2]))).toBeUndefined();
  });
});

describe('firstMisplaced', () => {
  const right = ['a', 'b', 'c', 'd'];

  it('is -1 when all is in place', () => {
    expect(firstMisplaced(right, ['a', 'b', 'c', 'd'])).toBe(-1);
  });

  it('names the first position that differs', () => {
    expect(firstMisplaced(right, ['b', 'a', 'c', 'd'])).toBe(0);
    expect(firstMisplaced(right, ['a', 'b', 'd', 'c'])).toBe(2);
  });

  it('treats a short or long order as wrong where it ends', () => {
    expect(firstMisplaced(right, ['a', 'b'])).toBe(2);
    expect(firstMisplaced(right, [...right, 'e'])).toBe(4);
  });
});

describe('criteriaMet', () => {
  it('counts each ticked criterion once, ignoring ones that do not exist', () => {
    expect(criteriaMet(3, [0, 2])).toBe(2);
    expect(criteriaMet(3, [2, 2, 0])).toBe(2);
    expect(criteriaMet(3, [3, -1, 1.5, 1])).toBe(1);
    expect(criteriaMet(3, [])).toBe(0);
  });
});

describe('isAnswered', () => {
  it('write: needs some text and the model answer opened', () => {
    const key = keyOf(write);
    expect(isAnswered(key, written('A plan', true))).toBe(true);
    expect(isAnswered(key, written('A plan', false))).toBe(false);
    expect(isAnswered(key, written('   ', true))).toBe(false);
  });

  it('order: the order shown counts as an answer', () => {
    expect(isAnswered(keyOf(order), inOrder('split', 'result', 'review', 'owners'))).toBe(true);
    expect(isAnswered(keyOf(order), undefined)).toBe(false);
  });
});

describe('unansweredQuestions', () => {
  const keys = [single, multiple, trueFalse, leadOrManage, write].map(keyOf);

  it('lists missing and empty answers in question order', () => {
    expect(
      unansweredQuestions(keys, {
        tools: pick(),
        'plan-first': pick('a'),
        clinic: pick('both'),
        rewrite: written('Text', false),
      }),
    ).toEqual(['tools', 'invisible', 'rewrite']);
  });

  it('is empty when every question has an answer, right or wrong', () => {
    expect(
      unansweredQuestions(keys, {
        'plan-first': pick('b'),
        tools: pick('c'),
        invisible: pick('true'),
        clinic: pick('both'),
        rewrite: written('Text', true),
      }),
    ).toEqual([]);
  });
});

describe('gradeCheck', () => {
  const keys = [single, multiple, trueFalse, leadOrManage].map(keyOf);

  it('scores every kind and passes at full marks', () => {
    const result = gradeCheck(keys, {
      'plan-first': pick('a'),
      tools: pick('a', 'b', 'd'),
      invisible: pick('false'),
      clinic: pick('management'),
    });
    expect(result).toEqual({
      score: 4,
      total: 4,
      passed: true,
      wrong: [],
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
      'plan-first': pick('a'),
      tools: pick('a', 'b'),
      invisible: pick('false'),
      clinic: pick('management'),
    });
    expect(result.score).toBe(3);
    expect(result.passed).toBe(false);
    expect(result.questions[1]).toEqual({ id: 'tools', correct: false });
    expect(result.wrong).toEqual(['tools']);
  });

  it('counts order questions in the score and written answers only in the criteria', () => {
    const all = [single, order, write, trueFalse].map(keyOf);
    const answers: Answers = {
      'plan-first': pick('b'),
      'into-steps': inOrder('result', 'split', 'owners', 'review'),
      rewrite: written('My rewrite', true, [0, 2]),
      invisible: pick('false'),
    };
    const result = gradeCheck(all, answers);
    expect(result.score).toBe(2);
    expect(result.total).toBe(3);
    expect(result.wrong).toEqual(['plan-first']);
    expect(result.questions[2]).toEqual({ id: 'rewrite' });
    expect(result.criteria).toEqual({ met: 2, total: 3 });
  });

  it('adds up criteria over several written answers', () => {
    const second = q({ ...write, id: 'rewrite-2', criteria: ['One.', 'Two.', 'Three.', 'Four.'] });
    const result = gradeCheck([single, write, second].map(keyOf), {
      'plan-first': pick('a'),
      rewrite: written('x', true, [0, 1, 2]),
      'rewrite-2': written('y', true, [3]),
    });
    expect(result.criteria).toEqual({ met: 4, total: 7 });
    expect(result.passed).toBe(true);
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
