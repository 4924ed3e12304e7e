/**
 * Order questions in the check's controller: Up and Down buttons move a step by one place (no
 * drag and drop), the new position is announced in the check's polite live region, and focus
 * stays on the pressed button (the neighbouring step moves, not the focused one). A button that
 * cannot move its step further stays focusable (aria-disabled) and says so when pressed.
 * The answer key is the "Show answer" list, in the right order.
 */
import { firstMisplaced, type Answer } from '../../lib/quiz/grade';
import { cannotMoveLine, misplacedLine, movedLine } from '../../lib/quiz/summary';
import { clearFeedback, el, mark, questionId, setFeedback, type QuestionPart } from './question-part';

export function orderQuestion(fieldset: HTMLFieldSetElement, announce: (text: string) => void): QuestionPart {
  const list = fieldset.querySelector<HTMLOListElement>('.check-steps')!;
  const answerList = fieldset.querySelector<HTMLOListElement>('.check-answer ol')!;
  const right = [...answerList.children].map((li) => (li as HTMLElement).dataset.step!);
  const steps = () => [...list.children] as HTMLElement[];
  const texts = new Map(
    [...answerList.children].map((li) => [(li as HTMLElement).dataset.step!, li.textContent ?? '']),
  );
  const textOf = (id: string) => texts.get(id) ?? '';

  /** Names each button after its step and marks the ones that cannot move further. */
  const label = () => {
    const items = steps();
    items.forEach((li, i) => {
      const text = textOf(li.dataset.step!);
      for (const button of li.querySelectorAll<HTMLButtonElement>('[data-move]')) {
        const up = button.dataset.move === '-1';
        button.setAttribute('aria-label', `Move ${up ? 'up' : 'down'}: ${text}`);
        button.setAttribute('aria-disabled', String(up ? i === 0 : i === items.length - 1));
      }
    });
  };

  list.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-move]');
    if (!button || fieldset.disabled) return;
    const li = button.closest('li')!;
    const items = steps();
    const from = items.indexOf(li);
    const to = from + Number(button.dataset.move);
    const text = textOf(li.dataset.step!);
    if (to < 0 || to >= items.length) {
      announce(cannotMoveLine(text, to < 0));
      return;
    }
    // Move the neighbour rather than this step, so the pressed button never leaves the document
    // and keeps focus.
    const other = items[to]!;
    if (to < from) list.insertBefore(other, li.nextSibling);
    else list.insertBefore(other, li);
    label();
    announce(movedLine(text, to + 1, items.length));
  });
  label();

  const order = () => steps().map((li) => li.dataset.step!);

  return {
    fieldset,
    key: { id: questionId(fieldset), kind: 'order', steps: right },
    answer: (): Answer => ({ kind: 'order', order: order() }),

    showFeedback(correct) {
      fieldset.dataset.result = correct ? 'right' : 'wrong';
      const mine = order();
      steps().forEach((li, i) => {
        const inPlace = li.dataset.step === right[i];
        li.firstElementChild!.append(
          mark(inPlace ? 'right' : 'wrong', inPlace ? 'In the right place' : 'Not in the right place'),
        );
      });
      const explanation = el('p', fieldset.querySelector('.check-answer .check-explanation')?.textContent ?? '');
      if (correct) {
        setFeedback(fieldset, 'Correct.', explanation);
      } else {
        const at = firstMisplaced(right, mine);
        const rightOrder = answerList.cloneNode(true);
        setFeedback(
          fieldset,
          'Not quite.',
          el('p', misplacedLine(at + 1, textOf(right[at]!), textOf(mine[at] ?? ''))),
          el('p', el('strong', 'The right order:')),
          rightOrder,
          explanation,
        );
      }
      fieldset.disabled = true;
    },

    // Called after the check has arranged the steps for the new attempt.
    reset() {
      clearFeedback(fieldset);
      label();
    },

    focusTarget: () => list.querySelector<HTMLElement>('[data-move]')!,
  };
}
