import { describe, expect, it } from 'vitest';
import { questionSchema } from '../../schemas/content';
import type { PickQuestion } from './choices';

const parse = (data: unknown) => questionSchema.parse(data) as PickQuestion;
import { allowsSeveral, choicesOf, correctAnswerText } from './choices';

const multiple = parse({
  id: 'toolkit',
  kind: 'multiple',
  prompt: 'Which are management tools?',
  options: [
    { id: 'a', text: 'An opening checklist pinned by the ovens.', explanation: 'Yes.' },
    { id: 'b', text: 'A story about the founder.', explanation: 'No.' },
    { id: 'c', text: 'A weekly rota.', explanation: 'Yes.' },
    { id: 'd', text: 'A set time for the first trays', explanation: 'Yes.' },
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
    ]);
  });

  it('turns true/false into two choices, True first', () => {
    expect(choicesOf(trueFalse)).toEqual([
      { id: 'true', label: 'True', correct: false, explanation: 'Not quite.' },
      { id: 'false', label: 'False', correct: true, explanation: 'Right.' },
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

describe('correctAnswerText', () => {
  it('says a single answer as it is', () => {
    expect(correctAnswerText(trueFalse)).toBe('False');
    expect(correctAnswerText(leadOrManage)).toBe('Both');
  });

  it('lists several answers without doubled full stops', () => {
    expect(correctAnswerText(multiple)).toBe(
      'An opening checklist pinned by the ovens; A weekly rota; and A set time for the first trays',
    );
  });
});
