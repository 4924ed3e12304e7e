/**
 * The saved result of a returning learner at the top of a check ("You passed on <date> with N of
 * M", and the latest attempt when it is not the best), with "Try again" and the way on, before
 * the grading code has loaded (check-view.ts loads this when the browser holds something for the
 * check). Read with the same functions as all progress (saved-result.ts), so the line does not
 * change when the controller takes over and renders it from everything saved.
 */
import { PROGRESS_KEY, savedResult } from '../../lib/progress/saved-result';
import { hasPassed } from '../../lib/quiz/pass-mark';
import { savedLine } from '../../lib/quiz/saved-line';

export function render(check: HTMLElement): void {
  // The controller took over (data-upgraded): it keeps the line up to date from now on.
  if (check.hasAttribute('data-upgraded')) return;
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(PROGRESS_KEY);
  } catch {
    // Blocked since the check looked: nothing to show.
  }
  const { best, latest } = savedResult(raw, check.dataset.checkId!);
  const part = (name: string) => check.querySelector<HTMLElement>(`[data-part="${name}"]`);
  part('saved')!.textContent = savedLine({ best, latest });
  part('retry')!.hidden = !best;
  const next = part('next');
  if (next) next.hidden = !best || !hasPassed(best.score, best.total);
}
