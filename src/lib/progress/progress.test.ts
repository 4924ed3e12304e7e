import { describe, expect, it } from 'vitest';
import {
  PROGRESS_KEY,
  clearProgress,
  exportProgress,
  mergeProgressImport,
  reconcileProgress,
  recordVisit,
  validateProgressImport,
  writeProgress,
  emptyProgress,
  isComplete,
  lessonProgress,
  mergeProgress,
  parseProgress,
  readProgress,
  recordAttempt,
  recordWritten,
  recordReview,
  forgetQuestions,
  MAX_WRITTEN_LENGTH,
  type Attempt,
  type Progress,
  type ProgressStorage,
  type WrittenAnswer,
} from './progress';

/** An in-memory Storage that can be told to fail the way browsers do. */
class FakeStorage implements ProgressStorage {
  readonly items = new Map<string, string>();
  failGet?: Error;
  failSet?: Error;
  constructor(initial: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(initial)) this.items.set(k, v);
  }
  getItem(key: string): string | null {
    if (this.failGet) throw this.failGet;
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failSet) throw this.failSet;
    this.items.set(key, value);
  }
  saved(): unknown {
    const raw = this.items.get(PROGRESS_KEY);
    return raw === undefined ? undefined : JSON.parse(raw);
  }
}

const stored = (data: unknown) => new FakeStorage({ [PROGRESS_KEY]: JSON.stringify(data) });
const attempt = (score: number, total: number, day: number): Attempt => ({
  score,
  total,
  at: new Date(Date.UTC(2025, 4, day, 12)).toISOString(),
});
const progressOf = (lessons: Progress['lessons']): Progress => ({ version: 5, lessons });
const at = (day: number, hour = 12) => new Date(Date.UTC(2025, 4, day, hour)).toISOString();
const writtenAnswer = (text: string, day: number, met: number[] = []): WrittenAnswer => ({ text, met, at: at(day) });

describe('readProgress', () => {
  it('starts empty, without a problem, when nothing is saved', () => {
    expect(readProgress(new FakeStorage())).toEqual({ progress: emptyProgress() });
  });

  it('reads a valid version 4 record with every field', () => {
    const data = progressOf({
      'what-management-is': {
        best: { ...attempt(7, 7, 3), wrong: [], criteria: { met: 3, total: 3 } },
        latest: { ...attempt(5, 7, 4), wrong: ['florist-orders', 'tools'], criteria: { met: 1, total: 3 } },
        written: { 'rewrite-note': writtenAnswer('Sort the stockroom by Friday noon.', 4, [0, 2]) },
        seen: { 'florist-orders': at(4), tools: at(4), 'rewrite-note': at(4) },
        visit: { at: at(5), section: 'plans-and-rotas' },
      },
      'final-check': { written: { 'own-team': writtenAnswer('Draft', 5) } },
    });
    expect(readProgress(stored(data))).toEqual({ progress: data });
  });

  it('migrates version 2 (best and latest per lesson) to version 4 unchanged', () => {
    const lessons = { 'what-management-is': { best: attempt(7, 7, 3), latest: attempt(5, 7, 4) } };
    expect(readProgress(stored({ version: 2, lessons }))).toEqual({ progress: progressOf(lessons) });
  });

  it('does not read version 1, a format that never shipped', () => {
    const v1 = { version: 1, results: { 'what-management-is': { score: 6, total: 7, date: at(3) } } };
    expect(readProgress(stored(v1))).toEqual({ progress: emptyProgress(), problem: 'unreadable' });
  });

  it('reports storage that is missing (blocked) as unavailable', () => {
    expect(readProgress(null)).toEqual({ progress: emptyProgress(), problem: 'unavailable' });
  });

  it('reports storage that throws on access as unavailable', () => {
    const storage = new FakeStorage();
    storage.failGet = new DOMException('The operation is insecure.', 'SecurityError');
    expect(readProgress(storage)).toEqual({ progress: emptyProgress(), problem: 'unavailable' });
  });

  it('reports corrupted JSON as unreadable', () => {
    const storage = new FakeStorage({ [PROGRESS_KEY]: '{"version":2,"lessons":{' });
    expect(readProgress(storage)).toEqual({ progress: emptyProgress(), problem: 'unreadable' });
  });

  it.each([
    ['an array', []],
    ['a number', 42],
    ['null', null],
    ['no version', { lessons: {} }],
    ['a version that is text', { version: '3', lessons: {} }],
    ['version 0', { version: 0, lessons: {} }],
    ['lessons that are a list', { version: 3, lessons: [] }],
    ['an unknown top-level field', { version: 3, lessons: {}, streak: 4 }],
  ])('reports a wrong shape (%s) as unreadable', (_, data) => {
    expect(readProgress(stored(data))).toEqual({ progress: emptyProgress(), problem: 'unreadable' });
  });

  it('keeps the valid lessons and drops broken ones, reporting unreadable', () => {
    const good = { best: attempt(6, 7, 3), latest: attempt(6, 7, 3) };
    const result = readProgress(
      stored({
        version: 3,
        lessons: {
          'what-management-is': good,
          'score-above-total': { best: attempt(8, 7, 3) },
          'bad-date': { best: { score: 1, total: 7, at: 'yesterday' } },
          fraction: { best: { score: 1.5, total: 7, at: attempt(1, 7, 3).at } },
          'no-questions': { best: attempt(0, 0, 3) },
          'Not A Lesson Id': good,
          empty: {},
        },
      }),
    );
    expect(result).toEqual({ progress: progressOf({ 'what-management-is': good }), problem: 'unreadable' });
  });

  it('keeps the readable fields of a check and drops the rest, reporting unreadable', () => {
    const good = writtenAnswer('Kept', 3);
    const result = readProgress(
      stored({
        version: 3,
        lessons: {
          one: {
            best: attempt(6, 7, 3),
            latest: { ...attempt(6, 7, 3), wrong: ['a', 'b'] }, // two wrong of one missed: impossible
            written: {
              kept: good,
              'not-text': { text: 42, met: [], at: at(3) },
              'met-repeated': { ...good, met: [1, 1] },
              'met-negative': { ...good, met: [-1] },
              'too-long': { ...good, text: 'x'.repeat(MAX_WRITTEN_LENGTH + 1) },
              'extra-field': { ...good, score: 3 },
              'Bad Id': good,
            },
            seen: { q: at(3), r: 'last Tuesday' },
            notes: 'an unknown field',
          },
        },
      }),
    );
    expect(result).toEqual({
      progress: progressOf({ one: { best: attempt(6, 7, 3), written: { kept: good }, seen: { q: at(3) } } }),
      problem: 'unreadable',
    });
  });

  it.each([
    ['met above total', { met: 4, total: 3 }],
    ['no criteria', { met: 0, total: 0 }],
    ['an extra field', { met: 1, total: 3, of: 3 }],
  ])('drops an attempt whose criteria have %s', (_, criteria) => {
    const result = readProgress(stored(progressOf({ one: { best: { ...attempt(1, 2, 3), criteria } } })));
    expect(result).toEqual({ progress: emptyProgress(), problem: 'unreadable' });
  });

  it('does not accept version 3 fields in version 2 data', () => {
    const result = readProgress(
      stored({ version: 2, lessons: { one: { best: attempt(1, 2, 3), seen: { q: at(3) } } } }),
    );
    expect(result).toEqual({ progress: progressOf({ one: { best: attempt(1, 2, 3) } }), problem: 'unreadable' });
  });

  it('never lets a stored "__proto__" entry reach the prototype', () => {
    const raw = `{"version":3,"lessons":{"__proto__":${JSON.stringify({ best: attempt(7, 7, 3), latest: attempt(7, 7, 3) })}}}`;
    const { progress, problem } = parseProgress(raw);
    expect(problem).toBe('unreadable');
    expect(Object.getPrototypeOf(progress.lessons)).toBe(Object.prototype);
    expect(lessonProgress(progress, '__proto__')).toBeUndefined();
  });

  it('reports data from a newer version as future-version and does not read it', () => {
    expect(readProgress(stored({ version: 6, lessons: {}, badges: [] }))).toEqual({
      progress: emptyProgress(),
      problem: 'future-version',
    });
  });
});

describe('isComplete and lessonProgress', () => {
  it('a lesson is complete when its best score reaches the pass mark', () => {
    expect(isComplete({ best: attempt(6, 7, 3), latest: attempt(2, 7, 4) })).toBe(true);
    expect(isComplete({ best: attempt(5, 7, 3), latest: attempt(5, 7, 3) })).toBe(false);
    expect(isComplete(undefined)).toBe(false);
    expect(isComplete({ written: { q: writtenAnswer('Only a written answer', 3) } })).toBe(false);
  });

  it('does not mistake Object.prototype members for lessons', () => {
    expect(lessonProgress(emptyProgress(), 'constructor')).toBeUndefined();
    expect(isComplete(lessonProgress(emptyProgress(), 'constructor'))).toBe(false);
  });
});

describe('mergeProgress', () => {
  it('keeps lessons from both sides', () => {
    const a = progressOf({ one: { best: attempt(1, 2, 1), latest: attempt(1, 2, 1) } });
    const b = progressOf({ two: { best: attempt(2, 2, 2), latest: attempt(2, 2, 2) } });
    expect(Object.keys(mergeProgress(a, b).lessons).sort()).toEqual(['one', 'two']);
  });

  it('takes the better best and the later latest, whichever side they are on', () => {
    const a = progressOf({ one: { best: attempt(7, 7, 1), latest: attempt(7, 7, 1) } });
    const b = progressOf({ one: { best: attempt(6, 7, 2), latest: attempt(3, 7, 5) } });
    const expected = { best: attempt(7, 7, 1), latest: attempt(3, 7, 5) };
    expect(mergeProgress(a, b).lessons.one).toEqual(expected);
    expect(mergeProgress(b, a).lessons.one).toEqual(expected);
  });

  it('compares scores as shares when the number of questions changed', () => {
    const a = progressOf({ one: { best: attempt(4, 5, 1), latest: attempt(4, 5, 1) } });
    const b = progressOf({ one: { best: attempt(6, 8, 2), latest: attempt(6, 8, 2) } });
    expect(mergeProgress(a, b).lessons.one?.best).toEqual(attempt(4, 5, 1));
  });

  it('keeps the later of each written answer and the later time each question was seen', () => {
    const a = progressOf({
      one: { written: { x: writtenAnswer('old', 1), y: writtenAnswer('new y', 4) }, seen: { x: at(1), y: at(6) } },
    });
    const b = progressOf({ one: { written: { x: writtenAnswer('new x', 2) }, seen: { x: at(5), z: at(2) } } });
    const expected = {
      written: { x: writtenAnswer('new x', 2), y: writtenAnswer('new y', 4) },
      seen: { x: at(5), y: at(6), z: at(2) },
    };
    expect(mergeProgress(a, b).lessons.one).toEqual(expected);
    expect(mergeProgress(b, a).lessons.one).toEqual(expected);
  });

  it('picks the same one of two answers saved at the same moment, whichever side it is on', () => {
    const a = progressOf({ one: { written: { x: writtenAnswer('from tab A', 3) } } });
    const b = progressOf({ one: { written: { x: writtenAnswer('from tab B', 3) } } });
    expect(mergeProgress(a, b)).toEqual(mergeProgress(b, a));
  });

  it('keeps attempts and written answers of the same check together', () => {
    const a = progressOf({ one: { best: attempt(1, 2, 1), latest: attempt(1, 2, 1) } });
    const b = progressOf({ one: { written: { x: writtenAnswer('text', 2) } } });
    expect(mergeProgress(a, b).lessons.one).toEqual({
      best: attempt(1, 2, 1),
      latest: attempt(1, 2, 1),
      written: { x: writtenAnswer('text', 2) },
    });
  });

  it('on an equal best keeps the earliest date it was reached', () => {
    const a = progressOf({ one: { best: attempt(7, 7, 9), latest: attempt(7, 7, 9) } });
    const b = progressOf({ one: { best: attempt(7, 7, 2), latest: attempt(7, 7, 2) } });
    expect(mergeProgress(a, b).lessons.one?.best).toEqual(attempt(7, 7, 2));
  });
});

describe('recordAttempt', () => {
  it('saves the first attempt as best and latest under the one versioned key', () => {
    const storage = new FakeStorage();
    const result = recordAttempt(storage, emptyProgress(), 'what-management-is', attempt(5, 7, 3));
    expect(result.problem).toBeUndefined();
    expect(storage.saved()).toEqual(
      progressOf({ 'what-management-is': { best: attempt(5, 7, 3), latest: attempt(5, 7, 3) } }),
    );
    expect([...storage.items.keys()]).toEqual([PROGRESS_KEY]);
  });

  it('keeps a pass when a later attempt fails, and shows the later attempt as latest', () => {
    const storage = new FakeStorage();
    const first = recordAttempt(storage, emptyProgress(), 'one', attempt(7, 7, 3));
    const second = recordAttempt(storage, first.progress, 'one', attempt(2, 7, 4));
    expect(second.progress.lessons.one).toEqual({ best: attempt(7, 7, 3), latest: attempt(2, 7, 4) });
    expect(isComplete(second.progress.lessons.one)).toBe(true);
    expect(storage.saved()).toEqual(second.progress);
  });

  it('merges with what another tab saved since this page read storage', () => {
    const storage = new FakeStorage();
    const thisTab = readProgress(storage).progress;
    // Another tab saves a result for a different lesson, then one for this lesson.
    recordAttempt(storage, emptyProgress(), 'what-leadership-is', attempt(4, 4, 5));
    recordAttempt(storage, emptyProgress(), 'one', attempt(7, 7, 5));
    const result = recordAttempt(storage, thisTab, 'one', attempt(3, 7, 6));
    expect(storage.saved()).toEqual(
      progressOf({
        'what-leadership-is': { best: attempt(4, 4, 5), latest: attempt(4, 4, 5) },
        one: { best: attempt(7, 7, 5), latest: attempt(3, 7, 6) },
      }),
    );
    expect(result.progress).toEqual(storage.saved());
  });

  it('reports a full storage (QuotaExceededError) and still returns the attempt', () => {
    const storage = new FakeStorage();
    storage.failSet = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const result = recordAttempt(storage, emptyProgress(), 'one', attempt(6, 7, 3));
    expect(result.problem).toBe('full');
    expect(isComplete(result.progress.lessons.one)).toBe(true);
    expect(storage.saved()).toBeUndefined();
  });

  it('recognises the quota error by its Firefox name too', () => {
    const storage = new FakeStorage();
    storage.failSet = new DOMException('Quota reached', 'NS_ERROR_DOM_QUOTA_REACHED');
    expect(recordAttempt(storage, emptyProgress(), 'one', attempt(6, 7, 3)).problem).toBe('full');
  });

  it('reports other write errors as unavailable', () => {
    const storage = new FakeStorage();
    storage.failSet = new DOMException('The operation is insecure.', 'SecurityError');
    expect(recordAttempt(storage, emptyProgress(), 'one', attempt(6, 7, 3)).problem).toBe('unavailable');
  });

  it('keeps results in memory when storage throws on access, so the best still counts', () => {
    const storage = new FakeStorage();
    storage.failGet = new DOMException('The operation is insecure.', 'SecurityError');
    storage.failSet = storage.failGet;
    const first = recordAttempt(storage, emptyProgress(), 'one', attempt(7, 7, 3));
    const second = recordAttempt(storage, first.progress, 'one', attempt(1, 7, 4));
    expect(second.problem).toBe('unavailable');
    expect(second.progress.lessons.one).toEqual({ best: attempt(7, 7, 3), latest: attempt(1, 7, 4) });
  });

  it('works without any storage at all', () => {
    const result = recordAttempt(null, emptyProgress(), 'one', attempt(7, 7, 3));
    expect(result.problem).toBe('unavailable');
    expect(isComplete(result.progress.lessons.one)).toBe(true);
  });

  it('replaces corrupted data with a valid record', () => {
    const storage = new FakeStorage({ [PROGRESS_KEY]: 'not json at all' });
    const result = recordAttempt(storage, emptyProgress(), 'one', attempt(7, 7, 3));
    expect(result.problem).toBeUndefined();
    expect(readProgress(storage)).toEqual({ progress: result.progress });
  });

  it('keeps the valid lessons of a partly broken record when it writes', () => {
    const good = { best: attempt(4, 4, 1), latest: attempt(4, 4, 1) };
    const storage = stored({ version: 2, lessons: { two: good, three: { best: 'full marks' } } });
    recordAttempt(storage, emptyProgress(), 'one', attempt(7, 7, 3));
    expect(storage.saved()).toEqual(
      progressOf({ two: good, one: { best: attempt(7, 7, 3), latest: attempt(7, 7, 3) } }),
    );
  });

  it('never overwrites data from a newer version of the site', () => {
    const future = JSON.stringify({ version: 6, lessons: {}, badges: ['early-bird'] });
    const storage = new FakeStorage({ [PROGRESS_KEY]: future });
    const result = recordAttempt(storage, emptyProgress(), 'one', attempt(7, 7, 3));
    expect(result.problem).toBe('future-version');
    expect(storage.items.get(PROGRESS_KEY)).toBe(future);
    expect(isComplete(result.progress.lessons.one)).toBe(true);
  });

  it('writes migrated version 2 data back as version 5', () => {
    const storage = stored({ version: 2, lessons: { two: { best: attempt(3, 4, 1), latest: attempt(3, 4, 1) } } });
    recordAttempt(storage, readProgress(storage).progress, 'one', attempt(7, 7, 3));
    const saved = storage.saved() as Progress;
    expect(saved.version).toBe(5);
    expect(saved.lessons.two).toEqual({ best: attempt(3, 4, 1), latest: attempt(3, 4, 1) });
  });

  it('records which questions were answered wrong, and when each question was seen', () => {
    const storage = new FakeStorage();
    const latest = { ...attempt(5, 7, 3), wrong: ['b', 'e'], criteria: { met: 2, total: 3 } };
    recordAttempt(storage, emptyProgress(), 'one', latest, ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'w']);
    const saved = (storage.saved() as Progress).lessons.one!;
    expect(saved.latest).toEqual(latest);
    expect(saved.seen).toEqual(
      Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'w'].map((id) => [id, latest.at])),
    );
    expect(readProgress(storage)).toEqual({ progress: storage.saved() });
  });
});

describe('recordWritten', () => {
  it('saves a written answer beside the attempts, and a later edit replaces it', () => {
    const storage = new FakeStorage();
    const first = recordAttempt(storage, emptyProgress(), 'one', attempt(4, 5, 1));
    const typed = recordWritten(storage, first.progress, 'one', 'rewrite', writtenAnswer('Sort the', 2));
    const edited = recordWritten(
      storage,
      typed.progress,
      'one',
      'rewrite',
      writtenAnswer('Sort the stockroom', 3, [1]),
    );
    expect(edited.problem).toBeUndefined();
    expect(storage.saved()).toEqual(
      progressOf({
        one: {
          best: attempt(4, 5, 1),
          latest: attempt(4, 5, 1),
          written: { rewrite: writtenAnswer('Sort the stockroom', 3, [1]) },
        },
      }),
    );
  });

  it('keeps an answer typed in another tab for another question', () => {
    const storage = new FakeStorage();
    const thisTab = readProgress(storage).progress;
    recordWritten(storage, emptyProgress(), 'one', 'other', writtenAnswer('From the other tab', 2));
    recordWritten(storage, thisTab, 'one', 'rewrite', writtenAnswer('From this tab', 3));
    expect((storage.saved() as Progress).lessons.one?.written).toEqual({
      other: writtenAnswer('From the other tab', 2),
      rewrite: writtenAnswer('From this tab', 3),
    });
  });

  it('cuts an over-long answer to the length that can be read back', () => {
    const storage = new FakeStorage();
    recordWritten(storage, emptyProgress(), 'one', 'q', writtenAnswer('x'.repeat(MAX_WRITTEN_LENGTH + 50), 2));
    expect(readProgress(storage).problem).toBeUndefined();
    expect(readProgress(storage).progress.lessons.one?.written?.q?.text).toHaveLength(MAX_WRITTEN_LENGTH);
  });

  it('reports a full storage and keeps the answer in memory', () => {
    const storage = new FakeStorage();
    storage.failSet = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const result = recordWritten(storage, emptyProgress(), 'one', 'q', writtenAnswer('Text', 2));
    expect(result.problem).toBe('full');
    expect(result.progress.lessons.one?.written?.q?.text).toBe('Text');
  });
});

describe('visits', () => {
  it('reads version 3 without visits, and refuses a visit field in version 3 data', () => {
    const lessons = { one: { best: attempt(3, 4, 1), visit: { at: at(2) } } };
    const read = readProgress(stored({ version: 3, lessons }));
    expect(read.problem).toBe('unreadable');
    expect(read.progress.lessons.one).toEqual({ best: attempt(3, 4, 1) });
  });

  it('records the last visit and its section; the later visit wins between tabs', () => {
    const storage = new FakeStorage();
    const first = recordVisit(storage, emptyProgress(), 'one', { at: at(2), section: 'why' });
    recordVisit(storage, emptyProgress(), 'one', { at: at(3), section: 'how' });
    const { progress } = recordVisit(storage, first.progress, 'two', { at: at(1) });
    expect(progress.lessons.one!.visit).toEqual({ at: at(3), section: 'how' });
    expect(progress.lessons.two!.visit).toEqual({ at: at(1) });
  });

  it('drops a visit whose section is not a heading id', () => {
    const read = readProgress(stored(progressOf({ one: { visit: { at: at(2), section: '<img src=x>' } } })));
    expect(read.progress.lessons).toEqual({});
    expect(read.problem).toBe('unreadable');
  });
});

describe('stored numbers and dates', () => {
  it('brings times more than a day ahead of the clock back to now, and keeps those within a day', () => {
    const now = Date.UTC(2025, 4, 10, 12);
    const soon = new Date(now + 3_600_000).toISOString();
    const data = progressOf({
      one: { best: attempt(4, 4, 20), latest: { ...attempt(4, 4, 1), at: soon }, seen: { q: at(30) } },
    });
    const { progress } = parseProgress(JSON.stringify(data), now);
    const nowIso = new Date(now).toISOString();
    expect(progress.lessons.one!.best!.at).toBe(nowIso);
    expect(progress.lessons.one!.latest!.at).toBe(soon);
    expect(progress.lessons.one!.seen).toEqual({ q: nowIso });
  });

  it.each([
    ['a score above the total', { score: 8, total: 7 }],
    ['a fractional score', { score: 2.5, total: 7 }],
    ['a negative score', { score: -1, total: 7 }],
    ['a total of zero', { score: 0, total: 0 }],
  ])('drops an attempt with %s', (_name, numbers) => {
    const read = readProgress(stored(progressOf({ one: { best: { ...numbers, at: at(1) } } as never })));
    expect(read.progress.lessons).toEqual({});
    expect(read.problem).toBe('unreadable');
  });
});

describe('reconcileProgress (the storage event)', () => {
  it('asks to write back when the stored copy lacks a result this page holds', () => {
    const mine = progressOf({ one: { best: attempt(4, 4, 1), latest: attempt(4, 4, 1) } });
    const theirs = progressOf({ two: { best: attempt(3, 4, 1), latest: attempt(3, 4, 1) } });
    const { progress, writeBack } = reconcileProgress(mine, JSON.stringify(theirs));
    expect(Object.keys(progress.lessons).sort()).toEqual(['one', 'two']);
    expect(writeBack).toBe(true);
  });

  it('does not write back when the stored copy already holds everything', () => {
    const both = progressOf({ two: { best: attempt(3, 4, 1) }, one: { best: attempt(4, 4, 1) } });
    const mine = progressOf({ one: { best: attempt(4, 4, 1) } });
    expect(reconcileProgress(mine, JSON.stringify(both)).writeBack).toBe(false);
  });

  it('forgets everything after a reset in another tab, and leaves a newer version alone', () => {
    const mine = progressOf({ one: { best: attempt(4, 4, 1) } });
    expect(reconcileProgress(mine, null)).toEqual({ progress: emptyProgress(), writeBack: false });
    expect(reconcileProgress(mine, JSON.stringify({ version: 9, lessons: {} }))).toEqual({
      progress: mine,
      writeBack: false,
    });
  });

  it('writeProgress never writes over a newer version; clearProgress removes the key', () => {
    const future = JSON.stringify({ version: 9, lessons: {} });
    const storage = new FakeStorage({ [PROGRESS_KEY]: future });
    expect(writeProgress(storage, emptyProgress())).toBe('future-version');
    expect(storage.items.get(PROGRESS_KEY)).toBe(future);
    const removable = Object.assign(new FakeStorage({ [PROGRESS_KEY]: '{}' }), {
      removeItem(this: FakeStorage, key: string) {
        this.items.delete(key);
      },
    });
    expect(clearProgress(removable)).toBeUndefined();
    expect(removable.items.has(PROGRESS_KEY)).toBe(false);
    expect(clearProgress(null)).toBe('unavailable');
  });
});

describe('import', () => {
  const now = Date.UTC(2025, 5, 1);

  it('accepts an exported record, and refuses garbage, a damaged entry and a newer version', () => {
    const good = exportProgress(progressOf({ two: { best: attempt(3, 4, 1) }, one: { best: attempt(4, 4, 1) } }));
    expect(Object.keys(good.lessons)).toEqual(['one', 'two']);
    expect(validateProgressImport(JSON.parse(JSON.stringify(good)), now)).toEqual({ ok: true, progress: good });
    expect(validateProgressImport('hello', now)).toMatchObject({ ok: false, reason: /not in a form/ });
    expect(
      validateProgressImport({ version: 4, lessons: { one: { best: { score: 9, total: 4, at: at(1) } } } }, now),
    ).toMatchObject({ ok: false, reason: /damaged/ });
    expect(validateProgressImport({ version: 6, lessons: {} }, now)).toMatchObject({ ok: false, reason: /newer/ });
  });

  it('keeps the better result per check and says what changed', () => {
    const current = progressOf({
      one: { best: attempt(3, 4, 1), latest: attempt(3, 4, 1) },
      two: { best: attempt(4, 4, 2), latest: attempt(4, 4, 2) },
      three: { best: attempt(2, 4, 2) },
    });
    const incoming = progressOf({
      one: { best: attempt(4, 4, 3), latest: attempt(4, 4, 3) },
      two: { best: attempt(1, 4, 1), latest: attempt(1, 4, 1) },
      three: { best: attempt(2, 4, 2) },
      four: { best: attempt(4, 4, 4) },
    });
    const { progress, changes } = mergeProgressImport(current, incoming);
    expect(progress.lessons.one!.best).toEqual(attempt(4, 4, 3));
    expect(progress.lessons.two!.best).toEqual(attempt(4, 4, 2));
    expect(progress.lessons.two!.latest).toEqual(attempt(4, 4, 2));
    expect(changes).toEqual([
      { id: 'four', change: 'added' },
      { id: 'one', change: 'better' },
    ]);
  });
});

describe('a result saved before the check changed', () => {
  it('keeps its own total and its pass, and is compared with a new result by share', () => {
    const old = { best: attempt(6, 7, 1), latest: attempt(6, 7, 1) };
    const read = readProgress(stored(progressOf({ one: old })));
    expect(read).toEqual({ progress: progressOf({ one: old }) });
    expect(isComplete(read.progress.lessons.one)).toBe(true);
    // 7 of 8 (87.5%) beats 6 of 7 (85.7%); 6 of 8 (75%) does not.
    const better = recordAttempt(null, read.progress, 'one', attempt(7, 8, 2)).progress.lessons.one!;
    expect(better.best).toEqual(attempt(7, 8, 2));
    const worse = recordAttempt(null, read.progress, 'one', attempt(6, 8, 2)).progress.lessons.one!;
    expect(worse.best).toEqual(attempt(6, 7, 1));
    expect(worse.latest).toEqual(attempt(6, 8, 2));
  });
});

describe('review marks (version 5)', () => {
  const mark = (day: number, box: number) => ({ at: at(day), box });

  it('reads version 4 without review marks, and refuses a review field in version 4 data', () => {
    const lessons = { one: { best: attempt(3, 4, 1), visit: { at: at(2) } } };
    expect(readProgress(stored({ version: 4, lessons }))).toEqual({ progress: progressOf(lessons) });
    const read = readProgress(stored({ version: 4, lessons: { one: { ...lessons.one, review: { q: mark(2, 1) } } } }));
    expect(read.problem).toBe('unreadable');
    expect(read.progress.lessons.one).toEqual(lessons.one);
  });

  it('drops marks with a box outside 0-4, a bad time or an extra field, keeping the good ones', () => {
    const review = { a: mark(2, 1), b: mark(2, 5), c: { at: 'soon', box: 1 }, d: { ...mark(2, 1), streak: 3 } };
    const read = readProgress(stored(progressOf({ one: { review } })));
    expect(read.problem).toBe('unreadable');
    expect(read.progress.lessons.one).toEqual({ review: { a: mark(2, 1) } });
  });

  it('brings a mark dated more than a day ahead back to now', () => {
    const now = Date.UTC(2025, 4, 3, 12);
    const read = readProgress(stored(progressOf({ one: { review: { a: mark(20, 2) } } })), now);
    expect(read.progress.lessons.one!.review!.a).toEqual({ at: new Date(now).toISOString(), box: 2 });
  });

  it('keeps the later mark of each question between tabs', () => {
    const a = progressOf({ one: { review: { x: mark(2, 1), y: mark(3, 0) } } });
    const b = progressOf({ one: { review: { x: mark(4, 2), z: mark(1, 3) } } });
    const merged = { one: { review: { x: mark(4, 2), y: mark(3, 0), z: mark(1, 3) } } };
    expect(mergeProgress(a, b).lessons).toEqual(merged);
    expect(mergeProgress(b, a).lessons).toEqual(merged);
  });

  it('saves review marks of several checks and never changes a best or latest attempt', () => {
    const one = { best: attempt(2, 4, 1), latest: { ...attempt(2, 4, 1), wrong: ['x', 'y'] } };
    const storage = stored(progressOf({ one, two: { best: attempt(4, 4, 1), latest: attempt(4, 4, 1) } }));
    const result = recordReview(storage, readProgress(storage).progress, {
      one: { x: mark(2, 1), y: mark(2, 0) },
      two: { z: mark(2, 4) },
    });
    expect(result.problem).toBeUndefined();
    const saved = storage.saved() as Progress;
    expect(saved.lessons.one).toEqual({ ...one, review: { x: mark(2, 1), y: mark(2, 0) } });
    expect(saved.lessons.two!.best).toEqual(attempt(4, 4, 1));
    expect(saved.lessons.two!.review).toEqual({ z: mark(2, 4) });
  });

  it('keeps review marks in memory when storage is blocked', () => {
    const result = recordReview(null, emptyProgress(), { one: { x: mark(2, 1) } });
    expect(result.problem).toBe('unavailable');
    expect(result.progress.lessons.one).toEqual({ review: { x: mark(2, 1) } });
  });

  it('forgets questions that have left their check: seen, missed and reviewed, nothing else', () => {
    const one = {
      best: attempt(2, 4, 1),
      latest: { ...attempt(2, 4, 1), wrong: ['gone', 'y'] },
      seen: { gone: attempt(2, 4, 1).at, y: attempt(2, 4, 1).at, z: attempt(2, 4, 1).at },
      review: { gone: mark(2, 1), z: mark(2, 2) },
    };
    const storage = stored(progressOf({ one }));
    const result = forgetQuestions(storage, readProgress(storage).progress, [
      { checkId: 'one', questionId: 'gone' },
      { checkId: 'absent', questionId: 'x' },
    ]);
    expect(result.problem).toBeUndefined();
    expect((storage.saved() as Progress).lessons).toEqual({
      one: {
        best: attempt(2, 4, 1),
        latest: { ...attempt(2, 4, 1), wrong: ['y'] },
        seen: { y: attempt(2, 4, 1).at, z: attempt(2, 4, 1).at },
        review: { z: mark(2, 2) },
      },
    });
  });

  it('exports and imports review marks', () => {
    const progress = progressOf({ one: { best: attempt(3, 4, 1), review: { x: mark(2, 1) } } });
    const file = JSON.parse(JSON.stringify(exportProgress(progress)));
    expect(validateProgressImport(file, Date.UTC(2025, 5, 1))).toEqual({ ok: true, progress });
  });
});
