/**
 * What the check's controller needs from each question, whatever its kind: its answer key (read
 * from the server-rendered answer list), the learner's answer, feedback after grading, a reset for
 * "Try again", and where focus goes when it is not answered yet. One module per kind implements it:
 * choice-question.ts, order-question.ts, write-question.ts. Loaded with the controller, not up front.
 */
import type { Answer, QuestionKey } from '../../lib/quiz/grade';

export interface QuestionPart {
  readonly fieldset: HTMLFieldSetElement;
  readonly key: QuestionKey;
  answer(): Answer;
  /** Shows feedback for a graded answer (`correct` is absent for a written answer) and locks the answer. */
  showFeedback(correct: boolean | undefined): void;
  /** Clears the answer and its feedback for a new attempt. */
  reset(): void;
  /** The control to focus when the question still needs an answer. */
  focusTarget(): HTMLElement;
}

/** A question's id: its fieldset is q-<id> (the anchor the unanswered-question links use). */
export const questionId = (fieldset: HTMLElement): string => fieldset.id.slice(2);

export function el(tag: string, ...content: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  node.append(...content);
  return node;
}

/**
 * Gives the question its feedback box, at its end: a verdict first ("Correct." / "Not quite."), then
 * the rest. Made here rather than sent empty in every question's HTML.
 */
export function setFeedback(fieldset: HTMLFieldSetElement, verdict: string | null, ...rest: Node[]): void {
  if (verdict) {
    const p = el('p', verdict);
    p.className = 'check-verdict';
    rest.unshift(p);
  }
  const box = el('div', ...rest);
  box.className = 'check-feedback';
  fieldset.querySelector('.check-feedback')?.remove();
  fieldset.append(box);
}

export function clearFeedback(fieldset: HTMLFieldSetElement): void {
  fieldset.disabled = false;
  delete fieldset.dataset.result;
  for (const old of fieldset.querySelectorAll('.check-feedback, .check-mark')) old.remove();
}

/** A mark in words after an option or a step ("Your choice: correct"); the symbol comes from CSS. */
export function mark(kind: 'right' | 'wrong', text: string): HTMLElement {
  const span = el('span', text);
  span.className = 'check-mark';
  span.dataset.mark = kind;
  return span;
}
