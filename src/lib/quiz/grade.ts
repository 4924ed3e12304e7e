/**
 * Grading a check: pure functions over answer keys and the learner's selections.
 * Kept free of the content schema (and so of zod) because the check's browser
 * script imports it. That script reads keys from the server-rendered answer list;
 * tests build them from questions with `choicesOf`, the same source the list uses.
 */

/** The share of right answers that passes a check (re-exported by summary.ts, its first home). */
export const PASS_MARK = 0.8;

interface ChoiceKey {
  id: string;
  correct: boolean;
}

export interface QuestionKey {
  id: string;
  /** Every choice of the question in display order, whether right or not. */
  choices: readonly ChoiceKey[];
}

/** Question id → ids of the chosen choices (empty or missing: unanswered). */
export type Selections = Readonly<Record<string, readonly string[] | undefined>>;

interface QuestionResult {
  id: string;
  correct: boolean;
}

export interface CheckResult {
  score: number;
  total: number;
  passed: boolean;
  questions: QuestionResult[];
}

/**
 * Right only when the chosen set is exactly the set of correct choices: a partial
 * selection on a "choose all that apply" question, an extra wrong choice, or an id
 * that is not one of the question's choices all count as wrong.
 */
export function gradeQuestion(key: QuestionKey, selected: readonly string[]): boolean {
  const chosen = new Set(selected);
  if (chosen.size === 0) return false;
  const ids = new Set(key.choices.map((c) => c.id));
  for (const id of chosen) if (!ids.has(id)) return false;
  return key.choices.every((c) => c.correct === chosen.has(c.id));
}

/** Ids of the questions with nothing chosen, in question order. */
export function unansweredQuestions(keys: readonly QuestionKey[], selections: Selections): string[] {
  return keys.filter((k) => !selections[k.id]?.length).map((k) => k.id);
}

export function hasPassed(score: number, total: number): boolean {
  return total > 0 && score / total >= PASS_MARK;
}

/** The fewest right answers that pass a check of `total` questions. */
export function neededToPass(total: number): number {
  // Rounding guard: total * 0.8 may come out a hair above a whole number in floating point.
  return Math.ceil(total * PASS_MARK - 1e-9);
}

export function gradeCheck(keys: readonly QuestionKey[], selections: Selections): CheckResult {
  const questions = keys.map((k) => ({ id: k.id, correct: gradeQuestion(k, selections[k.id] ?? []) }));
  const score = questions.filter((q) => q.correct).length;
  return { score, total: keys.length, passed: hasPassed(score, keys.length), questions };
}
