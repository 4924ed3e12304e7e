/**
 * Checks of content/self-assessment.yaml that no schema can make alone: every lesson it links to
 * must exist. (Section anchors are checked with every other link by e2e/navigation.spec.ts.)
 */
import type { SelfAssessmentData } from '../../schemas/content';

export function findSelfAssessmentProblems(data: SelfAssessmentData, lessonIds: readonly string[]): string[] {
  const known = new Set(lessonIds);
  const problems: string[] = [];
  const check = (lesson: string, where: string) => {
    if (!known.has(lesson)) {
      problems.push(`content/self-assessment.yaml: ${where}: lesson "${lesson}" does not exist in content/lessons/`);
    }
  };
  data.differences.forEach((d, i) => check(d.lesson, `differences.${i}.lesson`));
  for (const [name, profile] of Object.entries(data.profiles)) {
    profile.nextSteps.forEach((step, i) => check(step.lesson, `profiles.${name}.nextSteps.${i}.lesson`));
  }
  return problems;
}
