/**
 * Scoring for the self-assessment "Which way do you lean?". Pure: statements and answers in,
 * a leadership and a management score per difference and a reading of the profile out.
 *
 * Each answer is 1 (strongly disagree) to 5 (strongly agree). A statement counts towards its side
 * and difference; a reverse-worded one counts the other way round (6 − answer). A score is the
 * share of the possible points, 0–100: answering "neither" to everything gives 50 on every scale.
 */
import type { Side } from '../../schemas/content';

/**
 * The two sides in the order pages show them: the schema's SIDES, repeated so that browser code
 * does not load the schema module (and zod with it). scoring.test.ts checks they agree.
 */
export const SIDES: readonly Side[] = ['leadership', 'management'];

const ANSWER_MIN = 1;
const ANSWER_MAX = 5;

/** A lean needs a gap of at least this many points (of 100); closer scores read as balanced. */
export const BALANCE_MARGIN = 15;

export interface ScoredStatement {
  id: string;
  difference: string;
  side: Side;
  reverse?: boolean;
}

export type Answers = Record<string, number>;

export interface SideScores {
  leadership: number;
  management: number;
}

/** Per difference id, its two scores. */
export type Scores = Record<string, SideScores>;

export type Lean = Side | 'balanced';

export function isAnswer(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= ANSWER_MIN && (value as number) <= ANSWER_MAX;
}

/** The ids of the statements without a valid answer, in statement order. */
export function unanswered(statements: readonly ScoredStatement[], answers: Answers): string[] {
  return statements.filter((s) => !isAnswer(Object.hasOwn(answers, s.id) ? answers[s.id] : undefined)).map((s) => s.id);
}

/**
 * The two scores of every difference that has statements, in the order differences first appear.
 * Throws if a statement is unanswered: callers check `unanswered` first and say what is missing.
 */
export function scoreAnswers(statements: readonly ScoredStatement[], answers: Answers): Scores {
  const missing = unanswered(statements, answers);
  if (missing.length > 0) throw new Error(`unanswered statements: ${missing.join(', ')}`);
  const totals = new Map<string, Record<Side, { points: number; count: number }>>();
  for (const s of statements) {
    const cells = totals.get(s.difference) ?? {
      leadership: { points: 0, count: 0 },
      management: { points: 0, count: 0 },
    };
    totals.set(s.difference, cells);
    const answer = answers[s.id]!;
    cells[s.side].points += s.reverse ? ANSWER_MAX + ANSWER_MIN - answer : answer;
    cells[s.side].count += 1;
  }
  const percent = ({ points, count }: { points: number; count: number }) =>
    count === 0 ? 0 : Math.round(((points - count * ANSWER_MIN) / (count * (ANSWER_MAX - ANSWER_MIN))) * 100);
  const scores: Scores = {};
  for (const [difference, cells] of totals) {
    scores[difference] = { leadership: percent(cells.leadership), management: percent(cells.management) };
  }
  return scores;
}

export function leanOf({ leadership, management }: SideScores): Lean {
  if (Math.abs(leadership - management) < BALANCE_MARGIN) return 'balanced';
  return leadership > management ? 'leadership' : 'management';
}

/** The mean of each side over the differences, rounded. */
export function overallScores(scores: Scores): SideScores {
  const rows = Object.values(scores);
  if (rows.length === 0) return { leadership: 0, management: 0 };
  const mean = (side: Side) => Math.round(rows.reduce((sum, r) => sum + r[side], 0) / rows.length);
  return { leadership: mean('leadership'), management: mean('management') };
}

interface DifferenceReading {
  id: string;
  scores: SideScores;
  lean: Lean;
  /** The side to grow here: the lower one when there is a lean, none when balanced. */
  weaker?: Side;
}

export interface ProfileReading {
  /** Which profile text to show: the overall lean. */
  lean: Lean;
  overall: SideScores;
  differences: DifferenceReading[];
}

/** Reads a set of scores: the overall lean and, per difference (in `order`), its lean and weaker side. */
export function readProfile(scores: Scores, order: readonly string[]): ProfileReading {
  const overall = overallScores(scores);
  const differences = order
    .filter((id) => Object.hasOwn(scores, id))
    .map((id): DifferenceReading => {
      const lean = leanOf(scores[id]!);
      const weaker: Side | undefined =
        lean === 'leadership' ? 'management' : lean === 'management' ? 'leadership' : undefined;
      return weaker ? { id, scores: scores[id]!, lean, weaker } : { id, scores: scores[id]!, lean };
    });
  return { lean: leanOf(overall), overall, differences };
}
