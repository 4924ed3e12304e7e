/**
 * The order in which an attempt shows options and steps: single and multiple choice options
 * shuffled (pinned ones keep their place), the steps of order questions scrambled (never one in
 * its right place), both seeded by a value kept in sessionStorage for the check, so a reload in
 * the middle of an attempt shows the same order. Submitting ends the attempt; "Try again" starts
 * a new one with a new order. True/false and lead-or-manage keep their fixed order.
 */
import { scramble, shuffle } from '../../lib/quiz/shuffle';

const seedKey = (check: HTMLElement) => `lm-check-seed:${check.dataset.checkId}`;

/** Each option list in its authored order, the base every shuffle starts from. */
const authored = new WeakMap<Element, HTMLElement[]>();

/**
 * Orders the check's options and steps for the attempt; `fresh` starts a new attempt. `within`: only
 * the lists in it (a question added to the check later, as the review page loads its questions).
 */
export function arrangeAttempt(check: HTMLElement, fresh = false, within: ParentNode = check): void {
  const key = seedKey(check);
  let seed: string;
  try {
    if (fresh) sessionStorage.removeItem(key);
    seed = sessionStorage.getItem(key) ?? '';
    if (!seed) sessionStorage.setItem(key, (seed = Math.random().toString(36).slice(2)));
  } catch {
    // Storage blocked: a new order on every load, still the same for the whole visit of the page.
    seed = Math.random().toString(36).slice(2);
  }
  for (const list of within.querySelectorAll<HTMLElement>('[data-shuffle]')) {
    const fieldset = list.closest<HTMLElement>('fieldset[data-kind]')!;
    // The question's id: its fieldset is q-<id> (question-part.ts, kept out of this early module).
    const questionSeed = `${seed}:${fieldset.id.slice(2)}`;
    if (list.tagName === 'OL') {
      // Steps: scrambled from the right order, which the "Show answer" list holds.
      const right = [...fieldset.querySelectorAll<HTMLElement>('.check-answer [data-step]')].map((step) =>
        list.querySelector<HTMLElement>(`[data-step="${step.dataset.step}"]`)!,
      );
      list.append(...scramble(right, questionSeed));
    } else {
      if (!authored.has(list)) authored.set(list, [...list.children] as HTMLElement[]);
      list.append(...shuffle(authored.get(list)!, questionSeed, (li) => li.hasAttribute('data-pinned')));
    }
  }
}

/** The attempt was submitted: the next one, even after a reload, gets a new order. */
export function endAttempt(check: HTMLElement): void {
  try {
    sessionStorage.removeItem(seedKey(check));
  } catch {
    // Nothing was kept.
  }
}
