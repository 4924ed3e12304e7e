/**
 * The line at the top of a check for a returning learner: their best result and, when it is not
 * the best, their latest. Apart from summary.ts (the check's other sentences) because a page
 * shows it before the check's grading code loads.
 */
import type { Attempt } from '../progress/progress';
import { formatDay } from '../format-day';
import { hasPassed } from './pass-mark';

/** The best saved result, as shown when the learner comes back. */
export function bestLine(best: Attempt, passed: boolean, timeZone?: string): string {
  const on = formatDay(best.at, timeZone);
  return passed
    ? `You passed on ${on} with ${best.score} of ${best.total}.`
    : `Your best score so far is ${best.score} of ${best.total}, on ${on}.`;
}

export function latestLine(latest: Attempt, timeZone?: string): string {
  return `Your latest attempt, on ${formatDay(latest.at, timeZone)}: ${latest.score} of ${latest.total}.`;
}

/**
 * Added to the saved result when the check has changed since (another number of graded questions):
 * the result keeps its own total ("6 of 7") and its pass, and says the check is now different.
 */
export function changedCheckLine(saved: Attempt, currentTotal: number, passed: boolean): string {
  if (saved.total === currentTotal) return '';
  const now = `The check has changed since: it now has ${currentTotal} ${currentTotal === 1 ? 'question' : 'questions'}`;
  return passed ? `${now}, and your pass still counts.` : `${now}.`;
}

/**
 * The saved-result line for a check's saved best and latest attempt. `graded`: an attempt was
 * just graded on this page, whose score the live region already gives, so the latest is not
 * repeated and the best is shown only when it is another attempt. `currentTotal`: the check's
 * graded questions now, when known, to say that the check has changed since the best result.
 */
export function savedLine(
  saved: { best?: Attempt; latest?: Attempt } | undefined,
  graded = false,
  currentTotal?: number,
  timeZone?: string,
): string {
  if (!saved?.best || !saved.latest) return '';
  const latestIsBest = saved.latest.at === saved.best.at;
  const passed = hasPassed(saved.best.score, saved.best.total);
  const changed = currentTotal === undefined ? '' : changedCheckLine(saved.best, currentTotal, passed);
  const best = `${bestLine(saved.best, passed, timeZone)} ${changed}`.trim();
  if (graded) return latestIsBest ? '' : best;
  return latestIsBest ? best : `${best} ${latestLine(saved.latest, timeZone)}`;
}
