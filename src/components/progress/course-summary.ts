/**
 * <course-summary>: fills in the home page's progress summary (CourseSummary.astro) from saved
 * progress, turns the start button into "Continue: <lesson>", and follows other tabs.
 */
import { PROGRESS_KEY, readProgress } from '../../lib/progress/progress';
import { courseSummary, minutesLeftLine, passedLine, type CourseLesson } from '../../lib/progress/journey';
import { formatDay } from '../../lib/format-day';
import { reviewCountLine, reviewItems } from '../../lib/review/schedule';
import { routes } from '../../lib/routes';
import { browserStorage } from '../check/browser-storage';

class CourseSummaryElement extends HTMLElement {
  #onStorage = (event: StorageEvent) => {
    if (event.key === PROGRESS_KEY || event.key === null) this.#render();
  };

  connectedCallback() {
    this.#render();
    addEventListener('storage', this.#onStorage);
  }

  disconnectedCallback() {
    removeEventListener('storage', this.#onStorage);
  }

  #part<T extends HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-part="${name}"]`)!;
  }

  #render() {
    const { progress } = readProgress(browserStorage());
    const count = Number(this.dataset.count);
    // Without the list (a long course), every lesson id saved here counts, minus the final check.
    const lessons: CourseLesson[] = this.dataset.lessons
      ? (JSON.parse(this.dataset.lessons) as CourseLesson[])
      : Object.keys(progress.lessons)
          .filter((id) => id !== 'final-check')
          .slice(0, count)
          .map((id) => ({ id }));
    const summary = courseSummary(progress, lessons, this.dataset.finalCheck !== undefined);
    const passed = Math.min(summary.passed, count);
    this.#part('line').textContent = summary.complete
      ? `Course complete: you finished it on ${formatDay(summary.completedAt!)}.`
      : passedLine({ ...summary, passed, total: count });
    this.#part<HTMLProgressElement>('bar').value = passed;
    const left = this.dataset.lessons ? minutesLeftLine(summary) : '';
    if (left) this.#part('more').textContent = left;
    else if (summary.passed > 0) this.#part('more').textContent = 'Kept in this browser only';
    const toReview = reviewItems(progress, Date.now()).length;
    const review = this.#part('review');
    review.hidden = toReview === 0;
    review.querySelector('a')!.textContent = reviewCountLine(toReview);
    if (summary.complete) {
      const link = this.#part<HTMLAnchorElement>('link');
      link.textContent = 'See your completion record';
      link.href = routes.certificate();
    }

    const start = document.querySelector<HTMLAnchorElement>('a[data-continue]');
    const label = start?.querySelector('[data-continue-label]');
    const resume = summary.resume;
    if (start && label && resume) {
      const title = lessons.find((l) => l.id === resume.id)?.title;
      label.textContent = title ? `Continue: ${title}` : 'Continue where you left off';
      start.href = routes.lesson(resume.id, resume.section ? `#${resume.section}` : '');
    }
  }
}

customElements.define('course-summary', CourseSummaryElement);
