import { describe, expect, it } from 'vitest';
import { FakeStorage } from '../fake-storage';
import { NAME_KEY, cleanName, profileLine, readName, recordLines, saveName } from './certificate';

const at = (day: number) => new Date(Date.UTC(2025, 4, day, 12)).toISOString();

describe('the name on the record', () => {
  it('is saved and read back, white space collapsed and cut to length', () => {
    const storage = new FakeStorage();
    expect(readName(storage)).toBe('');
    expect(saveName(storage, '  Ada   Lovelace \n')).toBeUndefined();
    expect(readName(storage)).toBe('Ada Lovelace');
    expect(cleanName('x'.repeat(200))).toHaveLength(80);
  });

  it('reads as empty when blocked, damaged or foreign, and reports a blocked save', () => {
    const blocked = new FakeStorage();
    blocked.fail = new Error('SecurityError');
    expect(readName(blocked)).toBe('');
    expect(saveName(blocked, 'Ada')).toBe('unavailable');
    expect(readName(new FakeStorage({ [NAME_KEY]: '{"version":1' }))).toBe('');
    expect(readName(new FakeStorage({ [NAME_KEY]: '{"version":2,"name":"Ada"}' }))).toBe('');
  });
});

describe('recordLines', () => {
  it('gives each lesson and the final check its best score and whether it is passed', () => {
    const progress = {
      version: 5 as const,
      lessons: {
        one: { best: { score: 6, total: 7, at: at(1) } },
        two: { best: { score: 2, total: 7, at: at(1) } },
        'final-check': { best: { score: 16, total: 19, at: at(2) } },
      },
    };
    const lines = recordLines(
      progress,
      [
        { id: 'one', title: 'One' },
        { id: 'two', title: 'Two' },
        { id: 'three', title: 'Three' },
      ],
      { title: 'Final check' },
    );
    expect(lines).toEqual([
      { id: 'one', title: 'One', best: '6 of 7', passed: true },
      { id: 'two', title: 'Two', best: '2 of 7', passed: false },
      { id: 'three', title: 'Three', passed: false },
      { id: 'final-check', title: 'Final check', best: '16 of 19', passed: true },
    ]);
  });
});

describe('profileLine', () => {
  it('names each difference with both scores, leaving out differences no longer in the content', () => {
    const scores = { focus: { leadership: 58, management: 75 }, gone: { leadership: 1, management: 2 } };
    expect(profileLine(scores, { focus: 'Focus' })).toBe('Focus: leadership 58, management 75');
  });
});
