/**
 * The pass mark, in a module of its own: the line a returning learner sees at the top of a check
 * needs it before the check's grading code (grade.ts, which re-exports these) has loaded.
 */

/** The share of right answers that passes a check. */
export const PASS_MARK = 0.8;

export function hasPassed(score: number, total: number): boolean {
  return total > 0 && score / total >= PASS_MARK;
}

/** The fewest right answers that pass a check of `total` questions. */
export function neededToPass(total: number): number {
  // Rounding guard: total * 0.8 may come out a hair above a whole number in floating point.
  return Math.ceil(total * PASS_MARK - 1e-9);
}
