import { describe, expect, it } from 'vitest';
import { questionSchema, type Question } from '../../schemas/content';
import {
  bestCompositeHabit,
  contentWords,
  followsWhyThenPlan,
  habitScores,
  jaccard,
  keyDistributionProblems,
  lengthRanks,
  nearDuplicates,
  unfairHabits,
  usesMisleadingWord,
  type AuditedQuestion,
} from './answer-key-audit';

const q = (data: object): Question => questionSchema.parse({ assesses: [1], ...data });
const at = (ref: string, question: Question): AuditedQuestion => ({ ref, question });

function single(id: string, correct: string, texts = ['Alpha one', 'Beta two two', 'Gamma', 'Delta four four four']) {
  return at(
    `l/${id}`,
    q({
      id,
      kind: 'single',
      prompt: `Prompt ${id}`,
      options: texts.map((text, i) => ({ id: 'abcd'[i], text, explanation: 'Why.' })),
      correct: [correct],
    }),
  );
}
const trueFalse = (id: string, correct: boolean) =>
  at(
    `l/${id}`,
    q({ id, kind: 'true-false', prompt: `Claim ${id}`, correct, explanations: { true: 'T.', false: 'F.' } }),
  );
const leadOrManage = (id: string, correct: string, scenario: string) =>
  at(
    `l/${id}`,
    q({
      id,
      kind: 'lead-or-manage',
      scenario,
      prompt: 'Which?',
      correct,
      explanations: { leadership: 'L.', management: 'M.', both: 'B.' },
    }),
  );
const multiple = (id: string, correct: string[], n = 4) =>
  at(
    `l/${id}`,
    q({
      id,
      kind: 'multiple',
      prompt: `Pick ${id}`,
      options: [...'abcdef'.slice(0, n)].map((o) => ({ id: o, text: `Option ${o}`, explanation: 'Why.' })),
      correct,
    }),
  );

const score = (items: AuditedQuestion[], habit: string) => habitScores(items).find((h) => h.habit === habit)!;

describe('lengthRanks', () => {
  it('ranks longest first and lets ties share a rank', () => {
    expect(lengthRanks(['aa', 'a', 'aaa', 'aa'])).toEqual([2, 4, 1, 2]);
  });
});

describe('habitScores', () => {
  it('scores "always option b" against 1/options', () => {
    const items = [single('1', 'b'), single('2', 'b'), single('3', 'a'), single('4', 'c')];
    const b = score(items, 'always option b');
    expect(b.score).toBe(0.5);
    expect(b.chance).toBe(0.25);
    expect(b.hits).toEqual(['l/1', 'l/2']);
    expect(unfairHabits(habitScores(items)).map((h) => h.habit)).toContain('always option b');
  });

  it('scores length habits: the longest and the k-th longest', () => {
    // Lengths: a=9, b=12, c=5, d=20 → d longest, b 2nd, a 3rd, c 4th.
    const items = [single('1', 'd'), single('2', 'b'), single('3', 'b')];
    expect(score(items, 'always the longest').score).toBeCloseTo(1 / 3);
    expect(score(items, 'always the 2nd longest').score).toBeCloseTo(2 / 3);
    expect(score(items, 'always the 4th longest').score).toBe(0);
  });

  it('scores true/false and lead-or-manage habits against 1/2 and 1/3', () => {
    const items = [trueFalse('t1', false), trueFalse('t2', false), trueFalse('t3', true)];
    expect(score(items, 'always "false"')).toMatchObject({ score: 2 / 3, chance: 0.5 });
    const lm = [leadOrManage('m1', 'both', 'x'), leadOrManage('m2', 'management', 'y')];
    expect(score(lm, 'always "both"')).toMatchObject({ score: 0.5, chance: 1 / 3 });
  });

  it('scores "tick all", "all but option k" and "the first k" against 1/(2^n - 1)', () => {
    const items = [multiple('1', ['a', 'b', 'c']), multiple('2', ['a', 'b', 'c', 'd']), multiple('3', ['b'])];
    expect(score(items, 'tick all').score).toBeCloseTo(1 / 3);
    expect(score(items, 'all but option d').hits).toEqual(['l/1']);
    expect(score(items, 'the first 3').hits).toEqual(['l/1']);
    expect(score(items, 'tick all').chance).toBeCloseTo(1 / 15);
  });

  it('finds a balanced key fair', () => {
    const items = [
      single('1', 'a'),
      single('2', 'b'),
      single('3', 'c'),
      single('4', 'd'),
      trueFalse('t1', true),
      trueFalse('t2', false),
    ];
    expect(unfairHabits(habitScores(items))).toEqual([]);
    const composite = bestCompositeHabit(habitScores(items));
    expect(composite.questions).toBe(6);
    expect(composite.score).toBeLessThanOrEqual(composite.chance + 0.1);
  });
});

describe('keyDistributionProblems', () => {
  it('flags too many true statements and too few misleading scenarios', () => {
    const items = [
      trueFalse('t1', true),
      trueFalse('t2', true),
      trueFalse('t3', true),
      trueFalse('t4', false),
      leadOrManage('m1', 'management', 'She writes the checklist.'),
      leadOrManage('m2', 'leadership', 'He shares where the firm is heading.'),
      leadOrManage('m3', 'both', 'They agree why, then a plan.'),
    ];
    const rules = keyDistributionProblems(items).map((p) => p.rule);
    expect(rules).toContain('true/false: 3 of 4 (75%) are true (40-60%)');
    expect(rules.some((r) => r.startsWith('lead-or-manage: only 0 of 3 scenarios use a misleading word'))).toBe(true);
  });

  it('flags a class outside 25-45% and "both" scenarios on one template', () => {
    const items = [
      leadOrManage('m1', 'both', 'She explains the vision, then drafts a plan.'),
      leadOrManage('m2', 'both', 'He tells the story of the shop, then sets a schedule.'),
      leadOrManage('m3', 'management', 'The vision board is updated with the rota.'),
    ];
    const problems = keyDistributionProblems(items);
    expect(problems.find((p) => p.rule.startsWith('lead-or-manage: "both" is the answer in 2 of 3'))?.refs).toEqual([
      'l/m1',
      'l/m2',
    ]);
    expect(problems.some((p) => p.rule.includes('one template'))).toBe(true);
  });

  it('flags multiple choice where option a is always right and counts never vary', () => {
    const items = [multiple('1', ['a', 'b']), multiple('2', ['a', 'c']), multiple('3', ['a', 'd'])];
    const rules = keyDistributionProblems(items).map((p) => p.rule);
    expect(rules).toContain('multiple choice: option a is correct in every question');
    expect(rules.some((r) => r.includes('none has one correct option'))).toBe(true);
  });

  it('flags the correct option being the longest in more than a third of single-choice questions', () => {
    const items = [single('1', 'd'), single('2', 'd'), single('3', 'a')];
    expect(keyDistributionProblems(items)[0]).toEqual({
      rule: 'single choice: the correct option is the longest in 2 of 3 (at most a third)',
      refs: ['l/1', 'l/2'],
    });
  });
});

describe('misleading words', () => {
  it('spots a leadership word in a management scenario and a plan in a leadership one', () => {
    expect(usesMisleadingWord('She pins the vision statement beside the new rota.', 'management')).toBe(true);
    expect(usesMisleadingWord('He sets out a plan to win back trust after the recall.', 'leadership')).toBe(true);
    expect(usesMisleadingWord('He sets the shifts.', 'management')).toBe(false);
    expect(usesMisleadingWord('Anything at all', 'both')).toBe(false);
  });
  it('recognises the "why, then plan" template', () => {
    expect(followsWhyThenPlan('She explains the purpose and then the budget.')).toBe(true);
    expect(followsWhyThenPlan('She fixes the budget and then tells the story.')).toBe(false);
  });
});

describe('nearDuplicates', () => {
  it('pairs two questions about the same situation with the same answer', () => {
    const a = leadOrManage('a', 'management', 'A garage owner writes a checklist for booking in cars each morning.');
    const b = {
      ...leadOrManage('b', 'management', 'Each morning the garage owner writes a checklist for booking in the cars.'),
      ref: 'm/b',
    };
    const c = leadOrManage('c', 'leadership', 'A bakery owner shares why the shop will go organic next year.');
    expect(nearDuplicates([a, b, c]).map((d) => [d.a, d.b])).toEqual([['l/a', 'm/b']]);
  });

  it('does not pair the same situation with a different answer', () => {
    const a = leadOrManage('a', 'management', 'A garage owner writes a checklist for booking in cars.');
    const b = {
      ...leadOrManage('b', 'leadership', 'A garage owner writes a checklist for booking in cars.'),
      ref: 'm/b',
    };
    expect(nearDuplicates([a, b])).toEqual([]);
  });

  it('pairs a question with an example it must not reuse', () => {
    const example = leadOrManage(
      'new-menu',
      'leadership',
      'The owner tells the team why the café is going plant-based and what it will mean for regulars.',
    );
    const copy = leadOrManage('copy', 'leadership', 'The owner tells the team why the café is going plant-based.');
    expect(nearDuplicates([copy], [{ ...example, ref: 'CONTRIBUTING.md/new-menu' }])).toHaveLength(1);
  });

  it('compares content words only', () => {
    expect([...contentWords('The owners are planning the rota')]).toEqual(['owner', 'plann', 'rota']);
    expect(jaccard(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3);
  });
});
