/**
 * The check's grading code, loaded on demand (lesson-check.ts imports it at the learner's first
 * press or focus in the check, or when the check's end comes near the screen): it makes "Check
 * answers" grade, with feedback inside each question, the score in a live region, "Try again",
 * and progress saved in this browser (best and latest attempt, the questions answered wrong, when
 * each question was seen, written answers). check-view.ts, which it imports, puts the options in
 * this attempt's order (on a page that opens with its check, it already has). Each question kind is handled by its
 * own module; this one runs the check as a whole.
 */
import { gradeCheck, unansweredQuestions } from '../../lib/quiz/grade';
import { criteriaLine, scoreSummary } from '../../lib/quiz/summary';
import { savedLine } from '../../lib/quiz/saved-line';
import {
  PROBLEM_NOTICES,
  PROGRESS_KEY,
  isComplete,
  lessonProgress,
  readProgress,
  reconcileProgress,
  recordAttempt,
  recordWritten,
  writeProgress,
  type Progress,
  type ProgressProblem,
  type ProgressResult,
} from '../../lib/progress/progress';
import { browserStorage } from './browser-storage';
import { choiceQuestion } from './choice-question';
import { orderQuestion } from './order-question';
import { writeQuestion, type WrittenStore } from './write-question';
import { el, type QuestionPart } from './question-part';
import { arrangeAttempt, endAttempt } from './attempt-order';
import { pressedEarly, show } from './check-view';

/**
 * A practice check that is not a lesson's: the review page (src/components/review/review-page.ts).
 * It grades and gives feedback exactly as a lesson's check does, but saves what `record` saves
 * instead of an attempt, so no score or pass changes, and "Try again" becomes what `next` does.
 */
export interface Practice {
  /** Saves the graded answers; returns the result, the line to announce and whether `next` has more. */
  record(
    graded: { id: string; correct: boolean }[],
    progress: Progress,
  ): { saved: ProgressResult; summary: string; more: boolean };
  next(): void;
}

/** Upgrades a server-rendered check (a <lesson-check> element); `practice`: the review page's. */
export function upgrade(check: HTMLElement, practice?: Practice): void {
  show(check);
  new CheckController(check, practice);
  // Buttons pressed before this code arrived (a step moved, "Check answers"), pressed again now in
  // the same order, so that no press is lost (check-view.ts records them on a page that opens with its check).
  for (const button of pressedEarly(check)) if (check.contains(button)) button.click();
}

class CheckController {
  #check: HTMLElement;
  #id: string;
  #progress: Progress;
  #graded = false;
  #parts: QuestionPart[];
  #practice: Practice | undefined;
  /** A practice check: whether there is more to practise after this round. */
  #more = false;

  constructor(check: HTMLElement, practice?: Practice) {
    this.#check = check;
    this.#practice = practice;
    this.#id = check.dataset.checkId!;
    const read = readProgress(browserStorage());
    this.#progress = read.progress;
    this.#notify(read.problem);

    const moves = check.querySelector<HTMLElement>('[data-part="moves"]');
    // A trailing space that alternates makes a repeated message ("already first") be read again.
    let flip = false;
    const announce = (text: string) => {
      flip = !flip;
      if (moves) moves.textContent = flip ? text : `${text}\u00a0`;
    };
    const written: WrittenStore = {
      saved: (questionId) => lessonProgress(this.#progress, this.#id)?.written?.[questionId],
      save: (questionId, answer) =>
        this.#saved(recordWritten(browserStorage(), this.#progress, this.#id, questionId, answer)),
    };
    this.#parts = [...check.querySelectorAll<HTMLFieldSetElement>('fieldset[data-kind]')].map((f) =>
      f.dataset.kind === 'order'
        ? orderQuestion(f, announce)
        : f.dataset.kind === 'write'
          ? writeQuestion(f, written)
          : choiceQuestion(f),
    );

    this.#part('submit').addEventListener('click', () => this.#submit());
    this.#part('retry').addEventListener('click', () => this.#reset());
    // Another tab saved progress: fold it in so the saved line (and the next write) include it, and
    // write the merge back when the stored copy lacks a result of ours (two tabs saving at once).
    // Never removed: the check lives as long as the page (a static page, no client-side routing).
    addEventListener('storage', (event) => {
      if (event.key !== PROGRESS_KEY && event.key !== null) return;
      const storage = browserStorage();
      let raw: string | null = null;
      try {
        raw = storage?.getItem(PROGRESS_KEY) ?? null;
      } catch {
        return;
      }
      const { progress, writeBack } = reconcileProgress(this.#progress, raw);
      this.#progress = progress;
      if (writeBack) this.#notify(writeProgress(storage, progress));
      this.#render();
    });
    // From here on the saved line follows this controller's state, not check-view.ts.
    check.toggleAttribute('data-upgraded', true);
    this.#render();
  }

  #part(name: string): HTMLElement {
    return this.#check.querySelector<HTMLElement>(`[data-part="${name}"]`)!;
  }

  #saved(result: ProgressResult) {
    this.#progress = result.progress;
    this.#notify(result.problem);
    // The storage event reaches other tabs only: this page's outline listens for this one.
    dispatchEvent(new Event('lm-progress-saved'));
  }

  #notify(problem: ProgressProblem | undefined) {
    if (!problem) return;
    // Made when needed, after the score, rather than sent empty in every check's HTML.
    let notice = this.#check.querySelector<HTMLElement>('.check-notice');
    if (!notice) {
      notice = el('p');
      notice.className = 'check-notice';
      this.#part('status').after(notice);
    }
    notice.textContent = PROBLEM_NOTICES[problem];
  }

  /** The controls and the saved-result line for the current state. */
  #render() {
    const saved = lessonProgress(this.#progress, this.#id);
    // Not hidden when empty: its space is reserved (LessonCheck.astro).
    // A result saved before the check changed keeps its own total and pass, and says so.
    const total = this.#parts.filter((p) => p.key.kind !== 'write').length;
    this.#part('saved').textContent = savedLine(saved, this.#graded, total);
    this.#part('submit').hidden = this.#graded;
    this.#part('retry').hidden = this.#practice ? !(this.#graded && this.#more) : !this.#graded && !saved?.best;
    const next = this.#check.querySelector<HTMLElement>('[data-part="next"]');
    if (next) next.hidden = !isComplete(saved);
  }

  #submit() {
    const keys = this.#parts.map((p) => p.key);
    const answers = Object.fromEntries(this.#parts.map((p) => [p.key.id, p.answer()]));
    const status = this.#part('status');

    const missing = unansweredQuestions(keys, answers).map((id) => keys.findIndex((k) => k.id === id));
    if (missing.length > 0) {
      const links = missing.flatMap((i, n) => {
        const link = el('a', `Question ${i + 1}`) as HTMLAnchorElement;
        link.href = `#${this.#parts[i]!.fieldset.id}`;
        return n === 0 ? [link] : [', ', link];
      });
      status.replaceChildren('Answer every question before checking. Not answered yet: ', ...links, '.');
      this.#parts[missing[0]!]!.focusTarget().focus();
      return;
    }

    const result = gradeCheck(keys, answers);
    this.#parts.forEach((p, i) => p.showFeedback(result.questions[i]!.correct));
    endAttempt(this.#check);
    this.#graded = true;
    if (this.#practice) {
      const graded = result.questions.map((q) => ({ id: q.id, correct: !!q.correct }));
      const { saved, summary, more } = this.#practice.record(graded, this.#progress);
      this.#saved(saved);
      this.#more = more;
      status.textContent = summary;
      this.#render();
      this.#part('result').focus();
      return;
    }
    const at = new Date().toISOString();
    this.#saved(
      recordAttempt(
        browserStorage(),
        this.#progress,
        this.#id,
        {
          score: result.score,
          total: result.total,
          at,
          wrong: result.wrong,
          ...(result.criteria && { criteria: result.criteria }),
        },
        keys.map((k) => k.id),
      ),
    );
    const writtenCount = keys.filter((k) => k.kind === 'write').length;
    // Styles the panel as passed or not (check.css); the words say it too.
    this.#part('result').dataset.passed = String(result.passed);
    status.textContent = [
      scoreSummary(result.score, result.total, result.passed, this.#check.dataset.subject),
      result.criteria ? criteriaLine(result.criteria.met, result.criteria.total, writtenCount) : '',
    ]
      .join(' ')
      .trim();
    this.#render();
    this.#part('result').focus();
  }

  #reset() {
    if (this.#practice) return this.#practice.next();
    this.#graded = false;
    arrangeAttempt(this.#check, true);
    for (const p of this.#parts) p.reset();
    this.#part('status').replaceChildren();
    delete this.#part('result').dataset.passed;
    this.#render();
    this.#parts[0]?.focusTarget().focus();
  }
}
