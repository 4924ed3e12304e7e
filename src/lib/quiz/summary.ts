/**
 * The words around a check: the line above it (how many questions, about how
 * long, the pass mark) and the result lines the check island shows. Pure, so
 * every sentence a learner reads here is unit-tested.
 */
import type { Attempt } from '../progress/progress';
import { neededToPass, PASS_MARK } from './grade';

/** How long a learner takes over one question, on average. */
export const SECONDS_PER_QUESTION = 20;

/** Time for a whole check, rounded up to whole minutes. */
function checkMinutes(questionCount: number): number {
  return Math.max(1, Math.ceil((questionCount * SECONDS_PER_QUESTION) / 60));
}

export function checkIntro(questionCount: number): string {
  const q = questionCount === 1 ? '1 question' : `${questionCount} questions`;
  const m = checkMinutes(questionCount);
  return `${q}, about ${m} ${m === 1 ? 'minute' : 'minutes'}. Pass mark: ${Math.round(PASS_MARK * 100)}%.`;
}

/** What the live region says after grading; starts with "You scored N of M". */
export function scoreSummary(score: number, total: number, passed: boolean): string {
  const scored = `You scored ${score} of ${total}.`;
  return passed
    ? `${scored} You passed, so this lesson is marked complete.`
    : `${scored} The pass mark is ${neededToPass(total)} of ${total}: read the feedback on each question, then try again.`;
}

/** A day in words ("3 May 2025") in the learner's own time zone; the site is written in British English. */
export function formatDay(iso: string, timeZone?: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone });
}

/** The best saved result, as shown when the learner comes back. */
export function bestLine(best: Attempt, passed: boolean, timeZone?: string): string {
  const on = formatDay(best.at, timeZone);
  return passed
    ? `You passed this check on ${on} with ${best.score} of ${best.total}.`
    : `Your best score so far is ${best.score} of ${best.total}, on ${on}.`;
}

export function latestLine(latest: Attempt, timeZone?: string): string {
  return `Your latest attempt, on ${formatDay(latest.at, timeZone)}: ${latest.score} of ${latest.total}.`;
}
