/**
 * Is the course's answer key fair to a learner who guesses? Pure measures over every question of
 * the course, used by the content rules (src/course-content.test.ts) and `npm run content:report`.
 *
 * A "blind habit" answers without reading: always the same option position, always the k-th
 * longest option, always "true", always one lead-or-manage class, in multiple choice "all",
 * "all but option k" or "the first k". Each habit is scored on the questions it can answer, in
 * the authored order (what a learner without JavaScript sees), against pure chance on the same
 * questions. `order` and `write` questions have no options to guess and are left out.
 */
import { LEAD_OR_MANAGE, type LeadOrManage, type Question } from '../../schemas/content';

export interface AuditedQuestion {
  /** Where the question is, for messages: "difference-risk/supplier-switch". */
  ref: string;
  question: Question;
}

type Single = Extract<Question, { kind: 'single' }>;
type Multiple = Extract<Question, { kind: 'multiple' }>;

export interface HabitScore {
  habit: string;
  kind: Question['kind'];
  /** Questions the habit was scored on. */
  questions: number;
  /** Share answered right by the habit, 0..1. */
  score: number;
  /** Share a random guesser gets right on the same questions, 0..1. */
  chance: number;
  /** The questions the habit gets right, by ref. */
  hits: string[];
}

/**
 * How far above chance a habit may score, in points (0.1 = 10 percentage points).
 * @public Also read by scripts/content-report.mjs (through Vite's module runner, which knip cannot follow).
 */
export const HABIT_MARGIN = 0.1;

const letter = (i: number) => String.fromCharCode(97 + i);

/** 1-based rank of each option by length, longest first; ties share the better rank. */
export function lengthRanks(texts: readonly string[]): number[] {
  return texts.map((t) => 1 + texts.filter((other) => other.length > t.length).length);
}

function habit<Q extends AuditedQuestion>(
  name: string,
  kind: Question['kind'],
  items: readonly Q[],
  chanceOf: (q: Q) => number,
  right: (q: Q) => boolean,
): HabitScore | undefined {
  if (items.length === 0) return undefined;
  const hits = items.filter(right).map((q) => q.ref);
  return {
    habit: name,
    kind,
    questions: items.length,
    score: hits.length / items.length,
    chance: items.reduce((sum, q) => sum + chanceOf(q), 0) / items.length,
    hits,
  };
}

const ofKind = <K extends Question['kind']>(items: readonly AuditedQuestion[], kind: K) =>
  items.filter((q) => q.question.kind === kind) as (AuditedQuestion & { question: Extract<Question, { kind: K }> })[];

/** Every blind habit the issue names, scored over the questions it applies to. */
export function habitScores(items: readonly AuditedQuestion[]): HabitScore[] {
  const singles = ofKind(items, 'single');
  const multiples = ofKind(items, 'multiple');
  const trueFalse = ofKind(items, 'true-false');
  const leadOrManage = ofKind(items, 'lead-or-manage');
  const singleChance = (q: AuditedQuestion) => 1 / (q.question as Single).options.length;
  const multipleChance = (q: AuditedQuestion) => 1 / (2 ** (q.question as Multiple).options.length - 1);
  const scores: (HabitScore | undefined)[] = [];

  const maxOptions = Math.max(0, ...singles.map((q) => q.question.options.length));
  for (let i = 0; i < maxOptions; i++) {
    scores.push(
      habit(`always option ${letter(i)}`, 'single', singles, singleChance, (q) => {
        const s = q.question as Single;
        return s.options[i]?.id === s.correct[0];
      }),
    );
    scores.push(
      habit(`always the ${ordinal(i + 1)}longest`, 'single', singles, singleChance, (q) => {
        const s = q.question as Single;
        const ranks = lengthRanks(s.options.map((o) => o.text));
        // A guesser picking "the k-th longest" takes the first option holding that rank.
        const pick = ranks.indexOf(i + 1);
        return pick !== -1 && s.options[pick]!.id === s.correct[0];
      }),
    );
  }

  for (const answer of [true, false]) {
    scores.push(
      habit(
        `always "${answer}"`,
        'true-false',
        trueFalse,
        () => 0.5,
        (q) => q.question.correct === answer,
      ),
    );
  }
  for (const answer of LEAD_OR_MANAGE) {
    scores.push(
      habit(
        `always "${answer}"`,
        'lead-or-manage',
        leadOrManage,
        () => 1 / 3,
        (q) => q.question.correct === answer,
      ),
    );
  }

  const correctSet = (m: Multiple) => new Set(m.correct);
  const picks = (m: Multiple, chosen: (i: number) => boolean) => {
    const set = correctSet(m);
    return m.options.every((o, i) => chosen(i) === set.has(o.id));
  };
  scores.push(
    habit('tick all', 'multiple', multiples, multipleChance, (q) => picks(q.question as Multiple, () => true)),
  );
  const maxMultiple = Math.max(0, ...multiples.map((q) => q.question.options.length));
  for (let k = 0; k < maxMultiple; k++) {
    scores.push(
      habit(`all but option ${letter(k)}`, 'multiple', multiples, multipleChance, (q) =>
        picks(q.question as Multiple, (i) => i !== k),
      ),
    );
  }
  for (let k = 1; k < maxMultiple; k++) {
    scores.push(
      habit(`the first ${k}`, 'multiple', multiples, multipleChance, (q) =>
        picks(q.question as Multiple, (i) => i < k),
      ),
    );
  }
  return scores.filter((s): s is HabitScore => s !== undefined);
}

/** "", "2nd ", "3rd ", "4th "…: "the longest", "the 2nd longest". */
function ordinal(n: number): string {
  return n === 1 ? '' : n === 2 ? '2nd ' : n === 3 ? '3rd ' : `${n}th `;
}

/** Habits that beat chance by more than HABIT_MARGIN. */
export function unfairHabits(scores: readonly HabitScore[]): HabitScore[] {
  return scores.filter((s) => s.score > s.chance + HABIT_MARGIN + 1e-9);
}

/**
 * The best a composite habit does over all guessable questions: for each kind the habit that
 * scores best there, combined, against chance over the same questions.
 */
export function bestCompositeHabit(scores: readonly HabitScore[]): {
  score: number;
  chance: number;
  questions: number;
} {
  const byKind = new Map<string, HabitScore>();
  for (const s of scores) {
    const best = byKind.get(s.kind);
    if (!best || s.score > best.score) byKind.set(s.kind, s);
  }
  let right = 0;
  let chance = 0;
  let questions = 0;
  for (const s of byKind.values()) {
    right += s.score * s.questions;
    chance += s.chance * s.questions;
    questions += s.questions;
  }
  return questions === 0
    ? { score: 0, chance: 0, questions }
    : { score: right / questions, chance: chance / questions, questions };
}

// ------------------------------------------------------------ distributions

export interface KeyProblem {
  rule: string;
  refs: string[];
}

/** Words that make a scenario sound like one side; a scenario that uses the other side's words misleads. */
const LEADERSHIP_WORDS =
  /\b(vision|visions|inspir\w*|future|purpose|dream\w*|believ\w*|story|stories|mission|values?)\b/i;
const MANAGEMENT_WORDS =
  /\b(process(es)?|plan|plans|planning|planned|schedul\w*|budget\w*|checklists?|rotas?|procedures?|deadlines?|spreadsheets?|targets?|system|systems)\b/i;

/** True when the scenario's words point to the other answer: "vision" in management, "plan" in leadership. */
export function usesMisleadingWord(scenario: string, answer: LeadOrManage): boolean {
  if (answer === 'management') return LEADERSHIP_WORDS.test(scenario);
  if (answer === 'leadership') return MANAGEMENT_WORDS.test(scenario);
  return false;
}

/** "Both" scenarios built as "the why, then the plan": a leadership word before a management word. */
export function followsWhyThenPlan(scenario: string): boolean {
  const lead = LEADERSHIP_WORDS.exec(scenario);
  const manage = MANAGEMENT_WORDS.exec(scenario);
  return !!lead && !!manage && lead.index < manage.index;
}

const pct = (n: number) => `${Math.round(n * 100)}%`;

/** The shape rules for each kind of question, across the course. */
export function keyDistributionProblems(items: readonly AuditedQuestion[]): KeyProblem[] {
  const problems: KeyProblem[] = [];
  const singles = ofKind(items, 'single');
  const trueFalse = ofKind(items, 'true-false');
  const leadOrManage = ofKind(items, 'lead-or-manage');
  const multiples = ofKind(items, 'multiple');

  if (singles.length > 0) {
    const longest = singles.filter((q) => {
      const ranks = lengthRanks(q.question.options.map((o) => o.text));
      const i = q.question.options.findIndex((o) => o.id === q.question.correct[0]);
      return ranks[i] === 1 && ranks.filter((r) => r === 1).length === 1;
    });
    if (longest.length > singles.length / 3) {
      problems.push({
        rule: `single choice: the correct option is the longest in ${longest.length} of ${singles.length} (at most a third)`,
        refs: longest.map((q) => q.ref),
      });
    }
    const maxOptions = Math.max(...singles.map((q) => q.question.options.length));
    const unused = [...Array(maxOptions).keys()].filter(
      (i) => !singles.some((q) => q.question.options.findIndex((o) => o.id === q.question.correct[0]) === i),
    );
    if (singles.length >= maxOptions * 2 && unused.length > 0) {
      problems.push({
        rule: `single choice: the correct option is never in position ${unused.map(letter).join(', ')}`,
        refs: [],
      });
    }
  }

  if (trueFalse.length > 0) {
    const trues = trueFalse.filter((q) => q.question.correct);
    const share = trues.length / trueFalse.length;
    if (share < 0.4 || share > 0.6) {
      problems.push({
        rule: `true/false: ${trues.length} of ${trueFalse.length} (${pct(share)}) are true (40-60%)`,
        refs: (share < 0.4 ? trueFalse.filter((q) => !q.question.correct) : trues).map((q) => q.ref),
      });
    }
  }

  if (leadOrManage.length > 0) {
    for (const answer of LEAD_OR_MANAGE) {
      const these = leadOrManage.filter((q) => q.question.correct === answer);
      const share = these.length / leadOrManage.length;
      if (share < 0.25 || share > 0.45) {
        problems.push({
          rule: `lead-or-manage: "${answer}" is the answer in ${these.length} of ${leadOrManage.length} (${pct(share)}; 25-45%)`,
          refs: these.map((q) => q.ref),
        });
      }
    }
    const misleading = leadOrManage.filter((q) => usesMisleadingWord(q.question.scenario, q.question.correct));
    if (misleading.length < leadOrManage.length / 3) {
      problems.push({
        rule: `lead-or-manage: only ${misleading.length} of ${leadOrManage.length} scenarios use a misleading word (at least a third: "vision" in a management one, "plan" in a leadership one)`,
        refs: leadOrManage.filter((q) => !misleading.includes(q)).map((q) => q.ref),
      });
    }
    const both = leadOrManage.filter((q) => q.question.correct === 'both');
    if (both.length >= 2 && both.every((q) => followsWhyThenPlan(q.question.scenario))) {
      problems.push({
        rule: 'lead-or-manage: every "both" scenario follows one template (the why, then the plan)',
        refs: both.map((q) => q.ref),
      });
    }
  }

  if (multiples.length >= 3) {
    const counts = multiples.map((q) => ({ n: q.question.options.length, k: q.question.correct.length }));
    const has = (test: (c: { n: number; k: number }) => boolean) => counts.some(test);
    const missing = [
      has((c) => c.k === 1) ? '' : 'one correct option',
      has((c) => c.k === c.n - 1 && c.k > 1) ? '' : 'all but one correct',
      has((c) => c.k === Math.floor(c.n / 2) || c.k === Math.ceil(c.n / 2)) ? '' : 'about half correct',
    ].filter(Boolean);
    if (missing.length > 0) {
      problems.push({
        rule: `multiple choice: the number of correct options does not vary enough; none has ${missing.join(', none has ')}`,
        refs: multiples.map((q) => q.ref),
      });
    }
    const firstAlways = multiples.every((q) => q.question.correct.includes(q.question.options[0]!.id));
    if (firstAlways) {
      problems.push({
        rule: 'multiple choice: option a is correct in every question',
        refs: multiples.map((q) => q.ref),
      });
    }
  }
  return problems;
}

// ------------------------------------------------------------ near-duplicates

const STOP_WORDS = new Set(
  (
    'a an and are as at be but by for from has have he her his how i if in into is it its of on or our she ' +
    'so than that the their them then there these they this to was we what when which who why will with ' +
    'you your mainly more most is this leadership management both does do did one which best'
  ).split(' '),
);

/** Content words of a text, lightly stemmed, for comparing situations. */
export function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  return new Set(words.filter((w) => w.length > 2 && !STOP_WORDS.has(w)).map((w) => w.replace(/(ing|ed|es|s)$/, '')));
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The situation a question describes, and its answer, as comparable text. */
function situationOf(q: Question): { text: string; answer: string } {
  switch (q.kind) {
    case 'single':
    case 'multiple':
      // The options are part of the situation: "which are management tools?" is only a copy of
      // another question if the tools on offer are the same.
      return {
        text: `${q.prompt} ${q.options.map((o) => o.text).join(' ')}`,
        answer: q.options
          .filter((o) => q.correct.includes(o.id))
          .map((o) => o.text)
          .join(' '),
      };
    case 'true-false':
      return { text: q.prompt, answer: String(q.correct) };
    case 'lead-or-manage':
      return { text: q.scenario, answer: q.correct };
    case 'order':
      return { text: q.prompt, answer: q.steps.map((s) => s.text).join(' ') };
    case 'write':
      return { text: `${q.prompt} ${q.scenario ?? ''}`, answer: q.model };
  }
}

/**
 * How alike two situations must be (shared content words) to count as the same one. Word overlap
 * catches reuse and close rewording; two different stories about the same idea need a reader's
 * judgement, which the content review gives.
 */
const DUPLICATE_SIMILARITY = 0.4;

/**
 * Pairs of questions that describe the same situation and give the same answer. `examples` are
 * questions the course must not reuse (CONTRIBUTING.md's); any question like one of them counts.
 */
export function nearDuplicates(
  items: readonly AuditedQuestion[],
  examples: readonly AuditedQuestion[] = [],
): { a: string; b: string; similarity: number }[] {
  const seen = items.map((q) => ({ ref: q.ref, q: q.question, ...situationOf(q.question) }));
  const words = new Map(seen.map((s) => [s.ref, contentWords(s.text)]));
  const answers = new Map(seen.map((s) => [s.ref, contentWords(s.answer)]));
  const found: { a: string; b: string; similarity: number }[] = [];
  const sameAnswer = (x: (typeof seen)[number], y: (typeof seen)[number]) =>
    x.q.kind === y.q.kind && (x.answer === y.answer || jaccard(answers.get(x.ref)!, answers.get(y.ref)!) >= 0.5);
  for (let i = 0; i < seen.length; i++) {
    for (let j = i + 1; j < seen.length; j++) {
      const x = seen[i]!;
      const y = seen[j]!;
      const similarity = jaccard(words.get(x.ref)!, words.get(y.ref)!);
      if (similarity >= DUPLICATE_SIMILARITY && sameAnswer(x, y)) found.push({ a: x.ref, b: y.ref, similarity });
    }
  }
  for (const example of examples) {
    const ex = situationOf(example.question);
    const exWords = contentWords(ex.text);
    for (const s of seen) {
      const similarity = jaccard(exWords, words.get(s.ref)!);
      if (similarity >= DUPLICATE_SIMILARITY) found.push({ a: s.ref, b: example.ref, similarity });
    }
  }
  return found;
}
