/**
 * Saved progress: one versioned localStorage key, checked on read, migrated from
 * older versions, merged on write. Pure and DOM-free: callers pass the Storage
 * (or null when the browser refuses it). Nothing here ever leaves the browser.
 *
 * Every failure (storage blocked or full, corrupted JSON, a wrong shape, data from
 * a newer version of the site) comes back as a `problem` next to usable progress,
 * never as a thrown error, so the check keeps grading whatever storage does.
 *
 * To add something to a check's progress: add the field to `CheckProgress`, then its
 * reader and its merge to `FIELDS` (TypeScript asks for both), bump PROGRESS_VERSION and
 * read the previous version in `parseProgress` (older data has none of the new field).
 */
import { hasPassed } from '../quiz/pass-mark';
import {
  ID,
  PROGRESS_KEY,
  PROGRESS_VERSION,
  clampTime,
  isCount,
  isRecord,
  isTime,
  only,
  readAttempt,
  storedLessons,
} from './saved-result';

export { PROGRESS_KEY };

/** The entry of the final course check in `Progress.lessons`; no lesson may take this id. */
export const FINAL_CHECK_ID = 'final-check';

export interface Attempt {
  /** Right answers, of `total` graded questions (written answers are not graded). */
  score: number;
  total: number;
  /** ISO 8601 time of the attempt. */
  at: string;
  /** Ids of the questions answered wrong in this attempt, for the review page. */
  wrong?: string[];
  /** The learner's self-check of the written answers: criteria met, of all their criteria. */
  criteria?: { met: number; total: number };
}

/** A written answer, saved as it is typed. */
export interface WrittenAnswer {
  text: string;
  /** The criteria the learner says the answer meets (0-based, in the authored order). */
  met: number[];
  /** When it last changed (ISO 8601). */
  at: string;
}

/** What this browser knows about one check: a lesson's (keyed by lesson id) or the final check. */
export interface CheckProgress {
  /** The highest share of right answers; on a tie, the earliest attempt that reached it. */
  best?: Attempt;
  latest?: Attempt;
  /** Question id → the learner's written answer. */
  written?: Record<string, WrittenAnswer>;
  /** Question id → when it was last answered in a submitted attempt (ISO 8601). */
  seen?: Record<string, string>;
  /** The learner's last time on the lesson's page, and the heading they last read there (its id). */
  visit?: Visit;
  /** Question id → its last answer on the review page (src/lib/review/): never part of a score. */
  review?: Record<string, ReviewMark>;
}

/**
 * A question's place on the review schedule after its last review answer: `box` 0 means it was
 * answered wrong (it stays on the list); 1-4 mean right that many times running, and it comes back
 * after 1, 3, 7 or 14 days (REVIEW_DAYS in src/lib/review/schedule.ts).
 */
export interface ReviewMark {
  /** When it was answered on the review page, or cleared from the list (ISO 8601). */
  at: string;
  box: number;
}

/** The highest box of the review schedule (its last interval). */
export const MAX_REVIEW_BOX = 4;

export interface Visit {
  /** ISO 8601 time of the last visit (updated as the learner reads on). */
  at: string;
  /** The id of the nearest heading above what the learner was reading, when known. */
  section?: string;
}

/**
 * Version 5: per check, best and latest attempt, written answers, when each question was seen, the
 * last visit to the lesson and each question's review mark (version 4 had no review marks, version 3
 * no visits).
 */
export interface Progress {
  version: 5;
  lessons: Record<string, CheckProgress>;
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

/** The longest written answer kept (the textarea allows no more). */
export const MAX_WRITTEN_LENGTH = 2000;

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, lessons: {} };
}

/** The saved progress of one check; own keys only, so an id like "constructor" is safe. */
export function lessonProgress(progress: Progress, checkId: string): CheckProgress | undefined {
  return Object.hasOwn(progress.lessons, checkId) ? progress.lessons[checkId] : undefined;
}

export function isComplete(check: CheckProgress | undefined): boolean {
  return !!check?.best && hasPassed(check.best.score, check.best.total);
}

// ------------------------------------------------------------------ reading

function readWritten(value: unknown): WrittenAnswer | undefined {
  if (!isRecord(value) || !only(value, ['text', 'met', 'at'])) return undefined;
  const { text, met, at } = value;
  const valid =
    typeof text === 'string' &&
    text.length <= MAX_WRITTEN_LENGTH &&
    Array.isArray(met) &&
    met.every((i) => isCount(i)) &&
    new Set(met).size === met.length &&
    isTime(at);
  return valid ? { text, met: met as number[], at } : undefined;
}

const readTime = (value: unknown): string | undefined => (isTime(value) ? value : undefined);

/** A heading id on a lesson page (Astro's slugs: letters, digits, hyphens, underscores). */
const SECTION = /^[\p{L}\p{N}_-]{1,120}$/u;

function readVisit(value: unknown): Visit | undefined {
  if (!isRecord(value) || !only(value, ['at', 'section']) || !isTime(value.at)) return undefined;
  const { at, section } = value;
  if (section === undefined) return { at };
  return typeof section === 'string' && SECTION.test(section) ? { at, section } : undefined;
}

function readReviewMark(value: unknown): ReviewMark | undefined {
  if (!isRecord(value) || !only(value, ['at', 'box'])) return undefined;
  const { at, box } = value;
  return isTime(at) && isCount(box) && box <= MAX_REVIEW_BOX ? { at, box } : undefined;
}

interface Read<T> {
  value?: T;
  /** Something was left out because it could not be read. */
  dropped: boolean;
}

/** Reads an object of id → value, keeping the valid entries under valid ids (which keeps "__proto__" out). */
function readRecord<T>(value: unknown, read: (value: unknown) => T | undefined): Read<Record<string, T>> {
  if (!isRecord(value)) return { dropped: true };
  const out: Record<string, T> = {};
  let dropped = false;
  for (const [id, item] of Object.entries(value)) {
    const ok = ID.test(id) ? read(item) : undefined;
    if (ok === undefined) dropped = true;
    else out[id] = ok;
  }
  return { value: out, dropped };
}

// ------------------------------------------------------------------ merging

const time = (iso: string) => Date.parse(iso);

function better(a: Attempt, b: Attempt): Attempt {
  // Compare score/total without division: a.score/a.total vs b.score/b.total.
  const diff = a.score * b.total - b.score * a.total;
  if (diff !== 0) return diff > 0 ? a : b;
  return time(b.at) < time(a.at) ? b : a;
}

function later<T extends { at: string }>(a: T, b: T): T {
  const diff = time(b.at) - time(a.at);
  // Two different things saved at the same moment: pick one the same way whichever side it is on.
  if (diff === 0) return JSON.stringify(b) > JSON.stringify(a) ? b : a;
  return diff > 0 ? b : a;
}

const latestTime = (a: string, b: string) => (time(b) > time(a) ? b : a);

/** Per id, both sides' entries, combined with `merge` where both have one. */
function mergeRecords<T>(merge: (a: T, b: T) => T) {
  return (a: Record<string, T>, b: Record<string, T>): Record<string, T> => {
    const out: Record<string, T> = { ...a };
    for (const [id, theirs] of Object.entries(b)) out[id] = Object.hasOwn(a, id) ? merge(a[id]!, theirs) : theirs;
    return out;
  };
}

// ------------------------------------------------------------------ fields

interface Field<T> {
  read(value: unknown): Read<T>;
  /** Combines two tabs' values; neither is lost, and the order of the arguments does not matter. */
  merge(a: T, b: T): T;
}

const single =
  <T>(read: (value: unknown) => T | undefined) =>
  (value: unknown) => {
    const v = read(value);
    return v === undefined ? { dropped: true } : { value: v, dropped: false };
  };

/** How each field of a check's progress is read from storage and merged between tabs. */
const FIELDS: { [K in keyof CheckProgress]-?: Field<NonNullable<CheckProgress[K]>> } = {
  best: { read: single(readAttempt), merge: better },
  latest: { read: single(readAttempt), merge: later },
  written: { read: (v) => readRecord(v, readWritten), merge: mergeRecords(later) },
  seen: { read: (v) => readRecord(v, readTime), merge: mergeRecords(latestTime) },
  visit: { read: single(readVisit), merge: later },
  review: { read: (v) => readRecord(v, readReviewMark), merge: mergeRecords(later) },
};

type FieldName = keyof CheckProgress;
const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];

/** Reads one check's entry, keeping the fields it can read; undefined when nothing is left. */
function readCheck(value: unknown, allowed: readonly FieldName[]): Read<CheckProgress> {
  if (!isRecord(value)) return { dropped: true };
  const out: Record<string, unknown> = {};
  let dropped = false;
  for (const [name, field] of Object.entries(value)) {
    if (!(allowed as string[]).includes(name)) {
      dropped = true;
      continue;
    }
    const read = FIELDS[name as FieldName].read(field);
    if (read.value !== undefined) out[name] = read.value;
    dropped ||= read.dropped;
  }
  return Object.keys(out).length > 0 ? { value: out as CheckProgress, dropped } : { dropped: true };
}

function mergeCheck(a: CheckProgress, b: CheckProgress): CheckProgress {
  const out: Record<string, unknown> = {};
  for (const name of FIELD_NAMES) {
    const ours = a[name];
    const theirs = b[name];
    const field = FIELDS[name] as Field<unknown>;
    const value = ours !== undefined && theirs !== undefined ? field.merge(ours, theirs) : (ours ?? theirs);
    if (value !== undefined) out[name] = value;
  }
  return out as CheckProgress;
}

/**
 * Combines two records of progress (two tabs, or memory and storage) without losing
 * either: per check the better best, the later latest, the later of each written answer
 * and the later time each question was seen. Order does not matter.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
  return { version: PROGRESS_VERSION, lessons: mergeRecords(mergeCheck)(a.lessons, b.lessons) };
}

// ------------------------------------------------------------------ versions

/**
 * The fields each stored version may hold. Version 2 (the first that shipped) kept only the
 * best and latest attempt of each lesson, version 3 added written answers and when each question
 * was seen, version 4 the last visit; each reads as the current version without the newer fields.
 * (Version 1 never shipped, so it is not read.)
 */
const VERSION_FIELDS: Record<number, readonly FieldName[]> = {
  2: ['best', 'latest'],
  3: ['best', 'latest', 'written', 'seen'],
  4: ['best', 'latest', 'written', 'seen', 'visit'],
  5: FIELD_NAMES,
};

/** The same check with every time more than a day ahead of `now` brought back to `now` (clampTime). */
function clampCheck(check: CheckProgress, now: number): CheckProgress {
  const clamp = (at: string) => clampTime(at, now);
  const out: CheckProgress = { ...check };
  if (out.best) out.best = { ...out.best, at: clamp(out.best.at) };
  if (out.latest) out.latest = { ...out.latest, at: clamp(out.latest.at) };
  if (out.visit) out.visit = { ...out.visit, at: clamp(out.visit.at) };
  if (out.seen) out.seen = Object.fromEntries(Object.entries(out.seen).map(([id, at]) => [id, clamp(at)]));
  if (out.written) {
    out.written = Object.fromEntries(Object.entries(out.written).map(([id, w]) => [id, { ...w, at: clamp(w.at) }]));
  }
  if (out.review) {
    out.review = Object.fromEntries(Object.entries(out.review).map(([id, m]) => [id, { ...m, at: clamp(m.at) }]));
  }
  return out;
}

interface ReadData {
  progress: Progress;
  problem?: 'unreadable' | 'future-version';
  /** Entries or fields were left out because they could not be read. */
  dropped?: boolean;
}

/** Reads parsed progress data of any known version; what cannot be read is left out. */
function readData(data: unknown, now: number): ReadData {
  const version = isRecord(data) ? data.version : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > PROGRESS_VERSION) {
    return { progress: emptyProgress(), problem: 'future-version' };
  }
  // The same top-level test as savedResult (saved-result.ts), which shows the saved line early.
  const stored = storedLessons(data);
  const fields = stored && VERSION_FIELDS[(data as { version: number }).version];
  if (!stored || !fields) return { progress: emptyProgress(), problem: 'unreadable' };
  const lessons: Record<string, CheckProgress> = {};
  let dropped = false;
  for (const [id, value] of Object.entries(stored)) {
    // Valid ids only, which also keeps "__proto__" out.
    const read: Read<CheckProgress> = ID.test(id) ? readCheck(value, fields) : { dropped: true };
    if (read.value) lessons[id] = clampCheck(read.value, now);
    dropped ||= read.dropped;
  }
  return { progress: { version: PROGRESS_VERSION, lessons }, dropped };
}

/** Parses what is stored under PROGRESS_KEY (null: nothing saved yet). */
export function parseProgress(raw: string | null, now = Date.now()): ProgressResult {
  if (raw === null) return { progress: emptyProgress() };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(), problem: 'unreadable' };
  }
  const read = readData(data, now);
  if (read.problem) return { progress: read.progress, problem: read.problem };
  return read.dropped ? { progress: read.progress, problem: 'unreadable' } : { progress: read.progress };
}

export function readProgress(storage: ProgressStorage | null, now = Date.now()): ProgressResult {
  if (!storage) return { progress: emptyProgress(), problem: 'unavailable' };
  let raw: string | null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    return { progress: emptyProgress(), problem: 'unavailable' };
  }
  return parseProgress(raw, now);
}

// ------------------------------------------------------------------ writing

function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  // Firefox used its own name for the same error.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/**
 * Saves `changes` (check id → what changed): re-reads storage just before writing and merges it
 * with what this page knows (`known`), so another tab's progress is kept, not overwritten. The
 * returned progress includes the changes even when they could not be saved. Data from a newer
 * version of the site is never overwritten.
 */
function saveChanges(
  storage: ProgressStorage | null,
  known: Progress,
  changes: Record<string, CheckProgress>,
): ProgressResult {
  return saveUpdate(storage, known, (progress) =>
    mergeProgress(progress, { version: PROGRESS_VERSION, lessons: changes }),
  );
}

/** saveChanges for any update of the merged progress (a merge can only add; forgetting removes). */
function saveUpdate(
  storage: ProgressStorage | null,
  known: Progress,
  update: (merged: Progress) => Progress,
): ProgressResult {
  const stored = readProgress(storage);
  const progress = update(mergeProgress(known, stored.progress));
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

const saveCheckProgress = (storage: ProgressStorage | null, known: Progress, checkId: string, change: CheckProgress) =>
  saveChanges(storage, known, { [checkId]: change });

/** Records a submitted attempt, and that each of `questionIds` was seen at the attempt's time. */
export function recordAttempt(
  storage: ProgressStorage | null,
  known: Progress,
  checkId: string,
  attempt: Attempt,
  questionIds: readonly string[] = [],
): ProgressResult {
  const change: CheckProgress = { best: attempt, latest: attempt };
  if (questionIds.length > 0) change.seen = Object.fromEntries(questionIds.map((id) => [id, attempt.at]));
  return saveCheckProgress(storage, known, checkId, change);
}

/** Saves a written answer (as the learner types, and when they tick the criteria). */
export function recordWritten(
  storage: ProgressStorage | null,
  known: Progress,
  checkId: string,
  questionId: string,
  answer: WrittenAnswer,
): ProgressResult {
  const kept = { ...answer, text: answer.text.slice(0, MAX_WRITTEN_LENGTH) };
  return saveCheckProgress(storage, known, checkId, { written: { [questionId]: kept } });
}

/** Records that the learner is on a lesson's page, and the heading they are reading when known. */
export function recordVisit(
  storage: ProgressStorage | null,
  known: Progress,
  lessonId: string,
  visit: Visit,
): ProgressResult {
  return saveCheckProgress(storage, known, lessonId, { visit });
}

/**
 * Saves review answers (and clears from the review list), check by check: checkId → question id →
 * mark. Only review marks change; a check's best and latest attempts stay exactly as they were.
 */
export function recordReview(
  storage: ProgressStorage | null,
  known: Progress,
  marks: Record<string, Record<string, ReviewMark>>,
): ProgressResult {
  const changes = Object.fromEntries(Object.entries(marks).map(([checkId, review]) => [checkId, { review }]));
  return saveChanges(storage, known, changes);
}

/**
 * Forgets questions that have left their check since the learner answered them (the review page
 * finds their files gone): they leave the review list for good, here and in the home page's count.
 * Only when they were seen, missed or reviewed; scores and written answers stay as they were.
 */
export function forgetQuestions(
  storage: ProgressStorage | null,
  known: Progress,
  gone: readonly { checkId: string; questionId: string }[],
): ProgressResult {
  return saveUpdate(storage, known, (progress) => {
    const lessons = { ...progress.lessons };
    for (const { checkId, questionId } of gone) {
      const check = lessons[checkId];
      if (!check) continue;
      const without = <T>(record: Record<string, T> | undefined) =>
        record && Object.fromEntries(Object.entries(record).filter(([id]) => id !== questionId));
      const out: CheckProgress = { ...check };
      if (check.seen) out.seen = without(check.seen);
      if (check.review) out.review = without(check.review);
      if (check.latest?.wrong)
        out.latest = { ...check.latest, wrong: check.latest.wrong.filter((id) => id !== questionId) };
      lessons[checkId] = out;
    }
    return { ...progress, lessons };
  });
}

// ------------------------------------------------------ tabs, import, reset

/**
 * What a page does when another tab changed progress (the `storage` event): merge what it holds
 * with what is now stored, and say whether to write the merge back, because the stored copy lacks
 * something this page has (two tabs that saved at the same moment, each without the other's result).
 * `raw` null means the key was removed (a reset): the page forgets its progress too.
 */
export function reconcileProgress(known: Progress, raw: string | null): { progress: Progress; writeBack: boolean } {
  if (raw === null) return { progress: emptyProgress(), writeBack: false };
  const stored = parseProgress(raw);
  if (stored.problem === 'future-version') return { progress: known, writeBack: false };
  const progress = mergeProgress(known, stored.progress);
  return {
    progress,
    writeBack: canonical(progress) !== canonical(stored.progress),
  };
}

/** JSON with object keys sorted, so that two records holding the same things compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isRecord(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  );
}

/** Writes a whole record of progress (after `reconcileProgress` or an import); never over a newer version. */
export function writeProgress(storage: ProgressStorage | null, progress: Progress): ProgressProblem | undefined {
  const stored = readProgress(storage);
  if (!storage || stored.problem === 'unavailable' || stored.problem === 'future-version') {
    return stored.problem ?? 'unavailable';
  }
  try {
    storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
    return undefined;
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'unavailable';
  }
}

/** Forgets all progress (the progress page's "reset everything"). */
export function clearProgress(storage: Pick<Storage, 'removeItem'> | null): ProgressProblem | undefined {
  if (!storage) return 'unavailable';
  try {
    storage.removeItem(PROGRESS_KEY);
    return undefined;
  } catch {
    return 'unavailable';
  }
}

/** Progress as it goes into an export file: what is saved, checks in id order. */
export function exportProgress(progress: Progress): Progress {
  const ids = Object.keys(progress.lessons).sort();
  return { version: PROGRESS_VERSION, lessons: Object.fromEntries(ids.map((id) => [id, progress.lessons[id]!])) };
}

/**
 * Checks the progress section of an imported file. Unlike reading storage (which keeps what it
 * can), an import is all or nothing, with a reason a learner can act on.
 */
export function validateProgressImport(
  value: unknown,
  now = Date.now(),
): { ok: true; progress: Progress } | { ok: false; reason: string } {
  const read = readData(value, now);
  if (read.problem === 'future-version') {
    return { ok: false, reason: 'The progress in this file comes from a newer version of the site.' };
  }
  if (read.problem || read.dropped) {
    return {
      ok: false,
      reason: 'The progress in this file is not in a form this site knows, or part of it is damaged.',
    };
  }
  return { ok: true, progress: read.progress };
}

/** What an import changed for one check. */
export interface ProgressChange {
  id: string;
  /** added: nothing was saved for it before; better: a better best result; updated: anything else. */
  change: 'added' | 'better' | 'updated';
}

/** Merges imported progress into the current one, keeping the better result per check, and says what changed. */
export function mergeProgressImport(
  current: Progress,
  incoming: Progress,
): { progress: Progress; changes: ProgressChange[] } {
  const progress = mergeProgress(current, incoming);
  const changes: ProgressChange[] = [];
  for (const id of Object.keys(incoming.lessons).sort()) {
    const before = lessonProgress(current, id);
    const after = progress.lessons[id]!;
    if (!before) changes.push({ id, change: 'added' });
    else if (canonical(before.best) !== canonical(after.best)) changes.push({ id, change: 'better' });
    else if (canonical(before) !== canonical(after)) changes.push({ id, change: 'updated' });
  }
  return { progress, changes };
}
