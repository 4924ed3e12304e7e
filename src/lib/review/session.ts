/**
 * A round on the review page: which questions come first, and what answering them (or clearing the
 * list) saves. Apart from schedule.ts, which the home page also loads to count what is to review.
 */
import { MAX_REVIEW_BOX, type ReviewMark } from '../progress/progress';
import { LESSON_RIGHT_BOX, type ReviewItem } from './schedule';

/** At most this many questions at a time, so a day's review stays short; the rest come next. */
export const REVIEW_SESSION_SIZE = 10;

const keyOf = (i: ReviewItem) => `${i.checkId}/${i.questionId}`;

/**
 * The missed questions first (those missed longest ago first), then the due ones (the most overdue
 * first). Ties go by check and question id, so the order is stable.
 */
export function inReviewOrder(items: readonly ReviewItem[]): ReviewItem[] {
  return [...items].sort(
    (a, b) =>
      Number(a.box > 0) - Number(b.box > 0) ||
      (a.box === 0 ? Date.parse(a.at) - Date.parse(b.at) : a.due - b.due) ||
      (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0),
  );
}

/** Review marks by check id, then question id: what `recordReview` saves. */
type ReviewMarks = Record<string, Record<string, ReviewMark>>;

function marksOf(entries: { item: ReviewItem; mark: ReviewMark }[]): ReviewMarks {
  const marks: ReviewMarks = {};
  for (const { item, mark } of entries) (marks[item.checkId] ??= {})[item.questionId] = mark;
  return marks;
}

/**
 * The marks for answers given on the review page at `now`: a right answer moves the question up a
 * box (it leaves the list until due again), a wrong one puts it back in box 0 (missed).
 */
export function answerMarks(answers: { item: ReviewItem; correct: boolean }[], now: number): ReviewMarks {
  const at = new Date(now).toISOString();
  return marksOf(
    answers.map(({ item, correct }) => ({
      item,
      mark: { at, box: correct ? Math.min(item.box + 1, MAX_REVIEW_BOX) : 0 },
    })),
  );
}

/** The marks that clear `items` from the list at `now`: each comes back in a week at the earliest. */
export function clearMarks(items: readonly ReviewItem[], now: number): ReviewMarks {
  const at = new Date(now).toISOString();
  return marksOf(items.map((item) => ({ item, mark: { at, box: Math.max(item.box, LESSON_RIGHT_BOX) } })));
}
