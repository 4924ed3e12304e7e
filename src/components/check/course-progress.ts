/**
 * <course-progress>: each lesson's state in the lesson lists it wraps (the home and part pages).
 * Each lesson item (li[data-lesson-id]) has an empty, inline .lesson-status that gets the state in
 * words, "Not started", "Opened" or "Passed, 6 of 7", with an icon drawn by CSS (data-state).
 */
import { PROGRESS_KEY, readProgress } from '../../lib/progress/progress';
import { lessonStatus, statusText } from '../../lib/progress/journey';
import { browserStorage } from './browser-storage';

class CourseProgress extends HTMLElement {
  // A check passed in another tab shows up here without a reload.
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

  #render() {
    // Unreadable or blocked storage shows every lesson as not started; the outline still works.
    const { progress } = readProgress(browserStorage());
    for (const item of this.querySelectorAll<HTMLElement>('li[data-lesson-id]')) {
      const status = item.querySelector<HTMLElement>('.lesson-status');
      if (!status) continue;
      const s = lessonStatus(progress, item.dataset.lessonId!);
      status.dataset.state = s.state;
      status.textContent = statusText(s);
    }
  }
}

customElements.define('course-progress', CourseProgress);
