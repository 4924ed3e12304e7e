import type { Question } from '../schemas/content';
import { getCourse } from './course';
import { FINAL_CHECK_ID } from '../lib/progress/progress';

/** The static paths of the review page's question and answer files: one per check, the final check's included. */
export async function reviewCheckPaths() {
  const course = await getCourse();
  const checks: { id: string; title: string; questions: Question[] }[] = course.lessons.map((l) => ({
    id: l.id,
    title: l.data.title,
    questions: l.data.check,
  }));
  if (course.finalCheck) {
    checks.push({ id: FINAL_CHECK_ID, title: course.finalCheck.data.title, questions: course.finalCheck.data.check });
  }
  return checks.map((check) => ({ params: { check: check.id }, props: check }));
}
