/**
 * The line above a check question's prompt: its number and what kind of answer it wants, so a
 * learner knows at a glance whether to pick one, several, order or write ("Question 3 of 7 ·
 * Choose all that apply").
 */
import type { QuestionKind } from '../../schemas/content';

/** What each kind asks the learner to do, in a few words. */
export const KIND_LABELS: Record<QuestionKind, string> = {
  single: 'Choose one',
  multiple: 'Choose all that apply',
  'true-false': 'True or false',
  'lead-or-manage': 'Lead or manage?',
  order: 'Put in order',
  write: 'Write',
};

export function questionLabel(number: number, total: number, kind: QuestionKind): string {
  return `Question ${number} of ${total} · ${KIND_LABELS[kind]}`;
}
