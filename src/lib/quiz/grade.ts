/**
 * Grading a check: pure functions over answer keys and the learner's answers.
 * Kept free of the content schema (and so of zod) because the check's browser
 * script imports it. That script reads keys from the server-rendered answer lists;
 * tests build them from questions with `keyOf` (choices.ts), the same source the lists use.
 *
 * Nothing here depends on the order in which options or steps are shown: choices are
 * compared as sets of ids, steps by id against the right order.
 */

import { hasPassed } from './pass-mark';

// The pass mark lives in pass-mark.ts (a page needs it before this module loads).
export { PASS_MARK, hasPassed, neededToPass } from './pass-mark';

interface ChoiceKey {
  id: string;
  correct: boolean;
}

/** What grading needs to know about a question, by how it is answered. */
export type QuestionKey =
  /** Single, multiple, true/false and lead-or-manage: every choice, right or not. */
  | { id: string; kind: 'pick'; choices: readonly ChoiceKey[] }
  /** Order: the step ids in the right order. */
  | { id: string; kind: 'order'; steps: readonly string[] }
  /** Write: not graded; the learner compares with a model against this many criteria. */
  | { id: string; kind: 'write'; criteria: number };

export type Answer =
  | { kind: 'pick'; chosen: readonly string[] }
  /** The step ids in the order the learner put them. */
  | { kind: 'order'; order: readonly string[] }
  /** `compared`: the learner opened the model answer; `met`: the criteria they ticked (0-based). */
  | { kind: 'write'; text: string; compared: boolean; met: readonly number[] };

/** Question id → the learner's answer (missing: not answered). */
export type Answers = Readonly<Record<string, Answer | undefined>>;

interface QuestionResult {
  id: string;
  /** Right or wrong; absent for a written answer, which is not graded. */
  correct?: boolean;
}

interface CheckResult {
  /** Right answers, over the graded questions only (written answers do not count). */
  score: number;
  total: number;
  passed: boolean;
  questions: QuestionResult[];
  /** Ids of the graded questions answered wrong, in question order. */
  wrong: string[];
  /** Over every written answer: the criteria the learner ticked, of all the criteria. Absent without any. */
  criteria?: { met: number; total: number };
}

/**
 * Right only when the chosen set is exactly the set of correct choices: a partial
 * selection on a "choose all that apply" question, an extra wrong choice, or an id
 * that is not one of the question's choices all count as wrong.
 */
function gradeChoices(choices: readonly ChoiceKey[], selected: readonly string[]): boolean {
  const chosen = new Set(selected);
  if (chosen.size === 0) return false;
  const ids = new Set(choices.map((c) => c.id));
  for (const id of chosen) if (!ids.has(id)) return false;
  return choices.every((c) => c.correct === chosen.has(c.id));
}

/**
 * The first position (0-based) at which the learner's order differs from the right one, or -1
 * when every step is in its place. An order that is not exactly the question's steps (a step
 * missing, repeated or unknown) is wrong from the first position where it differs.
 */
export function firstMisplaced(right: readonly string[], order: readonly string[]): number {
  const length = Math.max(right.length, order.length);
  for (let i = 0; i < length; i++) if (right[i] !== order[i]) return i;
  return -1;
}

/** The criteria ticked for a written answer, counted once each and only if they exist. */
export function criteriaMet(criteria: number, met: readonly number[]): number {
  return new Set(met.filter((i) => Number.isInteger(i) && i >= 0 && i < criteria)).size;
}

/** Whether a question has an answer to grade. An order question always has one: the order shown. */
export function isAnswered(key: QuestionKey, answer: Answer | undefined): boolean {
  if (!answer || answer.kind !== key.kind) return false;
  switch (answer.kind) {
    case 'pick':
      return answer.chosen.length > 0;
    case 'order':
      return answer.order.length > 0;
    case 'write':
      // Written, and compared with the model answer (the self-check is part of answering).
      return answer.text.trim() !== '' && answer.compared;
  }
}

/** Ids of the questions not answered yet, in question order. */
export function unansweredQuestions(keys: readonly QuestionKey[], answers: Answers): string[] {
  return keys.filter((k) => !isAnswered(k, answers[k.id])).map((k) => k.id);
}

/** Right or wrong for a graded question; undefined for a written answer. */
export function gradeQuestion(key: QuestionKey, answer: Answer | undefined): boolean | undefined {
  switch (key.kind) {
    case 'pick':
      return answer?.kind === 'pick' && gradeChoices(key.choices, answer.chosen);
    case 'order':
      return answer?.kind === 'order' && firstMisplaced(key.steps, answer.order) === -1;
    case 'write':
      return undefined;
  }
}

export function gradeCheck(keys: readonly QuestionKey[], answers: Answers): CheckResult {
  const questions: QuestionResult[] = keys.map((k) => {
    const correct = gradeQuestion(k, answers[k.id]);
    return correct === undefined ? { id: k.id } : { id: k.id, correct };
  });
  const graded = questions.filter((q) => q.correct !== undefined);
  const score = graded.filter((q) => q.correct).length;
  const total = graded.length;
  const result: CheckResult = {
    score,
    total,
    passed: hasPassed(score, total),
    questions,
    wrong: graded.filter((q) => !q.correct).map((q) => q.id),
  };
  const written = keys.filter((k) => k.kind === 'write');
  if (written.length > 0) {
    result.criteria = written.reduce(
      (sum, k) => {
        const answer = answers[k.id];
        const met = answer?.kind === 'write' ? criteriaMet(k.criteria, answer.met) : 0;
        return { met: sum.met + met, total: sum.total + k.criteria };
      },
      { met: 0, total: 0 },
    );
  }
  return result;
}
