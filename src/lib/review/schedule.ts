/**
 * What the review page (/review/) asks, worked out from saved progress: the questions answered
 * wrong in each check's latest attempt ("missed"), and those answered right that have not been
 * seen for a while ("due", on a spaced schedule). Pure and DOM-free, with the time passed in.
 *
 * Each question has a box on the schedule (Leitner's boxes): 0 is missed; 1-4 come back after
 * 1, 3, 7 and 14 days. A question answered right in a lesson's check counts as box 3, so it comes
 * back after a week; one missed, then answered right on the review page, climbs from box 1. The
 * later of the lesson's last attempt and the last review answer decides. Review answers are kept
 * apart from attempts (`CheckProgress.review`), so they never change a check's score or pass.
 */
import { MAX_REVIEW_BOX, type CheckProgress, type Progress, type ReviewMark } from '../progress/progress';

/** Days before a question in box 1, 2, 3 or 4 is due again. */
export const REVIEW_DAYS = [1, 3, 7, 14] as const;
/** The box a question answered right in a lesson's check counts as: back after a week. */
export const LESSON_RIGHT_BOX = 3;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReviewItem {
  checkId: string;
  questionId: string;
  reason: 'missed' | 'due';
  /** The question's box now (0 for a missed question). */
  box: number;
  /** When it was last answered, in a lesson's check or on the review page (ISO 8601). */
  at: string;
  /** When it is due (ms since the epoch); a missed question is due at once. */
  due: number;
}

/** A question's place on the schedule: its box and when it got there. */
function questionState(check: CheckProgress, questionId: string): ReviewMark | undefined {
  const latest = check.latest;
  const missed = !!latest?.wrong?.includes(questionId);
  const seen = check.seen?.[questionId] ?? (missed ? latest!.at : undefined);
  // Asked in the latest attempt only: a question seen only before it has left the check since
  // (every attempt shows all of a check's questions). Written answers are not graded, so not reviewed.
  const inLatest = seen !== undefined && (!latest || Date.parse(seen) >= Date.parse(latest.at));
  const mark = Object.hasOwn(check.review ?? {}, questionId) ? check.review![questionId] : undefined;
  if (!inLatest || Object.hasOwn(check.written ?? {}, questionId)) return undefined;
  if (mark && Date.parse(mark.at) >= Date.parse(seen)) return mark;
  return { at: seen, box: missed ? 0 : Math.max(mark?.box ?? 0, LESSON_RIGHT_BOX) };
}

/** When a question in `box`, answered at `at`, is due again (ms since the epoch). */
export function dueTime(mark: ReviewMark): number {
  const days = mark.box === 0 ? 0 : REVIEW_DAYS[Math.min(mark.box, MAX_REVIEW_BOX) - 1]!;
  return Date.parse(mark.at) + days * DAY_MS;
}

/**
 * Every question to review at `now`, missed or due, in no particular order (`inReviewOrder` in
 * session.ts orders them; the home page only counts them).
 */
export function reviewItems(progress: Progress, now: number): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const [checkId, check] of Object.entries(progress.lessons)) {
    const ids = new Set([...Object.keys(check.seen ?? {}), ...(check.latest?.wrong ?? [])]);
    for (const questionId of ids) {
      const state = questionState(check, questionId);
      const due = state && dueTime(state);
      if (state && (state.box === 0 || due! <= now)) {
        items.push({ checkId, questionId, reason: state.box === 0 ? 'missed' : 'due', ...state, due: due! });
      }
    }
  }
  return items;
}

/** "1 question to review", "12 questions to review". */
export function reviewCountLine(count: number): string {
  return `${count} ${count === 1 ? 'question' : 'questions'} to review`;
}
