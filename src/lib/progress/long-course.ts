/**
 * /progress/ and /certificate/ for a long course (more lessons than homeListsEveryLesson allows):
 * the pages then list parts, not lessons, and carry no per-lesson data, so that their HTML does not
 * grow with the course. What the learner saved is then read without the course's list of lessons.
 */
import { courseSummary, type CourseSummary } from './journey';
import { FINAL_CHECK_ID, isComplete, lessonProgress, type Progress } from './progress';

/**
 * The course summary from saved progress alone: every passed lesson saved here counts, up to
 * `lessonCount` (the home page counts the same way). A lesson removed from the course since it was
 * passed would still count; the pages that know every lesson (short courses) do not have that gap.
 */
export function summaryWithoutList(progress: Progress, lessonCount: number, hasFinalCheck: boolean): CourseSummary {
  const passed = Object.keys(progress.lessons)
    .filter((id) => id !== FINAL_CHECK_ID && isComplete(lessonProgress(progress, id)))
    .slice(0, lessonCount)
    .map((id) => ({ id }));
  const summary = courseSummary(progress, passed, hasFinalCheck);
  const complete = lessonCount > 0 && passed.length === lessonCount && summary.complete;
  const { completedAt, ...rest } = summary;
  return complete && completedAt
    ? { ...rest, total: lessonCount, complete, completedAt }
    : { ...rest, total: lessonCount, complete };
}

/** Each part with its lesson count: what the two pages list for a long course instead of its lessons. */
export function partCounts(parts: readonly { id: string; title: string; lessons: readonly unknown[] }[]) {
  return parts.map((p) => ({ id: p.id, title: p.title, count: p.lessons.length }));
}
