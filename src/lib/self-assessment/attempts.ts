/**
 * The learner's self-assessment attempts, kept with their dates so they can see change over
 * time: one versioned localStorage key (`lm-self-assessment`), checked on read, merged between
 * tabs, never thrown from. Pure and DOM-free: callers pass the Storage (or null when blocked).
 *
 * Each attempt keeps the answers and the scores shown at the time, so an earlier attempt reads
 * the same after the statements are edited.
 */
import {
  SLUG,
  checkVersion,
  isRecord,
  isTime,
  parseVersioned,
  readKey,
  removeKey,
  writeKey,
  type KeyStorage,
  type StoreProblem,
} from '../local-store';
import { isAnswer, type Answers, type Scores } from './scoring';

export const ATTEMPTS_KEY = 'lm-self-assessment';
const ATTEMPTS_VERSION = 1;
/** The newest attempts kept; older ones drop off (a year of weekly attempts fits). */
export const MAX_ATTEMPTS = 60;
const MAX_ANSWERS = 100;
const MAX_DIFFERENCES = 12;
const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

export interface SelfAssessmentAttempt {
  /** ISO 8601 time the learner asked for results; also the attempt's identity when merging. */
  at: string;
  /** Statement id → 1 (strongly disagree) … 5 (strongly agree). */
  answers: Answers;
  /** Difference id → its leadership and management score, 0–100, as shown at the time. */
  scores: Scores;
}

/** Version 1: the attempts, oldest first. */
export interface Attempts {
  version: 1;
  attempts: SelfAssessmentAttempt[];
}

export type AttemptsProblem = StoreProblem;

export interface AttemptsResult {
  attempts: Attempts;
  problem?: AttemptsProblem;
}

export const ATTEMPTS_NOTICES: Record<AttemptsProblem, string> = {
  unavailable: 'This browser is not letting the site save anything, so this result will not be kept for next time.',
  unreadable: 'Your earlier attempts could not be read, so they are not shown. New results will be saved.',
  'future-version':
    'Your earlier attempts were saved by a newer version of this site. Reload the page to see them; this result will not be saved.',
  full: "This result could not be saved because this browser's storage is full.",
};

export function emptyAttempts(): Attempts {
  return { version: ATTEMPTS_VERSION, attempts: [] };
}

// ------------------------------------------------------------------ reading

const isScore = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 100;

/** Why a value is not an attempt, or the attempt (its time clamped to at most a day ahead). */
function checkAttempt(value: unknown, now: number): SelfAssessmentAttempt | string {
  if (!isRecord(value)) return 'must be an object with at, answers and scores';
  const { at, answers, scores } = value;
  if (!isTime(at)) return 'at must be a date and time (ISO 8601)';
  if (!isRecord(answers)) return 'answers must map statement ids to 1–5';
  const answerEntries = Object.entries(answers);
  if (answerEntries.length > MAX_ANSWERS) return `answers: at most ${MAX_ANSWERS}`;
  const badAnswer = answerEntries.find(([id, a]) => !SLUG.test(id) || !isAnswer(a));
  if (badAnswer) return `answers["${badAnswer[0]}"] must be a whole number from 1 to 5`;
  if (!isRecord(scores)) return 'scores must map difference ids to { leadership, management }';
  const scoreEntries = Object.entries(scores);
  if (scoreEntries.length === 0 || scoreEntries.length > MAX_DIFFERENCES) {
    return `scores: give 1 to ${MAX_DIFFERENCES} differences`;
  }
  const badScore = scoreEntries.find(
    ([id, s]) =>
      !SLUG.test(id) || !isRecord(s) || Object.keys(s).length !== 2 || !isScore(s.leadership) || !isScore(s.management),
  );
  if (badScore) return `scores["${badScore[0]}"] must be { leadership, management }, whole numbers from 0 to 100`;
  const extra = Object.keys(value).find((k) => k !== 'at' && k !== 'answers' && k !== 'scores');
  if (extra) return `unknown field "${extra}"`;
  return {
    at: Date.parse(at) > now + FUTURE_TOLERANCE_MS ? new Date(now).toISOString() : at,
    answers: Object.fromEntries(answerEntries) as Answers,
    scores: Object.fromEntries(
      scoreEntries.map(([id, s]) => {
        const { leadership, management } = s as { leadership: number; management: number };
        return [id, { leadership, management }];
      }),
    ),
  };
}

function readList(list: unknown, now: number): { attempts: SelfAssessmentAttempt[]; firstError?: string } | undefined {
  if (!Array.isArray(list)) return undefined;
  const attempts: SelfAssessmentAttempt[] = [];
  let firstError: string | undefined;
  list.forEach((value, i) => {
    const attempt = checkAttempt(value, now);
    if (typeof attempt === 'string') firstError ??= `attempts[${i}]: ${attempt}`;
    else attempts.push(attempt);
  });
  return { attempts, firstError };
}

/** Parses what is stored under ATTEMPTS_KEY (null: nothing saved yet). Bad attempts are dropped. */
export function parseAttempts(raw: string | null, now = Date.now()): AttemptsResult {
  if (raw === null) return { attempts: emptyAttempts() };
  const parsed = parseVersioned(raw, ATTEMPTS_VERSION);
  if ('problem' in parsed) return { attempts: emptyAttempts(), problem: parsed.problem };
  const read = readList(parsed.data.attempts, now);
  if (!read) return { attempts: emptyAttempts(), problem: 'unreadable' };
  const attempts = mergeAttempts(emptyAttempts(), { version: ATTEMPTS_VERSION, attempts: read.attempts });
  return read.firstError ? { attempts, problem: 'unreadable' } : { attempts };
}

export function readAttempts(storage: KeyStorage | null, now = Date.now()): AttemptsResult {
  const read = readKey(storage, ATTEMPTS_KEY);
  return 'problem' in read ? { attempts: emptyAttempts(), problem: read.problem } : parseAttempts(read.raw, now);
}

// ------------------------------------------------------------------ merging

/** Same attempt (same moment) kept once; a stable pick if two differ, so the order never matters. */
const pick = (a: SelfAssessmentAttempt, b: SelfAssessmentAttempt) => (JSON.stringify(a) >= JSON.stringify(b) ? a : b);

/** Every attempt of both, oldest first, each moment once; only the newest MAX_ATTEMPTS are kept. */
export function mergeAttempts(a: Attempts, b: Attempts): Attempts {
  const byTime = new Map<number, SelfAssessmentAttempt>();
  for (const attempt of [...a.attempts, ...b.attempts]) {
    const t = Date.parse(attempt.at);
    const seen = byTime.get(t);
    byTime.set(t, seen ? pick(seen, attempt) : attempt);
  }
  const attempts = [...byTime.entries()]
    .sort(([x], [y]) => x - y)
    .map(([, attempt]) => attempt)
    .slice(-MAX_ATTEMPTS);
  return { version: ATTEMPTS_VERSION, attempts };
}

const sameAttempts = (a: Attempts, b: Attempts) => JSON.stringify(a.attempts) === JSON.stringify(b.attempts);

export function latestAttempt(attempts: Attempts): SelfAssessmentAttempt | undefined {
  return attempts.attempts.at(-1);
}

// ------------------------------------------------------------------ writing

/**
 * Records an attempt: re-reads storage just before writing and merges it with what this page
 * knows, so another tab's attempts are kept. The result holds the attempt even when it could not
 * be saved. Data from a newer version of the site is never overwritten.
 */
export function recordSelfAssessment(
  storage: KeyStorage | null,
  known: Attempts,
  attempt: SelfAssessmentAttempt,
): AttemptsResult {
  const stored = readAttempts(storage);
  const attempts = mergeAttempts(mergeAttempts(known, stored.attempts), {
    version: ATTEMPTS_VERSION,
    attempts: [attempt],
  });
  if (stored.problem === 'unavailable' || stored.problem === 'future-version') {
    return { attempts, problem: stored.problem };
  }
  const problem = writeKey(storage, ATTEMPTS_KEY, JSON.stringify(attempts));
  return problem ? { attempts, problem } : { attempts };
}

/**
 * For the `storage` event: merge what this page holds with what is now stored; `writeBack` says
 * the stored copy lacks an attempt this page has (two tabs saving at once). `raw` null is a reset.
 */
export function reconcileAttempts(known: Attempts, raw: string | null): { attempts: Attempts; writeBack: boolean } {
  if (raw === null) return { attempts: emptyAttempts(), writeBack: false };
  const stored = parseAttempts(raw);
  if (stored.problem === 'future-version') return { attempts: known, writeBack: false };
  const attempts = mergeAttempts(known, stored.attempts);
  return { attempts, writeBack: !sameAttempts(attempts, stored.attempts) };
}

/** Writes a whole set of attempts (after `reconcileAttempts` or an import); never over a newer version. */
export function writeAttempts(storage: KeyStorage | null, attempts: Attempts): AttemptsProblem | undefined {
  const stored = readAttempts(storage);
  if (stored.problem === 'unavailable' || stored.problem === 'future-version') return stored.problem;
  return writeKey(storage, ATTEMPTS_KEY, JSON.stringify(attempts));
}

/** Forgets every attempt (the journey's "reset everything"). */
export function clearAttempts(storage: KeyStorage | null): AttemptsProblem | undefined {
  return removeKey(storage, ATTEMPTS_KEY);
}

// ------------------------------------------------------- export and import

/** The attempts as they go into an export file (a copy of the stored format). */
export function exportAttempts(attempts: Attempts): Attempts {
  return JSON.parse(JSON.stringify(attempts)) as Attempts;
}

/** Checks the self-assessment section of an imported file: all or nothing, with a reason. */
export function validateAttemptsImport(
  value: unknown,
  now = Date.now(),
): { ok: true; attempts: Attempts } | { ok: false; reason: string } {
  const checked = checkVersion(value, ATTEMPTS_VERSION);
  if ('problem' in checked) {
    return {
      ok: false,
      reason:
        checked.problem === 'future-version'
          ? 'The self-assessment results in this file come from a newer version of the site.'
          : 'The self-assessment results in this file are not in a form this site knows (a version number and a list of attempts).',
    };
  }
  const read = readList(checked.data.attempts, now);
  if (!read) return { ok: false, reason: 'The self-assessment results in this file are not a list of attempts.' };
  if (read.attempts.length > MAX_ATTEMPTS) {
    return { ok: false, reason: `This file holds more than ${MAX_ATTEMPTS} self-assessment attempts.` };
  }
  if (read.firstError) {
    return { ok: false, reason: `A self-assessment attempt in this file could not be read: ${read.firstError}.` };
  }
  return { ok: true, attempts: mergeAttempts(emptyAttempts(), { version: ATTEMPTS_VERSION, attempts: read.attempts }) };
}

/** Merges imported attempts into the current ones and says how many were new. */
export function mergeAttemptsImport(current: Attempts, incoming: Attempts): { attempts: Attempts; added: number } {
  const attempts = mergeAttempts(current, incoming);
  const before = new Set(current.attempts.map((a) => Date.parse(a.at)));
  return { attempts, added: attempts.attempts.filter((a) => !before.has(Date.parse(a.at))).length };
}
