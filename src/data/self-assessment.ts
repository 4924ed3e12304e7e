/**
 * The self-assessment as the page sees it: read once per build from content/self-assessment.yaml
 * and checked against the lessons. A link to a lesson that does not exist stops the build here.
 * Undefined when the course has no such file (a generated course): then there is no page or link.
 */
import { getCollection } from 'astro:content';
import { getCourse } from './course';
import { findSelfAssessmentProblems } from '../lib/self-assessment/problems';
import type { SelfAssessmentData } from '../schemas/content';

let loaded: Promise<SelfAssessmentData | undefined> | undefined;

export function getSelfAssessment(): Promise<SelfAssessmentData | undefined> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<SelfAssessmentData | undefined> {
  const entries = await getCollection('selfAssessment');
  if (entries.length === 0) return undefined;
  const entry = entries.find((e) => e.id === 'self-assessment');
  if (!entry || entries.length > 1) {
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
