/** The line above a check: how many questions, about how long, and the pass mark. */
export const PASS_MARK = 0.8;

/** About 20 seconds a question, rounded up to whole minutes. */
export function checkMinutes(questionCount: number): number {
  return Math.max(1, Math.ceil(questionCount / 3));
}

export function checkIntro(questionCount: number): string {
  const q = questionCount === 1 ? '1 question' : `${questionCount} questions`;
  const m = checkMinutes(questionCount);
  return `${q}, about ${m} ${m === 1 ? 'minute' : 'minutes'}. Pass mark: ${Math.round(PASS_MARK * 100)}%.`;
}
