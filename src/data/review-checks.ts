import type { Question } from '../schemas/content';
import { getCourse } from './course';
import { FINAL_CHECK_ID } from '../lib/progress/progress';

interface ReviewCheck {
  id: string;
  title: string;
  questions: Question[];
}

/** Every check the review page draws on: each lesson's, and the final check. */
async function reviewChecks(): Promise<ReviewCheck[]> {
  const course = await getCourse();
  const checks: ReviewCheck[] = course.lessons.map((l) => ({
    id: l.id,
    title: l.data.title,
    questions: l.data.check,
  }));
  if (course.finalCheck) {
    checks.push({ id: FINAL_CHECK_ID, title: course.finalCheck.data.title, questions: course.finalCheck.data.check });
  }
  return checks;
}

/** The static paths of the review page's answer files: one per check, the final check's included. */
export async function reviewCheckPaths() {
  return (await reviewChecks()).map((check) => ({ params: { check: check.id }, props: check }));
}

/**
 * The static paths of the review page's question files: one per graded question (written answers
 * are not reviewed), at /review/questions/<check>/<question>/, beside the check's answers file at
 * /review/questions/<check>/answers/: a question with the id "answers" would take its place.
 */
export async function reviewQuestionPaths() {
  return (await reviewChecks()).flatMap((check) =>
    check.questions
      .filter((q) => q.kind !== 'write')
      .map((q) => {
        if (q.id === 'answers')
          throw new Error(`${check.id}: a question id "answers" would clash with the review page's answers file`);
        return { params: { check: check.id, question: q.id }, props: { ...check, questions: [q] } };
      }),
  );
}
