/**
 * Written answers in the check's controller. The text is saved as the learner types (after a
 * short pause, and at once when the field loses focus or the page is hidden), and so are the
 * criteria they tick; both come back after a reload. An answer counts once it is written and
 * compared with the model answer (the disclosure was opened). Not graded: the feedback repeats
 * the learner's own self-check.
 */
import { criteriaMet, type Answer } from '../../lib/quiz/grade';
import { writtenFeedback } from '../../lib/quiz/summary';
import type { WrittenAnswer } from '../../lib/progress/progress';
import { clearFeedback, el, questionId, setFeedback, type QuestionPart } from './question-part';

/** How long typing must pause before the text is saved. */
const SAVE_AFTER_MS = 600;

export interface WrittenStore {
  saved(questionId: string): WrittenAnswer | undefined;
  save(questionId: string, answer: WrittenAnswer): void;
}

export function writeQuestion(fieldset: HTMLFieldSetElement, store: WrittenStore): QuestionPart {
  const id = questionId(fieldset);
  const text = fieldset.querySelector('textarea')!;
  const model = fieldset.querySelector('details')!;
  const criteria = [...fieldset.querySelectorAll<HTMLInputElement>('.check-criteria input')];
  const met = () => criteria.filter((c) => c.checked).map((c) => Number(c.value));
  let compared = model.open;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    store.save(id, { text: text.value, met: met(), at: new Date().toISOString() });
  };
  const flush = () => timer !== undefined && save();

  // Back from an earlier visit, unless the learner has already started typing here.
  const saved = store.saved(id);
  if (saved && !text.value) {
    text.value = saved.text;
    for (const c of criteria) c.checked = saved.met.includes(Number(c.value));
  } else if (text.value && text.value !== saved?.text) {
    // Typed before this code arrived (typing in the check is what loads it): keep it too.
    timer = setTimeout(save, SAVE_AFTER_MS);
  }

  text.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_AFTER_MS);
  });
  text.addEventListener('change', flush);
  addEventListener('pagehide', flush);
  for (const c of criteria) c.addEventListener('change', save);
  model.addEventListener('toggle', () => {
    if (model.open) compared = true;
  });

  return {
    fieldset,
    key: { id, kind: 'write', criteria: criteria.length },
    answer: (): Answer => ({ kind: 'write', text: text.value, compared, met: met() }),

    showFeedback() {
      flush();
      setFeedback(fieldset, null, el('p', writtenFeedback(criteriaMet(criteria.length, met()), criteria.length)));
      fieldset.disabled = true;
    },

    // The text is the learner's work and stays; the self-check starts again.
    reset() {
      clearFeedback(fieldset);
      for (const c of criteria) c.checked = false;
      model.open = false;
      compared = false;
      if (text.value || store.saved(id)) save();
    },

    focusTarget: () => (text.value.trim() ? model.querySelector('summary')! : text),
  };
}
