/**
 * Every question kind seen the same way: a prompt and a fixed list of choices,
 * each with its label, whether it is correct and why. The server-rendered
 * check and the grader both read questions through this, so the order of the
 * options is the same everywhere (no shuffling: "the third option" means the
 * same thing to every learner).
 */
import { LEAD_OR_MANAGE, type LeadOrManage, type Question } from '../../schemas/content';

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
}

const LEAD_OR_MANAGE_LABELS: Record<LeadOrManage, string> = {
  leadership: 'Leadership',
  management: 'Management',
  both: 'Both',
};

export function choicesOf(q: PickQuestion): Choice[] {
  switch (q.kind) {
    case 'single':
    case 'multiple':
      return q.options.map((o) => ({
        id: o.id,
        label: o.text,
        correct: q.correct.includes(o.id),
        explanation: o.explanation,
      }));
    case 'true-false':
      return [true, false].map((value) => ({
        id: String(value),
        label: value ? 'True' : 'False',
        correct: q.correct === value,
        explanation: q.explanations[String(value) as 'true' | 'false'],
      }));
    case 'lead-or-manage':
      return LEAD_OR_MANAGE.map((id) => ({
        id,
        label: LEAD_OR_MANAGE_LABELS[id],
        correct: q.correct === id,
        explanation: q.explanations[id],
      }));
  }
}

/** True when the learner may pick several choices (checkboxes rather than radios). */
export function allowsSeveral(q: PickQuestion): boolean {
  return q.kind === 'multiple';
}

/**
 * The right answer said in words, e.g. "Management", or "A checklist; A rota; and A deadline"
 * for several. Options are often full sentences, so in a list of several each loses its own
 * final full stop ("ovens; A weekly rota", not "ovens.; A weekly rota").
 */
export function correctAnswerText(q: PickQuestion): string {
  const labels = choicesOf(q)
    .filter((c) => c.correct)
    .map((c) => c.label);
  if (labels.length <= 1) return labels[0] ?? '';
  const items = labels.map((l) => l.replace(/\.$/, ''));
  return `${items.slice(0, -1).join('; ')}; and ${items.at(-1)}`;
}
