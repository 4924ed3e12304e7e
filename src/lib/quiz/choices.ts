/**
 * Every question kind seen the way the check renders and grades it. Questions answered by
 * picking (single, multiple, true/false, lead-or-manage) become a list of choices, each with
 * its label, whether it is correct and why; `keyOf` gives any question's answer key. The
 * server-rendered check and the unit tests both read questions through this module.
 *
 * Choices come in the authored order. With JavaScript the check shuffles single and multiple
 * choice options for each attempt (lib/quiz/shuffle.ts); `shuffles` says which questions.
 */
import { LEAD_OR_MANAGE, type LeadOrManage, type Question } from '../../schemas/content';
import type { QuestionKey } from './grade';
import { listOf } from './summary';

/** The kinds answered by picking from a list of choices (order and write questions are not). */
export type PickQuestion = Exclude<Question, { kind: 'order' | 'write' }>;

export function isPickQuestion(q: Question): q is PickQuestion {
  return q.kind !== 'order' && q.kind !== 'write';
}

export interface Choice {
  /** Stable id: the option id, "true"/"false", or leadership/management/both. */
  id: string;
  label: string;
  correct: boolean;
  explanation: string;
  /** How the no-JavaScript answer refers to the choice: its letter (A, B…) or, when short, its label. */
  ref: string;
  /** Keeps its authored place when the other options are shuffled. */
  pinned: boolean;
}

const LEAD_OR_MANAGE_LABELS: Record<LeadOrManage, string> = {
  leadership: 'Leadership',
  management: 'Management',
  both: 'Both',
};

/** The letter shown before the option at `index` (0-based): A, B, C… */
function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

export function choicesOf(q: PickQuestion): Choice[] {
  switch (q.kind) {
    case 'single':
    case 'multiple':
      return q.options.map((o, i) => ({
        id: o.id,
        label: o.text,
        correct: q.correct.includes(o.id),
        explanation: o.explanation,
        ref: optionLetter(i),
        pinned: !!o.pinned,
      }));
    case 'true-false':
      return [true, false].map((value) => ({
        id: String(value),
        label: value ? 'True' : 'False',
        correct: q.correct === value,
        explanation: q.explanations[String(value) as 'true' | 'false'],
        ref: value ? 'True' : 'False',
        pinned: false,
      }));
    case 'lead-or-manage':
      return LEAD_OR_MANAGE.map((id) => ({
        id,
        label: LEAD_OR_MANAGE_LABELS[id],
        correct: q.correct === id,
        explanation: q.explanations[id],
        ref: LEAD_OR_MANAGE_LABELS[id],
        pinned: false,
      }));
  }
}

/** True when the learner may pick several choices (checkboxes rather than radios). */
export function allowsSeveral(q: PickQuestion): boolean {
  return q.kind === 'multiple';
}

/**
 * Whether the check shuffles this question's options (with JavaScript, per attempt). True/false and
 * lead-or-manage keep their fixed order; order questions have their steps scrambled instead.
 */
export function shuffles(q: Question): boolean {
  return q.kind === 'single' || q.kind === 'multiple';
}

/** The right answer as the no-JavaScript answer says it: "B", "A, C and D", "False", "Both". */
export function answerRefs(q: PickQuestion): string {
  return listOf(
    choicesOf(q)
      .filter((c) => c.correct)
      .map((c) => c.ref),
  );
}

/** A question's answer key, as the check's script reads it from the page. */
export function keyOf(q: Question): QuestionKey {
  switch (q.kind) {
    case 'order':
      return { id: q.id, kind: 'order', steps: q.steps.map((s) => s.id) };
    case 'write':
      return { id: q.id, kind: 'write', criteria: q.criteria.length };
    default:
      return { id: q.id, kind: 'pick', choices: choicesOf(q).map(({ id, correct }) => ({ id, correct })) };
  }
}
