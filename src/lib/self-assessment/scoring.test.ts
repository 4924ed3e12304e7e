import { describe, expect, it } from 'vitest';
import { SIDES as SCHEMA_SIDES } from '../../schemas/content';
import {
  SIDES,
  BALANCE_MARGIN,
  leanOf,
  overallScores,
  readProfile,
  scoreAnswers,
  unanswered,
  type ScoredStatement,
} from './scoring';

// Two differences, two statements per side each; one reverse-worded statement per difference.
const statements: ScoredStatement[] = [
  { id: 'f-l1', difference: 'focus', side: 'leadership' },
  { id: 'f-l2', difference: 'focus', side: 'leadership', reverse: true },
  { id: 'f-m1', difference: 'focus', side: 'management' },
  { id: 'f-m2', difference: 'focus', side: 'management' },
  { id: 'r-l1', difference: 'risk', side: 'leadership' },
  { id: 'r-l2', difference: 'risk', side: 'leadership' },
  { id: 'r-m1', difference: 'risk', side: 'management' },
  { id: 'r-m2', difference: 'risk', side: 'management', reverse: true },
];
const all = (n: number) => Object.fromEntries(statements.map((s) => [s.id, n]));

describe('scoreAnswers', () => {
  it('gives 50 on every scale when every answer is "neither"', () => {
    expect(scoreAnswers(statements, all(3))).toEqual({
      focus: { leadership: 50, management: 50 },
      risk: { leadership: 50, management: 50 },
    });
  });

  it('counts a reverse-worded statement the other way round', () => {
    // Agreeing strongly with everything: a reverse statement gives its side the lowest points.
    expect(scoreAnswers(statements, all(5))).toEqual({
      focus: { leadership: 50, management: 100 },
      risk: { leadership: 100, management: 50 },
    });
  });

  it('scores a scripted set of answers to the expected percentages', () => {
    const answers = { 'f-l1': 5, 'f-l2': 1, 'f-m1': 2, 'f-m2': 3, 'r-l1': 4, 'r-l2': 2, 'r-m1': 5, 'r-m2': 2 };
    // focus: leadership 5 + (6-1) = 10 of 2..10 → 100; management 2 + 3 = 5 → 38 (3/8 rounded)
    // risk: leadership 4 + 2 = 6 → 50; management 5 + (6-2) = 9 → 88 (7/8 rounded)
    expect(scoreAnswers(statements, answers)).toEqual({
      focus: { leadership: 100, management: 38 },
      risk: { leadership: 50, management: 88 },
    });
  });

  it('refuses to score with answers missing, and names them', () => {
    const answers = { ...all(3), 'r-m1': 0, 'f-l2': 2.5 } as Record<string, number>;
    delete answers['r-l1'];
    expect(unanswered(statements, answers)).toEqual(['f-l2', 'r-l1', 'r-m1']);
    expect(() => scoreAnswers(statements, answers)).toThrow(/f-l2, r-l1, r-m1/);
  });

  it('ignores answers to statements it does not know and inherited keys', () => {
    expect(unanswered(statements, { ...all(4), stray: 9 })).toEqual([]);
    expect(unanswered([{ id: 'constructor', difference: 'x', side: 'leadership' }], {})).toEqual(['constructor']);
  });
});

describe('leanOf', () => {
  it('calls scores closer than the margin balanced', () => {
    expect(leanOf({ leadership: 60, management: 60 + BALANCE_MARGIN - 1 })).toBe('balanced');
    expect(leanOf({ leadership: 60, management: 60 + BALANCE_MARGIN })).toBe('management');
    expect(leanOf({ leadership: 90, management: 10 })).toBe('leadership');
  });
});

describe('readProfile', () => {
  it('reads the overall lean and the weaker side of each difference, in the given order', () => {
    const scores = {
      risk: { leadership: 50, management: 88 },
      focus: { leadership: 100, management: 38 },
      communication: { leadership: 60, management: 55 },
    };
    expect(overallScores(scores)).toEqual({ leadership: 70, management: 60 });
    expect(readProfile(scores, ['focus', 'risk', 'communication', 'missing'])).toEqual({
      lean: 'balanced',
      overall: { leadership: 70, management: 60 },
      differences: [
        { id: 'focus', scores: scores.focus, lean: 'leadership', weaker: 'management' },
        { id: 'risk', scores: scores.risk, lean: 'management', weaker: 'leadership' },
        { id: 'communication', scores: scores.communication, lean: 'balanced' },
      ],
    });
  });

  it('reads a clear overall lean', () => {
    const scores = { focus: { leadership: 25, management: 75 }, risk: { leadership: 38, management: 63 } };
    expect(readProfile(scores, ['focus', 'risk']).lean).toBe('management');
  });
});

describe('SIDES', () => {
  it('matches the schema', () => {
    expect(SIDES).toEqual(SCHEMA_SIDES);
  });
});
