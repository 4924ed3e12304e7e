import { describe, expect, it } from 'vitest';
import { FakeStorage } from '../fake-storage';
import {
  ATTEMPTS_KEY,
  MAX_ATTEMPTS,
  clearAttempts,
  emptyAttempts,
  exportAttempts,
  latestAttempt,
  mergeAttempts,
  mergeAttemptsImport,
  parseAttempts,
  readAttempts,
  reconcileAttempts,
  recordSelfAssessment,
  validateAttemptsImport,
  writeAttempts,
  type Attempts,
  type SelfAssessmentAttempt,
} from './attempts';

const at = (day: number) => new Date(Date.UTC(2025, 4, day, 12)).toISOString();
const attempt = (day: number, lead = 60): SelfAssessmentAttempt => ({
  at: at(day),
  answers: { 'why-first': 4, 'plan-week': 2 },
  scores: { focus: { leadership: lead, management: 40 } },
});
const attemptsOf = (...list: SelfAssessmentAttempt[]): Attempts => ({ version: 1, attempts: list });
const stored = (data: unknown) => new FakeStorage({ [ATTEMPTS_KEY]: JSON.stringify(data) });
const NOW = Date.UTC(2025, 4, 20);

describe('readAttempts', () => {
  it('starts empty without a problem, and reads valid attempts oldest first', () => {
    expect(readAttempts(new FakeStorage())).toEqual({ attempts: emptyAttempts() });
    expect(readAttempts(stored(attemptsOf(attempt(5), attempt(2))), NOW)).toEqual({
      attempts: attemptsOf(attempt(2), attempt(5)),
    });
  });

  it('reports blocked storage as unavailable', () => {
    const storage = new FakeStorage();
    storage.fail = new DOMException('denied', 'SecurityError');
    expect(readAttempts(storage).problem).toBe('unavailable');
  });

  it.each([
    ['broken JSON', '{"version":1,'],
    ['foreign data', '{"theme":"dark"}'],
    ['attempts that are not a list', '{"version":1,"attempts":{}}'],
  ])('resets %s with the unreadable notice', (_, raw) => {
    expect(parseAttempts(raw)).toEqual({ attempts: emptyAttempts(), problem: 'unreadable' });
  });

  it.each([
    ['an answer out of range', { ...attempt(3), answers: { x: 6 } }],
    ['a fractional answer', { ...attempt(3), answers: { x: 2.5 } }],
    ['a bad statement id', { ...attempt(3), answers: { 'Not A Slug': 2 } }],
    ['a score over 100', { ...attempt(3), scores: { focus: { leadership: 101, management: 0 } } }],
    ['a score with an extra side', { ...attempt(3), scores: { focus: { leadership: 1, management: 0, both: 3 } } }],
    ['no scores', { ...attempt(3), scores: {} }],
    ['a bad date', { ...attempt(3), at: 'last week' }],
    ['an unknown field', { ...attempt(3), name: 'Sam' }],
  ])('drops an attempt with %s and says so', (_, bad) => {
    const result = parseAttempts(JSON.stringify(attemptsOf(attempt(2), bad as SelfAssessmentAttempt)), NOW);
    expect(result).toEqual({ attempts: attemptsOf(attempt(2)), problem: 'unreadable' });
  });

  it('clamps a date more than a day ahead to now', () => {
    const future = { ...attempt(1), at: new Date(NOW + 5 * 86_400_000).toISOString() };
    expect(parseAttempts(JSON.stringify(attemptsOf(future)), NOW).attempts.attempts[0]!.at).toBe(
      new Date(NOW).toISOString(),
    );
  });

  it('never overwrites data from a newer version', () => {
    const storage = stored({ version: 2, attempts: [], extra: 1 });
    expect(readAttempts(storage).problem).toBe('future-version');
    expect(recordSelfAssessment(storage, emptyAttempts(), attempt(3)).problem).toBe('future-version');
    expect(storage.json(ATTEMPTS_KEY)).toEqual({ version: 2, attempts: [], extra: 1 });
  });
});

describe('mergeAttempts', () => {
  it('keeps every attempt once, oldest first, whichever order', () => {
    const a = attemptsOf(attempt(1), attempt(3));
    const b = attemptsOf(attempt(3), attempt(2));
    expect(mergeAttempts(a, b)).toEqual(attemptsOf(attempt(1), attempt(2), attempt(3)));
    expect(mergeAttempts(b, a)).toEqual(mergeAttempts(a, b));
  });

  it('picks the same one of two different attempts at the same moment, in either order', () => {
    const a = attemptsOf(attempt(3, 10));
    const b = attemptsOf(attempt(3, 90));
    expect(mergeAttempts(a, b)).toEqual(mergeAttempts(b, a));
    expect(mergeAttempts(a, b).attempts).toHaveLength(1);
  });

  it('keeps only the newest attempts', () => {
    const many = attemptsOf(...Array.from({ length: MAX_ATTEMPTS + 5 }, (_, i) => ({ ...attempt(1), at: at(1 + i) })));
    const merged = mergeAttempts(emptyAttempts(), many);
    expect(merged.attempts).toHaveLength(MAX_ATTEMPTS);
    expect(merged.attempts[0]!.at).toBe(at(6));
    expect(latestAttempt(merged)!.at).toBe(at(MAX_ATTEMPTS + 5));
  });
});

describe('recordSelfAssessment', () => {
  it('saves the attempt next to what another tab saved meanwhile', () => {
    const storage = stored(attemptsOf(attempt(2)));
    expect(recordSelfAssessment(storage, emptyAttempts(), attempt(4)).problem).toBeUndefined();
    expect(storage.json(ATTEMPTS_KEY)).toEqual(attemptsOf(attempt(2), attempt(4)));
  });

  it('keeps the attempt in memory when storage is full or blocked', () => {
    const full = new FakeStorage();
    full.failSet = new DOMException('quota', 'QuotaExceededError');
    expect(recordSelfAssessment(full, emptyAttempts(), attempt(4))).toEqual({
      attempts: attemptsOf(attempt(4)),
      problem: 'full',
    });
    expect(recordSelfAssessment(null, emptyAttempts(), attempt(4)).problem).toBe('unavailable');
  });

  it('replaces unreadable data', () => {
    const storage = new FakeStorage({ [ATTEMPTS_KEY]: '[1,2' });
    recordSelfAssessment(storage, emptyAttempts(), attempt(4));
    expect(storage.json(ATTEMPTS_KEY)).toEqual(attemptsOf(attempt(4)));
  });
});

describe('reconcileAttempts (the storage event)', () => {
  it('writes back when two tabs saved at once and the stored copy lost this tab’s attempt', () => {
    const storage = new FakeStorage();
    const tabA = recordSelfAssessment(storage, emptyAttempts(), attempt(4)).attempts;
    storage.items.set(ATTEMPTS_KEY, JSON.stringify(attemptsOf(attempt(5))));
    const { attempts, writeBack } = reconcileAttempts(tabA, storage.items.get(ATTEMPTS_KEY)!);
    expect(writeBack).toBe(true);
    expect(writeAttempts(storage, attempts)).toBeUndefined();
    expect(storage.json(ATTEMPTS_KEY)).toEqual(attemptsOf(attempt(4), attempt(5)));
    expect(reconcileAttempts(attempts, storage.items.get(ATTEMPTS_KEY)!).writeBack).toBe(false);
  });

  it('forgets everything after a reset in another tab, and clearAttempts resets', () => {
    expect(reconcileAttempts(attemptsOf(attempt(1)), null)).toEqual({ attempts: emptyAttempts(), writeBack: false });
    const storage = stored(attemptsOf(attempt(1)));
    expect(clearAttempts(storage)).toBeUndefined();
    expect(readAttempts(storage)).toEqual({ attempts: emptyAttempts() });
  });
});

describe('export and import', () => {
  it('round-trips an export', () => {
    const attempts = attemptsOf(attempt(1), attempt(2));
    expect(validateAttemptsImport(JSON.parse(JSON.stringify(exportAttempts(attempts))), NOW)).toEqual({
      ok: true,
      attempts,
    });
  });

  it.each([
    ['garbage', 42, /not in a form this site knows/],
    ['a newer version', { version: 2, attempts: [] }, /newer version/],
    ['a wrong shape', { version: 1, attempts: 'all' }, /not a list of attempts/],
    ['a bad attempt', { version: 1, attempts: [{ ...attempt(1), answers: { x: 9 } }] }, /attempts\[0\]: answers/],
  ])('refuses %s with a reason', (_, value, reason) => {
    const result = validateAttemptsImport(value, NOW);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });

  it('merges an import and counts the new attempts', () => {
    const { attempts, added } = mergeAttemptsImport(attemptsOf(attempt(1)), attemptsOf(attempt(1), attempt(2)));
    expect(added).toBe(1);
    expect(attempts).toEqual(attemptsOf(attempt(1), attempt(2)));
  });
});
