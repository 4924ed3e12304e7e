/**
 * The self-assessment as the page sees it: read once per build from content/self-assessment.yaml
 * and checked against the lessons. A link to a lesson that does not exist stops the build here.
 */
import { getEntry } from 'astro:content';
import { getCourse } from './course';
import { findSelfAssessmentProblems } from '../lib/self-assessment/problems';
import type { SelfAssessmentData } from '../schemas/content';

let loaded: Promise<SelfAssessmentData> | undefined;

export function getSelfAssessment(): Promise<SelfAssessmentData> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<SelfAssessmentData> {
  const entry = await getEntry('selfAssessment', 'self-assessment');
  if (!entry) {
    throw new Error(
      'content/self-assessment.yaml: the file must hold one entry named "self-assessment" (title, statements, profiles…)',
    );
  }
  const course = await getCourse();
  const problems = findSelfAssessmentProblems(
    entry.data,
    course.lessons.map((l) => l.id),
  );
  if (problems.length > 0) {
    throw new Error(`The self-assessment has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  }
  return entry.data;
}
