/**
 * The words around a check: the line above it (how many questions, about how
 * long, the pass mark), the result lines and the feedback sentences the check's
 * script writes. Pure, so every sentence a learner reads here is unit-tested.
 */
import type { Attempt } from '../progress/progress';
import { neededToPass, PASS_MARK } from './grade';
import { formatDay } from '../format-day';

/** How long a learner takes over one question, on average. */
export const SECONDS_PER_QUESTION = 20;
/** A short written answer, compared with the model answer: a couple of minutes. */
const SECONDS_PER_WRITTEN_ANSWER = 120;

/** Time for a whole check, rounded up to whole minutes. */
function checkMinutes(questionCount: number, writtenCount = 0): number {
  const seconds = questionCount * SECONDS_PER_QUESTION + writtenCount * SECONDS_PER_WRITTEN_ANSWER;
  return Math.max(1, Math.ceil(seconds / 60));
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "A", "A and B", "A, B and C". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * Several answers in words, e.g. "A checklist; A rota; and A deadline". Options are often full
 * sentences, so in a list of several each loses its own final full stop ("ovens; A weekly rota",
 * not "ovens.; A weekly rota").
 */
export function answerList(labels: readonly string[]): string {
  if (labels.length <= 1) return labels[0] ?? '';
  const items = labels.map((l) => l.replace(/\.$/, ''));
  return `${items.slice(0, -1).join('; ')}; and ${items.at(-1)}`;
}

/** “Text” followed by a full stop, unless the text already ends a sentence. */
export function quoted(text: string): string {
  return `“${text}”${/[.!?]$/.test(text) ? '' : '.'}`;
}

/** The pass mark as it reads everywhere: "80%, 6 of 7". */
export function passMark(total: number): string {
  return `${Math.round(PASS_MARK * 100)}%, ${neededToPass(total)} of ${total}`;
}

/** The line under the check's heading. Written answers are not scored, so the pass mark is over the questions. */
export function checkIntro(questionCount: number, writtenCount = 0): string {
  const m = checkMinutes(questionCount, writtenCount);
  const minutes = `about ${count(m, 'minute', 'minutes')}`;
  const mark = `Pass mark: ${passMark(questionCount)}`;
  if (writtenCount === 0) return `${count(questionCount, 'question', 'questions')}, ${minutes}. ${mark}.`;
  return (
    `${count(questionCount, 'question', 'questions')} and ${count(writtenCount, 'written answer', 'written answers')}, ` +
    `${minutes}. ${mark} (written answers are not scored).`
  );
}

/**
 * What the live region says after grading; starts with "You scored N of M". `subject` is what a
 * pass completes ("this lesson", "the final check").
 */
export function scoreSummary(score: number, total: number, passed: boolean, subject = 'this lesson'): string {
  const scored = `You scored ${score} of ${total}.`;
  return passed
    ? `${scored} You passed, so ${subject} is marked complete.`
    : `${scored} The pass mark is ${passMark(total)}: read the feedback on each question, then try again.`;
}

/** The self-check of the written answers, added to the score line: "Written answers: you met 5 of 7 criteria." */
export function criteriaLine(met: number, total: number, answers: number): string {
  return `${answers === 1 ? 'Written answer' : 'Written answers'}: you met ${met} of ${count(total, 'criterion', 'criteria')}.`;
}

/** Feedback inside a written answer once the check is submitted. */
export function writtenFeedback(met: number, total: number): string {
  return `Your answer is saved in this browser. By your own check, it does ${met} of the ${count(total, 'thing', 'things')} listed.`;
}

/** A step's text inside a sentence: without its own final full stop. */
const bare = (text: string) => text.replace(/\.$/, '');

/** Feedback on an order question: the first position that is wrong (1-based) and what belongs there. */
export function misplacedLine(position: number, expected: string, had: string): string {
  return `The first step out of place is number ${position}: it should be “${bare(expected)}”, not “${bare(had)}”.`;
}

/** Announced after a step is moved (or could not move further). */
export function movedLine(step: string, position: number, total: number): string {
  return `“${bare(step)}” is now step ${position} of ${total}.`;
}

export function cannotMoveLine(step: string, up: boolean): string {
  return `“${bare(step)}” is already ${up ? 'first' : 'last'}.`;
}

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
  const now = `The check has changed since: it now has ${count(currentTotal, 'question', 'questions')}`;
  return passed ? `${now}, and your pass still counts.` : `${now}.`;
}
