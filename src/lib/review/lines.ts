/**
 * The review page's sentences: how many questions there are, what a round of answers did, and the
 * line a lesson's saved result adds when its check has changed since. Pure, so each is tested.
 */
import { reviewCountLine } from './schedule';

/** The line above the practice: how many to review, and how many of them this round shows. */
export function sessionLine(total: number, shown: number): string {
  const line = `${reviewCountLine(total)}.`;
  return shown < total ? `${line} Here are ${shown} of them; the rest come next.` : line;
}

/** What the live region says after a round of review answers; `left` counts what is still to review. */
export function reviewSummary(right: number, total: number, left: number): string {
  const missed = total - right;
  let result: string;
  if (missed === 0)
    result =
      total === 1
        ? 'You got it right: it leaves the list until it is due again.'
        : `You got all ${total} right: they leave the list until they are due again.`;
  else if (right === 0)
    result =
      total === 1
        ? 'Not this time: it stays on the list. Read the feedback, then try it again.'
        : `You got none of the ${total} right: they stay on the list. Read the feedback, then try them again.`;
  else
    result = `You got ${right} of ${total} right: ${right === 1 ? 'that one leaves' : 'those leave'} the list until due again; the ${missed} you missed ${missed === 1 ? 'stays' : 'stay'} on it.`;
  return `${result} ${left > 0 ? `${reviewCountLine(left)} now.` : 'Nothing left to review for now.'}`;
}
