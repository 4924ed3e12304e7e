/**
 * Where a learner is in the course, worked out from saved progress: each lesson's state, how many
 * lessons are passed and how many minutes are left, where "Continue" goes, and whether (and when)
 * the course was finished. Pure: the home page, the outline and the progress page render it.
 */
import { FINAL_CHECK_ID, isComplete, lessonProgress, type Attempt, type Progress } from './progress';

type LessonState = 'not-started' | 'opened' | 'passed';

/** What the pages know about a lesson: its id, and its title and minutes where they list it. */
export interface CourseLesson {
  id: string;
  title?: string;
  minutes?: number;
}

export interface LessonStatus {
  state: LessonState;
  /** The best attempt, when there is one (passed or not). */
  best?: Attempt;
}

/** A lesson is opened once the learner visited it or tried its check, passed once its best score passes. */
export function lessonStatus(progress: Progress, lessonId: string): LessonStatus {
  const check = lessonProgress(progress, lessonId);
  if (!check) return { state: 'not-started' };
  const state: LessonState = isComplete(check) ? 'passed' : check.visit || check.best ? 'opened' : 'not-started';
  return check.best ? { state, best: check.best } : { state };
}

/** A lesson's state in words, as the lesson cards show it: "Not started", "Opened", "Passed, 6 of 7". */
export function statusText(status: LessonStatus): string {
  if (status.state === 'passed' && status.best) return `Passed, ${status.best.score} of ${status.best.total}`;
  return status.state === 'opened' ? 'Opened' : 'Not started';
}

export interface CourseSummary {
  passed: number;
  total: number;
  /** Minutes of the lessons not passed yet; undefined when a lesson's minutes are unknown. */
  minutesLeft?: number;
  /** The lesson opened last (by its last visit, else its latest attempt) and the heading last read there. */
  resume?: { id: string; section?: string };
  /** Every lesson passed, and the final check too when the course has one. */
  complete: boolean;
  /** When the last of those passes happened (ISO 8601), once complete. */
  completedAt?: string;
}

const later = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b === undefined ? a : Date.parse(b) > Date.parse(a) ? b : a;

export function courseSummary(
  progress: Progress,
  lessons: readonly CourseLesson[],
  hasFinalCheck: boolean,
): CourseSummary {
  let passed = 0;
  let minutesLeft: number | undefined = 0;
  let resume: CourseSummary['resume'];
  let resumeAt: string | undefined;
  let completedAt: string | undefined;
  for (const lesson of lessons) {
    const check = lessonProgress(progress, lesson.id);
    if (isComplete(check)) {
      passed++;
      completedAt = later(completedAt, check!.best!.at);
    } else if (minutesLeft !== undefined) {
      minutesLeft = lesson.minutes === undefined ? undefined : minutesLeft + lesson.minutes;
    }
    const openedAt = check?.visit?.at ?? check?.latest?.at;
    if (openedAt && later(resumeAt, openedAt) === openedAt && openedAt !== resumeAt) {
      resumeAt = openedAt;
      resume = check?.visit?.section ? { id: lesson.id, section: check.visit.section } : { id: lesson.id };
    }
  }
  const final = lessonProgress(progress, FINAL_CHECK_ID);
  const finalDone = !hasFinalCheck || isComplete(final);
  const complete = lessons.length > 0 && passed === lessons.length && finalDone;
  if (hasFinalCheck && isComplete(final)) completedAt = later(completedAt, final!.best!.at);
  const summary: CourseSummary = { passed, total: lessons.length, complete };
  if (minutesLeft !== undefined) summary.minutesLeft = minutesLeft;
  if (resume) summary.resume = resume;
  if (complete && completedAt) summary.completedAt = completedAt;
  return summary;
}

/** "3 of 9 lessons passed". */
export function passedLine(summary: CourseSummary): string {
  return `${summary.passed} of ${summary.total} ${summary.total === 1 ? 'lesson' : 'lessons'} passed`;
}

/** "about 35 minutes left", or nothing when every lesson is passed or the minutes are unknown. */
export function minutesLeftLine(summary: CourseSummary): string {
  const m = summary.minutesLeft;
  if (m === undefined || m === 0) return '';
  return `about ${m} ${m === 1 ? 'minute' : 'minutes'} left`;
}
