import { describe, expect, it } from 'vitest';
import { questionSchema } from '../../schemas/content';
import { allowsSeveral, answerRefs, choicesOf, keyOf, shuffles, type PickQuestion } from './choices';

const parse = (data: object) => questionSchema.parse({ assesses: [1], ...data }) as PickQuestion;

const multiple = parse({
  id: 'toolkit',
  kind: 'multiple',
  prompt: 'Which are management tools?',
  options: [
    { id: 'a', text: 'An opening checklist pinned by the ovens.', explanation: 'Yes.' },
    { id: 'b', text: 'A story about the founder.', explanation: 'No.' },
    { id: 'c', text: 'A weekly rota.', explanation: 'Yes.' },
    { id: 'd', text: 'A set time for the first trays', explanation: 'Yes.' },
    { id: 'e', text: 'None of these', explanation: 'No.', pinned: true },
  ],
  correct: ['a', 'c', 'd'],
});

const trueFalse = parse({
  id: 'invisible',
  kind: 'true-false',
  prompt: 'Good management is loud.',
  correct: false,
  explanations: { true: 'Not quite.', false: 'Right.' },
});

const leadOrManage = parse({
  id: 'clinic',
  kind: 'lead-or-manage',
  scenario: 'A manager writes a routine.',
  prompt: 'Which is it?',
  correct: 'both',
  explanations: { leadership: 'L.', management: 'M.', both: 'B.' },
});

describe('choicesOf', () => {
  it('keeps the option order of the file for choice questions', () => {
    expect(choicesOf(multiple).map((c) => [c.id, c.correct])).toEqual([
      ['a', true],
      ['b', false],
      ['c', true],
      ['d', true],
      ['e', false],
    ]);
  });

  it('letters the options of choice questions and marks the pinned one', () => {
    expect(choicesOf(multiple).map((c) => [c.ref, c.pinned])).toEqual([
      ['A', false],
      ['B', false],
      ['C', false],
      ['D', false],
      ['E', true],
    ]);
  });

  it('turns true/false into two choices, True first', () => {
    expect(choicesOf(trueFalse)).toEqual([
      { id: 'true', label: 'True', correct: false, explanation: 'Not quite.', ref: 'True', pinned: false },
      { id: 'false', label: 'False', correct: true, explanation: 'Right.', ref: 'False', pinned: false },
    ]);
  });

  it('turns lead-or-manage into Leadership, Management, Both', () => {
    expect(choicesOf(leadOrManage).map((c) => [c.label, c.correct, c.explanation])).toEqual([
      ['Leadership', false, 'L.'],
      ['Management', false, 'M.'],
      ['Both', true, 'B.'],
    ]);
  });

  it('only "multiple" allows several answers', () => {
    expect(allowsSeveral(multiple)).toBe(true);
    expect(allowsSeveral(trueFalse)).toBe(false);
  });
});

describe('shuffles', () => {
  it('shuffles single and multiple choice, not true/false or lead-or-manage', () => {
    expect(shuffles(multiple)).toBe(true);
    expect(shuffles(trueFalse)).toBe(false);
    expect(shuffles(leadOrManage)).toBe(false);
  });
});

describe('answerRefs', () => {
  it('says a single answer by its label when there are no letters', () => {
    expect(answerRefs(trueFalse)).toBe('False');
    expect(answerRefs(leadOrManage)).toBe('Both');
  });

  it('lists the letters of several answers', () => {
    expect(answerRefs(multiple)).toBe('A, C and D');
  });
});

describe('keyOf', () => {
  it('gives choice questions their choices, right or not', () => {
    expect(keyOf(trueFalse)).toEqual({
      id: 'invisible',
      kind: 'pick',
      choices: [
        { id: 'true', correct: false },
        { id: 'false', correct: true },
      ],
    });
  });

  it('gives order questions their steps in the authored (right) order', () => {
    const order = questionSchema.parse({
      assesses: [1],
      id: 'steps',
      kind: 'order',
      prompt: 'Order these.',
      steps: [
        { id: 'first', text: 'First.' },
        { id: 'second', text: 'Second.' },
        { id: 'third', text: 'Third.' },
      ],
      explanation: 'Why.',
    });
    expect(keyOf(order)).toEqual({ id: 'steps', kind: 'order', steps: ['first', 'second', 'third'] });
  });

  it('gives write questions their number of criteria', () => {
    const write = questionSchema.parse({
      assesses: [1],
      id: 'rewrite',
      kind: 'write',
      prompt: 'Rewrite it.',
      model: 'Model.',
      criteria: ['One.', 'Two.', 'Three.'],
    });
    expect(keyOf(write)).toEqual({ id: 'rewrite', kind: 'write', criteria: 3 });
  });
});
