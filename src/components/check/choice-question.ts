/**
 * Single and multiple choice, true/false and lead-or-manage questions in the check's controller.
 * The answer key comes from the "Show answer" list (data-choice, data-correct), which is in the
 * authored order; the options may be shown in another (shuffled) order, so everything here goes
 * by choice id, never by position.
 */
import type { Answer } from '../../lib/quiz/grade';
import { answerList, quoted } from '../../lib/quiz/summary';
import { clearFeedback, el, mark, questionId, setFeedback, type QuestionPart } from './question-part';

export function choiceQuestion(fieldset: HTMLFieldSetElement): QuestionPart {
  const answers = [...fieldset.querySelectorAll<HTMLElement>('.check-answer [data-choice]')];
  const choices = answers.map((li) => ({ id: li.dataset.choice!, correct: li.hasAttribute('data-correct') }));
  const isCorrect = (id: string) => choices.some((c) => c.id === id && c.correct);
  const explanation = (id: string) =>
    answers.find((li) => li.dataset.choice === id)?.querySelector('span')?.textContent ?? '';
  /** The option inputs in the order shown. */
  const inputs = () => [...fieldset.querySelectorAll<HTMLInputElement>('.check-options input')];
  // Read before any mark is added to the option's text.
  const labels = new Map(inputs().map((input) => [input.value, input.nextElementSibling!.textContent ?? '']));
  const label = (input: HTMLInputElement) => labels.get(input.value) ?? '';

  return {
    fieldset,
    key: { id: questionId(fieldset), kind: 'pick', choices },
    answer: (): Answer => ({
      kind: 'pick',
      chosen: inputs()
        .filter((i) => i.checked)
        .map((i) => i.value),
    }),

    showFeedback(correct) {
      fieldset.dataset.result = correct ? 'right' : 'wrong';
      const explained: Node[] = [];
      for (const input of inputs()) {
        const right = isCorrect(input.value);
        if (input.checked) {
          input.nextElementSibling!.append(
            mark(right ? 'right' : 'wrong', `Your choice: ${right ? 'correct' : 'not correct'}`),
          );
          explained.push(el('p', el('strong', `You chose ${quoted(label(input))}`), ' ', explanation(input.value)));
        } else if (right && !correct) {
          input.nextElementSibling!.append(mark('right', 'Correct answer, not chosen'));
        }
      }
      const rightLabels = inputs()
        .filter((i) => isCorrect(i.value))
        .map(label);
      setFeedback(
        fieldset,
        correct ? 'Correct.' : 'Not quite.',
        ...explained,
        ...(correct ? [] : [el('p', el('strong', 'The right answer:'), ' ', answerList(rightLabels))]),
      );
      // Answers are locked until "Try again", so the feedback cannot go stale.
      fieldset.disabled = true;
    },

    reset() {
      clearFeedback(fieldset);
      for (const input of inputs()) input.checked = false;
    },

    focusTarget: () => inputs()[0]!,
  };
}
