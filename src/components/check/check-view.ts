/**
 * What a learner must have before they see the check: the options and steps in this attempt's
 * order. On a lesson the grading code (check-controller.ts, which imports this) runs it when the
 * check comes near the screen. A page that opens with its check (the final check) runs it with the
 * page (check-upfront.ts), with two more things the grading code would otherwise do: the saved
 * result of a returning learner (check-saved.ts, loaded only when this browser has saved something
 * for the check), and the buttons pressed before the grading code arrives, pressed again once it
 * has (`pressedEarly`), so that no press is lost.
 */
import { checkSavedUrl } from 'virtual:check-saved-module';
import { PROGRESS_KEY } from '../../lib/progress/key';
import { arrangeAttempt } from './attempt-order';

const early = new WeakMap<HTMLElement, HTMLElement[]>();

/** The check's buttons pressed since `show(check, true)`, for the grading code to press again. */
export const pressedEarly = (check: HTMLElement): HTMLElement[] => early.get(check) ?? [];

/**
 * Sets the check up for the learner; does nothing the second time. `saved` false: the check has no
 * saved result to show (the review page's practice), so check-saved.ts is never loaded for it.
 */
export function show(check: HTMLElement, upfront = false, saved = upfront): void {
  if (check.hasAttribute('data-ready')) return;
  // Not when the learner is already in the check (they tabbed into it or pressed it before this
  // code arrived): moving what they are looking at would be worse than the authored order, and
  // grading does not depend on order.
  const inUse =
    check.contains(document.activeElement) ||
    !!check.querySelector('input:checked') ||
    [...check.querySelectorAll('textarea')].some((t) => t.value);
  if (!inUse) arrangeAttempt(check);
  if (upfront) {
    const pressed: HTMLElement[] = [];
    early.set(check, pressed);
    check.addEventListener('click', (e) => {
      const button = (e.target as Element).closest('button');
      if (button && !check.hasAttribute('data-upgraded')) pressed.push(button);
    });
    let stored: string | null = null;
    try {
      if (saved) stored = localStorage.getItem(PROGRESS_KEY);
    } catch {
      // Blocked storage: the grading code says so when it loads.
    }
    // A first visit has nothing saved and needs none of that code. The line's space is reserved, so
    // filling it a moment later moves nothing. By URL: no Vite preload helper (lazy-modules.ts).
    if (saved && stored?.includes(`"${check.dataset.checkId}"`)) {
      import(/* @vite-ignore */ checkSavedUrl).then(
        (m: typeof import('./check-saved')) => m.render(check),
        () => {},
      );
    }
  }
  check.toggleAttribute('data-ready', true);
}
