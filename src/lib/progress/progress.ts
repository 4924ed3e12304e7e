/**
 * Saved progress: one versioned localStorage key, checked on read, migrated from
 * older versions, merged on write. Pure and DOM-free: callers pass the Storage
 * (or null when the browser refuses it). Nothing here ever leaves the browser.
 *
 * Every failure (storage blocked or full, corrupted JSON, a wrong shape, data from
 * a newer version of the site) comes back as a `problem` next to usable progress,
 * never as a thrown error, so the check keeps grading whatever storage does.
 */
import { hasPassed } from '../quiz/grade';

export const PROGRESS_KEY = 'lm-progress';
export const PROGRESS_VERSION = 2;

export interface Attempt {
  score: number;
  total: number;
  /** ISO 8601 time of the attempt. */
  at: string;
}

export interface LessonProgress {
  /** The highest share of right answers; on a tie, the earliest attempt that reached it. */
  best: Attempt;
  latest: Attempt;
}

/** Version 2, the current shape: best and latest attempt per lesson id. */
export interface Progress {
  version: 2;
  lessons: Record<string, LessonProgress>;
}

/**
 * Version 1 kept only the latest result per lesson, so a failed retry erased a
 * pass; version 2 keeps the best and the latest apart.
 */
export interface ProgressV1 {
  version: 1;
  results: Record<string, { score: number; total: number; date: string }>;
}

/**
 * - unavailable: storage is blocked or throws on access;
 * - unreadable: not JSON, or not a shape we know (entries we could not read were dropped);
 * - future-version: written by a newer version of the site, left untouched;
 * - full: the write hit the storage quota.
 */
export type ProgressProblem = 'unavailable' | 'unreadable' | 'future-version' | 'full';

export interface ProgressResult {
  progress: Progress;
  problem?: ProgressProblem;
}

export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem'>;

export const PROBLEM_NOTICES: Record<ProgressProblem, string> = {
  unavailable: 'This browser is not letting the site save progress, so your results will not be kept.',
  unreadable: 'Your saved progress could not be read, so earlier results are not shown. New results will be saved.',
  'future-version':
    'Your saved progress comes from a newer version of this site. Reload the page to see it; results here will not be saved.',
  full: "Your result could not be saved because this browser's storage is full.",
};

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, lessons: {} };
}

/** The saved progress of one lesson; own keys only, so an id like "constructor" is safe. */
export function lessonProgress(progress: Progress, lessonId: string): LessonProgress | undefined {
  return Object.hasOwn(progress.lessons, lessonId) ? progress.lessons[lessonId] : undefined;
}

export function isComplete(lesson: LessonProgress | undefined): boolean {
  return !!lesson && hasPassed(lesson.best.score, lesson.best.total);
}

// ------------------------------------------------------------------ reading

const LESSON_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asAttempt(value: unknown, timeField: 'at' | 'date'): Attempt | undefined {
  if (!isRecord(value)) return undefined;
  const { score, total } = value;
  const at = value[timeField];
  const valid =
    Number.isInteger(score) &&
    Number.isInteger(total) &&
    (total as number) >= 1 &&
    (score as number) >= 0 &&
    (score as number) <= (total as number) &&
    typeof at === 'string' &&
    Number.isFinite(Date.parse(at));
  return valid ? { score: score as number, total: total as number, at: at as string } : undefined;
}

/**
 * Reads each entry of `entries` with `read`, keeping the valid ones under lesson-id
 * keys (which also keeps "__proto__" out). `dropped` says whether any were left out.
 */
function readEntries(
  entries: unknown,
  read: (value: unknown) => LessonProgress | undefined,
): { lessons: Record<string, LessonProgress>; dropped: boolean } | undefined {
  if (!isRecord(entries)) return undefined;
  const lessons: Record<string, LessonProgress> = {};
  let dropped = false;
  for (const [id, value] of Object.entries(entries)) {
    const lesson = LESSON_ID.test(id) ? read(value) : undefined;
    if (lesson) lessons[id] = lesson;
    else dropped = true;
  }
  return { lessons, dropped };
}

/** The migration from version 1: its one saved result was both the latest and the best one known. */
const migrateV1Entry = (value: unknown): LessonProgress | undefined => {
  const attempt = asAttempt(value, 'date');
  return attempt && { best: attempt, latest: attempt };
};

const readV2 = (value: unknown): LessonProgress | undefined => {
  if (!isRecord(value)) return undefined;
  const best = asAttempt(value.best, 'at');
  const latest = asAttempt(value.latest, 'at');
  return best && latest && { best, latest };
};

/** Parses what is stored under PROGRESS_KEY (null: nothing saved yet). */
export function parseProgress(raw: string | null): ProgressResult {
  if (raw === null) return { progress: emptyProgress() };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(), problem: 'unreadable' };
  }
  const version = isRecord(data) ? data.version : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > PROGRESS_VERSION) {
    return { progress: emptyProgress(), problem: 'future-version' };
  }
  const read =
    version === 1 && isRecord(data)
      ? readEntries(data.results, migrateV1Entry)
      : version === 2 && isRecord(data)
        ? readEntries(data.lessons, readV2)
        : undefined;
  if (!read) return { progress: emptyProgress(), problem: 'unreadable' };
  const progress: Progress = { version: PROGRESS_VERSION, lessons: read.lessons };
  return read.dropped ? { progress, problem: 'unreadable' } : { progress };
}

export function readProgress(storage: ProgressStorage | null): ProgressResult {
  if (!storage) return { progress: emptyProgress(), problem: 'unavailable' };
  let raw: string | null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    return { progress: emptyProgress(), problem: 'unavailable' };
  }
  return parseProgress(raw);
}

// ------------------------------------------------------------------ merging

const time = (a: Attempt) => Date.parse(a.at);

function better(a: Attempt, b: Attempt): Attempt {
  // Compare score/total without division: a.score/a.total vs b.score/b.total.
  const diff = a.score * b.total - b.score * a.total;
  if (diff !== 0) return diff > 0 ? a : b;
  return time(b) < time(a) ? b : a;
}

function later(a: Attempt, b: Attempt): Attempt {
  return time(b) > time(a) ? b : a;
}

/**
 * Combines two records of progress (two tabs, or memory and storage) without losing
 * either: per lesson the better best and the later latest. Order does not matter.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const lessons: Record<string, LessonProgress> = { ...a.lessons };
  for (const [id, theirs] of Object.entries(b.lessons)) {
    const ours = lessonProgress(a, id);
    lessons[id] = ours ? { best: better(ours.best, theirs.best), latest: later(ours.latest, theirs.latest) } : theirs;
  }
  return { version: PROGRESS_VERSION, lessons };
}

// ------------------------------------------------------------------ writing

function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  // Firefox used its own name for the same error.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/**
 * Records an attempt: re-reads storage just before writing and merges it with what
 * this page knows (`known`), so another tab's results are kept, not overwritten.
 * The returned progress includes the attempt even when it could not be saved.
 * Data from a newer version of the site is never overwritten.
 */
export function recordAttempt(
  storage: ProgressStorage | null,
  known: Progress,
  lessonId: string,
  attempt: Attempt,
): ProgressResult {
  const stored = readProgress(storage);
  const progress = mergeProgress(mergeProgress(known, stored.progress), {
    version: PROGRESS_VERSION,
    lessons: { [lessonId]: { best: attempt, latest: attempt } },
  });
  if (!storage || stored.problem === 'unavailable' || stored.problem === 'future-version') {
    return { progress, problem: stored.problem ?? 'unavailable' };
  }
  try {
    storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
    return { progress };
  } catch (error) {
    return { progress, problem: isQuotaError(error) ? 'full' : 'unavailable' };
  }
}
