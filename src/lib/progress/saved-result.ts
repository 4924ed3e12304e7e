/**
 * The saved best and latest attempt of one check, read straight from what is stored, for the
 * line a returning learner sees at the top of a check ("You passed on <date> with N of M").
 * A page shows it before the check's code (and progress.ts, 3 KB) has loaded, so this module is
 * small and imports nothing; progress.ts reads attempts with the same functions, and a test
 * keeps `savedResult` equal to what `parseProgress` reads for every stored record it tries.
 */
import type { Attempt } from './progress';

export { PROGRESS_KEY } from './key';
export const PROGRESS_VERSION = 5;
/** The oldest stored version that is read (version 1 never shipped). */
const OLDEST_VERSION = 2;

/** Lesson, question and option ids: lowercase words joined by hyphens (as the content schema says). */
export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const isCount = (value: unknown, min = 0): value is number =>
  Number.isInteger(value) && (value as number) >= min;
export const isTime = (value: unknown): value is string =>
  typeof value === 'string' && Number.isFinite(Date.parse(value));
const isIdList = (value: unknown): value is string[] =>
  Array.isArray(value) &&
  value.every((id) => typeof id === 'string' && ID.test(id)) &&
  new Set(value).size === value.length;

export const only = (value: Record<string, unknown>, keys: readonly string[]) =>
  Object.keys(value).every((k) => keys.includes(k));

export function readAttempt(value: unknown): Attempt | undefined {
  if (!isRecord(value) || !only(value, ['score', 'total', 'at', 'wrong', 'criteria'])) return undefined;
  const { score, total, at, wrong, criteria } = value;
  if (!isCount(total, 1) || !isCount(score) || score > total || !isTime(at)) return undefined;
  const attempt: Attempt = { score, total, at };
  if (wrong !== undefined) {
    if (!isIdList(wrong) || wrong.length > total - score) return undefined;
    attempt.wrong = wrong;
  }
  if (criteria !== undefined) {
    if (!isRecord(criteria) || !only(criteria, ['met', 'total'])) return undefined;
    const { met, total: of } = criteria;
    if (!isCount(of, 1) || !isCount(met) || met > of) return undefined;
    attempt.criteria = { met, total: of };
  }
  return attempt;
}

/** Saved times more than a day ahead of the clock are not trusted (a wrong clock, a crafted file). */
const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

/** A time more than a day ahead of `now` brought back to `now`. */
export function clampTime(at: string, now: number): string {
  return Date.parse(at) > now + FUTURE_TOLERANCE_MS ? new Date(now).toISOString() : at;
}

/** The top level of stored progress when this version of the site can read it. */
export function storedLessons(data: unknown): Record<string, unknown> | undefined {
  if (!isRecord(data) || !only(data, ['version', 'lessons']) || !isRecord(data.lessons)) return undefined;
  const { version } = data;
  return isCount(version, OLDEST_VERSION) && version <= PROGRESS_VERSION ? data.lessons : undefined;
}

/**
 * The best and latest attempt of `checkId` in the stored text (`raw`, null when nothing is
 * saved), exactly as parseProgress reads them; empty when there are none or nothing can be read.
 */
export function savedResult(
  raw: string | null,
  checkId: string,
  now = Date.now(),
): { best?: Attempt; latest?: Attempt } {
  let lessons: Record<string, unknown> | undefined;
  try {
    lessons = raw === null ? undefined : storedLessons(JSON.parse(raw));
  } catch {
    return {};
  }
  const check = lessons && ID.test(checkId) && Object.hasOwn(lessons, checkId) ? lessons[checkId] : undefined;
  if (!isRecord(check)) return {};
  const out: { best?: Attempt; latest?: Attempt } = {};
  for (const name of ['best', 'latest'] as const) {
    const attempt = readAttempt(check[name]);
    if (attempt) out[name] = { ...attempt, at: clampTime(attempt.at, now) };
  }
  return out;
}
