/**
 * <review-page>: works out what to review from saved progress (src/lib/review/schedule.ts), loads
 * the questions of only the checks concerned from /review/questions/<check>/ (rendered at build by
 * the check's own question components), puts them into the page's empty <lesson-check> and hands it
 * to the check's controller (loaded at the first press or focus in it) as a practice check: the same
 * grading and feedback as on a lesson, but answers are saved as review marks, never as an attempt. Also the list's "Clear" with confirmation.
 *
 * The fragments are read with XMLHttpRequest's responseType "document", which parses HTML without
 * any of the DOM's string-to-markup sinks (the CSP's Trusted Types forbid innerHTML and DOMParser).
 */
import type { QuestionKind } from '../../schemas/content';
import { questionLabel } from '../../lib/quiz/question-label';
import { checkControllerUrl } from 'virtual:review-lazy-modules';
import { PROBLEM_NOTICES, readProgress, recordReview, type ProgressProblem } from '../../lib/progress/progress';
import { reviewItems, type ReviewItem } from '../../lib/review/schedule';
import { answerMarks, clearMarks, inReviewOrder, REVIEW_SESSION_SIZE } from '../../lib/review/session';
import { reviewSummary, sessionLine } from '../../lib/review/lines';
import { reviewAnswersUrl, reviewQuestionsUrl } from '../../lib/routes';
import { browserStorage } from '../check/browser-storage';
import { show } from '../check/check-view';
import type { Practice } from '../check/check-controller';

/** A page of the site as a Document, or null when it cannot be loaded (offline, a new deploy). */
function loadDocument(url: string): Promise<Document | null> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', url);
    xhr.responseType = 'document';
    xhr.onload = () => resolve(xhr.status === 200 ? xhr.responseXML : null);
    xhr.onerror = () => resolve(null);
    xhr.send();
  });
}

/** The fieldset's id in a fragment: q-<check id>--<question id>. */
const keyOf = (item: ReviewItem) => `${item.checkId}--${item.questionId}`;

const BLOCKED =
  'This browser is not letting the site keep progress, so there is nothing here to review. Each lesson’s check still works.';

class ReviewPage extends HTMLElement {
  /** The empty check as rendered, copied for each round so every round starts with a fresh controller. */
  #blank!: HTMLElement;

  connectedCallback() {
    this.#blank = this.querySelector('lesson-check')!.cloneNode(true) as HTMLElement;
    const dialog = this.#part<HTMLDialogElement>('clear-dialog');
    this.#part('clear').addEventListener('click', () => dialog.showModal());
    dialog.addEventListener('close', () => {
      if (dialog.returnValue === 'clear') void this.#clear();
      dialog.returnValue = '';
    });
    void this.#round(false);
  }

  #part<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-part="${name}"]`)!;
  }

  #notify(problem: ProgressProblem | undefined) {
    if (!problem) return;
    const notice = this.#part('page-notice');
    notice.textContent = problem === 'unavailable' ? BLOCKED : PROBLEM_NOTICES[problem];
    notice.hidden = false;
  }

  /** Shows what is to review now, as a new practice check; `focus` moves to its first question. */
  async #round(focus: boolean) {
    const read = readProgress(browserStorage());
    this.#notify(read.problem);
    const count = this.#part('count');
    const practice = this.#part('practice');
    if (read.problem === 'unavailable') {
      practice.hidden = true;
      return;
    }
    const items = inReviewOrder(reviewItems(read.progress, Date.now()));
    const session = items.slice(0, REVIEW_SESSION_SIZE);
    const checkIds = [...new Set(session.map((i) => i.checkId))];
    const docs = await Promise.all(checkIds.map((id) => loadDocument(reviewQuestionsUrl(id))));
    const shown: { item: ReviewItem; fieldset: HTMLFieldSetElement }[] = [];
    for (const item of session) {
      const doc = docs[checkIds.indexOf(item.checkId)];
      // Absent when the question has left its check since: there is nothing to ask.
      const fieldset = doc?.getElementById(`q-${keyOf(item)}`);
      if (fieldset instanceof HTMLFieldSetElement) shown.push({ item, fieldset: document.adoptNode(fieldset) });
    }
    if (docs.includes(null)) {
      const notice = this.#part('page-notice');
      notice.textContent = 'Some questions could not be loaded. Check your connection, then reload the page.';
      notice.hidden = false;
    }
    if (shown.length === 0) {
      count.textContent = 'Nothing to review right now.';
      this.#part('empty').hidden = false;
      practice.hidden = true;
      return;
    }
    count.textContent = sessionLine(items.length - (session.length - shown.length), shown.length);
    this.#part('empty').hidden = true;

    const check = this.#blank.cloneNode(true) as HTMLElement;
    shown.forEach(({ item, fieldset }, i) => label(fieldset, item, i + 1, shown.length));
    check.querySelector('[data-part="questions"]')!.append(...shown.map((s) => s.fieldset));
    this.querySelector('lesson-check')!.replaceWith(check);
    practice.hidden = false;
    this.#part('clear').parentElement!.hidden = false;

    const byKey = new Map(shown.map((s) => [keyOf(s.item), s.item]));
    const page: Practice = {
      record: (graded, progress) => {
        const now = Date.now();
        const answers = graded.map((g) => ({ item: byKey.get(g.id)!, correct: g.correct }));
        const saved = recordReview(browserStorage(), progress, answerMarks(answers, now));
        const left = reviewItems(saved.progress, now).length;
        const right = graded.filter((g) => g.correct).length;
        count.textContent = left > 0 ? sessionLine(left, left) : 'Nothing left to review for now.';
        // Nothing to clear any more.
        this.#part('clear').parentElement!.hidden = left === 0;
        return { saved, summary: reviewSummary(right, graded.length, left), more: left > 0 };
      },
      next: () => void this.#round(true),
    };
    const retry = check.querySelector<HTMLElement>('[data-part="retry"]')!;
    retry.textContent = 'Continue reviewing';
    // The options in this round's order now, and a record of buttons pressed before the grading
    // code arrives (pressed again by upgrade()), as on the final check. The grading code itself
    // loads at the first press or focus in the check: the page is the check, so "when it comes near
    // the screen" would be at once, and a round's questions cost the page its bytes already.
    show(check, true, false);
    let loading = false;
    const load = () => {
      if (loading) return;
      loading = true;
      // The answers (each question's "Show answer" disclosure, which grading reads) come with the
      // grading code, not with the round: the question files carry none, which halves them.
      const answers = Promise.all(checkIds.map((id) => loadDocument(reviewAnswersUrl(id)))).then((answerDocs) => {
        for (const { item, fieldset } of shown) {
          const details = answerDocs[checkIds.indexOf(item.checkId)]?.querySelector(`#q-${keyOf(item)} .check-answer`);
          if (!details) return false;
          fieldset.append(document.adoptNode(details));
        }
        return true;
      });
      Promise.all([import(/* @vite-ignore */ checkControllerUrl), answers]).then(
        ([m, complete]: [typeof import('../check/check-controller'), boolean]) => {
          if (complete) m.upgrade(check, page);
          else fail();
        },
        fail,
      );
    };
    // Offline, or a new deploy replaced a file: say so; what answers arrived stay as disclosures.
    const fail = () => {
      check.toggleAttribute('data-failed', true);
      const notice = this.#part('page-notice');
      notice.textContent = 'The answers could not be loaded. Check your connection, then reload the page.';
      notice.hidden = false;
    };
    check.addEventListener('focusin', load);
    check.addEventListener('pointerdown', load);
    if (focus) check.querySelector<HTMLElement>('fieldset input, fieldset button')?.focus();
  }

  async #clear() {
    const now = Date.now();
    const { progress } = readProgress(browserStorage());
    const saved = recordReview(browserStorage(), progress, clearMarks(reviewItems(progress, now), now));
    this.#notify(saved.problem);
    await this.#round(false);
    this.#part('page-status').textContent = saved.problem
      ? ''
      : 'The list is cleared. Its questions come back for review in a week.';
    this.#part('count').focus();
  }
}

/**
 * The question's line above its prompt, for this practice: its number here, why it is here and its
 * lesson (the fragment's link, which names the lesson to go back to).
 */
function label(fieldset: HTMLFieldSetElement, item: ReviewItem, number: number, total: number) {
  const line = fieldset.querySelector('legend > span')!;
  const lesson = line.querySelector('a');
  const reason = document.createElement('span');
  reason.className = 'review-reason';
  reason.textContent = item.reason === 'missed' ? 'Missed last time' : 'Due for review';
  const kind = fieldset.dataset.kind as QuestionKind | undefined;
  line.replaceChildren(
    `${kind ? questionLabel(number, total, kind) : `Question ${number} of ${total}`} · `,
    reason,
    ...(lesson ? [' · Lesson: ', lesson] : []),
  );
}

customElements.define('review-page', ReviewPage);
