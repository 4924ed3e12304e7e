/**
 * <review-page>: works out what to review from saved progress (src/lib/review/schedule.ts), loads
 * the round's questions, one file each, from /review/questions/<check>/<question>/ (rendered at
 * build by the check's own question components; those on the first screen at once, the rest as the
 * learner nears them or acts), puts them into the page's empty <lesson-check> and hands it to the
 * check's controller (loaded at the first press or focus in it) as a practice check: the same
 * grading and feedback as on a lesson, but answers are saved as review marks, never as an attempt.
 * Also the list's "Clear" with confirmation.
 *
 * The fragments are read with XMLHttpRequest's responseType "document", which parses HTML without
 * any of the DOM's string-to-markup sinks (the CSP's Trusted Types forbid innerHTML and DOMParser).
 */
import type { QuestionKind } from '../../schemas/content';
import { questionLabel } from '../../lib/quiz/question-label';
import { checkControllerUrl } from 'virtual:review-lazy-modules';
import {
  PROBLEM_NOTICES,
  forgetQuestions,
  readProgress,
  recordReview,
  type ProgressProblem,
} from '../../lib/progress/progress';
import { reviewItems, type ReviewItem } from '../../lib/review/schedule';
import { answerMarks, clearMarks, inReviewOrder, REVIEW_SESSION_SIZE } from '../../lib/review/session';
import { reviewSummary, sessionLine } from '../../lib/review/lines';
import { reviewAnswersUrl, reviewQuestionUrl } from '../../lib/routes';
import { browserStorage } from '../check/browser-storage';
import { show } from '../check/check-view';
import { arrangeAttempt } from '../check/attempt-order';
import type { Practice } from '../check/check-controller';

/**
 * A page of the site as a Document; `gone` when it is not there (404: a question that has left its
 * check since it was answered), `failed` when it cannot be loaded (offline, a server error).
 */
function loadDocument(url: string): Promise<Document | 'gone' | 'failed'> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', url);
    xhr.responseType = 'document';
    xhr.onload = () =>
      resolve(xhr.status === 200 && xhr.responseXML ? xhr.responseXML : xhr.status === 404 ? 'gone' : 'failed');
    xhr.onerror = () => resolve('failed');
    xhr.send();
  });
}

/** The fieldset's id in a fragment: q-<check id>--<question id>. */
const keyOf = (item: ReviewItem) => `${item.checkId}--${item.questionId}`;

/** A question of the round: its place (a placeholder until its file has come), then its fieldset. */
interface Slot {
  item: ReviewItem;
  placeholder: HTMLElement;
  fieldset?: HTMLFieldSetElement;
  gone?: boolean;
  loading?: Promise<void>;
}

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

  #loadProblem(text: string) {
    const notice = this.#part('page-notice');
    notice.textContent = text;
    notice.hidden = false;
  }

  #notify(problem: ProgressProblem | undefined) {
    if (!problem) return;
    const notice = this.#part('page-notice');
    notice.textContent = problem === 'unavailable' ? BLOCKED : PROBLEM_NOTICES[problem];
    notice.hidden = false;
  }

  /**
   * Shows what is to review now, as a new practice check; `focus` (the learner asked for the next
   * round) loads all its questions and moves to the first. Otherwise only the questions on the first
   * screen load with the page (a round can draw on ten checks: whole checks, or every question at
   * once, would pass the page's 20 KB), each in its own small file; the others keep their place
   * with a placeholder and load together at the first scroll, focus or press, or when one of them
   * comes into view, which is well before the learner reaches them.
   */
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
    const check = this.#blank.cloneNode(true) as HTMLElement;
    const current = () => this.querySelector('lesson-check') === check;
    const slots: Slot[] = session.map((item) => ({ item, placeholder: placeholder() }));
    check.querySelector('[data-part="questions"]')!.append(...slots.map((s) => s.placeholder));

    const nothing = () => {
      count.textContent = 'Nothing to review right now.';
      this.#part('empty').hidden = false;
      practice.hidden = true;
    };
    if (slots.length === 0) return nothing();
    let gone = 0;
    // Numbers, the count line, and the empty state when every question has gone.
    const relabel = () => {
      const live = slots.filter((s) => !s.gone);
      if (live.length === 0) return nothing();
      live.forEach((s, i) =>
        s.fieldset
          ? label(s.fieldset, s.item, i + 1, live.length)
          : placeholderLabel(s.placeholder, i + 1, live.length),
      );
      count.textContent = sessionLine(items.length - gone, live.length);
    };
    const fetchSlot = (slot: Slot) =>
      (slot.loading ??= loadDocument(reviewQuestionUrl(slot.item.checkId, slot.item.questionId)).then((doc) => {
        if (!current()) return;
        const fieldset = doc instanceof Document ? doc.getElementById(`q-${keyOf(slot.item)}`) : null;
        if (fieldset instanceof HTMLFieldSetElement) {
          slot.fieldset = document.adoptNode(fieldset);
          arrangeAttempt(check, false, slot.fieldset);
          slot.placeholder.replaceWith(slot.fieldset);
        } else if (doc === 'failed') {
          slot.placeholder.toggleAttribute('data-failed', true);
          slot.placeholder.firstElementChild!.textContent = 'This question could not be loaded.';
          this.#loadProblem('Some questions could not be loaded. Check your connection, then reload the page.');
          return;
        } else {
          // Absent when the question has left its check since: there is nothing to ask, now or
          // later, so it leaves the saved review list too (and the home page's count).
          forgetQuestions(browserStorage(), readProgress(browserStorage()).progress, [slot.item]);
          slot.gone = true;
          gone++;
          slot.placeholder.remove();
        }
        relabel();
      }));
    const fetchAll = () => Promise.all(slots.map(fetchSlot));

    this.#part('empty').hidden = true;
    relabel();
    this.querySelector('lesson-check')!.replaceWith(check);
    // Laid out but not shown until the first screen's questions are in, so none moves what is seen.
    practice.toggleAttribute('data-loading', true);
    practice.hidden = false;
    if (focus) await fetchAll();
    else {
      // The placeholders on the screen, until none is left there (a short question brings the next up).
      for (;;) {
        const seen = slots.filter((s) => !s.loading && s.placeholder.getBoundingClientRect().top < innerHeight);
        if (seen.length === 0) break;
        await Promise.all(seen.map(fetchSlot));
      }
    }
    if (!current()) return;
    // The options in this round's order (each question is arranged as it comes, too), and a record
    // of buttons pressed before the grading code arrives (pressed again by upgrade()), as on the
    // final check; then the round is shown.
    show(check, true, false);
    practice.removeAttribute('data-loading');
    if (slots.every((s) => s.gone)) return;
    this.#part('clear').parentElement!.hidden = false;

    const rest = slots.filter((s) => !s.loading);
    if (rest.length > 0) {
      const near = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) nearing();
      });
      const nearing = () => {
        near.disconnect();
        removeEventListener('scroll', nearing);
        if (current()) void fetchAll();
      };
      for (const s of rest) near.observe(s.placeholder);
      // A first focus or press in the check loads them with the grading code (load(), below).
      addEventListener('scroll', nearing, { passive: true, once: true });
    }

    const byKey = new Map(session.map((item) => [keyOf(item), item]));
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
    let loading = false;
    const load = () => {
      if (loading) return;
      loading = true;
      // The answers (each question's "Show answer" disclosure, which grading reads) come with the
      // grading code, not with the round: the question files carry none, which halves them. The
      // grading needs every question of the round in place, so it waits for the rest too.
      const checkIds = [...new Set(session.map((i) => i.checkId))];
      const answers = Promise.all([
        Promise.all(checkIds.map((id) => loadDocument(reviewAnswersUrl(id)))),
        fetchAll(),
      ]).then(([answerDocs]) => {
        for (const { item, fieldset } of slots) {
          if (!fieldset) continue;
          const doc = answerDocs[checkIds.indexOf(item.checkId)];
          const details = doc instanceof Document ? doc.querySelector(`#q-${keyOf(item)} .check-answer`) : null;
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
      this.#loadProblem('The answers could not be loaded. Check your connection, then reload the page.');
    };
    // The grading code loads at the first press or focus in the check: the page is the check, so
    // "when it comes near the screen" would be at once.
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

/**
 * A question's place until its file comes: about a question's height, so that the question moves
 * little when it takes it, and saying what is there for whoever reaches it first.
 */
function placeholder(): HTMLElement {
  const box = document.createElement('div');
  box.className = 'panel review-placeholder';
  const text = document.createElement('p');
  text.className = 'muted text-sm font-semibold';
  box.append(text);
  return box;
}

/** The placeholder's line, numbered as the question will be. */
function placeholderLabel(box: HTMLElement, number: number, total: number) {
  if (!box.hasAttribute('data-failed'))
    box.firstElementChild!.textContent = `Question ${number} of ${total} is loading.`;
}

customElements.define('review-page', ReviewPage);
